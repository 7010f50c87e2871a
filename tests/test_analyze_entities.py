"""Entity merging within an article (pure function over hand-written mentions, no model)."""

from __future__ import annotations

import re

from conftest import quotes_of

from tidings.analyze.entities import merge_mentions, name_in_mixed_case
from tidings.analyze.entityspans import (
    cut_headline_runs,
    dateline_place,
    is_name,
    past_courtesy,
    past_portfolios,
    split_at_and,
    split_at_owner,
    split_place_from_name,
    surname_after,
    trim_mention,
)
from tidings.analyze.entitytypes import type_by_context
from tidings.analyze.repeats import WHOLE_END, _form_starts, add_untagged_repeats
from tidings.model import Article, Span


def _mentions(text: str, found: list[tuple[str, str]]) -> list[tuple[str, str, Span]]:
    """(label, words) pairs located in ``text`` in order, as NER would report them."""
    out, at = [], 0
    for label, words in found:
        start = text.index(words, at)
        out.append((label, words, Span(start=start, end=start + len(words), text=words)))
        at = start + len(words)
    return out


def test_surname_joins_the_well_formed_full_name_not_a_tagger_error() -> None:
    text = (
        "Apple CEO Tim Cook spoke on Tuesday. Hosting Cook at Dreamforce, Benioff asked about "
        "privacy. Cook said Apple would fight. Cook added that it was a matter of principle."
    )
    ents = merge_mentions(
        _mentions(
            text,
            [
                ("PERSON", "Tim Cook"),
                ("PERSON", "Hosting Cook"),
                ("PERSON", "Cook"),
                ("PERSON", "Cook"),
            ],
        )
    )
    by_name = {e.name: [m.text for m in e.mentions] for e in ents}
    assert by_name["Tim Cook"] == ["Tim Cook", "Cook", "Cook"]
    assert by_name["Hosting Cook"] == ["Hosting Cook"]


def test_surname_joins_the_first_introduced_person_when_both_are_well_formed() -> None:
    text = "Sarah Lain spoke first. Later, Tom Lain, her brother, agreed. Lain said it was over."
    ents = merge_mentions(
        _mentions(text, [("PERSON", "Sarah Lain"), ("PERSON", "Tom Lain"), ("PERSON", "Lain")])
    )
    by_name = {e.name: [m.text for m in e.mentions] for e in ents}
    assert by_name["Sarah Lain"] == ["Sarah Lain", "Lain"]
    assert by_name["Tom Lain"] == ["Tom Lain"]


def test_a_full_name_tagged_as_an_organisation_is_the_person_its_surname_names() -> None:
    text = "Karen Holt spoke. Holt said no. Georgia Power agreed. Tom Power did not."
    found = [("ORG", "Karen Holt"), ("PERSON", "Holt"), ("ORG", "Georgia Power")]
    by_name = {
        e.name: e for e in merge_mentions(_mentions(text, [*found, ("PERSON", "Tom Power")]))
    }
    assert by_name["Karen Holt"].label == "PERSON"
    assert [m.text for m in by_name["Karen Holt"].mentions] == ["Karen Holt", "Holt"]
    # another person's surname is no evidence: Georgia Power stays an organisation
    assert by_name["Georgia Power"].label == "ORG"


def _article(text: str) -> Article:
    return Article(id="t", source="t", text=text, paragraphs=[])


def test_a_match_score_and_a_lone_title_word_are_not_part_of_names() -> None:
    # the tagger runs a score into a team's name; a number that is part of a name stays
    assert trim_mention("Millbrook United 2-1") == (0, len("Millbrook United"))
    assert trim_mention("Apollo 11") == (0, len("Apollo 11"))
    assert trim_mention("Intermediate School 285") == (0, len("Intermediate School 285"))
    # a year after a possessive, a share
    assert trim_mention("Trump’s 1995") == (0, len("Trump"))
    assert trim_mention("Patriot 13 percent") == (0, len("Patriot"))
    assert trim_mention("Trump - 60 percent") == (0, len("Trump"))
    # "Associate Professor Laura Revell" tagged as ORG "Associate" + PERSON
    assert not is_name("Associate") and not is_name("Dr.")
    assert is_name("Senate") and is_name("Associated Press")
    # no capital, no name
    assert not is_name("xenophobe") and not is_name("regional bank") and not is_name("n’t")
    assert is_name("al-Nusra") and is_name("de Gaulle")


def test_a_company_is_also_its_name_without_the_company_suffix() -> None:
    text = "Veltrix Semiconductor cut jobs in Ohio. Ohio State University agreed. Veltrix said so."
    found = [
        ("ORG", "Veltrix Semiconductor"),
        ("GPE", "Ohio"),
        ("ORG", "Ohio State University"),
    ]
    ents = merge_mentions(_mentions(text, [*found, ("GPE", "Veltrix")]))
    by_name = {e.name: e for e in ents}
    assert [m.text for m in by_name["Veltrix Semiconductor"].mentions] == [
        "Veltrix Semiconductor",
        "Veltrix",
    ]
    # only a company suffix makes a short form: Ohio is not Ohio State University
    assert by_name["Ohio"].label == "GPE"


def test_one_word_may_name_an_organisation_by_its_last_word() -> None:
    text = "Millbrook United lost. United had led. The New York Times said so. The Times agreed."
    found = [("ORG", "Millbrook United"), ("ORG", "United"), ("ORG", "New York Times")]
    ents = merge_mentions(_mentions(text, [*found, ("ORG", "Times")]))
    by_name = {e.name: [m.text for m in e.mentions] for e in ents}
    assert by_name == {
        "Millbrook United": ["Millbrook United", "United"],
        "New York Times": ["New York Times", "Times"],
    }


def test_later_untagged_occurrences_of_a_name_are_mentions() -> None:
    text = (
        "Susan Cho, an analyst, spoke. She said Cho would go. The United Nations and "
        "Cho Industries were not asked. Later, Cho's team agreed. Mr Cho left."
    )
    article = _article(text)
    ents = merge_mentions(_mentions(text, [("PERSON", "Susan Cho")]))
    add_untagged_repeats(article, ents)
    starts = [m.start for m in ents[0].mentions]
    assert [text[s : s + 3] for s in starts] == ["Sus", "Cho", "Cho", "Cho"]
    # not inside the longer name "Cho Industries"
    assert text.index("Cho Industries") not in starts
    # "Cho's" counts, and "Mr Cho" (a title opens no longer name)
    assert text.index("Cho's") in starts and text.index("Cho left") in starts


def test_a_surname_never_tagged_alone_is_not_read_where_it_opens_a_sentence() -> None:
    text = "Sheila Young spoke first. Young people agreed with her, and then Young left in May."
    ents = merge_mentions(_mentions(text, [("PERSON", "Sheila Young")]))
    add_untagged_repeats(_article(text), ents)
    assert [m.start for m in ents[0].mentions] == [0, text.index("Young left")]
    # a month is never a name's mention, even when the tagger once took it for one
    text = "May spoke in May."
    ents = merge_mentions(_mentions(text, [("PERSON", "May")]))
    add_untagged_repeats(_article(text), ents)
    assert [m.start for m in ents[0].mentions] == [0]


def test_a_form_shared_by_two_entities_adds_nothing() -> None:
    text = "Sarah Lain and Tom Lain met. Lain said it was over."
    found = [("PERSON", "Sarah Lain"), ("PERSON", "Tom Lain"), ("PERSON", "Lain")]
    ents = merge_mentions(_mentions(text, found))
    before = sum(len(e.mentions) for e in ents)
    add_untagged_repeats(_article(text), ents)
    assert sum(len(e.mentions) for e in ents) == before


def test_form_starts_are_where_the_alternation_of_the_forms_matches() -> None:
    """add_untagged_repeats finds its candidate places with str.find (no regex compiled per
    article): the same places as the alternation of the forms, longest first, between 'not
    glued to the word before' and 'ends a whole word'."""
    text = (
        "Cho's aide met Chopin, Cho-Smith and Cho. O'Cho, x-Cho and Mr Cho Cho said 'Cho' to "
        "ChoCho; Cho Chopin and _Cho, 2Cho, Cho’ll, Cho’s Cho"
    )
    forms = ["Cho", "Cho Cho", "Chopin", "Cho Chopin"]
    alternation = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    pattern = re.compile(r"(?<![\w’'-])(?:" + alternation + r")" + WHOLE_END.pattern)
    expected = [k for k in range(len(text)) if pattern.match(text, k)]
    assert _form_starts(text, forms) == expected
    assert len(expected) >= 8


def _typed(text: str, found: list[tuple[str, str]]) -> dict[str, tuple[str, list[str]]]:
    """Entities after ``type_by_context`` and the merge: name -> (label, mention texts)."""
    ents = merge_mentions(type_by_context(text, _mentions(text, found)))
    return {e.name: (e.label, [m.text for m in e.mentions]) for e in ents}


def test_one_name_tagged_both_ways_is_one_entity_of_the_type_its_context_says() -> None:
    text = (
        "Dan Rowe, the founder and former chief executive of Brightpath, was arrested. "
        '"Investors were told Brightpath had contracts," the prosecutor said.'
    )
    found = [("PERSON", "Dan Rowe"), ("ORG", "Brightpath"), ("PERSON", "Brightpath")]
    assert _typed(text, found)["Brightpath"] == ("ORG", ["Brightpath", "Brightpath"])


def test_a_given_name_keeps_a_person_tagged_once_as_an_organisation() -> None:
    text = "Karen Holt said no. Later, Karen Holt, who chairs the board, said it again."
    found = [("PERSON", "Karen Holt"), ("ORG", "Karen Holt")]
    assert _typed(text, found)["Karen Holt"] == ("PERSON", ["Karen Holt", "Karen Holt"])


def test_a_given_name_and_a_surname_tagged_only_as_an_organisation_is_a_person() -> None:
    # the small tagger types a person as a company when it does not know the surname; then
    # "she wrote" after it found no one (session 22)
    text = (
        "Grace Okafor wrote to the council in May. Hope Trust replied. "
        "Last year the shop was sold to the Ruth Brothers."
    )
    found = [("ORG", "Grace Okafor"), ("ORG", "Hope Trust"), ("ORG", "Ruth Brothers")]
    typed = _typed(text, found)
    assert typed["Grace Okafor"][0] == "PERSON"
    assert typed["Hope Trust"][0] == "ORG"  # a body's head word
    assert typed["Ruth Brothers"][0] == "ORG"  # "the Ruth Brothers": no person's name takes "the"


def test_a_pronoun_after_an_unknown_surname_finds_the_person() -> None:
    (quote,) = quotes_of(
        "Grace Obi wrote to the council last month. "
        "\u201cMy son cannot walk to school safely,\u201d she wrote in the letter."
    )
    assert quote.speaker == "Grace Obi"


def test_a_person_tagged_name_with_no_given_name_is_a_company_by_its_context() -> None:
    text = (
        "Corvane Mining, which plans to build the mine, said it was committed. "
        "The regulator stopped Spotify from telling users about prices outside its Play Shop. "
        "Analysts cut their forecasts after Halden Labs reported. Tom Baker, who runs it, agreed."
    )
    found = [
        ("PERSON", "Corvane Mining"),
        ("ORG", "Spotify"),
        ("PERSON", "Play Shop"),
        ("PERSON", "Halden Labs"),
        ("PERSON", "Tom Baker"),
    ]
    typed = _typed(text, found)
    assert typed["Corvane Mining"][0] == "ORG"
    assert typed["Play Shop"][0] == "ORG"
    assert typed["Halden Labs"][0] == "ORG"
    assert typed["Tom Baker"][0] == "PERSON"


def test_untagged_occurrences_that_say_company_make_a_person_tagged_name_a_company() -> None:
    text = (
        "Veltro Labs will cut 300 jobs, the chip designer said. Analysts said Veltro's order "
        "book had shrunk. Shares of Veltro fell 4%."
    )
    start = text.index("Veltro's")
    span = Span(start=start, end=start + 6, text="Veltro")
    ents = merge_mentions(type_by_context(text, [("PERSON", "Veltro", span)]))
    assert [e.label for e in ents] == ["ORG"]
    add_untagged_repeats(Article(id="t", source="t", text=text, paragraphs=[]), ents)
    assert ents[0].name == "Veltro Labs"
    assert [m.text for m in ents[0].mentions] == ["Veltro Labs", "Veltro", "Veltro"]


def test_a_surname_with_no_company_context_stays_a_person() -> None:
    text = "Ms. Ferrand spoke first. Ferrand said the plan of Ferrand's rivals would fail."
    typed = _typed(text, [("PERSON", "Ferrand"), ("PERSON", "Ferrand")])
    assert typed["Ferrand"][0] == "PERSON"


def test_a_courtesy_title_makes_a_name_tagged_both_ways_a_person() -> None:
    text = "Haley said no. Critics attacked Haley again. “The attacks on Ms. Haley are wrong.”"
    found = [("ORG", "Haley"), ("ORG", "Haley"), ("PERSON", "Haley")]
    assert _typed(text, found)["Haley"] == ("PERSON", ["Haley", "Haley", "Haley"])


def test_which_after_a_name_inside_a_sentence_may_be_the_clauses() -> None:
    text = "He was accused of assaulting Ivona Pell, which he has denied. Ivona Pell declined."
    found = [("PERSON", "Ivona Pell"), ("PERSON", "Ivona Pell")]
    assert _typed(text, found)["Ivona Pell"][0] == "PERSON"


def test_a_given_name_alone_is_no_person_unless_a_full_name_opens_with_it() -> None:
    text = "An explosion hit Chelsea. Chelsea residents fled. Police in Chelsea said it was a bomb."
    found = [("ORG", "Chelsea"), ("ORG", "Chelsea"), ("PERSON", "Chelsea")]
    typed = type_by_context(text, _mentions(text, found))
    assert [label for label, _, _ in typed] == ["ORG", "ORG", "PERSON"]  # no evidence: as tagged
    text = "Marco Rubio spoke. “A vote against Marco is a vote for Trump,” he said of Marco."
    found = [("PERSON", "Marco Rubio"), ("ORG", "Marco"), ("PERSON", "Marco")]
    assert _typed(text, found)["Marco Rubio"] == ("PERSON", ["Marco Rubio", "Marco", "Marco"])


def test_a_dateline_in_capitals_does_not_name_the_place() -> None:
    text = (
        "NEW YORK, March 3 - Police in New York said.\nBRUSSELS (Reuters) - NATO met.\nThe UAE too."
    )
    ents = merge_mentions(
        _mentions(
            text,
            [
                ("GPE", "NEW YORK"),
                ("GPE", "New York"),
                ("GPE", "BRUSSELS"),
                ("ORG", "NATO"),
                ("GPE", "UAE"),
            ],
        )
    )
    name_in_mixed_case(text, ents)
    assert [e.name for e in ents] == ["New York", "Brussels", "NATO", "UAE"]


def test_a_name_loses_the_sentences_full_stop_not_an_abbreviations() -> None:
    for tagged, name in [
        ("X.", "X"),
        ("Twitter.", "Twitter"),
        ("U.S.", "U.S."),
        ("Acme Co.", "Acme Co."),
        ("Harry S.", "Harry S."),
        ("Washington, D.C.", "Washington, D.C."),
        ("Ft.", "Ft."),
    ]:
        start, end = trim_mention(tagged)
        assert tagged[start:end] == name


def test_the_pronoun_i_is_no_name() -> None:
    assert not is_name("I.")
    assert not is_name("I")
    assert is_name("X")


def test_a_courtesy_title_and_surname_join_the_person_named_in_full() -> None:
    text = "Jenny Gilruth said it. Ms Gilruth added more. Miss Manners wrote a column."
    found = [("PERSON", "Jenny Gilruth"), ("PERSON", "Ms Gilruth"), ("PERSON", "Miss Manners")]
    ents = merge_mentions(past_courtesy(_mentions(text, found)))
    by_name = {e.name: [m.text for m in e.mentions] for e in ents}
    assert by_name == {
        "Jenny Gilruth": ["Jenny Gilruth", "Gilruth"],
        "Miss Manners": ["Miss Manners"],
    }
    gilruth = ents[0].mentions[1]
    assert text[gilruth.start : gilruth.end] == "Gilruth"


def test_a_courtesy_title_tagged_as_an_organisation_is_still_the_person() -> None:
    text = (
        "Rachel Hughes told MPs. Ms Hughes insisted the plan stood. Mr Lowe, no one named, spoke."
    )
    found = [("PERSON", "Rachel Hughes"), ("ORG", "Ms Hughes"), ("ORG", "Mr Lowe")]
    ents = merge_mentions(past_courtesy(_mentions(text, found)))
    by_name = {e.name: (e.label, [m.text for m in e.mentions]) for e in ents}
    assert by_name == {
        "Rachel Hughes": ("PERSON", ["Rachel Hughes", "Hughes"]),
        "Mr Lowe": ("ORG", ["Mr Lowe"]),  # no one of that surname: the tagger's reading stays
    }


def test_a_given_name_tagged_as_an_organisation_is_the_person_it_opens() -> None:
    text = "Dale Johnson wants to sell. Dale sees it differently from Ray. Carol sided with Dale."
    found = [("PERSON", "Dale Johnson"), ("ORG", "Dale"), ("ORG", "Dale")]
    assert _typed(text, found) == {"Dale Johnson": ("PERSON", ["Dale Johnson", "Dale", "Dale"])}


def test_a_surname_joins_the_full_name_that_ends_in_jr() -> None:
    text = (
        "Robert L. Haskins Jr., 61, of Dover, was charged on Friday. Haskins's lawyer said "
        "Haskins would plead not guilty."
    )
    ents = merge_mentions(
        _mentions(
            text,
            [
                ("PERSON", "Robert L. Haskins Jr."),
                ("GPE", "Dover"),
                ("ORG", "Haskins"),
                ("PERSON", "Haskins"),
            ],
        )
    )
    by_name = {e.name: (e.label, [m.text for m in e.mentions]) for e in ents}
    assert by_name["Robert L. Haskins Jr."] == (
        "PERSON",
        ["Robert L. Haskins Jr.", "Haskins", "Haskins"],
    )


def test_a_countrys_acronyms_dotted_or_not_are_the_country_named_in_full() -> None:
    text = (
        "The United States imposed tariffs on Monday. US officials said the U.S. would not "
        "back down. The United Steelworkers union welcomed the move, as did UK ministers; "
        "the United Kingdom has its own plans."
    )
    ents = merge_mentions(
        _mentions(
            text,
            [
                ("GPE", "United States"),
                ("GPE", "US"),
                ("GPE", "U.S."),
                ("ORG", "United Steelworkers"),
                ("GPE", "UK"),
                ("GPE", "United Kingdom"),
            ],
        )
    )
    by_name = {e.name: [m.text for m in e.mentions] for e in ents}
    assert by_name["United States"] == ["United States", "US", "U.S."]
    assert by_name["United Steelworkers"] == ["United Steelworkers"]
    assert by_name["United Kingdom"] == ["UK", "United Kingdom"]


def test_dotted_and_plain_acronyms_of_a_place_are_one_place() -> None:
    text = "U.S. stocks rose. The US dollar fell."
    ents = merge_mentions(_mentions(text, [("GPE", "U.S."), ("GPE", "US")]))
    assert [(e.name, [m.text for m in e.mentions]) for e in ents] == [("U.S.", ["U.S.", "US"])]


def test_a_name_run_across_a_possessive_splits_into_owner_and_owned() -> None:
    text = (
        "David Ellison’s Skydance Media and the FCC’s Media Bureau were named. Skydance "
        "Media declined to comment; the FCC said nothing. Children's Hospital and "
        "McDonald's Corp were not involved."
    )
    found = split_at_owner(
        _mentions(
            text,
            [
                ("PERSON", "David Ellison’s Skydance Media"),
                ("ORG", "FCC’s Media Bureau"),
                ("ORG", "Skydance Media"),
                ("ORG", "FCC"),
                ("ORG", "Children's Hospital"),
                ("ORG", "McDonald's Corp"),
            ],
        )
    )
    assert [(label, name) for label, name, _ in found] == [
        ("PERSON", "David Ellison"),
        ("ORG", "Skydance Media"),
        ("ORG", "FCC"),
        ("ORG", "Media Bureau"),
        ("ORG", "Skydance Media"),
        ("ORG", "FCC"),
        ("ORG", "Children's Hospital"),
        ("ORG", "McDonald's Corp"),
    ]
    assert all(text[s.start : s.end] == name for _, name, s in found)


def test_a_name_tagged_as_often_person_as_place_is_an_organisation() -> None:
    text = (
        "Investigators looked at Kestrova last year. Kestrova paid the fine. Ships "
        "owned by Kestrova sailed from Jordan. Jordan said the ships left. Jordan closed its "
        "ports and Jordan protested."
    )
    found = type_by_context(
        text,
        _mentions(
            text,
            [
                ("PERSON", "Kestrova"),
                ("GPE", "Kestrova"),
                ("PERSON", "Kestrova"),
                ("GPE", "Jordan"),
                ("PERSON", "Jordan"),
                ("GPE", "Jordan"),
                ("GPE", "Jordan"),
            ],
        ),
    )
    assert [label for label, _, _ in found] == ["ORG"] * 3 + ["GPE", "PERSON", "GPE", "GPE"]


def test_a_name_followed_by_a_no_break_space_and_who_is_a_persons() -> None:
    text = "Meanwhile Okonjo,\xa0who won the award, spoke. Fans cheered Okonjo in Lagos."
    found = type_by_context(text, _mentions(text, [("PERSON", "Okonjo"), ("GPE", "Okonjo")]))
    assert [label for label, _, _ in found] == ["PERSON", "GPE"]


def test_a_person_tagged_name_written_as_the_name_is_no_person() -> None:
    text = (
        "The Falcons lost 3-1 to the Harriers on Saturday. The Falcons, who had won five, looked "
        "tired. The Hargreaves administration said nothing; Hargreaves left early."
    )
    found = type_by_context(
        text,
        _mentions(
            text,
            [
                ("PERSON", "Falcons"),
                ("PERSON", "Harriers"),
                ("PERSON", "Falcons"),
                ("PERSON", "Hargreaves"),
                ("PERSON", "Hargreaves"),
            ],
        ),
    )
    assert [(label, name) for label, name, _ in found] == [
        ("ORG", "Falcons"),
        ("ORG", "Harriers"),
        ("ORG", "Falcons"),
        ("PERSON", "Hargreaves"),
        ("PERSON", "Hargreaves"),
    ]


def test_lower_case_words_the_tagger_ran_on_after_a_name_are_cut() -> None:
    text = "The Associated Press that"
    start, end = trim_mention(text)
    assert text[start:end] == "Associated Press"
    start, end = trim_mention("Alex de Minaur")
    assert (start, end) == (0, len("Alex de Minaur"))


def test_a_time_zone_is_no_name() -> None:
    assert not is_name("GMT")
    assert is_name("GMB Union")


def test_the_portfolio_of_a_title_is_no_organisation() -> None:
    text = (
        "Health Secretary Ana Ruiz met Secretary of State Ben Cole and UK Trade Secretary "
        "Lee Park. NASA Administrator Joy Hart and a Pentagon spokesman joined. The UK "
        "trade office and the Treasury said nothing."
    )
    found = past_portfolios(
        text,
        _mentions(
            text,
            [
                ("ORG", "Health"),
                ("ORG", "State"),
                ("ORG", "UK Trade"),
                ("ORG", "NASA"),
                ("ORG", "Pentagon"),
                ("GPE", "UK"),
                ("ORG", "Treasury"),
            ],
        ),
    )
    assert [(label, name) for label, name, _ in found] == [
        ("GPE", "UK"),
        ("ORG", "NASA"),
        ("ORG", "Pentagon"),
        ("GPE", "UK"),
        ("ORG", "Treasury"),
    ]


def test_a_speaker_with_no_capitalised_name_adds_no_entity() -> None:
    from tidings.analyze.entities import link_speakers
    from tidings.model import Speaker

    text = "Russia's foreign ministry said the move was illegal. Izvestia said so too."
    article = Article(id="t", source="t", text=text, paragraphs=[])
    speakers = [
        Speaker(id="s0", name="ministry", type="organization"),
        Speaker(id="s1", name="Izvestia", type="organization"),
    ]
    added = link_speakers(article, speakers, [])
    assert [(e.name, e.label, [m.text for m in e.mentions]) for e in added] == [
        ("Izvestia", "ORG", ["Izvestia"])
    ]


def test_an_apposition_that_calls_a_name_a_place_or_a_group_types_it() -> None:
    text = (
        "The man, of Tarnby, a village north of Leeds, was held. Haldane, a group founded by "
        "two surgeons, paid his bail. Mira Tarn, a group leader at Haldane, spoke. Tarnby, "
        "a town council member said, is quiet."
    )
    found = type_by_context(
        text,
        _mentions(
            text,
            [
                ("PERSON", "Tarnby"),
                ("GPE", "Leeds"),
                ("PERSON", "Haldane"),
                ("PERSON", "Mira Tarn"),
                ("ORG", "Haldane"),
            ],
        ),
    )
    assert [(label, name) for label, name, _ in found] == [
        ("GPE", "Tarnby"),
        ("GPE", "Leeds"),
        ("ORG", "Haldane"),
        ("PERSON", "Mira Tarn"),
        ("ORG", "Haldane"),
    ]


def test_the_place_of_a_dateline_is_a_place() -> None:
    text = "TAMPERE, Finland — Jussi Kallio won. Kallio said it was easy."
    found = dateline_place(text, _mentions(text, [("NORP", "TAMPERE"), ("GPE", "Finland")]))
    assert [(label, name) for label, name, _ in found] == [("GPE", "TAMPERE"), ("GPE", "Finland")]
    for text in ("AP — A storm hit. LONDON is no dateline.", "BREAKING NEWS — A storm hit."):
        assert dateline_place(text, []) == []
    text = "Storm hits coast\nGALWAY (Reuters) - A storm hit."
    assert [name for _, name, _ in dateline_place(text, [])] == ["GALWAY"]


def test_a_surname_opening_a_sentence_before_a_speech_verb_is_the_person() -> None:
    text = "Ruth Young won the seat. Young said she was glad. Young voters cheered."
    ents = merge_mentions(_mentions(text, [("PERSON", "Ruth Young")]))
    add_untagged_repeats(Article(id="t", source="t", text=text, paragraphs=[]), ents)
    assert [m.text for m in ents[0].mentions] == ["Ruth Young", "Young"]
    assert ents[0].mentions[1].start == text.index("Young said")


def test_a_person_tagged_name_ending_in_a_kind_of_body_is_an_organisation() -> None:
    text = (
        "HM Coastguard said the boy was safe. A spokeswoman told the Gazette the search was "
        "over. Emily Post wrote about manners. Firefighters worked above Marbella all night."
    )
    found = type_by_context(
        text,
        _mentions(
            text,
            [
                ("PERSON", "HM Coastguard"),
                ("PERSON", "Gazette"),
                ("PERSON", "Emily Post"),
                ("PERSON", "Marbella"),
            ],
        ),
    )
    assert [label for label, _, _ in found] == ["ORG", "ORG", "PERSON", "GPE"]


def test_a_speaker_naming_a_body_that_ner_missed_is_an_organisation() -> None:
    from tidings.analyze.entities import link_speakers
    from tidings.model import Speaker

    text = "HM Coastguard said the boy was safe."
    article = Article(id="t", source="t", text=text, paragraphs=[])
    speakers = [Speaker(id="s0", name="HM Coastguard", type="person")]
    added = link_speakers(article, speakers, [])
    assert [(e.name, e.label) for e in added] == [("HM Coastguard", "ORG")]


def test_a_subhead_in_capitals_or_with_a_verb_before_a_name_is_cut_to_the_name() -> None:
    text = (
        "Norway beat Chile.\nNORWAY ROLLS ON\nNorway won again.\nTomas Lind scored.\n"
        "Praising Lind\nThe coach praised Lind."
    )
    found = cut_headline_runs(
        _mentions(
            text,
            [
                ("GPE", "Norway"),
                ("GPE", "Chile"),
                ("PERSON", "NORWAY ROLLS ON"),
                ("GPE", "Norway"),
                ("PERSON", "Tomas Lind"),
                ("PERSON", "Praising Lind"),
            ],
        )
    )
    assert [(label, name) for label, name, _ in found][2] == ("GPE", "NORWAY")
    assert [(label, name) for label, name, _ in found][5] == ("PERSON", "Lind")
    assert text[found[5][2].start : found[5][2].end] == "Lind"


def test_a_team_the_tagger_tagged_a_person_only_outside_the_the_phrase_is_no_person() -> None:
    text = "Hawks center Ola Berg scored. Fans of the Hawks were quiet."
    found = type_by_context(text, _mentions(text, [("PERSON", "Hawks"), ("PERSON", "Ola Berg")]))
    assert [(label, name) for label, name, _ in found] == [("ORG", "Hawks"), ("PERSON", "Ola Berg")]


def test_a_people_tagged_once_as_a_place_is_a_people() -> None:
    text = "Ukrainian troops held. Ukrainian officials spoke. A Ukrainian energy firm paid."
    found = type_by_context(
        text,
        _mentions(text, [("NORP", "Ukrainian"), ("NORP", "Ukrainian"), ("GPE", "Ukrainian")]),
    )
    assert [label for label, _, _ in found] == ["NORP", "NORP", "NORP"]


def test_a_company_named_without_all_its_suffixes_is_the_company() -> None:
    text = "Arvanta Semiconductor Inc cut jobs. Shares in Arvanta fell as Arvanta warned."
    ents = merge_mentions(
        _mentions(
            text,
            [("ORG", "Arvanta Semiconductor Inc"), ("GPE", "Arvanta"), ("GPE", "Arvanta")],
        )
    )
    assert [(e.name, e.label, len(e.mentions)) for e in ents] == [
        ("Arvanta Semiconductor Inc", "ORG", 3)
    ]


def test_two_names_run_across_and_split_when_the_text_says_they_are_two() -> None:
    """'a deal between Twitter and Citigroup': "between" asks for two, so the one tagged
    mention is two organisations; so is one whose halves the article both tags alone. A firm
    named for two people ('Barnes and Noble') or a body with "and" in its name stays whole."""
    text = (
        "The deal between Twitter and Citigroup was signed. Shares of Barnes and Noble fell. "
        "Talks with Dell and Intel began; Intel and Dell said little. Immigration and Customs "
        "Enforcement said nothing on immigration. The Department of Health and Human Services "
        "agreed."
    )
    found = split_at_and(
        text,
        _mentions(
            text,
            [
                ("ORG", "Twitter and Citigroup"),
                ("ORG", "Barnes and Noble"),
                ("ORG", "Dell and Intel"),
                ("ORG", "Intel"),
                ("ORG", "Dell"),
                ("ORG", "Immigration and Customs Enforcement"),
                ("ORG", "Department of Health and Human Services"),
            ],
        ),
    )
    assert [(label, name) for label, name, _ in found] == [
        ("ORG", "Twitter"),
        ("ORG", "Citigroup"),
        ("ORG", "Barnes and Noble"),
        ("ORG", "Dell"),
        ("ORG", "Intel"),
        ("ORG", "Intel"),
        ("ORG", "Dell"),
        ("ORG", "Immigration and Customs Enforcement"),
        ("ORG", "Department of Health and Human Services"),
    ]
    assert all(text[s.start : s.end] == name for _, name, s in found)


def test_a_place_run_into_a_name_after_a_roles_to_splits_off() -> None:
    """'special envoy to Ukraine Kurt Volker' tagged "Ukraine Kurt Volker": the place the
    article tags alone splits off, the full name is a person. Without "to"/"for" before it, or
    when the place is not tagged alone, the name stays as tagged."""
    text = (
        "Ukraine was waiting. The special envoy to Ukraine Kurt Volker resigned. Ukraine Kurt "
        "Volker was never his name; the envoy to Syria Ana Ruiz stayed."
    )
    found = split_place_from_name(
        text,
        _mentions(
            text,
            [
                ("GPE", "Ukraine"),
                ("ORG", "Ukraine Kurt Volker"),
                ("ORG", "Ukraine Kurt Volker"),
                ("ORG", "Syria Ana Ruiz"),
            ],
        ),
    )
    assert [(label, name, text[s.start : s.end]) for label, name, s in found] == [
        ("GPE", "Ukraine", "Ukraine"),
        ("GPE", "Ukraine", "Ukraine"),
        ("PERSON", "Kurt Volker", "Kurt Volker"),
        ("ORG", "Ukraine Kurt Volker", "Ukraine Kurt Volker"),
        ("ORG", "Syria Ana Ruiz", "Syria Ana Ruiz"),
    ]


def test_a_name_run_into_a_headline_in_title_case_is_cut_to_the_name() -> None:
    """'Ted Cruz, Chris Christie Address Heroin Epidemic': a title-case headline capitalises
    its verb like a name, so a run that starts with a name the article tags alone is that
    name (spk18); in running text the same run is kept."""
    text = (
        "Ted Cruz, Chris Christie Address Heroin Epidemic\n"
        "Governor Chris Christie spoke first at the town hall."
    )
    found = cut_headline_runs(
        _mentions(
            text,
            [
                ("PERSON", "Ted Cruz"),
                ("PERSON", "Chris Christie Address Heroin"),
                ("PERSON", "Chris Christie"),
            ],
        ),
        text,
    )
    assert [name for _, name, _ in found] == ["Ted Cruz", "Chris Christie", "Chris Christie"]
    running = "Chris Christie Address Heroin spoke. Then Chris Christie spoke."
    kept = cut_headline_runs(
        _mentions(
            running,
            [("PERSON", "Chris Christie Address Heroin"), ("PERSON", "Chris Christie")],
        ),
        running,
    )
    assert kept[0][1] == "Chris Christie Address Heroin"


def test_a_given_name_tagged_alone_gets_the_surname_after_it() -> None:
    # session 24: the tagger took "Amara" from "Judge Amara Obi"; the word after a name
    # after a title, or after a listed given name, is the surname
    for text, tagged, full in [
        ("Judge Amara Obi sentenced the man.", "Amara", "Amara Obi"),
        ("Then Maria Kowal left early.", "Maria", "Maria Kowal"),
    ]:
        ((_, name, span),) = surname_after(text, _mentions(text, [("PERSON", tagged)]))
        assert name == full and text[span.start : span.end] == full
    # a third capitalised word makes another name; a day or a common word is no surname
    for text, tagged in [
        ("Judge Amara Obi Foundation gave money.", "Amara"),
        ("Then Maria Monday left.", "Maria"),
        ("Then Maria The left.", "Maria"),
        ("Then Amara Obi left.", "Amara"),  # neither a listed given name nor after a title
    ]:
        ((_, name, _),) = surname_after(text, _mentions(text, [("PERSON", tagged)]))
        assert name == tagged

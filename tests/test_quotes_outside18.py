"""Constructions seen outside PolNeAR (out18): what is not a quote, and where a quote ends.
Hand-written news sentences, none from PolNeAR or the outside golds.
"""

from __future__ import annotations

from conftest import quote_starting, quotes_of


def test_a_noun_object_before_a_colon_names_the_quotation(nlp) -> None:
    """'... posted a goodbye on Facebook: "Good luck in London, mate."': the noun phrase names
    the words the colon opens; the quotation is what was said, and the noun phrase is no
    statement of its own. A clause before the colon ('said the plan was dead: "..."') stays
    a statement beside the quotation."""
    qs = quotes_of(
        'The former captain, the defender Tom Walsh, posted a goodbye on Facebook: "Good luck'
        ' in London, mate."',
    )
    assert [q.content.text for q in qs] == ["Good luck in London, mate."]
    assert qs[0].speaker == "Tom Walsh"
    qs = quotes_of(
        'The senator said the bill was dead: "It has no votes and it never had any."',
    )
    assert quote_starting(qs, "the bill was dead")
    assert quote_starting(qs, "It has no votes")
    # a topic before the colon is what the quotation is about, kept as it was
    qs = quotes_of(
        'The council leader attacked the budget cuts: "They will close libraries all over the'
        ' county."',
    )
    assert quote_starting(qs, "the budget cuts")


def _listed(*blocks: tuple[str, str]):
    """An article of (role, text) paragraphs through ``analyze`` (list items need their role)."""
    from tidings.analyze import analyze
    from tidings.model import Article, layout

    text, paras = layout(list(blocks))
    return analyze(Article(id="t", source="t", text=text, paragraphs=paras)).quotes


def test_a_list_after_a_cue_and_colon_is_one_statement(nlp) -> None:
    """'In a long interview, the governor also said:' and a bulleted list: the items are the
    points of that one statement (one cue, its content in pieces), not statements of their own
    ('He is confident the budget will pass' gives no "confident" of its own). The paragraph
    after the list is narration again."""
    qs = _listed(
        ("body", "In a long interview on Sunday, the governor also said:"),
        ("list-item", "The state will hire 500 new teachers next year"),
        ("list-item", "He is confident the budget will pass before the summer"),
        ("list-item", 'He would speak "bluntly" about the deficit'),
        ("body", "The governor flies to Ohio on Monday."),
    )
    assert [q.content.text for q in qs] == [
        "The state will hire 500 new teachers next year",
        "He is confident the budget will pass before the summer",
        'He would speak "bluntly" about the deficit',
    ]
    assert [q.cue.text if q.cue else None for q in qs] == ["said", None, None]
    assert [q.continues for q in qs] == [None, qs[0].id, qs[1].id]
    assert {q.speaker for q in qs} == {"the governor"}
    assert {q.kind for q in qs} == {"indirect"}


def test_a_bulleted_list_in_the_text_after_said(nlp) -> None:
    """The same list written with bullets in plain paragraphs ('- The state will ...'): the
    bullet is no part of the content. A list after 'Here's what we know:' stays the writer's
    (tests/test_quotes_commentary.py)."""
    qs = quotes_of(
        "In a long interview on Sunday, the governor also said:",
        "- The state will hire 500 new teachers next year.",
        "- He is confident the budget will pass before the summer.",
        "The governor flies to Ohio on Monday.",
    )
    assert [q.content.text for q in qs] == [
        "The state will hire 500 new teachers next year.",
        "He is confident the budget will pass before the summer.",
    ]
    assert qs[1].continues == qs[0].id


def test_a_tag_the_parser_hung_on_its_speaker_as_a_participle(nlp) -> None:
    """'Water bills will rise by 7% from April, the environment minister announced on Monday,
    the largest increase in fifteen years.': the small model reads "announced" (a past tense,
    not a participle) as a clause on "minister"; it is the tag of the clause before the
    comma, whose speaker is the minister. The noun phrase after the tag is the writer's gloss
    on the rise, not what was announced."""
    cases = [
        (
            "Water bills will rise by 7% from April, the environment minister announced on"
            " Monday, the largest increase in fifteen years.",
            "Water bills will rise by 7% from April",
            "the environment minister",
        ),
        (
            "Rail fares will go up by 6% in March, the transport secretary announced on"
            " Wednesday, the biggest increase in a decade.",
            "Rail fares will go up by 6% in March",
            "the transport secretary",
        ),
    ]
    for sentence, content, speaker in cases:
        qs = quotes_of(sentence)
        assert [(q.cue.text, q.content.text) for q in qs] == [("announced", content)]
        assert qs[0].speaker == speaker


def test_according_to_after_a_negated_clause_and_but(nlp) -> None:
    """'The price was not revealed, but it is about $40 million, according to the Dutch
    newspaper De Telegraaf.': the clause before "but" says what was not given out, the writer's
    contrast; the source gives the figure after it. With no negation before "but" ('Talks
    stalled in March, but the deal is now worth ...') both clauses are the source's, as
    PolNeAR annotates them."""
    qs = quotes_of(
        "The price was not revealed, but it is about $40 million, according to the Dutch"
        " newspaper De Telegraaf.",
    )
    assert [q.content.text for q in qs] == ["it is about $40 million"]
    qs = quotes_of(
        "Talks stalled in March, but the deal is now worth $3 billion, according to two people"
        " familiar with the matter.",
    )
    assert [q.content.text for q in qs] == [
        "Talks stalled in March, but the deal is now worth $3 billion"
    ]


def test_a_verb_after_a_clause_with_its_own_quotation_is_no_tag(nlp) -> None:
    """'..., and when the senator thanked Denver and said it was good to be back, a man yelled
    "Go home!"': the parser reads "yelled" as a clause on "man" too, but the verb has its own
    words after it; the clause before it is not what he yelled."""
    qs = quotes_of(
        "Some in the crowd jeered, and when the senator thanked Denver and said it was good to"
        " be back, a man yelled “Go home!”",
    )
    assert not [q for q in qs if q.content.text.startswith("Some in the crowd")]

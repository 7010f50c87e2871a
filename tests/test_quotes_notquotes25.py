"""Quoted words that are nobody's quotation, and contents the parser misreads (branch dq25).

Hand-written news paragraphs through ``analyze``:

- a line set wholly in capitals, with no cue and nothing announcing it, is a headline, a sign or
  a banner the page shows ('"DIVISIVE, STUPID AND WRONG"'), not a floating quote of the last
  speaker; announced ('wrote on Twitter:') or tagged ('the marchers chanted') it is kept;
- a quoted stretch followed by ', by <author>' is a piece's title whatever its case, as
  newsletters list their reading ('"Museum to close in May," by the Herald's Tom Reed: "..."');
  'by Ruiz's own account' is no byline;
- a reported content made of quoted titles only, after its cue ('citing "Sunday Night
  Football" as his guilty pleasure'), is a title, while 'called the plan "Dead On Arrival"' is
  what the plan was called and '"Nusra Is Al Qaeda," the minister said' a quotation;
- 'vowed at a rally to fight "every inch of the way"', 'promised Sunday at a rally to end
  "..."': the infinitive is what was vowed, though the parser reads it as a purpose (or the day
  as the object); 'urged those calling for a recount to "give it time"': the infinitive the
  parser hung on the object's participle is what was urged;
- 'says he's "excited where we stand" as he faces a test': the "as" clause after the marks is
  the writer's; 'before committing the money' after them is still what was said;
- "groused" and "griped" are cues; 'the doctor called the candidate "extremely fit"': a noun
  for a person is an act's source where its words are quoted.
"""

from __future__ import annotations

import pytest
from conftest import quotes_of

from tidings.analyze.directquotes import bylined, in_capitals, only_titles
from tidings.analyze.quotemarks import find_quoted


@pytest.mark.parametrize(
    ("quoted", "expected"),
    [
        ("KEEP THE PORT OPEN", True),
        ("DIVISIVE, STUPID AND WRONG", True),
        ("NATO", False),  # one word: an acronym
        ("NATO and the EU will pay", False),
        ("We will keep the port open", False),
    ],
)
def test_in_capitals(quoted, expected) -> None:
    assert in_capitals(quoted) is expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ('"The harbour museum to close in May," by the Courier\'s Tom Reed: "It will shut."', True),
        (
            'Ruiz recommended "How a port town lost its fleet," by Peter Marsh, to the council.',
            True,
        ),
        ('"We lost the vote," by Ruiz\'s own account, was the end of it.', False),
        ('"We are not finished," by contrast, was Kellerman\'s message.', False),
        ('"We will keep the port open" by Friday, Ruiz said.', False),
    ],
)
def test_bylined(paragraph, expected) -> None:
    assert bylined(paragraph, find_quoted(paragraph)[0]) is expected


@pytest.mark.parametrize(
    ("said", "expected"),
    [
        ('"Harbour Lights," "The Long Night" and "Deep Water"', True),
        ('"Sunday Night Football"', True),
        ('the plan "Dead On Arrival,"', False),
        ('"the wasteful contract system"', False),
        ("the port will stay open", False),
    ],
)
def test_only_titles(said, expected) -> None:
    assert only_titles(said) is expected


def _direct(qs) -> list[str]:
    return [q.content.text for q in qs if q.kind in ("direct", "mixed")]


def test_a_line_in_capitals_is_no_floating_quote(nlp) -> None:
    qs = quotes_of(
        "Mayor Ann Ruiz spoke to dockworkers on Monday about the plan to close the port.",
        '"DIVISIVE, STUPID AND WRONG"',
        "The Daily Courier's front page said the plan would fail.",
    )
    assert not any("STUPID" in t for t in _direct(qs))


def test_capitals_announced_or_tagged_are_kept(nlp) -> None:
    qs = quotes_of("Kellerman wrote on Twitter on Monday night:", '"WITCH HUNT! TOTAL DISGRACE!"')
    assert [(q.content.text, q.speaker) for q in qs if q.kind == "direct"] == [
        ("WITCH HUNT! TOTAL DISGRACE!", "Kellerman")
    ]
    qs = quotes_of('"WE WANT JUSTICE," the marchers chanted outside the hall.')
    assert _direct(qs) == ["WE WANT JUSTICE,"]


def test_a_floating_quote_in_ordinary_case_is_kept(nlp) -> None:
    qs = quotes_of(
        "Mayor Ann Ruiz said the city would stay open.",
        '"NATO and the EU will have to pay for the port, and they know it."',
    )
    assert any(t.startswith("NATO and the EU") for t in _direct(qs))


def test_a_newsletters_titles_are_no_quotes(nlp) -> None:
    qs = quotes_of(
        'CLOSING TIME—"The harbour museum to close at the end of May," by the Courier\'s Tom '
        'Reed: "The museum, which opened in 1974, will shut its doors after years of losses."'
    )
    assert not any("to close at the end" in t for t in _direct(qs))


def test_titles_cited_are_no_quotes_but_a_name_called_is(nlp) -> None:
    qs = quotes_of('Kellerman, citing "Sunday Night Football" as his guilty pleasure, laughed.')
    assert not any("Sunday Night" in t for t in _direct(qs))
    qs = quotes_of('Ruiz called the plan "Dead On Arrival," and said she would vote against it.')
    assert any("Dead On Arrival" in t for t in _direct(qs))


def test_a_sentence_of_names_before_its_tag_is_kept(nlp) -> None:
    qs = quotes_of(
        "The talks went on for hours in Geneva.",
        '"Nusra Is Al Qaeda," the minister said after the talks ended on Friday.',
    )
    assert any("Nusra Is Al Qaeda" in t for t in _direct(qs))


def test_an_infinitive_vowed_after_a_phrase(nlp) -> None:
    qs = quotes_of('Kellerman vowed at a rally to fight "every inch of the way."')
    found = [q for q in qs if "every inch" in q.content.text]
    assert len(found) == 1
    assert found[0].speaker == "Kellerman"
    assert found[0].cue.text == "vowed"
    qs = quotes_of("Kellerman vowed at a rally on Monday to fight the closure in court.")
    assert [q.content.text for q in qs] == ["to fight the closure in court"]


def test_a_purpose_is_no_promise(nlp) -> None:
    qs = quotes_of("Kellerman spoke at a rally on Monday in order to support the dockworkers.")
    assert not any("support the dockworkers" in q.content.text for q in qs)


def test_a_day_read_as_the_object_leaves_the_infinitive_promised(nlp) -> None:
    qs = quotes_of(
        'Ruiz promised Sunday at a rally in Harbourton to end "the wasteful contract system '
        'that costs us millions."'
    )
    assert [(q.content.text[:10], q.cue.text) for q in qs] == [('to end "th', "promised")]
    qs = quotes_of("Ruiz promised Kellerman at the meeting to look again at the levy.")
    assert not any(q.content.text.startswith("to look") for q in qs)  # a person, not a day


def test_groused_and_griped_are_cues(nlp) -> None:
    qs = quotes_of('Ruiz groused to a crowd in Harbourton that the Courier "doesn\'t treat me."')
    assert [(q.speaker, q.cue.text) for q in qs] == [("Ruiz", "groused")]
    qs = quotes_of('Kellerman griped that the levy was "a tax on breathing."')
    assert [(q.speaker, q.cue.text) for q in qs] == [("Kellerman", "griped")]


def test_an_infinitive_urged_hung_inside_the_object(nlp) -> None:
    qs = quotes_of('Kellerman urged those calling for a recount to "give it time."')
    assert [(q.content.text, q.cue.text) for q in qs] == [('to "give it time."', "urged")]
    qs = quotes_of('Ruiz urged residents living near the port to "stay indoors until it clears."')
    assert [q.cue.text for q in qs] == ["urged"]
    assert qs[0].content.text.startswith('to "stay indoors')
    qs = quotes_of("Ruiz thanked residents who came to the meeting to hear the plan.")
    assert not any("to hear the plan" in q.content.text for q in qs)


def test_the_writers_as_clause_after_the_marks_ends_the_content(nlp) -> None:
    qs = quotes_of(
        'Kellerman says he\'s "excited where we stand" as he faces a test in the primary.'
    )
    assert [q.content.text for q in qs] == ['he\'s "excited where we stand"']
    qs = quotes_of('Ruiz said the port was "as good as closed" and would stay so.')
    assert [q.content.text for q in qs] == ['the port was "as good as closed" and would stay so']


def test_a_gerund_after_the_marks_stays_in_the_content(nlp) -> None:
    qs = quotes_of('Ruiz said the city needed "a real traffic study" before committing the money.')
    assert [q.content.text for q in qs] == [
        'the city needed "a real traffic study" before committing the money'
    ]


def test_a_person_noun_can_be_the_source_of_an_act(nlp) -> None:
    qs = quotes_of('Kellerman\'s doctor called the candidate "extremely physically fit."')
    assert [(q.speaker, q.cue.text, q.kind) for q in qs] == [
        ("Kellerman's doctor", "called", "mixed")
    ]


def test_an_as_phrase_of_role_stays_in_the_content(nlp) -> None:
    qs = quotes_of(
        'The court said it could not accept "public safety" as a reason for the searches.'
    )
    assert [q.content.text for q in qs] == [
        'it could not accept "public safety" as a reason for the searches'
    ]


def test_a_person_noun_with_no_quotation_is_no_source_of_an_act(nlp) -> None:
    qs = quotes_of("The doctors offered to run a flu clinic at the port on Saturday.")
    assert not any(q.cue is not None and q.cue.text == "offered" for q in qs)

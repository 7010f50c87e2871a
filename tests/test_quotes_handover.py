"""Misses and names of session 24 (tfe9's blind score, bench/RESULTS.md "rep26"): a colleague's
report handed the paragraph over, its passed-on statements, the one told named right after
"tells", "Another, <Name>, announced", and a person named again by a given or middle name.

Hand-written news sentences through ``analyze`` (loads the spaCy model once); each rule has its
look-alikes that must not change.
"""

from __future__ import annotations

import pytest
from conftest import quote_starting, quotes_of


def _said(paragraphs: list[str]) -> list[tuple[str, str | None]]:
    return [(q.content.text, q.speaker) for q in quotes_of(*paragraphs)]


# a colleague's report hands the paragraph over ------------------------------------------


@pytest.mark.parametrize(
    "paragraph, content",
    [
        (
            "Our colleague Nadia Okafor writes: The city will close the bridge in May. The "
            "repairs will take a year. Drivers will have to use the ferry.",
            "The city will close the bridge in May. The repairs will take a year. Drivers will "
            "have to use the ferry.",
        ),
        (
            "Reuters' Tomas Berg reports: Fares on the night trains will rise. The operator "
            "blames the cost of power.",
            "Fares on the night trains will rise. The operator blames the cost of power.",
        ),
    ],
)
def test_a_colleagues_report_takes_the_rest_of_the_paragraph(paragraph, content, nlp) -> None:
    said = _said([paragraph])
    assert said[0][0] == content


@pytest.mark.parametrize(
    "paragraph, content",
    [
        # one sentence: the content as before, without its full stop
        (
            "Nadia Okafor reports: Northwind will spend $80 million on new housing.",
            "Northwind will spend $80 million on new housing",
        ),
        # "said:" with no quote marks reports one sentence
        (
            "The mayor said: The city will close the bridge in May. The repairs will take a year.",
            "The city will close the bridge in May",
        ),
        # an opening phrase before the name: no hand-over of the paragraph
        (
            "In her column, Nadia Okafor writes: The bridge is old. It will close in May.",
            "The bridge is old",
        ),
        # no colon: a that-clause
        (
            "Nadia Okafor wrote that the bridge is old. It will close in May.",
            "the bridge is old",
        ),
    ],
)
def test_no_hand_over_without_name_cue_and_colon(paragraph, content, nlp) -> None:
    assert _said([paragraph])[0][0] == content


def test_a_statement_passed_on_in_a_hand_over_stands_beside_it(nlp) -> None:
    said = _said(
        [
            "Our colleague Nadia Okafor writes: The transport agency announced that it would "
            "close the bridge in May. In doing so, it angered drivers."
        ]
    )
    assert said[0][1] == "Nadia Okafor"
    assert said[0][0].endswith("it angered drivers.")
    assert ("it would close the bridge in May", "The transport agency") in said


def test_a_statement_inside_plain_reported_speech_stays_nested(nlp) -> None:
    said = _said(["The mayor said the agency announced that it would close the bridge."])
    assert [s for _, s in said] == ["The mayor"]


# the one told, right after "tells" -------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph",
    [
        '"It is the wrong plan for the city," Dana Voss tells Axios.',
        'But the plan is a "last resort," she tells Axios.',
        '"It is the wrong plan," Voss told Axios on Monday.',
    ],
)
def test_the_outlet_told_is_the_addressee(paragraph, nlp) -> None:
    q = quotes_of(paragraph)[0]
    assert q.addressee == "Axios"


def test_a_time_after_told_is_no_addressee(nlp) -> None:
    q = quote_starting(quotes_of('"It is the wrong plan," Voss told Monday.'), "It is")
    assert q.addressee is None


# "Another, <Name>, announced" ------------------------------------------------------------


@pytest.mark.parametrize(
    "paragraph, speaker",
    [
        (
            "Two firms sell the cameras to schools. One company, Brightline, sells them to "
            "banks as well. Another, Corvex, announced in May that it will give schools a "
            "cheaper version.",
            "Corvex",
        ),
        (
            "Two vendors make the cameras. Another, Halvard Systems, said last week that it "
            "would cut its prices.",
            "Halvard Systems",
        ),
        ("The other, Dana Smith, said the plan would fail.", "Dana Smith"),
    ],
)
def test_the_name_beside_a_placeholder_speaks(paragraph, speaker, nlp) -> None:
    assert _said([paragraph])[-1][1] == speaker


def test_a_description_beside_a_placeholder_is_no_name(nlp) -> None:
    said = _said(["Two neighbours saw the fire. One, a retired nurse, said the smoke was black."])
    assert said[-1][1] != "nurse"
    assert said[-1][1].startswith("One")


# a person named again by a given or middle name -----------------------------------------


def test_a_given_name_after_the_full_name(nlp) -> None:
    said = _said(
        [
            "Our reporter Nadia Okafor reports: The city will close the bridge.",
            "Nadia writes: The bridge is old and the repairs will take a year.",
        ]
    )
    assert [s for _, s in said] == ["Nadia Okafor", "Nadia Okafor"]


def test_a_middle_name_after_the_full_name(nlp) -> None:
    said = _said(
        [
            '"It was a long night," said Maria Elena Duarte, their mother.',
            '"We did not sleep," Elena said.',
        ]
    )
    assert [s for _, s in said] == ["Maria Elena Duarte", "Maria Elena Duarte"]


def test_a_surname_still_joins_the_full_name(nlp) -> None:
    said = _said(
        [
            '"It was a long night," said Maria Elena Duarte, their mother.',
            '"We did not sleep," Duarte said.',
        ]
    )
    assert [s for _, s in said] == ["Maria Elena Duarte", "Maria Elena Duarte"]


# a paragraph signed by the next: "– Name, role" -----------------------------------------


def test_a_signature_line_signs_the_paragraph_before(nlp) -> None:
    said = _said(
        [
            "We asked two critics for a verdict on the album.",
            "A restless, glowing record that rewards every listen.",
            "– Dana Ellis, Critic",
            "“Its second half drags, but the closing track is the best thing they have made.”",
            "— Tomas Berg, Reviewer",
        ]
    )
    assert ("A restless, glowing record that rewards every listen.", "Dana Ellis") in said
    assert [s for c, s in said if c.startswith("Its second half")] == ["Tomas Berg"]


@pytest.mark.parametrize("line", ["— Associated Press", "— Staff Reports", "– Reuters"])
def test_an_agency_or_desk_line_signs_no_quote(line, nlp) -> None:
    said = _said(
        ["The storm closed the port for two days, and ferries will not sail until Friday.", line]
    )
    assert said == []

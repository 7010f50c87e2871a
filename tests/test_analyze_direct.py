"""Which quoted stretches become direct or mixed quotes, end to end through ``analyze``
(hand-written sentences; each test failed before the rule it names)."""

from __future__ import annotations

import pytest

from tidings.analyze import analyze
from tidings.model import Article, Quote, layout


@pytest.fixture(scope="module")
def nlp_loaded() -> None:
    from tidings.analyze.nlp import load

    load()


def quotes_of(*paragraphs: str) -> list[Quote]:
    text, paras = layout([("body", p) for p in paragraphs])
    article = analyze(Article(id="t", source="t", text=text, paragraphs=paras))
    for q in article.quotes:
        assert article.text[q.content.start : q.content.end] == q.content.text
    return article.quotes


def test_two_apostrophes_open_the_quoted_label_of_call(nlp_loaded: None) -> None:
    """Archives that type a double mark as two apostrophes ('') still quote what the verb says
    of its object: the label is the speaker's words, with the object they describe."""
    qs = quotes_of(
        "Last week the director, James Comey, recommended no charges, but he called her "
        "actions ''extremely careless.'' The investigation undercut her."
    )
    q = next(q for q in qs if q.cue.text == "called")
    assert q.kind == "mixed" and q.content.text == "her actions ''extremely careless.''"
    assert q.speaker == "James Comey"


def test_quoted_pieces_of_one_reported_content_are_one_mixed_quote(nlp_loaded: None) -> None:
    """'told reporters that he felt "a lot of pressure" before the "biggest game of the season"':
    what the coach said is the whole clause, not two fragments."""
    qs = quotes_of(
        "Coach Mark Ellison told reporters that his players felt “a lot of pressure” before "
        "the “biggest game of the season.”"
    )
    assert [(q.kind, q.content.text, q.speaker) for q in qs] == [
        (
            "mixed",
            "his players felt “a lot of pressure” before the “biggest game of the season.”",
            "Mark Ellison",
        )
    ]
    qs = quotes_of("A spokeswoman, Jane Rowe, called the charge “pathetic” and “dangerous.”")
    assert [(q.kind, q.content.text) for q in qs] == [
        ("mixed", "the charge “pathetic” and “dangerous.”")
    ]


def test_quotations_inside_a_content_stay_direct(nlp_loaded: None) -> None:
    """A content that is one quotation, or a quotation its cue tags, is not pieced."""
    qs = quotes_of("Smith said that “we will build the bridge and the state will pay for it.”")
    assert [q.kind for q in qs] == ["direct"]
    qs = quotes_of(
        "“We have started all those conversations,” Mr. Smith said, adding of the mayor, "
        "“He cares about the city.”"
    )
    first = next(q for q in qs if q.content.text.startswith("We have started"))
    assert first.kind == "direct" and first.content.text.endswith("conversations,")

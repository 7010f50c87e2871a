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

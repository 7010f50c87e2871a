"""The right speaker on direct quotes (issue 4 (d)): short hand-written paragraphs through
``analyze`` (loads the spaCy model once), one case per rule of branch attr7."""

from __future__ import annotations

import pytest

from tidings.analyze import analyze
from tidings.model import Article, Quote, layout


@pytest.fixture(scope="module")
def quotes():
    def run(*paragraphs: str) -> list[Quote]:
        body, paras = layout([("body", p) for p in paragraphs])
        return analyze(Article(id="t", source="t", text=body, paragraphs=paras)).quotes

    return run


def _quote(qs: list[Quote], words: str) -> Quote:
    found = [q for q in qs if words in q.content.text]
    assert len(found) == 1, [(q.content.text, q.speaker) for q in qs]
    return found[0]


@pytest.mark.issue(4)
def test_floating_quote_after_reported_speech_takes_the_last_cues_speaker(quotes) -> None:
    # the paragraph's statement is Susan's; her friends' "calling" is reported inside it
    qs = quotes(
        "Her liberal friends have mocked Trump's campaign, calling Trump “an orange buffoon,”"
        " Susan Miller said as she turned around.",
        "“But he's our orange buffoon, and we love him!”",
    )
    q = _quote(qs, "we love him")
    assert q.attribution == "floating"
    assert q.speaker == "Susan Miller"

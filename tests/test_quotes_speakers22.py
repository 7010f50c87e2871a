"""The right speaker on constructions of everyday news prose (spk22, session 21): sentences
written for these tests, run through ``analyze``; each rule's case failed before it. The wider
set of constructions checked is ``bench/speaker_constructions.py``."""

from __future__ import annotations

import pytest
from conftest import direct_quote_holding, quotes_of


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "paragraph",
    [
        "Ms. Grant on Monday said rent control remains her first priority. “We have asked the"
        " council twice. Will they listen this time?”",
        "The mayor said the budget looks fine. “Why would we cut anything now?”",
        "Mr. Okafor said the plan works well. “Who could object to that!”",
    ],
)
def test_a_quotation_after_a_clause_is_not_tagged_by_that_clause(paragraph) -> None:
    # a question or exclamation closing a quotation tags the clause AFTER it ('"Why?" she
    # asked'); the clause before it ("rent control remains ...") is reported speech, and the
    # quotation with no cue is the speaker's of that report
    quotes = quotes_of(paragraph)
    q = next(q for q in quotes if q.kind == "direct")
    assert q.speaker in ("Grant", "The mayor", "Okafor")
    assert q.cue is not None and q.cue.text == "said"


@pytest.mark.issue(4)
def test_a_quotation_tagged_after_it_still_takes_its_tag() -> None:
    q = direct_quote_holding(
        quotes_of("“Why would we cut anything now?” the mayor wondered."), "cut"
    )
    assert q.speaker == "the mayor"
    assert q.cue is not None and q.cue.text == "wondered"

"""Verbs of saying that report no one (lead, session 18): the writer's connector "That said,",
"add" as a rise in a market report. Hand-written news sentences, none from PolNeAR or the
outside golds. ("referred the complaint to the police" stays an attribution: PolNeAR counts
"referred further queries to the campaign", a spokesman's answer.)
"""

from __future__ import annotations

import pytest
from conftest import quotes_of


@pytest.mark.parametrize(
    "sentence",
    [
        "That said, the two towns might have made a better deal together.",
        "That being said, the council still has to find the money for the bridge.",
        "Having said that, the plan leaves the harbour without a dredger until 2028.",
    ],
)
def test_that_said_is_the_writers_connector(sentence) -> None:
    assert quotes_of("The council approved the budget on Tuesday.", sentence) == []


def test_that_said_by_someone_stays_an_attribution() -> None:
    """'He said that the bridge ...': "that" after the cue opens the content."""
    qs = quotes_of("The mayor spoke for an hour.", "He said that the bridge would open in May.")
    assert [(q.cue.text, q.content.text) for q in qs] == [("said", "the bridge would open in May")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Spot gold added 0.4% to $1,512.30 an ounce, while silver fell 1.2%.",
        "Those gains add to a strong run for the stock, which has climbed 40% this year.",
        "The Nasdaq added 31 points to close at a record.",
    ],
)
def test_add_as_a_rise_is_no_attribution(sentence) -> None:
    assert quotes_of("Markets rose on Tuesday.", sentence) == []


def test_add_with_a_clause_stays_an_attribution() -> None:
    qs = quotes_of(
        "The trader said prices would rise.",
        "She added that gold could reach $2,000 by the spring.",
    )
    assert any(q.cue.text == "added" and "gold could reach" in q.content.text for q in qs)

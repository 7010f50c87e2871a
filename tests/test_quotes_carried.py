"""A quotation cut off mid-clause, the statement carried on past the closing mark (rec13).

'Mayor Ruth Allen said, "I have not heard that concern" from the police.': the writer closed the
marks where the mayor's exact words end, not where her statement does; what she said is the
quotation and "from the police", one mixed content.
"""

from __future__ import annotations

import pytest
from conftest import quote_starting, quotes_of

from tidings.analyze.directquotes import carried_on
from tidings.analyze.quotemarks import find_quoted

LEAD = "The port strike entered its third week on Monday, the union said."


@pytest.mark.parametrize(
    ("paragraph", "content", "speaker"),
    [
        pytest.param(
            'Mayor Ruth Allen said, "I have not heard that concern" from the police or the fire '
            "department.",
            '"I have not heard that concern" from the police or the fire department',
            "Ruth Allen",
            id="said-from",
        ),
        pytest.param(
            '"We are very happy" about the ruling, said Tom Reyes, a spokesman for the union.',
            '"We are very happy" about the ruling',
            "Tom Reyes",
            id="about-before-tag",
        ),
        pytest.param(
            "Reyes said ''we will not go back'' to the old contract.",
            "''we will not go back'' to the old contract",
            "Reyes",
            id="doubled-apostrophes",
        ),
    ],
)
def test_quotes_carried_the_statement_runs_on_past_the_mark(
    nlp, paragraph, content, speaker
) -> None:
    q = quote_starting(quotes_of(LEAD, paragraph), content[:6])
    assert (q.kind, q.content.text) == ("mixed", content)
    assert speaker in (q.speaker or "")


@pytest.mark.parametrize(
    "paragraph",
    [
        '"It is over," Reyes said of the strike.',  # closed on its own comma: a tag follows
        'The dockers chanted "no contract, no peace" for an hour.',  # a duration
        'Reyes said "the strike is over" after the union voted.',  # the writer's time frame
        'Reyes said "the strike is over" to "everyone who listened."',  # another quotation
        "Reyes said ''we owe nothing'' to Mr. Allen's office.",  # "Mr." ends no clause
    ],
)
def test_quotes_carried_not_past_a_tag_a_time_or_another_quote(paragraph) -> None:
    q = find_quoted(paragraph)[0]
    assert carried_on(paragraph, q) is None


def test_quotes_carried_not_into_a_purpose_after_to(nlp) -> None:
    """'"You squeezed the dockers to the breaking point" to drive up profits, Reyes said': "to"
    before a verb opens the writer's reading of why, not the rest of the statement."""
    qs = quotes_of(
        LEAD,
        '"You squeezed the dockers to the breaking point" to drive up your profits, Tom Reyes '
        "told the port's owners.",
    )
    q = quote_starting(qs, "You squeezed")
    assert (q.kind, q.content.text) == ("direct", "You squeezed the dockers to the breaking point")

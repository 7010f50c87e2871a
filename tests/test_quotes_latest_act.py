"""A quotation with no tag of its own goes on from the speaker's latest act of saying (dir14).

'"We will not sign," Reyes said, adding that talks could resume. "The owners know where to find
us."': the last quotation goes on from what Reyes added, not from his first statement, so it
shares the cue "adding" (and the scorer, which joins the quotes of one cue, keeps it apart from
the first quotation).
"""

from __future__ import annotations

import pytest
from conftest import quote_starting, quotes_of

LEAD = "The port strike entered its third week on Monday, the union said."


@pytest.mark.parametrize(
    ("paragraph", "last", "cue", "speaker"),
    [
        pytest.param(
            '"We will not sign this contract," union leader Tom Reyes said, adding that talks '
            'could resume next week. "The owners know where to find us."',
            "The owners know",
            "adding",
            "Tom Reyes",
            id="adding-that",
        ),
        pytest.param(
            '"The harbour is a mess," Mayor Ruth Allen said on Monday. The city had done '
            '"everything it could," she added in a statement. "Now it is up to the port '
            'authority."',
            "Now it is up",
            "added",
            "Ruth Allen",
            id="she-added",
        ),
    ],
)
def test_quote_goes_on_from_the_latest_act(
    paragraph: str, last: str, cue: str, speaker: str
) -> None:
    q = quote_starting(quotes_of(LEAD, paragraph), last)
    assert q.kind == "direct"
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker == speaker


@pytest.mark.parametrize(
    ("paragraph", "last"),
    [
        pytest.param(
            '"This is in their heads," said Pat Caddell, speaking of the mayor\'s health. "It is '
            'one of the things worrying them."',
            "It is one",
            id="speaking-of",
        ),
        pytest.param(
            '"You cannot talk about change," Ava Lin said, stressing why the past matters. "What '
            'we need to change is how we think."',
            "What we need",
            id="stressing-why",
        ),
    ],
)
def test_a_participle_about_the_statement_leaves_the_quote_with_it(
    paragraph: str, last: str
) -> None:
    """'said, speaking of X' / 'said, stressing why ...' tell what the first statement was about:
    the next quotation goes on from "said"."""
    q = quote_starting(quotes_of(LEAD, paragraph), last)
    assert q.cue is not None and q.cue.text == "said"


def test_another_persons_act_between_leaves_the_quote_with_the_first() -> None:
    """A cue of someone else between the two quotations is not the second one's cue: the
    latest act is followed for one speaker only. (Who speaks the untagged quotation after
    Price's statement is the floating-quote rules' call, ``directquotes.new_actor``; since
    spk14 it is Price, the last person named speaking, with no cue of its own.)"""
    paragraph = (
        '"The harbour is a mess," Mayor Ruth Allen said on Monday. Governor Tom Price had said '
        'that the port would reopen. "Nobody believes that any more."'
    )
    q = quote_starting(quotes_of(LEAD, paragraph), "Nobody believes")
    assert q.cue is None or q.cue.start < paragraph.index("Governor") + len(LEAD) + 2


def test_a_tag_reports_its_quotation_not_the_clause_after_it() -> None:
    """'"...," the mayor told a crowd that organisers estimated at 2,000 people.': "told" tags
    the quotation; the relative clause on the crowd is narration, no indirect quote, and the
    next quotation is the same statement (one attribution, as the gold joins it)."""
    paragraph = (
        '"We will not go back," the mayor told a crowd that organisers estimated at 2,000 '
        'people. "The port is ours."'
    )
    quotes = [q for q in quotes_of(LEAD, paragraph) if q.content.start > len(LEAD)]
    assert [q.kind for q in quotes] == ["direct", "direct"]
    assert all(q.cue is not None and q.cue.text == "told" for q in quotes)


def test_a_tag_keeps_the_answer_right_after_it() -> None:
    """'"...," 75 percent of the dockers said yes': the answer right after the verb is what it
    reports."""
    paragraph = 'Asked whether "the strike should go on," 75 percent of the dockers said yes.'
    quotes = quotes_of(LEAD, paragraph)
    assert any(q.content.text == "yes" for q in quotes), [q.content.text for q in quotes]

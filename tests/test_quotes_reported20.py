"""Reported speech in shapes news prose uses (session 19, rep20): a curly apostrophe the small
model misreads, two acts of one speaker joined by "and". Sentences written for these tests,
through ``analyze`` (loads the spaCy model once)."""

from __future__ import annotations

from conftest import quotes_of


def _by_cue(*paragraphs: str) -> dict[str, tuple[str, str]]:
    return {q.cue.text: (q.content.text, q.speaker or "") for q in quotes_of(*paragraphs) if q.cue}


def test_quotes_reported20_did_say_a_and_called_b_are_two_acts() -> None:
    """'he did say A and called B': "did say" is a past like "called", so "called" is the
    speaker's next act, not a second verb of what he said; the first content ends before
    "and"."""
    got = _by_cue(
        "Senator Reed would not name a favourite, but he did say he found the governor "
        "“very charming” and called his record “a disgrace.”"
    )
    assert got["say"][0] == "he found the governor “very charming”"
    assert got["called"][0].startswith("his record")
    got = _by_cue("Senator Reed did say the plan was costly and urged them to delay the vote.")
    assert got["say"] == ("the plan was costly", "Reed")
    assert got["urged"] == ("to delay the vote", "Reed")


def test_quotes_reported20_a_polls_finding_holds_what_the_share_said() -> None:
    """'A poll found that 61 percent of voters said X': what the share said is the poll's
    finding, reported with it, not a statement of its own (PolNeAR annotates the finding only:
    0 of 13 such inner verbs on dev and train 0-499)."""
    got = _by_cue(
        "A Marist poll released on Monday found that 61 percent of likely voters said the "
        "economy was their top concern.",
        "A new survey of teachers shows that two-thirds of them support a longer school year.",
    )
    assert got["found"][0].startswith("61 percent of likely voters said")
    assert got["shows"][0] == "two-thirds of them support a longer school year"
    assert "said" not in got and "support" not in got


def test_quotes_reported20_a_share_on_its_own_still_speaks() -> None:
    """Outside a poll's finding the share is the source: 'In the survey, 54 percent of parents
    said they trust the schools' (PolNeAR: 80 of 120 such shares annotated)."""
    got = _by_cue("In the survey, 54 percent of parents said they trust the schools.")
    assert got["said"] == ("they trust the schools", "54 percent of parents")


def test_quotes_reported20_did_not_say_a_and_b_is_one_clause() -> None:
    """'did not mention that A broke ranks and supported B': the negation holds the whole
    clause; "supported" is the reported subject's second act, not the speaker's."""
    got = _by_cue(
        "The mayor did not mention that Reed broke ranks with his party and supported the plan."
    )
    assert got["mention"][0] == "Reed broke ranks with his party and supported the plan"

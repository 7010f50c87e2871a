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

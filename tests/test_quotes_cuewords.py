"""Verbs of saying and judging that news prose uses and the lexicon lacked ("likened",
"advocated", "retweeted", "deemed"), and the phrase "made (it) clear that ...". Sentences
written for these tests, through ``analyze`` (loads the spaCy model once)."""

from __future__ import annotations

from conftest import quotes_of


def _by_cue(*paragraphs: str) -> dict[str, tuple[str, str]]:
    return {q.cue.text: (q.content.text, q.speaker or "") for q in quotes_of(*paragraphs) if q.cue}


def test_quotes_cuewords_likened_compares_in_words() -> None:
    got = _by_cue("The senator likened the new tax to a punishment for saving.")
    assert got["likened"][0].startswith("the new tax")
    assert got["likened"][1] == "The senator"


def test_quotes_cuewords_advocated_argues_for() -> None:
    got = _by_cue("The union has long advocated for a higher minimum wage.")
    assert got["advocated"] == ("a higher minimum wage", "The union")


def test_quotes_cuewords_retweeted_repeats_someone_elses_words() -> None:
    got = _by_cue("The governor retweeted a post by a rival on Friday.")
    assert got["retweeted"][0].startswith("a post")


def test_quotes_cuewords_deemed_judges_its_object() -> None:
    got = _by_cue("The governor deemed the plan a reasonable trade-off.")
    assert got["deemed"] == ("the plan a reasonable trade-off", "The governor")


def test_quotes_cuewords_deemed_without_a_judgment_is_nothing() -> None:
    """A passive with no source, and an advocate who is a noun, give no cue."""
    got = _by_cue("Some of the pages were deemed classified. Consumer advocates met on Monday.")
    assert "deemed" not in got and "advocates" not in got


def test_quotes_cuewords_made_it_clear_that() -> None:
    got = _by_cue(
        "The mayor made it clear on Monday that the budget would not pass.",
        "Ms. Hale made clear that she would run again.",
    )
    by_content = {content: (cue, speaker) for cue, (content, speaker) in got.items()}
    assert "the budget would not pass" in by_content
    assert by_content["the budget would not pass"][1] == "The mayor"
    assert "she would run again" in by_content
    assert by_content["she would run again"][1] == "Hale"


def test_quotes_cuewords_made_clear_without_a_clause_is_nothing() -> None:
    got = _by_cue(
        "The storm made the roads clear of traffic. They made it clear to the parking lot.",
        "The ties were made clear on Sunday as they celebrated the boxer's legacy.",
        "Her aides made clear as the votes came in that night fell.",
        'He read messages later deemed "top secret" by the agency.',
    )
    assert not got

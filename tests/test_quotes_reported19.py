"""Reported speech in shapes news prose uses (session 18, rep19): where a content ends before
"and" and the speaker's next verb, a time phrase or an audience's reaction read as what was
said, an act that is only wished for. Sentences written for these tests, through ``analyze``
(loads the spaCy model once)."""

from __future__ import annotations

from conftest import quotes_of


def _by_cue(*paragraphs: str) -> dict[str, tuple[str, str]]:
    return {q.cue.text: (q.content.text, q.speaker or "") for q in quotes_of(*paragraphs) if q.cue}


def test_quotes_reported19_said_a_and_added_b_ends_before_and() -> None:
    """'said A and added that B': the first content ends before "and", which joins the two
    verbs of saying, not two parts of what was said."""
    got = _by_cue("Senator Reed said the plan was costly and added that the vote would come soon.")
    assert got["said"] == ("the plan was costly", "Reed")
    assert got["added"] == ("the vote would come soon", "Reed")


def test_quotes_reported19_a_time_phrase_is_not_what_was_told() -> None:
    """'told her on her first day': when she was told, not what; with nothing else told there
    is no content."""
    got = _by_cue(
        "The manager told her on her first day.",
        "The coach told them on Monday morning.",
    )
    assert "told" not in got or got["told"][0] not in ("her first day", "Monday morning")


def test_quotes_reported19_a_topic_after_on_stays() -> None:
    """A topic after "on" ('spoke to reporters on the budget') is what the words were about."""
    got = _by_cue("The governor commented on the budget cuts.")
    assert got["commented"][0] == "the budget cuts"


def test_quotes_reported19_an_audiences_reaction_is_not_what_was_announced() -> None:
    """'announced the plan to applause': the audience's reaction ends the object."""
    got = _by_cue(
        "The minister announced the new rail plan to applause from the crowd.",
        "The mayor announced it to applause late on Friday.",
    )
    assert got["announced"][0] == "the new rail plan"
    assert all("applause" not in c for c, _ in got.values())


def test_quotes_reported19_an_act_only_wished_for_is_no_act() -> None:
    """'wanted to support the hospital': the support is what he wanted (the content of
    "wanted"), not an act of its own."""
    got = _by_cue("Mr Reed, who wanted to support the hospital, said the cuts were wrong.")
    assert "support" not in got
    assert got["said"] == ("the cuts were wrong", "Reed")


def test_quotes_reported19_an_infinitive_after_a_time_phrase_is_what_was_sought() -> None:
    """'sought on Wednesday to ease worries': the time phrase is skipped, the infinitive after
    it is still what was sought."""
    got = _by_cue("The president sought on Wednesday to ease worries about the trade talks.")
    assert got["sought"] == ("to ease worries about the trade talks", "The president")


def test_quotes_reported19_a_wished_act_with_quoted_words_keeps_the_quote() -> None:
    """'did not want to address "that person"': the quoted words stay a quotation."""
    quotes = quotes_of('The charity did not want to address "that person," its director said.')
    assert any("that person" in q.content.text for q in quotes)

"""Reported speech in shapes news prose uses and the pipeline missed (session 17, rep18): a
second verb of saying after "but" that the parser misread as an adjective, ... Sentences
written for these tests, through ``analyze`` (loads the spaCy model once)."""

from __future__ import annotations

from conftest import quotes_of


def _by_cue(*paragraphs: str) -> dict[str, tuple[str, str]]:
    return {q.cue.text: (q.content.text, q.speaker or "") for q in quotes_of(*paragraphs) if q.cue}


def test_quotes_reported18_but_insisted_is_a_second_statement() -> None:
    """'said A but insisted B': the parser reads "insisted" as an adjective of B's subject
    ("insisted progress"); it is the speaker's second statement, and A ends before "but"."""
    got = _by_cue(
        'Senator Reed said the tariffs were "painful" but insisted progress had been made.'
    )
    assert got["said"] == ('the tariffs were "painful"', "Reed")
    assert got["insisted"] == ("progress had been made", "Reed")


def test_quotes_reported18_but_before_an_adjective_is_no_cue() -> None:
    """A participle that is an adjective ('but reported cases') opens no statement."""
    got = _by_cue("The minister said the outbreak was small but reported cases had doubled.")
    assert "reported" not in got or got["reported"][1] != "The minister"


def test_quotes_reported18_a_plea_for_people_to_act() -> None:
    """A noun of saying or demand takes "for X to ..." as its content, hung on the noun or on
    the light verb before it: 'issued a plea for parents to ...', 'its call for the minister
    to resign'."""
    got = _by_cue(
        "The coroner issued a plea for parents to lock away the tablets.",
        "Mayor Reed renewed his call for the minister to resign.",
    )
    assert got["plea"] == ("parents to lock away the tablets", "The coroner")
    assert got["call"] == ("the minister to resign", "Reed")


def test_quotes_reported18_a_plea_in_court_is_no_statement() -> None:
    got = _by_cue("The driver entered a plea of not guilty on Monday.")
    assert "plea" not in got


def test_quotes_reported18_a_message_and_its_words_after_a_colon() -> None:
    """'The coach had a simple message for the new striker: keep running.': what follows the
    colon is the message, the subject of "had" its owner."""
    got = _by_cue("The coach had a simple message for the new striker: keep running.")
    assert got["message"] == ("keep running", "The coach")


def test_quotes_reported18_a_message_without_a_colon_is_no_statement() -> None:
    got = _by_cue("The coach had a message from the club on Monday.")
    assert "message" not in got

"""Nouns of saying with their "that" clause whose owner is no possessor: the subject of a light
verb ('The union raised concerns that ...', 'The governor made the charge that ...') and the
object of "by" ('a demand, by the union leader, that ...'). Sentences written for these tests,
through ``analyze`` (loads the spaCy model once)."""

from __future__ import annotations

from conftest import quotes_of


def _by_content(*paragraphs: str) -> dict[str, tuple[str, str]]:
    return {
        q.content.text: (q.cue.text if q.cue else "", q.speaker or "")
        for q in quotes_of(*paragraphs)
    }


def test_quotes_nouns_owner_is_the_light_verbs_subject() -> None:
    got = _by_content(
        "The governor spoke in Albany. The governor made the charge that the audit was rigged."
    )
    assert got["the audit was rigged"] == ("charge", "The governor")


def test_quotes_nouns_owner_after_by() -> None:
    got = _by_content(
        "One sticking point is a demand, by the union leader, that the contract include raises."
    )
    assert got["the contract include raises"][0] == "demand"
    assert got["the contract include raises"][1].endswith("union leader")


def test_quotes_nouns_light_verb_is_no_owner_of_someone_elses_claim() -> None:
    """Only verbs by which the subject voices the noun: 'dismissed the claim that ...' is
    about someone else's claim, and gives the claim no owner."""
    qs = quotes_of("The senator dismissed the claim that the dam would fail.")
    assert not [q for q in qs if q.cue is not None and q.cue.text == "claim"]


def test_quotes_nouns_reports_carry_their_clause() -> None:
    got = _by_content(
        "On Friday it was a report by the Ledger that the mayor had misstated his record.",
    )
    assert got["the mayor had misstated his record"][0] == "report"
    assert got["the mayor had misstated his record"][1].endswith("Ledger")

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


def test_quotes_nouns_owned_noun_asks_for_a_parse() -> None:
    """A sentence whose only cue is a noun of saying with an owner is parsed: a possessor
    ("the hawks' warnings that ...", 'his contention that ...'), a light verb ('The union
    raised concerns that ...') or "by" after it. A noun with no owner asks for none."""
    from tidings.analyze import needs_parse

    assert needs_parse("Rates stayed low, belying the budget hawks' warnings that they would soar.")
    assert needs_parse("He is not alone in his firm contention that the war led to it.")
    assert needs_parse("Trump's opposition to the trade deal put him on the unions' side.")
    assert needs_parse("The union raised concerns that the plant would close.")
    assert needs_parse("It was an allegation by the auditors that the books were cooked.")
    assert not needs_parse("The concerns of the town were many.")
    assert not needs_parse("Opposition to the deal has grown.")


def test_quotes_nouns_read_in_a_sentence_with_no_cue_word() -> None:
    got = _by_content(
        "Prices stayed low, belying the budget hawks' warnings that inflation would soar.",
        "Mr. Pence is not alone in his contention that the war led to the group's rise.",
    )
    assert got["inflation would soar"][0] == "warnings"
    assert got["the war led to the group's rise"] == ("contention", "Pence")

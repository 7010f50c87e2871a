"""Reported speech in shapes news prose uses (session 21, rep22): a document whose verb the
tagger reads as a noun, a participle before a noun in a mandative clause's objects, a result
clause the parser makes the sentence's root. Sentences written for these tests, through
``analyze`` (loads the spaCy model once)."""

from __future__ import annotations

from conftest import quotes_of


def _by_cue(*paragraphs: str) -> dict[str, str]:
    return {q.cue.text: q.content.text for q in quotes_of(*paragraphs) if q.cue}


def test_quotes_reported22_a_document_states_what_its_noun_compound_hides() -> None:
    """'The new guidelines state that ...': the tagger reads "guidelines state" as a compound
    noun (like "nation state") with the "that" clause as its relative clause; the document
    states the clause."""
    got = [
        (q.cue.text, q.content.text)
        for q in quotes_of(
            "The new guidelines state that pupils must wear masks in every corridor.",
            "The amended regulations state that bars must close by ten o'clock on weeknights.",
        )
        if q.cue
    ]
    assert got == [
        ("state", "pupils must wear masks in every corridor"),
        ("state", "bars must close by ten o'clock on weeknights"),
    ]
    assert not quotes_of("The nation state that emerged from the war was weak.")


def test_quotes_reported22_a_participle_before_a_noun_is_no_next_act() -> None:
    """'asked that the city publish the audit and written replies': "written" premodifies
    "replies" in the list of what the city should publish; the parser joins it to "publish"
    as a verb, which read as the speaker's next act ("wrote") cut the content."""
    got = _by_cue(
        "The chairman asked that the city publish the audit and written replies before the "
        "next hearing."
    )
    assert got["asked"] == (
        "the city publish the audit and written replies before the next hearing"
    )


def test_quotes_reported22_a_result_clause_after_so_is_reported_too() -> None:
    """'She notes that A, so B': the parser makes B the root and "notes" its complement; the
    result clause after ", so" is the speaker's conclusion, part of what she notes."""
    got = _by_cue(
        "The broker notes that prices often fall in the spring, so new buyers may wait until March."
    )
    assert got["notes"] == ("prices often fall in the spring, so new buyers may wait until March")
    got = _by_cue(
        "The engineer notes that the old pumps often fail in the winter months, so new city "
        "water crews may need more spare parts."
    )
    assert got["notes"] == (
        "the old pumps often fail in the winter months, so new city water crews may need more "
        "spare parts"
    )
    # after a cue in the past, a plain past result is the writer's narration of what
    # followed; a modal one is still the speaker's inference
    got = [
        q.content.text
        for q in quotes_of(
            "He said the bridge was closed, so drivers took the ferry.",
            "Ms. Lee said the plant would shut in May, so the town could lose 300 jobs.",
        )
    ]
    assert got == [
        "the bridge was closed",
        "the plant would shut in May, so the town could lose 300 jobs",
    ]


def test_quotes_reported22_a_cue_after_an_adjective_has_the_copulas_subject() -> None:
    """'The senator was quick to point out that ...': the cue hangs on "quick", which hangs on
    "was"; the senator is who pointed it out."""
    got = {
        q.cue.text: (q.content.text, q.speaker)
        for q in quotes_of(
            "Senator Alma Reyes was quick to point out that the bill had passed the House twice."
        )
        if q.cue
    }
    assert got["point"] == ("the bill had passed the House twice", "Alma Reyes")
    # the writer's idiom: "it" is no one who speaks
    assert not quotes_of("It is worth noting that the bill had passed the House twice.")


def test_quotes_reported22_a_cue_read_as_an_adjective_with_its_own_subject() -> None:
    """'Ms. Ortiz implied immigrants were ...': the tagger reads "implied immigrants" as a noun
    phrase, but "implied" has a subject of its own; the clause after it is what was implied.
    'the implied threat' has no subject and reports nothing."""
    got = [
        (q.content.text, q.speaker)
        for q in quotes_of(
            "Governor Dana Ortiz implied immigrants were the ones breaking the law.",
            "The implied threat worried the board.",
        )
    ]
    assert got == [("immigrants were the ones breaking the law", "Dana Ortiz")]


def test_quotes_reported22_a_feeling_and_a_finding_after_an_adjective_report_nothing() -> None:
    """'She was pleased to find that the hall was full': a feeling and what she found, not
    words anyone said; only a verb of saying after the adjective gets the copula's subject."""
    assert not quotes_of("Dr. Ana Lima was pleased to find that the lecture hall was full.")

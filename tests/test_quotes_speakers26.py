"""Speakers of shapes a blind gold (tfe8) showed tidings getting wrong (session 23, spk26): a
speech after a colon, given by someone a verb of letting names ('allowed the defendant to give
long statements: "..."') or owned by a possessor ('the author's grim visions: "..."'); the
holder of a concern named by "of" ('the concerns of rural voters that ...'); a footnote number
glued to a name ('the Daily Ledger.2 The mayor ...'). Sentences written for these tests,
through ``analyze`` (loads the spaCy model once)."""

from __future__ import annotations

from conftest import quotes_of


def _speakers(*paragraphs: str) -> dict[str, list[str | None]]:
    """Each content's speakers (its canonical name, else the words that name it)."""
    out: dict[str, list[str | None]] = {}
    for q in quotes_of(*paragraphs):
        mention = q.speaker_mention.text if q.speaker_mention else None
        out.setdefault(q.content.text, []).append(q.speaker or mention)
    return out


def test_speakers26_a_speech_after_a_colon_is_its_giver_s() -> None:
    """'gave long statements: "..."', 'made a short statement: "..."': the words after the
    colon are the statement's, and its giver (the subject) the speaker."""
    got = _speakers(
        'The defendant gave long statements: "I never took a cent from anyone."',
        'The mayor made a short statement: "We will rebuild the bridge."',
    )
    assert got["I never took a cent from anyone."] == ["The defendant"]
    assert got["We will rebuild the bridge."] == ["The mayor"]


def test_speakers26_a_speech_someone_was_allowed_to_give() -> None:
    """'allowed the defendant to give statements: "..."': the one allowed speaks, not the
    judge, nor the speaker of the quoted phrase in the sentence before."""
    got = _speakers(
        'The trial opened on Monday, with prosecutors describing the banker as "the brains of '
        'the scheme." That did not stop the judge from allowing the banker to give long '
        'statements: "I never took a cent from anyone. I never will."',
        'The chair let the witness make a statement: "The money was never mine."',
    )
    assert got["I never took a cent from anyone. I never will."] == ["the banker"]
    assert got["The money was never mine."] == ["the witness"]


def test_speakers26_a_speech_noun_without_a_colon_quote_is_no_statement() -> None:
    """Near misses: a speech noun that opens no words ('attended the speech: it was ...'), a
    colon after "issued a statement" (read as before, by the verb)."""
    got = _speakers(
        "Thousands attended the speech: it was the largest crowd of the year.",
        'The ministry issued a statement: "We regret the delay."',
    )
    assert "it was the largest crowd of the year." not in got
    assert got["We regret the delay."] == ["The ministry"]


def test_speakers26_words_a_possessor_owns_before_a_colon_quote() -> None:
    """'along with the author's grim visions: "..."': the author's words, not those of the book
    named in the sentence before; "its" (a thing's) owns none."""
    got = _speakers(
        "Long Road sold a million copies in a year. It set out the general's plans for the "
        "army, along with the author's grim visions: \"the war ends only when the last city "
        'falls."',
        'The firm published its answer: "We paid every tax."',
        'When my aunt asked, I had to change my answer: "Of course I like the soup."',
    )
    assert got["Of course I like the soup."] != ["my aunt"]
    assert got["the war ends only when the last city falls."] == ["the author"]
    assert got["We paid every tax."] == ["The firm"]


def test_speakers26_the_holder_of_a_concern_named_by_of() -> None:
    """'echoing the concerns of rural voters that ...': the "that" clause is the voters'
    concern; 'the warnings of economists that ...' the economists' warning."""
    got = _speakers(
        "Ten governors signed the letter, echoing the concerns of rural voters that the new "
        "tax would hurt farmers.",
        "Union leaders cited the warnings of economists that prices would rise.",
    )
    assert "rural voters" in got["the new tax would hurt farmers"]
    assert "economists" in got["prices would rise"]


def test_speakers26_a_holder_s_that_clause_hung_on_the_verb() -> None:
    """'And illustrating the concerns of rural voters that the tax would hurt them, ...': the
    parser hangs the "that" clause on "illustrating"; it is still the voters' concern."""
    got = _speakers(
        "The pair have one endorsement from those groups combined.4 And illustrating the "
        "concerns of center-left voters that the pair would hurt the party electorally, none "
        "of the House members have endorsed them."
    )
    assert got["the pair would hurt the party electorally"] == ["center-left voters"]


def test_speakers26_an_of_phrase_that_is_no_holder() -> None:
    """Near misses: a time after "of" ('the fears of the 1990s that ...') holds nothing, and a
    noun with no clause ('the concerns of the committee about the budget') is no statement."""
    got = _speakers(
        "The report revived the fears of the 1990s that the dam would fail.",
        "She shared the concerns of the committee about the budget.",
    )
    assert all("the 1990s" not in speakers for speakers in got.values())
    assert all("the committee" not in speakers for speakers in got.values())


def test_speakers26_a_footnote_number_glued_to_a_source() -> None:
    """'according to the Daily Ledger.2 The mayor ...': the number is a footnote, so the
    source's name ends at the stop and the next sentence is no part of it."""
    got = _speakers(
        "The race has tightened, according to the Daily Ledger.2 The mayor still leads.",
        "Most polls favour the governor, according to Granite Polling.13 Smith has led since May.",
    )
    assert got["The race has tightened"] == ["Daily Ledger"]
    assert got["Most polls favour the governor"] == ["Granite Polling"]

"""What is not an attribution (branch con23): a word of the cue lexicon in a sense that reports
no words — "relating to" (what something concerns), "add" with an object (something put in),
"threaten" said of a thing (it endangers) — or whose object is the writing, the question or
the event, not the words ('wrote a letter', 'interrupted the speech'); and a relative clause of
the speaker's quoted words after a preposition. Hand-written news sentences, none from PolNeAR
or the golds."""

from __future__ import annotations

import pytest
from conftest import quotes_of


@pytest.mark.parametrize(
    "sentence",
    [
        "Posts relating to technical topics were removed by the moderators.",
        "Links were shared on a forum called “Droid Makers” in posts relating to phone repairs.",
        "The campaign spent $40,000 on costs related to digital advertising.",
        "These text messages add a sense of urgency to the scam.",
        "The new rules could add fuel to the dispute over the port.",
        "The new tariffs threaten the jobs of thousands of workers.",
        "The storm threatened to flood the lower town.",
        "It was a case that threatened to cripple the unions.",
    ],
)
def test_a_cue_word_in_a_sense_that_reports_no_words(nlp, sentence: str) -> None:
    """Nothing was said in these sentences: no attribution is found."""
    assert [(q.cue.text if q.cue else None, q.content.text) for q in quotes_of(sentence)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "The mayor wrote a letter to the council last week.",
        "The columnist writes a weekly column for the paper.",
        "Protesters interrupted the speech twice.",
        "The committee concluded its third hearing on Friday.",
        "The incumbent boasts a 20-point lead in the polls.",
    ],
)
def test_an_object_that_is_the_writing_or_the_event_is_no_content(nlp, sentence: str) -> None:
    """The letter, the column, the speech, the hearing, the lead: the object of these verbs
    names no words said, so there is no attribution."""
    assert [(q.cue.text if q.cue else None, q.content.text) for q in quotes_of(sentence)] == []


def test_the_same_words_still_report_speech() -> None:
    """With a clause, a quotation or a person who threatens, the verbs report words; so does a
    tag whose speaker the parse reads as the object ('"...!" wrote a reader')."""
    qs = quotes_of(
        "The sailor related that the boat had capsized in the night.",
        '"We will not back down," the mayor added.',
        "The mayor added that the budget was balanced.",
        "The senator threatened to sue the newspaper.",
        "In interviews, several threatened to disrupt the convention.",
        "The mayor wrote to the council that the budget was balanced.",
        "The mayor answered that the budget was balanced.",
        "''Whoever closes the port has no place here!'' wrote a reader calling himself Max.",
    )
    found = {(q.cue.text, q.content.text) for q in qs if q.cue}
    assert ("related", "the boat had capsized in the night") in found
    assert ("added", "the budget was balanced") in found
    assert ("threatened", "to sue the newspaper") in found
    assert ("threatened", "to disrupt the convention") in found
    assert ("wrote", "the budget was balanced") in found
    assert ("answered", "the budget was balanced") in found
    assert any(q.cue.text == "added" and q.kind == "direct" for q in qs if q.cue)
    assert any(q.cue.text == "wrote" and q.kind == "direct" for q in qs if q.cue)


def test_a_relative_clause_of_quoted_words_goes_on_with_the_content(nlp) -> None:
    """'..., in which he "asked, and I refused, to move the vote"': the relative clause after a
    preposition holds the speaker's own quoted account, so it is part of what she testified
    (con22 cut such clauses as the writer's aside); with a cue of its own outside the marks
    ('in which he said "..."'), or with no quotation, the clause is still cut."""
    qs = quotes_of(
        'The aide testified that she had one call with the mayor, in which he "asked, and I'
        ' refused, to move the date of the vote."',
        "The aide said the mayor held a meeting, during which he was seen with the donor.",
    )
    call = [q for q in qs if q.content.text.startswith("she had one call")]
    assert len(call) == 1 and call[0].content.text.endswith('to move the date of the vote."')
    meeting = [q for q in qs if q.content.text.startswith("the mayor held")]
    assert [q.content.text for q in meeting] == ["the mayor held a meeting"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers found his remains near the river.",
        "Officers found him unconscious in the car.",
        "Neighbors found her buried under the rubble.",
        "Voters will find it difficult to forgive the mayor.",
    ],
)
def test_a_body_found_or_a_task_found_hard_is_no_finding(nlp, sentence: str) -> None:
    """A body or a person in a bodily state was come upon, and 'found it difficult to' is the
    subject's experience: no finding is reported."""
    assert [(q.cue.text if q.cue else None, q.content.text) for q in quotes_of(sentence)] == []


def test_a_verdict_and_a_study_still_find() -> None:
    """'found him guilty' and 'the poll found voters uneasy' judge: they stay findings."""
    qs = quotes_of(
        "The jury found him guilty of fraud.",
        "The poll found voters uneasy about the plan.",
    )
    assert {q.content.text for q in qs} == {"him guilty of fraud", "voters uneasy about the plan"}

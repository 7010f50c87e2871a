"""Quoted words in narration and reported speech: chants, quotes named after the fact.

Hand-written news paragraphs through ``analyze`` (the spaCy model is loaded once); each case
says what a reader takes from the paragraph, and the traps (scare quotes, titles, nicknames)
stay out.
"""

from __future__ import annotations

import pytest
from conftest import quote_starting, quotes_of


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        pytest.param(
            "That was the verdict of Patricia Mulroy, the former head of the water authority.",
            "Patricia Mulroy",
            id="verdict-of",
        ),
        pytest.param(
            "Those were the words of union leader Tom Barrett on Monday.",
            "Tom Barrett",
            id="words-of",
        ),
        pytest.param("So says Tom Barrett, who has led the union since 2019.", "Tom Barrett"),
    ],
)
def test_quotes_marks_the_sentence_after_an_uncued_quote_names_it(nlp, after, speaker) -> None:
    """'"..."' / 'That was the verdict of X': the quote, with no cue of its own, is X's."""
    qs = quotes_of(
        "The drought has emptied reservoirs across the West this summer.",
        '"The river will not survive another decade of this. We have to act now."',
        after,
    )
    assert quote_starting(qs, "The river will not").speaker == speaker
    one_paragraph = quotes_of(
        "The drought has emptied reservoirs across the West this summer.",
        f'"The river will not survive another decade of this." {after}',
    )
    assert quote_starting(one_paragraph, "The river will not").speaker == speaker


def test_quotes_marks_a_view_shared_by_no_one_named_gives_no_speaker(nlp) -> None:
    """'That was the view of many workers' names no one: the quote stays speakerless."""
    qs = quotes_of(
        "Workers gathered at the gates of the plant on Monday.",
        '"We are not going anywhere until we get paid."',
        "That was the view of many workers, and the union agreed.",
    )
    assert quote_starting(qs, "We are not going").speaker is None


def test_quotes_marks_a_chant_after_a_participle_is_the_marchers_quote(nlp) -> None:
    """'marched ..., chanting "No more rent hikes!" and "Housing is a right!"': a reader says
    the marchers chanted these words, both of them: direct quotes of the group."""
    qs = quotes_of(
        "Hundreds of tenants marched through the city centre on Saturday, chanting "
        '"No more rent hikes!" and "Housing is a right!"',
        "The council said it would review the rules next month.",
    )
    for start in ("No more rent hikes!", "Housing is a right!"):
        q = quote_starting(qs, start)
        assert (q.kind, q.speaker, q.cue.text) == ("direct", "Hundreds of tenants", "chanting")


def test_quotes_marks_a_chant_joined_by_and_keeps_its_own_cue_not_a_later_one(nlp) -> None:
    """The second slogan is the crowd's, not the speaker of the clause after it."""
    qs = quotes_of('The crowd chanted "Lock her up!" and "Build the wall!" as Trump spoke.')
    assert [(q.content.text, q.speaker) for q in qs if q.kind == "direct"] == [
        ("Lock her up!", "The crowd"),
        ("Build the wall!", "The crowd"),
    ]


def test_quotes_marks_scare_quotes_joined_by_and_stay_inside_reported_speech(nlp) -> None:
    """'called the plan "crazy" and "dangerous"': short words in narration are no quotation,
    joined or not; chanting an object that is no quotation reports that object."""
    qs = quotes_of('He called the plan "crazy" and "dangerous" on Monday, the senator said.')
    assert [q.kind for q in qs] == ["indirect"]
    (q,) = quotes_of("Supporters chanted slogans against the government outside the court.")
    assert (q.kind, q.content.text) == ("indirect", "slogans against the government")


@pytest.mark.parametrize(
    "paragraph",
    [
        "The band played rock 'n' roll hits from the '90s at the Joneses' farm, fans said.",
        "Fans called him 'The Bull' during his years at the club, the coach said.",
        "She starred in 'The Long Night' in 2004, her agent said.",
    ],
)
def test_quotes_marks_elisions_nicknames_and_titles_are_no_quotes(nlp, paragraph) -> None:
    """Single marks for left-out letters, a nickname, a title: reported speech, no quote."""
    assert [q.kind for q in quotes_of(paragraph)] == ["indirect"]


@pytest.mark.parametrize(
    ("paragraph", "content"),
    [
        pytest.param(
            'Mayor John Ortiz said members were "tired of being ignored by a board that never '
            'listens to the people who pay for it."',
            'members were "tired of being ignored by a board that never listens to the people '
            'who pay for it."',
            id="subject-and-verb-outside",
        ),
        pytest.param(
            'Mayor John Ortiz said Reyes "had lost the trust of every worker in this city."',
            'Reyes "had lost the trust of every worker in this city."',
            id="subject-outside",
        ),
    ],
)
def test_quotes_marks_a_clause_mostly_quoted_is_one_mixed_quote(nlp, paragraph, content) -> None:
    """'X said members were "..."': what X said is the whole clause, most of it in X's own
    words (a mixed quote, as PolNeAR and the bundled gold annotate it), not the quoted part."""
    (q,) = quotes_of(paragraph)
    assert (q.kind, q.speaker, q.content.text) == ("mixed", "John Ortiz", content)


def test_quotes_marks_said_that_and_a_quotation_is_the_quotation(nlp) -> None:
    """'said that "..."': nothing of the writer's but "that": a direct quote."""
    (q,) = quotes_of('Ortiz said that "the board has lost the trust of every worker in this city."')
    assert (q.kind, q.content.text) == (
        "direct",
        "the board has lost the trust of every worker in this city.",
    )


def test_quotes_marks_a_chant_named_by_a_noun_is_no_quotation_of_another_cue(nlp) -> None:
    """'the crowd reprised the caustic chant "Lock her up!"': "chant" is a noun here, not the
    cue; the quoted words must not go to the speaker of the other clause ("Trump mentioned")."""
    qs = quotes_of(
        "Boos rained down when Trump mentioned his rival, and at one point the crowd loudly "
        "reprised the caustic chant “Lock her up! Lock her up!” that rang through the arena."
    )
    assert not [q for q in qs if q.kind == "direct" and q.speaker == "Trump"]

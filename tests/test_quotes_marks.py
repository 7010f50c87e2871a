"""Quoted words in narration and reported speech: chants, quotes named after the fact.

Hand-written news paragraphs through ``analyze`` (the spaCy model is loaded once); each case
says what a reader takes from the paragraph, and the traps (scare quotes, titles, nicknames)
stay out.
"""

from __future__ import annotations

import pytest
from conftest import quotes_of

from tidings.model import Quote


def by_start(quotes: list[Quote], starts: str) -> Quote:
    found = [q for q in quotes if q.content.text.startswith(starts)]
    assert found, [q.content.text for q in quotes]
    return found[0]


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
    assert by_start(qs, "The river will not").speaker == speaker
    one_paragraph = quotes_of(
        "The drought has emptied reservoirs across the West this summer.",
        f'"The river will not survive another decade of this." {after}',
    )
    assert by_start(one_paragraph, "The river will not").speaker == speaker


def test_quotes_marks_a_view_shared_by_no_one_named_gives_no_speaker(nlp) -> None:
    """'That was the view of many workers' names no one: the quote stays speakerless."""
    qs = quotes_of(
        "Workers gathered at the gates of the plant on Monday.",
        '"We are not going anywhere until we get paid."',
        "That was the view of many workers, and the union agreed.",
    )
    assert by_start(qs, "We are not going").speaker is None

"""Long quotations over several paragraphs: statements, speeches, letters, transcripts.

Hand-written news paragraphs through ``analyze`` (the spaCy model is loaded once): every
paragraph of such a quotation is a quote of the right speaker, and a quotation left open does
not swallow the article after it.
"""

from __future__ import annotations

from conftest import quotes_of

from tidings.model import Quote


def by_start(quotes: list[Quote], starts: str) -> Quote:
    found = [q for q in quotes if q.content.text.startswith(starts)]
    assert found, [q.content.text for q in quotes]
    return found[0]


def test_quotes_long_single_marks_carry_over_paragraphs(nlp) -> None:
    """British style: each paragraph opens with a single mark, only the last closes."""
    qs = quotes_of(
        "The health minister, Anna Kowalski, welcomed the resignation. ‘The staff at Westbrook "
        "have been let down by their leaders,’ she said.",
        "‘We will send a team to help the hospital cut its waiting times this winter.",
        "‘I expect to see progress by March, and I will visit the hospital myself.’",
        "Union leader Tom Barrett said the problem was a lack of nurses.",
    )
    for start in ("We will send a team", "I expect to see progress"):
        q = by_start(qs, start)
        assert (q.kind, q.speaker) == ("direct", "Anna Kowalski"), start
    assert by_start(qs, "I expect").content.text.endswith("myself.")

"""A photo caption left between two paragraphs of one speaker's quotes (lead, session 18).

Extraction keeps a page's captions as body paragraphs, so a feature that quotes someone, shows
their picture and quotes them again reads: quote, "Fenwick on the quay at dawn, ..." (a phrase
with no full stop), floating quote. The caption interrupts nothing: the floating quote is still
the speaker's of the quote before it. A short heading does end the quotation carried over it.
"""

from __future__ import annotations

import pytest
from conftest import quote_starting, quotes_of

FIRST = (
    "“The boats are bigger now and the berths are not,” says Alan Fenwick, the harbour master "
    "of Port Ellis."
)
FLOATING = "“We turn away three ships a week. Nobody in the ministry wants to hear it.”"


@pytest.mark.parametrize(
    "caption",
    [
        "The quay at Port Ellis at dawn, with the morning ferry coming in past the breakwater",
        "Fishing boats tied up three deep along the north wall of the harbour in October",
    ],
)
def test_floating_quote_after_a_caption_keeps_the_speaker(caption) -> None:
    quotes = quotes_of(
        "The harbour master has worked the quay for forty years.", FIRST, caption, FLOATING
    )
    q = quote_starting(quotes, "We turn away")
    assert q.speaker == "Alan Fenwick"
    assert q.attribution == "floating"


def test_a_short_heading_ends_the_quotation() -> None:
    quotes = quotes_of(
        "The harbour master has worked the quay for forty years.",
        FIRST,
        "What the ministry plans",
        FLOATING,
    )
    q = quote_starting(quotes, "We turn away")
    assert q.speaker != "Alan Fenwick"


def test_a_sentence_between_is_narration_not_a_caption() -> None:
    """A paragraph that ends with a full stop is the writer's: the existing rules read it
    (here it names no one speaking, so the quote after it has no speaker to inherit)."""
    quotes = quotes_of(
        "The harbour master has worked the quay for forty years.",
        FIRST,
        "The ferry company moved its winter timetable to the smaller port at Dunmore last year.",
        FLOATING,
    )
    q = quote_starting(quotes, "We turn away")
    assert q.speaker != "Alan Fenwick"

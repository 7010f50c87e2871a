"""Constructions seen outside PolNeAR (out17): what is not a quote, where a content ends, who
is meant. Hand-written news sentences, none from PolNeAR or the outside golds.
"""

from __future__ import annotations

from conftest import quote_starting, quotes_of


def test_content_goes_on_through_a_conjunct_of_the_reported_perfect(nlp) -> None:
    """'A source said ministers had considered a larger cut but rejected it after ...': the
    conjunct shares the reported clause's "had" (ministers rejected it), so it is part of what
    was said, not the source's next act; 'X said ... and criticised ...' with no perfect to
    share still is."""
    qs = quotes_of(
        "A Treasury source said ministers had considered a larger cut but rejected it after"
        " warnings from the central bank.",
    )
    assert quote_starting(qs, "ministers had").content.text == (
        "ministers had considered a larger cut but rejected it after warnings from the central bank"
    )
    qs = quotes_of("The governor said prices have risen too fast and criticised the central bank.")
    assert quote_starting(qs, "prices have").content.text == "prices have risen too fast"

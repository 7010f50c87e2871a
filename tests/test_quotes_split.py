"""A quotation split by its cue and what the speaker did meanwhile (branch direct10).

'"This," Haddad said, pointing at the street, "is what they call protection."': the second half
is the same speaker's direct quote; the participle phrase between is the writer's narration.
"""

from __future__ import annotations

import pytest
from conftest import quote_starting, quotes_of


@pytest.mark.parametrize(
    ("paragraph", "first", "second", "speaker"),
    [
        pytest.param(
            '"This," Amira Haddad said, pointing at the mud-covered street, "is what they call '
            'protection."',
            "This,",
            "is what they call protection.",
            "Amira Haddad",
            id="said-pointing",
        ),
        pytest.param(
            '"The pier," Mayor Lars Eklund said, standing on the broken boards, "will be rebuilt '
            'by spring."',
            "The pier,",
            "will be rebuilt by spring.",
            "Lars Eklund",
            id="said-standing",
        ),
    ],
)
def test_quotes_split_the_second_half_after_a_participle_is_direct(
    nlp, paragraph, first, second, speaker
) -> None:
    qs = quotes_of(
        "Floods destroyed half of the waterfront on Friday night, the regional government said.",
        paragraph,
    )
    assert quote_starting(qs, first).speaker == speaker
    half = quote_starting(qs, second)
    assert (half.kind, half.speaker, half.content.text) == ("direct", speaker, second)

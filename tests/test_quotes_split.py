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


@pytest.mark.parametrize(
    ("paragraph", "starts", "kind"),
    [
        pytest.param(
            'On the question of taxes, Mayor Ruth Allen said, "we will not raise them this year."',
            "On the question of taxes",
            "mixed",
            id="aside-mostly-quoted",
        ),
        pytest.param(
            'In cases of flooding, the river agency said, "the city is not to blame."',
            "In cases of flooding",
            "mixed",
            id="aside-agency",
        ),
        pytest.param(
            'The city, she said, was "not to blame" for the flooding that hit the riverside '
            "districts last spring.",
            "The city",
            "indirect",
            id="aside-mostly-narration",
        ),
    ],
)
def test_quotes_split_the_cue_aside_is_not_counted_as_what_was_said(
    nlp, paragraph, starts, kind
) -> None:
    """'On the question of taxes, Mayor Ruth Allen said, "we will not raise them this year."':
    the aside "Mayor Ruth Allen said," is the writer's words, not the mayor's; what she said is
    mostly quoted, so the content is mixed (counted with the aside, under half of it is quoted
    and it read as indirect). A content mostly the writer's own words stays indirect."""
    qs = quotes_of(
        "The city council met on Monday to discuss the budget, officials said.", paragraph
    )
    assert quote_starting(qs, starts).kind == kind


def test_quotes_split_a_title_in_marks_that_ends_the_tag_sentence(nlp) -> None:
    """'"...," Brooks said on NBC's "Meet the Press." "..."': the programme's title closes the
    tag sentence inside its marks; the quotation after it opens a sentence of its own and is
    Brooks's, not a phrase quoted in narration."""
    qs = quotes_of(
        '"We are close," Senator Ada Brooks said on NBC\'s "Meet the Press." "I am not going '
        'to negotiate."'
    )
    second = quote_starting(qs, "I am not going")
    assert second.kind == "direct"
    assert second.speaker == "Ada Brooks"
    assert not [q for q in qs if q.content.text.startswith("Meet the Press")]

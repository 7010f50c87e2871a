"""The right speaker on constructions of everyday news prose (spk19, session 18): sentences
written for these tests, run through ``analyze``; each case failed before its rule. The wider
set of constructions checked (most right already) is ``bench/speaker_constructions.py``."""

from __future__ import annotations

import pytest
from conftest import quotes_of

from tidings.model import Quote


def _quote(qs: list[Quote], words: str) -> Quote:
    """The one direct or mixed quote holding ``words``."""
    found = [q for q in qs if words in q.content.text and q.kind != "indirect"]
    assert len(found) == 1, [(q.content.text, q.speaker) for q in qs]
    return found[0]


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "paragraph",
    [
        "A spokeswoman for the Harbor Authority, Priya Raman, said: “Crews have worked through"
        " the night.”",
        "“Crews have worked through the night,” a spokeswoman for the Harbor Authority, Priya"
        " Raman, said.",
    ],
    ids=["colon", "tag"],
)
def test_a_name_set_off_after_a_role_for_an_organisation_is_the_speakers_name(paragraph) -> None:
    # the parser hangs the name and both its commas on "Authority": the phrase must not end
    # in the comma, or the name that closes it is not found and the whole phrase is the name
    q = _quote(quotes_of(paragraph), "Crews have")
    assert q.speaker == "Priya Raman"
    assert q.speaker_mention is not None and not q.speaker_mention.text.endswith(",")
    assert q.speaker_description is not None and "Raman" not in q.speaker_description


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    ("paragraph", "speaker"),
    [
        ("“Why should we pay for their mistakes?” asked one protester, Jamal Reid.", "Jamal Reid"),
        ("“Nobody told us anything,” said one resident, Maria Olsen.", "Maria Olsen"),
        ("“The fire is out,” said two firefighters at the scene.", "two firefighters"),
    ],
    ids=["asked-one", "said-one", "said-two"],
)
def test_a_number_counting_the_speakers_after_an_inverted_cue_is_no_date(
    paragraph, speaker
) -> None:
    q = _quote(quotes_of(paragraph), "")
    assert q.speaker_mention is not None and speaker in q.speaker_mention.text
    assert q.speaker == speaker or speaker in (q.speaker or "")

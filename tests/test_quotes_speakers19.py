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


@pytest.mark.issue(4)
@pytest.mark.parametrize(
    "paragraphs",
    [
        (
            "Mark Ellery was asked by a reporter whether he would run again.",
            "“Not this time,” he said.",
        ),
        (
            "Mark Ellery was asked by a reporter on Sunday whether he would run again.",
            "“Not this time.”",
        ),
        (
            "Mark Ellery, asked by a reporter whether he would run again, shook his head.",
            "“Not this time,” he said.",
        ),
    ],
    ids=["passive-he", "passive-untagged", "aside-he"],
)
def test_the_reply_to_a_passive_question_is_the_one_asked_not_the_asker(paragraphs) -> None:
    # the reporter asks (the cue's agent); the reply is the passive subject's
    qs = quotes_of(*paragraphs)
    (asked,) = [q for q in qs if "whether he would run" in q.content.text]
    assert (asked.speaker, asked.addressee) == ("a reporter", "Mark Ellery")
    assert _quote(qs, "Not this time").speaker == "Mark Ellery"


@pytest.mark.issue(4)
def test_a_passive_question_with_a_name_before_it_that_is_not_its_subject_is_no_reply() -> None:
    # the name before "he was asked" is where, not who was asked: the reply is "he"'s
    qs = quotes_of(
        "Tom Reed spoke at the rally. In an interview with Radio Kent, he was asked whether he"
        " would run again.",
        "“Not this time,” he said.",
    )
    assert _quote(qs, "Not this time").speaker == "Tom Reed"

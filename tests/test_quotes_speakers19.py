"""The right speaker on constructions of everyday news prose (spk19, session 18): sentences
written for these tests, run through ``analyze``; each case failed before its rule. The wider
set of constructions checked (most right already) is ``bench/speaker_constructions.py``."""

from __future__ import annotations

import pytest
from conftest import direct_quote_holding, quotes_of


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
    q = direct_quote_holding(quotes_of(paragraph), "Crews have")
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
    q = direct_quote_holding(quotes_of(paragraph), "")
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
    assert direct_quote_holding(qs, "Not this time").speaker == "Mark Ellery"


@pytest.mark.issue(4)
def test_a_passive_question_with_a_name_before_it_that_is_not_its_subject_is_no_reply() -> None:
    # the name before "he was asked" is where, not who was asked: the reply is "he"'s
    qs = quotes_of(
        "Tom Reed spoke at the rally. In an interview with Radio Kent, he was asked whether he"
        " would run again.",
        "“Not this time,” he said.",
    )
    assert direct_quote_holding(qs, "Not this time").speaker == "Tom Reed"


@pytest.mark.issue(4)
def test_he_after_a_sentence_opened_by_a_surname_the_tagger_missed_is_that_person() -> None:
    # "Rubio" before "fired back" goes untagged; the sentence before the quote opens with him
    qs = quotes_of(
        "Ted Cruz attacked Marco Rubio on immigration. “He supported amnesty,” Cruz said. Rubio"
        " fired back. “That is a lie,” he said."
    )
    assert direct_quote_holding(qs, "supported amnesty").speaker == "Ted Cruz"
    assert direct_quote_holding(qs, "That is a lie").speaker == "Marco Rubio"


@pytest.mark.issue(4)
def test_a_tag_after_a_quotation_opening_a_reported_clause_speaks_the_quotation() -> None:
    # the parser hangs "Ruiz added" inside the content of "say": the quotation is Ruiz's
    qs = quotes_of("Price cannot say that “from his own point of view,” Ruiz added.")
    assert direct_quote_holding(qs, "point of view").speaker == "Ruiz"


@pytest.mark.issue(4)
def test_a_tag_after_a_quotation_inside_a_clause_leaves_the_clause_to_its_cue() -> None:
    # words of the clause come before the quotation: no cut at the closing mark
    qs = quotes_of("Ruiz said the mayor “has lost the room,” Price added.")
    assert [q.speaker for q in qs if "lost the room" in q.content.text] == ["Price"]
    assert direct_quote_holding(qs, "lost the room").content.text.startswith("Ruiz said")


@pytest.mark.issue(4)
def test_a_surname_joined_to_another_opening_a_sentence_is_not_who_he_is() -> None:
    # "Mr. Rubio and Mr. Cruz" open the sentence together: neither alone is "his"
    qs = quotes_of(
        "Donald Trump spoke first. Ted Cruz and Marco Rubio debated him on Israel.",
        "Mr. Rubio and Mr. Cruz teamed up against Mr. Trump. They were hard on him, challenging"
        " his comments that he would be a “neutral guy” in the talks.",
    )
    (q,) = [q for q in qs if q.content.text.startswith("he would be")]
    assert q.speaker != "Marco Rubio"

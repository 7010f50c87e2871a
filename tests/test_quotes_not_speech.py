"""Verbs of saying used for a role or an act that reports no words (news16): "her firm advises
Brandt Motors on tax", "conceded the race". Hand-written news sentences, none from PolNeAR or
the outside golds.
"""

from __future__ import annotations

from conftest import quotes_of


def _cues(qs) -> list[str]:
    return [q.cue.text.lower() for q in qs if q.cue is not None]


def test_advising_a_client_is_no_attribution(nlp) -> None:
    """'Her firm advises Brandt Motors on tax matters': a line of business (who the firm works
    for, and on what), not words said. Train 0-499: such an "advise" with only a noun object
    was annotated once in eleven."""
    qs = quotes_of(
        "Lena Brandt is a partner at Hollis & Reed, a law firm in Chicago.",
        "Her firm advises Brandt Motors on tax matters and is advising two banks on a merger.",
        "Mr. Cole, who advised the governor during the flood, now teaches law.",
    )
    assert not [c for c in _cues(qs) if c.startswith("advis")]


def test_advice_given_in_words_stays_an_attribution(nlp) -> None:
    """'advised the council to delay the vote', 'advised residents that the water was unsafe':
    an infinitive or a clause is what the advice said."""
    qs = quotes_of(
        "The city's lawyer advised the council to delay the vote.",
        "Health officials advised residents that the water was unsafe to drink.",
    )
    contents = {q.content.text for q in qs if q.cue.text.startswith("advis")}
    assert any("to delay the vote" in c for c in contents)
    assert any("the water was unsafe to drink" in c for c in contents)


def test_conceding_a_race_is_no_attribution(nlp) -> None:
    """'conceded the race for governor', 'conceding the election': an act, no content; a
    clause ('conceded that the campaign had made mistakes') is what was said."""
    qs = quotes_of(
        "On Wednesday, Kim Ostrander conceded the race for governor.",
        "Her rival, Tom Berger, called her on Thursday, conceding the election.",
        "Ostrander conceded that her campaign had made mistakes.",
    )
    contents = [q.content.text for q in qs if q.cue.text.startswith("conced")]
    assert contents == ["her campaign had made mistakes"] or contents == [
        "that her campaign had made mistakes"
    ]


def test_a_by_phrase_of_time_is_no_agent(nlp) -> None:
    """'was declared extinct by the 1970s', 'was declared unsafe by the end of the year': "by"
    a time is a deadline; nobody called "the 1970s" said anything (session 21, a page of
    trafilatura's evaluation set gave the speaker "the 1970s")."""
    qs = quotes_of(
        "The old vine was almost declared extinct by the 1970s, as farmers planted other grapes.",
        "The bridge was declared unsafe by the end of the year.",
    )
    speakers = [q.speaker_mention.text for q in qs if q.speaker_mention is not None]
    assert not [s for s in speakers if "1970s" in s or "end of the year" in s]


def test_a_by_phrase_of_a_person_stays_the_agent(nlp) -> None:
    """'The law was criticized by Rubio': the agent is the source, as before."""
    qs = quotes_of("The law was criticized on Monday by Senator Rubio.")
    assert [q.speaker for q in qs if q.cue is not None and q.cue.text == "criticized"] == ["Rubio"]


def test_a_listener_with_a_relative_clause_is_not_what_was_said(nlp) -> None:
    """'apologized to the two workers who accused him of bullying': "to X who ..." is the
    listener, described; the apology reports nothing here, and the accusation is the
    attribution (session 21, tfe6). A "that" clause after the listener is still the telling
    ('explained to the board that he had left the plan unchanged')."""
    qs = quotes_of(
        "The president apologized to the two workers who accused him of bullying in the office.",
        "She wrote to the minister who had approved the scheme.",
        "The chief explained to the board that he had left the plan unchanged.",
    )
    assert sorted(_cues(qs)) == ["accused", "explained"]
    explained = next(q for q in qs if q.cue.text == "explained")
    assert "he had left the plan unchanged" in explained.content.text

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

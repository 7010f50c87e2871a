"""A "that" clause the parser hangs on a time clause between it and its cue (lead, session 20):
'The governor said in a statement after the audit became public that the figures ...' lost
its attribution, because the parser makes the "that" clause the complement of "became".
Hand-written news sentences, none from PolNeAR or the golds.
"""

from __future__ import annotations

import pytest
from conftest import quotes_of


def _cued(qs, word: str) -> list:
    """The quotes whose cue is ``word``."""
    return [q for q in qs if q.cue is not None and q.cue.text == word]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "The governor said in a statement after the audit became public that the figures "
            "do not reflect the state of the budget.",
            "the figures do not reflect the state of the budget",
        ),
        (
            "The mayor said on Monday after the vote was counted that the council would meet "
            "again in May.",
            "the council would meet again in May",
        ),
    ],
)
def test_that_clause_after_a_time_clause_is_what_was_said(nlp, sentence: str, content: str) -> None:
    qs = quotes_of("The city has argued over its budget for months.", sentence)
    said = _cued(qs, "said")
    assert len(said) == 1, [(q.cue.text if q.cue else None, q.content.text) for q in qs]
    assert said[0].content.text == content


def test_that_clause_of_a_reporting_verb_in_the_time_clause_stays_its_own(nlp) -> None:
    """'said after officials announced that ...': the "that" clause is the officials', not
    the speaker's."""
    qs = quotes_of(
        "The plant has run at a loss for two years.",
        "The union leader spoke to reporters after officials announced that the plant would "
        "close in March.",
    )
    announced = _cued(qs, "announced")
    assert announced and announced[0].content.text == "the plant would close in March"
    assert not _cued(qs, "spoke")


def test_that_clause_the_parser_calls_adverbial(nlp) -> None:
    """The parser often labels the hung "that" clause an adverbial clause of the time verb;
    it is what was said all the same. A result clause ('after the wind grew so strong that
    trees fell') is not: the parser hangs it on "strong", and the rule's "so"/"such" guard
    keeps it out should a parse hang it on the verb."""
    qs = quotes_of(
        "The city has argued over its budget for months.",
        "The governor said in a statement after the recording became public that the remarks "
        "do not reflect his commitment to reform, and he apologised again.",
    )
    said = _cued(qs, "said")
    assert said and said[0].content.text == "the remarks do not reflect his commitment to reform"
    result = quotes_of(
        "The storm hit the coast overnight.",
        "The mayor said on Monday after the wind grew so strong that trees fell across the road.",
    )
    assert not any("trees fell" in q.content.text for q in _cued(result, "said"))

"""The fast paths of the rule code give what the plain form gave (spd20, session 18).

Each function here skips work that cannot change its answer: a regex searched only when the
text can end the way the pattern needs, a word found by ``str.find`` instead of a regex over
the whole text, a cached pure function. The tests hold each to the plain form on sentences
written for them, matches and misses alike, so that a later edit to a pattern or a word list
cannot leave its fast path behind.
"""

from __future__ import annotations

import re

import pytest

from tidings.analyze.antecedents import _ONLY_AS, _only_as_before
from tidings.analyze.cues import _COLON_BEFORE, _COMMA_BEFORE, _framing_mark, cue_lemma
from tidings.analyze.directquotes import _TITLE_MINOR, is_title
from tidings.analyze.entities import _name_in_span
from tidings.analyze.entityspans import (
    _word_before_name,
    is_name,
    past_owner,
    past_titles,
    trim_mention,
)
from tidings.analyze.entitytypes import _ORG_BEFORE, _org_before
from tidings.analyze.registry import _outside
from tidings.analyze.verbless import SAID_BY_COLON, SAID_BY_INTRO, said_by_possessor

TEXTS = [
    "Coach Ana Ruiz's team won. Ruiz said the season was long.",
    "Ana Ruiz Ruiz and McDonald Ruiz met Ruizo, then Élan Ruiz and ana Ruiz left.",
    "Shares of  Acme fell; investors in \t\nBolt Corp. cheered, and ITS Cray unit grew.",
    "A man who gave his name only as Peter said so. She was identified by her first name, Ana.",
    "The hospital's response:  \n",
    "Mills's rule for her players was,",
    "His answer was simple:",
    "Several senators criticised the plan, including Tom Reed: ",
    "Ruiz",
    "",
]


def _cuts(text: str) -> list[int]:
    return list(range(len(text) + 1))


@pytest.mark.parametrize("text", TEXTS)
def test_entityspans_word_before_name_is_the_regex_search(text: str) -> None:
    for name in ("Ruiz", "Acme", "Peter", "Reed"):
        plain = re.finditer(r"\b([A-Z][a-z]+) " + re.escape(name) + r"\b", text)
        fast = _word_before_name(text, name)
        assert [(m.span(), m.group(1)) for m in fast] == [(m.span(), m.group(1)) for m in plain]


def test_entityspans_word_before_name_finds_the_given_name() -> None:
    text = "Ana Ruiz Ruiz said it; McDonald Ruiz did not."
    assert [m.group() for m in _word_before_name(text, "Ruiz")] == ["Ana Ruiz"]


@pytest.mark.parametrize("text", TEXTS)
def test_entitytypes_org_before_is_the_regex_search(text: str) -> None:
    for at in _cuts(text):
        plain = _ORG_BEFORE.search(text, max(0, at - 40), at) is not None
        assert _org_before(text, at) is plain, (text, at)


def test_entitytypes_org_before_finds_the_company_words() -> None:
    text = "Shares of  Acme fell; investors in \t\nBolt cheered."
    assert _org_before(text, text.index("Acme"))
    assert _org_before(text, text.index("Bolt"))
    assert not _org_before(text, text.index("fell"))


@pytest.mark.parametrize("text", TEXTS)
def test_antecedents_only_as_before_is_the_regex_search(text: str) -> None:
    for at in _cuts(text):
        plain = _ONLY_AS.search(text, max(0, at - 50), at) is not None
        assert _only_as_before(text, at) is plain, (text, at)
    if "Peter" in text:
        assert _only_as_before(text, text.index("Peter"))
        assert _only_as_before(text, text.index("Ana"))


def _said_by_possessor_plain(before: str) -> re.Match[str] | None:
    m = SAID_BY_COLON.search(before)
    if m is not None:
        return m
    m = SAID_BY_INTRO.search(before)
    if m is None:
        return None
    if any(cue_lemma(w) or w.endswith("ed") or w == "the" for w in m.group(3).split()):
        return None
    return m


@pytest.mark.parametrize("text", TEXTS)
def test_verbless_said_by_possessor_is_the_regex_search(text: str) -> None:
    for at in _cuts(text):
        plain, fast = _said_by_possessor_plain(text[:at]), said_by_possessor(text[:at])
        assert (plain and plain.span()) == (fast and fast.span()), (text, at)


def test_verbless_said_by_possessor_still_reads_the_possessor() -> None:
    assert said_by_possessor("The hospital's response:  \n").group(1) == "The hospital"
    assert said_by_possessor("His answer was simple:").group(2) == "His"


@pytest.mark.parametrize(
    "words",
    [
        "Orange Is the New Black",
        "A Time for Truth,",
        "U-S-A! U-S-A!",
        "We will win this fight",
        "Jane The Virgin said it was over",
        "Learning From the Ground Up",
        "3D Printing for Everyone",
        "One",
    ],
)
def test_directquotes_is_title_reads_every_word_as_before(words: str) -> None:
    parts = [w.strip("\"“”‘’'.,:;!?()[]—–-") for w in words.split()]
    parts = [w for w in parts if any(c.isalpha() for c in w)]
    plain = not (len(parts) < 2 or all(w.isupper() for w in parts)) and (
        sum(w[0].isupper() for w in parts) >= 2
        and all(w.lower() in _TITLE_MINOR for w in parts if not w[0].isupper())
    )
    assert is_title(words) is plain


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("the White House", "ORG"),
        ("Huffington Post’s Scott Conroy", "PERSON"),
        ("Detective Sergeant Amy Cole", "PERSON"),
        ("Trump's", "PERSON"),
        ("xenophobe", "NORP"),
        ("Pope Francis", "PERSON"),
    ],
)
def test_entities_name_in_span_is_the_four_tests(text: str, label: str) -> None:
    start, end = trim_mention(text)
    if end <= start or not is_name(text[start:end]):
        assert _name_in_span(text, label) is None
        return
    start, kept = past_titles(text, start, end, label)
    start, kept = past_owner(text, start, end, kept)
    assert _name_in_span(text, label) == (start, end, kept)


def test_registry_outside_keeps_the_mentions_no_span_holds() -> None:
    mentions = [(0, 5, "a"), (10, 15, "b"), (12, 30, "c"), (40, 45, "d"), (50, 52, "e")]
    spans = [(38, 46), (8, 16), (9, 12), (50, 51)]
    plain = [m for m in mentions if not any(a <= m[0] and m[1] <= b for a, b in spans)]
    assert _outside(mentions, spans) == plain == [(0, 5, "a"), (12, 30, "c"), (50, 52, "e")]
    assert _outside(mentions, []) == mentions


FRAMED = [
    'She addressed the supporters again: "Here is what I regret."',
    'Hillary shot back, "I suppose that is your answer."',
    'The note read: 3 items, "fragile" on each.',
    'Prices rose: "We saw it coming," a trader said.',
    "He said,“Look at this.”",
    "She wrote , ‘Never again.’ Then she left.",
    'x: "a", 12, "b"',
    ': "Hello"',
    "The list: eggs, milk, bread.",
    'Sales were "strong," the report said.',
    "No marks here at all, just a clause: and another.",
    "",
]


@pytest.mark.parametrize("text", FRAMED)
def test_cues_framing_mark_is_the_two_searches(text: str) -> None:
    plain = bool(_COLON_BEFORE.search(text) or _COMMA_BEFORE.search(text))
    assert _framing_mark(text) is plain
    for cut in _cuts(text):
        part = text[:cut]
        assert _framing_mark(part) is bool(_COLON_BEFORE.search(part) or _COMMA_BEFORE.search(part))

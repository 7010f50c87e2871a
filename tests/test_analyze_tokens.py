"""Quote marks typed without a space are split by the tokenizer, offsets unchanged."""

from __future__ import annotations

import pytest

from tidings.analyze import analyze
from tidings.analyze.nlp import load
from tidings.model import Article, layout


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("the prejudice and paranoia,”Clinton said.", ["paranoia", ",", "”", "Clinton", "said"]),
        ("Ryan said,“Look, it is wrong.”", ["said", ",", "“", "Look"]),
        ('He said:"We will win."', ["said", ":", '"', "We"]),
        ('A "quote,"he said.', ["quote", ",", '"', "he", "said"]),
    ],
)
def test_glued_quote_marks_are_split(text: str, words: list[str]) -> None:
    doc = load().tokenizer(text)
    got = [t.text for t in doc]
    at = got.index(words[0])
    assert got[at : at + len(words)] == words
    assert all(text[t.idx : t.idx + len(t)] == t.text for t in doc)  # offsets into the text


def test_apostrophes_and_spaced_marks_are_left_alone() -> None:
    got = [t.text for t in load().tokenizer('Clinton’s plan, U.S.’s debt, "this" and 3.5"')]
    assert got[:2] == ["Clinton", "’s"]
    assert '"' in got and "this" in got


def test_glued_closing_mark_keeps_its_speaker() -> None:
    text, paras = layout(
        [("body", "“I think it has brought out a lot of the prejudice and paranoia,”Clinton said.")]
    )
    article = analyze(Article(id="t", source="t", text=text, paragraphs=paras))
    (quote,) = article.quotes
    assert quote.speaker == "Clinton"
    assert quote.cue is not None and quote.cue.text == "said"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("according to the Daily Ledger.2 The mayor", ["Ledger", ".", "2", "The"]),
        ("the party electorally.13 Sanders", ["electorally", ".", "13", "Sanders"]),
    ],
)
def test_footnote_numbers_are_split_from_their_stop(text: str, words: list[str]) -> None:
    doc = load().tokenizer(text)
    got = [t.text for t in doc]
    at = got.index(words[0])
    assert got[at : at + len(words)] == words
    assert all(text[t.idx : t.idx + len(t)] == t.text for t in doc)


def test_numbers_after_abbreviations_and_decimals_stay_whole() -> None:
    got = [t.text for t in load().tokenizer("No.2 and Fig.3, Chap.4, version 3.10 and Item.123")]
    assert {"No.2", "Fig.3", "Chap.4", "3.10"} <= set(got)
    assert "123" not in got

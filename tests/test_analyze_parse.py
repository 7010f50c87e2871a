"""Parse where speech is: sentence cuts, which sentences get the parser, one Doc per paragraph."""

from __future__ import annotations

import pytest

from tidings.analyze.nlp import load
from tidings.analyze.parse import parse_paragraphs, sentence_starts, speech_spans
from tidings.analyze.quotemarks import find_quoted
from tidings.model import Paragraph


@pytest.fixture(scope="module")
def nlp():
    return load()


def _paragraphs(*texts: str) -> list[Paragraph]:
    out, start = [], 0
    for text in texts:
        out.append(Paragraph(start=start, end=start + len(text), text=text))
        start += len(text) + 2
    return out


def test_parse_sentences_never_cut_inside_quotes_or_after_titles(nlp) -> None:
    text = (
        'Mr. Smith arrived at 9 a.m. on Monday. "We will win. They will lose," he said. It rained.'
    )
    doc = nlp.make_doc(text)
    starts = sentence_starts(doc, find_quoted(text))
    assert [doc[i].text for i in starts] == ["Mr.", '"', "It"]


def test_parse_only_sentences_with_a_cue_word_outside_marks(nlp) -> None:
    text = (
        'The meeting ran late. "Nobody said a word," Lain told AFP. '
        "The city was quiet. The mayor thanked the police."
    )
    doc = nlp.make_doc(text)
    spans = speech_spans(doc, find_quoted(text))
    # the quote and its cue, then "thanked" (an act verb); not the two sentences without a cue
    assert [doc[a:b].text for a, b in spans] == [
        '"Nobody said a word," Lain told AFP.',
        "The mayor thanked the police.",
    ]


def test_parse_paragraph_doc_has_parse_on_speech_and_ner_everywhere(nlp) -> None:
    paragraphs = _paragraphs(
        "Rain fell on Moscow all week. Vladimir Putin said the troops would leave Syria.",
        "The Kremlin declined to comment on the report.",
        "Snow covered Berlin.",
    )
    docs, parsed = parse_paragraphs(nlp, paragraphs)
    assert parsed == [True, True, False]
    first = docs[0]
    assert [e.text for e in first.ents if e.label_ != "DATE"] == [
        "Moscow",
        "Vladimir Putin",
        "Syria",
    ]
    said = next(t for t in first if t.text == "said")
    assert said.dep_ == "ROOT" and [c.text for c in said.children if c.dep_ == "nsubj"] == ["Putin"]
    # the sentence with no cue word is not parsed: a flat tree under its first word
    sents = list(first.sents)
    assert len(sents) == 2 and {t.dep_ for t in sents[0][1:]} == {"dep"}
    assert not docs[2].has_annotation("DEP") and [e.text for e in docs[2].ents] == ["Berlin"]

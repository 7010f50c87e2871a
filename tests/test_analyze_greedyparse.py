"""GreedyParser decodes spaCy's parser weights in numpy: the same heads and labels as spaCy's."""

from __future__ import annotations

import sys
from importlib.util import find_spec

import pytest
import spacy
from conftest import sample_paragraphs
from spacy.attrs import DEP, HEAD, SENT_START
from spacy.tokens import Doc

import tidings.analyze
from tidings.analyze import greedyparse
from tidings.analyze.greedyparse import GreedyParser, greedy_parser
from tidings.analyze.nlp import single_blas_thread

_NO_NUMBA = pytest.mark.skipif(find_spec("numba") is None, reason="numba is not installed")


@pytest.fixture(params=["python", pytest.param("compiled", marks=_NO_NUMBA)])
def decoder(request, nlp, monkeypatch) -> str:
    """Which decode loop runs: the pure-Python one (numba absent) or the compiled one; the
    other is made to fail, so that a test cannot pass by the wrong one."""
    parser = greedy_parser(nlp)

    def fail(*args, **kwargs):
        raise AssertionError("the other decoder ran")

    if request.param == "python":
        monkeypatch.setattr(parser, "_kernel", None)
        monkeypatch.setattr(parser, "_decode_compiled", fail)
    else:
        monkeypatch.setattr(parser, "_decode_python", fail)
    return request.param


@pytest.fixture(scope="module")
def texts() -> list[str]:
    out = sample_paragraphs(6)
    out += ["Angela  Merkel met\n\n Emmanuel Macron in  Paris .", "Obama", "", " "]
    return out


def _parse(docs: list[Doc]) -> list[list[tuple[int, int, int]]]:
    return [[tuple(row) for row in d.to_array([HEAD, DEP, SENT_START]).tolist()] for d in docs]


def _both(nlp, make) -> tuple[list[Doc], list[Doc]]:
    """(ours, spaCy's): the same Docs through tok2vec and tagger, then each parser."""
    ours, theirs = make(), make()
    with single_blas_thread():
        for docs in (ours, theirs):
            for _ in nlp.pipe(docs, disable=["ner", "parser"]):
                pass
        greedy_parser(nlp)(ours)
        for _ in nlp.get_pipe("parser").pipe(theirs):
            pass
    return ours, theirs


def test_parser_greedy_decoder_recognises_the_bundled_model(nlp) -> None:
    assert isinstance(greedy_parser(nlp), GreedyParser)
    assert GreedyParser.from_nlp(spacy.blank("en")) is None


class _Recording(list):
    """A list that records the indices read (``kind[move]``) or the values written to it."""

    def __init__(self, items, seen: set) -> None:
        super().__init__(items)
        self.seen = seen

    def __getitem__(self, i):
        self.seen.add(i)
        return super().__getitem__(i)

    def __setitem__(self, i, value) -> None:
        self.seen.add(value)
        super().__setitem__(i, value)


def test_parser_greedy_gives_spacys_heads_and_labels(nlp, texts, monkeypatch, decoder) -> None:
    ours, theirs = _both(nlp, lambda: [nlp.make_doc(t) for t in texts])
    assert len(texts) > 100
    assert _parse(ours) == _parse(theirs)
    assert [[t.dep_ for t in d] for d in ours] == [[t.dep_ for t in d] for d in theirs]
    assert not any("||" in t.dep_ for d in ours for t in d)


def test_parser_greedy_texts_make_every_move(nlp, texts, monkeypatch) -> None:
    # the texts above run every kind of move (the Python decoder records them; the compiled
    # one makes the same moves, as its heads and labels show)
    parser = greedy_parser(nlp)
    monkeypatch.setattr(parser, "_kernel", None)
    made: set[int] = set()  # the classes of the moves made (the decoder reads kind[move])
    sent_back: set[bool] = set()  # values written to the batch's unshiftable marks
    monkeypatch.setattr(parser, "kind", _Recording(parser.kind, made))
    batch_init = greedyparse._Batch.__init__

    def recording_batch(self, starts):
        batch_init(self, starts)
        self.unshiftable = _Recording(self.unshiftable, sent_back)

    monkeypatch.setattr(greedyparse._Batch, "__init__", recording_batch)
    ours, theirs = _both(nlp, lambda: [nlp.make_doc(t) for t in texts])
    assert len(texts) > 100
    assert _parse(ours) == _parse(theirs)
    assert [[t.dep_ for t in d] for d in ours] == [[t.dep_ for t in d] for d in theirs]
    # every move kind ran, and a REDUCE sent a word without head back to the buffer
    assert {parser.kind[m] for m in list(made)} == {0, 1, 2, 3, 4}
    assert True in sent_back
    # the deprojectivizer ran: some arc was labelled 'dep||head', no token keeps such a label
    labels = {parser.label[m] for m in made}
    assert any("||" in nlp.vocab.strings[label] for label in labels if label)
    assert not any("||" in t.dep_ for d in ours for t in d)


def test_parser_greedy_keeps_preset_sentence_starts(nlp, texts, decoder) -> None:
    # a Doc whose sentence starts are set (1) or forbidden (-1): spaCy's validity rules read both
    def make() -> list[Doc]:
        docs = []
        for t in texts[:40]:
            words = nlp.make_doc(t)
            if len(words) < 6:
                continue
            starts = [None] * len(words)
            starts[len(words) // 2] = True
            starts[len(words) // 3] = False
            docs.append(
                Doc(
                    nlp.vocab,
                    words=[w.text for w in words],
                    spaces=[bool(w.whitespace_) for w in words],
                    sent_starts=starts,
                )
            )
        return docs

    ours, theirs = _both(nlp, make)
    assert len(ours) > 20
    assert _parse(ours) == _parse(theirs)


def test_parser_greedy_without_numba_keeps_the_python_loop(nlp, monkeypatch) -> None:
    # a trimmed install without numba: the compiled step cannot be imported, the parser is
    # still built and decodes with its Python loop
    monkeypatch.setitem(sys.modules, "tidings.analyze.parsekernel", None)
    monkeypatch.delattr(tidings.analyze, "parsekernel", raising=False)
    assert greedyparse._parsekernel() is None
    parser = GreedyParser(nlp)
    assert parser._kernel is None
    docs = [nlp.make_doc("The mayor said the budget would pass, and it did.")]
    with single_blas_thread():
        for _ in nlp.pipe(docs, disable=["ner", "parser"]):
            pass
        parser(docs)
    assert [t.dep_ for t in docs[0]].count("ROOT") == 1

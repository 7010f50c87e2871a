"""GreedyNER decodes spaCy's NER weights in numpy: the same entities as spaCy's own component."""

from __future__ import annotations

import pytest
import spacy
from conftest import sample_paragraphs

from tidings.analyze.ner import GreedyNER, Piece, entity_docs, greedy_ner
from tidings.analyze.nlp import single_blas_thread
from tidings.analyze.parse import _recognise_entities_spacy, entity_spans, recognise_entities


@pytest.fixture(scope="module")
def texts() -> list[str]:
    out = sample_paragraphs(6)
    # space tokens (no entity starts on one), a one-token text, an empty one
    out += ["Angela  Merkel met\n\n Emmanuel Macron in  Paris .", "Obama", ""]
    # the parser cuts this headline before "So": an entity must not run on over that cut
    out += ["The Late Show Takes A Hard Look At The Senate Race So Voters Don't Have To."]
    return out


def _ents(docs) -> list[list[tuple[int, int, str]]]:
    return [[(e.start, e.end, e.label_) for e in doc.ents] for doc in docs]


def test_ner_greedy_decoder_recognises_the_bundled_model(nlp) -> None:
    assert isinstance(greedy_ner(nlp), GreedyNER)
    assert GreedyNER.from_nlp(spacy.blank("en")) is None


def test_ner_greedy_gives_spacys_entities_on_whole_paragraphs(nlp, texts) -> None:
    assert len(texts) > 100
    others = [name for name in nlp.pipe_names if name != "ner"]
    with single_blas_thread():
        theirs = _ents(nlp.pipe(texts, disable=others))
        docs = [nlp.make_doc(t) for t in texts]
        found = greedy_ner(nlp)([Piece(d, 0, len(d)) for d in docs])
    ours = [[(a, b, nlp.vocab.strings[lab]) for a, b, lab in ents] for ents in found]
    assert sum(map(len, theirs)) > 300
    assert ours == theirs


def test_ner_greedy_respects_sentence_starts_of_parsed_docs(nlp, texts) -> None:
    # after the parser, an entity never runs over a sentence start: the decoder reads them too
    with single_blas_thread():
        parsed = list(nlp.pipe(texts, disable=["ner"]))
        theirs = _ents(nlp.get_pipe("ner").pipe([d.copy() for d in parsed]))
        found = greedy_ner(nlp)([Piece(d, 0, len(d)) for d in parsed])
    ours = [[(a, b, nlp.vocab.strings[lab]) for a, b, lab in ents] for ents in found]
    assert ours == theirs


def test_ner_greedy_on_stretches_matches_spacy_on_stretch_docs(nlp, texts) -> None:
    with single_blas_thread():
        docs_a = [nlp.make_doc(t) for t in texts]
        docs_b = [nlp.make_doc(t) for t in texts]
        recognise_entities(nlp, docs_a)
        _recognise_entities_spacy(nlp, docs_b)
    assert any(entity_spans(d) not in ([], [(0, len(d))]) for d in docs_a)
    assert _ents(docs_a) == _ents(docs_b)


def test_ner_entity_docs_of_whole_texts_match_spacy(nlp, texts) -> None:
    # metadata_entities reads captions and credits this way
    others = [name for name in nlp.pipe_names if name != "ner"]
    with single_blas_thread():
        theirs = _ents(nlp.pipe(texts, disable=others))
        ours = _ents(entity_docs(nlp, texts))
    assert ours == theirs


def test_ner_greedy_refuses_docs_with_preset_entities(nlp) -> None:
    doc = entity_docs(nlp, ["Vladimir Putin spoke in Moscow."])[0]
    assert [e.text for e in doc.ents] == ["Vladimir Putin", "Moscow"]
    with pytest.raises(ValueError, match="preset entities"):
        greedy_ner(nlp)([Piece(doc, 0, len(doc))])

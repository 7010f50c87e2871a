"""Token embeddings of spaCy's tok2vec layers, computed once per kind of token and then reused.

Why: the first step of every tok2vec in the model (the shared one the tagger and parser read,
and NER's own) embeds each token from its features alone (NORM, PREFIX, SUFFIX, SHAPE, ...:
hash tables, a maxout layer and a layer norm; no context). It is about a third of a tok2vec's
CPU (4.9 of 13.6 ms an article on PolNeAR dev) and most tokens of an article are words seen
before (59,573 tokens of dev's parsed sentences are 9,691 kinds). So the embedding of a feature
row is kept (:class:`EmbeddingCache`, up to :data:`MAX_ROWS` rows per layer, then started
afresh) and only new rows are computed.

The numbers are those of the uncached layers up to float32 rounding: every step is row by row
(hash lookups, maxout, layer norm over a row), and new rows are computed with a product per row
(:func:`tidings.analyze.fastlayers.predict_by_row`), where spaCy makes one product over the
batch; a BLAS sums a matrix-vector product in another order than a row of a matrix product, so
a value may differ in the last bits (~1e-6). tests/test_analyze_embedcache.py compares the
vectors with the uncached layers' (``tests/conftest.close_floats``), tests/test_analyze_nlp.py
parses and entities with spaCy's default pipeline. A product per row makes a row's embedding a
function of the row alone on any BLAS. One product over the batch did not: OpenBLAS's kernels
on an AMD EPYC machine (2026-11-30) give a row other last bits with the batch's size and the
row's place in it (by tiles of 6 rows), so a kept row depended on the batch it was first seen
in, and an article's numbers on what the process had analysed before (spd21, bench/RESULTS.md;
tests/test_analyze_embedcache.py checks that a row does not depend on what the cache saw
before). The product per row costs ~2x the CPU of one product over the new rows, and only new
rows cost (PolNeAR dev's first pass: 17,138 new rows, ~204 an article; a second pass: none).
Training (``is_train``) runs the original layers.
"""

from __future__ import annotations

import importlib
import threading

import numpy as np
from thinc.api import Model
from thinc.types import Ragged

from tidings.analyze.fastlayers import predict_by_row

_CHAIN_FORWARD = importlib.import_module("thinc.layers.chain").forward
_EMBED_NAMES = ("list2ragged", "with_array", "with_array", "ragged2list")

#: Rows kept per embedding layer (96 floats each: 25 MB at most), then the cache starts afresh.
MAX_ROWS = 1 << 16


class EmbeddingCache:
    """Feature rows (uint64) -> their embedding rows, computed by ``layers`` when new."""

    def __init__(self, layers: list[Model]) -> None:
        self.layers = layers
        #: the Maxout, LayerNorm and Dropout layers after the hash embeddings, in order
        self.dense = _leaves(layers[2])
        self.index: dict[bytes, int] = {}
        self.table: np.ndarray | None = None
        self.lock = threading.Lock()

    def _compute(self, rows: np.ndarray) -> np.ndarray:
        """The embeddings of ``rows``, each a function of its row alone (see the module
        docstring): the hash embeddings are lookups, the Maxout and LayerNorm products are made
        row by row."""
        x = Ragged(np.ascontiguousarray(rows), np.array([len(rows)], dtype="int32"))
        hashed = np.asarray(self.layers[1].predict(x).dataXd)
        return predict_by_row(self.dense, hashed)

    def __call__(self, feats: list[np.ndarray]) -> list[np.ndarray]:
        if not feats:
            return []
        rows = np.ascontiguousarray(np.concatenate(feats).astype(np.uint64, copy=False))
        # each row's bytes, as one bytes object per row (numpy's void view gives them in C)
        keys = rows.view(f"V{rows.shape[1] * 8}").ravel().tolist()
        with self.lock:
            index = self.index
            where = list(map(index.get, keys))  # dict lookups in C; None for a new row
            if None in where:
                # the new kinds of token, in the order they first come (the dict drops repeats)
                new = list(dict.fromkeys(k for k, w in zip(keys, where, strict=True) if w is None))
                if len(index) + len(new) > MAX_ROWS:  # full: start afresh (same values)
                    index.clear()
                    new = list(dict.fromkeys(keys))
                if len(new) > MAX_ROWS:  # more kinds of token than the cache holds
                    return _split(self._compute(rows), feats)
                computed = self._compute(_rows_of(new, rows.shape[1]))
                if self.table is None:
                    self.table = np.empty((MAX_ROWS, computed.shape[1]), dtype=computed.dtype)
                first = len(index)
                self.table[first : first + len(new)] = computed
                fresh = dict(zip(new, range(first, first + len(new)), strict=True))
                index.update(fresh)
                # only the new rows are looked up again, in the small dict of their own
                where = [fresh[k] if w is None else w for k, w in zip(keys, where, strict=True)]
            assert self.table is not None
            out = self.table[np.array(where, dtype=np.int64)]
        return _split(out, feats)


def _rows_of(keys: list[bytes], width: int) -> np.ndarray:
    """The feature rows (uint64, ``width`` columns) whose bytes are ``keys``, in order."""
    return np.frombuffer(b"".join(keys), dtype=np.uint64).reshape(len(keys), width)


def _split(out: np.ndarray, feats: list[np.ndarray]) -> list[np.ndarray]:
    """``out`` cut into one block of rows per array of ``feats`` (views, as ``np.split`` gives,
    by slicing: ``np.split`` costs ~5 us a block in Python, ~40 blocks a call)."""
    parts, start = [], 0
    for f in feats:
        end = start + len(f)
        parts.append(out[start:end])
        start = end
    return parts


def _leaves(model: Model) -> list[Model]:
    """The layers of ``model`` that hold no others, in the order they run."""
    return [leaf for layer in model.layers for leaf in _leaves(layer)] if model.layers else [model]


def _cached_forward(model: Model, feats: list[np.ndarray], is_train: bool):
    if is_train:  # training: the original layers, with their backprop
        return model.layers[0](feats, is_train)
    return model.attrs["cache"](feats), lambda d: d


def _embedding_chain(model: Model) -> Model | None:
    """The chain ``extract_features >> list2ragged >> with_array(hash embeds) >>
    with_array(maxout >> layernorm >> dropout) >> ragged2list`` inside a tok2vec, or None."""
    if model._func is not _CHAIN_FORWARD or not model.layers:
        return None
    first = model.layers[0]
    if first.name == "extract_features":
        names = tuple(layer.name.split("(")[0] for layer in model.layers[1:])
        if names != _EMBED_NAMES:
            return None
        dense = {leaf.name for leaf in _leaves(model.layers[3])}
        return model if dense <= {"maxout", "layernorm", "dropout"} else None
    return _embedding_chain(first)


def cache_embeddings(tok2vec: Model) -> bool:
    """Put an :class:`EmbeddingCache` behind the feature extractor of ``tok2vec`` (in place).
    False (and nothing changed) when the layers are not the expected ones."""
    chain = _embedding_chain(tok2vec)
    if chain is None:
        return False
    layers = list(chain.layers[1:])
    original = Model("embed", _CHAIN_FORWARD, layers=layers)
    wrapper = Model(
        "cached_embed",
        _cached_forward,
        layers=[original],
        attrs={"cache": EmbeddingCache(layers)},
    )
    chain.layers[1:] = [wrapper]
    return True

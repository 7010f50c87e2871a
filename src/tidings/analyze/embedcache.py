"""Token embeddings of spaCy's tok2vec layers, computed once per kind of token and then reused.

Why: the first step of every tok2vec in the model (the shared one the tagger and parser read,
and NER's own) embeds each token from its features alone (NORM, PREFIX, SUFFIX, SHAPE, ...:
hash tables, a maxout layer and a layer norm; no context). It is about a third of a tok2vec's
CPU (4.9 of 13.6 ms an article on PolNeAR dev) and most tokens of an article are words seen
before (59,573 tokens of dev's parsed sentences are 9,691 kinds). So the embedding of a feature
row is kept (:class:`EmbeddingCache`, up to :data:`MAX_ROWS` rows per layer, then started
afresh) and only new rows are computed, in one batch.

The numbers are the same: every step is row by row (hash lookups, maxout, layer norm over a
row), and numpy's OpenBLAS gives a row the same product whatever other rows share the batch, as
long as it has 5 rows or more (with 1 to 4 it takes another path and sums in another order, so
spaCy's own numbers for a lone short text differ in the last bit from the same text in a batch);
new rows are computed in batches padded to :data:`MIN_BATCH` rows. tests/test_analyze_embedcache.py
compares the vectors with the uncached layers', tests/test_analyze_nlp.py parses and entities
with spaCy's default pipeline; on PolNeAR dev and train every entity, head, label, tag and POS
is the same (bench/RESULTS.md). Not every BLAS keeps a row's bits across batches: OpenBLAS's
kernels on an AMD EPYC machine (2026-11-30) differ in the last bits (~1e-6) with the batch, so
there a cached row may differ that much from the row computed afresh, and the test checks float32
rounding instead (``tests/conftest.same_floats``).
Training (``is_train``) runs the original layers.
"""

from __future__ import annotations

import importlib
import threading

import numpy as np
from thinc.api import Model
from thinc.types import Ragged

_CHAIN_FORWARD = importlib.import_module("thinc.layers.chain").forward
_EMBED_NAMES = ("list2ragged", "with_array", "with_array", "ragged2list")

#: Rows kept per embedding layer (96 floats each: 25 MB at most), then the cache starts afresh.
MAX_ROWS = 1 << 16
#: New rows are computed in batches of at least this many (padded with copies of the first):
#: numpy's OpenBLAS gave a row a different product only in batches of 1 to 4 rows.
MIN_BATCH = 16


class EmbeddingCache:
    """Feature rows (uint64) -> their embedding rows, computed by ``layers`` when new."""

    def __init__(self, layers: list[Model]) -> None:
        self.layers = layers
        self.index: dict[bytes, int] = {}
        self.table: np.ndarray | None = None
        self.lock = threading.Lock()

    def _compute(self, rows: np.ndarray) -> np.ndarray:
        n = len(rows)
        if n < MIN_BATCH:
            rows = np.concatenate([rows, np.repeat(rows[:1], MIN_BATCH - n, axis=0)])
        x = Ragged(np.ascontiguousarray(rows), np.array([len(rows)], dtype="int32"))
        for layer in self.layers[1:-1]:  # the two with_array layers (list2ragged done above)
            x = layer.predict(x)
        return np.asarray(x.dataXd)[:n]

    def __call__(self, feats: list[np.ndarray]) -> list[np.ndarray]:
        if not feats:
            return []
        rows = np.ascontiguousarray(np.concatenate(feats).astype(np.uint64, copy=False))
        bounds = np.cumsum([len(f) for f in feats])[:-1]
        # each row's bytes, as one bytes object per row (numpy's void view gives them in C)
        keys = rows.view(f"V{rows.shape[1] * 8}").ravel().tolist()
        with self.lock:
            index = self.index
            where = [index.get(k, -1) for k in keys]
            new: dict[bytes, int] = {}
            if -1 in where:  # a scan in C; the loop below is for new kinds of token only
                for pos, (k, w) in enumerate(zip(keys, where, strict=True)):
                    if w < 0 and k not in new:
                        new[k] = pos
            if new:
                if len(index) + len(new) > MAX_ROWS:  # full: start afresh
                    index.clear()
                    new = {}
                    for pos, k in enumerate(keys):
                        new.setdefault(k, pos)
                if len(new) > MAX_ROWS:  # more kinds of token than the cache holds
                    return np.split(self._compute(rows), bounds)
                computed = self._compute(rows[list(new.values())])
                if self.table is None:
                    self.table = np.empty((MAX_ROWS, computed.shape[1]), dtype=computed.dtype)
                first = len(index)
                self.table[first : first + len(new)] = computed
                for k, key in enumerate(new):
                    index[key] = first + k
                where = [index[k] for k in keys]
            assert self.table is not None
            out = self.table[np.array(where, dtype=np.int64)]
        return np.split(out, bounds)


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
        return model if names == _EMBED_NAMES else None
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

"""thinc's Maxout and LayerNorm, for prediction only: the same numbers with less work.

Why: the tok2vec layers of the model (the shared one the tagger and parser read, and NER's own)
are four ``residual(expand_window >> Maxout >> LayerNorm)`` blocks each. Outside their matrix
product, the most CPU went to two steps prediction does not need (cProfile of
``pipeline.process`` on PolNeAR dev, 2026-11-29: thinc's maxout kernel 0.39 s and LayerNorm
0.35 s over 84 articles, next to 1.86 s of gemm):

- thinc's ``maxout`` kernel returns the winning piece of every unit as well as its value (the
  ``which`` array backpropagation needs). :func:`maxout_predict` keeps only the values, taken
  with elementwise maxima over the pieces (``max`` is exact: the same floats, in any order).
- thinc's LayerNorm computes the row means twice (``X.mean`` and again inside ``X.var``) and
  ``X - mu`` twice. :func:`layernorm_predict` does each once, the means as matrix-vector
  products (BLAS's order of the sums: float32 rounding, ~1e-6, against thinc's).

:func:`predict_by_row` computes a Maxout >> LayerNorm chain with a product per row, so that a
row's output never depends on the rows beside it (the embedding cache's new rows, see
:mod:`tidings.analyze.embedcache`).

Training (``is_train``) runs thinc's forward, with its backprop. :func:`use_fast_layers` swaps
the forward of every such layer of a model in place and leaves any other layer alone.
tests/test_analyze_fastlayers.py compares Maxout with thinc's forward bit for bit where numpy's
BLAS gives a row of a product the same bits wherever the row sits (the Intel machines it was
measured on; OpenBLAS's kernels on an AMD EPYC machine, 2026-11-30, do not, and there the
piece-major product differs from thinc's in the last bits, ~1e-6 of the values:
``tests/conftest.same_floats``), and LayerNorm up to float32 rounding. The accuracy measures
(PolNeAR, the outside golds, the parse labels) are in bench/RESULTS.md, "fast14, session 13".
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from thinc.api import Model
from thinc.layers import layernorm as _layernorm
from thinc.layers import maxout as _maxout


def maxout_predict(model: Model, X: np.ndarray, is_train: bool) -> tuple[np.ndarray, Callable]:
    """thinc's ``Maxout`` forward: ``X @ W.T + b``, then the largest of each unit's pieces.

    The product is made with the weights' rows in piece-major order (:func:`_piece_major`), so
    each piece's values are one contiguous block of a row and the maxima read them in order
    (~2x faster than over thinc's unit-major layout, where the pieces interleave). Each output
    is the same dot product of the same row of ``W`` with the same input, so the same float
    (tests/test_analyze_fastlayers.py compares with thinc's forward bit for bit)."""
    if is_train:
        _PIECE_MAJOR.pop(model.id, None)  # training changes the weights: rebuilt on predict
        return _maxout.forward(model, X, is_train)
    return _maxout_values(model, X, by_row=False), _no_backprop


def _product_by_row(X: np.ndarray, W: np.ndarray) -> np.ndarray:
    """``X @ W.T`` one row of ``X`` at a time: each row's values are then the same whatever rows
    share ``X``. A BLAS may give a row of one product other last bits at another place in the
    batch (OpenBLAS on an AMD EPYC machine, 2026-11-30, by 6-row tiles and the batch's size);
    a product per row is ~2x the CPU of one product over the batch."""
    return np.matmul(X[:, None, :], W.T)[:, 0]


def _maxout_values(model: Model, X: np.ndarray, by_row: bool) -> np.ndarray:
    """The Maxout layer's output for ``X``: one product over the rows, or one per row."""
    nO, nP = model.get_dim("nO"), model.get_dim("nP")
    W, b = _piece_major(model)
    Y = _product_by_row(X, W) if by_row else model.ops.gemm(X, W, trans2=True)
    Y += b
    Z = Y.reshape(Y.shape[0], nP, nO)
    best = np.maximum(Z[:, 0], Z[:, 1]) if nP > 1 else Z[:, 0].copy()
    for p in range(2, nP):
        np.maximum(best, Z[:, p], out=best)
    return best


#: Per Maxout layer (by ``model.id``): its W and b arrays, and their piece-major copies.
_PIECE_MAJOR: dict[int, tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = {}


def _piece_major(model: Model) -> tuple[np.ndarray, np.ndarray]:
    """The layer's weights as (nP * nO, nI) rows and bias as (nP * nO,), piece-major: row
    ``p * nO + o`` is thinc's row ``o * nP + p``. Made once per layer, again if its parameter
    arrays are replaced (and after any training step, see :func:`maxout_predict`)."""
    W, b = model.get_param("W"), model.get_param("b")
    kept = _PIECE_MAJOR.get(model.id)
    if kept is None or kept[0] is not W or kept[1] is not b:
        nO, nP, nI = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
        rows = np.ascontiguousarray(model.ops.reshape3f(W, nO, nP, nI).transpose(1, 0, 2))
        bias = np.ascontiguousarray(model.ops.reshape2f(b, nO, nP).T)
        kept = _PIECE_MAJOR[model.id] = (W, b, rows.reshape(nP * nO, nI), bias.reshape(nP * nO))
    return kept[2], kept[3]


def layernorm_predict(model: Model, X: np.ndarray, is_train: bool) -> tuple[np.ndarray, Callable]:
    """thinc's ``LayerNorm`` forward: ``(X - mean) / sqrt(var + 1e-8) * G + b`` per row.

    The row means and the variances are matrix-vector products with a vector of ``1 / width``
    (numpy's reductions along a short row axis are slow, and thinc computes the mean twice and
    ``X - mean`` twice): 37% less time than numpy's ``mean`` / ``var`` steps on (1000, 96)
    float32 rows (2026-11-30). The sums run in BLAS's order, so a value may differ from
    thinc's in the last bits (float32 rounding, ~1e-6; tests/test_analyze_fastlayers.py)."""
    if is_train:
        return _layernorm.forward(model, X, is_train)
    return _layernorm_values(model, X, by_row=False), _no_backprop


def _layernorm_values(model: Model, X: np.ndarray, by_row: bool) -> np.ndarray:
    """The LayerNorm layer's output for ``X``: its means by one product, or one per row."""
    product = _product_by_row if by_row else np.dot
    mean_of = _mean_vector(X.shape[1], X.dtype)
    dist = X - product(X, mean_of)[:, None]
    var = product(np.square(dist), mean_of)
    var += 1e-08
    np.sqrt(var, out=var)
    np.reciprocal(var, out=var)
    dist *= var[:, None]
    dist *= model.get_param("G")  # in place: the same products, no new array
    dist += model.get_param("b")
    return dist


def predict_by_row(layers: list[Model], X: np.ndarray) -> np.ndarray:
    """The prediction of a chain of Maxout, LayerNorm and Dropout ``layers`` (in order) for rows
    ``X``, every product made one row at a time (:func:`_product_by_row`): a row's output is a
    function of the row alone, whatever the BLAS (the token embeddings that
    :mod:`tidings.analyze.embedcache` keeps must not depend on the batch they were first
    computed in)."""
    for layer in layers:
        if layer.name == "maxout":
            X = _maxout_values(layer, X, by_row=True)
        elif layer.name == "layernorm":
            X = _layernorm_values(layer, X, by_row=True)
        elif layer.name != "dropout":  # dropout: nothing at prediction
            raise ValueError(f"no row-by-row prediction for a {layer.name!r} layer")
    return X


_MEAN_VECTORS: dict[tuple[int, np.dtype], np.ndarray] = {}


def _mean_vector(width: int, dtype: np.dtype) -> np.ndarray:
    """A vector of ``1 / width`` (its product with a row is the row's mean), made once."""
    kept = _MEAN_VECTORS.get((width, dtype))
    if kept is None:
        kept = _MEAN_VECTORS[(width, dtype)] = np.full(width, 1.0 / width, dtype=dtype)
    return kept


def _no_backprop(dY: np.ndarray) -> np.ndarray:
    raise NotImplementedError("a prediction-only forward has no backprop (use is_train=True)")


_FAST = {_maxout.forward: maxout_predict, _layernorm.forward: layernorm_predict}


def use_fast_layers(model: Model) -> int:
    """Give every Maxout and LayerNorm layer of ``model`` its prediction-only forward (in place);
    returns how many layers changed."""
    changed = 0
    for layer in model.walk():
        fast = _FAST.get(layer._func)
        if fast is not None:
            layer._func = fast
            changed += 1
    return changed

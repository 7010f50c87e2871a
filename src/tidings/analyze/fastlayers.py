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
  ``X - mu`` twice. :func:`layernorm_predict` does each once, with numpy's own steps in numpy's
  own order (``np.var``: sum, divide by the count, subtract, square, sum, divide), so the
  floats are the same.

Training (``is_train``) runs thinc's forward, with its backprop. :func:`use_fast_layers` swaps
the forward of every such layer of a model in place and leaves any other layer alone.
tests/test_analyze_fastlayers.py compares both with thinc's forward bit for bit; on PolNeAR
dev and train, the sample pages and the golden page every output of ``pipeline.process`` is the
same (bench/output_digest.py).
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
from thinc.api import Model
from thinc.layers import layernorm as _layernorm
from thinc.layers import maxout as _maxout


def maxout_predict(model: Model, X: np.ndarray, is_train: bool) -> tuple[np.ndarray, Callable]:
    """thinc's ``Maxout`` forward: ``X @ W.T + b``, then the largest of each unit's pieces."""
    if is_train:
        return _maxout.forward(model, X, is_train)
    nO, nP, nI = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
    W = model.ops.reshape2f(model.get_param("W"), nO * nP, nI)
    Y = model.ops.gemm(X, W, trans2=True)
    Y += model.ops.reshape1f(model.get_param("b"), nO * nP)
    Z = Y.reshape(Y.shape[0], nO, nP)
    best = np.maximum(Z[:, :, 0], Z[:, :, 1]) if nP > 1 else Z[:, :, 0].copy()
    for p in range(2, nP):
        np.maximum(best, Z[:, :, p], out=best)
    return best, _no_backprop


def layernorm_predict(model: Model, X: np.ndarray, is_train: bool) -> tuple[np.ndarray, Callable]:
    """thinc's ``LayerNorm`` forward: ``(X - mean) / sqrt(var + 1e-8) * G + b`` per row, the
    mean and the deviations computed once (numpy's ``np.var`` steps, so the same floats)."""
    if is_train:
        return _layernorm.forward(model, X, is_train)
    count = np.intp(X.shape[1])
    mu = np.add.reduce(X, axis=1, keepdims=True)
    np.true_divide(mu, count, out=mu, casting="unsafe")
    dist = np.subtract(X, mu)
    var = np.add.reduce(np.square(dist), axis=1, keepdims=True)
    np.true_divide(var, count, out=var, casting="unsafe")
    var += 1e-08
    dist *= var ** (-1.0 / 2.0)
    dist *= model.get_param("G")  # in place: the same products, no new array
    dist += model.get_param("b")
    return dist, _no_backprop


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

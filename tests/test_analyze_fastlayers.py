"""Prediction-only Maxout and LayerNorm: thinc's forward, on the model's own layers: Maxout bit
for bit where numpy's BLAS gives a row the same product wherever it sits
(``conftest.same_floats``), LayerNorm (means by matrix-vector products) up to float32 rounding."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import model_layers, same_floats
from thinc.layers import layernorm, maxout

from tidings.analyze.fastlayers import layernorm_predict, maxout_predict
from tidings.analyze.nlp import single_blas_thread

_THINC = {maxout_predict: maxout.forward, layernorm_predict: layernorm.forward}


def _fast_layers():
    return model_layers(*_THINC)


def test_fastlayers_every_tok2vec_layer_is_swapped() -> None:
    layers = _fast_layers()
    # the shared tok2vec and NER's own: 4 encoder blocks and 1 embedding step each
    assert sum(layer._func is maxout_predict for layer in layers) == 10
    assert sum(layer._func is layernorm_predict for layer in layers) == 10


@pytest.mark.parametrize("rows", [1, 4, 7, 300, 1100])
def test_fastlayers_same_floats_as_thinc(rows: int) -> None:
    rng = np.random.default_rng(rows)
    for layer in _fast_layers():
        X = (rng.standard_normal((rows, layer.get_dim("nI"))) * 3).astype(np.float32)
        with single_blas_thread():
            ours, _ = layer._func(layer, X, is_train=False)
            theirs, _ = _THINC[layer._func](layer, X, is_train=False)
        assert ours.dtype == theirs.dtype and ours.shape == theirs.shape
        if layer._func is maxout_predict:
            assert same_floats(ours, theirs), layer.name
        else:  # BLAS's order of the sums: float32 rounding
            assert np.allclose(ours, theirs, rtol=1e-5, atol=1e-5), layer.name


def test_fastlayers_training_runs_thinc_forward() -> None:
    layer = next(la for la in _fast_layers() if la._func is maxout_predict)
    X = np.ones((3, layer.get_dim("nI")), dtype=np.float32)
    Y, backprop = layer._func(layer, X, is_train=True)
    assert backprop(np.ones_like(Y)).shape == X.shape


def test_fastlayers_maxout_follows_new_weights() -> None:
    """The piece-major copy of a Maxout's weights is made again when its W is replaced (and
    after a training step), so predictions always use the layer's current weights."""
    layer = next(la for la in _fast_layers() if la._func is maxout_predict)
    X = np.random.default_rng(0).standard_normal((5, layer.get_dim("nI"))).astype(np.float32)
    W = layer.get_param("W")
    try:
        with single_blas_thread():
            maxout_predict(layer, X, is_train=False)
            layer.set_param("W", W * 0.5)
            ours, _ = maxout_predict(layer, X, is_train=False)
            assert same_floats(ours, maxout.forward(layer, X, is_train=False)[0])
            layer._func(layer, X, is_train=True)
            layer.get_param("W")[...] *= 2.0  # a training step may update in place
            ours, _ = maxout_predict(layer, X, is_train=False)
            assert same_floats(ours, maxout.forward(layer, X, is_train=False)[0])
    finally:
        layer.set_param("W", W)

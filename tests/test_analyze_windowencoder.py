"""The window encoder without unread padding rows: thinc's ``with_array`` forward, up to float32
rounding (``conftest.same_floats``), on the model's own encoders."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import model_layers, same_floats

from tidings.analyze.nlp import load, single_blas_thread
from tidings.analyze.windowencoder import _WITH_ARRAY_FORWARD, encode_predict


def _encoders():
    return model_layers(encode_predict)


def test_windowencoder_every_tok2vec_encoder_is_swapped() -> None:
    assert len(_encoders()) == 2  # the shared tok2vec's and NER's own


@pytest.mark.parametrize("lengths", [[1], [3, 0, 1, 2], [9, 40, 5], [0, 120, 0, 7, 1]])
def test_windowencoder_same_floats_as_thinc(lengths: list[int]) -> None:
    """Docs of every length (one token, none, short ones whose padding meets the next Doc's)."""
    rng = np.random.default_rng(sum(lengths))
    for layer in _encoders():
        width = layer.layers[0].layers[0].get_dim("nO")
        Xs = [(rng.standard_normal((n, width)) * 2).astype(np.float32) for n in lengths]
        with single_blas_thread():
            ours, _ = encode_predict(layer, Xs, is_train=False)
            theirs, _ = _WITH_ARRAY_FORWARD(layer, Xs, is_train=False)
        assert [a.shape for a in ours] == [a.shape for a in theirs] == [(n, width) for n in lengths]
        for a, b in zip(ours, theirs, strict=True):
            assert same_floats(a, b)


def test_windowencoder_same_parse_and_entities() -> None:
    """A paragraph through the whole pipeline: heads, labels and entities as thinc's encoder
    gives them."""
    nlp = load()
    text = (
        'Senate Majority Leader Mitch McConnell told reporters on Tuesday that "we will vote '
        'this week," and the White House said President Trump would sign it.'
    )
    layers = _encoders()
    try:
        with single_blas_thread():
            ours = nlp(text)
            for layer in layers:
                layer._func = _WITH_ARRAY_FORWARD
            theirs = nlp(text)
    finally:
        for layer in layers:
            layer._func = encode_predict
    assert [(t.head.i, t.dep_, t.tag_) for t in ours] == [
        (t.head.i, t.dep_, t.tag_) for t in theirs
    ]
    assert [(e.start, e.end, e.label_) for e in ours.ents] == [
        (e.start, e.end, e.label_) for e in theirs.ents
    ]


def test_windowencoder_training_runs_thinc_forward() -> None:
    layer = _encoders()[0]
    width = layer.layers[0].layers[0].get_dim("nO")
    Xs = [np.ones((3, width), dtype=np.float32)]
    Ys, backprop = layer._func(layer, Xs, is_train=True)
    assert backprop([np.ones_like(Ys[0])])[0].shape == Xs[0].shape

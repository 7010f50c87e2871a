"""The tok2vec window encoder, for prediction only: without the padding rows no output reads.

Why: after its embedding step, each tok2vec of the model (the shared one the tagger and parser
read, and NER's own) runs ``with_array(residual(expand_window >> Maxout >> LayerNorm) x 4,
pad=4)``: thinc joins the Docs of a batch into one array with 4 rows of zeros before each Doc
and after the last, so that no window reaches from one Doc into another, and runs every block
over every row. Those padding rows are 11% of the rows of the parser's batches and 19% of NER's
(its stretches are short; PolNeAR dev and train, fast13 in bench/RESULTS.md), and half of their
work is wasted:

- a row's value after block L depends only on the rows within L of it before block 1; a padding
  row further than L from every token has only zeros there, so after block L it holds the same
  vector ``c_L`` as every such row (computed once per layer, :func:`_constants`);
- only what the tokens read at the end matters: after block L of 4, only rows within 4 - L of a
  token are read again (a window reaches one row each side per block).

So block L computes only the rows within ``min(L, 4 - L)`` of a token (the others hold ``c_L``):
the last block computes the tokens alone, the third the tokens and their next neighbours. The
arithmetic of a computed row is thinc's (the same three rows in its window, the same Maxout,
LayerNorm and residual sum, :mod:`tidings.analyze.fastlayers`' forwards); only its place in the
matrix product moves, which on some BLAS (OpenBLAS on AMD EPYC) changes the last bit of a value
(tests/test_analyze_windowencoder.py compares with thinc up to float32 rounding). Measured in
bench/RESULTS.md, "fast14, session 13".

Training (``is_train``), and any encoder of another shape, runs thinc's forward.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

import numpy as np
from thinc.api import Model

from tidings.analyze.fastlayers import layernorm_predict, maxout_predict

_WITH_ARRAY_FORWARD = importlib.import_module("thinc.layers.with_array").forward
_CHAIN_FORWARD = importlib.import_module("thinc.layers.chain").forward
_RESIDUAL_FORWARD = importlib.import_module("thinc.layers.residual").forward
_WINDOW = np.array([-1, 0, 1])

#: Per layer (by ``model.id``): its blocks' (Maxout, LayerNorm) layers, None if no encoder.
_BLOCKS: dict[int, list[tuple[Model, Model]] | None] = {}
#: Per encoder (by ``model.id``): ``c_L`` of each block (see :func:`_constants`).
_CONSTANTS: dict[int, list[np.ndarray]] = {}


def _blocks(model: Model) -> list[tuple[Model, Model]] | None:
    """The (Maxout, LayerNorm) layers of an encoder ``with_array(residual(expand_window(1) >>
    maxout >> layernorm >> dropout) x depth, pad=depth)`` with fastlayers' forwards, or None
    for any other layer (kept per layer: the encoder is read on every call)."""
    if model.id in _BLOCKS:
        return _BLOCKS[model.id]
    blocks: list[tuple[Model, Model]] | None = []
    if not model.name.startswith("with_array(") or len(model.layers) != 1:
        blocks = None
    else:
        inner = model.layers[0]
        for res in inner.layers if inner._func is _CHAIN_FORWARD else [inner]:
            parts = _leaves(res)
            if (
                res._func is not _RESIDUAL_FORWARD
                or [la.name for la in parts] != ["expand_window", "maxout", "layernorm", "dropout"]
                or parts[0].attrs.get("window_size") != 1
                or parts[1]._func is not maxout_predict
                or parts[2]._func is not layernorm_predict
            ):
                blocks = None
                break
            blocks.append((parts[1], parts[2]))
        if not blocks or model.attrs.get("pad") != len(blocks):
            blocks = None
    _BLOCKS[model.id] = blocks
    return blocks


def _leaves(model: Model) -> list[Model]:
    """The layers without sublayers under ``model``, in the order they run."""
    return [leaf for layer in model.layers for leaf in _leaves(layer)] if model.layers else [model]


def _block(maxout: Model, layernorm: Model, windows: np.ndarray) -> np.ndarray:
    """One block's ``LayerNorm(Maxout(window))`` of window rows (n, 3 * width)."""
    y, _ = maxout_predict(maxout, windows, False)
    y, _ = layernorm_predict(layernorm, y, False)
    return y


def _constants(model: Model, blocks: list[tuple[Model, Model]], width: int) -> list[np.ndarray]:
    """``c_L`` for each block L: the value of a padding row whose whole window, back to the
    input, is padding (zeros in, then each block's residual sum, as thinc computes it)."""
    kept = _CONSTANTS.get(model.id)
    if kept is None:
        h = np.zeros((1, width), dtype=np.float32)
        kept = []
        for maxout, layernorm in blocks:
            h = h + _block(maxout, layernorm, np.concatenate([h, h, h], axis=1))
            kept.append(h[0].copy())
        _CONSTANTS[model.id] = kept
    return kept


def _near(tokens: np.ndarray, reach: int) -> np.ndarray:
    """Rows within ``reach`` rows of a token (``tokens``: a boolean mask)."""
    near = tokens.copy()
    for _ in range(reach):
        grown = near.copy()
        grown[1:] |= near[:-1]
        grown[:-1] |= near[1:]
        near = grown
    return near


def encode_predict(model: Model, Xs: list[np.ndarray], is_train: bool) -> tuple[list, Callable]:
    """thinc's ``with_array`` forward over the encoder's blocks, computing only the rows some
    token's output depends on (see the module docstring)."""
    blocks = _blocks(model) if not is_train and isinstance(Xs, list) else None
    if blocks is None or not any(len(x) for x in Xs):
        return _WITH_ARRAY_FORWARD(model, Xs, is_train)
    ops, pad, depth = model.ops, model.attrs["pad"], len(blocks)
    lengths = np.array([len(x) for x in Xs], dtype="int32")
    h = ops.flatten(Xs, pad=pad)  # thinc's layout: pad rows, Doc, pad rows, Doc, ..., pad rows
    tokens = np.zeros(len(h), dtype=bool)
    first = pad
    for n in lengths.tolist():
        if n:  # flatten leaves out an empty Doc, padding and all
            tokens[first : first + n] = True
            first += n + pad
    width = h.shape[1]
    constants = _constants(model, blocks, width)
    for level, ((maxout, layernorm), const) in enumerate(
        zip(blocks, constants, strict=True), start=1
    ):
        rows = np.flatnonzero(_near(tokens, min(level, depth - level)))
        out = np.empty_like(h)
        out[:] = const
        windows = h.take(rows[:, None] + _WINDOW, axis=0).reshape(len(rows), 3 * width)
        out[rows] = h.take(rows, axis=0) + _block(maxout, layernorm, windows)
        h = out
    return ops.unflatten(h, lengths, pad=pad), _no_backprop


def _no_backprop(dY: list) -> list:
    raise NotImplementedError("a prediction-only forward has no backprop (use is_train=True)")


def use_window_encoder(model: Model) -> int:
    """Give every window encoder of ``model`` the forward above (in place); returns how many.
    Run after :func:`tidings.analyze.fastlayers.use_fast_layers` (it reads their forwards)."""
    changed = 0
    for layer in model.walk():
        if layer._func is _WITH_ARRAY_FORWARD and _blocks(layer) is not None:
            layer._func = encode_predict
            changed += 1
    return changed

"""The greedy parser's state machine compiled with numba: one call a step instead of a Python
loop over the states and a dozen numpy calls.

Why: :class:`tidings.analyze.greedyparse.GreedyParser` decodes the sentences of a batch in
lockstep. Per step its Python loop read every state's features and valid moves, ran ~12 numpy
calls on a few rows (their fixed cost is most of their time: 9 states a step on average on
PolNeAR dev), then made each state's move: the largest single Python cost of an article (the
decode loop was ~12% of ``pipeline.process``'s CPU, bench/RESULTS.md "spd15"). Here the
bookkeeping lives in arrays and :func:`advance` does, in compiled code, a step's moves, the
next step's features and valid moves, and the hidden layer (the 8 feature rows summed, then
maxout). Only the ``upper`` layer's product stays a numpy call, so that its floats come from
the same BLAS call on the same rows in the same places as before (OpenBLAS's result for a row
can depend on where the row sits in the matrix, bench/RESULTS.md "fast13"). The sums and
maxima are the same float32 operations in the same order as numpy's (``add.reduce`` over the
feature axis adds the 8 rows one after the other; no fast-math), so the parse is the same.

The transition system is the one :mod:`tidings.analyze.greedyparse` documents (spaCy's
``ArcEager``). Tokens are named by their row in the batch's precomputed features (row 0 is the
padding, and 0 also means "no token"). Per token (``tok``, columns below): its head and label
(-1 / 0 while it has none), its SENT_START (-1/0/1; a BREAK sets 1), whether REDUCE sent it back
to the buffer unshiftable, and its place in its head's list of left or right children (a
doubly linked list, so a re-attached child leaves its old head's list in O(1) and a head's last
child is one read). Per state (``st``): the next buffer token, the end of its Doc, its first row
(the stack and the re-buffered words of a Doc live in ``stack`` and ``rebuf`` from that row on:
a Doc never holds more than its length in either), the stack depth and the re-buffer length.

This module imports numba; :mod:`tidings.analyze.greedyparse` imports it when a parser is built
and keeps its pure-Python loop where numba is missing (it is a pinned dependency, but a trimmed
install may lack it). The first call compiles :func:`advance` (~4 s of CPU on this project's
machine) and caches it on disk (see :func:`_jit`); a process that finds the cache loads it in
well under a second.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import numba
import numpy as np

_F = TypeVar("_F", bound=Callable[..., object])

#: Columns of the per-token array ``tok``.
HEAD, LABEL, START, UNSHIFTABLE, PREV, NEXT, LAST_LEFT, LAST_RIGHT = range(8)
#: Columns of the per-state array ``st``.
B_I, END, BASE, DEPTH, N_RE = range(5)
#: Move kinds (greedyparse's ``_KINDS`` order).
_SHIFT, _REDUCE, _LEFT, _RIGHT, _BREAK = range(5)


def _jit(func: _F) -> _F:
    """``func`` compiled by numba, cached on disk where numba finds a writable place (the
    package's ``__pycache__``, else numba's user cache directory); compiled per process where
    there is none (a read-only install without a home)."""
    try:
        return numba.njit(nogil=True, cache=True)(func)
    except RuntimeError:  # numba: "cannot cache function ...: no locator available"
        return numba.njit(nogil=True)(func)


def _inline(func: _F) -> _F:
    """``func`` compiled into its callers (numba's IR inlining: one function to compile and
    cache, which takes less time than five)."""
    return numba.njit(inline="always")(func)


@_inline
def _unlink(tok: np.ndarray, head: int, child: int) -> None:
    """Take ``child`` out of ``head``'s list of left or right children."""
    prev, nxt = tok[child, PREV], tok[child, NEXT]
    side = LAST_LEFT if head > child else LAST_RIGHT
    if nxt:
        tok[nxt, PREV] = prev
    else:
        tok[head, side] = prev
    if prev:
        tok[prev, NEXT] = nxt


@_inline
def _link(tok: np.ndarray, head: int, child: int, label: int) -> None:
    """Make ``head`` the head of ``child`` (its last child on that side), with ``label``."""
    old = tok[child, HEAD]
    if old >= 0:
        _unlink(tok, old, child)
    side = LAST_LEFT if head > child else LAST_RIGHT
    last = tok[head, side]
    tok[child, PREV] = last
    tok[child, NEXT] = 0
    if last:
        tok[last, NEXT] = child
    tok[head, side] = child
    tok[child, HEAD] = head
    tok[child, LABEL] = label


@_inline
def _move(
    tok: np.ndarray,
    st: np.ndarray,
    s: int,
    stack: np.ndarray,
    rebuf: np.ndarray,
    move_kind: int,
    label: int,
    b0: int,
    b1: int,
) -> None:
    """Make one move of state ``s`` (spaCy's ``ArcEager`` transitions; B0 and B1 as read for
    the step's features)."""
    base, depth = st[s, BASE], st[s, DEPTH]
    if move_kind in (_SHIFT, _RIGHT):
        if move_kind == _RIGHT:  # an arc from S0 to B0, then B0 onto the stack
            _link(tok, stack[base + depth - 1], b0, label)
        n_re = st[s, N_RE]
        if n_re:
            stack[base + depth] = rebuf[base + n_re - 1]
            st[s, N_RE] = n_re - 1
        else:
            stack[base + depth] = st[s, B_I]
            st[s, B_I] += 1
        st[s, DEPTH] = depth + 1
    elif move_kind == _REDUCE:
        s0 = stack[base + depth - 1]
        st[s, DEPTH] = depth - 1
        if tok[s0, HEAD] < 0 and depth > 1:  # no head: back to the buffer
            tok[s0, UNSHIFTABLE] = 1
            rebuf[base + st[s, N_RE]] = s0
            st[s, N_RE] += 1
    elif move_kind == _LEFT:  # an arc from B0 to S0, which leaves the stack
        _link(tok, b0, stack[base + depth - 1], label)
        st[s, DEPTH] = depth - 1
        tok[b0, UNSHIFTABLE] = 0
    else:  # BREAK: B1 starts a sentence
        tok[b1, START] = 1


@_inline
def _read(
    tok: np.ndarray,
    st: np.ndarray,
    s: int,
    stack: np.ndarray,
    rebuf: np.ndarray,
    feats: np.ndarray,
    k: int,
) -> int:
    """Write state ``s``'s 8 feature rows into ``feats[k]`` (B0, B1, S0, S1, S2, the last left
    child of B0, the last left and right children of S0; row * 8 + feature) and return its
    valid moves as bits (1 << SHIFT | ...: spaCy's ``is_valid`` of each kind)."""
    b_i, end, base, depth, n_re = st[s, B_I], st[s, END], st[s, BASE], st[s, DEPTH], st[s, N_RE]
    if n_re >= 2:
        b0, b1 = rebuf[base + n_re - 1], rebuf[base + n_re - 2]
    elif n_re == 1:
        b0 = rebuf[base]
        b1 = b_i if b_i < end else 0
    else:
        b0 = b_i if b_i < end else 0
        b1 = b_i + 1 if b_i + 1 < end else 0
    s0 = stack[base + depth - 1] if depth else 0
    feats[k, 0] = b0 * 8
    feats[k, 1] = b1 * 8 + 1
    feats[k, 2] = s0 * 8 + 2
    feats[k, 3] = (stack[base + depth - 2] if depth > 1 else 0) * 8 + 3
    feats[k, 4] = (stack[base + depth - 3] if depth > 2 else 0) * 8 + 4
    feats[k, 5] = tok[b0, LAST_LEFT] * 8 + 5
    feats[k, 6] = tok[s0, LAST_LEFT] * 8 + 6
    feats[k, 7] = tok[s0, LAST_RIGHT] * 8 + 7
    in_buffer = end - b_i + n_re
    b0_starts = tok[b0, START] == 1  # preset, or set by a BREAK
    if depth == 0:
        bits = 1  # SHIFT
    else:
        bits = 0
        if in_buffer >= 2 and not b0_starts and not tok[b0, UNSHIFTABLE]:
            bits |= 1  # SHIFT
        if in_buffer == 0 or depth != 1 or tok[b0, START] != -1:
            bits |= 2  # REDUCE
        if in_buffer > 0 and not b0_starts:
            bits |= 4 | 8  # LEFT, RIGHT
    if in_buffer >= 2 and b1 == b0 + 1 and tok[b1, START] == 0:
        bits |= 16  # BREAK (B1 neither starts a sentence nor is forbidden to)
    return bits


@_jit
def _advance(
    scores: np.ndarray,
    active: np.ndarray,
    n_active: int,
    tok: np.ndarray,
    st: np.ndarray,
    stack: np.ndarray,
    rebuf: np.ndarray,
    feats: np.ndarray,
    valid: np.ndarray,
    kind: np.ndarray,
    label: np.ndarray,
    penalty: np.ndarray,
    flat: np.ndarray,
    n_pieces: int,
    hidden: np.ndarray,
) -> int:
    """One decoding step of the batch: with ``scores`` of the ``n_active`` states in
    ``active`` (the ``upper`` layer's output, or an empty array before the first step), make
    each state's best valid move (the first best in class order, after the bias and -inf
    penalty of ``penalty[valid bits]``) and drop the finished states (``active`` keeps its
    order); then read the remaining states' features and valid moves and write their hidden
    layer into ``hidden``. Returns how many states are still active."""
    n_classes = penalty.shape[1]
    still = 0
    for k in range(n_active):
        s = active[k]
        if scores.shape[0]:
            bits = valid[k]
            if bits == 0:  # no valid move: spaCy's force_final
                continue
            best = 0
            top = scores[k, 0] + penalty[bits, 0]
            for c in range(1, n_classes):
                v = scores[k, c] + penalty[bits, c]
                if v > top:
                    top, best = v, c
            _move(
                tok,
                st,
                s,
                stack,
                rebuf,
                kind[best],
                label[best],
                feats[k, 0] // 8,
                feats[k, 1] // 8,
            )
            if not (st[s, DEPTH] or st[s, B_I] < st[s, END] or st[s, N_RE]):
                continue
        active[still] = s
        still += 1
    width = flat.shape[1]
    acc = np.empty(width, dtype=flat.dtype)
    for k in range(still):
        valid[k] = _read(tok, st, active[k], stack, rebuf, feats, k)
        r0 = feats[k, 0]
        for j in range(width):
            acc[j] = flat[r0, j]
        for f in range(1, 8):  # (((f0 + f1) + f2) ...: numpy's add.reduce order
            r = feats[k, f]
            for j in range(width):
                acc[j] += flat[r, j]
        for i in range(width // n_pieces):
            m = acc[i * n_pieces]
            for p in range(1, n_pieces):
                v = acc[i * n_pieces + p]
                if v > m:
                    m = v
            hidden[k, i] = m
    return still


#: The compiled step (the name greedyparse imports; importing this module without numba fails).
advance = _advance


def warm(n_classes: int, width: int, n_pieces: int) -> None:
    """Compile :func:`advance` (or load it from the cache) now, for the argument types the
    parser passes, by a step with no state: the first call also makes numba load scipy's BLAS
    library, which the caller must then hold to one thread like numpy's
    (:func:`tidings.analyze.nlp.refresh_blas_libraries`)."""
    ints = np.zeros((0, 8), dtype=np.int64)
    advance(
        np.zeros((0, n_classes), dtype=np.float32),
        np.zeros(0, dtype=np.int64),
        0,
        ints,
        np.zeros((0, 5), dtype=np.int64),
        np.zeros(0, dtype=np.int64),
        np.zeros(0, dtype=np.int64),
        ints,
        np.zeros(0, dtype=np.int64),
        np.zeros(n_classes, dtype=np.int64),
        np.zeros(n_classes, dtype=np.int64),
        np.zeros((32, n_classes), dtype=np.float32),
        np.zeros((1, width), dtype=np.float32),
        n_pieces,
        np.zeros((0, width // n_pieces), dtype=np.float32),
    )

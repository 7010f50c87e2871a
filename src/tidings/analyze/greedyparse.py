"""spaCy's dependency parser, decoded in numpy: the same weights and greedy choices, less CPU.

Why: spaCy 3.8's compiled transition loop takes and releases the GIL in its state helpers
(perf on PolNeAR dev, 2026-11-29: ~13% of the parser's CPU in take_gil/drop_gil), like NER's
(see :mod:`tidings.analyze.ner`). The arc-eager decisions of a sentence are sequential, but the
sentences of a batch are independent, so here every Doc of a batch takes one step at a time in
lockstep: the network (sum of the 8 features' precomputed rows, bias, maxout, ``upper``) runs
as one batch of arrays per step. The state bookkeeping runs compiled by numba
(:mod:`tidings.analyze.parsekernel`, one call a step; the same parse), or, where numba is
missing, in the Python loop of :meth:`GreedyParser._decode`.

The transition system is spaCy's ``ArcEager`` (``spacy/pipeline/_parser_internals/
arc_eager.pyx`` and ``_state.pxd``), move for move: SHIFT, REDUCE (a word with no head goes
back to the buffer, marked unshiftable), LEFT-x, RIGHT-x, BREAK; the features (``nF=8``) are
B0, B1, S0, S1, S2, the last left child of B0, the last left and right children of S0; the
validity rules and tie-breaking (the first best valid move in the model's class order) are
spaCy's. The parse is written as spaCy's ``set_annotations`` does (a word with no head is a root
labelled ``ROOT``), then the component's postprocess (``deprojectivize``) runs.

:meth:`GreedyParser.from_nlp` returns None for a pipeline this does not recognise (beam search,
``subtok`` moves, another architecture, unseen classes) and the caller then uses spaCy's own
component. tests/test_analyze_greedyparse.py compares heads and labels with spaCy's. The hidden
bias is added once to each token's B0 row rather than to every step's sum (a numpy call a step
less), so a hidden value may differ from spaCy's by float32 rounding and a near-tie could go the
other way (the parse labels on PolNeAR dev: bench/RESULTS.md, "fast14, session 13").
"""

from __future__ import annotations

from functools import lru_cache
from types import ModuleType

import numpy as np
from spacy.attrs import DEP, HEAD, SENT_START
from spacy.language import Language
from spacy.pipeline._parser_internals.nonproj import DELIMITER, deprojectivize
from spacy.tokens import Doc

from tidings.analyze.ner import maxout
from tidings.analyze.nlp import refresh_blas_libraries

#: spaCy's arc-eager move kinds, by the first letter of a class name.
_KINDS = "SDLRB"
SHIFT, REDUCE, LEFT, RIGHT, BREAK = range(5)
#: Features per parser state (B0, B1, S0, S1, S2 and three children; the model's ``nF``).
_NF = 8


class _State:
    """One Doc's parse state (spaCy's ``StateC`` for a Doc without preset heads): the stack,
    the next buffer token ``b_i``, the end of the Doc, and the words sent back to the buffer.

    Tokens are named by the index of their first row in the batch's precomputed features,
    ``(base + k) * 8`` for token k of the Doc (row ``base + k`` of the (tokens + 1, 8, ...)
    array; row 0 is the padding, so 0 also stands for "no token"): feature f of a token is then
    its name plus f, the row ``numpy.take`` reads, with no product per step (the ``* 8`` and
    ``+ f`` of two numpy calls a step were ~1.3% of ``pipeline.process``'s CPU on PolNeAR dev),
    and the per-token lists and arc maps are shared by the batch. The moves themselves are made
    in :meth:`GreedyParser._decode`, inline (see there why)."""

    __slots__ = ("b_i", "base", "end", "rebuffer", "stack")

    def __init__(self, base: int, length: int) -> None:
        self.base = base  # the Doc's first row
        self.end = (base + length) * _NF
        self.stack: list[int] = []
        self.b_i = base * _NF
        self.rebuffer: list[int] = []

    def is_final(self) -> bool:
        return not self.stack and self.b_i >= self.end and not self.rebuffer


class _Batch:
    """What the states of a batch share, per token: heads, labels, SENT_START values (the
    Docs' own, -1/0/1; a BREAK sets 1, and is only valid before a 0), unshiftable marks, and the
    arcs by head (in the order they were made; a re-attached child leaves its old head's list).
    The lists are indexed by token name (see :class:`_State`: 8 times as long as the rows, every
    8th place used; None until a token has a child), not dicts: the decode loop reads three of
    them per state step, and a list index costs less than ``dict.get``."""

    __slots__ = ("heads", "labels", "left", "right", "starts", "unshiftable")

    def __init__(self, starts: list[int]) -> None:
        n = len(starts)
        self.starts = starts
        self.heads = [-1] * n
        self.labels = [0] * n
        self.unshiftable = [False] * n
        self.left: list[list[int] | None] = [None] * n
        self.right: list[list[int] | None] = [None] * n


class GreedyParser:
    """Heads and dependency labels of Docs, from the weights of a spaCy ``parser`` component.

    The Docs must have been through the pipeline's ``tok2vec`` (the parser's listener reads
    ``doc.tensor``)."""

    def __init__(self, nlp: Language) -> None:
        parser = nlp.get_pipe("parser")
        model = parser.model
        self.batch_size = nlp.batch_size
        self.tok2vec = model.get_ref("tok2vec")
        self.lower = model.get_ref("lower")
        upper = model.get_ref("upper")
        self.W = upper.get_param("W")
        self.W_T = np.ascontiguousarray(self.W.T)  # (hidden, classes): a step's product reads rows
        self.b = upper.get_param("b")
        self.bias = self.lower.get_param("b")
        names = [parser.moves.get_class_name(i) for i in range(parser.moves.n_moves)]
        self.kind = [_KINDS.index(n[0]) for n in names]
        # per set of valid kinds (5 bits), 0 for a valid class and -inf for the others
        kinds = np.array(self.kind)
        bits = np.arange(32)[:, None]
        self.penalty = np.where((bits >> kinds[None, :]) & 1, 0.0, -np.inf).astype(np.float32)
        # the upper layer's bias with the penalty: x + (b + 0) is x + b and x + -inf is -inf,
        # so one addition per step gives what adding b, then the penalty, gives
        self.biased_penalty = self.penalty + self.b
        strings = nlp.vocab.strings
        self.label = [strings.add(n[2:]) if len(n) > 2 else 0 for n in names]
        self.root = parser.moves.root_label
        # labels of arcs made projective in training (``X||Y``), which deprojectivize undoes
        self.decorated = frozenset(
            i for i, n in zip(self.label, names, strict=True) if DELIMITER in n[2:]
        )
        self.postprocesses = list(parser.postprocesses)
        # for the compiled decoder (parsekernel.py): the module, the move kinds, and a
        # class's place + 1 in ``label_table`` (label ids are 64-bit hashes, beyond int64)
        kernel = _parsekernel()
        if kernel is not None:
            kernel.warm(len(names), self.bias.size, model.get_ref("lower").get_dim("nP"))
            refresh_blas_libraries()
        self._kernel = (
            (
                kernel,
                np.array(self.kind, dtype=np.int64),
                np.arange(1, len(names) + 1, dtype=np.int64),
            )
            if kernel is not None
            else None
        )
        self.label_table = np.array([0, *self.label], dtype=np.uint64)

    @classmethod
    def from_nlp(cls, nlp: Language) -> GreedyParser | None:
        """A decoder for ``nlp``'s parser, or None when its model is not the one this reproduces."""
        if "parser" not in nlp.pipe_names:
            return None
        parser = nlp.get_pipe("parser")
        model = getattr(parser, "model", None)
        try:
            names = [parser.moves.get_class_name(i) for i in range(parser.moves.n_moves)]
            ok = (
                type(parser.moves).__name__ == "ArcEager"
                and parser.cfg.get("beam_width") == 1
                and not parser.cfg.get("learn_tokens")
                and model.name == "parser_model"
                and model.attrs.get("has_upper")
                and not model.attrs.get("unseen_classes")
                and model.get_ref("lower").get_dim("nF") == _NF
                and model.get_ref("lower").get_dim("nP") >= 2
                and all(n in ("S", "D") or n[:2] in ("L-", "R-", "B-") for n in names)
                and not any(n[2:] == "subtok" for n in names)
            )
            return cls(nlp) if ok else None
        except (AttributeError, KeyError, ValueError):
            return None

    def __call__(self, docs: list[Doc]) -> None:
        """Parse ``docs`` in place, batched as spaCy's component batches them (by length)."""
        for k in range(0, len(docs), self.batch_size):
            batch = sorted(docs[k : k + self.batch_size], key=len)
            sub = max(self.batch_size // 4, 2)
            for j in range(0, len(batch), sub):
                self._parse(batch[j : j + sub])

    def _parse(self, docs: list[Doc]) -> None:
        if not any(len(d) for d in docs):
            return
        rows = self.lower.predict(self.tok2vec.predict(docs))  # (tokens + 1, 8, hidden, pieces)
        # the hidden bias, added once to every token's B0 row (feature 0, which every state
        # reads, padding or not) instead of to every step's sums: one numpy call a step less
        n_feats, width = rows.shape[1], rows.shape[2] * rows.shape[3]
        flat = rows.reshape(-1, width)  # row (token + 1) * 8 + feature
        flat[::n_feats] += self.bias.reshape(width)
        starts = np.zeros(len(rows), dtype=np.int64)  # by row; row 0 pads
        lengths = [len(doc) for doc in docs]
        bases = np.cumsum([1, *lengths[:-1]]).tolist()
        for doc, base in zip(docs, bases, strict=True):
            starts[base : base + len(doc)] = doc.to_array(SENT_START)
        if self._kernel is not None:
            heads, labels = self._decode_compiled(rows, starts, bases, lengths)
        else:
            heads, labels = self._decode_python(rows, starts, bases, lengths)
        self._annotate(docs, heads, labels, bases)

    def _decode_compiled(
        self, rows: np.ndarray, starts: np.ndarray, bases: list[int], lengths: list[int]
    ) -> tuple[np.ndarray, list[int]]:
        """Heads (row of the head, -1 for none) and label ids by row, from the compiled state
        machine (:mod:`tidings.analyze.parsekernel`): one call a step makes the moves and reads
        the next features and hidden layer; the ``upper`` product is numpy's, as in
        :meth:`_decode_python`, on the same rows in the same order."""
        kernel, kind, label = self._kernel
        width, n_pieces = rows.shape[2] * rows.shape[3], rows.shape[3]
        flat = rows.reshape(-1, width)
        tok = np.zeros((len(rows), 8), dtype=np.int64)
        tok[:, kernel.HEAD] = -1
        tok[:, kernel.START] = starts
        live = [k for k, n in enumerate(lengths) if n]
        st = np.zeros((len(live), 5), dtype=np.int64)
        for j, k in enumerate(live):
            st[j, kernel.B_I] = bases[k]
            st[j, kernel.END] = bases[k] + lengths[k]
            st[j, kernel.BASE] = bases[k]
        stack = np.zeros(len(rows), dtype=np.int64)
        rebuf = np.zeros(len(rows), dtype=np.int64)
        active = np.arange(len(live), dtype=np.int64)
        feats = np.zeros((len(live), _NF), dtype=np.int64)
        valid = np.zeros(len(live), dtype=np.int64)
        hidden = np.zeros((len(live), width // n_pieces), dtype=np.float32)
        penalty = self.biased_penalty
        W = self.W_T
        scores = np.zeros((0, penalty.shape[1]), dtype=np.float32)
        n = len(live)
        while n:
            n = kernel.advance(
                scores,
                active,
                n,
                tok,
                st,
                stack,
                rebuf,
                feats,
                valid,
                kind,
                label,
                penalty,
                flat,
                n_pieces,
                hidden,
            )
            if n:
                scores = np.dot(hidden[:n], W)
        return tok[:, kernel.HEAD], self.label_table[tok[:, kernel.LABEL]].tolist()

    def _decode_python(
        self, rows: np.ndarray, starts: np.ndarray, bases: list[int], lengths: list[int]
    ) -> tuple[np.ndarray, list[int]]:
        """Heads (row of the head, -1 for none) and label ids by row, from :meth:`_decode`."""
        by_name = np.zeros(len(rows) * _NF, dtype=np.int64)  # by token name (see _State)
        by_name[::_NF] = starts
        batch = _Batch(by_name.tolist())
        states = [_State(base, n) for base, n in zip(bases, lengths, strict=True)]
        self._decode(rows, batch, [s for s in states if not s.is_final()])
        heads = np.array(batch.heads[::_NF], dtype=np.int64)  # names // 8
        return np.where(heads >= 0, heads // _NF, -1), batch.labels[::_NF]

    def _decode(self, rows: np.ndarray, batch: _Batch, active: list[_State]) -> None:
        """Run the states of ``active`` to the end, one move each per step.

        Per step: read every state's features and valid moves (spaCy's ``StateC`` features and
        ``ArcEager.is_valid``), score all states in one numpy pass, then make each state's best
        valid move. The state reading and the moves are written out in this loop rather than
        as methods: they run ~1,400 times an article (PolNeAR dev), and the method calls and
        tuples were a third of the parser's Python time."""
        n_feats, width = rows.shape[1], rows.shape[2] * rows.shape[3]
        flat = rows.reshape(-1, width)  # row (token + 1) * 8 + feature: a token's name + feature
        n_pieces = rows.shape[3]
        two_pieces = n_pieces == 2
        W = self.W_T
        kind, label, penalty = self.kind, self.label, self.biased_penalty
        heads, labels, starts = batch.heads, batch.labels, batch.starts
        unshiftable, left, right = batch.unshiftable, batch.left, batch.right
        while active:
            feats: list[int] = []
            valid: list[int] = []
            for s in active:
                # features: B0, B1, S0, S1, S2, last left child of B0, last left and right
                # children of S0 (0 = padding); their rows in ``flat`` are name + feature
                rebuffer, end, b_i, stack = s.rebuffer, s.end, s.b_i, s.stack
                n_re = len(rebuffer)
                if n_re >= 2:
                    b0, b1 = rebuffer[-1], rebuffer[-2]
                elif n_re == 1:
                    b0 = rebuffer[-1]
                    b1 = b_i if b_i < end else 0
                else:
                    b0 = b_i if b_i < end else 0
                    b1 = b_i + 8 if b_i + 8 < end else 0
                depth = len(stack)
                s0 = stack[-1] if depth else 0
                kids = left[b0]
                lb0 = kids[-1] if kids else 0
                kids = left[s0]
                ls0 = kids[-1] if kids else 0
                kids = right[s0]
                feats += (
                    b0,
                    b1 + 1,
                    s0 + 2,
                    (stack[-2] if depth > 1 else 0) + 3,
                    (stack[-3] if depth > 2 else 0) + 4,
                    lb0 + 5,
                    ls0 + 6,
                    (kids[-1] if kids else 0) + 7,
                )
                # valid moves as bits, 1 << SHIFT | ... (spaCy's is_valid of each kind)
                in_buffer = ((end - b_i) >> 3) + n_re
                b0_starts = starts[b0] == 1  # preset, or set by a BREAK
                if depth == 0:
                    bits = 1  # SHIFT
                else:
                    bits = 0
                    if in_buffer >= 2 and not b0_starts and not unshiftable[b0]:
                        bits |= 1  # SHIFT
                    if in_buffer == 0 or depth != 1 or starts[b0] != -1:
                        bits |= 2  # REDUCE
                    if in_buffer > 0 and not b0_starts:
                        bits |= 4 | 8  # LEFT, RIGHT
                if in_buffer >= 2 and b1 == b0 + 8 and starts[b1] == 0:
                    bits |= 16  # BREAK (B1 neither starts a sentence nor is forbidden to)
                valid.append(bits)
            ids = np.fromiter(feats, np.intp, len(feats)).reshape(len(active), n_feats)
            # the 8 features' rows summed, (((f0 + bias) + f1) + f2)...: numpy reduces the
            # first axis of (feature, state, width) one slice after another (faster than the
            # middle axis of (state, feature, width))
            hidden = np.add.reduce(flat.take(ids.T, axis=0), axis=0)
            if two_pieces:  # maxout by the pieces' strided views (no reshape)
                scores = np.dot(np.maximum(hidden[:, 0::2], hidden[:, 1::2]), W)
            else:
                scores = np.dot(maxout(hidden.reshape(len(active), -1, n_pieces)), W)
            scores += penalty.take(valid, axis=0)  # the bias, and -inf on invalid moves
            best = scores.argmax(axis=1).tolist()
            still = []
            for k, s in enumerate(active):
                stack = s.stack
                if not valid[k]:  # no valid move: spaCy's force_final
                    stack.clear()
                    s.b_i = s.end
                    continue
                move = best[k]
                move_kind = kind[move]
                if move_kind in (SHIFT, RIGHT):
                    if move_kind == RIGHT:  # an arc from S0 to B0, then B0 onto the stack
                        head, child = stack[-1], feats[8 * k]  # B0
                    else:
                        head = -1
                    if s.rebuffer:
                        stack.append(s.rebuffer.pop())
                    else:
                        stack.append(s.b_i)
                        s.b_i += 8
                elif move_kind == REDUCE:
                    head = -1
                    s0 = stack.pop()
                    if heads[s0] < 0 and stack:  # no head: back to the buffer
                        unshiftable[s0] = True
                        s.rebuffer.append(s0)
                elif move_kind == LEFT:  # an arc from B0 to S0, which leaves the stack
                    head, child = feats[8 * k], stack.pop()  # B0
                    unshiftable[head] = False
                else:  # BREAK: B1 starts a sentence
                    head = -1
                    starts[feats[8 * k + 1] - 1] = 1  # B1 (feature 1: B1's name + 1)
                if head >= 0:
                    old = heads[child]
                    if old >= 0:
                        (left if old > child else right)[old].remove(child)
                    side = left if head > child else right
                    if side[head] is None:
                        side[head] = [child]
                    else:
                        side[head].append(child)
                    heads[child] = head
                    labels[child] = label[move]
                if stack or s.b_i < s.end or s.rebuffer:
                    still.append(s)
            active = still

    def _annotate(
        self, docs: list[Doc], heads: np.ndarray, by_row: list[int], bases: list[int]
    ) -> None:
        """spaCy's ``ArcEager.set_annotations`` and the parser's postprocesses, the arrays
        computed once for the batch (row ``base + k`` is token k of a Doc; ``heads`` the row of
        each row's head, -1 for none, ``by_row`` its label id). ``deprojectivize``
        is passed over for a Doc with no decorated label (``X||Y``): it would only set the
        children from the heads again, which ``from_array`` has just done. (A Doc's labels are
        checked against the decorated ones as a set, in C: ``np.isin`` over the batch was ~0.8%
        of ``pipeline.process``'s CPU on PolNeAR dev; a word without a head has label 0, so the
        labels before ROOT is set tell the same.)"""
        rel = np.where(heads >= 0, heads - np.arange(len(heads)), 0)
        arr = np.empty((len(heads), 2), dtype=np.uint64)
        arr[:, 0] = rel.astype(np.uint64)
        labels = np.array(by_row, dtype=np.uint64)
        labels[rel == 0] = np.uint64(self.root)
        arr[:, 1] = labels
        decorated = self.decorated
        for doc, base in zip(docs, bases, strict=True):
            n = len(doc)
            if not n:
                continue
            doc.from_array([HEAD, DEP], arr[base : base + n])
            skip = decorated.isdisjoint(by_row[base : base + n])
            for hook in self.postprocesses:
                if not (skip and hook is deprojectivize):
                    hook(doc)


def _parsekernel() -> ModuleType | None:
    """The compiled decoding step (:mod:`tidings.analyze.parsekernel`), or None without numba.
    Imported when a parser is built, not with tidings: importing numba takes ~0.5 s of CPU,
    which a command that never parses should not pay."""
    try:
        from tidings.analyze import parsekernel
    except ImportError:
        return None
    return parsekernel


@lru_cache(maxsize=2)
def greedy_parser(nlp: Language) -> GreedyParser | None:
    """The decoder of ``nlp``'s parser (built once per pipeline), or None to use spaCy's."""
    return GreedyParser.from_nlp(nlp)

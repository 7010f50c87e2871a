"""spaCy's NER model, decoded in numpy: the same weights and the same greedy choices, less CPU.

Why: in spaCy 3.8's compiled transition loop every validity check of every move reads the state
through helpers that take and release the GIL (``StateC.B``; perf on PolNeAR dev, 2026-11-29:
take_gil/drop_gil and their mutexes were ~40% of NER's CPU). NER checks all 74 moves at every
token, so that loop cost ~35 us a token, more than the network (~23 us). The model is small
enough to decode directly:

- features of a state: the next token ``B0``; when an entity is open, its first token and the
  token before ``B0`` (spaCy's ``nF=3`` NER features); the hidden layer is the sum of their
  precomputed rows (the model's own ``lower`` layer; a padding row when a feature is missing),
  plus bias, maxout; the scores are the ``upper`` layer.
- when no entity is open the features depend on ``B0`` alone, so every token's "closed" scores
  come from one matrix product, and the greedy choice there (O, U-x or B-x, whichever valid move
  scores best) is an argmax per token;
- only after a B-x is the state's next choice computed token by token, and then only I-x and L-x
  of the open label are valid, so two scores decide each step.

The validity rules are spaCy's (``spacy/pipeline/_parser_internals/ner.pyx``) for Docs without
preset entities, which is all tidings runs NER on: B needs a next token that does not start a
sentence and a non-space token; U a non-space token; I a next token that does not start a
sentence. Ties go to the first move in the model's class order, as in spaCy.

The network runs on spans of a Doc (tokens ``[start, end)``) as if each were a Doc of its own:
the features are rows of the whole Doc's feature array, so no Doc is built per span.
:func:`GreedyNER.from_nlp` returns None for a pipeline this does not recognise (another
architecture, beam search, presets), and the caller then uses spaCy's own component.
tests/test_analyze_ner.py compares the entities with spaCy's on real paragraphs.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
from spacy.attrs import ENT_IOB, ENT_TYPE, IS_SPACE, SENT_START
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import Model

#: thinc's chain combinator (``thinc.layers.chain`` the name is the function, not the module).
_CHAIN_FORWARD = importlib.import_module("thinc.layers.chain").forward


@dataclass(frozen=True)
class Piece:
    """Tokens [start, end) of ``doc``, read by NER as a text of their own."""

    doc: Doc
    start: int
    end: int


def _after_features(model: Model) -> tuple[list[str], list[Model]] | None:
    """(feature columns, the layers after the feature extractor) of a chain that starts with
    spaCy's ``extract_features``, nested chains flattened; None for another shape."""
    if model._func is not _CHAIN_FORWARD or not model.layers:
        return None
    first, *rest = model.layers
    if first.name == "extract_features":
        return list(first.attrs["columns"]), rest
    inner = _after_features(first)
    if inner is None:
        return None
    return inner[0], inner[1] + rest


class GreedyNER:
    """Entities of spans of Docs, from the weights of a spaCy ``ner`` component."""

    def __init__(self, nlp: Language) -> None:
        ner = nlp.get_pipe("ner")
        model = ner.model
        tok2vec = _after_features(model.get_ref("tok2vec"))
        if tok2vec is None:
            raise ValueError("NER tok2vec does not start with extract_features")
        self.columns, self.layers = tok2vec
        self.lower = model.get_ref("lower")
        upper = model.get_ref("upper")
        self.W = upper.get_param("W")
        self.b = upper.get_param("b")
        self.bias = self.lower.get_param("b")
        names = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
        moves = [n.split("-", 1)[0] for n in names]
        labels = [n.split("-", 1)[1] if "-" in n else "" for n in names]
        index = {n: i for i, n in enumerate(names)}
        self.is_o = np.array([m == "O" for m in moves])
        self.is_b = np.array([m == "B" and bool(lab) for m, lab in zip(moves, labels, strict=True)])
        self.is_u = np.array([m == "U" and bool(lab) for m, lab in zip(moves, labels, strict=True)])
        strings = nlp.vocab.strings
        self.label = [strings.add(lab) if lab else 0 for lab in labels]
        self.inside = {i: index[f"I-{labels[i]}"] for i in np.flatnonzero(self.is_b).tolist()}
        self.last = {i: index[f"L-{labels[i]}"] for i in np.flatnonzero(self.is_b).tolist()}

    @classmethod
    def from_nlp(cls, nlp: Language) -> GreedyNER | None:
        """A decoder for ``nlp``'s NER, or None when its model is not the one this reproduces."""
        if "ner" not in nlp.pipe_names:
            return None
        ner = nlp.get_pipe("ner")
        model = getattr(ner, "model", None)
        try:
            names = {ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)}
            ok = (
                ner.cfg.get("beam_width") == 1
                and model.name == "parser_model"
                and model.attrs.get("has_upper")
                and not model.attrs.get("unseen_classes")
                and model.get_ref("lower").get_dim("nF") == 3
                and model.get_ref("lower").get_dim("nP") >= 2
                and "O" in names
                and all(n == "O" or n[:2] in ("B-", "I-", "L-", "U-") for n in names)
            )
            return cls(nlp) if ok else None
        except (AttributeError, KeyError, ValueError):
            return None

    def _network(self, pieces: list[Piece]) -> np.ndarray:
        """The ``lower`` layer's precomputed rows (tokens + 1, 3, hidden, pieces); row 0 pads."""
        arrays: dict[int, np.ndarray] = {}
        feats = []
        for p in pieces:
            whole = arrays.get(id(p.doc))
            if whole is None:
                whole = arrays[id(p.doc)] = p.doc.to_array(self.columns).astype(
                    np.uint64, copy=False
                )
            feats.append(whole[p.start : p.end])
        x = feats
        for layer in self.layers:
            x = layer.predict(x)
        return self.lower.predict(x)

    def __call__(self, pieces: list[Piece]) -> list[list[tuple[int, int, int]]]:
        """Per piece, its entities as (start, end, label id), token offsets into the piece's Doc."""
        out: list[list[tuple[int, int, int]]] = [[] for _ in pieces]
        pieces_in = [k for k, p in enumerate(pieces) if p.end > p.start]
        if not pieces_in:
            return out
        used = [pieces[k] for k in pieces_in]
        rows = self._network(used)
        pad = rows[0]
        # "closed" state at each token: features (B0, -, -); summed in spaCy's order
        hidden = rows[1:, 0] + pad[1]
        hidden += pad[2]
        hidden += self.bias
        scores = maxout(hidden) @ self.W.T
        scores += self.b
        ends = np.cumsum([p.end - p.start for p in used])
        starts = ends - np.array([p.end - p.start for p in used])
        sent_start, space = self._token_flags(used)
        has_next = np.ones(len(scores), dtype=bool)
        has_next[ends - 1] = False
        next_starts = np.zeros(len(scores), dtype=bool)
        next_starts[:-1] = sent_start[1:] == 1
        can_go_on = has_next & ~next_starts  # B-x and I-x need a next token in the sentence
        valid = self.is_o[None, :] | (self.is_u[None, :] & ~space[:, None])
        valid |= self.is_b[None, :] & (can_go_on & ~space)[:, None]
        action = np.where(valid, scores, -np.inf).argmax(axis=1)
        piece_of = np.repeat(np.arange(len(used)), ends - starts)
        end = -1
        for g in np.flatnonzero(~self.is_o[action]).tolist():
            if g < end:
                continue
            move = int(action[g])
            k = int(piece_of[g])
            base = int(starts[k])
            first = pieces[pieces_in[k]].start
            if self.is_u[move]:
                out[pieces_in[k]].append((first + g - base, first + g - base + 1, self.label[move]))
                continue
            j = self._entity_end(rows, g, move, can_go_on)
            out[pieces_in[k]].append((first + g - base, first + j - base + 1, self.label[move]))
            end = j + 1
        return out

    def _entity_end(self, rows: np.ndarray, start: int, move: int, can_go_on: np.ndarray) -> int:
        """Index of the last token of the entity opened by B-x at ``start``: the open state at
        token j (features j, the entity's start, j - 1) goes on with I-x or closes with L-x."""
        inside, last = self.inside[move], self.last[move]
        w = self.W[[inside, last]]
        b = self.b[[inside, last]]
        bias = self.bias
        j = start + 1
        while can_go_on[j]:
            hidden = rows[1 + j, 0] + rows[1 + start, 1]
            hidden += rows[j, 2]  # the token before j (row 1 + j - 1)
            hidden += bias
            s_in, s_last = w @ maxout(hidden) + b
            if not (s_in > s_last or (s_in == s_last and inside < last)):
                break
            j += 1
        return j

    @staticmethod
    def _token_flags(pieces: list[Piece]) -> tuple[np.ndarray, np.ndarray]:
        """SENT_START (1 = starts a sentence) and IS_SPACE of every token of the pieces. Raises
        ValueError on a preset entity (spaCy's moves then keep it; these rules do not)."""
        arrays: dict[int, np.ndarray] = {}
        parts = []
        for p in pieces:
            whole = arrays.get(id(p.doc))
            if whole is None:
                whole = p.doc.to_array([SENT_START, IS_SPACE, ENT_IOB]).astype(np.int64)
                if whole[:, 2].any():
                    raise ValueError("GreedyNER reads Docs without preset entities")
                arrays[id(p.doc)] = whole
            parts.append(whole[p.start : p.end])
        flags = np.concatenate(parts)
        return flags[:, 0], flags[:, 1].astype(bool)


#: Words an organisation's name does not end with: the tagger stopped before the place that
#: completes it.
_DANGLING = frozenset(("of", "for", "and", "the", "&"))


def completed(doc: Doc, ents: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``ents`` with an organisation's name that ends in "of" (or "for", "and", "the") joined to
    the entity right after it: the tagger reads "the U.S. Attorney's Office for the Southern
    District of New York" as an organisation "Office for the Southern District of" and a place
    "New York", and the office would be named by half a name, as entity and as speaker."""
    orgs = (doc.vocab.strings["ORG"], doc.vocab.strings["FAC"])
    out: list[tuple[int, int, int]] = []
    for a, b, label in ents:
        if out and out[-1][1] == a and out[-1][2] in orgs:
            start, end, org = out[-1]
            if doc[end - 1].lower_ in _DANGLING:
                out[-1] = (start, b, org)
                continue
        out.append((a, b, label))
    return out


def set_entities(doc: Doc, ents: list[tuple[int, int, int]]) -> None:
    """Set ``ents`` (start, end, label id; sorted, not overlapping), :func:`completed`, as
    ``doc``'s entities and every other token outside one: the same annotation as
    ``doc.set_ents(spans, default="outside")``, written as two arrays (no Span per entity)."""
    if not len(doc):
        doc.set_ents([], default="outside")
        return
    ents = completed(doc, ents)
    arr = np.zeros((len(doc), 2), dtype=np.uint64)
    arr[:, 0] = 2  # O
    for a, b, label in ents:
        arr[a, 0] = 3  # B
        arr[a + 1 : b, 0] = 1  # I
        arr[a:b, 1] = label
    doc.from_array([ENT_IOB, ENT_TYPE], arr)


def maxout(x: np.ndarray) -> np.ndarray:
    """The largest of the pieces (last axis); two pieces by an elementwise maximum, which numpy
    does far faster than a reduction over an axis of length 2 (the same values)."""
    if x.shape[-1] == 2:
        return np.maximum(x[..., 0], x[..., 1])
    return x.max(axis=-1)


@lru_cache(maxsize=2)
def greedy_ner(nlp: Language) -> GreedyNER | None:
    """The decoder of ``nlp``'s NER (built once per pipeline), or None to use spaCy's."""
    return GreedyNER.from_nlp(nlp)


def entity_docs(nlp: Language, texts: list[str]) -> list[Doc]:
    """``texts`` as Docs with NER over each whole text (no parse): :class:`GreedyNER` when it
    recognises ``nlp``'s model, else spaCy's own component."""
    decoder = greedy_ner(nlp)
    if decoder is None:
        return list(nlp.pipe(texts, disable=[n for n in nlp.pipe_names if n != "ner"]))
    docs = [nlp.make_doc(t) for t in texts]
    found = decoder([Piece(d, 0, len(d)) for d in docs])
    for doc, ents in zip(docs, found, strict=True):
        set_entities(doc, ents)
    return docs

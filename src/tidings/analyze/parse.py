"""Paragraphs -> spaCy Docs: entities everywhere, a syntactic parse only where speech may be.

requires: the paragraphs' text. assigns: one Doc per paragraph, with NER on every token and
tags, heads and dependency labels where a sentence may hold an attribution.

Why: entities come from the whole body, but only speech needs the tagger and the parser, which
with their own tok2vec cost about as much again as NER. So:
1. A paragraph that cannot hold an attribution (:func:`needs_parse`: no cue word outside its
   quote marks, no quote tagged by the words around it) gets NER alone.
2. A paragraph that has one is cut into sentences by punctuation (:func:`speech_spans`; never
   inside a quote, so a quote stays with the words that tag it), and only the sentences that
   pass the same test go through tok2vec + tagger + parser, as Docs of their own; when every
   sentence passes, the whole paragraph is parsed as one Doc, as before. The parser's moves are
   decoded by :class:`tidings.analyze.greedyparse.GreedyParser` (spaCy's weights and arc-eager
   choices in numpy, all Docs of the article in lockstep; the same heads and labels; on PolNeAR
   dev the parser stage took 10.1-10.7 ms an article against spaCy's 12.2-14.6, bench/RESULTS.md).
3. The parsed sentences' tags, heads and labels are copied into the paragraph's Doc. The other
   sentences get a flat tree (every token hangs from the sentence's first word with the label
   ``dep``, which no attribution rule reads), so ``doc.sents`` still gives the sentences and
   :mod:`tidings.analyze.quotes` reads one Doc per paragraph as before.
4. NER runs last over every paragraph Doc (it keeps to the sentences it is given, as it does
   after the parser in spaCy's own pipeline order), and only where an entity tidings keeps can
   be (:func:`entity_spans`): people, organisations, places and groups always hold a capital
   letter, so a stretch of lower-case words further than :data:`NER_MARGIN` tokens from any
   capitalised word is not read. On PolNeAR dev that skips 40% of the tokens, and 8 of 4,999
   kept entities change (lower-case ones such as "taco" ORG or "n't" GPE). The stretches are
   decoded by :class:`tidings.analyze.ner.GreedyNER` (spaCy's NER weights and greedy choices in
   numpy, without spaCy's per-step GIL round trips; the same entities, about half the CPU).
Measured on PolNeAR dev: see bench/RESULTS.md, "Quotes on PolNeAR", the speed updates.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import DEP, HEAD, IS_SPACE, LOWER, NORM, ORTH, POS, SPACY, TAG
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span

from tidings.analyze.cues import (
    IN_VIEW,
    MADE_CLEAR,
    MESSAGE_COLON,
    SOURCE_PER,
    frames_quote,
    has_cue_word,
    has_owned_noun,
)
from tidings.analyze.greedyparse import greedy_parser
from tidings.analyze.ner import Piece, greedy_ner, set_entities
from tidings.analyze.nlp import (
    keep_entities,
    make_doc,
    sentence_hooks,
    single_blas_thread,
    text_of,
)
from tidings.analyze.quotemarks import Quoted, find_quoted
from tidings.model import Paragraph
from tidings.wordlists import word_list

#: Tokens that end a sentence when the next word starts with a capital, a digit or a mark.
_ENDS = frozenset({".", "!", "?", "...", "…", "?!", "!?"})
_OPENERS = "\"'“‘„«»([—–-"
#: Abbreviated titles the tokenizer splits from their full stop ('Lt', '.'): the stop ends no
#: sentence ('spokesman Lt. Col. James Pruitt said ...').
_TITLE_STOPS = frozenset(
    word_list("Lt Col Gen Maj Capt Cpt Sgt Cmdr Adm Brig Cpl Pvt Gov Sen Rep Rev Prof Dr Mr Mrs Ms")
)
_PARSE_ATTRS = [TAG, POS, HEAD, DEP]

#: NER reads every token within this many tokens of a capitalised one. The model's tok2vec sees
#: 4 tokens each side and its NER decision looks at the token before, so 5 keeps every input
#: that decides an entity made of (or next to) capitalised words.
NER_MARGIN = 5
#: Stretches without a capital shorter than this are read anyway (cutting costs more).
NER_MIN_GAP = 6
#: Common words that are capitalised only when they open a sentence or a quote: then they are
#: no sign of a name (entities kept by tidings, people, organisations, places, groups, always
#: hold a capital: KEPT_LABELS in analyze/entities.py).
_OPENING_TEXT = """
    a about after again all also although an and another any are as at because before both
    but by can could did do does each even every few for from had has have he her here his how
    however if in instead is it its just last many meanwhile more most much my neither no nor not
    now of on once one only or other our over she since so some still such than that the their
    them then there these they this those though thus to too under until was we were what when
    where whether which while who why with within without yet you your"""
_OPENING_WORDS = frozenset(_OPENING_TEXT.split())
#: Tokens after which a capitalised word opens a sentence or a quote.
_OPENING_AFTER = frozenset(
    {".", "!", "?", ":", ";", "...", "…", '"', "“", "‘", "'", "(", "[", "—", "–", "-", "--"}
)


def _blank_quotes(text: str, quoted: list[Quoted]) -> str:
    """``text`` with the quoted characters (``quoted``, in order of start) turned to spaces, the
    same length; built from slices (runs for every paragraph and every sentence tested)."""
    parts, pos = [], 0
    for q in quoted:
        start = max(q.start, pos)
        if q.end > start:
            parts += (text[pos:start], " " * (q.end - start))
            pos = q.end
    parts.append(text[pos:])
    return "".join(parts)


def needs_parse(text: str) -> bool:
    """True when ``text`` may hold an attribution, so a parse can find it: a cue word outside its
    quote marks, a noun of saying with an owner ("his contention that ...":
    :func:`has_owned_noun`), "made it clear" (:data:`MADE_CLEAR`), a message and its colon
    (:data:`MESSAGE_COLON`), "per" a source (:data:`SOURCE_PER`), or a quote framed by words
    that tag it with any verb (:func:`frames_quote`: '"...," Trump shot back', 'She addressed
    them again: "...')."""
    outside = _blank_quotes(text, find_quoted(text))
    return (
        has_cue_word(outside)
        or has_owned_noun(outside)
        or MADE_CLEAR.search(outside) is not None
        or MESSAGE_COLON.search(outside) is not None
        or SOURCE_PER.search(outside) is not None
        or frames_quote(text)
        or IN_VIEW.search(text) is not None
    )


def _marked(quoted: list[Quoted], length: int) -> list[tuple[int, int]]:
    """Character ranges from each opening mark to its closing mark (or the paragraph's end)."""
    return [
        (q.open_mark if q.open_mark >= 0 else q.start, q.close_mark + 1 if q.closed else length)
        for q in quoted
    ]


def sentence_starts(doc: Doc, quoted: list[Quoted]) -> list[int]:
    """Token indices where a sentence starts: after '.', '!' or '?' outside quote marks, when the
    next word opens with a capital, a digit or a mark. Errs towards longer sentences
    ("Mr. Smith" and "U.S." are one token each, so they never end one).

    Only the few end tokens are looked at as Tokens (found by their ORTH ids, a set test on
    the id list: on a paragraph of 40 tokens a third of the time of comparing the id array
    with the seven ids in numpy, whose fixed cost per call is most of it)."""
    ends = _end_ids(doc.vocab.strings)
    orth = doc.to_array(ORTH).tolist()
    found = [k for k in range(len(orth) - 1) if orth[k] in ends]
    starts = [0]
    if not found:
        return starts
    marked = _marked(quoted, len(text_of(doc)))
    for k in found:
        idx = doc[k].idx
        if any(a <= idx < b for a, b in marked):
            continue
        if k > 0 and doc[k - 1].text in _TITLE_STOPS and doc[k].text == ".":
            continue
        nxt = doc[k + 1]
        first = nxt.text[0]
        if nxt.is_space or not (first.isupper() or first.isdigit() or first in _OPENERS):
            continue
        starts.append(k + 1)
    return starts


_END_IDS: dict[int, tuple[StringStore, frozenset[int]]] = {}


def _end_ids(strings: StringStore) -> frozenset[int]:
    """ORTH ids of :data:`_ENDS` in ``strings`` (kept per string store, which is held so that
    its id is never reused)."""
    kept = _END_IDS.get(id(strings))
    if kept is None or kept[0] is not strings:
        kept = _END_IDS[id(strings)] = (strings, frozenset(strings.add(t) for t in _ENDS))
    return kept[1]


def speech_spans(
    doc: Doc, quoted: list[Quoted], starts: list[int] | None = None
) -> list[tuple[int, int]]:
    """Token ranges [start, end) of the runs of sentences of ``doc`` that may hold speech: the
    paragraph's test, :func:`needs_parse`, on each sentence (no sentence cuts a quote).
    ``starts``: the paragraph's :func:`sentence_starts`, when the caller has them already."""
    if starts is None:
        starts = sentence_starts(doc, quoted)
    if len(starts) == 1:
        return [(0, len(doc))]
    spans: list[tuple[int, int]] = []
    text = text_of(doc)
    for a, b in zip(starts, [*starts[1:], len(doc)], strict=True):
        if not needs_parse(text[doc[a].idx : doc[b - 1].idx + len(doc[b - 1])]):
            continue
        if spans and spans[-1][1] == a:
            spans[-1] = (spans[-1][0], b)  # neighbours are parsed together, as one Doc
        else:
            spans.append((a, b))
    return spans


def _piece(doc: Doc, start: int, end: int, sentences: bool = False) -> Doc:
    """Tokens [start, end) of ``doc`` as a Doc of their own, with their norms (the tokenizer's
    exceptions set some: "Wis." -> "wisconsin", and the models read them) and, when
    ``sentences``, their sentence starts. Cheaper than ``Span.as_doc``, which copies more; the
    words and spaces are read from the ORTH and SPACY arrays, without a Token per word."""
    starts = None
    if sentences and doc.has_annotation("SENT_START"):
        starts = [tok.is_sent_start or k == 0 for k, tok in enumerate(doc[start:end])]
    orth, space, norm = doc.to_array([ORTH, SPACY, NORM])[start:end].T
    strings = doc.vocab.strings
    piece = Doc(
        doc.vocab,
        words=[strings[o] for o in orth.tolist()],
        spaces=[bool(w) for w in space.tolist()],
        sent_starts=starts,
    )
    piece.from_array([NORM], np.ascontiguousarray(norm))
    return piece


def _flat_tree(doc: Doc, starts: Iterable[int], out: np.ndarray) -> None:
    """Fill ``out`` (HEAD, DEP columns) with one flat tree per sentence: every token hangs from
    the sentence's first token with the label 'dep'."""
    dep, root = doc.vocab.strings.add("dep"), doc.vocab.strings.add("ROOT")
    bounds = list(starts)
    for a, b in zip(bounds, [*bounds[1:], len(doc)], strict=True):
        out[a:b, 2] = (a - np.arange(a, b)).astype(np.int64).astype(np.uint64)
        out[a:b, 3] = dep
        out[a, 3] = root


def _merge(doc: Doc, starts: list[int], parts: list[tuple[int, int, Doc]]) -> None:
    """Copy the parses of ``parts`` (token start, end, parsed Doc) into ``doc``; the tokens
    outside them get flat sentence trees (``starts``: :func:`sentence_starts`)."""
    arr = np.zeros((len(doc), len(_PARSE_ATTRS)), dtype=np.uint64)
    _flat_tree(doc, starts, arr)
    for a, b, sub in parts:
        arr[a:b] = sub.to_array(_PARSE_ATTRS)
    doc.from_array(_PARSE_ATTRS, arr)


def parse_paragraphs(nlp: Language, paragraphs: list[Paragraph]) -> tuple[list[Doc], list[bool]]:
    """One Doc per paragraph (entities wherever they can be; tags and parse on its speech
    sentences) and, per paragraph, whether it was parsed at all. BLAS runs on one thread."""
    with single_blas_thread():
        return _parse_paragraphs(nlp, paragraphs)


def _parse_paragraphs(nlp: Language, paragraphs: list[Paragraph]) -> tuple[list[Doc], list[bool]]:
    docs = [make_doc(nlp, p.text) for p in paragraphs]
    parsed = [p.role != "subheading" and needs_parse(p.text) for p in paragraphs]
    quoted = [find_quoted(p.text) if w else [] for p, w in zip(paragraphs, parsed, strict=True)]
    starts: dict[int, list[int]] = {}  # sentence starts of the paragraphs parsed
    jobs: list[tuple[int, int, int, Doc]] = []  # paragraph, token start, end, Doc to parse
    for i, doc in enumerate(docs):
        if not parsed[i]:
            continue
        starts[i] = sentence_starts(doc, quoted[i])
        spans = speech_spans(doc, quoted[i], starts[i])
        parsed[i] = bool(spans)
        if spans == [(0, len(doc))]:
            jobs.append((i, 0, len(doc), doc))
        else:
            jobs += [(i, a, b, _piece(doc, a, b)) for a, b in spans]
    parser = greedy_parser(nlp)
    skip = [n for n in nlp.pipe_names if n == "ner" or (n == "parser" and parser is not None)]
    for _ in nlp.pipe((job[3] for job in jobs), disable=skip):
        pass
    if parser is not None:
        parser([job[3] for job in jobs])
    parts: dict[int, list[tuple[int, int, Doc]]] = {}
    for i, a, b, sub in jobs:
        if sub is not docs[i]:
            parts.setdefault(i, []).append((a, b, sub))
    for i, doc_parts in parts.items():
        _merge(docs[i], starts[i], doc_parts)
    recognise_entities(nlp, docs)
    for doc in docs:
        sentence_hooks(doc)  # the Docs are final: their sentences can be looked up
        keep_entities(doc)  # and their entities kept
    return docs, parsed


def _candidates(doc: Doc) -> list[int]:
    """Tokens that may belong to a kept entity: they hold a capital letter, and are not "I"
    nor a common word capitalised only because it opens a sentence or a quote. (Words are read
    from the ORTH, LOWER and IS_SPACE arrays, without a Token per word.)"""
    arr = doc.to_array([ORTH, LOWER, IS_SPACE])
    strings = doc.vocab.strings
    orth, space = None, None
    out = []
    for i in np.flatnonzero(arr[:, 0] != arr[:, 1]).tolist():
        if orth is None:
            orth, space = arr[:, 0].tolist(), arr[:, 2].tolist()
        text = strings[orth[i]]
        if text == "I":
            continue
        if text.lower() in _OPENING_WORDS and text[1:].islower():
            j = i - 1
            while j >= 0 and space[j]:
                j -= 1
            if j < 0 or strings[orth[j]] in _OPENING_AFTER:
                continue
        out.append(i)
    return out


def entity_spans(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges [start, end) of ``doc`` that NER must read: every token within
    :data:`NER_MARGIN` of a capitalised one; a gap shorter than :data:`NER_MIN_GAP` is kept."""
    n = len(doc)
    spans: list[tuple[int, int]] = []
    for i in _candidates(doc):
        a, b = max(0, i - NER_MARGIN), min(n, i + NER_MARGIN + 1)
        if spans and a - spans[-1][1] < NER_MIN_GAP:
            spans[-1] = (spans[-1][0], b)
        else:
            spans.append((a, b))
    if spans and spans[0][0] < NER_MIN_GAP:
        spans[0] = (0, spans[0][1])
    if spans and n - spans[-1][1] < NER_MIN_GAP:
        spans[-1] = (spans[-1][0], n)
    return spans


def recognise_entities(nlp: Language, docs: list[Doc]) -> None:
    """Run NER over ``docs`` in place, only on the stretches :func:`entity_spans` keeps.

    The stretches go to :class:`tidings.analyze.ner.GreedyNER` (spaCy's weights and choices,
    decoded in numpy; no Doc per stretch) when it recognises the model, else to spaCy's own
    component as Docs of their own."""
    decoder = greedy_ner(nlp)
    if decoder is None:
        _recognise_entities_spacy(nlp, docs)
        return
    pieces = [Piece(doc, a, b) for doc in docs for a, b in entity_spans(doc)]
    found: dict[int, list[tuple[int, int, int]]] = {}
    for piece, ents in zip(pieces, decoder(pieces), strict=True):
        found.setdefault(id(piece.doc), []).extend(ents)
    for doc in docs:
        set_entities(doc, found.get(id(doc), []))


def _recognise_entities_spacy(nlp: Language, docs: list[Doc]) -> None:
    """:func:`recognise_entities` through spaCy's NER component (a model GreedyNER does not
    reproduce)."""
    ner_only = [name for name in nlp.pipe_names if name != "ner"]
    jobs: list[tuple[int, int, Doc]] = []  # paragraph, token start, Doc to run NER on
    for i, doc in enumerate(docs):
        spans = entity_spans(doc)
        if spans == [(0, len(doc))]:
            jobs.append((i, 0, doc))
        else:
            jobs += [(i, a, _piece(doc, a, b, sentences=True)) for a, b in spans]
    for _ in nlp.pipe((job[2] for job in jobs), disable=ner_only):
        pass
    found: dict[int, list[Span]] = {i: [] for i, _, sub in jobs if sub is not docs[i]}
    for i, a, sub in jobs:
        if sub is not docs[i]:
            found[i] += [Span(docs[i], a + e.start, a + e.end, label=e.label) for e in sub.ents]
    read = {job[0] for job in jobs}
    for i, doc in enumerate(docs):
        if i in found or i not in read:
            doc.set_ents(found.get(i, []), default="outside")
        set_entities(doc, [(e.start, e.end, e.label) for e in doc.ents])  # ner.completed

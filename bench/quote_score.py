"""How a quote benchmark scores predictions against gold attributions: one rule for every set.

Used by bench/quotes_polnear.py (PolNeAR, from ../shared) and bench/quote_gold.py (the project's
hand-annotated pages in tests/data/quote_gold), so both report the same (a)-(d):

- a predicted and a gold content match when the characters they share are at least half of the
  longer of the two (``MIN_OVERLAP``); matching is one-to-one, best overlap first (``match``);
- predictions that share a cue are merged first ('"A," he said, "B."' is one attribution), for
  every tool alike (``merge_by_cue``);
- (a) direct quotes: gold contents at least half inside quote marks vs predicted quotes of kind
  'direct' or 'mixed' (textacy: all it yields); (b) (a) with the speaker also right
  (``speaker_right``); (c) all attributions, reported speech included; (d) speaker accuracy on
  the direct quotes matched in (a).

That is the default, strict scorer (``STRICT``). A second, named one (``ISSUE``) is the reading of
issue 4's wording that reproduces the issue's reference figures for the peers (marks only (a)
about 0.94; textacy (b) 0.73, (c) 0.32, (d) 0.89), chosen by bench/quote_calibrate.py among 640
readings on the peers alone, before tidings was scored with it (bench/RESULTS.md, "Quote scorer
calibrated against issue 4's reference figures"). It differs from ``STRICT`` in four rules:

- overlap is the shared characters over the *predicted* span (``overlap_of_pred``): a prediction
  lying at least half inside a gold content matches it;
- matching is "any" (``match_any``): a prediction is right when it matches any gold, a gold is
  found when any prediction matches it (precision and recall count different things);
- (a)/(b) precision is against every gold content, recall over the direct gold: a quoted stretch
  inside reported speech is not a false positive;
- an article the tool crashed on (textacy raises on unclosed quote marks) is left out of that
  tool's scores instead of counting as no output.

It is lenient (a fragment inside a long gold content counts as right): use it to put figures on
the issue's scale, and the strict scorer to measure progress.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tidings.analyze import analyze
from tidings.analyze.quotemarks import find_quoted
from tidings.model import Article
from tidings.options import Options

#: A predicted and a gold span match at this overlap (shared chars / longer span).
MIN_OVERLAP = 0.5
#: Paragraphs: PolNeAR texts put one paragraph on a line (some with no blank line between).
BLOCK = re.compile(r"[^\n]*\S[^\n]*")


@dataclass
class Gold:
    content: set[int]
    source: set[int]
    source_text: str
    direct: bool


@dataclass
class Pred:
    content: set[int]
    speakers: list[set[int]] = field(default_factory=list)
    name: str = ""
    direct: bool = True
    cue: tuple[int, int] | None = None
    #: the addressee as the tool names it, and its mention's characters (line (f) of
    #: bench/quote_gold.py; empty when the tool gives none; immutable defaults, so predictions
    #: pickled before these fields existed still load with them)
    addressee: str = ""
    addressee_chars: frozenset[int] = frozenset()


def mark_chars(text: str) -> set[int]:
    """Characters inside quote marks (marks included), paragraph (line) by paragraph."""
    out: set[int] = set()
    for m in BLOCK.finditer(text):
        for q in find_quoted(m.group()):
            out.update(
                range(
                    m.start() + q.open_mark, m.start() + (q.close_mark if q.closed else q.end) + 1
                )
            )
    return out


#: Quotes whose speaker the page's layout gives instead of a cue: the answers of a printed
#: question-and-answer interview (``analyze.interviews``). PolNeAR annotates attributions (a
#: source, a cue, a content) and marks no answer as one: in its one Q&A of train 0-499
#: (Politico's with Joe Biden) only the cued attributions inside the answers are annotated, with
#: "I" as their source. The answers are left out of the scores, and the benchmark counts them.
UNSCORED_ATTRIBUTIONS = frozenset({"interview"})


def scored(quotes: list) -> list:
    """The quotes a PolNeAR-style gold can hold (see ``UNSCORED_ATTRIBUTIONS``)."""
    return [q for q in quotes if q.attribution not in UNSCORED_ATTRIBUTIONS]


def tidings_preds(article: Article, floating_joined: bool = True) -> list[Pred]:
    result = analyze(article)
    return quote_preds(result.quotes, result.speakers, floating_joined)


def quote_preds(quotes, speakers, floating_joined: bool = True) -> list[Pred]:
    """tidings' quotes as predictions: content, speaker mentions (the quote's own and every
    mention of its resolved speaker), resolved name, direct or not, cue.

    ``floating_joined``: a floating quote (a paragraph that is only a quote, after the one it
    inherits its speaker from) shares that quote's cue, so :func:`merge_by_cue` makes them one
    attribution, as PolNeAR annotates them (77 of 99 on train 0-499: bench/RESULTS.md, "Direct
    quotes tidings still misses, session 6"). The hand golds of bench/quote_gold.py annotate
    it as an attribution of its own with no cue, and score it with ``False``."""
    by_id = {s.id: s for s in speakers}
    preds = []
    cue_of: dict[str, tuple[int, int] | None] = {}
    for q in scored(quotes):
        # a quote carried on over paragraphs is one attribution, as in PolNeAR: it shares the
        # cue of the quote it continues, so merge_by_cue joins them
        joined = floating_joined or q.attribution != "floating"
        cue = (
            (q.cue.start, q.cue.end)
            if q.cue
            else (cue_of.get(q.continues or "") if joined else None)
        )
        cue_of[q.id] = cue
        ments = (
            [set(range(q.speaker_mention.start, q.speaker_mention.end))]
            if q.speaker_mention
            else []
        )
        sp = by_id.get(q.speaker_id or "")
        if sp is not None:
            ments += [set(range(m.start, m.end)) for m in sp.mentions]
        to = q.addressee_mention
        preds.append(
            Pred(
                set(range(q.content.start, q.content.end)),
                ments,
                q.speaker or "",
                q.kind in ("direct", "mixed"),
                cue,
                q.addressee or "",
                frozenset(range(to.start, to.end)) if to else frozenset(),
            )
        )
    return preds


def textacy_nlp():
    """textacy's pipeline: the same spaCy model, every component (its cues need lemmas)."""
    import spacy

    return spacy.load(Options().spacy_model)


def textacy_preds(nlp, text: str) -> tuple[list[Pred], bool]:
    """textacy's direct quotations; (preds, crashed)."""
    from textacy.extract.triples import direct_quotations

    doc = nlp(text)
    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return [], True
    preds = []
    for t in triples:
        sp = {i for tok in t.speaker for i in range(tok.idx, tok.idx + len(tok))}
        cue = (t.cue[0].idx, t.cue[-1].idx + len(t.cue[-1])) if t.cue else None
        content = set(range(t.content.start_char, t.content.end_char))
        preds.append(
            Pred(content, [sp] if sp else [], " ".join(tok.text for tok in t.speaker), True, cue)
        )
    return preds, False


def marks_preds(text: str, min_words: int = 0) -> list[Pred]:
    """Every quoted stretch of every paragraph as a direct quote: the marks-only baseline."""
    preds = []
    for m in BLOCK.finditer(text):
        for q in find_quoted(m.group()):
            if len(m.group()[q.start : q.end].split()) >= min_words:
                preds.append(Pred(set(range(m.start() + q.start, m.start() + q.end))))
    return preds


def merge_by_cue(preds: list[Pred]) -> list[Pred]:
    """Join predictions that share a cue (one attribution split around its cue)."""
    out: list[Pred] = []
    by_cue: dict[tuple[int, int], Pred] = {}
    for p in preds:
        key = p.cue
        if key is not None and key in by_cue and by_cue[key].direct == p.direct:
            by_cue[key].content |= p.content
            continue
        merged = Pred(
            set(p.content),
            list(p.speakers),
            p.name,
            p.direct,
            p.cue,
            p.addressee,
            p.addressee_chars,
        )
        if key is not None:
            by_cue[key] = merged
        out.append(merged)
    return out


def overlap(a: set[int], b: set[int]) -> float:
    return len(a & b) / max(len(a), len(b), 1)


def overlap_of_pred(p: set[int], g: set[int]) -> float:
    """The issue scorer's overlap: the share of the predicted span that lies in the gold one."""
    return len(p & g) / max(len(p), 1)


def match(preds: list[Pred], gold: list[Gold], ov=overlap) -> list[tuple[Pred, Gold]]:
    """One-to-one matches at overlap (``ov``) >= MIN_OVERLAP, best first."""
    pairs = sorted(
        ((ov(p.content, g.content), i, j) for i, p in enumerate(preds) for j, g in enumerate(gold)),
        reverse=True,
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for ov, i, j in pairs:
        if ov < MIN_OVERLAP:
            break
        if i in used_p or j in used_g:
            continue
        used_p.add(i)
        used_g.add(j)
        out.append((preds[i], gold[j]))
    return out


def match_any(preds: list[Pred], gold: list[Gold], ov=overlap_of_pred) -> list[tuple[int, int]]:
    """Every (prediction, gold) index pair at overlap (``ov``) >= MIN_OVERLAP: under the issue
    scorer a prediction is right when it is in any pair, a gold found when it is in any."""
    return [
        (i, j)
        for i, p in enumerate(preds)
        for j, g in enumerate(gold)
        if ov(p.content, g.content) >= MIN_OVERLAP
    ]


_PROPER = re.compile(r"\b[A-Z][\w'’.-]+")
_NOT_NAMES = {"The", "A", "An", "He", "She", "They", "It", "We", "I", "His", "Her", "Their"}


#: Where a Source's head ends: an appositive after a comma, a party tag in parentheses.
_HEAD_END = re.compile(r"[,(]")


def source_name(source_text: str) -> str:
    """The gold Source's proper name: the last capitalised word of its head phrase.

    "Russian President Vladimir Putin" -> "Putin"; "Ben Jealous, the former president of the
    NAACP" -> "Jealous" (the appositive's "NAACP" is not who spoke); "Paul Ryan (R-WI)" -> "Ryan";
    "a spokesman for the Kremlin" -> "Kremlin".
    """
    head = _HEAD_END.split(source_text, maxsplit=1)[0]
    names = [w for w in _PROPER.findall(head) if w not in _NOT_NAMES]
    if not names:  # nothing capitalised before the comma: fall back to the whole span
        names = [w for w in _PROPER.findall(source_text) if w not in _NOT_NAMES]
    return names[-1] if names else ""


def speaker_right(p: Pred, g: Gold) -> bool:
    if any(m & g.source for m in p.speakers):
        return True
    name = source_name(g.source_text)
    return bool(name) and name.lower() in p.name.lower()


@dataclass
class Tally:
    """Counts behind P/R/F1: ``tp`` right predictions, ``found`` gold found (the same number
    under one-to-one matching; the issue scorer's "any" matching counts them apart)."""

    tp: int = 0
    pred: int = 0
    gold: int = 0
    found: int = 0

    def add(self, tp: int, pred: int, gold: int, found: int | None = None) -> None:
        self.tp += tp
        self.pred += pred
        self.gold += gold
        self.found += tp if found is None else found

    def prf(self) -> tuple[float, float, float]:
        p = self.tp / self.pred if self.pred else 0.0
        r = self.found / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(frozen=True)
class Scoring:
    """A named scorer: the rules in which ``STRICT`` and ``ISSUE`` differ (module docstring)."""

    name: str
    overlap: str  # "longer": shared / longer span; "pred": shared / predicted span
    matching: str  # "one-to-one" best first, or "any"
    a_precision: str  # (a)/(b) precision against "direct" gold or "all" gold contents
    skip_crashed: bool  # leave out an article the tool crashed on
    summary: str = ""


STRICT = Scoring(
    "strict",
    "longer",
    "one-to-one",
    "direct",
    False,
    "overlap = shared / longer span, one-to-one, precision of (a) against direct gold",
)
ISSUE = Scoring(
    "issue",
    "pred",
    "any",
    "all",
    True,
    "overlap = shared / predicted span, any-match, precision of (a) against all gold, "
    "crashed articles left out (issue 4's reference figures' reading)",
)
SCORINGS = {s.name: s for s in (STRICT, ISSUE)}


@dataclass
class Side:
    """One comparison of predictions with gold: right predictions, gold found, and the same two
    with the speaker also right; (d) counts ``sp_pred`` of the matched ``tp``."""

    tp: int
    found: int
    sp_pred: int
    sp_found: int


def compare(preds: list[Pred], gold: list[Gold], scoring: Scoring) -> Side:
    """Match ``preds`` with ``gold`` under ``scoring``'s overlap and matching rules."""
    ov = {"longer": overlap, "pred": overlap_of_pred}[scoring.overlap]
    if scoring.matching == "one-to-one":
        m = match(preds, gold, ov)
        right = sum(speaker_right(p, g) for p, g in m)
        return Side(len(m), len(m), right, right)
    hits = match_any(preds, gold, ov)
    right = [(i, j) for i, j in hits if speaker_right(preds[i], gold[j])]
    return Side(
        len({i for i, _ in hits}),
        len({j for _, j in hits}),
        len({i for i, _ in right}),
        len({j for _, j in right}),
    )


@dataclass
class Scores:
    a: Tally = field(default_factory=Tally)
    b: Tally = field(default_factory=Tally)
    c: Tally = field(default_factory=Tally)
    c_speaker: Tally = field(default_factory=Tally)
    d_right: int = 0
    d_total: int = 0
    scoring: Scoring = STRICT
    skipped: int = 0  # crashed articles left out (``Scoring.skip_crashed``)

    def add(self, preds: list[Pred], gold: list[Gold], crashed: bool = False) -> None:
        if crashed and self.scoring.skip_crashed:
            self.skipped += 1
            return
        if self.scoring is not STRICT:
            self._add_scored(merge_by_cue(preds), gold)
            return
        preds = merge_by_cue(preds)
        direct_p = [p for p in preds if p.direct]
        direct_g = [g for g in gold if g.direct]
        m = match(direct_p, direct_g)
        right = sum(speaker_right(p, g) for p, g in m)
        self.a.add(len(m), len(direct_p), len(direct_g))
        self.b.add(right, len(direct_p), len(direct_g))
        self.d_right += right
        self.d_total += len(m)
        m_all = match(preds, gold)
        self.c.add(len(m_all), len(preds), len(gold))
        self.c_speaker.add(sum(speaker_right(p, g) for p, g in m_all), len(preds), len(gold))

    def _add_scored(self, preds: list[Pred], gold: list[Gold]) -> None:
        """(a)-(d) under a scoring other than the strict one (whose code above stays as it was
        measured)."""
        sc = self.scoring
        direct_p = [p for p in preds if p.direct]
        direct_g = [g for g in gold if g.direct]
        rec = compare(direct_p, direct_g, sc)
        prec = compare(direct_p, gold, sc) if sc.a_precision == "all" else rec
        self.a.add(prec.tp, len(direct_p), len(direct_g), rec.found)
        self.b.add(prec.sp_pred, len(direct_p), len(direct_g), rec.sp_found)
        self.d_right += rec.sp_pred
        self.d_total += rec.tp
        every = compare(preds, gold, sc)
        self.c.add(every.tp, len(preds), len(gold), every.found)
        self.c_speaker.add(every.sp_pred, len(preds), len(gold), every.sp_found)


def print_table(ours: Scores, theirs: Scores) -> None:
    """The (a)-(d) table, tidings beside textacy, as both quote benchmarks print it."""
    print("| score | tidings P | R | F1 | textacy P | R | F1 |")
    print("|---|---|---|---|---|---|---|")
    for label, a, b in (
        ("(a) direct quotes", ours.a, theirs.a),
        ("(b) direct + speaker", ours.b, theirs.b),
        ("(c) all attributions", ours.c, theirs.c),
        ("(c') all + speaker", ours.c_speaker, theirs.c_speaker),
    ):
        print(f"| {label} | " + " | ".join(f"{x:.3f}" for x in (*a.prf(), *b.prf())) + " |")
    da = ours.d_right / max(1, ours.d_total)
    db = theirs.d_right / max(1, theirs.d_total)
    d_ours = f"{da:.3f} ({ours.d_right}/{ours.d_total})"
    d_theirs = f"{db:.3f} ({theirs.d_right}/{theirs.d_total})"
    print(f"| (d) speaker accuracy on matched direct | {d_ours} | | | {d_theirs} | | |")

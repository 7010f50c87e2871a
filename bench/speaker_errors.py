"""Matched direct quotes whose speaker is wrong or missing on PolNeAR, under both scorers, grouped.

    PYTHONPATH=src python bench/speaker_errors.py --split train --limit 500 > /tmp/sp-train.txt
    PYTHONPATH=src python bench/speaker_errors.py --split dev
    PYTHONPATH=src python bench/speaker_errors.py --split train --start 500 --totals  # held out

For development: lists may be printed for PolNeAR train 0-499 and dev; the held-out slice (train
500-839) runs with ``--totals`` only (the script refuses to list its errors). Predictions are
tidings' whole analysis path (``analyze``, as ``quote_score.tidings_preds``), so the (d) totals
printed are bench/quotes_polnear.py's.

An error is a direct (or mixed) prediction matched to a gold direct quote (strict: one-to-one;
issue: any match) whose speaker ``quote_score.speaker_right`` does not accept. Each is put in one
class, decided in this order from what tidings did:

- ``no speaker``: the quote has no speaker at all;
- ``gold convention: no one named``: the gold Source is empty, the quote's own words, the cue
  word ("said": PolNeAR's Source and Cue labels swapped) or a relative pronoun ("who", whose
  antecedent tidings names, and the scorer cannot match a name with "who");
- ``quote inside another quote``: tidings' cue lies inside another quote's content (a quote
  someone reports someone else said: 'Grayson said ..., the source recalled');
- ``gold convention: a document or outlet``: tidings names a person, the gold Source is the
  document or outlet that carried the words ('Sanders said, according to CNN', 'a transcript
  of the show');
- ``floating``: the quote took its speaker from an earlier quote (attribution floating or
  continuation) and that speaker is wrong;
- ``pronoun/nominal``: the speaker mention is a pronoun or a lower-case nominal ("he", "the
  official") resolved to the wrong antecedent;
- ``other mention``: the speaker mention is another name in the text (object, addressee, a
  person named in the quote).

(A speaker mention that overlaps the gold Source is right by ``speaker_right``'s first test, so
"mention right, name wrong" never shows here: a name resolved wrongly costs only floating quotes.)
"""

from __future__ import annotations

import argparse
import collections
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from quote_score import (  # noqa: E402
    MIN_OVERLAP,
    SCORINGS,
    Gold,
    Pred,
    match,
    overlap,
    overlap_of_pred,
    quote_preds,
    scored,
    speaker_right,
)
from quotes_polnear import article_of, pairs, read_gold  # noqa: E402

from tidings.analyze import analyze  # noqa: E402
from tidings.model import Quote  # noqa: E402

#: Articles whose errors may be listed: (split, first, last + 1).
STUDY = {"train": (0, 500), "dev": (0, 10**6)}
_PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "his", "her", "their"}
#: Gold Sources that name no one: the cue word (PolNeAR's Source and Cue labels swapped on
#: '"...," said Hester') and relative pronouns, whose antecedent tidings names instead.
_NO_ONE = {"said", "says", "told", "who", "which", "that"}


def merged(quotes: list[Quote], preds: list[Pred]) -> list[tuple[Pred, list[Quote]]]:
    """``quote_score.merge_by_cue``, keeping the quotes behind each merged prediction."""
    out: list[tuple[Pred, list[Quote]]] = []
    by_cue: dict[tuple[int, int], tuple[Pred, list[Quote]]] = {}
    for q, p in zip(quotes, preds, strict=True):
        if p.cue is not None and p.cue in by_cue and by_cue[p.cue][0].direct == p.direct:
            by_cue[p.cue][0].content |= p.content
            by_cue[p.cue][1].append(q)
            continue
        item = (Pred(set(p.content), list(p.speakers), p.name, p.direct, p.cue), [q])
        if p.cue is not None:
            by_cue[p.cue] = item
        out.append(item)
    return out


#: Words of a gold Source that is a document, a channel or an outlet's report, not a person.
_DOCUMENT = re.compile(
    r"\b(transcript|report|account|audio|post|ad|spot|statement|article|piece|interview|"
    r"website|excerpts|voice|voice-over|message|finding|bylaws|standards|headline|paper|"
    r"CNN|Sun|Times|Today|Edition|Radio|News|Post)\b"
)


def classify(text: str, q: Quote, g: Gold, quotes: list[Quote]) -> str:
    src = g.source_text
    if q.speaker is None and q.speaker_mention is None:
        return "no speaker"
    low = src.strip().lower()
    if not g.source or g.source <= g.content or low in _NO_ONE or low.startswith("said "):
        return "gold convention: no one named"
    if q.cue is not None and any(
        o is not q and o.content.start <= q.cue.start < o.content.end for o in quotes
    ):
        return "quote inside another quote"
    named = q.speaker_mention is not None and q.speaker_mention.text[:1].isupper()
    if named and _DOCUMENT.search(src) and not _DOCUMENT.search(q.speaker or ""):
        return "gold convention: a document or outlet"
    if q.attribution in ("floating", "continuation"):
        return "floating"
    if q.speaker_mention is not None:
        m = text[q.speaker_mention.start : q.speaker_mention.end]
        if m.lower() in _PRONOUNS or not m[:1].isupper() or m.split()[0].lower() in {"the", "a"}:
            return "pronoun/nominal"
    return "other mention"


def errors(split: str, start: int, limit: int, scorer: str):
    """Yield (scorer, class, record) for every speaker error, and count (d) totals."""
    totals = collections.Counter()
    out = []
    for name, txt, ann in pairs(split)[start : start + limit]:
        text = txt.read_text(encoding="utf-8")
        result = analyze(article_of(name, text))
        quotes = scored(result.quotes)  # as quote_preds reads them: interview answers left out
        preds = quote_preds(result.quotes, result.speakers)
        items = [(p, qs) for p, qs in merged(quotes, preds) if p.direct]
        gold = [g for g in read_gold(ann, text) if g.direct]
        for sc in SCORINGS.values():
            if scorer not in ("both", sc.name):
                continue
            if sc.matching == "one-to-one":
                pairs_ = [
                    (next(i for i, it in enumerate(items) if it[0] is p), g)
                    for p, g in match([p for p, _ in items], gold)
                ]
                bad = [(i, g) for i, g in pairs_ if not speaker_right(items[i][0], g)]
                totals[sc.name, "matched"] += len(pairs_)
            else:
                ov = overlap_of_pred if sc.overlap == "pred" else overlap
                hits = collections.defaultdict(list)
                for i, (p, _) in enumerate(items):
                    for g in gold:
                        if ov(p.content, g.content) >= MIN_OVERLAP:
                            hits[i].append(g)
                totals[sc.name, "matched"] += len(hits)
                bad = [
                    (i, gs[0])
                    for i, gs in hits.items()
                    if not any(speaker_right(items[i][0], g) for g in gs)
                ]
            for i, g in bad:
                p, qs = items[i]
                q = qs[0]
                out.append((sc.name, classify(text, q, g, quotes), name, text, p, q, g))
            totals[sc.name, "wrong"] += len(bad)
    return out, totals


def snip(text: str, a: int, b: int, width: int = 200) -> str:
    s = text[a:b].replace("\n", " ")
    return s if len(s) <= width else s[: width // 2] + " ... " + s[-width // 2 :]


def show(rec) -> str:
    _, _, name, text, _, q, g = rec
    src = g.source_text.replace("\n", " ")
    ment = text[q.speaker_mention.start : q.speaker_mention.end] if q.speaker_mention else ""
    cue = text[q.cue.start : q.cue.end] if q.cue else ""
    a, b = min(g.content), max(g.content) + 1
    ctx0 = max(0, text.rfind("\n", 0, a - 2))
    before = snip(text, ctx0, a, 160)
    return (
        f"  [{name}] gold source: {src!r}; tidings: mention {ment!r} name {q.speaker!r} "
        f"cue {cue!r} ({q.attribution}, {q.kind})\n"
        f"      before: {before}\n      quote: {snip(text, a, b)}"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="dev")
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--limit", type=int, default=10**6)
    ap.add_argument("--scorer", default="both", choices=["both", *SCORINGS])
    ap.add_argument("--totals", action="store_true", help="counts only")
    ap.add_argument("--show", type=int, default=1000, help="examples per class")
    args = ap.parse_args()
    first, last = STUDY.get(args.split, (0, 0))
    n = len(pairs(args.split))
    studied = first <= args.start and min(args.start + args.limit, n) <= last
    if not args.totals and not studied:
        sys.exit("errors may be listed on train 0-499 and dev only; use --totals")
    recs, totals = errors(args.split, args.start, args.limit, args.scorer)
    for sc in SCORINGS:
        if args.scorer not in ("both", sc):
            continue
        matched, wrong = totals[sc, "matched"], totals[sc, "wrong"]
        acc = (matched - wrong) / matched if matched else 0.0
        print(f"## {sc}: (d) {acc:.3f} ({matched - wrong}/{matched}), {wrong} wrong")
        if not studied:  # held out: the totals only, not even the classes
            continue
        counts = collections.Counter(r[1] for r in recs if r[0] == sc)
        for cls, c in counts.most_common():
            print(f"- {cls}: {c}")
        if args.totals:
            continue
        for cls, _ in counts.most_common():
            print(f"\n### {sc} / {cls}")
            for r in [r for r in recs if r[0] == sc and r[1] == cls][: args.show]:
                print(show(r))
        print()


if __name__ == "__main__":
    main()

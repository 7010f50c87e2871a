"""The gold direct quotes tidings misses on PolNeAR, grouped by what tidings did with the stretch.

    PYTHONPATH=src python bench/direct_misses.py --split train --limit 500 > /tmp/misses.txt
    PYTHONPATH=src python bench/direct_misses.py --split dev --show 0      # counts only
    PYTHONPATH=src python bench/direct_misses.py --split train --start 500 --totals  # held out

For development: lists may be printed for PolNeAR train 0-499 and dev; the held-out slice (train
500-839) runs with ``--totals`` only (the script refuses to list its misses). Predictions are
tidings' whole analysis path (``quote_score.tidings_preds``, as bench/quotes_polnear.py), so the
totals printed are the benchmark's for tidings; textacy is not run (quick reruns).

A gold direct quote (``Gold.direct``) missed under a scorer (bench/quote_score.py: ``strict``,
``issue``) falls in one class, decided in this order:

- ``other gold first``: a direct prediction overlaps it enough, but was matched to another gold
  (strict one-to-one matching only);
- ``indirect``: a prediction of kind indirect overlaps it enough (the stretch was reported
  speech, not a direct quote);
- ``span joined`` / ``span cut``: a direct prediction overlaps it, but not enough; joined when
  the prediction runs beyond the gold (``by the scorer's merge``: one of tidings' quotes matched
  it before ``merge_by_cue`` joined the quotes sharing its cue), cut when it stops short of it;
- ``no quote: ...``: no direct prediction overlaps it; subclassed by the quoted stretch (quote
  marks, as ``quotemarks.find_quoted`` reads them) that holds most of it and by the rule of
  ``quotes.find_quotes`` that would drop such a stretch: ``no marks`` (no stretch holds it),
  ``short`` (under ``MIN_QUOTE_WORDS`` words), ``partial`` (embedded in narration, under
  ``PARTIAL_KEEP_WORDS``), ``title`` (title case), ``in reported content`` (an indirect
  prediction overlaps it), ``other`` (none of these: a cue-less stretch left out otherwise).
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from quote_score import (  # noqa: E402
    BLOCK,
    MIN_OVERLAP,
    SCORINGS,
    Gold,
    Pred,
    Scores,
    match,
    merge_by_cue,
    overlap,
    overlap_of_pred,
    tidings_preds,
)
from quotes_polnear import article_of, pairs, read_gold  # noqa: E402

from tidings.analyze.directquotes import is_partial, is_title  # noqa: E402
from tidings.analyze.quotemarks import find_quoted  # noqa: E402
from tidings.analyze.quotes import MIN_QUOTE_WORDS, PARTIAL_KEEP_WORDS  # noqa: E402

#: Articles whose errors may be listed: (split, first, last + 1).
STUDY = {"train": (0, 500), "dev": (0, 10**6)}


def stretches(text: str) -> list[tuple[int, int, str, object]]:
    """Every quoted stretch: (start, end) in the text, its paragraph text, the ``Quoted``."""
    out = []
    for m in BLOCK.finditer(text):
        for q in find_quoted(m.group()):
            out.append((m.start() + q.start, m.start() + q.end, m.group(), q))
    return out


def no_quote_class(g: Gold, text: str, quoted, preds: list[Pred]) -> str:
    best = max(quoted, key=lambda s: len(g.content & set(range(s[0], s[1]))), default=None)
    if best is None or not g.content & set(range(best[0], best[1])):
        return "no quote: no marks"
    s, e, para, q = best
    words = len(text[s:e].split())
    if any(not p.direct and overlap_of_pred(g.content, p.content) >= 0.5 for p in preds):
        return "no quote: in reported content"
    if words < MIN_QUOTE_WORDS:
        return "no quote: short"
    if is_partial(para, q) and words < PARTIAL_KEEP_WORDS:
        return "no quote: partial"
    if is_title(text[s:e]):
        return "no quote: title"
    return "no quote: other"


def classify(
    g: Gold, preds: list[Pred], matched: set[int], scorer: str, text, quoted, raw: list[Pred]
) -> str:
    ov = overlap if SCORINGS[scorer].overlap == "longer" else overlap_of_pred
    direct = [p for p in preds if p.direct]
    if scorer == "strict" and any(
        ov(p.content, g.content) >= MIN_OVERLAP and id(p) in matched for p in direct
    ):
        return "other gold first"
    if any(not p.direct and ov(p.content, g.content) >= MIN_OVERLAP for p in preds):
        return "indirect"
    touching = [p for p in direct if p.content & g.content]
    if touching:
        p = max(touching, key=lambda p: len(p.content & g.content))
        if not p.content - g.content:
            return "span cut"
        if any(q.direct and ov(q.content, g.content) >= MIN_OVERLAP for q in raw):
            return "span joined: by the scorer's merge of one cue's quotes"
        return "span joined"
    return no_quote_class(g, text, quoted, preds)


def snip(text: str, chars: set[int], width: int = 220) -> str:
    if not chars:
        return ""
    a, b = min(chars), max(chars) + 1
    s = text[a:b].replace("\n", " / ")
    return s if len(s) <= width else s[: width // 2] + " ... " + s[-width // 2 :]


def missed(preds: list[Pred], gold: list[Gold], scorer: str) -> tuple[list[Gold], set[int]]:
    """Direct gold not found under ``scorer``; and the ids of direct predictions matched."""
    direct_p = [p for p in preds if p.direct]
    direct_g = [g for g in gold if g.direct]
    if scorer == "strict":
        m = match(direct_p, direct_g)
        found = {id(g) for _, g in m}
        return [g for g in direct_g if id(g) not in found], {id(p) for p, _ in m}
    found = {
        id(g)
        for g in direct_g
        if any(overlap_of_pred(p.content, g.content) >= MIN_OVERLAP for p in direct_p)
    }
    return [g for g in direct_g if id(g) not in found], set()


def _counts(t) -> str:
    return f"{t.tp}/{t.pred}/{t.found}/{t.gold}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", choices=["train", "dev"], default="train")
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--show", type=int, default=8, help="examples per group")
    ap.add_argument("--totals", action="store_true", help="scores only, no lists")
    ap.add_argument(
        "--extras", action="store_true", help="also list direct predictions no gold matched"
    )
    args = ap.parse_args()
    items = pairs(args.split)
    stop = min(len(items), args.start + args.limit if args.limit else len(items))
    lo, hi = STUDY[args.split]
    if not args.totals and (args.start < lo or stop > hi):
        sys.exit("misses may be listed on train 0-499 and dev only; use --totals")
    tables = {n: Scores(scoring=SCORINGS[n]) for n in SCORINGS}
    groups: dict[str, dict[str, list[str]]] = {n: collections.defaultdict(list) for n in SCORINGS}
    extras: list[str] = []
    for name, txt, ann in items[args.start : stop]:
        text = txt.read_text(encoding="utf-8")
        gold = read_gold(ann, text)
        preds = tidings_preds(article_of(name, text))
        for sc in tables.values():
            sc.add(preds, gold)
        if args.totals:
            continue
        merged = merge_by_cue(preds)
        quoted = stretches(text)
        if args.extras:
            _, matched = missed(merged, gold, "strict")
            for p in merged:
                if p.direct and id(p) not in matched:
                    best = max((overlap(p.content, g.content) for g in gold), default=0.0)
                    extras.append(f"{name[:36]} | {p.name} | {snip(text, p.content)} | {best:.2f}")
        for n in SCORINGS:
            gone, matched = missed(merged, gold, n)
            for g in gone:
                cls = classify(g, merged, matched, n, text, quoted, preds)
                near = [p for p in merged if p.content & g.content]
                pred = snip(text, near[0].content, 160) if near else ""
                kind = ("direct" if near[0].direct else "indirect") if near else ""
                groups[n][cls].append(
                    f"{name[:36]} | src {snip(text, g.source, 40)!r}\n"
                    f"      gold: {snip(text, g.content)}\n"
                    f"      pred ({kind}): {pred}\n"
                    f"      before: {text[max(0, min(g.content) - 90) : min(g.content)]!r}"
                )
    for n, sc in tables.items():
        a, b = sc.a.prf(), sc.b.prf()
        print(
            f"[{n}] (a) P {a[0]:.3f} R {a[1]:.3f} F1 {a[2]:.3f}  (b) F1 {b[2]:.3f}  "
            f"(c) F1 {sc.c.prf()[2]:.3f}  (d) {sc.d_right / max(1, sc.d_total):.3f}  "
            f"gold direct {sc.a.gold} found {sc.a.found} pred direct {sc.a.pred}"
        )
        print(
            f"    counts (right pred / pred / found / gold): (a) {_counts(sc.a)}  "
            f"(b) {_counts(sc.b)}  (c) {_counts(sc.c)}  (d) {sc.d_right}/{sc.d_total}"
        )
    if args.totals:
        return
    for n, g in groups.items():
        print(f"\n# {n}: {sum(len(v) for v in g.values())} direct gold missed")
        for cls, items_ in sorted(g.items(), key=lambda kv: -len(kv[1])):
            print(f"  {len(items_):4d}  {cls}")
    if args.extras:
        print(f"\n## strict / direct predictions no gold matched [{len(extras)}]")
        for it in extras:
            print("   ", it)
    for n, g in groups.items():
        for cls, items_ in sorted(g.items(), key=lambda kv: -len(kv[1])):
            print(f"\n## {n} / {cls} [{len(items_)}]")
            for it in items_[: args.show]:
                print("   ", it)


if __name__ == "__main__":
    main()

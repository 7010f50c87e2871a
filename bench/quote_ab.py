"""A/B of two source trees on PolNeAR: dump each tree's predictions, then compare the dumps.

    # in each tree (its own src/ is what runs):
    PYTHONPATH=src python bench/quote_ab.py dump /tmp/a_dev.pkl --split dev
    PYTHONPATH=src python bench/quote_ab.py dump /tmp/a_tr.pkl --split train --limit 500
    # then, from either tree:
    python bench/quote_ab.py diff /tmp/a_dev.pkl /tmp/b_dev.pkl [--show 20]

For development. A rule's effect is read from ``diff``: (a)-(d) under both scorers for A and B,
and the articles whose (b) or (c) counts moved, with the gold content and source of each moved
match. Dumps of the held-out slice (``--start 500``) print totals only; ``diff`` refuses to list
their articles (nobody reads the held-out slice's errors). Scoring is bench/quote_score.py's, as in
bench/quotes_polnear.py, so the totals are that benchmark's.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))  # this tree's tidings, whatever is installed
sys.path.insert(0, str(REPO / "bench"))

from quote_score import (  # noqa: E402
    SCORINGS,
    Gold,
    Pred,
    Scores,
    compare,
    match,
    merge_by_cue,
    tidings_preds,
)

HELD_OUT_FROM = 500  # train articles from here on are the held-out slice


def dump(out: Path, split: str, limit: int | None, start: int) -> None:
    """Run the current tree's analysis on a PolNeAR slice; pickle gold and predictions."""
    from quotes_polnear import article_of, pairs, read_gold

    items = pairs(split)[start : start + limit if limit else None]
    rows = []
    for name, txt, ann in items:
        text = txt.read_text(encoding="utf-8")
        rows.append((name, text, read_gold(ann, text), tidings_preds(article_of(name, text))))
    held = split == "train" and start + len(items) > HELD_OUT_FROM
    with out.open("wb") as f:
        pickle.dump({"split": split, "start": start, "held_out": held, "rows": rows}, f)
    print(f"{len(rows)} articles -> {out}")


def totals(rows) -> dict[str, Scores]:
    out = {}
    for name, scoring in SCORINGS.items():
        sc = Scores(scoring=scoring)
        for _, _, gold, preds in rows:
            sc.add(preds, gold)
        out[name] = sc
    return out


def line(sc: Scores) -> str:
    d = sc.d_right / max(1, sc.d_total)
    f = [x.prf()[2] for x in (sc.a, sc.b, sc.c)]
    return f"(a) {f[0]:.4f} (b) {f[1]:.4f} (c) {f[2]:.4f} (d) {d:.4f} ({sc.d_right}/{sc.d_total})"


def counts(preds: list[Pred], gold: list[Gold]) -> tuple[int, int, int]:
    """Strict (b) right, (c) matched, (c) matched with speaker right, for one article."""
    sc = SCORINGS["strict"]
    merged = merge_by_cue(preds)
    direct = compare([p for p in merged if p.direct], [g for g in gold if g.direct], sc)
    every = compare(merged, gold, sc)
    return direct.sp_pred, every.tp, every.sp_pred


def show(text: str, preds: list[Pred], gold: list[Gold]) -> list[str]:
    """The article's matched attributions as 'content | source -> predicted speaker'."""
    out = []
    for p, g in match(merge_by_cue(preds), gold):
        c = sorted(g.content)
        out.append(f"    {text[c[0] : c[-1] + 1][:90]!r} | gold {g.source_text!r} -> {p.name!r}")
    return out


def diff(a_path: Path, b_path: Path, n_show: int) -> None:
    a, b = (pickle.loads(p.read_bytes()) for p in (a_path, b_path))
    for label, d in (("A", a), ("B", b)):
        for name, sc in totals(d["rows"]).items():
            print(f"{label} {name:6} {line(sc)}")
    if a["held_out"] or b["held_out"]:
        print("held-out slice: totals only")
        return
    moved = []
    for (name, text, gold, pa), (_, _, _, pb) in zip(a["rows"], b["rows"], strict=True):
        ca, cb = counts(pa, gold), counts(pb, gold)
        if ca != cb:
            moved.append((name, text, gold, pa, pb, ca, cb))
    print(f"\n{len(moved)} articles moved (strict: (b) right, (c) matched, (c') speaker right)")
    for name, text, gold, pa, pb, ca, cb in moved[:n_show]:
        print(f"{name}: {ca} -> {cb}")
        sa, sb = set(show(text, pa, gold)), set(show(text, pb, gold))
        print("\n".join(f"  A{s}" for s in sorted(sa - sb)))
        print("\n".join(f"  B{s}" for s in sorted(sb - sa)))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    d = sub.add_parser("dump")
    d.add_argument("out", type=Path)
    d.add_argument("--split", choices=("dev", "train"), default="dev")
    d.add_argument("--limit", type=int)
    d.add_argument("--start", type=int, default=0)
    c = sub.add_parser("diff")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    c.add_argument("--show", type=int, default=30)
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out, args.split, args.limit, args.start)
    else:
        diff(args.a, args.b, args.show)


if __name__ == "__main__":
    main()

"""Quote attribution on PolNeAR: tidings and textacy 0.13 side by side, in one run.

    PYTHONPATH=src python bench/quotes_polnear.py --split dev
    PYTHONPATH=src python bench/quotes_polnear.py --split train --limit 200
    PYTHONPATH=src python bench/quotes_polnear.py --split train --start 300 --limit 200
    PYTHONPATH=src python bench/quotes_polnear.py --split dev --scorer both   # strict and issue

Data: ../shared/data/quotes/polnear/{train,dev}/{text,attributions} (brat standoff; never copied
into this repository). Each gold attribution has Content, Cue and Source spans (Content and
Source may be split into fragments; the set of their characters is used).

Scores (the rules live in bench/quote_score.py, shared with bench/quote_gold.py): a predicted
and a gold content match when the characters they share are at least half of the longer of the
two; matching is one-to-one, best overlap first. Predictions that share a cue are merged first
('"A," he said, "B."' is one gold attribution), for both tools alike; a quote tidings marks as
continuing another (over paragraphs) shares that quote's cue:
- (a) direct quotes: gold = contents at least half inside quote marks; predicted = quotes of
  kind 'direct' or 'mixed' (tidings' mixed = reported content at least half inside marks, the
  same rule; textacy: all it yields). P/R/F1.
- (b) (a) where the speaker is also right: a predicted speaker mention (the one at the cue, or
  any mention of the resolved speaker) overlaps the gold Source, or the resolved name contains
  the gold Source's proper name (the last capitalised word of its head, before any comma or
  parenthesis: ``source_name``).
- (c) all attributions, reported speech included: every gold content vs every predicted quote.
- (d) speaker accuracy on the direct quotes matched in (a).
``--scorer issue`` scores the same predictions under the reading of the issue's wording that
reproduces its peer figures (quote_score.ISSUE; bench/quote_calibrate.py chose it), ``--scorer
both`` prints both tables. A third peer for (a) alone, "marks only": every quoted stretch of
every paragraph is a direct quote (no cue, no speaker, no scare-quote filter), and "marks only,
>= 3 words" drops the shorter ones: what quote marks alone give under this scorer (``marks_preds``).
Speed: articles per second on one process for tidings' whole path (text extraction + quotes +
entities, ``tidings.pipeline.process``) and for textacy's (spaCy over the whole text, then
``direct_quotations``), on the same articles, and the ratio. textacy raises on an odd number of
quote marks: such an article counts as no predictions, and the crashes are counted.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from tidings.analyze import analyze  # noqa: E402
from tidings.model import Article, Capture, Paragraph  # noqa: E402
from tidings.options import Options  # noqa: E402
from tidings.pipeline import process  # noqa: E402

sys.path.insert(0, str(REPO / "bench"))
from quote_score import (  # noqa: E402
    BLOCK,
    SCORINGS,
    Gold,
    Scores,
    mark_chars,
    marks_preds,
    print_table,
    quote_preds,
    scored,
    textacy_nlp,
    textacy_preds,
)

DATA = (
    Path(os.environ.get("TIDINGS_SHARED", REPO.parent / "shared")) / "data" / "quotes" / "polnear"
)


def _chars(spans: str) -> set[int]:
    out: set[int] = set()
    for part in spans.split(";"):
        a, b = part.split()
        out.update(range(int(a), int(b)))
    return out


def read_gold(ann: Path, text: str) -> list[Gold]:
    """Gold attributions of one article: content, source and whether it is a direct quote."""
    spans: dict[str, tuple[str, set[int], str]] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = (label, _chars(offsets), parts[2] if len(parts) > 2 else "")
        elif line.startswith("E") and len(parts) >= 2:
            roles: dict[str, list[str]] = {}
            for arg in parts[1].split():
                role, _, tid = arg.partition(":")
                roles.setdefault(role.rstrip("0123456789").lower(), []).append(tid)
            events.append(roles)
    marks = mark_chars(text)
    gold = []
    for ev in events:
        pieces = [spans[t][1] for t in ev.get("content", []) if t in spans]
        if not pieces:
            continue
        # an attribution's content may come in pieces ("Content", "Content2": '"A," he said,
        # adding that B' annotated as one attribution with two pieces): all of them are its
        # content (until session 6 only the first piece was read, 67 events in PolNeAR)
        content = set().union(*pieces)
        src = spans.get((ev.get("source") or [""])[0], ("", set(), ""))
        inside = len(content & marks) / max(1, len(content))
        gold.append(Gold(content, src[1], src[2], inside >= 0.5))
    return gold


def article_of(name: str, text: str) -> Article:
    """The PolNeAR text as an Article whose offsets are the gold's (blank-line paragraphs)."""
    paras = [Paragraph(start=m.start(), end=m.end(), text=m.group()) for m in BLOCK.finditer(text)]
    return Article(id=name, source=name, text=text, paragraphs=paras)


def pairs(split: str) -> list[tuple[str, Path, Path]]:
    out = []
    anns = sorted((DATA / split / "attributions").glob("*.ann"))
    for txt in sorted((DATA / split / "text").glob("*.txt")):
        ann = next((a for a in anns if a.name.startswith(txt.stem + "_")), None)
        if ann is not None:
            out.append((txt.stem, txt, ann))
    return out


def run(
    split: str, limit: int | None, start: int = 0, scorers: tuple[str, ...] = ("strict",)
) -> None:
    items = pairs(split)[start : start + limit if limit else None]
    texts = [(name, txt.read_text(encoding="utf-8"), ann) for name, txt, ann in items]
    nlp = textacy_nlp()
    # per scorer: tidings, textacy, marks only, marks only >= 3 words
    tables = {n: [Scores(scoring=SCORINGS[n]) for _ in range(4)] for n in scorers}
    crashed = answers = 0
    for name, text, ann in texts:
        gold = read_gold(ann, text)
        result = analyze(article_of(name, text))
        ours = quote_preds(result.quotes, result.speakers)
        answers += len(result.quotes) - len(scored(result.quotes))
        marks, marks3 = marks_preds(text), marks_preds(text, 3)
        preds, crash = textacy_preds(nlp, text)
        crashed += crash
        for sc_ours, sc_theirs, sc_marks, sc_marks3 in tables.values():
            sc_ours.add(ours, gold)
            sc_theirs.add(preds, gold, crash)
            sc_marks.add(marks, gold)
            sc_marks3.add(marks3, gold)
    words = sum(len(t.split()) for _, t, _ in texts) / max(1, len(texts))
    sliced = f" (from article {start})" if start else ""
    print(f"\n## PolNeAR {split}{sliced}: {len(texts)} articles, {words:.0f} words on average")
    for n, (ours, theirs, marks, marks3) in tables.items():
        if scorers != ("strict",):
            print(f"\n### scorer: {n} ({SCORINGS[n].summary})")
        print(
            f"gold attributions {ours.c.gold}, of them direct {ours.a.gold}; "
            f"textacy crashed on {crashed}"
            + (f" (left out of its scores: {theirs.skipped})" if theirs.skipped else "")
        )
        print_table(ours, theirs)
        if answers:
            print(f"interview answers (a Q&A's, no cue: PolNeAR marks none) not scored: {answers}")
        for label, sc in (("marks only", marks), ("marks only, >= 3 words", marks3)):
            p, r, f = sc.a.prf()
            print(f"(a) {label}: P {p:.3f} R {r:.3f} F1 {f:.3f}")
    speed(texts, nlp)


def speed(texts: list[tuple[str, str, Path]], nlp) -> None:
    """Articles per second, one process: tidings' whole path vs textacy's, same articles."""
    from textacy.extract.triples import direct_quotations

    options = Options(input_type="text")
    captures = [Capture.from_bytes(t.encode("utf-8"), source=n) for n, t, _ in texts]
    process(captures[0], options)  # warm up: model load
    t0 = time.process_time()
    for c in captures:
        process(c, options)
    ours = time.process_time() - t0
    t0 = time.process_time()
    for _, text, _ in texts:
        with contextlib.suppress(ValueError):
            list(direct_quotations(nlp(text)))
    theirs = time.process_time() - t0
    n = len(texts)
    print(
        f"\nspeed (CPU time of this process): tidings {n / ours:.1f} articles/s, "
        f"textacy pipeline {n / theirs:.1f} articles/s, ratio {theirs / ours:.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=["dev", "train", "both"], default="dev")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles")
    parser.add_argument(
        "--start", type=int, default=0, help="skip the first N articles (a held-out slice)"
    )
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument(
        "--scorer",
        choices=[*SCORINGS, "both"],
        default="strict",
        help="strict (default), issue (the reading that reproduces issue 4's peer figures), both",
    )
    args = parser.parse_args()
    if not DATA.exists():
        sys.exit(f"PolNeAR not found at {DATA}")
    if args.no_speed:
        globals()["speed"] = lambda *a: None
    for split in ("dev", "train") if args.split == "both" else (args.split,):
        scorers = tuple(SCORINGS) if args.scorer == "both" else (args.scorer,)
        run(split, args.limit, args.start, scorers)


if __name__ == "__main__":
    main()

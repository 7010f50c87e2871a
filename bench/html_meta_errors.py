"""Every metadata miss of tidings on a set, per field, with the gold and the predicted value.

    PYTHONPATH=src /work/main/.venv/bin/python bench/html_meta_errors.py --set trafilatura
    PYTHONPATH=src /work/main/.venv/bin/python bench/html_meta_errors.py --set readability \
        --field author --json /tmp/misses.json

Uses the same pages and the same scoring as ``html_extract.py`` (``metadata_checks``: title_ok,
author_ok, date_ok; ``--loose`` for the earlier rules), in this process (no timing): the tool
for reading errors and grouping them by cause, one change at a time. Scores printed here equal
the benchmark's.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from html_extract import load_pages, metadata_checks

from tidings.extract.html import extract_html

FIELDS = metadata_checks()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", default="trafilatura", choices=["readability", "trafilatura"])
    ap.add_argument("--field", choices=sorted(FIELDS), help="list one field's misses only")
    ap.add_argument("--json", help="also write the misses to this file")
    ap.add_argument("--loose", action="store_true", help="the earlier, laxer metadata rules")
    args = ap.parse_args()
    checks = metadata_checks(args.loose)
    rows = []
    for page in load_pages(args.set):
        a = extract_html(page["html"], page["url"])
        pred = {"title": a.title, "author": "; ".join(a.authors), "date": a.published}
        rows.append((page, pred, a.status))
    misses: dict[str, list[dict]] = {}
    for field, ok in checks.items():
        scored = [
            (p, r, st)
            for p, r, st in rows
            if p.get(f"gold_{field}") is not None and (field != "title" or p["gold_title"])
        ]
        bad = [(p, r, st) for p, r, st in scored if not ok(p[f"gold_{field}"], r[field])]
        print(
            f"{field}: {1 - len(bad) / len(scored):.3f} of {len(scored)} pages, {len(bad)} misses"
        )
        misses[field] = [
            {
                "id": p["id"],
                "url": p["url"],
                "gold": p[f"gold_{field}"],
                "pred": r[field],
                "status": st,
            }
            for p, r, st in bad
        ]
    for field in [args.field] if args.field else FIELDS:
        print(f"\n## {field} misses: id | gold | predicted")
        for m in misses[field]:
            print(
                f"{m['id'][:40]} | {str(m['gold'])[:70]!r} | {str(m['pred'])[:70]!r}",
                f"({m['status']})",
            )
    if args.json:
        Path(args.json).write_text(json.dumps(misses, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()

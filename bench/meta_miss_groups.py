"""Author and date misses of tidings on a set, grouped by cause, with counts.

    PYTHONPATH=src /work/main/.venv/bin/python bench/meta_miss_groups.py --set trafilatura
    PYTHONPATH=src /work/main/.venv/bin/python bench/meta_miss_groups.py --set readability -v

Reads the same pages and scores them with the same rules as ``html_meta_errors.py``
(``metadata_checks``), then sorts each miss into one group by simple tests on the gold, the
prediction and the page (the first group that applies, in the order below). The tests are
coarse on purpose: they make the counts of the "how far and why" note reproducible, and a few
pages land in a neighbouring group (a blogger named after her site counts as "the site").
``-v`` lists the pages of each group.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from html_extract import author_names, gold_day, load_pages, metadata_checks

from tidings.extract import htmlbody, metadata
from tidings.extract.bylines import AGENCIES
from tidings.extract.html import extract_html
from tidings.extract.pagedates import _MODIFIED_META
from tidings.extract.titles import same_name, site_names

#: Gold bylines that are a desk, a team or a label rather than a person's name.
_DESK = re.compile(
    r"redak|redac|team|staff writer|staff report|staff and|editor|desk|pressestelle|agencies|"
    r"wire|news service|online|membres|mitglieder|contributors|unknown|follow author",
    re.I,
)
#: Gold bylines that hold more than a name: the raw byline string with its date or label.
_RAW = re.compile(r"\n|\d|\b(?:by|written|updated|edited)\b", re.I)


def author_group(gold, pred: str, sites: list[str]) -> str:
    """The group of one author miss."""
    g, p = set(author_names(gold)), set(author_names(pred))
    raw = gold if isinstance(gold, str) else "; ".join(gold)
    squash = re.sub(r"\W+", "", raw.lower())
    if not g:
        return "gold gives no author; tidings names one"
    if _RAW.search(raw) and len(raw.split()) > 3:
        return "gold is the raw byline string (a name with its date, label or role)"
    if "/" in raw or any(n in AGENCIES or n.split()[0] in {"dpa", "apa", "afp", "jiji"} for n in g):
        return "gold is an agency or desk credit (dpa/lno, JIJI, AFP/The Local)"
    if _DESK.search(raw) or any(
        same_name(raw.strip(), s) or (squash and squash in re.sub(r"\W+", "", s.lower()))
        for s in sites
    ):
        return "gold is the site, a desk or a label (Redaktion, the site's name)"
    if p and (g < p or p < g):
        return "several names, partly found or one too many"
    if not p and all(" " not in n for n in g):
        return "gold is a one-word handle; tidings finds none"
    if not p:
        return "gold names a person; tidings finds none"
    return "a different name"


def date_group(gold, pred: str | None, page: dict) -> str:
    """The group of one date miss."""
    g, p = gold_day(gold), str(pred or "")[:10]
    if not g:
        return "gold gives no date; tidings gives one"
    if not p:
        return "no date found"
    sig = metadata.read_signals(htmlbody.parse(page["html"]))
    obj = metadata.article_object(sig)
    modified = {str(obj.get("dateModified") or "")[:10]}
    modified |= {str(sig.meta.get(k) or "")[:10] for k in _MODIFIED_META}
    if g in modified:
        return "gold is the page's modified date (tidings gives it as `modified`)"
    try:
        gd, pd = date.fromisoformat(g), date.fromisoformat(p)
    except ValueError:
        return "a different day"
    if abs((gd - pd).days) == 1:
        return "one day apart (a stamp's time zone against the printed local day)"
    if (gd.month, gd.day) == (pd.month, pd.day) or (gd.year, gd.day) == (pd.year, pd.day):
        return "gold and page differ in the year or the month only (likely gold typos)"
    if (gd.year, gd.month, gd.day) == (pd.year, pd.day, pd.month):
        return "gold and page differ in the year or the month only (likely gold typos)"
    return "a different day"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", default="trafilatura", choices=["readability", "trafilatura"])
    ap.add_argument("-v", "--verbose", action="store_true", help="list each group's pages")
    args = ap.parse_args()
    checks = metadata_checks()
    groups: dict[str, dict[str, list[str]]] = {"author": defaultdict(list), "date": {}}
    groups["date"] = defaultdict(list)
    for page in load_pages(args.set):
        a = extract_html(page["html"], page["url"])
        author = "; ".join(a.authors)
        gold = page.get("gold_author")
        if gold is not None and not checks["author"](gold, author):
            sig = metadata.read_signals(htmlbody.parse(page["html"]))
            why = author_group(gold, author, site_names(sig, page["url"]))
            groups["author"][why].append(f"{page['id'][:40]} | {str(gold)[:50]!r} | {author!r}")
        gold = page.get("gold_date")
        if gold is not None and not checks["date"](gold, a.published):
            why = date_group(gold, a.published, page)
            groups["date"][why].append(f"{page['id'][:40]} | {gold!r} | {a.published!r}")
    for field, by_cause in groups.items():
        total = sum(len(v) for v in by_cause.values())
        print(f"\n## {args.set}: {field} misses by cause ({total})")
        for why, pages in sorted(by_cause.items(), key=lambda kv: -len(kv[1])):
            print(f"{len(pages):4}  {why}")
            if args.verbose:
                print("\n".join(f"        {p}" for p in pages))


if __name__ == "__main__":
    main()

"""The share of English function words in the text of every page of ../shared/data/extraction,
by the page's declared language: where tidings' English test (``tidings.analyze.english``)
draws its line, and which pages fall under it.

    TIDINGS_SHARED=/work/shared PYTHONPATH=src python bench/english_share.py

Prints a table per declared language (count; lowest, median and highest share of English
function words; pages not analysed), then every page whose verdict goes against its declared
language or whose share lies between 0.04 and 0.21 (where a threshold could go wrong), with the
start of its text, so a reader can judge each by eye.
Extraction only (no analysis), in text order of the sets: AEB, readability, trafilatura's.
"""

from __future__ import annotations

import gzip
import os
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import tidings  # noqa: E402
from tidings.analyze.english import MIN_WORDS, not_english, read_language  # noqa: E402

SHARED = Path(os.environ.get("TIDINGS_SHARED", REPO.parent / "shared")) / "data" / "extraction"


def pages() -> list[Path]:
    """Every HTML page of the three extraction sets."""
    return [
        *sorted((SHARED / "aeb" / "html").glob("*")),
        *sorted((SHARED / "readability").glob("*/source.html.gz")),
        *sorted((SHARED / "trafilatura-eval" / "html" / "cache").glob("*")),
    ]


def main() -> None:
    files = pages()
    if not files:
        sys.exit(f"no pages under {SHARED}: set TIDINGS_SHARED to the shared folder")
    rows = []
    for path in files:
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        article = tidings.extract(data, url=None, analyze=False)
        if article.status != "article":
            continue
        name = f"{path.parent.name}/{path.name}" if path.name.startswith("source") else path.name
        lang = article.language.split("-")[0] if article.language else "-"
        skipped = not_english(article.text) is not None
        rows.append((read_language(article.text), skipped, lang, name, article.text))
    print(f"{len(rows)} articles of {len(files)} pages; MIN_WORDS {MIN_WORDS}")
    print("\n| declared | pages | English share: lowest | median | highest | not analysed |")
    print("|---|---:|---:|---:|---:|---:|")
    groups: dict[str, list[tuple]] = {}
    for row in rows:
        groups.setdefault(row[2] if row[2] in ("en", "-") else "other", []).append(row)
    for key in ("en", "other", "-"):
        shares = [r[0].english for r in groups.get(key, [])]
        if shares:
            print(
                f"| {key} | {len(shares)} | {min(shares):.3f} | {statistics.median(shares):.3f} "
                f"| {max(shares):.3f} | {sum(r[1] for r in groups[key])} |"
            )
    print("\nPages whose verdict goes against their declared language, or with an English share")
    print("between 0.04 and 0.21 (verdict, English share, other share and language, words, page):")
    for r, skipped, lang, name, text in sorted(rows, key=lambda row: row[0].english):
        against = skipped if lang == "en" else lang != "-" and not skipped
        if 0.04 <= r.english < 0.21 or against:
            verdict = "skipped " if skipped else "analysed"
            other = f"{r.other:.3f} {r.other_language or '-':10s}"
            print(f"  {verdict} {r.english:.3f} {other} {r.words:5d} {lang:3s} {name[:32]:32s}")
            print(f"      {text[:90]!r}")


if __name__ == "__main__":
    main()

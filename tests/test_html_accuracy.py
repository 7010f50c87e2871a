"""Accuracy floors of HTML extraction on small fixed sets of real pages (from ../shared).

The full benchmarks, with the peers side by side, are bench/html_extract.py; these floors only
catch regressions. They are set a little under the measured value (noted beside each), so a
change that loses a few points on these pages fails here and is looked at.
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from conftest import REPO, shared_path

from tidings.capture.sniff import decode
from tidings.extract.html import extract_html

sys.path.insert(0, str(REPO / "bench"))
from aeb_metric import score

#: The first N AEB pages by id (sorted), a fixed sample.
AEB_PAGES = 20
#: Measured 2026-11-29 on these 20 pages: F1 0.966 (P 0.986, R 0.947); floor with a margin.
AEB_F1_FLOOR = 0.94


def test_html_accuracy_aeb_sample() -> None:
    root: Path = shared_path("data", "extraction", "aeb")
    gold = json.loads((root / "ground-truth.json").read_text())
    pairs = []
    for pid in sorted(gold)[:AEB_PAGES]:
        html, _ = decode(gzip.decompress((root / "html" / f"{pid}.html.gz").read_bytes()))
        article = extract_html(html, gold[pid].get("url"))
        pairs.append((gold[pid]["articleBody"], article.text))
    result = score(pairs)
    assert result.f1 >= AEB_F1_FLOOR, result


def test_html_accuracy_readability_titles() -> None:
    root: Path = shared_path("data", "extraction", "readability")
    cases = sorted(p for p in root.iterdir() if (p / "source.html.gz").exists())[:30]
    hits = 0
    for case in cases:
        html, _ = decode(gzip.decompress((case / "source.html.gz").read_bytes()))
        expected = json.loads((case / "expected-metadata.json").read_text()).get("title") or ""
        title = extract_html(html).title or ""
        hits += expected.split(" | ")[0].strip().lower() == title.strip().lower()
    assert hits / len(cases) >= 0.5  # measured 0.567 on these 30 cases (strict match)

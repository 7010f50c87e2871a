"""The Article Extraction Benchmark (AEB) metric, as its published table computes it.

Source: scrapinghub/article-extraction-benchmark ``evaluate.py``, restated in
``../shared/data/README.md``: no lower-casing; tokens are ``\\w+`` matches; 4-gram shingles of the
gold and the predicted body; per page, tp/fp/fn are counted over the shingle multisets and then
normalised to sum 1; precision and recall are the means over pages (pages with tp+fp=0, resp.
tp+fn=0, are left out of that mean; a page with fp=fn=0 scores 1 for both); F1 = 2PR/(P+R) of
those means. Shared by the text-mode and HTML-mode benchmarks so both score the same way.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

_TOKEN = re.compile(r"\w+")
NGRAM = 4


def shingles(text: str, n: int = NGRAM) -> Counter[tuple[str, ...]]:
    """The multiset of n-grams of ``\\w+`` tokens (texts shorter than n give one short shingle)."""
    tokens = _TOKEN.findall(text or "")
    if 0 < len(tokens) < n:
        return Counter([tuple(tokens)])
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_counts(gold: str, predicted: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page over shingle multisets, normalised to sum 1 (zeros stay zeros)."""
    g, p = shingles(gold), shingles(predicted)
    tp = sum((g & p).values())
    fp = sum(p.values()) - tp
    fn = sum(g.values()) - tp
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


@dataclass(frozen=True)
class Score:
    precision: float
    recall: float
    f1: float
    pages: int


def score(pairs: Iterable[tuple[str, str]]) -> Score:
    """AEB precision, recall and F1 over (gold, predicted) pairs."""
    precisions: list[float] = []
    recalls: list[float] = []
    pages = 0
    for gold, predicted in pairs:
        pages += 1
        tp, fp, fn = page_counts(gold, predicted)
        if fp == 0 and fn == 0:
            precisions.append(1.0)
            recalls.append(1.0)
            continue
        if tp + fp > 0:
            precisions.append(tp / (tp + fp))
        if tp + fn > 0:
            recalls.append(tp / (tp + fn))
    p = sum(precisions) / len(precisions) if precisions else 0.0
    r = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Score(p, r, f1, pages)

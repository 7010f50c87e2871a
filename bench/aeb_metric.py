"""The article-extraction-benchmark (AEB) metric, as its published table computes it.

Tokens are ``\\w+`` matches (case kept); each text becomes a multiset of 4-gram shingles. Per page,
tp/fp/fn are counted over those multisets and normalised to sum to 1. Precision and recall are the
means over pages (a page with tp+fp == 0, resp. tp+fn == 0, is left out of that mean; a page where
fp == fn == 0 scores 1 on both); F1 is 2PR/(P+R) of those means. See
../shared/data/README.md and scrapinghub/article-extraction-benchmark ``evaluate.py``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

_TOKEN = re.compile(r"\w+", re.UNICODE)
SHINGLE = 4


def shingles(text: str, n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """The multiset of n-gram shingles of ``text``'s word tokens."""
    tokens = _TOKEN.findall(text or "")
    if len(tokens) < n:
        return Counter([tuple(tokens)]) if tokens else Counter()
    return Counter(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))


def page_counts(gold: str, pred: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page, normalised so that they sum to 1 (all 0 when both are empty)."""
    g, p = shingles(gold), shingles(pred)
    tp = sum((g & p).values())
    fp = sum((p - g).values())
    fn = sum((g - p).values())
    total = tp + fp + fn
    if total == 0:
        return 0.0, 0.0, 0.0
    return tp / total, fp / total, fn / total


def score(pairs: Iterable[tuple[str, str]]) -> dict[str, float]:
    """Precision, recall and F1 over (gold, predicted) pages, AEB-style."""
    precisions: list[float] = []
    recalls: list[float] = []
    for gold, pred in pairs:
        tp, fp, fn = page_counts(gold, pred)
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
    return {"precision": p, "recall": r, "f1": f1}

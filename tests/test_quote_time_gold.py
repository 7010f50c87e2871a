"""Floors for when quotes were said, on the project's own quote time gold
(bench/data/quote_time_gold: 19 sample pages and seven articles written for it; the scores are
bench/quote_time.py's, with the article-date baseline beside them).

Measured 2026-11-30 on branch when12 (b5fb8cb), all 355 gold quotes: mention F1 0.984 (62/62
predicted, 62 of 64), value exact 0.938 (60/64), date right 0.989 (351/355) against the
article-date baseline's 0.834; with "at the time" resolved (branch when12, later): value exact
0.969 (62/64), date right 0.994 (353/355). Floors sit about 0.05 under the first figures; the
baseline is checked too, so the test fails if tidings stops beating it by a clear margin.
"""

from __future__ import annotations

import sys

import pytest
from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
from quote_time import Tally, load_cases, score

FLOORS = {"mention_f1": 0.93, "exact": 0.88, "right": 0.94}


@pytest.fixture(scope="module")
def tallies() -> tuple[Tally, Tally]:
    from tidings.analyze import analyze

    ours, base = Tally(), Tally()
    for case in load_cases():
        score(case, analyze(case.article), ours, base)
    return ours, base


@pytest.mark.issue(4)
def test_quote_time_gold_mentions_values_and_dates_stay_above_their_floors(tallies) -> None:
    ours, base = tallies
    p, r = ours.hits / max(1, ours.predicted), ours.hits / max(1, ours.timed)
    assert 2 * p * r / (p + r) >= FLOORS["mention_f1"], ours.misses
    assert ours.exact / ours.timed >= FLOORS["exact"], ours.misses
    assert ours.right / ours.total >= FLOORS["right"], ours.misses
    # the peers' answer, every quote dated by its article, stays far behind
    assert base.right / base.total <= ours.right / ours.total - 0.10

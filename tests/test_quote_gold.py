"""Quote accuracy floors on the project's hand-annotated sample pages (tests/data/quote_gold).

PolNeAR lives in ../shared and is absent in CI; these pages ship with the repository (the bundled
sample corpus), so this is the quote accuracy CI checks. The scores are bench/quote_gold.py's
(the PolNeAR benchmark's rules, bench/quote_score.py); textacy's side by side is in that bench.
Floors sit about 0.05 under the value measured when they were set (noted beside each), so a
change that loses a few quotes on these pages fails here and is looked at.
"""

from __future__ import annotations

import json
import sys

import pytest
from conftest import REPO, shared_path

sys.path.insert(0, str(REPO / "bench"))
from quote_gold import (
    GOLD_DIR,
    OWN_GOLD_DIRS,
    SHARED_GOLDS,
    GoldMismatch,
    load,
    load_addressee_gold,
    load_aeb,
    load_all,
    load_news10,
    load_own,
    load_pool,
    load_shared,
    score_tidings,
    score_with_addressees,
)

#: Measured 2026-11-29 on main at fabe011 (11 pages, 137 attributions, 77 direct):
#: (a) F1 0.887, (b) F1 0.861, (c) F1 0.786, (d) 0.970 (65/67), (e) 0.856 (95/111).
#: With 8 pages added (19 pages, 289 attributions, 140 direct; main 107015b and 7d681e9):
#: (a) 0.919, (b) 0.897, (c) 0.802, (d) 0.976 (122/125), (e) 0.903 (204/226). Floors raised
#: to about 0.05 under those.
FLOORS = {"a": 0.87, "b": 0.85, "c": 0.75, "d": 0.93, "e": 0.85}


@pytest.fixture(scope="module")
def scores():
    return score_tidings(load_all())


def test_gold_set_is_the_annotated_one() -> None:
    pages = load_all()  # raises GoldMismatch when extraction changed a page's text
    assert len(pages) == 19
    assert sum(len(p.gold) for p in pages) == 289


def test_direct_quote_floors(scores) -> None:
    s, _ = scores
    assert s.a.prf()[2] >= FLOORS["a"], s.a
    assert s.b.prf()[2] >= FLOORS["b"], s.b
    assert s.d_right / s.d_total >= FLOORS["d"], (s.d_right, s.d_total)


def test_all_attributions_floor(scores) -> None:
    s, names = scores
    assert s.c.prf()[2] >= FLOORS["c"], s.c
    assert names.right / names.total >= FLOORS["e"], names


def test_changed_text_is_reported_not_scored(tmp_path) -> None:
    doc = json.loads((GOLD_DIR / "7a457a4f71735c17.json").read_text(encoding="utf-8"))
    doc["text_sha256"] = "0" * 64
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(GoldMismatch, match="changed since it was annotated"):
        load(path)


def test_quote_missing_from_text_is_reported(tmp_path) -> None:
    doc = json.loads((GOLD_DIR / "7a457a4f71735c17.json").read_text(encoding="utf-8"))
    doc["quotes"]["words nobody in this article said"] = {
        "kind": "direct",
        "speaker": "he",
        "name": None,
        "cue": "said",
    }
    path = tmp_path / "extra.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(GoldMismatch, match="not found once"):
        load(path)


#: The AEB gold (bench/data/quote_gold_aeb, pages read from ../shared), measured on branch
#: newsread at afb4324: (a) 0.906, (b) 0.887, (c) 0.757, (d) 0.979 (47/48), (e) 0.829 (87/105);
#: floors about 0.05 under.
AEB_FLOORS = {"a": 0.85, "b": 0.83, "c": 0.70, "d": 0.93, "e": 0.78}


def test_aeb_gold_floors() -> None:
    shared_path("data", "extraction", "aeb", "html")
    pages = load_aeb()  # raises GoldMismatch when extraction changed a page's text
    assert len(pages) == 10
    assert sum(len(p.gold) for p in pages) == 143
    assert_floors(pages, AEB_FLOORS)


#: The readability gold (bench/data/quote_gold_rdb: six real news pages of Mozilla readability's
#: test suite, read from ../shared; session 16), blind first score on 1075d63 (code bc89fc6):
#: (a) 0.900, (b) 0.900, (c) 0.781, (d) 1.000 (27/27), (e) 0.982 (55/56), (f) 1.000 (9/9 given
#: right, 9 gold on matched). Floors about 0.05 under.
RDB_FLOORS = {"a": 0.85, "b": 0.85, "c": 0.73, "d": 0.95, "e": 0.93}


#: Seven more of readability's news pages (bench/data/quote_gold_rdb2, session 17), blind first
#: score on 96b0851 (code 9b496ef): (a) 0.938, (b) 0.889, (c) 0.746, (d) 0.947 (36/38), (e) 0.943
#: (66/70). Floors about 0.05 under; (d) one miss under. Two gold addressees only: no (f) floor.
RDB2_FLOORS = {"a": 0.88, "b": 0.84, "c": 0.69, "d": 0.92, "e": 0.89}


#: Eight more AEB pages (bench/data/quote_gold_aeb3, session 18), blind first score on 4a8ff27
#: (code 3d62df8): (a) 0.917, (b) 0.889, (c) 0.836, (d) 0.970 (32/33), (e) 0.914 (53/58), (f)
#: 0.933 (7/7 given right, 8 gold on matched). Floors about 0.05 under; (d) one miss under.
AEB3_FLOORS = {"a": 0.86, "b": 0.83, "c": 0.78, "d": 0.93, "e": 0.86}


#: Two more of readability's news pages (bench/data/quote_gold_rdb3, session 18), blind first
#: score on 1452b52 (code 3d62df8): (a) 0.957, (b) 0.826, (c) 0.727, (d) 0.864 (19/22), (e)
#: 0.844 (27/32); on the gold scorer that keeps floating quotes apart (4672af1): (b) 0.851, (c)
#: 0.740, (d) 0.870 (20/23), (e) 0.848. Floors about 0.05 under; (d) one miss under. One gold
#: addressee: no (f) floor.
RDB3_FLOORS = {"a": 0.90, "b": 0.77, "c": 0.67, "d": 0.81, "e": 0.79}


#: Seven more AEB pages (bench/data/quote_gold_aeb4, session 19), blind first score (code
#: 3cc8e8b), with the two noun-phrase acts aeb3's convention leaves out taken out: (a) 0.952, (b)
#: 0.921, (c) 0.742, (d) 0.967 (29/30), (e) 0.744 (32/43), (f) 0.833 (5/6 given right, 6 gold on
#: matched). Floors about 0.05 under; (d) one miss under.
AEB4_FLOORS = {"a": 0.90, "b": 0.87, "c": 0.69, "d": 0.93, "e": 0.70}


#: Six news pages of trafilatura's evaluation set (bench/data/quote_gold_tfe, session 19), blind
#: first score (code 3cc8e8b): (a) 0.949, (b) 0.915, (c) 0.830, (d) 0.964 (27/28), (e) 0.947
#: (54/57). Floors about 0.05 under; (d) one miss under. Three gold addressees: no (f) floor.
TFE_FLOORS = {"a": 0.90, "b": 0.86, "c": 0.78, "d": 0.92, "e": 0.89}


#: Six more of them (bench/data/quote_gold_tfe2, session 19), blind first score (code 3cc8e8b):
#: (a) 0.969, (b) 0.969, (c) 0.844, (d) 1.000 (31/31), (e) 1.000 (50/50). Floors about 0.05
#: under; (d) one miss under. Two gold addressees: no (f) floor.
TFE2_FLOORS = {"a": 0.92, "b": 0.92, "c": 0.79, "d": 0.96, "e": 0.95}


#: Five more (bench/data/quote_gold_tfe3, session 19), blind first score (code 3cc8e8b): (a)
#: 0.986, (b) 0.957, (c) 0.704, (d) 0.971 (33/34), (e) 0.932 (55/59), (f) 0.842 (8/10 given
#: right, 9 gold on matched). Floors about 0.05 under; (d) one miss under.
TFE3_FLOORS = {"a": 0.93, "b": 0.90, "c": 0.65, "d": 0.94, "e": 0.88}


#: Six more (bench/data/quote_gold_tfe4, session 20), blind first score (code 2d0e73f): (a)
#: 0.966, (b) 0.920, (c) 0.843, (d) 0.952 (40/42), (e) 0.785 (62/79), (f) 0.923 (6/7 given
#: right, 6 gold on matched). Floors about 0.05 under; (d) one miss under.
TFE4_FLOORS = {"a": 0.91, "b": 0.87, "c": 0.79, "d": 0.92, "e": 0.73}


#: Seven more (bench/data/quote_gold_tfe5, session 20), blind first score (code 2d0e73f): (a)
#: 0.937, (b) 0.906, (c) 0.773, (d) 0.967 (29/30), (e) 0.925 (49/53). Floors about 0.05 under;
#: (d) one miss under. Four gold addressees: no (f) floor.
TFE5_FLOORS = {"a": 0.88, "b": 0.85, "c": 0.72, "d": 0.93, "e": 0.87}


#: Eight more (bench/data/quote_gold_tfe6, session 21), blind first score (code d866d10): (a)
#: 0.965, (b) 0.871, (c) 0.750, (d) 0.902 (37/41), (e) 0.945 (52/55), (f) 0.857 (6/7 given
#: right, 7 gold on matched). Floors about 0.05 under; (d) one miss under.
TFE6_FLOORS = {"a": 0.91, "b": 0.82, "c": 0.70, "d": 0.87, "e": 0.89}


#: Eight more (bench/data/quote_gold_tfe7, session 22, helper gold24), blind first score (code
#: d9e991a, gold commit 6662d12): (a) 0.884, (b) 0.837, (c) 0.700, (d) 0.947 (18/19), (e) 0.857
#: (30/35), (f) 1.000 (4/4 given right, 4 gold on matched). Floors about 0.05 under; (d) one miss
#: under.
TFE7_FLOORS = {"a": 0.83, "b": 0.78, "c": 0.65, "d": 0.89, "e": 0.80}


#: Eight more (bench/data/quote_gold_tfe8, session 23, helper gold25), blind first score (code
#: a1c8870, gold commit 7b169b3): (a) 0.885, (b) 0.787, (c) 0.616, (d) 0.889 (24/27), (e) 0.842
#: (32/38), (f) 1.000 (6/6 given right, 6 gold on matched). Floors about 0.05 under; (d) one
#: miss under (23/27).
TFE8_FLOORS = {"a": 0.83, "b": 0.73, "c": 0.56, "d": 0.85, "e": 0.79}


#: Eight more (bench/data/quote_gold_tfe9, session 24, helper gold26), blind first score (code
#: 570ab3c, gold commit 46d3345, 47 attributions): (a) 0.788, (b) 0.788, (c) 0.620, (d) 1.000
#: (13/13), (e) 0.828 (24/29), (f) 0.571 (2/2 given right, 5 gold on matched). After the one
#: correction its README names (b7fc029, 48: a stand-alone quoted paragraph split off): (a)
#: 0.824, (b) 0.824, (c) 0.631, (d) 1.000 (14/14), (e) 0.833 (25/30), (f) the same. Floors about
#: 0.05 under; (d) one miss under (13/14).
TFE9_FLOORS = {"a": 0.77, "b": 0.77, "c": 0.58, "d": 0.92, "e": 0.78}


#: Two more (bench/data/quote_gold_tfe10, session 24, helper gold27; AEB pages, its README says
#: why). gold27 annotated six, but four of them were already sample pages of tests/data/quote_gold
#: (not blind, and counted twice in the "real" pool), so the lead removed those four. Blind
#: first score of the two left (code c7408cd, gold commit 49ed61f, 16 attributions): (a) 1.000,
#: (b) 1.000, (c) 0.821, (d) 1.000 (10/10), (e) 1.000 (16/16); no addressees. Floors one miss
#: under.
TFE10_FLOORS = {"a": 0.94, "b": 0.94, "c": 0.78, "d": 0.9, "e": 0.93}


@pytest.mark.parametrize(
    ("name", "pages_dir", "page_count", "attributions", "floors"),
    [
        ("rdb", "readability", 6, 83, RDB_FLOORS),
        ("rdb2", "readability", 7, 107, RDB2_FLOORS),
        ("rdb3", "readability", 2, 43, RDB3_FLOORS),
        ("aeb3", "aeb/html", 8, 73, AEB3_FLOORS),
        ("aeb4", "aeb/html", 7, 61, AEB4_FLOORS),
        ("tfe", "trafilatura-eval/html", 6, 84, TFE_FLOORS),
        ("tfe2", "trafilatura-eval/html", 6, 77, TFE2_FLOORS),
        ("tfe3", "trafilatura-eval/html", 5, 86, TFE3_FLOORS),
        ("tfe4", "trafilatura-eval/html", 6, 105, TFE4_FLOORS),
        ("tfe5", "trafilatura-eval/html", 7, 65, TFE5_FLOORS),
        ("tfe6", "trafilatura-eval/html", 8, 63, TFE6_FLOORS),
        ("tfe7", "trafilatura-eval/html", 8, 53, TFE7_FLOORS),
        ("tfe8", "trafilatura-eval/html", 8, 68, TFE8_FLOORS),
        ("tfe9", "trafilatura-eval/html", 8, 48, TFE9_FLOORS),
        ("tfe10", "aeb/html", 2, 16, TFE10_FLOORS),
    ],
)
def test_shared_gold_floors(name, pages_dir, page_count, attributions, floors) -> None:
    """The golds on real pages read from ../shared: (a)-(e) floors, and (f) where it has one."""
    shared_path("data", "extraction", *pages_dir.split("/"))
    pages = load_shared(name)  # raises GoldMismatch when extraction changed a page's text
    assert len(pages) == page_count
    assert sum(len(p.gold) for p in pages) == attributions
    assert_floors(pages, floors)
    if name in ADDRESSEE_FLOORS:
        assert_addressee_floor(pages, ADDRESSEE_FLOORS[name])


def assert_floors(pages, floors: dict[str, float]) -> None:
    """tidings' (a)-(e) on ``pages`` are each at or above its floor."""
    s, names = score_tidings(pages)
    assert s.a.prf()[2] >= floors["a"], s.a
    assert s.b.prf()[2] >= floors["b"], s.b
    assert s.c.prf()[2] >= floors["c"], s.c
    assert s.d_right / s.d_total >= floors["d"], (s.d_right, s.d_total)
    assert names.right / names.total >= floors["e"], names


#: The fourth gold (bench/data/quote_gold_news10: six articles written for the project, texts in
#: the repository, so CI runs it), blind first score on main 2639dd9: (a) 0.933, (b) 0.933,
#: (c) 0.878, (d) 1.000 (28/28), (e) 0.833 (45/54); floors about 0.05 under.
NEWS10_FLOORS = {"a": 0.88, "b": 0.88, "c": 0.82, "d": 0.95, "e": 0.78}


def test_news10_gold_floors() -> None:
    pages = load_news10()  # raises GoldMismatch when extraction changed an article's text
    assert len(pages) == 6
    assert sum(len(p.gold) for p in pages) == 71
    assert_floors(pages, NEWS10_FLOORS)


#: The fifth gold (bench/data/quote_gold_news11: six articles in the shapes of PolNeAR's
#: held-out outlets, session 11), blind first score on c83eff1: (a) 0.973, (b) 0.973, (c) 0.886,
#: (d) 1.000 (36/36), (e) 0.965 (55/57); its addressees (f) 1.000 (12/12) blind on addr12's
#: rules. Floors about 0.05 under.
NEWS11_FLOORS = {"a": 0.92, "b": 0.92, "c": 0.83, "d": 0.95, "e": 0.91}


#: The sixth gold (bench/data/quote_gold_news12: six articles in shapes the others lack, session
#: 12), blind first score on 27b8c93: (a) 0.982, (b) 0.982, (c) 0.906, (d) 1.000 (28/28),
#: (e) 0.944 (51/54), (f) 0.900 (9/10 given right, 10 gold on matched). Floors about 0.05 under.
NEWS12_FLOORS = {"a": 0.93, "b": 0.93, "c": 0.85, "d": 0.95, "e": 0.89}

#: The seventh gold (bench/data/quote_gold_news13: a council meeting, a leaked memo, the Sunday
#: shows, a British story, a press conference, a U.N. council meeting; session 13), blind first
#: score on e64dc74: (a) 0.898, (b) 0.898, (c) 0.836, (d) 1.000 (22/22), (e) 0.911 (41/45),
#: (f) 0.842 (8/9 given right, 10 gold on matched). Floors about 0.05 under.
NEWS13_FLOORS = {"a": 0.85, "b": 0.85, "c": 0.78, "d": 0.95, "e": 0.86}

#: The eighth gold (bench/data/quote_gold_news14: a trial, a company's results, a medical study, a
#: Sydney storm in curly single marks, a concession, a feature; session 14), blind first score on
#: 321d4d8 (code d7844f4): (a) 0.962, (b) 0.962, (c) 0.895, (d) 1.000 (25/25), (e) 0.927 (38/41),
#: (f) 0.875 (7/8 given right, 8 gold on matched). Floors about 0.05 under.
NEWS14_FLOORS = {"a": 0.91, "b": 0.91, "c": 0.84, "d": 0.95, "e": 0.87}

#: The ninth gold (bench/data/quote_gold_news15: a cup tie, job cuts from a memo, a British fare
#: rise in single marks, an earthquake abroad, a police story, climate talks; session 15), blind
#: first score on 156ffa7 (code 88d2444): (a) 1.000, (b) 1.000, (c) 0.919, (d) 1.000 (22/22),
#: (e) 0.907 (39/43), (f) 0.941 (8/8 given right, 9 gold on matched). Floors about 0.05 under.
NEWS15_FLOORS = {"a": 0.95, "b": 0.95, "c": 0.87, "d": 0.95, "e": 0.86}

#: The tenth gold (bench/data/quote_gold_news16: a court ruling, a profit warning, a nurses'
#: strike, an election abroad in curly marks, a football transfer, a drought; session 16), blind
#: first score on d6b4f6a (code bc89fc6): (a) 1.000, (b) 1.000, (c) 0.906, (d) 1.000 (27/27),
#: (e) 0.933 (42/45), (f) 0.842 (8/9 given right, 10 gold on matched). Floors about 0.05 under.
NEWS16_FLOORS = {"a": 0.95, "b": 0.95, "c": 0.85, "d": 0.95, "e": 0.88}

#: The twelfth gold (bench/data/quote_gold_news17: a car recall, a trial's testimony, a storm,
#: talks abroad, a study, a band's farewell; session 17), blind first score on ad64b1f (code
#: 9b496ef): (a) 0.962, (b) 0.923, (c) 0.919, (d) 0.960 (24/25), (e) 0.920 (46/50), (f) 1.000
#: (7/7 given right, 7 gold on matched). Floors about 0.05 under; (d) one miss under.
NEWS17_FLOORS = {"a": 0.91, "b": 0.87, "c": 0.86, "d": 0.92, "e": 0.87}


@pytest.mark.parametrize(
    ("name", "gold_dir", "attributions", "floors"),
    [
        ("news11", OWN_GOLD_DIRS["news11"], 73, NEWS11_FLOORS),
        ("news12", OWN_GOLD_DIRS["news12"], 66, NEWS12_FLOORS),
        ("news13", OWN_GOLD_DIRS["news13"], 60, NEWS13_FLOORS),
        ("news14", OWN_GOLD_DIRS["news14"], 54, NEWS14_FLOORS),
        ("news15", OWN_GOLD_DIRS["news15"], 52, NEWS15_FLOORS),
        ("news16", OWN_GOLD_DIRS["news16"], 60, NEWS16_FLOORS),
        ("news17", OWN_GOLD_DIRS["news17"], 63, NEWS17_FLOORS),
    ],
)
def test_own_dated_gold_floors(name, gold_dir, attributions, floors) -> None:
    """The fifth to tenth and twelfth golds: six articles each, their (a)-(e), addressee floors."""
    pages = load_own(gold_dir)  # raises GoldMismatch when extraction changed a text
    assert len(pages) == 6
    assert sum(len(p.gold) for p in pages) == attributions
    assert_floors(pages, floors)
    assert_addressee_floor(pages, ADDRESSEE_FLOORS[name])


#: Line (f), addressees on matched attributions (session 11, branch addr12; blind first scores
#: in bench/RESULTS.md "Addressees measured, session 11"): measured at 8ba45ee, sample 0.963
#: (26/26 given right, 28 gold on matched), AEB 0.914 (16/17, 18), the addressee gold 0.990
#: (49/49, 50); news11, blind, 1.000 (12/12, 12); news12, blind, 0.900; news13, blind, 0.842;
#: news14, blind, 0.875 (7/8, 8), its floor one miss under; news15, blind, 0.941 (8/8, 9), its
#: floor one miss under; news16, blind, 0.842 (8/9, 10); rdb, blind, 1.000 (9/9, 9); news17,
#: blind, 1.000 (7/7, 7), its floor one miss under; aeb3, blind, 0.933 (7/7, 8), its floor one
#: miss under; aeb4, blind, 0.833 (5/6, 6), its floor one miss under; tfe3, blind, 0.842 (8/10,
#: 9); tfe4, blind, 0.923 (6/7, 6), its floor one miss under; tfe6, blind, 0.857 (6/7, 7), its
#: floor one miss under; tfe7, blind, 1.000 (4/4, 4), its floor one miss under (3/4); tfe8,
#: blind, 1.000 (6/6, 6), its floor one miss under (5/6); tfe9, blind, 0.571 (2/2 given right,
#: 5 gold on matched: "tells Axios" three times with no addressee), its floor one miss under (1/2,
#: 0.286); about 0.05 under (news11 0.1). (tfe10's two pages have no addressee.)
ADDRESSEE_FLOORS = {
    "sample": 0.91,
    "aeb": 0.86,
    "addressee": 0.94,
    "news11": 0.9,
    "news12": 0.85,
    "news13": 0.79,
    "news14": 0.75,
    "news15": 0.87,
    "news16": 0.79,
    "rdb": 0.94,
    "news17": 0.85,
    "aeb3": 0.85,
    "aeb4": 0.72,
    "tfe3": 0.79,
    "tfe4": 0.76,
    "tfe6": 0.71,
    "tfe7": 0.74,
    "tfe8": 0.82,
    "tfe9": 0.28,
}


def assert_addressee_floor(pages, floor: float) -> None:
    """tidings' addressee F1 (line (f)) on ``pages`` is at or above ``floor``."""
    _, _, to, _ = score_with_addressees(pages)
    assert to.prf()[2] >= floor, to


def test_sample_addressee_floor() -> None:
    assert_addressee_floor(load_all(), ADDRESSEE_FLOORS["sample"])


def test_aeb_addressee_floor() -> None:
    shared_path("data", "extraction", "aeb", "html")
    assert_addressee_floor(load_aeb(), ADDRESSEE_FLOORS["aeb"])


#: The addressee gold (bench/data/addressee_gold: seven articles written for the project, dense
#: with addressees; texts in the repository, so CI runs it), measured at 8ba45ee: (a) 0.964,
#: (b) 0.964, (c) 0.899, (d) 1.000 (27/27), (e) 0.984 (60/61); floors about 0.05 under.
ADDRESSEE_GOLD_FLOORS = {"a": 0.91, "b": 0.91, "c": 0.85, "d": 0.95, "e": 0.93}


def test_addressee_gold_floors() -> None:
    pages = load_addressee_gold()  # raises GoldMismatch when extraction changed an article's text
    assert len(pages) == 7
    assert sum(len(p.gold) for p in pages) == 75
    assert sum(a is not None for p in pages for a in p.addressees) == 57
    assert_floors(pages, ADDRESSEE_GOLD_FLOORS)
    assert_addressee_floor(pages, ADDRESSEE_FLOORS["addressee"])


def test_a_pool_holds_every_page_of_its_golds_once() -> None:
    """``--set written`` scores the project's own articles as one set: each gold's pages, once."""
    pooled = load_pool("written")
    each = [p for gold_dir in OWN_GOLD_DIRS.values() for p in load_own(gold_dir)]
    assert [p.path for p in pooled] == [p.path for p in each]
    assert len({p.path for p in pooled}) == len(pooled) > 50


def test_no_page_is_in_two_golds() -> None:
    """Each gold annotates pages no other gold does (by the text's sha256): a page in two golds
    is counted twice in the pools, and a gold that repeats an older one's page is not blind
    (session 24: four of tfe10's first six pages were sample pages)."""
    dirs = [GOLD_DIR, *(d for d, _, _ in SHARED_GOLDS.values()), *OWN_GOLD_DIRS.values()]
    seen: dict[str, str] = {}
    for gold_dir in dirs:
        for path in sorted(gold_dir.glob("*.json")):
            sha = json.loads(path.read_text(encoding="utf-8"))["text_sha256"]
            where = f"{gold_dir.name}/{path.name}"
            assert sha not in seen, f"{where} annotates the page of {seen[sha]}"
            seen[sha] = where

"""Entity accuracy floors on one hand-annotated sample page (bench/data/entity_gold).

The scores are bench/entity_gold.py's (mentions at overlap >= 0.5 with the type; entities by
canonical name and type; B-cubed merging); the three systems side by side and all 8 pages are
in that bench. The page (a guilty plea for threatening Rep. Ilhan Omar) ships with the
repository. Floors sit under the value measured when they were set (noted beside each).
"""

from __future__ import annotations

import sys

import pytest
from conftest import REPO

sys.path.insert(0, str(REPO / "bench"))
from entity_gold import GOLD_DIR, GoldMismatch, Scores, load, load_all, tidings_output

PAGE = GOLD_DIR / "7a457a4f71735c17.json"


@pytest.fixture(scope="module")
def scores() -> Scores:
    page = load(PAGE)
    out = Scores()
    out.add(tidings_output(page), page.gold)
    return out


def test_gold_set_is_the_annotated_one() -> None:
    pages = load_all()  # raises GoldMismatch when extraction changed a page's text
    assert len(pages) == 10
    assert sum(len(p.gold.mentions) for p in pages) == 550
    assert sum(len(p.gold.entities) for p in pages) == 225


def test_mention_floor(scores: Scores) -> None:
    # measured 2026-11-29: blind (main 8407fce) overlap + type F1 0.792; after the ents11
    # rules 0.909 (the surname of "Patrick W. Carlineo Jr.", "Addison, a village")
    assert scores.mentions["mentions, overlap + type"].prf()[2] >= 0.85


def test_entity_and_merging_floors(scores: Scores) -> None:
    # measured 2026-11-29: blind entities F1 0.621, B-cubed F1 0.892; after ents11 0.880, 1.000
    assert scores.entities.prf()[2] >= 0.82
    assert scores.merging.prf()[2] >= 0.95


def test_changed_text_is_reported(tmp_path) -> None:
    doc = PAGE.read_text(encoding="utf-8").replace('"text_chars": ', '"text_chars": 1')
    doc = doc.replace('"text_sha256": "', '"text_sha256": "0')
    path = tmp_path / "x.json"
    path.write_text(doc, encoding="utf-8")
    with pytest.raises(GoldMismatch):
        load(path)

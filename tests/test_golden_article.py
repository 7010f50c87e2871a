"""The golden page: every field of ``article`` in the expected JSON, as the golden README says.

Strings are compared after folding whitespace, case and curly quotes; dates as YYYY-MM-DD
prefixes; ``body_paragraphs`` counts body paragraphs (not subheadings, captions or furniture).
Runs the extractor only (no spaCy): ``tidings.extract(..., analyze=False)``.
"""

from __future__ import annotations

import json
import re

import pytest

import tidings
from tests.conftest import shared_path

NAME = "france24-russia-syria-withdrawal"
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"'})


def fold(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").translate(_QUOTES)).strip().lower()


@pytest.fixture(scope="module")
def golden() -> tuple[tidings.Article, dict]:
    page = shared_path("golden", f"{NAME}.txt").read_text(encoding="utf-8")
    expected = json.loads(shared_path("golden", f"{NAME}.expected.json").read_text())["article"]
    return tidings.extract(page, analyze=False), expected


def test_golden_article_is_an_article(golden) -> None:
    article, _ = golden
    assert article.status == "article", article.reason
    assert article.input_type == "text"


@pytest.mark.parametrize("field", ["title", "section"])
def test_golden_article_text_fields(golden, field: str) -> None:
    article, expected = golden
    assert fold(getattr(article, field)) == fold(expected[field])


def test_golden_article_authors(golden) -> None:
    article, expected = golden
    assert article.authors == expected["authors"]  # normal capitalisation, exactly


def test_golden_article_other_credits(golden) -> None:
    article, expected = golden
    assert {k: fold(v) for k, v in article.other_credits.items()} == {
        k: fold(v) for k, v in expected["other_credits"].items()
    }


@pytest.mark.parametrize(("field", "key"), [("published", "published"), ("modified", "modified")])
def test_golden_article_dates(golden, field: str, key: str) -> None:
    """Both dates, and never a 2018 teaser's date (the article is from March 2016)."""
    article, expected = golden
    assert (getattr(article, field) or "")[:10] == expected[key][:10]


def test_golden_article_image_caption_and_credit(golden) -> None:
    article, expected = golden
    got = [(fold(i.caption), fold(i.credit)) for i in article.images]
    assert got == [(fold(i["caption"]), fold(i["credit"])) for i in expected["images"]]


def test_golden_article_subheadings(golden) -> None:
    article, expected = golden
    assert [fold(s) for s in article.subheadings] == [fold(s) for s in expected["subheadings"]]


def test_golden_article_body_bounds_and_count(golden) -> None:
    article, expected = golden
    body = [p.text for p in article.body]
    assert len(body) == expected["body_paragraphs"]
    assert fold(body[0]).startswith(fold(expected["body_first_words"]))
    assert fold(body[-1]).endswith(fold(expected["body_last_words"]))


def test_golden_article_related(golden) -> None:
    article, expected = golden
    assert [fold(link.title) for link in article.related] == [fold(t) for t in expected["related"]]


def test_golden_article_no_furniture_in_body(golden) -> None:
    article, expected = golden
    text = fold(article.text)
    leaked = [snippet for snippet in expected["must_not_be_in_body"] if fold(snippet) in text]
    assert leaked == []


def test_golden_article_offsets_point_into_text(golden) -> None:
    article, _ = golden
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end] == paragraph.text


def test_golden_article_dropped_lines_carry_reasons(golden) -> None:
    """Every teaser and "Read more" line is accounted for, with its line number."""
    article, _ = golden
    reasons = {d.line: d.reason for d in article.dropped}
    assert reasons[0] == "dont-miss"
    assert reasons[7] == "read-more"
    assert reasons[15] == "teaser"  # the Khashoggi headline of 2018

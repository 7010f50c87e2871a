"""The golden page: every expected quote (speaker, kind, cue, addressee) and entity.

Two ways in: an Article built here from the page's body lines (between "Latest update" and
"Date created"), which pins analysis alone, and the page as scraped through ``tidings.extract``
(text extractor + analysis), which pins the whole path.
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import shared_path

import tidings
from tidings.analyze import analyze
from tidings.model import Article, Image, Quote, layout

GOLDEN = "france24-russia-syria-withdrawal"


def _fold(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split()).lower()


def golden_article() -> tuple[Article, dict]:
    """The golden page's body as an Article (a stand-in for the text extractor)."""
    folder = shared_path("golden")
    raw = (folder / f"{GOLDEN}.txt").read_text(encoding="utf-8")
    expected = json.loads((folder / f"{GOLDEN}.expected.json").read_text(encoding="utf-8"))
    body = raw.split("Latest update", 1)[1].split("\n", 1)[1].split("Date created", 1)[0]
    blocks = [b.strip() for b in re.split(r"\n\s*\n", body) if b.strip()]
    roles = [
        ("subheading" if len(b) < 60 and not b.endswith((".", '"', "”")) else "body", b)
        for b in blocks
    ]
    text, paragraphs = layout(roles)  # type: ignore[arg-type]
    credit_line = next(line for line in raw.splitlines() if line.startswith("©"))
    credit, caption = (s.strip() for s in credit_line.lstrip("© ").split("|", 1))
    article = Article(
        id="golden",
        source=GOLDEN,
        text=text,
        paragraphs=paragraphs,
        authors=["Sam Ball"],
        images=[Image(caption=caption, credit=credit)],
    )
    return article, expected


def _match(quotes: list[Quote], want: dict) -> Quote | None:
    for q in quotes:
        content = _fold(q.content.text)
        if "starts" in want and not content.startswith(_fold(want["starts"])):
            continue
        if "contains" in want and _fold(want["contains"]) not in content:
            continue
        return q
    return None


def check_quote(q: Quote | None, want: dict) -> list[str]:
    """What is wrong with quote ``q`` against the expected entry (empty when all is right)."""
    if q is None:
        return ["not found"]
    wrong = []
    name = (q.speaker or "").lower()
    if want["speaker"].startswith("unnamed"):
        if "commander" not in name:
            wrong.append(f"speaker {q.speaker!r}")
    elif name != want["speaker"].lower():
        wrong.append(f"speaker {q.speaker!r}")
    if q.kind != want["kind"]:
        wrong.append(f"kind {q.kind}")
    if "cue" in want and (q.cue is None or _fold(q.cue.text) != want["cue"]):
        wrong.append(f"cue {q.cue.text if q.cue else None!r}")
    if "addressee" in want and q.addressee != want["addressee"]:
        wrong.append(f"addressee {q.addressee!r}")
    if "speaker_description" in want and _fold(q.speaker_description or "") != _fold(
        want["speaker_description"]
    ):
        wrong.append(f"description {q.speaker_description!r}")
    if "speaker_type" in want and q.speaker_type != want["speaker_type"]:
        wrong.append(f"type {q.speaker_type}")
    if "speaker_mention" in want and (
        q.speaker_mention is None or _fold(q.speaker_mention.text) != _fold(want["speaker_mention"])
    ):
        wrong.append(f"mention {q.speaker_mention.text if q.speaker_mention else None!r}")
    if "via" in want and (q.via is None or _fold(q.via.text) != _fold(want["via"])):
        wrong.append(f"via {q.via.text if q.via else None!r}")
    return wrong


def score(article: Article, expected: dict) -> dict[str, list[str]]:
    return {
        w["starts"] if "starts" in w else w["contains"]: check_quote(_match(article.quotes, w), w)
        for w in expected["quotes"]
    }


@pytest.fixture(scope="module")
def analyzed() -> tuple[Article, dict]:
    article, expected = golden_article()
    return analyze(article), expected


def test_golden_quotes_all_right(analyzed: tuple[Article, dict]) -> None:
    article, expected = analyzed
    wrong = {k: v for k, v in score(article, expected).items() if v}
    assert not wrong, (
        f"{len(expected['quotes']) - len(wrong)}/{len(expected['quotes'])} right: {wrong}"
    )


def missing_entities(article: Article, expected: dict) -> list[str]:
    """Expected entity names (by label) that no entity of the article carries."""
    missing = []
    for label, names in expected["entities"].items():
        have = {_fold(e.name) for e in article.entities if e.label == label}
        have |= {_fold(m.text) for e in article.entities if e.label == label for m in e.mentions}
        missing += [f"{label}:{n}" for n in names if _fold(n) not in have]
    return missing


def test_golden_entities_found(analyzed: tuple[Article, dict]) -> None:
    article, expected = analyzed
    assert not missing_entities(article, expected)


def test_golden_offsets_are_evidence(analyzed: tuple[Article, dict]) -> None:
    article, _ = analyzed
    spans = [
        s
        for q in article.quotes
        for s in (q.content, q.cue, q.speaker_mention, q.addressee_mention, q.via)
        if s
    ]
    spans += [m for e in article.entities for m in e.mentions]
    spans += [m for s in article.speakers for m in s.mentions]
    assert spans
    assert all(article.text[s.start : s.end] == s.text for s in spans)


def test_golden_end_to_end_through_extract() -> None:
    """The page as scraped, through the text extractor and analysis: every quote and entity."""
    folder = shared_path("golden")
    raw = (folder / f"{GOLDEN}.txt").read_text(encoding="utf-8")
    expected = json.loads((folder / f"{GOLDEN}.expected.json").read_text(encoding="utf-8"))
    article = tidings.extract(raw)
    wrong = {k: v for k, v in score(article, expected).items() if v}
    assert not wrong
    assert not missing_entities(article, expected)

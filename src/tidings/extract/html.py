"""HTML page -> Article (first version: trafilatura's main-text extraction)."""

from __future__ import annotations

import trafilatura

from tidings.extract.common import base_article
from tidings.model import Article, Capture, layout


def extract_html(
    html: str, url: str | None = None, *, capture: Capture | None = None, source: str = "<html>"
) -> Article:
    """Turn an HTML page into an Article, or a 'no_article' record with the reason."""
    base = base_article(capture, source, Capture.digest(html.encode("utf-8")), url)
    doc = trafilatura.bare_extraction(html, url=base["url"], with_metadata=True, as_dict=True)
    if not doc or not doc.get("text"):
        return Article(**base, status="no_article", reason="no main text found", input_type="html")
    joined, paragraphs = layout([("body", p) for p in doc["text"].split("\n")])
    authors = [a.strip() for a in (doc.get("author") or "").split(";") if a.strip()]
    return Article(
        **base,
        input_type="html",
        title=doc.get("title"),
        authors=authors,
        published=doc.get("date"),
        language=doc.get("language"),
        text=joined,
        paragraphs=paragraphs,
    )

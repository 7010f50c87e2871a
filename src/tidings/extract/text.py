"""Scraped page text -> Article (first version: blank-line blocks, first short block as title)."""

from __future__ import annotations

import re

from tidings.extract.common import base_article
from tidings.model import Article, Capture, layout

_BLOCKS = re.compile(r"\n\s*\n")


def extract_text(
    text: str, url: str | None = None, *, capture: Capture | None = None, source: str = "<text>"
) -> Article:
    """Turn text a scraper pulled out of a page into an Article."""
    blocks = [b.strip() for b in _BLOCKS.split(text) if b.strip()]
    base = base_article(capture, source, Capture.digest(text.encode("utf-8")), url)
    if not blocks:
        return Article(**base, status="no_article", reason="no text", input_type="text")
    title = blocks[0] if len(blocks[0]) < 200 else None
    body = blocks[1:] if title else blocks
    joined, paragraphs = layout([("body", b) for b in body])
    return Article(**base, input_type="text", title=title, text=joined, paragraphs=paragraphs)

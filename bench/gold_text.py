"""The one check every hand-made gold runs first: is the text tidings extracts now the text the
gold was annotated on? (bench/quote_gold.py, bench/entity_gold.py.)

A gold file records the sha256 and length of the article text it was written against. When
extraction changes that text, scoring the old offsets or strings would count right answers as
wrong (or the reverse) without a word, so the page is reported instead.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any


class GoldMismatch(Exception):
    """The extracted text is not the one the gold was annotated on (or an item is not in it)."""


def check_text(path: Path, doc: dict[str, Any], text: str, items: str) -> None:
    """Raise :class:`GoldMismatch` unless ``text`` is the text gold file ``path`` (loaded as
    ``doc``) was annotated on; ``items`` names what to re-check ("quote", "mention")."""
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if digest != doc["text_sha256"]:
        raise GoldMismatch(
            f"{path.name}: the text extracted from {doc['page']} changed since it was annotated "
            f"(sha256 {digest[:12]}, gold {doc['text_sha256'][:12]}; {len(text)} chars, gold "
            f"{doc['text_chars']}): check each {items} against the new text and update the file"
        )

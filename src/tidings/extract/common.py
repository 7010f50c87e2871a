"""What both extractors share: the Article skeleton for a capture and the outlet of a URL."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from tidings.model import Article, Capture


def outlet_of(url: str | None) -> str | None:
    """The site of a URL, without 'www.': 'https://www.france24.com/en/x' -> 'france24.com'."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return host.removeprefix("www.") or None


#: Characters a page carries but never shows: the soft hyphen (U+00AD, a line-break hint some
#: newspapers put inside every word), the zero-width space, the word joiner and a stray byte-order
#: mark. Kept, "Mas\u00adsy" is no longer the word "Massy" for the tokenizer, the entity tagger or
#: a reader's search, so both extractors drop them from the text they keep.
_INVISIBLE = re.compile("[\u00ad\u200b\u2060\ufeff]")


def visible(text: str) -> str:
    """``text`` without the invisible format characters of ``_INVISIBLE``."""
    return _INVISIBLE.sub("", text)


def base_article(capture: Capture | None, source: str, doc_id: str, url: str | None) -> dict:
    """The fields every Article gets from its capture, whatever the extractor."""
    url = url or (capture.url if capture else None)
    return {
        "id": capture.id if capture else doc_id,
        "source": capture.source if capture else source,
        "url": url,
        "outlet": outlet_of(url),
        "captured_at": capture.captured_at if capture else None,
    }


__all__ = ["Article", "base_article", "outlet_of", "visible"]

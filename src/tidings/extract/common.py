"""What both extractors share: the Article skeleton for a capture and the outlet of a URL."""

from __future__ import annotations

from urllib.parse import urlsplit

from tidings.model import Article, Capture


def outlet_of(url: str | None) -> str | None:
    """The site of a URL, without 'www.': 'https://www.france24.com/en/x' -> 'france24.com'."""
    if not url:
        return None
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    return host.removeprefix("www.") or None


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


__all__ = ["Article", "base_article", "outlet_of"]

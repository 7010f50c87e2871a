"""Small real inputs for the engine tests: HTML files, scraped text, JSONL, a WARC, bad input.

Built by hand (no evaluation data needed) so the engine tests run on a fresh machine.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

STORY = (
    "Vladimir Putin met Recep Tayyip Erdogan in Moscow on Tuesday, the Kremlin said.",
    '"We have agreed on the next steps," Putin told reporters after the talks.',
    "Erdogan said Turkey would keep its observation posts in Idlib province for now.",
    "Analysts at the International Crisis Group in Brussels said the deal was fragile.",
)


def page(title: str, n: int) -> str:
    """An HTML news page with a headline and ``n`` paragraphs."""
    paras = "".join(f"<p>{STORY[i % len(STORY)]} Paragraph {i} of {title}.</p>" for i in range(n))
    return (
        f"<html><head><title>{title}</title></head><body><nav>Home | World</nav>"
        f"<article><h1>{title}</h1>{paras}</article><footer>(c) News</footer></body></html>"
    )


def warc_record(url: str, html: str, status: str = "200 OK") -> bytes:
    """One gzip member holding a WARC/1.0 response record (the way crawlers write them)."""
    body = html.encode("utf-8")
    http = (
        f"HTTP/1.1 {status}\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {url}\r\nWARC-Date: 2024-05-01T12:00:00Z\r\n"
        f"WARC-Record-ID: <urn:uuid:{abs(hash(url)):032x}>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n")


def make_inputs(root: Path) -> Path:
    """A folder of inputs: 2 HTML pages, 1 scraped text, a JSONL (2 pages + 1 bad line),
    a WARC (3 pages + a 404, which is skipped), a PDF and an empty file: 11 captures, 3 of
    them failures."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "a.html").write_text(page("Talks in Moscow", 6))
    (root / "b.html").write_text(page("Idlib posts", 5))
    (root / "c.txt").write_text(
        "Share this article\n\nTurkey and Russia agree\n\n" + "\n\n".join(STORY) + "\n\nRead more"
    )
    with (root / "d.jsonl").open("w") as fh:
        fh.write(json.dumps({"html": page("JSONL one", 4), "url": "https://x.org/1"}) + "\n")
        fh.write("{not json\n")
        fh.write(json.dumps({"html": page("JSONL two", 5), "url": "https://x.org/2"}) + "\n")
    with (root / "e.warc.gz").open("wb") as fh:
        for i in range(3):
            fh.write(warc_record(f"https://news.example/{i}", page(f"WARC story {i}", 4 + i)))
        fh.write(warc_record("https://news.example/gone", "<p>gone</p>", "404 Not Found"))
    (root / "f.pdf").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3 binary")
    (root / "g.html").write_bytes(b"")
    return root

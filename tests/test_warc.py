"""WARC input: records written here by a small writer, gzip and not, 1.0 and 1.1."""

from __future__ import annotations

import gzip
import uuid
from collections import Counter
from pathlib import Path

import pytest

from tidings.capture import iter_captures
from tidings.capture.warc import iter_warc
from tidings.model import Capture
from tidings.options import Options
from tidings.pipeline import process

PAGE = (
    "<html><head><title>Café owners protest | Gazette</title></head><body>"
    "<article><h1>Café owners protest</h1>"
    + "".join(
        f"<p>Paragraph {i}: the café owners of the old town said the new rules would cost them "
        "dearly, and they asked the council to think again before the summer.</p>"
        for i in range(6)
    )
    + "</article></body></html>"
)


def warc_record(
    rtype: str, uri: str, block: bytes, *, version: str = "1.1", date: str = "2024-03-05T10:20:30Z"
) -> bytes:
    """One WARC record: version line, named fields, a blank line, the block, two CRLFs."""
    ctype = {
        "response": "application/http; msgtype=response",
        "request": "application/http; msgtype=request",
        "warcinfo": "application/warc-fields",
    }[rtype]
    head = (
        f"WARC/{version}\r\nWARC-Type: {rtype}\r\n"
        f"WARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\nWARC-Date: {date}\r\n"
        + (f"WARC-Target-URI: {uri}\r\n" if uri else "")
        + f"Content-Type: {ctype}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode("ascii") + block + b"\r\n\r\n"


def http_response(status: str, ctype: str, body: bytes) -> bytes:
    return f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\n\r\n".encode("ascii") + body


def records(version: str) -> list[bytes]:
    return [
        warc_record("warcinfo", "", b"software: tidings-test\r\n", version=version),
        warc_record(
            "request",
            "https://gazette.example/cafe",
            b"GET /cafe HTTP/1.1\r\n\r\n",
            version=version,
        ),
        warc_record(
            "response",
            "https://gazette.example/cafe",
            http_response("200 OK", "text/html; charset=windows-1252", PAGE.encode("windows-1252")),
            version=version,
        ),
        warc_record(
            "response",
            "https://gazette.example/logo.png",
            http_response("200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64),
            version=version,
        ),
        warc_record(
            "response",
            "https://gazette.example/missing",
            http_response("404 Not Found", "text/html", b"<html><body>gone</body></html>"),
            version=version,
        ),
    ]


def write_warc(path: Path, version: str, gzipped: bool) -> Path:
    with path.open("wb") as fh:
        for rec in records(version):
            fh.write(gzip.compress(rec) if gzipped else rec)  # one gzip member per record
    return path


@pytest.mark.parametrize(
    "version,gzipped",
    [("1.0", False), ("1.0", True), ("1.1", False), ("1.1", True)],
    ids=["1.0", "1.0-gzip", "1.1", "1.1-gzip"],
)
def test_warc_html_responses_become_captures(tmp_path: Path, version: str, gzipped: bool) -> None:
    name = "crawl.warc.gz" if gzipped else "crawl.warc"
    path = write_warc(tmp_path / name, version, gzipped)
    stats: Counter[str] = Counter()
    items = list(iter_warc(path, 1 << 20, stats))
    assert len(items) == 1
    cap = items[0]
    assert isinstance(cap, Capture)
    assert cap.url == "https://gazette.example/cafe"
    assert (
        cap.captured_at is not None and cap.captured_at.isoformat() == "2024-03-05T10:20:30+00:00"
    )
    assert cap.charset == "windows-1252"
    assert cap.content_type == "text/html"
    assert stats == Counter(
        {
            "not a response record (warcinfo)": 1,
            "not a response record (request)": 1,
            "content type image/png": 1,
            "HTTP status 404": 1,
        }
    )
    article = process(cap, Options(analyze=False))
    assert article.status == "article", article.reason
    assert article.title == "Café owners protest"
    assert "café owners of the old town" in article.text  # decoded with the record's charset
    assert article.url == "https://gazette.example/cafe"


def test_warc_read_through_iter_captures(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc.gz", "1.1", True)
    items = list(iter_captures([path]))
    assert [type(i).__name__ for i in items] == ["Capture"]


def test_warc_truncated_keeps_what_was_read(tmp_path: Path) -> None:
    data = b"".join(gzip.compress(r) for r in records("1.1"))
    path = tmp_path / "cut.warc.gz"
    path.write_bytes(data[: len(data) - 40])  # the last record is cut short
    items = list(iter_warc(path, 1 << 20))
    assert any(isinstance(i, Capture) for i in items)


def test_warc_arc_file_is_refused_with_reason(tmp_path: Path) -> None:
    path = tmp_path / "old.arc"
    path.write_bytes(b"filedesc://old.arc 0.0.0.0 20040101000000 text/plain 70\n1 0 Test\n")
    (failure,) = list(iter_warc(path, 1 << 20))
    assert failure.code == "unsupported" and "ARC" in failure.reason


def test_warc_oversized_record_is_refused_unread(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "crawl.warc", "1.1", False)
    (failure,) = list(iter_warc(path, 100))
    assert failure.code == "too-large"

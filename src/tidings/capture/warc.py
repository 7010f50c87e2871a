"""Stream WARC (1.0/1.1, gzip or not) response records into captures with fastwarc.

Only HTTP responses with an HTML content type become captures; the others are counted by reason
(``skipped``) so a run can report them. Memory stays flat: one record at a time.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from tidings.capture.readers import CaptureOrFailure, ReadFailure
from tidings.model import Capture

#: Counts of skipped WARC records by reason, per process (reported by ingest).
skipped: Counter[str] = Counter()

_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def iter_warc(path: Path, max_bytes: int) -> Iterator[CaptureOrFailure]:
    """Yield one capture per HTML response record in ``path``."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed in finally, across yields
    except OSError as exc:
        yield ReadFailure(str(path), "unreadable", f"cannot read {path}: {exc.strerror or exc}")
        return
    try:
        yield from iter_warc_stream(fh, str(path), max_bytes)
    finally:
        fh.close()


def iter_warc_stream(fh: BinaryIO, name: str, max_bytes: int) -> Iterator[CaptureOrFailure]:
    """Yield one capture per HTML response record of an open WARC stream (gzip is detected).

    ``name`` prefixes each capture's source (``name#offset``); any binary file object works, so
    the engine reads object storage (fsspec) through the same code as local files.
    """
    try:
        for rec in ArchiveIterator(fh, record_types=WarcRecordType.response, parse_http=True):
            source = f"{name}#{rec.stream_pos}"
            http = rec.http_headers
            ctype = (http.get("Content-Type") or "") if http else ""
            mime, _, params = ctype.partition(";")
            mime = mime.strip().lower()
            if mime and not mime.startswith(_HTML_TYPES):
                skipped[f"content type {mime}"] += 1
                continue
            if http is not None and not (200 <= http.status_code < 300):
                skipped[f"HTTP status {http.status_code}"] += 1
                continue
            length = rec.content_length
            if length > max_bytes:
                yield ReadFailure(source, "too-large", f"record of {length:,} bytes")
                continue
            body = rec.reader.read()
            charset = None
            if "charset=" in params.lower():
                charset = params.lower().split("charset=")[1].split(";")[0].strip(" \"'")
            date = rec.headers.get("WARC-Date")
            yield Capture.from_bytes(
                body,
                source=source,
                url=rec.headers.get("WARC-Target-URI"),
                captured_at=datetime.fromisoformat(date.replace("Z", "+00:00")) if date else None,
                content_type=mime or None,
                charset=charset,
                warc_record_id=rec.record_id,
            )
    except Exception as exc:  # a truncated or corrupt archive: keep what was read
        yield ReadFailure(name, "bad-warc", f"WARC reading stopped: {exc}")

"""Stream WARC (1.0 and 1.1, gzip or not) response records into captures with fastwarc.

Each HTTP response with an HTML payload becomes one :class:`Capture` holding the target URI, the
capture date (WARC-Date) and the charset of the HTTP Content-Type. Every other record is skipped
and counted by reason in :data:`skipped` (and in the ``stats`` counter a caller passes), so a run
can say what it left out: "not a response record (request)", "content type image/jpeg", "HTTP
status 404", "revisit record (payload stored elsewhere)".

Memory stays flat on any archive size: fastwarc reads one record at a time, a payload is read
only when it will become a capture, and a payload over ``max_bytes`` is refused unread. ARC
files (the pre-2009 format) are refused with a clear message: fastwarc does not read them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from fastwarc.warc import ArchiveIterator, WarcRecordType

from tidings.capture.readers import CaptureOrFailure, ReadFailure
from tidings.capture.sniff import sniff_kind
from tidings.model import Capture

#: Counts of skipped WARC records by reason, for this process (the CLI prints them).
skipped: Counter[str] = Counter()

#: MIME types of the payloads that become captures.
HTML_TYPES = ("text/html", "application/xhtml+xml")


def iter_warc(
    path: Path, max_bytes: int, stats: Counter[str] | None = None
) -> Iterator[CaptureOrFailure]:
    """Yield one capture per HTML response record in ``path``; count the others by reason."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed in finally, across yields
    except OSError as exc:
        yield ReadFailure(str(path), "unreadable", f"cannot read {path}: {exc.strerror or exc}")
        return
    try:
        yield from iter_warc_stream(fh, str(path), max_bytes, stats)
    finally:
        fh.close()


def iter_warc_stream(
    fh: BinaryIO, name: str, max_bytes: int, stats: Counter[str] | None = None
) -> Iterator[CaptureOrFailure]:
    """Yield one capture per HTML response record of an open, seekable WARC stream.

    ``name`` prefixes each capture's source (``name#offset``); any binary file object works, so
    the engine reads object storage (fsspec) through the same code as local files.
    """
    counts = stats if stats is not None else Counter()
    try:
        head = fh.read(64)
        fh.seek(0)
        if _is_arc(head):
            yield ReadFailure(
                name,
                "unsupported",
                "this is an ARC file (the format before WARC); convert it to WARC first "
                "(e.g. with warcio's `warcio recompress` or `arc2warc`)",
            )
            return
        records = 0
        for rec in ArchiveIterator(fh, parse_http=True):
            records += 1
            reason = _skip_reason(rec)
            if reason:
                counts[reason] += 1
                skipped[reason] += 1
                continue
            source = f"{name}#{rec.stream_pos}"
            length = rec.content_length
            if length > max_bytes:
                yield ReadFailure(source, "too-large", f"WARC record of {length:,} bytes")
                continue
            body = rec.reader.read()
            ctype = rec.http_headers.get("Content-Type") or "" if rec.http_headers else ""
            mime, _, params = ctype.partition(";")
            if not mime.strip() and sniff_kind(body) != "html":
                counts["no content type, not HTML"] += 1
                skipped["no content type, not HTML"] += 1
                continue
            yield Capture.from_bytes(
                body,
                source=source,
                url=rec.headers.get("WARC-Target-URI"),
                captured_at=_warc_date(rec.headers.get("WARC-Date")),
                content_type=mime.strip().lower() or None,
                charset=_charset(params),
                warc_record_id=rec.record_id,
            )
        if records == 0:
            yield ReadFailure(name, "bad-warc", "no WARC records found in this file")
    except Exception as exc:  # a truncated or corrupt archive: keep what was read
        yield ReadFailure(name, "bad-warc", f"WARC reading stopped: {exc}")


def _skip_reason(rec: object) -> str | None:
    """Why a record does not become a capture, or None when it does."""
    rtype = rec.record_type  # type: ignore[attr-defined]
    if rtype == WarcRecordType.revisit:
        return "revisit record (payload stored elsewhere)"
    if rtype != WarcRecordType.response:
        return f"not a response record ({rtype})"
    http = rec.http_headers  # type: ignore[attr-defined]
    if http is None:
        return "response without HTTP headers"
    if not (200 <= http.status_code < 300):
        return f"HTTP status {http.status_code}"
    mime = (http.get("Content-Type") or "").partition(";")[0].strip().lower()
    if mime and not mime.startswith(HTML_TYPES):
        return f"content type {mime}"
    return None


def _charset(params: str) -> str | None:
    """The charset parameter of a Content-Type ('text/html; charset="UTF-8"' -> 'utf-8')."""
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip(" \"'"):
            return value.strip(" \"'").lower()
    return None


def _warc_date(value: str | None) -> datetime | None:
    """WARC-Date (WARC/1.0: seconds; WARC/1.1: may carry fractions) -> aware datetime."""
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None


def _is_arc(head: bytes) -> bool:
    if head.startswith(b"\x1f\x8b"):
        import zlib

        try:
            head = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 32)
        except zlib.error:
            return False
    return head.startswith(b"filedesc://")


__all__ = ["HTML_TYPES", "iter_warc", "iter_warc_stream", "skipped"]

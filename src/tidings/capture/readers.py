"""Turn what a user points at (files, folders, '-', JSONL, WARC) into a stream of captures.

Readers never raise on one bad input: they yield a :class:`ReadFailure` for it and go on, so the
pipeline can store an error record and the rest of the batch is processed.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tidings.capture.sniff import sniff_kind
from tidings.model import Capture
from tidings.options import DEFAULT_MAX_BYTES

#: File names a folder walk skips: they are never captures.
_SKIP_NAMES = {".DS_Store", "Thumbs.db", "LICENSE", "LICENSE.txt", "README.md"}
_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_JSONL_SUFFIXES = (".jsonl", ".jsonl.gz", ".ndjson")


@dataclass(frozen=True)
class ReadFailure:
    """An input that could not be read at all (missing, unreadable, too large, malformed line)."""

    source: str
    code: str
    reason: str


CaptureOrFailure = Capture | ReadFailure


def iter_captures(
    paths: Iterable[str | Path],
    max_bytes: int = DEFAULT_MAX_BYTES,
    *,
    written: Iterable[str | Path] = (),
) -> Iterator[CaptureOrFailure]:
    """Yield a capture (or a failure) for every file under ``paths``; '-' reads stdin.

    :param written: files this run writes (an output file, a corpus database and its journal).
        They are never read as captures: ``tidings extract saved/ -o saved/out.jsonl`` would
        otherwise read its own growing output and never end. Named on its own, such a file
        gets a failure saying why it is not read.
    """
    own = {_same_file_key(Path(w)) for w in written}
    for p in paths:
        if str(p) == "-":
            yield Capture.from_bytes(sys.stdin.buffer.read(), source="-")
            continue
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if (
                    f.is_file()
                    and f.name not in _SKIP_NAMES
                    and not f.name.startswith(".")
                    and not (own and _same_file_key(f) in own)
                ):
                    yield from _read_path(f, max_bytes)
        elif own and path.exists() and _same_file_key(path) in own:
            yield ReadFailure(str(path), "own-output", f"{path} is written by this run, not read")
        elif path.exists():
            yield from _read_path(path, max_bytes)
        else:
            yield ReadFailure(str(path), "not-found", f"no such file or folder: {path}")


def _same_file_key(path: Path) -> str:
    """One key per file, whatever the spelling of its path (relative, '..', symlinks)."""
    return str(path.resolve())


def _read_path(path: Path, max_bytes: int) -> Iterator[CaptureOrFailure]:
    name = path.name.lower()
    if name.endswith(_WARC_SUFFIXES):
        from tidings.capture.warc import iter_warc

        yield from iter_warc(path, max_bytes)
        return
    if name.endswith(_JSONL_SUFFIXES):
        yield from iter_jsonl(path)
        return
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield ReadFailure(
                str(path), "too-large", f"{size:,} bytes is over the limit of {max_bytes:,}"
            )
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadFailure(str(path), "unreadable", f"cannot read {path}: {exc.strerror or exc}")
        return
    if sniff_kind(data) == "warc":
        from tidings.capture.warc import iter_warc

        yield from iter_warc(path, max_bytes)
        return
    yield Capture.from_bytes(data, source=str(path))


def iter_jsonl(path: Path) -> Iterator[CaptureOrFailure]:
    """Captures from JSON Lines: each line an object with ``html``, ``text`` or ``content``,
    and optionally ``url`` and ``captured_at`` (ISO 8601)."""
    import gzip

    opener = gzip.open if path.name.endswith(".gz") else open
    with opener(path, "rb") as fh:
        yield from iter_jsonl_lines(fh, str(path))


def iter_jsonl_lines(lines: Iterable[bytes], name: str) -> Iterator[CaptureOrFailure]:
    """Captures from the lines of a JSON Lines stream; ``name`` prefixes sources (``name:N``)."""
    for n, raw in enumerate(lines, 1):
        source = f"{name}:{n}"
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
            body = obj.get("html") or obj.get("text") or obj.get("content")
            if not isinstance(body, str):
                raise ValueError("no 'html', 'text' or 'content' string field")
            when = obj.get("captured_at") or obj.get("date")
            yield Capture.from_bytes(
                body.encode("utf-8"),
                source=source,
                url=obj.get("url"),
                captured_at=datetime.fromisoformat(when) if when else None,
                content_type="text/html" if "html" in obj else None,
            )
        except (ValueError, AttributeError, TypeError) as exc:
            yield ReadFailure(source, "bad-jsonl", f"line {n}: {exc}")


def describe(paths: Iterable[str | Path]) -> str:
    """A short human description of the inputs, for progress messages."""
    items = [str(p) for p in paths]
    return items[0] if len(items) == 1 else f"{len(items)} inputs"


__all__ = [
    "CaptureOrFailure",
    "ReadFailure",
    "describe",
    "iter_captures",
    "iter_jsonl",
    "iter_jsonl_lines",
]

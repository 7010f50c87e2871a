"""Inputs for a batch run: local paths or fsspec URLs, expanded to files, read in chunks.

An input is what the user names: a file, a folder (walked recursively), a glob, or a URL
(``file://``, ``memory://``, ``s3://`` with the ``s3`` extra). :func:`expand` turns the inputs
into a sorted list of input files; :func:`iter_chunks` reads one input file into chunks of at most
``chunk_size`` captures. A chunk is the unit of work and of output: (input file, chunk number) names
one shard, so a rerun can skip what is already written.

Local paths go through :func:`tidings.capture.iter_captures`, so their captures (and their
``source`` strings) are exactly those of ``tidings extract``; URLs go through fsspec with the same
WARC and JSONL readers.
"""

from __future__ import annotations

import glob
import io
from collections.abc import Iterable, Iterator
from pathlib import Path

from tidings.capture.readers import (
    _JSONL_SUFFIXES,
    _SKIP_NAMES,
    _WARC_SUFFIXES,
    CaptureOrFailure,
    ReadFailure,
    iter_captures,
    iter_jsonl_lines,
)
from tidings.capture.sniff import sniff_kind
from tidings.capture.warc import iter_warc_stream
from tidings.model import Capture

#: Captures per chunk (= per shard). 500 articles make a shard of a few MB and a few minutes of
#: one core's work with analysis: small enough that a crash loses little, large enough that
#: per-shard overhead (a task, four Parquet files) stays well under 1% of the work.
DEFAULT_CHUNK_SIZE = 500

_GLOB_CHARS = "*?["


class InputError(ValueError):
    """An input the run cannot start with (an unknown URL scheme, a missing fsspec extra)."""


def is_url(name: str) -> bool:
    """True for ``scheme://...`` inputs (read through fsspec); plain paths are local."""
    return "://" in name


def expand(inputs: Iterable[str | Path]) -> list[str]:
    """The input files named by ``inputs``, in a stable order (folders sorted, globs sorted).

    A missing local path is kept as it is, so reading it yields a ``not-found`` failure record
    (the same as ``tidings extract``). Raises :class:`InputError` for a URL whose filesystem is
    not installed.
    """
    files: list[str] = []
    for item in inputs:
        name = str(item)
        if name == "-":
            raise InputError("tidings run reads files and URLs, not stdin: use tidings extract -")
        if is_url(name):
            files.extend(_expand_url(name))
            continue
        path = Path(name)
        if path.is_dir():
            files.extend(str(f) for f in sorted(path.rglob("*")) if f.is_file() and _keep(f.name))
        elif any(c in name for c in _GLOB_CHARS) and not path.exists():
            files.extend(p for p in sorted(glob.glob(name, recursive=True)) if Path(p).is_file())
        else:
            files.append(name)
    return files


def _keep(name: str) -> bool:
    return name not in _SKIP_NAMES and not name.startswith(".")


def _fs(url: str):  # -> (fsspec.AbstractFileSystem, str)
    import fsspec

    try:
        return fsspec.core.url_to_fs(url)
    except ImportError as exc:
        scheme = url.split("://", 1)[0]
        hint = " (pip install 'tidings[s3]')" if scheme in ("s3", "s3a") else ""
        raise InputError(f"cannot read {scheme}:// inputs: {exc}{hint}") from exc
    except ValueError as exc:
        raise InputError(f"cannot read {url}: {exc}") from exc


def _expand_url(url: str) -> list[str]:
    fs, path = _fs(url)
    scheme = url.split("://", 1)[0]

    def back(p: str) -> str:
        return f"{scheme}://{p}" if scheme != "file" else f"file://{p}"

    if any(c in path for c in _GLOB_CHARS):
        return [back(p) for p in sorted(fs.glob(path)) if fs.isfile(p) and _keep(p.rsplit("/")[-1])]
    if fs.isdir(path):
        return [back(p) for p in sorted(fs.find(path)) if _keep(p.rsplit("/", 1)[-1])]
    return [url]


def read_captures(name: str, max_bytes: int) -> Iterator[CaptureOrFailure]:
    """Every capture (or read failure) of one input file, local or URL. Never raises."""
    if not is_url(name):
        yield from iter_captures([name], max_bytes)
        return
    try:
        fs, path = _fs(name)
        if not fs.exists(path):
            yield ReadFailure(name, "not-found", f"no such file: {name}")
            return
        lower = path.lower()
        if lower.endswith(_WARC_SUFFIXES):
            with fs.open(path, "rb") as fh:
                yield from iter_warc_stream(fh, name, max_bytes)
            return
        if lower.endswith(_JSONL_SUFFIXES):
            compression = "gzip" if lower.endswith(".gz") else None
            with fs.open(path, "rb", compression=compression) as lines:
                yield from iter_jsonl_lines(lines, name)
            return
        size = fs.size(path)
        if size is not None and size > max_bytes:
            yield ReadFailure(
                name, "too-large", f"{size:,} bytes is over the limit of {max_bytes:,}"
            )
            return
        data = fs.cat_file(path)
    except (OSError, InputError) as exc:
        yield ReadFailure(name, "unreadable", f"cannot read {name}: {exc}")
        return
    if sniff_kind(data) == "warc":
        yield from iter_warc_stream(io.BytesIO(data), name, max_bytes)
        return
    yield Capture.from_bytes(data, source=name)


def iter_chunks(
    name: str, chunk_size: int, max_bytes: int
) -> Iterator[tuple[int, bool, list[CaptureOrFailure]]]:
    """(chunk number, is it the last chunk, captures) for one input file, reading ahead one chunk.

    An input with no captures at all still yields one empty last chunk, so every input file is
    accounted for in the output.
    """
    if chunk_size < 1:
        raise ValueError(f"chunk_size must be at least 1, not {chunk_size}")
    pending: list[CaptureOrFailure] | None = None
    current: list[CaptureOrFailure] = []
    number = 0
    for item in read_captures(name, max_bytes):
        current.append(item)
        if len(current) == chunk_size:
            if pending is not None:
                yield number, False, pending
                number += 1
            pending, current = current, []
    if pending is not None:
        if not current:
            yield number, True, pending
            return
        yield number, False, pending
        number += 1
    yield number, True, current

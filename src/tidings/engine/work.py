"""The unit of work both engines map: one chunk of captures -> one written shard -> a summary.

requires: a chunk (input file, chunk number, captures). assigns: the shard files and a summary
dict for the manifest. The local pool and the Ray actors call :func:`process_chunk` and nothing
else, so their records are the same by construction; only the scheduling differs.

Crash recovery (a capture that kills its worker: a segfault in a C parser, memory exhaustion):
before a chunk is processed a marker ``OUT/_work/<key>.json`` is written and it is removed once
the shard is written. Finding the marker means an earlier attempt died: the retry then records
which capture it is on before each one, and a capture that was in progress when a retry died is
skipped on the next attempt with a ``worker-crashed`` error record. The engines retry a chunk
(Ray task retries; the local pool is rebuilt), so one poisonous capture costs a few attempts of
its chunk and lands in ``errors``; it does not fail the job or lose the rest of the chunk.

Not handled: a careful retry stopped by something other than its capture (Ctrl-C, a node lost in
the middle of it) also leaves its position in the marker, so the capture it was on is skipped as
``worker-crashed`` on the next run; delete ``OUT/_work/`` before rerunning to avoid that.
"""

from __future__ import annotations

import gc
import json
import os
import platform
import resource
import sys
import time
from collections.abc import Sequence
from typing import Any

from tidings.capture.readers import CaptureOrFailure, ReadFailure
from tidings.engine.shards import open_out, rows, shard_done, write_shard
from tidings.errors import WorkerCrashed
from tidings.model import Article, Capture
from tidings.options import Options
from tidings.pipeline import error_article, process

WORKER_CRASHED = WorkerCrashed.code


def process_chunk(
    out: str,
    key: str,
    input_name: str,
    chunk: int,
    last: bool,
    items: Sequence[CaptureOrFailure],
    options: Options,
) -> dict[str, Any]:
    """Process one chunk and write its shard; return its summary. Skips a shard already done.

    Never raises for a bad capture; an error writing the shard is returned as
    ``{"failed": reason}`` so the driver records it and the run goes on.
    """
    summary: dict[str, Any] = {"key": key, "input": input_name, "chunk": chunk, "last": last}
    try:
        fs, root = open_out(out)
        if shard_done(fs, root, key):
            return {**summary, "skipped": True}
        started, cpu_started = time.perf_counter(), time.process_time()
        marker = f"{root}/_work/{key}.json"
        state = _read_marker(fs, marker)
        careful = state is not None
        poisoned = set(state.get("poisoned", [])) if state else set()
        if state and state.get("at") is not None:
            poisoned.add(state["at"])
        attempt = (state or {}).get("attempt", 0) + 1
        _write_marker(fs, marker, {"attempt": attempt, "at": None, "poisoned": sorted(poisoned)})
        articles: list[tuple[int, Article, Capture | None]] = []
        for seq, item in enumerate(items):
            if careful:
                _write_marker(
                    fs, marker, {"attempt": attempt, "at": seq, "poisoned": sorted(poisoned)}
                )
            capture = None if isinstance(item, ReadFailure) else item
            if seq in poisoned:
                articles.append((seq, _crashed(item, attempt), capture))
            else:
                articles.append((seq, _guarded(item, options), capture))
                if _WORKER:
                    freeze_long_lived()
        table_rows = rows(articles, input_name, chunk)
        write_shard(fs, root, key, table_rows)
        fs.rm(marker)
        return {
            **summary,
            "counts": counts(articles, table_rows),
            "seconds": round(time.perf_counter() - started, 3),
            "cpu_seconds": round(time.process_time() - cpu_started, 3),
            "attempt": attempt,
            "worker": worker(),
        }
    except Exception as exc:  # writing failed (disk full, permissions): record it, go on
        return {**summary, "failed": f"{type(exc).__name__}: {exc}"}


#: Whether this process is a worker of tidings' own engines (:func:`as_worker`): only there does
#: :func:`process_chunk` freeze the collector's long-lived objects (a caller's process is left
#: as it is).
_WORKER = False
#: Whether :func:`freeze_long_lived` has run in this process.
_FROZEN = False


def as_worker() -> None:
    """Mark this process as an engine worker: the local pool's initializer, a Ray actor's
    constructor."""
    global _WORKER
    _WORKER = True


def freeze_long_lived() -> None:
    """Once per worker process (:func:`as_worker`), after its first article: collect, then move
    the objects still alive to the cyclic collector's permanent generation (``gc.freeze``), so
    later collections skip them.

    Why: after the first article a worker holds ~185,000 objects the collector tracks that live
    as long as it does: the model, the caches, and the ~225 modules numba and scipy import at
    the first parse. Every full collection scanned them all again (0.9 ms of collection an
    article, 0.43 of it in full collections; spd24 and spd25 in bench/RESULTS.md).

    Why here and not in :func:`tidings.pipeline.process`: a freeze is process-wide. A frozen
    object is still freed when its last reference goes (reference counting is untouched), but
    if it later ends up in a reference cycle no collection frees it. In a worker, what is alive
    at this point is the model, the caches and modules (alive until the process ends anyway)
    and the chunk in hand (its captures and first record, freed by reference counting when the
    chunk is written; at worst one chunk's cycles are kept). The ``gc.collect()`` first frees the
    first article's own cycles (spaCy Docs hold their entities, which hold the Doc). A caller's
    process is not frozen: neither :func:`tidings.pipeline.process` nor a serial run (one
    worker, in the caller's process) does it."""
    global _FROZEN
    if _FROZEN:
        return
    _FROZEN = True
    gc.collect()
    gc.freeze()


def counts(
    articles: list[tuple[int, Article, Capture | None]], table_rows: dict[str, list]
) -> dict[str, int]:
    """Per-shard counts, as stored in the manifest."""
    status = [a.status for _, a, _ in articles]
    return {
        "captures": len(articles),
        "articles": status.count("article"),
        "no_article": status.count("no_article"),
        "errors": status.count("error"),
        "quotes": len(table_rows["quotes"]),
        "entities": len(table_rows["entities"]),
    }


def worker() -> dict[str, Any]:
    """Who did the work, its peak memory (the sizing figure in docs/ray.md), and how many times
    this process has loaded a spaCy model so far (1 when analysis runs: once per worker)."""
    nlp = sys.modules.get("tidings.analyze.nlp")  # not imported at all when analysis is off
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux
    return {
        "host": platform.node(),
        "pid": os.getpid(),
        "max_rss_mb": round(peak_kb / 1024, 1),
        "models_loaded": nlp.load.cache_info().misses if nlp else 0,
    }


def _guarded(item: CaptureOrFailure, options: Options) -> Article:
    """``process`` never raises by contract; this keeps a broken contract from losing a chunk."""
    try:
        return process(item, options)
    except Exception as exc:
        source = item.source
        capture = None if isinstance(item, ReadFailure) else item
        return error_article(source, "internal", f"{type(exc).__name__}: {exc}", capture)


def _crashed(item: CaptureOrFailure, attempt: int) -> Article:
    capture = None if isinstance(item, ReadFailure) else item
    return error_article(
        item.source,
        WORKER_CRASHED,
        f"the worker process died while processing this capture (skipped on attempt {attempt})",
        capture,
    )


def _read_marker(fs, path: str) -> dict[str, Any] | None:
    if not fs.exists(path):
        return None
    try:
        with fs.open(path, "r") as fh:
            return json.load(fh)
    except (OSError, ValueError):
        return {"attempt": 1, "at": None}


def _write_marker(fs, path: str, state: dict[str, Any]) -> None:
    fs.makedirs(path.rsplit("/", 1)[0], exist_ok=True)
    with fs.open(path, "w") as fh:
        json.dump(state, fh)

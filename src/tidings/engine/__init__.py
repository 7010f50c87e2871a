"""Batch runs over many captures, on this machine or on a Ray cluster, into Parquet shards.

    run(inputs, out, engine="local" | "ray")
      1. expand the inputs (paths, folders, globs, fsspec URLs) into input files   (inputs.py)
      2. split each file into chunks of captures; a chunk is keyed by file + number (inputs.py)
      3. map process_chunk over the chunks: capture -> article -> analysis -> shard (work.py)
         with a local process pool (local.py) or Ray Data actors (ray_engine.py)
      4. record each shard's summary in OUT/manifest.json as it arrives           (shards.py)

Both engines call the same per-chunk function, so they write the same records. A rerun with the
same inputs, options and chunk size skips the shards already written.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from tidings.engine.inputs import DEFAULT_CHUNK_SIZE, InputError, expand
from tidings.engine.shards import Manifest, open_out, read_articles, read_table
from tidings.options import Options

Engine = Literal["local", "ray"]


class OutputMismatch(ValueError):
    """OUT already holds shards written with other options or chunk size."""


def run(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    engine: Engine = "local",
    options: Options | None = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    workers: int | None = None,
    address: str | None = None,
    num_cpus: int | None = None,
    on_shard=None,
) -> Manifest:
    """Process every capture under ``inputs`` into Parquet shards in ``out``; return the manifest.

    :param inputs: files, folders, globs or URLs, e.g. ``["crawl/", "s3://bucket/cc-news/*.warc.gz"]``
    :param out: a folder or URL, e.g. ``"run-2024-05"``; created if needed
    :param engine: ``"local"`` (process pool) or ``"ray"`` (Ray Data)
    :param workers: parallel workers (default: the cores of this machine, or of the cluster)
    :param address: Ray cluster to join (``"auto"``, ``"ray://head:10001"``); default: a local Ray
    :param num_cpus: cores for a local Ray (default: all)
    :param on_shard: called with each shard summary as it is recorded (progress display)

    Raises :class:`InputError` for an input that cannot be read at all (unknown URL scheme,
    missing extra), :class:`OutputMismatch` when ``out`` was written with other settings, and
    ``EngineUnavailable`` when the Ray extra is not installed.
    """
    options = options or Options()
    out = str(out)
    inputs = [str(i) for i in inputs]
    files = expand(inputs)
    manifest = _open_manifest(out, {"options": asdict(options), "chunk_size": chunk_size})
    manifest.inputs = _union(manifest.inputs, inputs)
    manifest.files = _union(manifest.files, files)
    record = _Recorder(manifest, out, on_shard)
    started = time.perf_counter()
    record.run.update(engine=engine, started=datetime.now(UTC).isoformat(timespec="seconds"))
    if engine == "local":
        from tidings.engine.local import map_chunks

        n = workers or os.cpu_count() or 1
        record.run["workers"] = n
        summaries: Iterator[dict[str, Any]] = map_chunks(files, out, options, chunk_size, n)
    elif engine == "ray":
        from tidings.engine.ray_engine import map_chunks as ray_map

        record.run.update(workers=workers, address=address, num_cpus=num_cpus)
        summaries = ray_map(files, out, options, chunk_size, workers, address, num_cpus)
    else:
        raise ValueError(f"unknown engine {engine!r}: use 'local' or 'ray'")
    try:
        for summary in summaries:
            record.add(summary)
    except BaseException as exc:  # Ctrl-C, a lost cluster: keep what was done, then stop
        record.run["interrupted"] = f"{type(exc).__name__}: {exc}"
        record.finish(time.perf_counter() - started)
        raise
    record.finish(time.perf_counter() - started)
    return manifest


def _open_manifest(out: str, settings: dict[str, Any]) -> Manifest:
    manifest = Manifest.load(out)
    if manifest is None:
        return Manifest(settings=settings)
    if manifest.settings != settings:
        raise OutputMismatch(
            f"{out} holds shards written with other settings ({manifest.settings}); "
            "use another output folder, or remove this one to start over"
        )
    return manifest


def _union(old: list[str], new: list[str]) -> list[str]:
    seen = set(old)
    return old + [x for x in new if x not in seen]


#: Seconds between manifest saves during a run (and always at the end). Saving after every shard
#: would rewrite an ever-growing file: quadratic for a crawl of 10,000 shards. A shard written
#: but not yet in the saved manifest is not lost: a rerun finds it on disk and counts it.
SAVE_EVERY = 5.0


class _Recorder:
    """Folds shard summaries into the manifest and saves it every :data:`SAVE_EVERY` seconds."""

    def __init__(self, manifest: Manifest, out: str, on_shard) -> None:
        self.manifest, self.out, self.on_shard = manifest, out, on_shard
        self.saved = 0.0
        self.run: dict[str, Any] = {"shards_written": 0, "shards_skipped": 0, "failed": []}
        self.busy = 0.0
        self.captures = 0

    def add(self, summary: dict[str, Any]) -> None:
        key = summary["key"]
        if "failed" in summary:
            self.run["failed"].append({"key": key, "reason": summary["failed"]})
        elif summary.get("skipped"):
            self.run["shards_skipped"] += 1
            if key not in self.manifest.shards:  # written by a lost attempt or run
                self.manifest.shards[key] = _summarize_existing(self.out, summary)
        else:
            self.run["shards_written"] += 1
            self.busy += summary["seconds"]
            self.captures += summary["counts"]["captures"]
            self.manifest.shards[key] = summary
        if time.monotonic() - self.saved >= SAVE_EVERY:
            self.manifest.save(self.out)
            self.saved = time.monotonic()
        if self.on_shard:
            self.on_shard(summary)

    def finish(self, wall: float) -> None:
        self.run.update(
            wall_seconds=round(wall, 3),
            captures=self.captures,
            captures_per_second=round(self.captures / wall, 2) if wall else None,
            worker_seconds=round(self.busy, 3),
            max_rss_mb=max(
                (s["worker"]["max_rss_mb"] for s in self.manifest.shards.values() if "worker" in s),
                default=None,
            ),
        )
        self.manifest.runs.append(self.run)
        self.manifest.check()
        self.manifest.save(self.out)
        fs, root = open_out(self.out)
        work = f"{root}/_work"  # crash markers; empty unless a chunk is still unfinished
        if fs.exists(work) and not fs.ls(work):
            fs.rmdir(work)


def _summarize_existing(out: str, summary: dict[str, Any]) -> dict[str, Any]:
    """Counts of a shard found on disk but missing from the manifest, read from its files."""
    import pyarrow.parquet as pq

    fs, root = open_out(out)
    key = summary["key"]

    def table(name: str):
        with fs.open(f"{root}/{name}/{key}.parquet", "rb") as fh:
            return pq.read_table(fh)

    status = table("articles")["status"].to_pylist()
    counts = {
        "captures": len(status),
        "articles": status.count("article"),
        "no_article": status.count("no_article"),
        "errors": status.count("error"),
        "quotes": table("quotes").num_rows,
        "entities": table("entities").num_rows,
    }
    return {k: v for k, v in summary.items() if k != "skipped"} | {"counts": counts}


__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "InputError",
    "Manifest",
    "OutputMismatch",
    "read_articles",
    "read_table",
    "run",
]

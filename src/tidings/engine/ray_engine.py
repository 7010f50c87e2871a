"""The Ray engine: the same chunk function mapped with Ray Data, on a local Ray or a cluster.

    input files --map_batches(read_chunks)--> chunk rows (pickled captures)
                --map_batches(ChunkProcessor, actors)--> shard written by the worker, summary row
                --iter_rows on the driver--> manifest

Reading is an I/O task (``num_cpus=0``: it never holds a core the actors need); processing is an
actor pool of ``workers`` one-core actors, so the spaCy model is loaded once per actor in its
constructor, not per record or per chunk. Workers write their own shards (to a shared path or
object storage on a cluster); only small summaries travel back to the driver.

Failure handling: ``process`` never raises; :func:`~tidings.engine.work.process_chunk` turns a
write error into a ``failed`` summary; an actor that dies is restarted and its chunk retried (Ray
Data's defaults for actor pools: unlimited ``max_restarts`` and ``max_task_retries``). The chunk's
crash marker makes every retry after the first skip the capture its predecessor died on, so the
retries always end (at worst one per capture of the chunk). A chunk whose task still errors is
tolerated (``max_errored_blocks``) and shows up as an incomplete input in the manifest;
rerunning the same command retries just those chunks.

``ray`` is imported only here, and only when this engine is chosen: it is an optional extra.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

import pyarrow as pa

from tidings.engine.inputs import iter_chunks
from tidings.engine.shards import open_out, shard_done, shard_key
from tidings.engine.work import as_worker, process_chunk
from tidings.options import Options

#: Ray Data settings for a run (restored afterwards).
_CONTEXT = {
    # a chunk that keeps failing is reported as an incomplete input; the rest goes on
    "max_errored_blocks": -1,
    "enable_progress_bars": False,
    # one chunk per block: a block is what an actor is handed, so bundling several chunks in one
    # block (Ray's default for small rows) would leave the other actors idle
    "target_max_block_size": 1,
}


class EngineUnavailable(RuntimeError):
    """The chosen engine's optional dependency is not installed."""


def require_ray():  # -> the ray module
    """Import ray, or explain how to install the extra."""
    try:
        import ray
        import ray.data  # ray without the data extra is not enough
    except ImportError as exc:
        raise EngineUnavailable(
            "the Ray engine needs Ray Data, which is an optional extra: "
            "pip install 'tidings[ray]' (or use --engine local)"
        ) from exc
    return ray


def read_chunks(batch: pa.Table, out: str, chunk_size: int, max_bytes: int) -> Iterator[pa.Table]:
    """Input file names -> one row per chunk; a shard already written is passed on as done."""
    fs, root = open_out(out)
    for name in batch["input"].to_pylist():
        for n, last, items in iter_chunks(name, chunk_size, max_bytes):
            key = shard_key(name, n)
            done = shard_done(fs, root, key)
            payload = b"" if done else pickle.dumps(items, protocol=5)
            yield pa.table(
                {
                    "key": [key],
                    "input": [name],
                    "chunk": pa.array([n], pa.int32()),
                    "last": [last],
                    "done": [done],
                    "payload": pa.array([payload], pa.large_binary()),
                }
            )


class ChunkProcessor:
    """A Ray actor's work: load the model once, then process chunk after chunk."""

    def __init__(self, out: str, options: dict[str, Any]) -> None:
        self.out = out
        self.options = Options(**options)
        as_worker()  # its own process: freeze the long-lived objects after the first article
        if self.options.analyze:
            from tidings.analyze.nlp import load

            load(self.options.spacy_model)

    def __call__(self, batch: pa.Table) -> pa.Table:
        summaries = []
        for row in batch.to_pylist():
            where = {k: row[k] for k in ("key", "input", "chunk", "last")}
            if row["done"]:
                summary = {**where, "skipped": True}
            else:
                try:
                    items = pickle.loads(row["payload"])
                except Exception as exc:  # a chunk that cannot be unpacked is reported, not fatal
                    summary = {**where, "failed": f"bad chunk payload: {exc}"}
                else:
                    summary = process_chunk(self.out, *where.values(), items, self.options)
            summaries.append(json.dumps(summary))
        return pa.table({"summary": summaries})


def map_chunks(
    files: list[str],
    out: str,
    options: Options,
    chunk_size: int,
    workers: int | None,
    address: str | None = None,
    num_cpus: int | None = None,
) -> Iterator[dict[str, Any]]:
    """Yield one summary per chunk of ``files``, processed by ``workers`` Ray actors.

    Without ``address`` a local Ray is started with ``num_cpus`` (default: all cores); with one
    (``auto``, ``ray://host:10001``, ``host:6379``) the run joins that cluster. A Ray already
    initialised by the caller is used as it is and left running.
    """
    ray = require_ray()
    started_here = not ray.is_initialized()
    if started_here:
        kwargs: dict[str, Any] = {"include_dashboard": False, "logging_level": logging.WARNING}
        if address:
            ray.init(address=address, **kwargs)
        else:
            ray.init(num_cpus=num_cpus or os.cpu_count(), **kwargs)
    ctx = ray.data.DataContext.get_current()
    saved = {k: getattr(ctx, k) for k in _CONTEXT}
    try:
        for k, v in _CONTEXT.items():
            setattr(ctx, k, v)
        if workers is None:
            workers = max(1, int(ray.cluster_resources().get("CPU", 1)))
        if not files:
            return
        ds = ray.data.from_items([{"input": f} for f in files], override_num_blocks=len(files))
        ds = ds.map_batches(
            read_chunks,
            fn_kwargs={"out": out, "chunk_size": chunk_size, "max_bytes": options.max_bytes},
            batch_size=1,
            batch_format="pyarrow",
            num_cpus=0,
            compute=ray.data.TaskPoolStrategy(size=max(1, min(len(files), workers))),
        )
        ds = ds.map_batches(
            ChunkProcessor,
            fn_constructor_kwargs={"out": out, "options": asdict(options)},
            batch_size=1,
            batch_format="pyarrow",
            num_cpus=1,
            compute=ray.data.ActorPoolStrategy(size=workers, max_tasks_in_flight_per_actor=1),
        )
        for row in ds.iter_rows():
            yield json.loads(row["summary"])
    finally:
        for k, v in saved.items():  # the caller's own Ray Data settings come back as they were
            setattr(ctx, k, v)
        if started_here:
            ray.shutdown()

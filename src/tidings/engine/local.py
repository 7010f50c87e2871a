"""The local engine: chunks of captures mapped over a process pool on this machine.

The same :func:`~tidings.engine.work.process_chunk` as the Ray engine, so the same records. Each
pool process loads the spaCy model once (``analyze.nlp.load`` caches it per process). A worker
that dies breaks a :class:`ProcessPoolExecutor`; the pool is then rebuilt and the chunks that
were in flight are resubmitted one at a time (up to :data:`MAX_ATTEMPTS` each), which is what
lets ``process_chunk`` find its crash marker and skip a capture that kills its worker.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from tidings.engine.inputs import iter_chunks
from tidings.engine.shards import open_out, shard_done, shard_key
from tidings.engine.work import as_worker, process_chunk
from tidings.options import Options
from tidings.pools import stop, wait_first

#: Attempts per chunk when its worker dies: the first, a careful retry, and one more after the
#: careful retry has marked the capture that killed it.
MAX_ATTEMPTS = 4

Task = tuple[str, str, int, bool, list]  # key, input, chunk, last, captures


def map_chunks(
    files: list[str], out: str, options: Options, chunk_size: int, workers: int
) -> Iterator[dict[str, Any]]:
    """Yield one summary per chunk of ``files`` (already-written shards as ``skipped``)."""
    fs, root = open_out(out)
    tasks: Iterator[Task] = (
        (shard_key(name, n), name, n, last, items)
        for name in files
        for n, last, items in iter_chunks(name, chunk_size, options.max_bytes)
    )
    pending = _skip_done(tasks, fs, root)
    if workers <= 1:
        for task in pending:
            if isinstance(task, dict):
                yield task
            else:
                yield process_chunk(out, *task, options)
        return
    yield from _pool_map(pending, out, options, workers)


def _skip_done(tasks: Iterator[Task], fs, root: str) -> Iterator[Task | dict[str, Any]]:
    for key, name, n, last, items in tasks:
        if shard_done(fs, root, key):
            yield {"key": key, "input": name, "chunk": n, "last": last, "skipped": True}
        else:
            yield key, name, n, last, items


def _pool_map(
    tasks: Iterator[Task | dict[str, Any]], out: str, options: Options, workers: int
) -> Iterator[dict[str, Any]]:
    """Bounded in-flight submission (2 chunks per worker) so memory stays flat on big inputs.

    When a worker dies the whole pool goes down with every chunk in flight. Those chunks are then
    retried one at a time in a fresh pool, so a chunk that kills its worker again is the one to
    blame, and its crash marker points at the capture: no innocent chunk is retried in careful
    mode next to a crashing one.
    """
    # fork: cheap, and no `if __name__ == "__main__"` guard needed in callers' scripts (fsspec
    # resets its event loop after a fork); spawn where fork does not exist.
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    attempts: dict[str, int] = {}
    retry: deque[Task] = deque()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=as_worker)
    running: dict[Future, Task] = {}

    def submit(task: Task) -> Future:
        attempts[task[0]] = attempts.get(task[0], 0) + 1
        return pool.submit(process_chunk, out, *task, options)

    def rebuild() -> None:
        nonlocal pool
        retry.extend(running.values())
        running.clear()
        stop(pool)
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=as_worker)

    try:
        while True:
            if retry:  # isolation: one retried chunk at a time
                task = retry.popleft()
                try:
                    future = submit(task)
                    wait_first(pool, [future])
                    yield future.result()
                except BrokenProcessPool:
                    retry.append(task)
                    rebuild()
                    yield from _give_up(retry, attempts)
                continue
            broken = False
            while len(running) < 2 * workers:
                task = next(tasks, None)
                if task is None:
                    break
                if isinstance(task, dict):
                    yield task
                    continue
                try:
                    running[submit(task)] = task
                except BrokenProcessPool:  # a worker died since the last check
                    attempts[task[0]] -= 1
                    retry.append(task)
                    broken = True
                    break
            if not running and not broken:
                return
            if not broken:
                for future in wait_first(pool, running):
                    task = running.pop(future)
                    try:
                        summary = future.result()
                    except BrokenProcessPool:
                        broken = True
                        retry.append(task)
                        continue
                    yield summary
            if broken:
                rebuild()
                yield from _give_up(retry, attempts)
    finally:
        stop(pool)


def _give_up(retry: deque[Task], attempts: dict[str, int]) -> Iterator[dict[str, Any]]:
    """Drop (as failed summaries) the chunks whose worker died :data:`MAX_ATTEMPTS` times."""
    for task in list(retry):
        if attempts.get(task[0], 0) >= MAX_ATTEMPTS:
            retry.remove(task)
            key, name, n, last, _ = task
            yield {
                "key": key,
                "input": name,
                "chunk": n,
                "last": last,
                "failed": f"worker died {MAX_ATTEMPTS} times on this chunk",
            }

"""Captures in, corpus out: read, skip what is stored, process on all cores, write in batches.

Stages, in order:

1. read: :func:`tidings.capture.iter_captures` streams captures (and read failures) from files,
   folders, WARC and JSONL, in the main process;
2. skip: a capture whose id (its content hash) is already in the corpus is not processed again;
3. process: :func:`tidings.pipeline.process` (extraction, analysis) plus the MinHash signature
   runs in a pool of ``workers`` processes (one spaCy model per process), a bounded window of
   captures in flight so memory stays flat on a large WARC; a worker that dies (a segfault, the
   OOM killer) costs a rebuilt pool and, for a capture that kills its worker on its own, a
   ``worker-crashed`` error record (see :func:`_run_pool`), never the ingest;
4. write: the main process is the one writer (:class:`Store`), a transaction per batch;
5. merge: speakers and quotes are merged across articles (merge.py) at the end and every
   ``MERGE_EVERY`` articles.

Killed at any moment (even ``kill -9``), a rerun finds every committed capture in place and
processes the rest: nothing lost, nothing doubled (tests/test_corpus_resume.py does exactly that).
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from tidings import pools
from tidings.capture.readers import CaptureOrFailure, iter_captures
from tidings.corpus import dedup
from tidings.corpus.merge import merge_pending
from tidings.corpus.store import Store, Stored
from tidings.errors import WorkerCrashed
from tidings.model import Article, Capture
from tidings.options import Options
from tidings.pipeline import error_article, process

#: Captures written per transaction: large enough that commits cost little (a WAL commit is
#: ~1 ms), small enough that a kill loses a second or so of work.
WRITE_BATCH = 64
#: Captures handed to a worker at once (amortises pickling; keeps all cores busy).
TASK_SIZE = 8
#: Merge speakers and quotes every this many new articles, so a long ingest is searchable by
#: speaker while it runs (the final merge always runs).
MERGE_EVERY = 5000


@dataclass
class IngestReport:
    """What an ingest did; also the live progress state passed to ``on_progress``."""

    db: str
    seen: int = 0  # captures read (including skipped ones)
    stored: Stored = field(default_factory=Stored)
    already: int = 0  # captures skipped because the corpus had them
    elapsed: float = 0.0
    workers: int = 1
    merged_speakers: int = 0
    merged_quotes: int = 0

    @property
    def processed(self) -> int:
        s = self.stored
        return s.articles + s.no_article + s.errors

    @property
    def rate(self) -> float:
        """Captures processed per second."""
        return self.processed / self.elapsed if self.elapsed else 0.0


def capture_id(item: CaptureOrFailure) -> str:
    """The corpus key of a capture, or of a read failure (its source: it has no content)."""
    return item.id if isinstance(item, Capture) else Capture.digest(item.source.encode())


def process_for_corpus(item: CaptureOrFailure, options: Options) -> tuple[Article, bytes | None]:
    """What a worker computes for one capture: the article and its MinHash signature."""
    article = process(item, options)
    try:
        sig = dedup.signature(article.text) if article.status == "article" else None
    except Exception:  # a signature is an optimisation: without it the article is still stored
        sig = None
    return article, sig


def _process_many(
    items: list[CaptureOrFailure], options: Options
) -> list[tuple[Article, bytes | None]]:
    return [process_for_corpus(item, options) for item in items]


def default_workers() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def ingest(
    paths: Iterable[str | Path],
    db: str | Path,
    *,
    options: Options | None = None,
    workers: int | None = None,
    on_progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Ingest captures under ``paths`` into the corpus ``db``; safe to rerun and to kill.

    :param paths: files, folders, WARC(.gz), JSONL files (``tidings.capture.iter_captures``).
    :param workers: processes for extraction and analysis (default: all cores; 1 = no pool).
    :param on_progress: called with the report after each written batch.
    """
    options = options or Options()
    # The database and SQLite's side files may sit in a folder being ingested.
    db_files = [f"{db}{end}" for end in ("", "-wal", "-shm", "-journal")]
    items = iter_captures(paths, options.max_bytes, written=db_files)
    return ingest_captures(items, db, options=options, workers=workers, on_progress=on_progress)


def ingest_captures(
    items: Iterable[CaptureOrFailure],
    db: str | Path,
    *,
    options: Options | None = None,
    workers: int | None = None,
    on_progress: Callable[[IngestReport], None] | None = None,
) -> IngestReport:
    """Ingest a stream of captures (from any source) into the corpus ``db``; see :func:`ingest`."""
    options = options or Options()
    workers = workers or default_workers()
    report = IngestReport(db=str(db), workers=workers)
    start = time.perf_counter()
    since_merge = 0

    with Store(db) as store:

        def write(results: list[tuple[Article, Capture | None, bytes | None]]) -> None:
            nonlocal since_merge
            if not results:
                return
            report.stored.add(store.add(results))
            since_merge += len(results)
            if since_merge >= MERGE_EVERY:
                _merge(store, report)
                since_merge = 0
            report.elapsed = time.perf_counter() - start
            if on_progress:
                on_progress(report)

        batches = _new_batches(iter(items), store, report)
        if workers == 1:
            for batch in batches:
                results = []
                for item in batch:
                    article, sig = process_for_corpus(item, options)
                    results.append((article, _cap(item), sig))
                write(results)
        else:
            _run_pool(batches, options, workers, write)
        _merge(store, report)
        report.elapsed = time.perf_counter() - start
        if on_progress:
            on_progress(report)
    return report


def _cap(item: CaptureOrFailure) -> Capture | None:
    return item if isinstance(item, Capture) else None


def _merge(store: Store, report: IngestReport) -> None:
    stats = merge_pending(store.conn)
    report.merged_speakers += stats.speakers
    report.merged_quotes += stats.quotes


def _new_batches(
    items: Iterator[CaptureOrFailure], store: Store, report: IngestReport
) -> Iterator[list[CaptureOrFailure]]:
    """Batches of captures not yet in the corpus (nor earlier in this run)."""
    seen_now: set[str] = set()
    pending: list[CaptureOrFailure] = []

    def flush() -> list[CaptureOrFailure]:
        known = store.known(capture_id(it) for it in pending)
        fresh = []
        for it in pending:
            cid = capture_id(it)
            if cid in known or cid in seen_now:
                report.already += 1
                continue
            seen_now.add(cid)
            fresh.append(it)
        pending.clear()
        return fresh

    for item in items:
        report.seen += 1
        pending.append(item)
        if len(pending) >= WRITE_BATCH:
            fresh = flush()
            if fresh:
                yield fresh
    fresh = flush()
    if fresh:
        yield fresh


def _run_pool(
    batches: Iterator[list[CaptureOrFailure]],
    options: Options,
    workers: int,
    write: Callable[[list[tuple[Article, Capture | None, bytes | None]]], None],
) -> None:
    """Fan batches out to a process pool, a bounded window in flight; write as they finish.

    A worker that dies (a segfault in a C parser, the out-of-memory killer) breaks the whole pool:
    every chunk in flight fails with it, whichever worker held it. The pool is then rebuilt and
    those chunks are retried one at a time (:class:`_Pool` ``.isolate``), so a chunk that kills
    its worker again is known to hold the culprit; its captures are retried one at a time, and a
    capture that kills its worker on its own is stored as a ``worker-crashed`` error. The other
    captures are processed as usual and the batch goes on. A worker killed from outside while its
    captures are harmless (the OOM killer choosing it for another process's memory) costs one
    retry of the chunks in flight, and no error record.
    """
    window = workers * 4
    pool = _Pool(workers, options)
    inflight: dict[Future, list[CaptureOrFailure]] = {}
    done_results: list[tuple[Article, Capture | None, bytes | None]] = []

    def settle(futures: Iterable[Future], also: Sequence[list[CaptureOrFailure]] = ()) -> None:
        """Collect finished chunks; after a worker died, retry the failed ones in isolation."""
        suspects = list(also)

        def collect(done: Iterable[Future]) -> None:
            for fut in done:
                items = inflight.pop(fut)
                try:
                    done_results.extend(_pair(items, fut.result()))
                except BrokenProcessPool:
                    suspects.append(items)

        collect(futures)
        if suspects:
            # the pool is broken: every other chunk in flight fails too (or has finished)
            collect(wait(inflight)[0])
            pool.rebuild()
            for items in suspects:
                done_results.extend(pool.isolate(items))
        if len(done_results) >= WRITE_BATCH:
            write(done_results[:])
            done_results.clear()

    try:
        for batch in batches:
            for i in range(0, len(batch), TASK_SIZE):
                chunk = batch[i : i + TASK_SIZE]
                try:
                    inflight[pool.submit(chunk)] = chunk
                except BrokenProcessPool:  # a worker died since the last wait
                    settle([], also=[chunk])
                while len(inflight) >= window:
                    settle(pool.wait_first(inflight))
        while inflight:
            settle(pool.wait_first(inflight))
    finally:
        pool.shutdown()
    write(done_results[:])


def _pair(
    items: list[CaptureOrFailure], results: list[tuple[Article, bytes | None]]
) -> list[tuple[Article, Capture | None, bytes | None]]:
    return [(article, _cap(item), sig) for item, (article, sig) in zip(items, results, strict=True)]


class _Pool:
    """The worker processes, rebuilt when one dies; and the one-at-a-time retries after that."""

    def __init__(self, workers: int, options: Options) -> None:
        # fork: workers start fast and need no `__main__` guard in callers' scripts (as the local
        # engine does); spawn where fork does not exist.
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.workers = workers
        self.options = options
        self.executor = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.workers, mp_context=self.context)

    def submit(self, items: list[CaptureOrFailure]) -> Future:
        return self.executor.submit(_process_many, items, self.options)

    def wait_first(self, futures: Iterable[Future]) -> set[Future]:
        """The futures done, waiting until one is (``pools.wait_first``: a pool hung on a
        worker that died half-way through its reply is broken, not waited on forever)."""
        return pools.wait_first(self.executor, futures)

    def rebuild(self) -> None:
        self.shutdown()
        self.executor = self._new()

    def shutdown(self) -> None:
        pools.stop(self.executor)

    def isolate(
        self, items: list[CaptureOrFailure]
    ) -> list[tuple[Article, Capture | None, bytes | None]]:
        """Process ``items`` with nothing else in flight. If a worker dies on them, each capture
        is retried alone; one that kills its worker alone gets a ``worker-crashed`` record."""
        try:
            future = self.submit(items)
            self.wait_first([future])
            return _pair(items, future.result())
        except BrokenProcessPool:
            self.rebuild()
        if len(items) == 1:
            item = items[0]
            return [(_crashed(item), _cap(item), None)]
        return [found for item in items for found in self.isolate([item])]


def _crashed(item: CaptureOrFailure) -> Article:
    return error_article(
        item.source,
        WorkerCrashed.code,
        "the worker process died while processing this capture, and again when it was retried"
        " with no other capture in flight (a crash in native code, or the out-of-memory killer);"
        " the rest of the batch went on",
        _cap(item),
    )

"""Process pools that go on when a worker dies: the one rule ingest and the local engine share.

A :class:`~concurrent.futures.ProcessPoolExecutor` notices a dead worker and fails every future
in flight with ``BrokenProcessPool``; both callers then rebuild the pool and retry. One death it
never notices: a worker killed while it was writing its result (the out-of-memory killer's
SIGKILL at the worst moment) leaves half a message in the result pipe, and the executor's
clean-up thread waits forever in ``recv()`` for the rest, while the other workers wait forever
on the pipe's lock the dead one held. :func:`wait_first` turns that hang into a broken pool.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

#: How long a dead worker may go unnoticed by the executor before the pool is broken by hand.
DEAD_WORKER_SECONDS = 5.0
#: How long stopping workers may wait before the ones still alive are killed.
STOP_SECONDS = 10.0


def wait_first(executor: ProcessPoolExecutor, futures: Iterable[Future]) -> set[Future]:
    """The futures done, waiting until one is (``wait(..., FIRST_COMPLETED)``), except that a
    pool with a worker dead for ``DEAD_WORKER_SECONDS`` and nothing finished is broken by hand:
    its live workers are killed and this process's copy of the result pipe's write end is
    closed, so the clean-up thread reads end-of-file and fails every future in flight with
    ``BrokenProcessPool``, which the caller retries as after any worker death."""
    futures = list(futures)
    dead_since: float | None = None
    while True:
        done, _ = wait(futures, timeout=0.5, return_when=FIRST_COMPLETED)
        if done:
            return done
        processes = list((getattr(executor, "_processes", None) or {}).values())
        if not any(p.exitcode is not None for p in processes):
            dead_since = None
            continue
        dead_since = dead_since or time.monotonic()
        if time.monotonic() - dead_since >= DEAD_WORKER_SECONDS:
            _break(executor, processes)
            dead_since = None


def _break(executor: ProcessPoolExecutor, processes: list) -> None:
    for proc in processes:
        if proc.is_alive():
            proc.kill()
            proc.join()
    writer = getattr(getattr(executor, "_result_queue", None), "_writer", None)
    if writer is not None and not writer.closed:
        writer.close()


def stop(executor: ProcessPoolExecutor) -> None:
    """Stop the workers, killing any that do not stop within ``STOP_SECONDS``.

    A worker killed while it held the result queue's lock leaves the others blocked on that
    lock forever, and a plain ``shutdown(wait=True)`` then waits on them forever (seen once in
    the test suite). Every result was collected before this is called, so a worker that does
    not stop holds nothing: it is killed, which also lets the executor's own clean-up thread
    see a broken pool and finish. That thread is then let end before a new pool forks: a fork
    while it holds a lock (an import, a queue's) would copy the held lock into the new workers.
    """
    processes = list((getattr(executor, "_processes", None) or {}).values())
    executor.shutdown(wait=False, cancel_futures=True)
    deadline = time.monotonic() + STOP_SECONDS
    for proc in processes:
        proc.join(max(0.0, deadline - time.monotonic()))
        if proc.is_alive():
            proc.kill()
            proc.join()
    manager = getattr(executor, "_executor_manager_thread", None)
    if manager is not None:
        manager.join(STOP_SECONDS)

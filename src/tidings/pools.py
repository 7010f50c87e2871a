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

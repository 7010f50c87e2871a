"""Speaker pages of the most quoted speakers (and the overview's counts), kept in memory.

A speaker page aggregates every report of every quote of the speaker (the weekly chart, the
descriptions, the addressees, the name forms). For most speakers that is a few hundred rows and
takes milliseconds; for the head of a corpus (on the 1M-quote bench corpus the top speaker has
84,000 quotes) it is seconds. The server never writes to the corpus, so it keeps those pages
here instead: computed once (at start-up, in the background, for the most quoted speakers; else on
first view) and dropped when the corpus file changes (an ingest running beside the server).
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: Speakers with at least this many quotes are kept once computed (below, computing is cheap).
KEEP_MIN_QUOTES = 200
#: At start-up, pages of up to this many of the most quoted speakers (with at least
#: ``KEEP_MIN_QUOTES``) are computed in a background thread.
WARM_SPEAKERS = 300
#: The key the overview page's corpus-wide counts are kept under (no speaker id looks like it).
OVERVIEW_KEY = "(overview)"
#: Most pages kept (least recently used go first).
MAX_ENTRIES = 2000


class SpeakerCache:
    """Speaker details by id, valid while the corpus file (and its WAL) is unchanged."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._entries: OrderedDict[str, Any] = OrderedDict()
        self._version = self._file_version()
        self.warmed = threading.Event()

    def _file_version(self) -> tuple:
        """Changes when anyone commits to the corpus: sizes and mtimes of the file and its WAL."""
        out: list[Any] = []
        for p in (self.path, Path(f"{self.path}-wal")):
            try:
                st = os.stat(p)
                out += [st.st_size, st.st_mtime_ns]
            except FileNotFoundError:
                out += [None, None]
        return tuple(out)

    def _check(self) -> None:
        version = self._file_version()
        if version != self._version:
            self._entries.clear()
            self._version = version

    def get(self, speaker_id: str, n_quotes: int, compute: Callable[[], Any]) -> Any:
        """The cached page for ``speaker_id``, or ``compute()`` (kept if the speaker is big)."""
        with self._lock:
            self._check()
            if speaker_id in self._entries:
                self._entries.move_to_end(speaker_id)
                return self._entries[speaker_id]
        value = compute()
        if n_quotes >= KEEP_MIN_QUOTES and value is not None:
            with self._lock:
                self._entries[speaker_id] = value
                while len(self._entries) > MAX_ENTRIES:
                    self._entries.popitem(last=False)
        return value

    def __len__(self) -> int:
        return len(self._entries)

    def warm(
        self,
        speaker_ids: list[str],
        view: Callable[[str], Any],
        stop: threading.Event | None = None,
    ) -> None:
        """View these speakers' pages once, so they are kept (run in a background thread);
        stops between two speakers once ``stop`` is set."""
        started = time.monotonic()
        for speaker_id in speaker_ids:
            if stop is not None and stop.is_set():
                return
            view(speaker_id)
        self.warm_seconds = time.monotonic() - started
        self.warmed.set()

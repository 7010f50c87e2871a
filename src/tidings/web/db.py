"""Read-only access to the corpus file for the web server.

The server answers requests on a pool of threads, each with its own SQLite connection (the
:class:`~tidings.corpus.Corpus` read API already keeps one per thread). :class:`ReadOnlyCorpus`
is that API with two differences the web needs: connections are opened with the ``mode=ro`` URI
plus ``PRAGMA query_only`` (SQLite itself refuses any write), and opening never migrates (a
migration is a write; an out-of-date file gets a clear error instead).
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from urllib.parse import quote

from tidings.corpus import Corpus
from tidings.corpus.schema import LATEST, version


class CorpusUnavailable(RuntimeError):
    """The corpus file is missing or was written by another schema version."""


def open_readonly(path: Path) -> sqlite3.Connection:
    """Open ``path`` read-only, with rows addressable by column name."""
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA query_only = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA cache_size = -32768")  # 32 MiB per thread
    conn.execute("PRAGMA temp_store = MEMORY")
    return conn


class ReadOnlyCorpus(Corpus):
    """The corpus read API over read-only connections, one per thread.

    HACK: ``Corpus`` opens read-write connections and migrates on open; until it takes a
    ``readonly`` flag, this subclass replaces its constructor and connection factory.
    """

    def __init__(self, path: str | Path) -> None:
        file = Path(path)
        if not file.is_file():
            raise CorpusUnavailable(
                f"no corpus at {file}: build one with `tidings ingest PATH --db {file}`"
            )
        self.path = str(file)
        self._file = file
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        found = version(self._conn())
        if found != LATEST:
            raise CorpusUnavailable(
                f"{file} has corpus schema version {found}, this tidings reads version {LATEST}: "
                f"run `tidings ingest --db {file}` with this version to migrate it"
            )

    def _conn(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            conn = open_readonly(self._file)
            self._local.conn = conn
            with self._lock:
                self._conns.append(conn)
        return conn

"""Read-only access to the corpus file for the web server.

The server answers requests on a pool of threads, each with its own SQLite connection (the
:class:`~tidings.corpus.Corpus` read API keeps one per thread); :func:`open_corpus` opens it
read-only. :func:`open_readonly` is a bare read-only connection, for one-off reads.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from urllib.parse import quote

from tidings.corpus import Corpus


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


def open_corpus(path: str | Path) -> Corpus:
    """The corpus read API over read-only connections (``mode=ro`` and ``query_only``: SQLite
    itself refuses any write), never migrated; a clear error when the file cannot be served."""
    file = Path(path)
    if not file.is_file():
        raise CorpusUnavailable(
            f"no corpus at {file}: build one with `tidings ingest PATH --db {file}`"
        )
    try:
        return Corpus(file, readonly=True)
    except (RuntimeError, sqlite3.DatabaseError) as exc:
        raise CorpusUnavailable(str(exc)) from exc

"""Fixtures for the web tests: one real corpus per session, the app in-process, a live server.

The corpus is built once by the real ingest (extraction, quote analysis, merging) from the
bundled sample plus :mod:`web_fixture_pages` (outlets and hostile text); on the shared 2-core
machine this takes about 25-30 s, most of it spaCy analysing the sample.
"""

from __future__ import annotations

import sys
import threading
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from web_fixture_pages import free_port, write_captures

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts"


@pytest.fixture(scope="session")
def web_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A corpus file built from the sample and the extra pages, with analysis on."""
    from tidings.cli.corpus import sample_dir
    from tidings.corpus.ingest import ingest

    root = tmp_path_factory.mktemp("web-corpus")
    extra = write_captures(root / "extra.jsonl")
    db = root / "corpus.db"
    report = ingest([sample_dir(), extra], db, workers=1)
    assert report.stored.quotes > 0, "the test corpus has no quotes: is analysis working?"
    return db


@pytest.fixture(scope="session")
def app(web_db: Path):
    from tidings.web import create_app

    return create_app(web_db)


@pytest.fixture(scope="session")
def client(app) -> Iterator:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from fastapi.testclient import TestClient

    with TestClient(app) as c:
        yield c


@pytest.fixture(scope="session")
def db_conn(web_db: Path):
    """A plain read-only connection, for tests to look up what the corpus holds."""
    from tidings.web.db import open_readonly

    conn = open_readonly(web_db)
    yield conn
    conn.close()


@pytest.fixture(scope="session")
def live_server(web_db: Path) -> Iterator[str]:
    """`tidings serve`'s app under uvicorn on 127.0.0.1 and a free port, in a thread."""
    import uvicorn

    from tidings.web import create_app

    port = free_port()
    app = create_app(web_db, allowed_hosts=["127.0.0.1", "localhost"])
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS

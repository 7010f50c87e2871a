"""Ingest on a real SQLite file: the bundled sample, idempotence, errors, and a SIGKILL mid-run."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tidings.cli.corpus import sample_dir
from tidings.corpus import Corpus
from tidings.corpus.ingest import ingest
from tidings.options import Options

SRC = Path(__file__).resolve().parents[1] / "src"
FAST = Options(analyze=False)


def _counts(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(db)
    tables = ("captures", "articles", "errors", "duplicates", "quote_occurrences", "outlets")
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def _ids(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    return sorted(r[0] for r in conn.execute("SELECT id FROM captures"))


def test_ingest_the_sample_corpus(tmp_path):
    db = tmp_path / "c.db"
    report = ingest([sample_dir()], db, options=FAST, workers=1)
    pages = [p for p in sample_dir().rglob("*") if p.is_file()]
    assert report.seen == len(pages) >= 30
    assert report.stored.articles == len(pages)
    corpus = Corpus(db)
    assert corpus.stats()["articles"] == len(pages)
    # gzipped AEB pages are read like plain ones
    assert corpus.search("Stadia")  # hollywoodreporter.com page, from its .html.gz
    # the Harbour Wire story syndicated twice: all three copies in one group, the first is the
    # original (earliest date), the copies point at it
    [original] = [
        a for a in corpus.search('"tidal barrier that protects"') if not a["duplicate_of"]
    ]
    copies = corpus.duplicates(original["id"])
    assert len(copies) == 2
    assert all(c["similarity"] >= 0.8 for c in copies)
    # a different story by the same wire on the same event is not a duplicate
    assert not corpus.search("closes again after emergency repair")[0]["duplicate_of"]


def test_ingest_a_folder_holding_its_own_database(tmp_path):
    """A corpus kept in the folder it ingests: the database and SQLite's side files are never
    read as captures, so a rerun adds no failures."""
    pages = tmp_path / "pages"
    shutil.copytree(sample_dir(), pages)
    db = pages / "corpus.db"
    first = ingest([pages], db, options=FAST, workers=1)
    again = ingest([pages], db, options=FAST, workers=1)
    assert first.stored.errors == again.stored.errors == 0
    assert again.seen == first.seen == len(list(sample_dir().rglob("*.*")))
    assert again.already == first.seen


def test_ingest_twice_stores_nothing_twice(tmp_path):
    db = tmp_path / "c.db"
    ingest([sample_dir() / "eastport"], db, options=FAST, workers=1)
    before = _counts(db)
    again = ingest([sample_dir() / "eastport"], db, options=FAST, workers=2)
    assert again.already == again.seen == 7 and again.processed == 0
    assert _counts(db) == before


def test_ingest_records_every_failure_with_its_reason(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.html").write_bytes(b"")
    (tmp_path / "in" / "doc.pdf").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "in" / "caps.jsonl").write_text('{"url": "https://x.example/a"}\nnot json\n')
    db = tmp_path / "c.db"
    report = ingest([tmp_path / "in", tmp_path / "missing.html"], db, options=FAST, workers=1)
    assert report.stored.errors == 5
    codes = sorted(e["code"] for e in Corpus(db).errors())
    assert codes == ["bad-jsonl", "bad-jsonl", "binary", "empty", "not-found"]
    assert all(e["reason"] for e in Corpus(db).errors())


def _variants(path: Path, n: int) -> None:
    """A JSONL file of ``n`` distinct captures made from the fictional pages (fast to extract)."""
    pages = sorted((sample_dir() / "eastport").glob("*.html"))
    with path.open("w") as fh:
        for i in range(n):
            html = pages[i % len(pages)].read_text()
            html = html.replace("</article>", f"<p>Correction number {i} was added.</p></article>")
            fh.write(json.dumps({"html": html, "url": f"https://v{i % 5}.example/{i}"}) + "\n")
        fh.write("this line is not JSON\n")


@pytest.mark.slow
def test_ingest_killed_with_sigkill_then_rerun_equals_a_clean_run(tmp_path):
    captures = tmp_path / "captures.jsonl"
    _variants(captures, 250)
    clean = tmp_path / "clean.db"
    ingest([captures], clean, options=FAST, workers=1)

    db = tmp_path / "killed.db"
    cmd = [
        sys.executable,
        "-m",
        "tidings",
        "ingest",
        str(captures),
        "--db",
        str(db),
        "--no-analyze",
        "--workers",
        "2",
        "--quiet",
    ]
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    proc = subprocess.Popen(cmd, env=env, start_new_session=True)
    try:
        deadline = time.monotonic() + 120  # a loaded machine is slow to commit
        stored = 0
        while time.monotonic() < deadline and proc.poll() is None:
            if db.exists():
                try:
                    stored = (
                        sqlite3.connect(db).execute("SELECT COUNT(*) FROM captures").fetchone()[0]
                    )
                except sqlite3.OperationalError:
                    stored = 0
            if stored >= 64:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "ingest finished before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the pool workers it started
    partial = _counts(db)["captures"]
    assert 64 <= partial < 251  # killed mid-run, after its first batches were committed

    rerun = subprocess.run(cmd, env=env, capture_output=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr.decode()
    assert _counts(db) == _counts(clean)
    assert _ids(db) == _ids(clean)


@pytest.mark.slow
def test_ingest_survives_a_capture_that_kills_its_worker(tmp_path):
    """A real `tidings ingest` subprocess whose pool worker dies (SIGKILL) on two marked captures:
    those two become worker-crashed errors, everything else is stored once, and a rerun adds
    nothing."""
    from crashing_ingest import CRASH_MARKER

    captures = tmp_path / "captures.jsonl"
    _variants(captures, 60)
    lines = captures.read_text().splitlines()
    doomed = [7, 41]  # in different chunks and write batches
    for k in doomed:
        record = json.loads(lines[k])
        record["html"] = record["html"].replace("<body>", "<body>" + CRASH_MARKER.decode(), 1)
        lines[k] = json.dumps(record)
    captures.write_text("\n".join(lines) + "\n")
    harmless = tmp_path / "harmless.jsonl"
    harmless.write_text("\n".join(x for k, x in enumerate(lines) if k not in doomed) + "\n")
    clean = tmp_path / "clean.db"
    ingest([harmless], clean, options=FAST, workers=1)

    db = tmp_path / "c.db"
    driver = Path(__file__).with_name("crashing_ingest.py")
    cmd = [sys.executable, str(driver), "ingest", str(captures), "--db", str(db)]
    cmd += ["--no-analyze", "--workers", "2", "--quiet"]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(SRC), str(driver.parent)])}
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode in (0, 1), done.stderr  # 1: some captures failed, as they did
    assert "Traceback" not in done.stderr, done.stderr

    crashed = [e for e in Corpus(db).errors() if e["code"] == "worker-crashed"]
    assert sorted(e["source"] for e in crashed) == sorted(f"{captures}:{k + 1}" for k in doomed)
    assert all("worker process died" in e["reason"] for e in crashed)
    expected = _counts(clean)
    expected["captures"] += 2
    expected["errors"] += 2
    assert _counts(db) == expected
    stored = {r[0] for r in sqlite3.connect(db).execute("SELECT id FROM articles")}
    assert stored == {r[0] for r in sqlite3.connect(clean).execute("SELECT id FROM articles")}

    again = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert "Traceback" not in again.stderr, again.stderr
    assert _counts(db) == expected


@pytest.mark.slow
def test_ingest_worker_killed_from_outside_costs_a_retry_not_a_capture(tmp_path):
    """SIGKILL one pool worker mid-ingest (the OOM killer choosing it): its captures were
    harmless, so after the pool is rebuilt they are all stored as articles, none as errors."""
    import multiprocessing

    captures = tmp_path / "captures.jsonl"
    _variants(captures, 150)
    killed: list[int] = []
    # only a worker this ingest started: a child left from an earlier test is no pool worker
    before = {p.pid for p in multiprocessing.active_children()}

    def kill_a_worker(report) -> None:
        workers = [p for p in multiprocessing.active_children() if p.pid not in before]
        if not killed and workers:
            killed.append(workers[0].pid)
            os.kill(workers[0].pid, signal.SIGKILL)

    db = tmp_path / "c.db"
    report = ingest([captures], db, options=FAST, workers=2, on_progress=kill_a_worker)
    assert killed
    assert report.stored.articles == 150 and report.stored.errors == 1  # the line not JSON
    assert [e["code"] for e in Corpus(db).errors()] == ["bad-jsonl"]
    assert _counts(db)["captures"] == 151


_HUNG_POOL = None


def _die_while_writing_a_result() -> None:
    """In a pool worker: start a reply in the result pipe, holding its lock, and get SIGKILLed
    half-way (the out-of-memory killer's timing at its worst)."""
    import struct

    queue = _HUNG_POOL.executor._result_queue
    queue._wlock.acquire()
    queue._writer._send(struct.pack("!i", 1 << 20) + b"half a reply")
    os.kill(os.getpid(), signal.SIGKILL)


def _answer() -> int:
    return 42


@pytest.mark.slow
def test_a_worker_killed_mid_reply_breaks_the_pool_instead_of_hanging_it():
    """The executor never notices this death (its reader waits for the rest of the reply, the
    other worker for the pipe's lock): ``wait_first`` breaks the pool by hand, so every future
    in flight fails with BrokenProcessPool, which ingest retries, instead of waiting forever."""
    from concurrent.futures.process import BrokenProcessPool

    from tidings.corpus.ingest import _Pool

    global _HUNG_POOL
    pool = _HUNG_POOL = _Pool(2, FAST)
    try:
        dying = pool.executor.submit(_die_while_writing_a_result)
        blocked = pool.executor.submit(_answer)
        start = time.monotonic()
        while not (dying.done() and blocked.done()):
            pool.wait_first([f for f in (dying, blocked) if not f.done()])
        assert time.monotonic() - start < 30
        with pytest.raises(BrokenProcessPool):
            dying.result()
        pool.rebuild()  # and the pool works again
        assert pool.executor.submit(_answer).result(timeout=60) == 42
    finally:
        pool.shutdown()

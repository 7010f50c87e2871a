"""The batch engine without Ray: inputs, chunks, shards, manifest, reruns, failures, the CLI."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import fsspec
import pytest
from engine_inputs import make_inputs, page
from typer.testing import CliRunner

from tidings.capture import iter_captures
from tidings.cli import app
from tidings.engine import OutputMismatch, read_articles, read_table, run
from tidings.engine.inputs import expand, iter_chunks
from tidings.engine.shards import Manifest, shard_key
from tidings.engine.work import WORKER_CRASHED, process_chunk
from tidings.model import Capture
from tidings.options import Options
from tidings.pipeline import run as loop

FAST = Options(analyze=False)


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    return make_inputs(tmp_path_factory.mktemp("inputs"))


def by_source(articles) -> list[str]:
    return [a.model_dump_json() for a in sorted(articles, key=lambda a: a.source)]


def test_engine_chunks_cover_every_capture(inputs: Path) -> None:
    chunks = list(iter_chunks(str(inputs / "e.warc.gz"), 2, FAST.max_bytes))
    assert [(n, last, len(items)) for n, last, items in chunks] == [(0, False, 2), (1, True, 1)]
    exact = list(iter_chunks(str(inputs / "d.jsonl"), 3, FAST.max_bytes))
    assert [(n, last, len(items)) for n, last, items in exact] == [(0, True, 3)]


def test_engine_local_records_equal_plain_loop(inputs: Path, tmp_path: Path) -> None:
    manifest = run([inputs], tmp_path / "out", options=FAST, chunk_size=2, workers=2)
    expected = list(loop(iter_captures([inputs]), FAST))
    assert len(expected) == 11
    assert by_source(read_articles(tmp_path / "out")) == by_source(expected)
    assert manifest.complete
    assert manifest.counts()["captures"] == 11
    saved = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert saved["counts"] == manifest.counts()
    assert saved["settings"]["options"]["analyze"] is False
    assert saved["runs"][0]["engine"] == "local"


def test_engine_bad_captures_land_in_errors(inputs: Path, tmp_path: Path) -> None:
    run([inputs, inputs / "missing.html"], tmp_path / "out", options=FAST, workers=1)
    errors = read_table(tmp_path / "out", "errors").to_pylist()
    codes = {Path(e["source"].split(":")[0]).name: e["code"] for e in errors}
    assert codes == {
        "d.jsonl": "bad-jsonl",
        "f.pdf": "binary",
        "g.html": "empty",
        "missing.html": "not-found",
    }
    assert all(e["reason"] for e in errors)
    articles = read_table(tmp_path / "out", "articles")
    assert articles.num_rows == 12
    assert articles["status"].to_pylist().count("error") == 4


def test_engine_rerun_skips_written_shards(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run([inputs], out, options=FAST, chunk_size=2, workers=1)
    n = len(first.shards)
    lost = out / "articles" / f"{shard_key(str(inputs / 'e.warc.gz'), 1)}.parquet"
    lost.unlink()  # as if the job died before this shard was renamed into place
    kept = out / "articles" / f"{shard_key(str(inputs / 'a.html'), 0)}.parquet"
    before = kept.stat().st_mtime_ns
    second = run([inputs], out, options=FAST, chunk_size=2, workers=1)
    assert (second.runs[-1]["shards_written"], second.runs[-1]["shards_skipped"]) == (1, n - 1)
    assert lost.exists() and kept.stat().st_mtime_ns == before
    assert len(read_articles(out)) == 11


def test_engine_rerun_with_other_settings_is_refused(inputs: Path, tmp_path: Path) -> None:
    run([inputs / "a.html"], tmp_path / "out", options=FAST, workers=1)
    with pytest.raises(OutputMismatch):
        run([inputs / "a.html"], tmp_path / "out", options=FAST, chunk_size=7, workers=1)


def test_engine_manifest_lost_is_rebuilt_from_shards(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = run([inputs], out, options=FAST, workers=1)
    (out / "manifest.json").unlink()
    again = run([inputs], out, options=FAST, workers=1)
    assert again.runs[-1]["shards_written"] == 0
    assert again.counts() == first.counts() and again.complete


def test_engine_crash_marker_skips_the_capture_a_worker_died_on(tmp_path: Path) -> None:
    items = [Capture.from_bytes(page(f"P{i}", 4).encode(), source=f"p{i}") for i in range(3)]
    marker = tmp_path / "_work" / "k.json"
    marker.parent.mkdir()
    marker.write_text(json.dumps({"attempt": 2, "at": 1, "poisoned": []}))  # attempt 2 died at 1
    summary = process_chunk(str(tmp_path), "k", "in", 0, True, items, FAST)
    assert summary["attempt"] == 3
    statuses = [
        (a.source, a.status, (a.reason or "").split(":")[0]) for a in read_articles(tmp_path)
    ]
    assert statuses == [
        ("p0", "article", ""),
        ("p1", "error", WORKER_CRASHED),
        ("p2", "article", ""),
    ]
    assert not marker.exists()


def test_engine_reads_and_writes_fsspec_urls(inputs: Path, tmp_path: Path) -> None:
    mem = fsspec.filesystem("memory")
    for name in ("a.html", "d.jsonl", "e.warc.gz"):
        mem.pipe(f"/crawl/{name}", (inputs / name).read_bytes())
    manifest = run(["memory:///crawl"], "memory:///out", options=FAST, chunk_size=2, workers=1)
    assert manifest.files == [f"memory:///crawl/{n}" for n in ("a.html", "d.jsonl", "e.warc.gz")]
    from_memory = read_articles("memory:///out")
    local = list(
        loop(iter_captures([inputs / n for n in ("a.html", "d.jsonl", "e.warc.gz")]), FAST)
    )
    assert [a.source.replace("memory:///crawl", str(inputs)) for a in from_memory] == [
        a.source for a in local
    ]

    def same(a):  # a read failure's id is the hash of its source name, so it differs too
        return a.model_dump(exclude={"source", "id"} if a.status == "error" else {"source"})

    assert [same(a) for a in from_memory] == [same(a) for a in local]
    via_file_url = run([f"file://{inputs}/a.html"], tmp_path / "o", options=FAST, workers=1)
    assert via_file_url.counts()["articles"] == 1


def test_engine_cli_run_writes_shards(inputs: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    args = ["run", str(inputs), "--out", str(out), "--no-analyze", "-w", "1", "-q"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "11 captures" in result.output and "3 errors" in result.output
    assert Manifest.load(str(out)).complete
    assert len(read_articles(out)) == 11
    again = CliRunner().invoke(app, [*args[:-1], "--chunk-size", "3"])
    assert again.exit_code == 2 and "other settings" in again.output


def test_engine_needs_no_ray_and_says_how_to_get_it(inputs: Path, tmp_path: Path) -> None:
    code = (
        "import sys; sys.modules['ray'] = None\n"  # what a laptop install without the extra sees
        "import tidings, tidings.cli, tidings.engine\n"
        "from tidings.options import Options\n"
        "m = tidings.run(sys.argv[1:2], sys.argv[2], options=Options(analyze=False), workers=2)\n"
        "print(m.counts()['articles'], 'articles')\n"
        "from tidings.engine.ray_engine import EngineUnavailable, require_ray\n"
        "try:\n    require_ray()\nexcept EngineUnavailable as e:\n    print(e)\n"
    )
    args = [sys.executable, "-c", code, str(inputs / "e.warc.gz"), str(tmp_path / "out")]
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    assert "3 articles" in done.stdout
    assert "pip install 'tidings[ray]'" in done.stdout


def test_engine_expand_folders_globs_and_missing(inputs: Path) -> None:
    names = ["a.html", "b.html", "c.txt", "d.jsonl", "e.warc.gz", "f.pdf", "g.html"]
    assert expand([inputs]) == [str(inputs / n) for n in names]
    assert expand([f"{inputs}/*.html", str(inputs / "nope")]) == [
        *(str(inputs / n) for n in ("a.html", "b.html", "g.html")),
        str(inputs / "nope"),
    ]


def test_engine_local_survives_a_killed_worker(inputs: Path, tmp_path: Path) -> None:
    """SIGKILL a pool worker mid-run (what the OOM killer does): the job still completes."""
    import multiprocessing
    import os
    import signal

    killed: list[int] = []
    # only a worker this run started: a child left from an earlier test is no pool worker
    before = {p.pid for p in multiprocessing.active_children()}

    def kill_one(summary: dict) -> None:
        workers = [p for p in multiprocessing.active_children() if p.pid not in before]
        if not killed and workers:
            os.kill(workers[0].pid, signal.SIGKILL)
            killed.append(workers[0].pid)

    manifest = run(
        [inputs], tmp_path / "out", options=FAST, chunk_size=1, workers=2, on_shard=kill_one
    )
    assert killed and manifest.complete and manifest.runs[-1]["failed"] == []
    expected = list(loop(iter_captures([inputs]), FAST))
    assert by_source(read_articles(tmp_path / "out")) == by_source(expected)


_FREEZE_SCRIPT = """
import gc, sys
sys.path.insert(0, sys.argv[3])
from engine_inputs import page
from tidings.engine import read_articles
from tidings.engine.work import as_worker, process_chunk
from tidings.model import Capture
from tidings.options import Options
if sys.argv[2] == "worker":
    as_worker()
items = [Capture.from_bytes(page(f"P{i}", 4).encode(), source=f"p{i}") for i in range(3)]
process_chunk(sys.argv[1], "k", "in", 0, True, items, Options(analyze=False))
print(gc.get_freeze_count() > 0)
"""


def test_engine_worker_freezes_after_its_first_article_with_the_same_records(
    tmp_path: Path,
) -> None:
    """A worker process moves its long-lived objects out of the collector's way after its first
    article (work.freeze_long_lived); a caller's process is never frozen; the records are the
    same."""
    frozen, records = {}, {}
    for mode in ("worker", "caller"):
        out = tmp_path / mode
        done = subprocess.run(
            [sys.executable, "-c", _FREEZE_SCRIPT, str(out), mode, str(Path(__file__).parent)],
            capture_output=True,
            text=True,
            check=True,
        )
        frozen[mode] = done.stdout.strip()
        records[mode] = by_source(read_articles(out))
    assert frozen == {"worker": "True", "caller": "False"}
    assert records["worker"] == records["caller"] and len(records["worker"]) == 3

"""The Ray engine in local mode gives the same records as the local engine, record for record.

One local Ray (2 CPUs, no dashboard) serves the whole module; inputs are few and analysis is off
except in one run, which checks the spaCy model is loaded once per worker.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from engine_inputs import make_inputs

from tidings.engine import read_articles, read_table, run
from tidings.options import Options

ray = pytest.importorskip(
    "ray", reason="ray is not installed (optional extra): pip install 'tidings[ray]'"
)
pytest.importorskip("ray.data", reason="Ray Data is not installed: pip install 'tidings[ray]'")

FAST = Options(analyze=False)


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR")
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    return make_inputs(tmp_path_factory.mktemp("inputs"))


def jsons(out: Path) -> list[str]:
    return [a.model_dump_json() for a in read_articles(out)]


def test_engine_ray_equals_local_engine_and_reruns(local_ray, inputs: Path, tmp_path) -> None:
    """The bundled sample corpus (35 news pages) plus the hand-made inputs with bad captures,
    record for record; then a rerun finds every shard written."""
    from tidings.cli.corpus import sample_dir

    both = [inputs, sample_dir()]
    by_ray = run(both, tmp_path / "ray", engine="ray", options=FAST, chunk_size=4, workers=2)
    by_pool = run(both, tmp_path / "pool", options=FAST, chunk_size=4, workers=2)
    records = jsons(tmp_path / "ray")
    assert len(records) == 11 + 35
    assert records == jsons(tmp_path / "pool")
    assert by_ray.complete and by_ray.counts() == by_pool.counts()
    assert by_ray.shards.keys() == by_pool.shards.keys()
    errors = read_table(tmp_path / "ray", "errors")
    assert sorted(errors["code"].to_pylist()) == ["bad-jsonl", "binary", "empty"]
    again = run(both, tmp_path / "ray", engine="ray", options=FAST, chunk_size=4, workers=2)
    assert again.runs[-1]["shards_written"] == 0
    assert again.runs[-1]["shards_skipped"] == len(by_ray.shards)


def test_engine_ray_with_analysis_loads_model_once_per_worker(
    local_ray, inputs: Path, tmp_path
) -> None:
    files = [inputs / "a.html", inputs / "b.html", inputs / "e.warc.gz"]
    by_ray = run(files, tmp_path / "ray", engine="ray", chunk_size=1, workers=1)
    run(files, tmp_path / "pool", chunk_size=1, workers=1)
    assert jsons(tmp_path / "ray") == jsons(tmp_path / "pool")
    entities = read_table(tmp_path / "ray", "entities")["name"].to_pylist()
    assert "Vladimir Putin" in entities
    workers = {s["worker"]["pid"]: s["worker"] for s in by_ray.shards.values()}
    assert len(by_ray.shards) == 5 and len(workers) == 1
    assert [w["models_loaded"] for w in workers.values()] == [1]


def test_engine_ray_survives_a_killed_actor(local_ray, inputs: Path, tmp_path) -> None:
    """SIGKILL the actor that wrote the first shard: Ray restarts it, the job completes."""
    import os
    import signal

    killed: list[int] = []

    def kill_worker(summary: dict) -> None:
        if not killed and "worker" in summary:
            os.kill(summary["worker"]["pid"], signal.SIGKILL)
            killed.append(summary["worker"]["pid"])

    manifest = run(
        [inputs],
        tmp_path / "ray",
        engine="ray",
        options=FAST,
        chunk_size=1,
        workers=2,
        on_shard=kill_worker,
    )
    assert killed and manifest.complete
    run([inputs], tmp_path / "pool", options=FAST, chunk_size=1, workers=1)
    assert jsons(tmp_path / "ray") == jsons(tmp_path / "pool")
    # A shard the killed actor wrote just before it died is found done by the retried task and
    # summarised from its files (no "worker"): that is the resume path, not a lost shard.
    pids = {s["worker"]["pid"] for s in manifest.shards.values() if "worker" in s}
    assert len(pids) >= 2  # work went on in another (or the restarted) actor
    assert all(s["counts"]["captures"] == 1 for s in manifest.shards.values())

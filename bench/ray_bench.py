"""Ray engine vs local engine: throughput with 1 and 2 workers, memory per worker, Ray's overhead.

    PYTHONPATH=src python bench/ray_bench.py [--pages 80] [--files 4] [--chunk 10] [--rounds 1]
                                             [--no-analyze]

Input: the AEB news pages of ../shared/data/extraction/aeb (real pages from many outlets),
written into ``--files`` gzipped WARC files (the way a crawl arrives), processed four times in the
same run - local engine with 1 and 2 workers, Ray engine (a fresh local Ray, ``num_cpus=2``) with
1 and 2 workers - with analysis on unless ``--no-analyze``. Each run is a fresh process, so no run
inherits a loaded model or a running Ray from another. Each run writes its own output folder;
the bench checks all four wrote the same records. Printed: wall time, captures/s, scaling ratio
(2 workers / 1 worker), Ray's overhead (Ray wall / local wall at the same worker count), the time
``ray.init`` takes alone, the speed of the second pass (``tidings load`` of one output into a
SQLite corpus), and the peak RSS of each worker process (``ru_maxrss``, recorded by the
workers in the manifest). The machine may be shared: ratios are measured in the same run, so
contention weighs on both sides; absolute numbers are a floor.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from tidings.engine import read_articles, run
from tidings.engine.load import load
from tidings.options import Options

SHARED = Path(os.environ.get("TIDINGS_SHARED", Path(__file__).resolve().parents[2] / "shared"))
AEB = SHARED / "data" / "extraction" / "aeb"


def warc_record(url: str, body: bytes) -> bytes:
    """One gzip member with a WARC/1.0 response record holding an HTTP 200 HTML response."""
    http = (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )
    head = (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
        f"WARC-Date: 2024-05-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n")


def make_warcs(folder: Path, pages: int, files: int) -> list[str]:
    truth = json.loads((AEB / "ground-truth.json").read_text())
    ids = sorted(truth)[:pages]
    paths = [folder / f"crawl-{n:02d}.warc.gz" for n in range(files)]
    handles = [p.open("wb") for p in paths]
    for i, page_id in enumerate(ids):
        body = gzip.decompress((AEB / "html" / f"{page_id}.html.gz").read_bytes())
        handles[i % files].write(warc_record(truth[page_id].get("url") or f"https://x/{i}", body))
    for h in handles:
        h.close()
    return [str(p) for p in paths]


def one_run(engine: str, workers: int, files: list[str], out: Path, options, chunk: int) -> dict:
    started = time.perf_counter()
    manifest = run(
        files, out, engine=engine, options=options, chunk_size=chunk, workers=workers, num_cpus=2
    )
    wall = time.perf_counter() - started
    rss: dict[int, float] = {}
    for shard in manifest.shards.values():
        w = shard["worker"]
        rss[w["pid"]] = max(rss.get(w["pid"], 0.0), w["max_rss_mb"])
    captures = manifest.counts()["captures"]
    return {
        "engine": engine,
        "workers": workers,
        "captures": captures,
        "wall": wall,
        "rate": captures / wall,
        "busy": sum(s["seconds"] for s in manifest.shards.values()),
        "cpu": sum(s["cpu_seconds"] for s in manifest.shards.values()),
        "rss": sorted(rss.values()),
        "complete": manifest.complete,
    }


def ray_init_seconds() -> float:
    import ray

    started = time.perf_counter()
    ray.init(num_cpus=2, include_dashboard=False, logging_level="ERROR")
    seconds = time.perf_counter() - started
    ray.shutdown()
    return seconds


def child(args: argparse.Namespace) -> None:
    """One configuration in a fresh process (no model or Ray state inherited from earlier runs)."""
    options = Options(analyze=not args.no_analyze)
    result = one_run(
        args.engine, args.workers, args.files_list, Path(args.out), options, args.chunk
    )
    print("RESULT " + json.dumps(result))


def measure(engine: str, workers: int, files: list[str], out: Path, args) -> dict:
    cmd = [
        sys.executable,
        __file__,
        "--child",
        engine,
        str(workers),
        str(out),
        "--chunk",
        str(args.chunk),
        *(["--no-analyze"] if args.no_analyze else []),
        "--",
        *files,
    ]
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    line = next(x for x in done.stdout.splitlines() if x.startswith("RESULT "))
    return json.loads(line[len("RESULT ") :])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=80)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument("--chunk", type=int, default=10)
    parser.add_argument("--rounds", type=int, default=1, help="repeat the four runs, interleaved")
    parser.add_argument("--no-analyze", action="store_true")
    parser.add_argument("--child", nargs=3, metavar=("ENGINE", "WORKERS", "OUT"))
    parser.add_argument("files_list", nargs="*")
    args = parser.parse_args()
    if args.child:
        args.engine, workers, args.out = args.child
        args.workers = int(workers)
        child(args)
        return
    if not AEB.exists():
        sys.exit(f"evaluation data not found at {AEB} (set TIDINGS_SHARED)")
    load_before = os.getloadavg()[0]
    work = Path(tempfile.mkdtemp(prefix="ray-bench-"))
    configs = (("local", 1), ("ray", 1), ("local", 2), ("ray", 2))
    try:
        files = make_warcs(work, args.pages, args.files)
        runs: dict[tuple[str, int], list[dict]] = {c: [] for c in configs}
        same = True
        for n in range(args.rounds):
            outputs = []
            for engine, workers in configs:
                out = work / f"out-{engine}-{workers}-{n}"
                r = measure(engine, workers, files, out, args)
                runs[(engine, workers)].append(r)
                outputs.append(out)
                print(f"  round {n + 1} {engine} x{workers}: {r['wall']:.1f}s", file=sys.stderr)
            if n == 0:  # the second pass, on the first output: single writer, into SQLite
                started = time.perf_counter()
                loaded = load(outputs[0], work / "corpus.db")
                load_seconds = time.perf_counter() - started
            first = [a.model_dump_json() for a in read_articles(outputs[0])]
            same &= all([a.model_dump_json() for a in read_articles(o)] == first for o in outputs)
            for o in outputs:
                shutil.rmtree(o)
        init = ray_init_seconds()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    best = {c: min(rs, key=lambda r: r["wall"]) for c, rs in runs.items()}
    print(
        f"{args.pages} AEB pages in {args.files} WARC files, chunks of {args.chunk}, analysis "
        f"{'off' if args.no_analyze else 'on'}, best of {args.rounds}; cores: {os.cpu_count()}"
    )
    print(
        "| engine | workers | wall s | captures/s (wall) | worker-busy s | "
        "captures/s per busy worker | worker CPU ms per capture | peak RSS per worker MB |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for (engine, workers), r in best.items():
        rss = ", ".join(f"{x:.0f}" for x in r["rss"])
        print(
            f"| {engine} | {workers} | {r['wall']:.1f} | {r['rate']:.2f} | {r['busy']:.1f} | "
            f"{r['captures'] / r['busy']:.2f} | {1000 * r['cpu'] / r['captures']:.0f} | {rss} |"
        )
    for engine in ("local", "ray"):
        ratio = best[(engine, 2)]["rate"] / best[(engine, 1)]["rate"]
        print(f"scaling 2 vs 1 worker, {engine}: {ratio:.2f}x")
    for w in (1, 2):
        ratio = best[("ray", w)]["wall"] / best[("local", w)]["wall"]
        extra = best[("ray", w)]["wall"] - best[("local", w)]["wall"]
        print(f"Ray overhead at {w} worker(s): wall ratio {ratio:.2f}, {extra:+.1f}s")
    print(f"ray.init(num_cpus=2) alone: {init:.1f}s")
    records = loaded.stored.articles + loaded.stored.no_article + loaded.stored.errors
    print(
        f"tidings load (second pass into SQLite, one process): {records} records in "
        f"{load_seconds:.1f}s = {records / load_seconds:.0f} records/s "
        f"({loaded.stored.quotes} quotes, {loaded.stored.duplicates} near-duplicates)"
    )
    print(f"records identical across all runs: {same}")
    print(
        f"1-minute load average before / after: {load_before:.1f} / {os.getloadavg()[0]:.1f} "
        "(other processes shared the cores when above the 2 workers' own load)"
    )


if __name__ == "__main__":
    main()

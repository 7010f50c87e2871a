"""WARC streaming: memory stays flat while reading a large archive.

    PYTHONPATH=src /work/main/.venv/bin/python bench/warc_stream.py --size-mb 1024 [--gzip]

Writes a WARC of the requested size on disk (with --gzip that is the compressed size: 1 GB
of gzip holds ~30 GB of these repetitive pages, so try --size-mb 64 first) to a temporary
folder (HTML responses of ~60 KB, with an image response and a request record between them,
as crawlers write them), then reads it back
with ``tidings.capture.warc.iter_warc`` and, optionally (``--extract N``), extracts every Nth
capture. Prints records/s and the peak RSS after 10% of the file and at the end: flat memory
means the two are about equal. The archive is deleted afterwards.
"""

from __future__ import annotations

import argparse
import gzip
import resource
import sys
import tempfile
import time
import uuid
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from tidings.capture.warc import iter_warc
from tidings.model import Capture
from tidings.options import Options
from tidings.pipeline import process


def record(rtype: str, uri: str, block: bytes) -> bytes:
    ctype = "application/http; msgtype=" + ("response" if rtype == "response" else "request")
    head = (
        f"WARC/1.1\r\nWARC-Type: {rtype}\r\nWARC-Record-ID: <urn:uuid:{uuid.uuid4()}>\r\n"
        f"WARC-Date: 2024-03-05T10:20:30.123456Z\r\nWARC-Target-URI: {uri}\r\n"
        f"Content-Type: {ctype}\r\nContent-Length: {len(block)}\r\n\r\n"
    )
    return head.encode() + block + b"\r\n\r\n"


def page(i: int) -> bytes:
    paras = "".join(
        f"<p>Story {i}, paragraph {k}: the council met again and argued about the budget for "
        f"the library, the pool and the roads, and decided nothing before midnight.</p>"
        for k in range(300)
    )
    html = f"<html><head><title>Story {i}</title></head><body><article><h1>Story {i}</h1>"
    html += paras + "</article></body></html>"
    return b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html.encode()


def write(path: Path, size: int, gzipped: bool) -> int:
    n = 0
    with path.open("wb") as fh:
        while fh.tell() < size:
            recs = [
                record("request", f"https://x.example/{n}", b"GET / HTTP/1.1\r\n\r\n"),
                record("response", f"https://x.example/{n}", page(n)),
                record("response", f"https://x.example/{n}.png",
                       b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n" + b"\x89PNG" * 2000),
            ]  # fmt: skip
            for r in recs:
                fh.write(gzip.compress(r, 1) if gzipped else r)
            n += 1
    return n


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size-mb", type=int, default=1024, help="size of the archive on disk")
    ap.add_argument("--gzip", action="store_true")
    ap.add_argument("--extract", type=int, default=0, help="extract every Nth capture (0: none)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / ("big.warc.gz" if args.gzip else "big.warc")
        t0 = time.perf_counter()
        pages = write(path, args.size_mb << 20, args.gzip)
        size = path.stat().st_size
        print(f"wrote {size / 2**20:.0f} MB, {pages} pages, in {time.perf_counter() - t0:.1f}s")
        stats: Counter[str] = Counter()
        captures = extracted = 0
        rss_early = None
        t0 = time.perf_counter()
        for item in iter_warc(path, 64 << 20, stats):
            if not isinstance(item, Capture):
                print("failure:", item)
                continue
            captures += 1
            if captures == max(1, pages // 10):
                rss_early = rss_mb()
            if args.extract and captures % args.extract == 0:
                process(item, Options(analyze=False))
                extracted += 1
        dt = time.perf_counter() - t0
        print(f"read {captures} captures ({extracted} extracted) in {dt:.1f}s "
              f"({captures / dt:.0f} captures/s, {size / 2**20 / dt:.0f} MB/s)")  # fmt: skip
        print(f"skipped: {dict(stats)}")
        print(f"peak RSS after 10% of the file: {rss_early:.0f} MB; at the end: {rss_mb():.0f} MB")


if __name__ == "__main__":
    main()

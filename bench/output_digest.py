"""A digest of all that ``tidings.pipeline.process`` outputs: a speed change must keep it.

    TIDINGS_SHARED=/work/shared PYTHONPATH=src python bench/output_digest.py
    TIDINGS_SHARED=/work/shared PYTHONPATH=src python bench/output_digest.py --dump /tmp/after.jsonl

Runs ``process`` on all PolNeAR dev and train articles (text mode, as bench/quotes_polnear.py's
speed run does), every bundled sample page (``src/tidings/sample/pages``, auto mode) and the
golden page, and prints one SHA-256 over the JSON of every Article (``model_dump_json``: text,
paragraphs, quotes, speakers, entities, offsets; an Article has no timing field) and one per
set. A speed change must leave the digests identical; ``--dump`` writes one JSON line per
article, so two dumps can be compared article by article when they are not.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from quotes_polnear import DATA, pairs  # noqa: E402

from tidings.model import Capture  # noqa: E402
from tidings.options import Options  # noqa: E402
from tidings.pipeline import process  # noqa: E402

SAMPLE = REPO / "src" / "tidings" / "sample" / "pages"
GOLDEN = DATA.parents[2] / "golden" / "france24-russia-syria-withdrawal.txt"


def inputs() -> dict[str, list[tuple[Capture, Options]]]:
    """The captures of each set, with the options they run under."""
    text = Options(input_type="text")
    sets: dict[str, list[tuple[Capture, Options]]] = {}
    for split in ("dev", "train"):
        sets[f"polnear-{split}"] = [
            (Capture.from_bytes(txt.read_bytes(), source=name), text)
            for name, txt, _ in pairs(split)
        ]
    pages = []
    for path in sorted(SAMPLE.rglob("*")):
        if path.suffix not in (".html", ".gz", ".txt"):
            continue
        raw = path.read_bytes()
        raw = gzip.decompress(raw) if path.suffix == ".gz" else raw
        pages.append((Capture.from_bytes(raw, source=str(path.relative_to(SAMPLE))), Options()))
    if GOLDEN.exists():
        pages.append((Capture.from_bytes(GOLDEN.read_bytes(), source=GOLDEN.name), text))
    sets["sample+golden"] = pages
    return sets


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--dump", type=Path, help="write one JSON line per article here")
    args = parser.parse_args()
    total = hashlib.sha256()
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    t0 = time.process_time()
    for name, items in inputs().items():
        digest = hashlib.sha256()
        for capture, options in items:
            line = process(capture, options).model_dump_json()
            digest.update(line.encode())
            total.update(line.encode())
            if dump:
                dump.write(line + "\n")
        print(f"{name:15} {len(items):4} articles  {digest.hexdigest()}")
    if dump:
        dump.close()
    print(f"{'all':15} {'':4}           {total.hexdigest()}")
    print(f"CPU {time.process_time() - t0:.1f} s")


if __name__ == "__main__":
    main()

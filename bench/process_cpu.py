"""CPU time per article of ``tidings.pipeline.process`` on PolNeAR dev, best of N passes, for
one source tree: run it on two trees (before / after a change) to A/B a rule's cost.

    git archive <base> src bench | tar -x -C /tmp/base
    TIDINGS_SHARED=/work/shared python bench/process_cpu.py /tmp/base 5
    TIDINGS_SHARED=/work/shared python bench/process_cpu.py . 5

Text mode, as bench/quotes_polnear.py's speed run; one warm-up article first (model load). The
machine may be shared: alternate the two trees over a few runs and compare the best passes.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
PASSES = int(sys.argv[2]) if len(sys.argv) > 2 else 3
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from quotes_polnear import pairs  # noqa: E402

from tidings.model import Capture  # noqa: E402
from tidings.options import Options  # noqa: E402
from tidings.pipeline import process  # noqa: E402


def main() -> None:
    texts = [(n, t.read_text(encoding="utf-8")) for n, t, _ in pairs("dev")]
    options = Options(input_type="text")
    caps = [Capture.from_bytes(t.encode("utf-8"), source=n) for n, t in texts]
    process(caps[0], options)
    best = float("inf")
    for _ in range(PASSES):
        t0 = time.process_time()
        for c in caps:
            process(c, options)
        best = min(best, time.process_time() - t0)
    n = len(caps)
    rate, ms = n / best, 1000 * best / n
    print(f"{ROOT}: best CPU {best:.2f} s, {rate:.1f} articles/s, {ms:.1f} ms/article")


if __name__ == "__main__":
    main()

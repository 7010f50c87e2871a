"""CPU time per article of ``tidings.pipeline.process`` on PolNeAR dev, best of N passes, for
one source tree: run it on two trees (before / after a change) to A/B a rule's cost.

    git archive <base> src bench | tar -x -C /tmp/base
    TIDINGS_SHARED=/work/shared python bench/process_cpu.py /tmp/base 5
    TIDINGS_SHARED=/work/shared python bench/process_cpu.py . 5
    TIDINGS_SHARED=/work/shared python bench/process_cpu.py . --once 840

Text mode, as bench/quotes_polnear.py's speed run; one warm-up article first (model load). The
machine may be shared: alternate the two trees over a few runs and compare the best passes.

The passes over dev read the same 84 articles again, so from the second pass on every cache
holds them: re's compiled patterns (512), the token embeddings (analyze/embedcache.py), spaCy's
lexemes and tokenizer cache. ``--once N`` measures what a corpus run sees instead: a warm-up
pass over dev, then the first N PolNeAR train articles, each read once (new words, names and
patterns). Any tree can be measured with this copy of the script (it imports the tree's src).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
ONCE = int(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[2] == "--once" else 0
PASSES = int(sys.argv[2]) if len(sys.argv) > 2 and not ONCE else 3
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
    if ONCE:
        _once(caps, options)
        return
    best = float("inf")
    for _ in range(PASSES):
        t0 = time.process_time()
        for c in caps:
            process(c, options)
        best = min(best, time.process_time() - t0)
    n = len(caps)
    rate, ms = n / best, 1000 * best / n
    print(f"{ROOT}: best CPU {best:.2f} s, {rate:.1f} articles/s, {ms:.1f} ms/article")


def _once(dev: list[Capture], options: Options) -> None:
    """A pass over dev, then each of the first ``ONCE`` train articles once (see above)."""
    for c in dev:
        process(c, options)
    train = [Capture.from_bytes(t.read_bytes(), source=n) for n, t, _ in pairs("train")][:ONCE]
    t0 = time.process_time()
    for c in train:
        process(c, options)
    spent = time.process_time() - t0
    n = len(train)
    rate, ms = n / spent, 1000 * spent / n
    print(f"{ROOT}: {n} train articles once, CPU {spent:.2f} s, {rate:.1f} articles/s, {ms:.1f} ms")


if __name__ == "__main__":
    main()

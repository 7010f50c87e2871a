"""Text-mode extraction on the AEB pages rendered to plain text, with peers, in one run.

    PYTHONPATH=src python bench/text_aeb.py [--data ../shared/data] [--no-peers] [--worst 10]

Reads ``extraction/aeb/text/<id>.txt.gz`` (the 181 AEB pages rendered by html-text with all
furniture kept) and ``ground-truth.json``, and scores with the AEB metric (``aeb_metric.py``):
- tidings text mode (``extract_text``),
- the baseline that keeps all the text,
- trafilatura run on the same text wrapped as one ``<p>`` per line (a peer: the best open HTML
  extractor, given no more structure than tidings has).
Then a speed line: seed-sized captures (the golden page) per second on one core.
"""

from __future__ import annotations

import argparse
import gzip
import html
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from aeb_metric import page_counts, score

from tidings.extract.text import extract_text

REPO = Path(__file__).resolve().parents[1]
#: ../shared/data next to the repository (or next to a parent folder, as in a git worktree).
DEFAULT_DATA = next(
    (p / "shared" / "data" for p in REPO.parents if (p / "shared" / "data").exists()),
    REPO.parent / "shared" / "data",
)
SEED = "golden/france24-russia-syria-withdrawal.txt"


def _read_gz(path: Path) -> str:
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
        return f.read()


def tidings_text(text: str) -> str:
    return extract_text(text).text


def keep_all(text: str) -> str:
    return text


def trafilatura_on_lines(text: str) -> str:
    import trafilatura

    body = "".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n") if line.strip())
    return trafilatura.extract(f"<html><body>{body}</body></html>") or ""


def run(
    name: str, fn: Callable[[str], str], texts: dict[str, str], gold: dict
) -> tuple[dict[str, str], float]:
    start = time.process_time()
    out = {k: fn(t) for k, t in texts.items()}
    return out, time.process_time() - start


def seed_speed(seed: str, seconds: float = 3.0) -> float:
    """Seed-sized captures per second of CPU time (one core)."""
    n = 0
    start = time.process_time()
    while time.process_time() - start < seconds:
        extract_text(seed)
        n += 1
    return n / (time.process_time() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--no-peers", action="store_true", help="skip trafilatura")
    parser.add_argument("--worst", type=int, default=0, help="list the N worst pages")
    parser.add_argument(
        "--inscriptis",
        action="store_true",
        help="also score on the AEB HTML rendered by inscriptis (a renderer the rules were not "
        "developed on)",
    )
    args = parser.parse_args()
    aeb = args.data / "extraction" / "aeb"
    if not aeb.exists():
        sys.exit(f"AEB data not found at {aeb} (pass --data)")
    gold = json.loads((aeb / "ground-truth.json").read_text())
    texts = {k: _read_gz(aeb / "text" / f"{k}.txt.gz") for k in sorted(gold)}
    systems: list[tuple[str, Callable[[str], str]]] = [
        ("tidings text", tidings_text),
        ("keep all text (baseline)", keep_all),
    ]
    if not args.no_peers:
        systems.append(("trafilatura on <p> lines", trafilatura_on_lines))
    print(f"AEB text mode: {len(texts)} pages (html-text renderings), AEB metric\n")
    print("| system | precision | recall | F1 | pages/s (1 core) |")
    print("|---|---|---|---|---|")
    results = {}
    scores = {}
    rates = {}
    for name, fn in systems:
        out, cpu = run(name, fn, texts, gold)
        results[name] = out
        s = scores[name] = score((gold[k]["articleBody"], out[k]) for k in texts)
        rates[name] = len(texts) / cpu if cpu else float("inf")
        print(f"| {name} | {s.precision:.3f} | {s.recall:.3f} | {s.f1:.3f} | {rates[name]:.0f} |")
    ours = scores["tidings text"]
    baseline = scores["keep all text (baseline)"]
    print(
        f"\ntidings text F1 {ours.f1:.4f} (P {ours.precision:.4f}, R {ours.recall:.4f}); "
        f"F1 minus baseline {ours.f1 - baseline.f1:+.3f}"
    )
    peer = "trafilatura on <p> lines"
    if peer in scores:
        print(
            f"vs {peer}: F1 {ours.f1 - scores[peer].f1:+.3f}, "
            f"speed x{rates['tidings text'] / rates[peer]:.2f}"
        )
    if args.inscriptis:
        from inscriptis import get_text

        rendered = {k: get_text(_read_gz(aeb / "html" / f"{k}.html.gz")) for k in texts}
        for name, fn in systems[:2]:
            out, cpu = run(name, fn, rendered, gold)
            s = score((gold[k]["articleBody"], out[k]) for k in rendered)
            print(
                f"inscriptis renderings, {name}: P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.4f}"
            )
    seed_file = args.data.parent / SEED
    if seed_file.exists():
        rate = seed_speed(seed_file.read_text())
        print(
            f"\nspeed: {rate:.0f} seed-sized captures/s on one core (golden page, "
            f"{len(seed_file.read_text())} chars; goal >= 500)"
        )
    if args.worst:
        out = results["tidings text"]
        rows = []
        for k in texts:
            tp, fp, fn = page_counts(gold[k]["articleBody"], out[k])
            p = tp / (tp + fp) if tp + fp else 1.0
            r = tp / (tp + fn) if tp + fn else 1.0
            rows.append((min(p, r), p, r, k, gold[k]["url"]))
        print(f"\nworst {args.worst} pages (tidings text):")
        for _m, p, r, k, url in sorted(rows)[: args.worst]:
            print(f"  P {p:.2f} R {r:.2f} {k[:12]} {url}")


if __name__ == "__main__":
    main()

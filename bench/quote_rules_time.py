"""CPU time of the quote rules alone, per article: ``find_quotes`` on Docs parsed beforehand.

    TIDINGS_SHARED=/work/shared PYTHONPATH=src python bench/quote_rules_time.py --repeat 5
    TIDINGS_SRC=/path/to/other/src python bench/quote_rules_time.py --repeat 5   # A/B

The whole path's speed (bench/quotes_polnear.py) is dominated by spaCy's layers, so a change
to the rules (cues, attributions, content, subjects, speakers) hides in its noise on a shared
machine. This parses every PolNeAR dev article once, as the pipeline does
(``parse_paragraphs`` + ``find_entities``), then times only ``find_quotes`` over all of them,
``--repeat`` times, and prints the best (least disturbed) run in ms of CPU time per article.
Run it for two trees one after the other (``TIDINGS_SRC`` picks the tree whose ``src`` is
imported) and compare the ratio, not the absolutes, when other processes share the machine.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, os.environ.get("TIDINGS_SRC", str(REPO / "src")))

# tidings first, from the tree asked for: quotes_polnear puts this repository's src first
import tidings  # noqa: E402
from tidings.analyze.entities import find_entities  # noqa: E402
from tidings.analyze.nlp import load, single_blas_thread  # noqa: E402
from tidings.analyze.parse import parse_paragraphs  # noqa: E402
from tidings.analyze.quotes import find_quotes  # noqa: E402
from tidings.options import Options  # noqa: E402

sys.path.insert(1, str(REPO / "bench"))
from quotes_polnear import article_of, pairs  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="dev")
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    nlp = load(Options().spacy_model)
    inputs = []
    with single_blas_thread():
        for name, txt, _ in pairs(args.split):
            article = article_of(name, txt.read_text(encoding="utf-8"))
            docs, parsed = parse_paragraphs(nlp, article.paragraphs)
            entities = find_entities(
                article, zip((p.start for p in article.paragraphs), docs, strict=True)
            )
            use = [d if w else None for d, w in zip(docs, parsed, strict=True)]
            inputs.append((article, use, entities))
    runs = []
    quotes = 0
    for _ in range(args.repeat):
        t0 = time.process_time()
        quotes = sum(len(find_quotes(a, d, e)[0]) for a, d, e in inputs)
        runs.append(time.process_time() - t0)
    per = [1000 * r / len(inputs) for r in runs]
    tree = Path(tidings.__file__).parents[1]
    print(
        f"{tree}: {len(inputs)} articles, {quotes} quotes; find_quotes CPU ms/article:"
        f" best {min(per):.2f}, runs " + " ".join(f"{p:.2f}" for p in per)
    )


if __name__ == "__main__":
    main()

"""The addressee filter on the web bench corpus, in process: each plan's time, and the library's.

    python bench/web_addressee_bench.py plans <corpus.db> [inputs per shape]   # every plan
    python bench/web_addressee_bench.py library <corpus.db>                    # Corpus.quotes

``plans``: for each shape of search (an addressee alone, with words, a speaker, an outlet, dates,
a kind, ...), random inputs drawn as ``bench/web_bench.py`` draws them, the addressee one of the
corpus's six or "Reuters" (told nothing); prints the p50 / p95 of the plan
:func:`tidings.corpus.plans.choose` picks, which plans it picked, and every plan's p50 (so a wrong
choice shows). ``library``: ``Corpus.quotes(addressee=..., query=...)``, which the CLI's
``--to`` calls (and which a main without the web filter also has: run it from that tree for a
before). Speed numbers only; build the corpus with bench/web_bench.py first.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import web_bench as wb

from tidings.corpus import Corpus

SHAPES = [
    (),
    ("q",),
    ("speaker",),
    ("q", "speaker"),
    ("outlet",),
    ("dates",),
    ("outlet", "dates"),
    ("speaker", "outlet", "dates"),
    ("q", "speaker", "outlet", "dates"),
    ("kind",),
]


def ms(fn) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def per_plan(db: str, n: int) -> None:
    from tidings.corpus import plans
    from tidings.web import queries
    from tidings.web.db import open_corpus
    from tidings.web.queries import Filters

    corpus = open_corpus(db)
    conn = corpus.connection()
    rng = random.Random(7)
    pools = wb.value_pools(conn, wb.vocabulary()[200:1500])
    for shape in SHAPES:
        chosen: list[float] = []
        timed: dict[plans.Plan, list[float]] = {}
        picks: dict[plans.Plan, int] = {}
        for _ in range(n):
            v = wb.filter_values(pools, rng)
            f = Filters(
                q=v["q"] if "q" in shape else None,
                speaker=v["speaker"] if "speaker" in shape else None,
                outlet=v["outlet"] if "outlet" in shape else None,
                since=v.get("since") if "dates" in shape else None,
                until=v.get("until") if "dates" in shape else None,
                quote_kind=rng.choice(["direct", "indirect", "mixed"]) if "kind" in shape else None,
                addressee=rng.choice([*wb.ADDRESSEES, "Reuters"]),
            )
            queries.search_quotes(corpus, f, 20, 0)  # warm
            chosen.append(ms(lambda f=f: queries.search_quotes(corpus, f, 20, 0)))
            try:
                scope = plans.measure(conn, queries.quote_scope(corpus, f))
            except queries.NoMatch:
                continue
            n_matches = None
            if f.q:
                usable = queries.usable_query(conn, "quotes_fts", f.q)
                n_matches, _ = queries.capped_count(
                    conn,
                    "SELECT 1 FROM quotes_fts WHERE quotes_fts MATCH ?",
                    usable,
                    [],
                    [],
                    cap=plans.ESTIMATE_MATCHES,
                )
            pick = plans.choose(scope, n_matches, queries.COUNT_CAP + 1)
            picks[pick] = picks.get(pick, 0) + 1
            for plan in plans.every_plan(scope, bool(f.q)):
                run = lambda f=f, plan=plan: queries.search_quotes(corpus, f, 20, 0, plan=plan)  # noqa: E731
                timed.setdefault(plan, []).append(ms(run))
        name = "+".join(["addressee", *shape])
        each = {
            f"{p.driver}/{p.speakers}/{p.reports}": round(statistics.median(t), 1)
            for p, t in timed.items()
        }
        chose = {f"{p.driver}/{p.speakers}/{p.reports}": k for p, k in picks.items()}
        print(
            f"{name}: chosen p50 {statistics.median(chosen):.1f} p95"
            f" {wb.percentile(chosen, 95):.1f} ms; picked {chose}; each plan's p50 {each}",
            flush=True,
        )


def library(db: str) -> None:
    corpus = Corpus(db, create=False)
    rng = random.Random(11)
    words = wb.vocabulary()[200:1500]
    inputs = [(rng.choice(wb.ADDRESSEES), rng.choice(words) if k % 2 else None) for k in range(40)]
    for a, q in inputs[:3]:
        corpus.quotes(addressee=a, query=q, limit=20)
    out: dict[str, list[float]] = {"alone": [], "with words": []}
    for a, q in inputs:
        took = ms(lambda a=a, q=q: corpus.quotes(addressee=a, query=q, limit=20))
        out["with words" if q else "alone"].append(took)
    for k, v in out.items():
        print(
            f"Corpus.quotes(addressee=) {k}: n={len(v)} p50 {statistics.median(v):.1f}"
            f" p95 {wb.percentile(v, 95):.1f} ms"
        )


if __name__ == "__main__":
    what, db = sys.argv[1], sys.argv[2]
    if what == "plans":
        per_plan(db, int(sys.argv[3]) if len(sys.argv) > 3 else 12)
    else:
        library(db)

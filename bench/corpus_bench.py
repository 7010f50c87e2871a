"""Corpus benchmark: ingest throughput, database size, search latency. Run by hand, not by tests.

    PYTHONPATH=src python bench/corpus_bench.py ingest --captures 10000 --no-analyze
    PYTHONPATH=src python bench/corpus_bench.py ingest --captures 1000
    PYTHONPATH=src python bench/corpus_bench.py writer --articles 10000
    PYTHONPATH=src python bench/corpus_bench.py search --quotes 1000000

ingest: captures are made by repeating and varying real pages (the AEB pages in ../shared when
present, else the bundled sample): each capture is one page with a random half of its <p>
elements dropped and one unique sentence added, on one of 50 domains. So captures are distinct
(no two share an id), rarely near-duplicates (half-page samples have a Jaccard similarity near
1/3, under the 0.8 threshold), and cost what real pages cost to parse. This is fine for speed,
never for accuracy. Every run ingests into a fresh file, first with all cores (``--captures``),
then with one worker (``--single-captures``, default the same), in the same process so both see
the same machine load; per-core figures are the one-worker run, and the all-core run divided by
the cores. On a shared machine wall-clock rates fall with the other load, so each run also reports
its CPU time (this process and its pool workers): articles per CPU-second is the per-core rate an
unloaded core would give.

search: quote rows are generated directly (no pipeline): 1,000,000 quotes whose words are drawn
from the word frequencies of the same real pages, by 50,000 speakers (Zipf-distributed: a few
are quoted a lot), in 200,000 articles on 500 outlets over ten years; then each query kind runs
``--repeat`` times with random words/speakers/outlets through ``Corpus.quotes`` and
``Corpus.search`` (the public API, as the CLI and web UI call it), and p50/p95 are reported.
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from tidings.capture.readers import CaptureOrFailure  # noqa: E402
from tidings.cli.corpus import sample_dir  # noqa: E402
from tidings.corpus import Corpus  # noqa: E402
from tidings.corpus.ingest import default_workers, ingest_captures  # noqa: E402
from tidings.corpus.names import text_key  # noqa: E402
from tidings.corpus.schema import connect, migrate  # noqa: E402
from tidings.model import Capture  # noqa: E402
from tidings.options import Options  # noqa: E402

AEB = REPO.parent / "shared" / "data" / "extraction" / "aeb" / "html"
if not AEB.exists():
    AEB = Path("/work/shared/data/extraction/aeb/html")
_P = re.compile(r"<p\b[^>]*>.*?</p>", re.S | re.I)


def real_pages() -> list[str]:
    """The real HTML pages the generated captures are made from."""
    paths = sorted(AEB.glob("*.html.gz")) if AEB.exists() else []
    if not paths:
        paths = sorted(sample_dir().rglob("*.html*"))
    pages = []
    for p in paths:
        data = p.read_bytes()
        if p.name.endswith(".gz"):
            data = gzip.decompress(data)
        pages.append(data.decode("utf-8", "replace"))
    return pages


def varied_captures(pages: list[str], n: int, seed: int = 7) -> Iterator[CaptureOrFailure]:
    """``n`` distinct captures: real pages, half their paragraphs dropped, one sentence added."""
    rng = random.Random(seed)
    words = re.findall(r"[a-z]{4,}", " ".join(pages[:20]).lower())[:5000] or ["word"]
    for i in range(n):
        page = pages[i % len(pages)]
        page = _P.sub(lambda m: m.group(0) if rng.random() < 0.5 else "", page)
        sentence = " ".join(rng.choice(words) for _ in range(12))
        page = page.replace("</body>", f"<p>Update {i}: {sentence}.</p></body>", 1)
        domain = f"outlet{i % 50}.example"
        yield Capture.from_bytes(
            page.encode("utf-8"), source=f"bench#{i}", url=f"https://www.{domain}/story/{i}"
        )


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children: contention-free work measure."""
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + kids.ru_utime + kids.ru_stime


def db_size(path: Path) -> int:
    conn = connect(str(path))
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return path.stat().st_size


def bench_ingest(args: argparse.Namespace) -> dict:
    pages = real_pages()
    options = Options(analyze=args.analyze)
    cores = default_workers()
    runs = []
    plan = [(cores, args.captures)]
    if cores > 1:
        plan.append((1, args.single_captures or args.captures))
    for workers, n in plan:
        with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
            db = Path(tmp) / "bench.db"
            cpu0 = _cpu_seconds()
            t0 = time.perf_counter()
            report = ingest_captures(
                varied_captures(pages, n), db, options=options, workers=workers
            )
            elapsed = time.perf_counter() - t0
            cpu = _cpu_seconds() - cpu0  # this process + its (joined) pool workers
            size = db_size(db)
            stats = Corpus(db).stats()
            runs.append(
                {
                    "workers": workers,
                    "captures": report.processed,
                    "articles": stats["articles"],
                    "quotes": stats["quote_occurrences"],
                    "errors": stats["errors"],
                    "seconds": round(elapsed, 1),
                    "captures_per_s": round(report.processed / elapsed, 1),
                    "articles_per_s": round(stats["articles"] / elapsed, 1),
                    "articles_per_s_per_core": round(stats["articles"] / elapsed / workers, 1),
                    "cpu_seconds": round(cpu, 1),
                    "articles_per_cpu_second": round(stats["articles"] / cpu, 1),
                    "db_mb_per_1000_articles": round(size / 1e6 / stats["articles"] * 1000, 2),
                }
            )
            print(json.dumps(runs[-1]), flush=True)
    return {
        "kind": "ingest",
        "analyze": args.analyze,
        "cores": cores,
        "source_pages": len(pages),
        "runs": runs,
        "speedup": round(runs[0]["captures_per_s"] / runs[-1]["captures_per_s"], 2),
    }


# -- the corpus layer alone (writer) -------------------------------------------------------------


def bench_writer(args: argparse.Namespace) -> dict:
    """Signature + Store.add + merge for ``--articles`` articles, extraction done beforehand.

    Articles are extracted once from 300 varied captures (not timed), then copied under new ids
    with 5 quotes each (paragraph openings attributed to 2,000 speakers, Zipf) and 5 entities, so
    the writer and the merge see realistic volumes: this is the ceiling the corpus layer puts on
    ingest, whatever extraction and analysis cost.
    """
    from tidings.corpus import dedup
    from tidings.corpus.merge import merge_pending
    from tidings.corpus.store import Store
    from tidings.model import Entity, Quote, Speaker
    from tidings.pipeline import process

    rng = random.Random(3)
    pages = real_pages()
    options = Options(analyze=False)
    base = [process(c, options) for c in varied_captures(pages, 300)]
    base = [a for a in base if a.status == "article" and len(a.paragraphs) >= 5]
    people = [f"{rng.choice(FIRST)} {n}son" for n in LAST_SYLLABLES for _ in range(125)]
    weights = [1 / (r + 1) for r in range(len(people))]

    def article(i: int):
        a = base[i % len(base)]
        names = rng.choices(people, weights, k=5)
        speakers = {n: Speaker(id=f"s{k}", name=n) for k, n in enumerate(dict.fromkeys(names))}
        quotes = []
        for k, (n, p) in enumerate(zip(names, a.paragraphs[:5], strict=False)):
            end = min(p.end, p.start + 120)
            quotes.append(
                Quote(
                    id=f"q{k}",
                    kind="direct",
                    content=a.span(p.start, end),
                    speaker_id=speakers[n].id,
                    speaker=n,
                    speaker_type="person",
                )
            )
        ents = [Entity(id=f"e{k}", name=n, label="PERSON") for k, n in enumerate(speakers)]
        return a.model_copy(
            update={
                "id": f"{i:064x}",
                "quotes": quotes,
                "speakers": list(speakers.values()),
                "entities": ents,
            }
        )

    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        db = Path(tmp) / "writer.db"
        todo = [article(i) for i in range(args.articles)]
        t0 = time.perf_counter()
        with Store(db) as store:
            for k in range(0, len(todo), 64):
                batch = todo[k : k + 64]
                store.add([(a, None, dedup.signature(a.text)) for a in batch])
            t_store = time.perf_counter() - t0
            merge_pending(store.conn)
        elapsed = time.perf_counter() - t0
        size = db_size(db)
        stats = Corpus(db).stats()
    result = {
        "kind": "writer",
        "articles": stats["articles"],
        "quote_occurrences": stats["quote_occurrences"],
        "quotes": stats["quotes"],
        "speakers": stats["speakers"],
        "duplicates": stats["duplicate_articles"],
        "store_seconds": round(t_store, 1),
        "merge_seconds": round(elapsed - t_store, 1),
        "articles_per_s": round(stats["articles"] / elapsed, 1),
        "db_mb_per_1000_articles": round(size / 1e6 / stats["articles"] * 1000, 2),
    }
    print(json.dumps(result), flush=True)
    return result


# -- search over generated rows -----------------------------------------------------------------

FIRST = [
    "Anna",
    "Ben",
    "Carla",
    "David",
    "Elena",
    "Farid",
    "Grace",
    "Hugo",
    "Ines",
    "Jonas",
    "Karin",
    "Liam",
    "Mona",
    "Nils",
    "Olga",
]
LAST_SYLLABLES = [
    "ka",
    "ro",
    "ve",
    "lin",
    "dor",
    "sa",
    "mi",
    "tu",
    "ber",
    "gen",
    "hal",
    "os",
    "ri",
    "na",
    "vel",
    "tor",
]


def generate_corpus(path: Path, n_quotes: int, seed: int = 11, reuse: bool = False) -> dict:
    """Write a corpus of ``n_quotes`` generated quotes straight into the schema's tables.

    With ``reuse`` and an existing file (one this function wrote), only the vocabulary and the
    names are regenerated (same seed, same values), the rows are kept.
    """
    rng = random.Random(seed)
    text = " ".join(re.sub(r"<[^>]+>", " ", p) for p in real_pages()[:80])
    counts = Counter(w.lower() for w in re.findall(r"[A-Za-z]{2,}", text))
    vocab = [w for w, _ in counts.most_common(30000)]
    cum = list(itertools.accumulate(counts[w] for w in vocab))  # choices() is O(k) with these
    n_speakers, n_articles, n_outlets = 50_000, 200_000, 500
    if reuse and path.exists():
        rng_names = random.Random(seed)
        names = []
        for i in range(n_speakers):
            last = "".join(rng_names.choice(LAST_SYLLABLES) for _ in range(3)).capitalize()
            names.append(f"{rng_names.choice(FIRST)} {last}{i}")
        conn = connect(str(path))
        migrate(conn)
        n = conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
        conn.close()
        return {
            "quotes": n,
            "speakers": n_speakers,
            "articles": n_articles,
            "outlets": n_outlets,
            "build_seconds": None,
            "db_mb": round(path.stat().st_size / 1e6, 1),
            "vocab": vocab,
            "names": names,
        }
    conn = connect(str(path))
    migrate(conn)
    conn.execute("PRAGMA journal_mode=OFF")  # a throw-away build: no journal, no WAL copy
    conn.execute("PRAGMA synchronous=OFF")
    t0 = time.perf_counter()
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO outlets(pk, domain) VALUES (?, ?)",
        [(i + 1, f"outlet{i}.example") for i in range(n_outlets)],
    )
    names = []
    for i in range(n_speakers):
        last = "".join(rng.choice(LAST_SYLLABLES) for _ in range(3)).capitalize()
        names.append(f"{rng.choice(FIRST)} {last}{i}")
    conn.executemany(
        "INSERT INTO speakers(pk, id, name, type, group_key, n_quotes) VALUES (?,?,?,?,?,?)",
        [
            (i + 1, f"spk_{i:08x}", n, "person", f"person:{n.split()[-1].lower()}", 1)
            for i, n in enumerate(names)
        ],
    )
    conn.executemany(
        "INSERT INTO speaker_aliases(speaker_pk, alias) VALUES (?, ?)",
        [(i + 1, n.lower()) for i, n in enumerate(names)],
    )
    dates = [f"{2015 + i % 10}-{1 + i % 12:02d}-{1 + i % 28:02d}" for i in range(n_articles)]
    conn.executemany(
        "INSERT INTO captures(id, source, status, ingested_at) VALUES (?, ?, 'article', '')",
        [(f"a{i}", f"gen#{i}") for i in range(n_articles)],
    )
    conn.executemany(
        "INSERT INTO articles(pk, id, schema_version, source, status, outlet_pk, title, date,"
        " published, text, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,'')",
        [
            (
                i + 1,
                f"a{i}",
                "1.0",
                f"gen#{i}",
                "article",
                1 + i % n_outlets,
                " ".join(rng.choices(vocab[:3000], k=8)),
                dates[i],
                dates[i],
                " ".join(rng.choices(vocab, cum_weights=cum, k=30)),
            )
            for i in range(n_articles)
        ],
    )
    conn.execute("COMMIT")
    # Zipf over speakers: speaker rank r gets weight 1/r
    spk_cum = list(itertools.accumulate(1 / (r + 1) for r in range(n_speakers)))
    per_article: Counter[int] = Counter()
    batch = 50_000
    for start in range(0, n_quotes, batch):
        conn.execute("BEGIN")
        quotes, occs = [], []
        speakers = rng.choices(range(1, n_speakers + 1), cum_weights=spk_cum, k=batch)
        for j in range(start, min(start + batch, n_quotes)):
            words = rng.choices(vocab, cum_weights=cum, k=rng.randint(8, 40))
            qtext = " ".join(words).capitalize() + "."
            art = rng.randrange(n_articles) + 1
            quotes.append(
                (j + 1, f"q_{j:08x}", qtext, "direct", speakers[j - start], dates[art - 1], 1, 1)
            )
            seq = per_article[art]
            per_article[art] += 1
            occs.append(
                (
                    art,
                    f"q{seq}",
                    j + 1,
                    text_key(qtext),
                    "direct",
                    0,
                    len(qtext),
                    qtext,
                    "person",
                    "explicit",
                    0.9,
                    seq,
                )
            )
        conn.executemany(
            "INSERT INTO quotes(pk, id, text, kind, speaker_pk, first_date, n_occurrences,"
            " n_outlets) VALUES (?,?,?,?,?,?,?,?)",
            quotes,
        )
        conn.executemany(
            "INSERT INTO quote_occurrences(article_pk, local_id, quote_pk, key, kind, start,"
            ' "end", text, speaker_type, attribution, confidence, seq)'
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            occs,
        )
        conn.execute("COMMIT")
    conn.execute(
        "UPDATE speakers SET n_quotes ="
        " (SELECT COUNT(*) FROM quotes WHERE speaker_pk = speakers.pk)"
    )
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    return {
        "quotes": n_quotes,
        "speakers": n_speakers,
        "articles": n_articles,
        "outlets": n_outlets,
        "build_seconds": round(time.perf_counter() - t0, 1),
        "db_mb": round(path.stat().st_size / 1e6, 1),
        "vocab": vocab,
        "names": names,
    }


def bench_search(args: argparse.Namespace) -> dict:
    with tempfile.TemporaryDirectory(dir=args.tmp) as tmp:
        path = args.db or Path(tmp) / "search.db"
        built = generate_corpus(path, args.quotes, reuse=args.db is not None)
        vocab, names = built.pop("vocab"), built.pop("names")
        print(json.dumps(built), flush=True)
        corpus = Corpus(path)
        rng = random.Random(5)
        common, middle, rare = vocab[20:200], vocab[1000:5000], vocab[15000:30000]
        top_speakers, any_speaker = names[:100], names
        kinds = {
            "quotes: common word": lambda: corpus.quotes(query=rng.choice(common), limit=20),
            "quotes: mid-frequency word": lambda: corpus.quotes(query=rng.choice(middle), limit=20),
            "quotes: rare word": lambda: corpus.quotes(query=rng.choice(rare), limit=20),
            "quotes: two words": lambda: corpus.quotes(
                query=f"{rng.choice(common)} {rng.choice(middle)}", limit=20
            ),
            "quotes: phrase": lambda: corpus.quotes(
                query=f'"{rng.choice(common)} {rng.choice(common)}"', limit=20
            ),
            "quotes: speaker (most quoted)": lambda: corpus.quotes(
                speaker=rng.choice(top_speakers), limit=20
            ),
            "quotes: speaker (any)": lambda: corpus.quotes(
                speaker=rng.choice(any_speaker), limit=20
            ),
            "quotes: speaker + word": lambda: corpus.quotes(
                speaker=rng.choice(top_speakers), query=rng.choice(common), limit=20
            ),
            "quotes: outlet + dates": lambda: corpus.quotes(
                outlet=f"outlet{rng.randrange(500)}.example",
                since="2019-01-01",
                until="2019-12-31",
                limit=20,
            ),
            "quotes: word, best match first": lambda: corpus.quotes(
                query=rng.choice(middle), order="rank", limit=20
            ),
            "quotes: word + outlet": lambda: corpus.quotes(
                query=rng.choice(middle), outlet=f"outlet{rng.randrange(500)}.example", limit=20
            ),
            "quotes: latest (no filter)": lambda: corpus.quotes(limit=20),
            "articles: search word": lambda: corpus.search(rng.choice(middle), limit=20),
            "speakers: by name": lambda: corpus.speakers(query=rng.choice(any_speaker), limit=20),
        }
        results = {}
        all_times: list[float] = []
        for name, fn in kinds.items():
            fn()  # warm the page cache for this kind once
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                fn()
                times.append((time.perf_counter() - t0) * 1000)
            all_times += times
            results[name] = _pcts(times)
            print(f"{name:34s} {results[name]}", flush=True)
        results["all queries"] = _pcts(all_times)
        print(f"{'all queries':34s} {results['all queries']}", flush=True)
    return {"kind": "search", "corpus": built, "repeat": args.repeat, "latency_ms": results}


def _pcts(times: list[float]) -> dict:
    times = sorted(times)
    return {
        "p50": round(statistics.median(times), 2),
        "p95": round(times[max(0, int(len(times) * 0.95) - 1)], 2),
        "max": round(times[-1], 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="cmd", required=True)
    ing = sub.add_parser("ingest")
    ing.add_argument("--captures", type=int, default=10_000)
    ing.add_argument("--analyze", action=argparse.BooleanOptionalAction, default=True)
    ing.add_argument(
        "--single-captures",
        type=int,
        default=None,
        help="Captures for the one-worker run (default: --captures); the all-core run goes first.",
    )
    writer = sub.add_parser("writer")
    writer.add_argument("--articles", type=int, default=10_000)
    search = sub.add_parser("search")
    search.add_argument("--quotes", type=int, default=1_000_000)
    search.add_argument("--repeat", type=int, default=100)
    search.add_argument(
        "--db", type=Path, default=None, help="Reuse a corpus this bench generated before."
    )
    for p in (ing, writer, search):
        p.add_argument("--tmp", default=None, help="Folder for the temporary databases.")
        p.add_argument("--json", type=Path, default=None, help="Also write the result here.")
    args = parser.parse_args()
    run = {"ingest": bench_ingest, "writer": bench_writer, "search": bench_search}[args.cmd]
    result = run(args)
    print(json.dumps(result, indent=2))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()

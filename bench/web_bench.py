"""Web UI and API latency (p50/p95) on a corpus of 1,000,000 quotes.

    python bench/web_bench.py                    # build bench/out/web-1m.db once, then measure
    python bench/web_bench.py --quotes 100000    # a smaller corpus for a quick look

The corpus is generated straight into the corpus schema (``tidings.corpus.schema``) with
``executemany``: synthetic articles built from the sample pages' vocabulary, each quote written
into its article's text with real offsets, speakers drawn from a Zipf law (so the most quoted
speaker has tens of thousands of quotes, as a head of state would), 15 % of quotes reported again
by another outlet, dates over two years. Speed numbers only, never accuracy.

The server is the real ``tidings serve`` in a subprocess on 127.0.0.1 (loopback only); requests
are sent one at a time by httpx, bounded by ``--requests`` per scenario and ``--seconds`` per
scenario. Side by side, the "library" column times the nearest ``tidings.Corpus`` call in this
process on the same inputs, so the ratio shows what the web layer (HTTP, templates, the extra
queries a page makes) adds.

Goal (issue 6): p95 <= 100 ms for the search and speaker pages.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import itertools
import json
import os
import random
import re
import socket
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from tidings.corpus import Corpus  # noqa: E402
from tidings.corpus.schema import connect, migrate  # noqa: E402

SEED = 20251129
GOAL_MS = 100.0

FIRST = [
    "Ana",
    "Ben",
    "Carla",
    "David",
    "Elena",
    "Farid",
    "Grace",
    "Hugo",
    "Ines",
    "Jonas",
    "Kemal",
    "Lena",
    "Marco",
    "Nadia",
    "Omar",
    "Paula",
    "Quentin",
    "Rosa",
    "Samir",
    "Tara",
    "Umar",
    "Vera",
    "Walter",
    "Xenia",
    "Yusuf",
    "Zoe",
    "Adam",
    "Bianca",
    "Cyril",
    "Dara",
    "Emil",
    "Fiona",
    "Goran",
    "Hana",
    "Igor",
    "Julia",
    "Karim",
    "Lucia",
    "Milan",
    "Nora",
    "Oscar",
    "Petra",
    "Rafael",
    "Sofia",
    "Tomas",
    "Ursula",
    "Viktor",
    "Wanda",
    "Yara",
    "Zeno",
    "Aisha",
    "Boris",
    "Chloe",
    "Dmitri",
    "Esther",
    "Felix",
    "Gloria",
    "Henrik",
    "Irina",
    "Jamal",
    "Katya",
    "Luis",
    "Maya",
    "Nikolai",
    "Olga",
    "Pavel",
    "Rania",
    "Stefan",
    "Tanya",
    "Uri",
    "Valeria",
    "William",
    "Ximena",
    "Yannick",
    "Zainab",
]
LAST = [
    f"{a}{b}{c}"
    for a in "Bar Cor Dal Fen Gar Hol Kas Lan Mor Nov Pel Ros Sal Tor Var Wel".split()  # noqa: SIM905
    for b in "ton ova ez ski berg lund elli ard ic ani sen ley ov aro ins ek".split()  # noqa: SIM905
    for c in ("", "-Dunn", "-Moss", "-Reyes")
]
ROLES = [
    "minister of finance",
    "spokesperson for the ministry",
    "opposition leader",
    "mayor",
    "central bank governor",
    "professor of economics",
    "union leader",
    "chief executive",
    "senior analyst",
    "foreign minister",
    "police chief",
    "party chair",
    "health official",
    "army general",
    "UN envoy",
    "climate scientist",
]
ADDRESSEES = ["reporters", "AFP", "parliament", "the BBC", "supporters", "the committee"]
CUES = ["said", "told", "added", "warned", "argued", "insisted", "stated", "claimed"]


def vocabulary() -> list[str]:
    """Real English words from the bundled sample pages (tags stripped), most common first."""
    counts: dict[str, int] = {}
    for path in (REPO / "src/tidings/sample/pages").rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        if path.suffix == ".gz":
            data = gzip.decompress(data)
        text = re.sub(r"<[^>]+>", " ", data.decode("utf-8", "replace"))
        for w in re.findall(r"[a-z]{3,12}", text.lower()):
            counts[w] = counts.get(w, 0) + 1
    return sorted(counts, key=lambda w: -counts[w])[:6000]


#: Quote kinds in the bundled sample corpus's shares (direct 369, indirect 440, mixed 23 of 832),
#: per mille.
KIND_PER_MILLE = (("direct", 444), ("indirect", 529), ("mixed", 27))


def kind_of(quote_pk: int) -> str:
    """The kind of quote ``quote_pk``, spread by a hash of the key (not drawn from the seeded
    generator, so every other part of the corpus is the same as before kinds were spread)."""
    slot = hashlib.blake2b(str(quote_pk).encode(), digest_size=4).digest()
    left = int.from_bytes(slot, "big") % 1000
    for kind, share in KIND_PER_MILLE:
        if left < share:
            return kind
        left -= share
    return KIND_PER_MILLE[-1][0]


def build(db: Path, n_quotes: int) -> dict:
    """Generate the corpus file; returns counts and the seconds it took."""
    t0 = time.perf_counter()
    rng = random.Random(SEED)
    words = vocabulary()
    word_weights = [1 / (k + 10) for k in range(len(words))]
    cum_words = []
    acc = 0.0
    for w in word_weights:
        acc += w
        cum_words.append(acc)

    if db.exists():
        db.unlink()
    conn = connect(str(db))
    migrate(conn)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    now = "2025-01-01T00:00:00+00:00"

    outlets = [
        f"{name}.example"
        for name in [
            "herald",
            "wire",
            "courier",
            "gazette",
            "tribune",
            "post",
            "times",
            "chronicle",
            "observer",
            "ledger",
            "journal",
            "sentinel",
            "express",
            "mirror",
            "star",
            "globe",
            "monitor",
            "record",
            "dispatch",
            "bulletin",
        ]
    ]
    outlets += [f"news{k}.example" for k in range(20)]
    conn.executemany("INSERT INTO outlets(pk, domain) VALUES (?, ?)", list(enumerate(outlets, 1)))

    n_speakers = 50_000
    names = [(first, last) for first in FIRST for last in LAST]
    rng.shuffle(names)
    names = names[:n_speakers]
    speakers = []
    for pk, (first, last) in enumerate(names, 1):
        roles = rng.sample(ROLES, 3)
        speakers.append((pk, f"{first} {last}", last, roles))
    speaker_cum = []
    acc = 0.0
    for rank in range(1, n_speakers + 1):
        acc += 1 / rank
        speaker_cum.append(acc)

    day0 = date(2023, 1, 1)
    n_quotes_made = 0
    article_pk = quote_pk = occ_pk = as_pk = 0
    stats = {"quote_n_occ": {}, "quote_outlets": {}, "quote_first": {}}
    sp_quotes = [0] * (n_speakers + 1)
    sp_articles = [0] * (n_speakers + 1)
    sp_outlets: list[set[int]] = [set() for _ in range(n_speakers + 1)]
    recent: dict[int, list[tuple[int, str]]] = {}

    def batch_insert(rows: dict[str, list]) -> None:
        conn.execute("BEGIN")
        conn.executemany(
            "INSERT INTO captures(id, source, url, status, ingested_at)"
            " VALUES (?, ?, ?, 'article', ?)",
            rows["captures"],
        )
        conn.executemany(
            "INSERT INTO articles(pk, id, schema_version, source, status, url, outlet_pk, title,"
            " authors, published, date, paragraphs, text, ingested_at)"
            " VALUES (?, ?, '1.0', ?, 'article', ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows["articles"],
        )
        conn.executemany(
            "INSERT INTO article_speakers(pk, article_pk, local_id, name, type, descriptions,"
            " group_key, speaker_pk, merged) VALUES (?, ?, ?, ?, 'person', ?, ?, ?, 1)",
            rows["article_speakers"],
        )
        conn.executemany(
            'INSERT INTO speaker_mentions(article_speaker_pk, start, "end", text)'
            " VALUES (?, ?, ?, ?)",
            rows["mentions"],
        )
        conn.executemany(
            "INSERT INTO quotes(pk, id, text, kind, speaker_pk, first_date, n_occurrences,"
            " n_outlets) VALUES (?, ?, ?, ?, ?, ?, 1, 1)",
            rows["quotes"],
        )
        conn.executemany(
            "INSERT INTO quote_occurrences(pk, article_pk, local_id, quote_pk, key, kind, start,"
            ' "end", text, cue, speaker_local_id, article_speaker_pk, speaker, speaker_type,'
            " speaker_description, addressee, attribution, confidence, paragraph, seq)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'person', ?, ?, 'explicit',"
            " 0.9, ?, ?)",
            rows["occurrences"],
        )
        conn.execute("COMMIT")

    rows: dict[str, list] = {
        k: []
        for k in ("captures", "articles", "article_speakers", "mentions", "quotes", "occurrences")
    }
    while n_quotes_made < n_quotes:
        article_pk += 1
        outlet = rng.randrange(1, len(outlets) + 1)
        day = (day0 + timedelta(days=rng.randrange(730))).isoformat()
        cast = {rng.choices(range(1, n_speakers + 1), cum_weights=speaker_cum)[0] for _ in range(3)}
        cast = sorted(cast)
        title = " ".join(rng.choices(words, cum_weights=cum_words, k=8)).capitalize()
        blocks = [title + "."]
        local: dict[int, tuple[int, str]] = {}
        article_rows = []
        for k, spk in enumerate(cast):
            as_pk += 1
            _, name, last, roles = speakers[spk - 1]
            role = rng.choice(roles)
            local[spk] = (as_pk, f"s{k}", role)
            rows["article_speakers"].append(
                (
                    as_pk,
                    article_pk,
                    f"s{k}",
                    name,
                    json.dumps([role]),
                    f"person:{last.lower()}",
                    spk,
                )
            )
            sp_articles[spk] += 1
            sp_outlets[spk].add(outlet)
        text_parts = [blocks[0]]
        pos = len(blocks[0])
        paragraphs = [{"role": "body", "start": 0, "end": pos, "text": blocks[0]}]
        mentioned: set[int] = set()
        for seq in range(rng.randint(4, 12)):
            spk = rng.choice(cast)
            as_id, local_id, role = local[spk]
            name = speakers[spk - 1][1]
            pool = recent.get(spk)
            reuse = pool and rng.random() < 0.15
            if reuse:
                qpk, qtext = rng.choice(pool)
                stats["quote_n_occ"][qpk] = stats["quote_n_occ"].get(qpk, 1) + 1
                stats["quote_outlets"].setdefault(qpk, set()).add(outlet)
                first = stats["quote_first"]
                first[qpk] = min(first.get(qpk, day), day)
            else:
                quote_pk += 1
                n_quotes_made += 1
                qpk = quote_pk
                qtext = " ".join(rng.choices(words, cum_weights=cum_words, k=rng.randint(8, 24)))
                qtext = qtext[0].upper() + qtext[1:]
                rows["quotes"].append((qpk, f"q_{qpk:012x}", qtext, kind_of(qpk), spk, day))
                stats["quote_first"][qpk] = day
                recent.setdefault(spk, []).append((qpk, qtext))
                if len(recent[spk]) > 8:
                    recent[spk].pop(0)
                stats["quote_outlets"].setdefault(qpk, {outlet})
                sp_quotes[spk] += 1
            cue = rng.choice(CUES)
            para = f"“{qtext},” {cue} {name}, {role}."
            if seq % 3 == 0:
                para += " " + " ".join(rng.choices(words, cum_weights=cum_words, k=25)) + "."
            start = pos + 2
            text_parts.append(para)
            q_start = start + 1
            q_end = q_start + len(qtext)
            cue_start = q_end + 3
            name_start = cue_start + len(cue) + 1
            paragraphs.append(
                {"role": "body", "start": start, "end": start + len(para), "text": para}
            )
            if spk not in mentioned:
                mentioned.add(spk)
                rows["mentions"].append((as_id, name_start, name_start + len(name), name))
            occ_pk += 1
            addressee = rng.choice(ADDRESSEES) if rng.random() < 0.2 else None
            rows["occurrences"].append(
                (
                    occ_pk,
                    article_pk,
                    f"q{seq}",
                    qpk,
                    hashlib.blake2b(qtext.encode(), digest_size=8).hexdigest(),
                    kind_of(qpk),
                    q_start,
                    q_end,
                    qtext,
                    json.dumps({"start": cue_start, "end": cue_start + len(cue), "text": cue}),
                    local_id,
                    as_id,
                    name,
                    role,
                    addressee,
                    len(paragraphs) - 1,
                    seq,
                )
            )
            pos = start + len(para)
        text = "\n\n".join(text_parts)
        aid = hashlib.sha256(f"article-{article_pk}".encode()).hexdigest()
        url = f"https://www.{outlets[outlet - 1]}/{day}/story-{article_pk}"
        rows["captures"].append((aid, f"bench:{article_pk}", url, now))
        article_rows.append(
            (
                article_pk,
                aid,
                f"bench:{article_pk}",
                url,
                outlet,
                title,
                json.dumps(["Staff Reporter"]),
                day,
                day,
                json.dumps(paragraphs),
                text,
                now,
            )
        )
        rows["articles"] += article_rows
        if len(rows["articles"]) >= 5000:
            batch_insert(rows)
            rows = {k: [] for k in rows}
            print(
                f"\r  generated {n_quotes_made:,} quotes in {article_pk:,} articles",
                end="",
                file=sys.stderr,
                flush=True,
            )
    batch_insert(rows)
    print(file=sys.stderr)

    conn.execute("BEGIN")
    conn.executemany(
        # first_date is the earliest report's date, as the merge keeps it (search relies on it)
        "UPDATE quotes SET n_occurrences = ?, n_outlets = ?, first_date = ? WHERE pk = ?",
        [
            (stats["quote_n_occ"].get(pk, 1), len(outs), stats["quote_first"][pk], pk)
            for pk, outs in stats["quote_outlets"].items()
            if pk in stats["quote_n_occ"]
        ],
    )
    conn.executemany(
        "INSERT INTO speakers(pk, id, name, type, group_key, n_quotes, n_articles, n_outlets)"
        " VALUES (?, ?, ?, 'person', ?, ?, ?, ?)",
        [
            (
                pk,
                f"spk_{pk:016x}",
                name,
                f"person:{last.lower()}",
                sp_quotes[pk],
                sp_articles[pk],
                len(sp_outlets[pk]),
            )
            for pk, name, last, _ in speakers
        ],
    )
    conn.executemany(
        "INSERT OR IGNORE INTO speaker_aliases(speaker_pk, alias) VALUES (?, ?)",
        [(pk, alias) for pk, name, last, _ in speakers for alias in (name.lower(), last.lower())],
    )
    conn.executemany(
        "INSERT INTO captures(id, source, status, ingested_at) VALUES (?, ?, 'error', ?)",
        [(f"err{k:05d}", f"crawl.warc.gz#{k}", now) for k in range(200)],
    )
    conn.executemany(
        "INSERT INTO errors(capture_id, source, code, reason, ingested_at)"
        " VALUES (?, ?, 'decode', 'undecodable bytes', ?)",
        [(f"err{k:05d}", f"crawl.warc.gz#{k}", now) for k in range(200)],
    )
    conn.execute("COMMIT")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    return {
        "quotes": n_quotes_made,
        "occurrences": occ_pk,
        "articles": article_pk,
        "speakers": n_speakers,
        "outlets": len(outlets),
        "seconds": time.perf_counter() - t0,
        "bytes": db.stat().st_size,
    }


# -- measuring ----------------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[k]


def timed(fn, inputs: list, seconds: float) -> list[float]:
    """Milliseconds per call over ``inputs`` (stops early after ``seconds``)."""
    out = []
    deadline = time.monotonic() + seconds
    for item in inputs:
        t = time.perf_counter()
        fn(item)
        out.append((time.perf_counter() - t) * 1000)
        if time.monotonic() > deadline:
            break
    return out


#: The search page's filters besides the words; every subset of them is a scenario.
FILTERS = ("speaker", "outlet", "dates")


def filter_values(pools: dict, rng: random.Random) -> dict:
    """One random value per search filter, as a user would type it (``pools``: :func:`value_pools`).

    speaker: half the time a full name among the 10,000 most quoted (one speaker), half the time
    a surname of one of the 200 most quoted (it names ~50 speakers, one of them big); dates: a
    range of 1 week to 1 year inside the corpus's two years, a quarter of them open-ended.
    """
    out: dict = {"q": rng.choice(pools["words"])}
    if rng.random() < 0.5:
        out["speaker"] = rng.choice(pools["names"])
    else:
        out["speaker"] = rng.choice(pools["names"][:200]).split()[-1]
    out["outlet"] = rng.choice(pools["outlets"])
    length = rng.choice([7, 30, 90, 365])
    since = date(2023, 1, 1) + timedelta(days=rng.randrange(730 - length))
    shape = rng.random()
    if shape >= 0.125:
        out["since"] = since.isoformat()
    if shape < 0.125 or shape >= 0.25:
        out["until"] = (since + timedelta(days=length)).isoformat()
    return out


def value_pools(conn, words: list[str]) -> dict:
    """What :func:`filter_values` draws from: words, speaker names by rank, outlets."""
    return {
        "words": words,
        "names": [
            r[0]
            for r in conn.execute("SELECT name FROM speakers ORDER BY n_quotes DESC LIMIT 10000")
        ],
        "outlets": [r[0] for r in conn.execute("SELECT domain FROM outlets ORDER BY pk")],
    }


def combo_name(tab: str, with_q: bool, combo: tuple[str, ...], pages: str = "") -> str:
    what = " + ".join((["words"] if with_q else []) + list(combo)) or "no filter, no words"
    return f"{tab} tab: {what}{pages}"


def combo_params(values: dict, tab: str, with_q: bool, combo: tuple[str, ...]) -> dict:
    params = {"kind": tab}
    if with_q:
        params["q"] = values["q"]
    for name in combo:
        if name == "dates":
            params.update({k: values[k] for k in ("since", "until") if k in values})
        else:
            params[name] = values[name]
    return params


def filter_scenarios(pools: dict, n: int, rng: random.Random) -> list[tuple]:
    """Every combination a user can make on the search page: both tabs, with and without
    words, each subset of the filters; then later pages (2-50) and a deep page (100)."""
    out = []
    for tab in ("quotes", "articles"):
        for with_q in (True, False):
            for k in range(len(FILTERS) + 1):
                for combo in itertools.combinations(FILTERS, k):
                    inputs = [
                        combo_params(filter_values(pools, rng), tab, with_q, combo)
                        for _ in range(n)
                    ]
                    out.append((combo_name(tab, with_q, combo), inputs))
        for with_q, combo in [
            (True, ()),
            (False, ()),
            (False, ("outlet",)),
            (False, ("speaker",)),
            (True, FILTERS),
            (False, FILTERS),
        ]:
            for pages, pick in [(", pages 2-50", lambda: rng.randint(2, 50)), (", page 100", None)]:
                inputs = [
                    {
                        **combo_params(filter_values(pools, rng), tab, with_q, combo),
                        "page": pick() if pick else 100,
                    }
                    for _ in range(n)
                ]
                out.append((combo_name(tab, with_q, combo, pages), inputs))
    return out


def scenarios(db: Path, n: int, rng: random.Random, only: str | None = None) -> list[tuple]:
    """(name, url maker, inputs, library call or None, goal?) for each scenario."""
    corpus = Corpus(db, create=False)
    conn = corpus.connection()
    words = vocabulary()
    common, medium, rare = words[:50], words[200:1500], words[3000:6000]
    queries = [rng.choice(common) for _ in range(n // 4)]
    queries += [rng.choice(medium) for _ in range(n // 4)]
    queries += [rng.choice(rare) for _ in range(n // 4)]
    queries += [f'"{rng.choice(medium)} {rng.choice(common)}"' for _ in range(n - 3 * (n // 4))]
    rng.shuffle(queries)
    top = [r[0] for r in conn.execute("SELECT id FROM speakers ORDER BY n_quotes DESC LIMIT 1")]
    ranked = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM speakers WHERE n_quotes > 0 ORDER BY n_quotes DESC LIMIT 10000"
        )
    ]
    sample_speakers = [rng.choice(ranked) for _ in range(n)]
    head_speakers = [ranked[rng.randrange(0, 100)] for _ in range(n)]
    max_pk = conn.execute("SELECT MAX(pk) FROM articles").fetchone()[0]
    articles = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM articles WHERE pk IN ({})".format(
                ",".join(str(rng.randrange(1, max_pk + 1)) for _ in range(n))
            )
        )
    ]
    outlets = [r[0] for r in conn.execute("SELECT domain FROM outlets")]
    pools = value_pools(conn, medium)
    n_compare = max(5, n // 5)
    topics = [rng.choice(medium) for _ in range(n_compare)]
    compares = {
        "as it opens: the 3 biggest outlets, no topic": [{} for _ in range(n_compare)],
        "2 outlets + a topic": [
            {"by": "outlet", "value": rng.sample(outlets, 2), "q": q} for q in topics
        ],
        "2 outlets, no topic": [
            {"by": "outlet", "value": rng.sample(outlets, 2)} for _ in range(n_compare)
        ],
        "2 speakers (top 1,000) + a topic": [
            {"by": "speaker", "value": rng.sample(ranked[:1000], 2), "q": q} for q in topics
        ],
        "2 speakers (top 1,000), no topic": [
            {"by": "speaker", "value": rng.sample(ranked[:1000], 2)} for _ in range(n_compare)
        ],
    }
    out = [
        (
            "search page (quotes tab)",
            lambda q: ("/search", {"q": q}),
            queries,
            lambda q: corpus.quotes(query=q, limit=20),
            True,
        ),
        (
            "search page (articles tab)",
            lambda q: ("/search", {"q": q, "kind": "articles"}),
            queries,
            lambda q: corpus.articles(query=q, limit=20),
            True,
        ),
    ]
    out += [
        (name, lambda p: ("/search", p), inputs, None, True)
        for name, inputs in filter_scenarios(pools, n, rng)
    ]
    all_filters = [{k: v for k, v in filter_values(pools, rng).items()} for _ in range(n)]
    out += [
        (
            "API /api/quotes: words + speaker + outlet + dates",
            lambda p: ("/api/quotes", p),
            all_filters,
            lambda p: corpus.quotes(
                query=p["q"],
                speaker=p["speaker"],
                outlet=p["outlet"],
                since=p.get("since"),
                until=p.get("until"),
                limit=20,
            ),
            False,
        ),
        (
            "speaker page (top 10,000 speakers)",
            lambda s: (f"/speakers/{s}", {}),
            sample_speakers,
            lambda s: (corpus.speaker(s), corpus.quotes(speaker=s, limit=20)),
            True,
        ),
        (
            "speaker page (top 100 speakers)",
            lambda s: (f"/speakers/{s}", {}),
            head_speakers,
            lambda s: (corpus.speaker(s), corpus.quotes(speaker=s, limit=20)),
            True,
        ),
        (
            "speaker page (most quoted speaker)",
            lambda s: (f"/speakers/{s}", {}),
            top * max(5, n // 5),
            lambda s: (corpus.speaker(s), corpus.quotes(speaker=s, limit=20)),
            True,
        ),
        (
            "speaker page (top 10,000) + words + outlet + dates",
            lambda p: (f"/speakers/{p[0]}", p[1]),
            [
                (s, {k: v for k, v in filter_values(pools, rng).items() if k != "speaker"})
                for s in sample_speakers
            ],
            None,
            True,
        ),
        (
            "API /api/quotes?q=",
            lambda q: ("/api/quotes", {"q": q}),
            queries,
            lambda q: corpus.quotes(query=q, limit=20),
            False,
        ),
        (
            "API /api/speakers/{id}",
            lambda s: (f"/api/speakers/{s}", {}),
            sample_speakers,
            lambda s: corpus.speaker(s),
            False,
        ),
        (
            "article page",
            lambda a: (f"/articles/{a}", {}),
            articles,
            lambda a: corpus.article(a),
            False,
        ),
    ]
    out += [
        (f"compare page ({what})", lambda c: ("/compare", c), inputs, None, False)
        for what, inputs in compares.items()
    ]
    out.append(
        (
            "overview page",
            lambda _: ("/", {}),
            list(range(max(3, n // 20))),
            lambda _: corpus.stats(),
            False,
        )
    )
    out += kind_scenarios(pools, n, rng)
    out += addressee_scenarios(corpus, pools, n, rng)
    if only:
        out = [s for s in out if re.search(only, s[0])]
    return out


def kind_scenarios(pools: dict, n: int, rng: random.Random) -> list[tuple]:
    """The quotes tab with a quote kind chosen, alone and on top of the other filters; the kind
    is drawn evenly, so the rarest (mixed, ~3% of quotes) is a third of the requests. Last in
    the list, so the random inputs of the scenarios before are the same as before it."""
    out = []
    for with_q, combo in [
        (True, ()),
        (False, ()),
        (False, ("speaker",)),
        (True, ("speaker",)),
        (False, ("outlet",)),
        (True, FILTERS),
        (False, FILTERS),
    ]:
        inputs = []
        for _ in range(n):
            params = combo_params(filter_values(pools, rng), "quotes", with_q, combo)
            params["quote_kind"] = rng.choice([k for k, _ in KIND_PER_MILLE])
            inputs.append(params)
        name = combo_name("quotes", with_q, (*combo, "kind"))
        out.append((name, lambda p: ("/search", p), inputs, None, True))
    return out


def addressee_scenarios(corpus: Corpus, pools: dict, n: int, rng: random.Random) -> list[tuple]:
    """The quotes (and articles) tab with an addressee, alone and on top of the other filters,
    and the API with the library's ``Corpus.quotes(addressee=...)`` beside it. The addressee is
    one of the corpus's (each names ~3% of the reports), typed in any case. Last in the list, so
    the random inputs of the scenarios before are the same as before it."""
    out = []
    for tab, with_q, combo in [
        ("quotes", False, ()),
        ("quotes", True, ()),
        ("quotes", False, ("speaker",)),
        ("quotes", True, ("speaker",)),
        ("quotes", False, ("outlet",)),
        ("quotes", False, ("dates",)),
        ("quotes", False, FILTERS),
        ("quotes", True, FILTERS),
        ("articles", False, ()),
        ("articles", True, ()),
    ]:
        inputs = []
        for _ in range(n):
            params = combo_params(filter_values(pools, rng), tab, with_q, combo)
            params["addressee"] = rng.choice([*ADDRESSEES, *(a.upper() for a in ADDRESSEES)])
            inputs.append(params)
        name = combo_name(tab, with_q, (*combo, "addressee"))
        out.append((name, lambda p: ("/search", p), inputs, None, True))
    told = []
    for k in range(n):
        told.append({"addressee": rng.choice(ADDRESSEES)})
        if k % 2:
            told[-1]["q"] = rng.choice(pools["words"])
    out.append(
        (
            "API /api/quotes: addressee (half with words)",
            lambda p: ("/api/quotes", p),
            told,
            lambda p: corpus.quotes(addressee=p["addressee"], query=p.get("q"), limit=20),
            False,
        )
    )
    return out


def measure(
    db: Path, n: int, seconds: float, only: str | None = None, library_too: bool = True
) -> list[dict]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    server = subprocess.Popen(
        [sys.executable, "-m", "tidings", "serve", "--db", str(db), "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    server_started = time.monotonic()
    base = f"http://127.0.0.1:{port}"
    results = []
    try:
        with httpx.Client(base_url=base, timeout=60) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    client.get("/api/stats")
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise RuntimeError("tidings serve did not start") from None
                    time.sleep(0.2)
            warm_s = wait_for_warm_cache(client, db, server_started)
            print(
                f"(the server's speaker cache was warm {warm_s:.0f} s after start; "
                "measuring from then)\n",
                flush=True,
            )
            rng = random.Random(SEED)
            for name, make, inputs, library, goal in scenarios(db, n, rng, only):

                def fetch(item, make=make):
                    path, params = make(item)
                    r = client.get(path, params=params)
                    r.raise_for_status()

                for item in inputs[:3]:  # warm the page cache and the server's connections
                    fetch(item)
                web = timed(fetch, inputs, seconds)
                lib = timed(library, inputs, seconds) if library and library_too else []
                row = {
                    "scenario": name,
                    "n": len(web),
                    "p50": statistics.median(web),
                    "p95": percentile(web, 95),
                    "max": max(web),
                    "lib_p50": statistics.median(lib) if lib else None,
                    "lib_p95": percentile(lib, 95) if lib else None,
                    "goal": goal,
                }
                results.append(row)
                print(format_row(row), flush=True)
    finally:
        server.terminate()
        server.wait(timeout=30)
    return results


def wait_for_warm_cache(client: httpx.Client, db: Path, started: float) -> float:
    """Seconds until the most quoted speaker's page is served from the cache (at most 600)."""
    with Corpus(db, create=False) as c:
        top = (
            c.connection()
            .execute("SELECT id FROM speakers ORDER BY n_quotes DESC LIMIT 300")
            .fetchall()
        )
    last = top[-1][0]  # the warm-up goes most quoted first: wait for the last one
    while time.monotonic() - started < 600:
        t = time.perf_counter()
        client.get(f"/api/speakers/{last}").raise_for_status()
        if (time.perf_counter() - t) < 0.02:
            t = time.perf_counter()
            client.get(f"/api/speakers/{top[0][0]}").raise_for_status()
            if (time.perf_counter() - t) < 0.05:
                break
        time.sleep(2)
    return time.monotonic() - started


def cold_top_speaker(db: Path) -> tuple[int, float]:
    """(quotes, ms) to compute the most quoted speaker's page without any cache."""
    from tidings.web import views
    from tidings.web.db import open_corpus

    corpus = open_corpus(db)
    pk, n = (
        corpus.connection()
        .execute("SELECT pk, n_quotes FROM speakers ORDER BY n_quotes DESC LIMIT 1")
        .fetchone()
    )
    t = time.perf_counter()
    views.speaker_detail(corpus, pk)
    ms = (time.perf_counter() - t) * 1000
    corpus.close()
    return n, ms


HEADER = (
    "| scenario | requests | p50 ms | p95 ms | max ms | library p50 ms | library p95 ms "
    "| p95 web/library | goal p95 <= 100 ms |\n|---|---:|---:|---:|---:|---:|---:|---:|---|"
)


def format_row(r: dict) -> str:
    lib50 = f"{r['lib_p50']:.1f}" if r["lib_p50"] is not None else "-"
    lib95 = f"{r['lib_p95']:.1f}" if r["lib_p95"] is not None else "-"
    ratio = f"{r['p95'] / r['lib_p95']:.1f}x" if r["lib_p95"] else "-"
    goal = ("met" if r["p95"] <= GOAL_MS else "MISSED") if r["goal"] else "-"
    return (
        f"| {r['scenario']} | {r['n']} | {r['p50']:.1f} | {r['p95']:.1f} | {r['max']:.1f} "
        f"| {lib50} | {lib95} | {ratio} | {goal} |"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quotes", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=None)
    ap.add_argument("--requests", type=int, default=200, help="requests per scenario (max)")
    ap.add_argument("--seconds", type=float, default=60, help="time per scenario (max)")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--only", help="measure the scenarios whose name matches this regex")
    ap.add_argument("--no-library", action="store_true", help="skip the library column")
    args = ap.parse_args()
    db = args.db or REPO / "bench/out" / f"web-{args.quotes // 1000}k.db"
    db.parent.mkdir(parents=True, exist_ok=True)
    if args.rebuild or not db.exists():
        print(f"building {db} ({args.quotes:,} quotes)...", file=sys.stderr)
        info = build(db, args.quotes)
        print(
            f"built: {info['quotes']:,} quotes, {info['occurrences']:,} reports, "
            f"{info['articles']:,} articles, {info['speakers']:,} speakers, "
            f"{info['outlets']} outlets; {info['bytes'] / 1e9:.2f} GB in {info['seconds']:.0f} s"
        )
    with Corpus(db, create=False) as c:
        st = c.stats()
    print(
        f"\ncorpus: {st['quotes']:,} quotes ({st['quote_occurrences']:,} reports), "
        f"{st['articles']:,} articles, {st['speakers']:,} speakers; "
        f"most quoted speaker: {top_count(db):,} quotes\n"
    )
    if not args.only:
        n, ms = cold_top_speaker(db)
        print(
            f"cold (uncached) speaker page data of the most quoted speaker ({n:,} quotes): "
            f"{ms:,.0f} ms\n"
        )
    print(HEADER)
    measure(db, args.requests, args.seconds, args.only, not args.no_library)


def top_count(db: Path) -> int:
    with Corpus(db, create=False) as c:
        return c.connection().execute("SELECT MAX(n_quotes) FROM speakers").fetchone()[0]


if __name__ == "__main__":
    main()

"""HTML extraction benchmark: tidings beside its peers, same pages, same run.

    PYTHONPATH=src /work/main/.venv/bin/python bench/html_extract.py --set aeb
    PYTHONPATH=src /work/main/.venv/bin/python bench/html_extract.py --set all \
        --peers tidings,trafilatura

Each peer runs in its own child process, one after the other (so each gets one core and its own
peak RSS), over pages that were read and decoded before the clock starts. The child times only the
extraction calls. Sets (from ../shared/data/extraction, see its README):

- ``aeb``: 181 pages, AEB shingle F1 (bench/aeb_metric.py) of the main text.
- ``readability``: Mozilla readability test pages: text F1 (same metric) against expected.html's
  text; title, byline and date accuracy against expected-metadata.json.
- ``trafilatura``: trafilatura's eval set: "with" snippets found (recall) and "without" snippets
  absent (precision), F1 over the counts (whitespace collapsed on both sides, as its own scorer
  does); author, date, title accuracy where the gold has one.

Metadata is compared the way the sets' own tests compare it: the title and the byline must
equal the gold (readability's test-readability.js uses ``eql``; trafilatura's metadata tests
``==``), after the same normalisation of both sides (case, punctuation, whitespace; a byline
as its set of names, "By" dropped); the date must be the gold's calendar day. ``--loose``
scores with the laxer rules of the earlier RESULTS sections (a title may be any part of the
gold; the first gold name's words anywhere in the prediction).

Speed figures from one run are comparable with each other (the same machine load); the absolute
pages/s depend on the machine and on what else runs on it. On a shared machine, ``--repeat 3``
runs the peers three times in turn and keeps each one's best pages/s, which evens out bursts of
load from other processes. Peak RSS is the child's maximum resident size, pages included.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import resource
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from aeb_metric import score as aeb_score

REPO = Path(__file__).resolve().parents[1]


def _shared() -> Path:
    """../shared next to the repository (or next to a parent, for git worktrees)."""
    if os.environ.get("TIDINGS_SHARED"):
        return Path(os.environ["TIDINGS_SHARED"])
    for parent in REPO.parents:
        if (parent / "shared" / "data").is_dir():
            return parent / "shared"
    return REPO.parent / "shared"


DATA = _shared() / "data" / "extraction"
PEERS = [
    "tidings",
    "trafilatura",
    "trafilatura-precision",
    "readability-lxml",
    "newspaper4k",
    "resiliparse",
]
SETS = ["aeb", "readability", "trafilatura"]


# ---------------------------------------------------------------- pages
def _gz(path: Path) -> bytes:
    return gzip.decompress(path.read_bytes())


def _decode(data: bytes) -> str:
    from tidings.capture.sniff import decode

    return decode(data)[0]


def load_pages(name: str, limit: int | None = None) -> list[dict]:
    """The pages of one set: [{id, url, html, gold...}], decoded once for every peer."""
    pages: list[dict] = []
    if name == "aeb":
        gt = json.loads((DATA / "aeb" / "ground-truth.json").read_text())
        for pid in sorted(gt):
            html = _decode(_gz(DATA / "aeb" / "html" / f"{pid}.html.gz"))
            pages.append(
                {
                    "id": pid,
                    "url": gt[pid].get("url"),
                    "html": html,
                    "gold_text": gt[pid]["articleBody"],
                }
            )
    elif name == "readability":
        for case in sorted((DATA / "readability").iterdir()):
            if not (case / "source.html.gz").exists():
                continue
            meta = json.loads((case / "expected-metadata.json").read_text())
            expected = _decode(_gz(case / "expected.html.gz"))
            pages.append(
                {
                    "id": case.name,
                    "url": None,
                    "html": _decode(_gz(case / "source.html.gz")),
                    "gold_text": html_to_text(expected),
                    "gold_title": meta.get("title"),
                    "gold_author": meta.get("byline"),
                    "gold_date": meta.get("publishedTime"),
                }
            )
    elif name == "trafilatura":
        root = DATA / "trafilatura-eval"
        ev = json.loads((root / "evaldata.json").read_text())
        for url, item in ev.items():
            path = next(
                (
                    p
                    for sub in ("eval", "cache")
                    if (p := root / "html" / sub / f"{item['file']}.gz").exists()
                ),
                None,
            )
            if path is None:
                continue
            pages.append(
                {
                    "id": item["file"],
                    "url": url,
                    "html": _decode(_gz(path)),
                    "with": item["with"],
                    "without": item["without"],
                    "gold_title": item.get("title"),
                    "gold_author": item.get("author"),
                    "gold_date": item.get("date"),
                }
            )
    else:
        raise SystemExit(f"unknown set {name!r}: choose from {', '.join(SETS)}")
    return pages[:limit] if limit else pages


def html_to_text(html: str) -> str:
    """Block-aware text of an HTML fragment (for readability's expected.html and peers' HTML)."""
    import lxml.html

    if not html.strip():
        return ""
    root = lxml.html.fromstring(html)
    for el in root.iter(
        "p",
        "div",
        "li",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "br",
        "tr",
        "blockquote",
        "pre",
        "figcaption",
    ):
        el.tail = "\n" + (el.tail or "")
    return re.sub(r"\n\s*\n+", "\n", root.text_content()).strip()


# ---------------------------------------------------------------- peers (run in the child)
def make_peer(name: str, set_name: str):
    """A function html, url -> {text, title, author, date} for one peer."""
    with_meta = set_name != "aeb"
    # trafilatura's published AEB figure (0.958; 0.960 measured here) leaves comments out, as the
    # gold does; its default (include_comments=True) scores 0.953.
    if name == "tidings":
        from tidings.extract.html import extract_html

        def run(html, url):
            a = extract_html(html, url)
            return {
                "text": a.text,
                "title": a.title,
                "author": "; ".join(a.authors),
                "date": a.published,
            }

        return run
    if name.startswith("trafilatura"):
        import trafilatura

        precision = name.endswith("precision")
        if not with_meta:  # the published AEB figure: extract() with default options
            return lambda html, url: {
                "text": trafilatura.extract(html, favor_precision=precision, include_comments=False)
                or ""
            }

        def run(html, url):
            d = trafilatura.bare_extraction(
                html, url=url, with_metadata=True, favor_precision=precision, include_comments=False
            )
            if d is None:
                return {"text": ""}
            return {"text": d.text or "", "title": d.title, "author": d.author, "date": d.date}

        return run
    if name == "readability-lxml":
        from readability import Document

        def run(html, url):
            doc = Document(html, url=url)
            return {
                "text": html_to_text(doc.summary(html_partial=True)),
                "title": doc.short_title(),
            }

        return run
    if name == "newspaper4k":
        import newspaper

        def run(html, url):
            # a fresh Config per page: newspaper sets config.language from the first page's
            # <html lang> and keeps it, so one Arabic page would make every later page Arabic
            config = newspaper.Config()
            config.fetch_images = False
            config.memorize_articles = False
            art = newspaper.Article(url or "http://example.com/", config=config)
            art.download(input_html=html)
            art.parse()
            date = art.publish_date.isoformat() if art.publish_date else None
            return {
                "text": art.text,
                "title": art.title,
                "author": "; ".join(art.authors),
                "date": date,
            }

        return run
    if name == "resiliparse":
        from resiliparse.extract.html2text import extract_plain_text
        from resiliparse.parse.html import HTMLTree

        def run(html, url):
            tree = HTMLTree.parse(html)
            return {"text": extract_plain_text(tree, main_content=True), "title": tree.title}

        return run
    raise SystemExit(f"unknown peer {name!r}: choose from {', '.join(PEERS)}")


def run_pages(run, pages: list[dict]) -> tuple[dict[str, dict], int, float]:
    """One peer over every page after a warm-up: results by page id, errors, seconds spent."""
    run(pages[0]["html"], pages[0]["url"])  # warm-up: lazy imports, caches
    out, errors, elapsed = {}, 0, 0.0
    for page in pages:
        t0 = time.perf_counter()
        try:
            res = run(page["html"], page["url"])
        except Exception as exc:  # a peer crashing on a page scores empty on it
            res, errors = {"text": "", "error": repr(exc)[:200]}, errors + 1
        elapsed += time.perf_counter() - t0
        out[page["id"]] = res
    return out, errors, elapsed


def worker(peer: str, set_name: str, limit: int | None) -> None:
    """Child process: extract every page with one peer, print JSON results + timing + RSS."""
    pages = load_pages(set_name, limit)
    out, errors, elapsed = run_pages(make_peer(peer, set_name), pages)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    json.dump({"results": out, "seconds": elapsed, "errors": errors, "rss_mb": rss}, sys.stdout)


# ---------------------------------------------------------------- scoring (parent)
def _norm(s) -> str:
    """Case and punctuation folded; invisible format characters (soft hyphens, zero-width
    spaces: Unicode category Cf) removed, as a reader never sees them."""
    s = unicodedata.normalize("NFKC", str(s or "")).casefold()
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Cf")
    return re.sub(r"\W+", " ", s).strip()


def title_ok(gold, pred) -> bool:
    """The set's own rule: equal titles (readability's test compares ``title`` with ``eql``,
    trafilatura's metadata tests with ``==``), after normalising both sides alike: case,
    punctuation, whitespace and invisible format characters folded (``_norm``)."""
    g, p = _norm(gold), _norm(pred)
    return bool(g) and g == p


_BY = re.compile(r"^\s*(by|par|von|por|door|di|text|words)\b[\s:]*", re.I)
# "and"/"und" in any case ("Glen Owen And Brendan Carlin"); "et", "y", "e" only in lower case,
# as capitals they are initials or names ("ET Online", "E. Barreneche")
_NAME_SEP = re.compile(r"\n|,|;|&|\||•|\b(?:[Aa]nd|AND|[Uu]nd|UND|et|y|e)\b")


def author_names(value) -> list[str]:
    """A byline as its normalised names, the same for gold and prediction: a list or one string
    whose names are joined by ";", ",", "and"/"und", "&"; a leading "By"/"Von"... label and
    parentheses removed. "By Jane Doe and John Roe" -> ["jane doe", "john roe"]."""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    raw = _BY.sub("", re.sub(r"\(.*?\)", "", str(value or "")).strip())
    return [n for part in _NAME_SEP.split(raw) if (n := _norm(_BY.sub("", part.strip())))]


def author_ok(gold, pred) -> bool:
    """The set's own rule: equal bylines (readability's test compares ``byline`` with ``eql``,
    trafilatura's metadata tests ``author`` with ``==``), after normalising both sides alike
    into the list of names (``author_names``), compared as a set. An empty gold asks for no
    author."""
    return set(author_names(gold)) == set(author_names(pred))


_TITLE_SEP = re.compile(r"\s+[|\-–—:·»]\s+|\s*[_【（(]")


def title_ok_loose(gold, pred) -> bool:
    """The rule of the sections before 'Metadata pass 4' (kept to compare with them): equal
    once normalised, or equal to any separator-split part of the gold, or to the gold without
    its " | Site" end."""
    g, p = _norm(gold), _norm(pred)
    if not g or not p:
        return False
    if g == p:
        return True
    parts = [_norm(x) for x in _TITLE_SEP.split(str(gold))]
    return p in parts or p == _norm(" ".join(str(gold).split(" | ")[:-1]))


def author_ok_loose(gold, pred) -> bool:
    """The earlier rule (kept to compare): the first gold name's words all appear in the
    prediction (extra words and names not counted); an empty gold asks for no author."""
    if isinstance(gold, list):
        gold = "; ".join(gold)
    g_raw = _BY.sub("", re.sub(r"\(.*?\)", "", str(gold or "")).strip())
    conj = r"\b(?:[Aa]nd|AND|[Uu]nd|UND|et|y|e)\b"
    first = re.split(rf"\n|,|;|{conj}|\||•", g_raw)[0] if g_raw else ""
    g, p = _norm(first), _norm(pred)
    if not g:
        return not p
    return bool(p) and all(tok in p.split() for tok in g.split())


_GOLD_DAY = re.compile(r"^(\d{4})[-./](\d{1,2})[-./](\d{1,2})")


def gold_day(gold) -> str:
    """The gold date as YYYY-MM-DD. A few gold dates of the trafilatura set are typed
    "2022-29-11", "2022-25-10" (day and month swapped, readable because the day is > 12) or
    "2022-01.26"; they are read as the day they name. Anything else is compared as written."""
    g = str(gold or "")
    m = _GOLD_DAY.match(g)
    if not m:
        return g[:10]
    y, a, b = (int(x) for x in m.groups())
    month, day = (b, a) if a > 12 >= b else (a, b)
    return f"{y:04d}-{month:02d}-{day:02d}"


def date_ok(gold, pred) -> bool:
    """Same calendar day: the first 10 characters of the prediction against the gold day."""
    return gold_day(gold) == str(pred or "")[:10]


def _ws(text: str) -> str:
    """Whitespace collapsed, as trafilatura's own scorer does (``eval_common.norm``) on both the
    snippet and the extracted text before looking for one in the other."""
    return " ".join(text.split())


def metadata_checks(loose: bool = False) -> dict:
    """field -> comparison: the sets' own rules, or (``loose``) the earlier, laxer ones."""
    if loose:
        return {"title": title_ok_loose, "author": author_ok_loose, "date": date_ok}
    return {"title": title_ok, "author": author_ok, "date": date_ok}


def score_set(set_name: str, pages: list[dict], results: dict, loose: bool = False) -> dict:
    row: dict[str, float] = {}
    if set_name in ("aeb", "readability"):
        sc = aeb_score((p["gold_text"], results.get(p["id"], {}).get("text") or "") for p in pages)
        row.update(precision=sc.precision, recall=sc.recall, f1=sc.f1)
    else:
        tp = fn = fp = tn = 0
        for p in pages:
            text = _ws(results.get(p["id"], {}).get("text") or "")
            for s in p["with"]:
                if _ws(s) in text:
                    tp += 1
                else:
                    fn += 1
            for s in p["without"]:
                if _ws(s) in text:
                    fp += 1
                else:
                    tn += 1
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        row.update(
            precision=prec, recall=rec, f1=2 * prec * rec / (prec + rec) if prec + rec else 0.0
        )
    if set_name != "aeb":
        for field, ok in metadata_checks(loose).items():
            # pages whose gold field is absent (None) are not counted; an empty string is gold
            # "no author/date" and counts (predicting one there is wrong)
            scored = [p for p in pages if p.get(f"gold_{field}") is not None]
            if field == "title":
                scored = [p for p in scored if p["gold_title"]]
            if not scored:
                continue
            if any(field in r for r in results.values()):
                hits = sum(
                    ok(p[f"gold_{field}"], results.get(p["id"], {}).get(field)) for p in scored
                )
                row[field] = hits / len(scored)
            row[f"n_{field}"] = len(scored)
    return row


def rescore(
    folder: Path, sets: list[str], peers: list[str], limit: int | None, loose: bool = False
) -> None:
    """Accuracy of dumped outputs (after a change to the metrics, not to the extractors)."""
    for set_name in sets:
        pages = load_pages(set_name, limit)
        print(f"\n## {set_name}: {len(pages)} pages, rescored from {folder}")
        for peer in peers:
            path = folder / f"{set_name}-{peer}.json"
            if path.exists():
                row = score_set(set_name, pages, json.loads(path.read_text()), loose)
                cells = [f"{k} {v:.3f}" for k, v in row.items() if not k.startswith("n_")]
                print(f"| {peer} | " + " | ".join(cells) + " |")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--set", default="aeb", help=f"one of {SETS} or 'all'")
    ap.add_argument("--peers", default=",".join(PEERS))
    ap.add_argument("--limit", type=int, default=None, help="first N pages only")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument(
        "--repeat",
        type=int,
        default=1,
        help="run the peers N times in turn and keep each one's best pages/s (shared machines)",
    )
    ap.add_argument("--dump", help="write each peer's outputs to this folder (JSON)")
    ap.add_argument(
        "--rescore", help="score the outputs dumped in this folder again (no extraction, no speed)"
    )
    ap.add_argument(
        "--loose",
        action="store_true",
        help="score metadata with the earlier, laxer rules (title part, first author's words)",
    )
    args = ap.parse_args()
    if args.worker:
        worker(args.worker, args.set, args.limit)
        return
    sets = SETS if args.set == "all" else [args.set]
    if args.rescore:
        rescore(Path(args.rescore), sets, args.peers.split(","), args.limit, args.loose)
        return
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(REPO / "src"), os.environ.get("PYTHONPATH", "")]),
    }
    for set_name in sets:
        pages = load_pages(set_name, args.limit)
        stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        print(f"\n## {set_name}: {len(pages)} pages  ({stamp})")
        rows: dict[str, dict] = {}
        for rnd in range(args.repeat):
            for peer in args.peers.split(","):
                cmd = [sys.executable, __file__, "--worker", peer, "--set", set_name]
                if args.limit:
                    cmd += ["--limit", str(args.limit)]
                proc = subprocess.run(cmd, capture_output=True, text=True, env=env)
                if proc.returncode:
                    print(f"{peer}: failed\n{proc.stderr[-2000:]}", file=sys.stderr)
                    continue
                res = json.loads(proc.stdout)
                pps = len(pages) / res["seconds"]
                if rnd:  # later rounds only time: the outputs are the same
                    rows[peer]["pps"] = max(rows[peer]["pps"], pps)
                    rows[peer]["rss"] = max(rows[peer]["rss"], res["rss_mb"])
                    continue
                if args.dump:
                    Path(args.dump).mkdir(parents=True, exist_ok=True)
                    Path(args.dump, f"{set_name}-{peer}.json").write_text(
                        json.dumps(res["results"])
                    )
                row = score_set(set_name, pages, res["results"], args.loose)
                row.update(peer=peer, pps=pps, rss=res["rss_mb"], errors=res["errors"])
                rows[peer] = row
        rows = list(rows.values())  # type: ignore[assignment]
        base = next((r["pps"] for r in rows if r["peer"] == "trafilatura"), None)
        cols = ["f1", "precision", "recall"] + [
            c for c in ("title", "author", "date") if any(c in r for r in rows)
        ]
        print(
            "| peer | " + " | ".join(cols) + " | pages/s | x trafilatura | peak RSS MB | errors |"
        )
        print("|---" * (len(cols) + 5) + "|")
        for r in rows:
            vals = [f"{r[c]:.3f}" if c in r else "-" for c in cols]
            ratio = f"{r['pps'] / base:.2f}" if base else "-"
            print(
                f"| {r['peer']} | "
                + " | ".join(vals)
                + f" | {r['pps']:.1f} | {ratio} | {r['rss']:.0f} | {r['errors']} |"
            )
        ns = {c: rows[0].get(f"n_{c}") for c in ("title", "author", "date") if rows}
        if any(ns.values()):
            print("pages scored per field: " + ", ".join(f"{k} {v}" for k, v in ns.items() if v))
        sys.stdout.flush()


if __name__ == "__main__":
    main()

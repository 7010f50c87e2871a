"""When a quote was said: tidings' ``said_on`` against the article-date baseline, on a hand gold.

    PYTHONPATH=src python bench/quote_time.py
    PYTHONPATH=src python bench/quote_time.py --misses    # also list every wrong quote
    PYTHONPATH=src python bench/quote_time.py --set news11  # the fifth quote gold, blind
    PYTHONPATH=src python bench/quote_time.py --set news12  # the sixth, blind (also: -implied)
    PYTHONPATH=src python bench/quote_time.py --set news13  # the seventh, blind (also: -implied)
    PYTHONPATH=src python bench/quote_time.py --set news14  # the eighth, blind (also: -implied)
    PYTHONPATH=src python bench/quote_time.py --set news15  # the ninth, blind (also: -implied)
    PYTHONPATH=src python bench/quote_time.py --set news16  # the tenth, blind (also: -implied)
    PYTHONPATH=src python bench/quote_time.py --set news17  # the twelfth, blind (also: -implied)

The gold is bench/data/quote_time_gold (see its README): the 19 sample pages of the quote gold
(their quotes are tests/data/quote_gold's; the time gold lists those whose attribution has time
words) and seven articles written for it (texts/). No peer dates a quote by anything but its
article (textacy, GDELT and Quotebank give at most the article's date), so the baseline is
exactly that, computed in the same run on the same quotes.

Each gold quote is matched to the predicted quote whose content overlaps its fragments most.
Printed, per part and for both together:

- mention P/R/F1, on the gold quotes with time words: a hit is a predicted ``said_on_mention``
  that overlaps the gold time words (their occurrence nearest the quote); precision is over the
  matched quotes to which tidings gave a mention (gold time words or not);
- value exact: of the quotes with gold time words, the share whose ``said_on`` equals the gold
  value (the baseline's value is the article's date);
- date right, on all gold quotes: a quote's date is its ``said_on`` when there is one, "none"
  when time words were found but give no value, else the article's date, for the gold and for
  the prediction alike (a gold quote tidings did not find is dated by its article).
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

import tidings  # noqa: E402
from tidings.analyze import analyze  # noqa: E402
from tidings.analyze.timewords import published_day  # noqa: E402
from tidings.model import Article, Quote  # noqa: E402

GOLD = REPO / "bench" / "data" / "quote_time_gold"
PAGES = REPO / "src" / "tidings" / "sample" / "pages"


@dataclass
class GoldQuote:
    """One gold quote: its content characters, the gold time words' span, the gold value."""

    key: str
    chars: set[int]
    when: tuple[int, int] | None
    said_on: str | None


@dataclass
class Case:
    """One article with its gold quotes."""

    name: str
    part: str  # "sample" or "own"
    article: Article
    quotes: list[GoldQuote]


def _chars(text: str, fragments: list[str], name: str) -> set[int]:
    out: set[int] = set()
    for frag in fragments:
        if text.count(frag) != 1:
            raise SystemExit(f"{name}: gold fragment not found once in the text: {frag!r}")
        start = text.index(frag)
        out.update(range(start, start + len(frag)))
    return out


def _when_span(text: str, when: str | None, chars: set[int]) -> tuple[int, int] | None:
    """The occurrence of the time words ``when`` nearest the quote's characters."""
    if not when:
        return None
    lo, hi = min(chars), max(chars)
    best: tuple[int, int, int] | None = None
    at = text.find(when)
    while at >= 0:
        dist = max(lo - (at + len(when)), at - hi, 0)
        if best is None or dist < best[0]:
            best = (dist, at, at + len(when))
        at = text.find(when, at + 1)
    if best is None:
        raise SystemExit(f"time words not in the text: {when!r}")
    return best[1], best[2]


def load_cases() -> list[Case]:
    """Both parts of the gold, each article analysed by tidings (timed in :func:`main`)."""
    cases = []
    for path in sorted(GOLD.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        quote_gold = json.loads((REPO / doc["quote_gold"]).read_text(encoding="utf-8"))
        data = (PAGES / doc["page"]).read_bytes()
        if doc["page"].endswith(".gz"):
            data = gzip.decompress(data)
        article = tidings.extract(data, url=None, analyze=False)
        text = article.text or ""
        lost = set(doc["times"]) - set(quote_gold["quotes"])
        if lost:  # the quote gold was edited: re-key these times, never drop them silently
            raise SystemExit(f"{path.name}: times for quotes not in {doc['quote_gold']}: {lost}")
        quotes = []
        for key, entry in quote_gold["quotes"].items():
            chars = _chars(text, [key, *entry.get("also", [])], path.name)
            timed = doc["times"].get(key, {})
            when = _when_span(text, timed.get("when"), chars)
            quotes.append(GoldQuote(key, chars, when, timed.get("said_on")))
        cases.append(Case(path.stem, "sample", article, quotes))
    for path in sorted((GOLD / "texts").glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        cases.append(
            _own_case(path, GOLD / doc["text"], doc, "own", lambda e: (e["when"], e["said_on"]))
        )
    return cases


def _own_case(path: Path, text_path: Path, doc: dict, part: str, timed) -> Case:
    """One article written for a gold: its text read as a scraper's text, dated by the gold's
    ``published``; ``timed(entry)`` gives a gold entry's time words and date."""
    raw = text_path.read_bytes()
    article = tidings.extract(raw, url=None, analyze=False, input_type="text")
    article = article.model_copy(update={"published": doc["published"]})
    text = article.text or ""
    quotes = []
    for key, entry in doc["quotes"].items():
        chars = _chars(text, [key, *entry.get("also", [])], path.name)
        words, value = timed(entry)
        quotes.append(GoldQuote(key, chars, _when_span(text, words, chars), value))
    return Case(path.stem, part, article, quotes)


#: The quote golds of the project's own articles whose entries carry dates (all blind).
DATED_GOLDS = {f"news{n}": REPO / "bench" / "data" / f"quote_gold_news{n}" for n in range(11, 18)}


def load_dated_gold(name: str, implied: bool = False) -> list[Case]:
    """A quote gold of the project's own articles (``DATED_GOLDS``), whose entries carry
    ``said_on`` (time words and date, when the attribution itself says when) and
    ``implied_on`` (the date a reader infers from the attribution before). With ``implied``
    the inferred dates count as gold too, with no time words to find."""
    gold_dir = DATED_GOLDS[name]

    def timed(entry: dict) -> tuple[str | None, str | None]:
        said = entry.get("said_on")
        if said:
            return said["words"], said["value"]
        return None, entry.get("implied_on") if implied else None

    cases = []
    for path in sorted(gold_dir.glob("*.json")):
        doc = json.loads(path.read_text(encoding="utf-8"))
        cases.append(_own_case(path, gold_dir / "texts" / doc["page"], doc, name, timed))
    return cases


@dataclass
class Tally:
    """Counts for one system over a set of gold quotes."""

    hits: int = 0  # mentions overlapping the gold time words
    predicted: int = 0  # matched quotes given a mention
    timed: int = 0  # gold quotes with time words
    exact: int = 0  # of those, value right
    right: int = 0  # all quotes: date right
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self, name: str, mentions: bool = True) -> str:
        p = self.hits / self.predicted if self.predicted else 0.0
        r = self.hits / self.timed if self.timed else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        men = f"{p:.3f} / {r:.3f} / {f:.3f}" if mentions else "- (no mentions)"
        return (
            f"| {name} | {men} ({self.hits}/{self.predicted} of {self.timed}) "
            f"| {self.exact / max(1, self.timed):.3f} ({self.exact}/{self.timed}) "
            f"| {self.right / max(1, self.total):.3f} ({self.right}/{self.total}) |"
        )


def _match(gold: GoldQuote, quotes: list[Quote]) -> Quote | None:
    """The predicted quote whose content overlaps the gold content most."""
    best, most = None, 0
    for q in quotes:
        n = len(gold.chars & set(range(q.content.start, q.content.end)))
        if n > most:
            best, most = q, n
    return best


def _date(said_on: str | None, has_words: bool, article_day: str | None) -> str | None:
    """A quote's date for 'date right': said_on, 'none' for words without value, else the
    article's day."""
    if said_on:
        return said_on
    return "none" if has_words else article_day


def score(case: Case, analysed: Article, ours: Tally, base: Tally) -> None:
    """Add one article's quotes to both tallies."""
    day = published_day(case.article.published)
    article_day = day.isoformat() if day else None
    for g in case.quotes:
        q = _match(g, analysed.quotes)
        mention = q.said_on_mention if q is not None else None
        said_on = q.said_on if q is not None else None
        gold_date = _date(g.said_on, g.when is not None, article_day)
        for tally, value, found in (
            (ours, said_on, mention),
            (base, article_day, None),
        ):
            tally.total += 1
            if found is not None:
                tally.predicted += 1
            hit = (
                found is not None
                and g.when is not None
                and found.start < g.when[1]
                and g.when[0] < found.end
            )
            tally.hits += hit
            if g.when is not None:
                tally.timed += 1
                tally.exact += (hit or tally is base) and value == g.said_on
            pred_date = (
                _date(value, found is not None, article_day) if tally is ours else article_day
            )
            ok = pred_date == gold_date
            tally.right += ok
            if tally is ours and (not ok or (g.when is not None and not hit)):
                words = case.article.text[g.when[0] : g.when[1]] if g.when else None
                tally.misses.append(
                    f"{case.name}: {g.key[:60]!r}\n    gold {words!r} -> {g.said_on} ({gold_date})"
                    f"; tidings {mention.text if mention else None!r} -> {said_on} ({pred_date})"
                    f"{'' if q is not None else ' [quote not found]'}"
                )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list tidings' wrong quotes")
    parser.add_argument(
        "--set",
        choices=["time", *(f"{s}{v}" for s in DATED_GOLDS for v in ("", "-implied"))],
        default="time",
        help="this gold (default), or the fifth to seventh quote gold's said-on dates (blind): as "
        "the attributions write them, or with the dates a reader infers (-implied)",
    )
    args = parser.parse_args()
    if args.set != "time":
        name, _, implied = args.set.partition("-")
        _score_dated_gold(name, load_dated_gold(name, implied=bool(implied)), args.misses)
        return
    cases = load_cases()
    analyze(cases[0].article)  # load the model before timing
    tallies = {part: (Tally(), Tally()) for part in ("sample", "own", "all")}
    cpu = 0.0
    for case in cases:
        t0 = time.process_time()
        analysed = analyze(case.article)
        cpu += time.process_time() - t0
        for part in (case.part, "all"):
            score(case, analysed, *tallies[part])
    n = {p: sum(len(c.quotes) for c in cases if c.part == p) for p in ("sample", "own")}
    print(f"gold: {n['sample']} quotes on 19 sample pages, {n['own']} on 7 own articles")
    print("| set, system | mention P / R / F1 | value exact | date right, all quotes |")
    print("|---|---|---|---|")
    for part, (ours, base) in tallies.items():
        print(ours.line(f"{part}, tidings"))
        print(base.line(f"{part}, article date (baseline)", mentions=False))
    print(f"analysis CPU {cpu:.2f} s for {len(cases)} articles")
    if args.misses:
        print("\ntidings' misses:")
        for line in tallies["all"][0].misses:
            print(line)


def _score_dated_gold(name: str, cases: list[Case], misses: bool) -> None:
    ours, base = Tally(), Tally()
    for case in cases:
        score(case, analyze(case.article), ours, base)
    n = sum(len(c.quotes) for c in cases)
    print(f"gold: {n} quotes of {len(cases)} articles ({DATED_GOLDS[name].name})")
    print("| system | mention P / R / F1 | value exact | date right, all quotes |")
    print("|---|---|---|---|")
    print(ours.line("tidings"))
    print(base.line("article date (baseline)", mentions=False))
    if misses:
        print("\ntidings' misses:")
        for line in ours.misses:
            print(line)


if __name__ == "__main__":
    main()

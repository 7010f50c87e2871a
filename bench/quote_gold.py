"""Quote attribution on the project's hand-annotated sample pages: tidings and textacy 0.13.

    PYTHONPATH=src python bench/quote_gold.py
    PYTHONPATH=src python bench/quote_gold.py --misses   # also list tidings' misses and extras
    PYTHONPATH=src python bench/quote_gold.py --scorer issue   # issue 4's reading of the metric
    PYTHONPATH=src python bench/quote_gold.py --pages first   # the first 11 pages only (or: added)
    PYTHONPATH=src TIDINGS_SHARED=/work/shared python bench/quote_gold.py --set aeb
    PYTHONPATH=src TIDINGS_SHARED=/work/shared python bench/quote_gold.py --set aeb2
    PYTHONPATH=src TIDINGS_SHARED=/work/shared python bench/quote_gold.py --set aeb3
    PYTHONPATH=src TIDINGS_SHARED=/work/shared python bench/quote_gold.py --set aeb4
    PYTHONPATH=src TIDINGS_SHARED=/work/shared python bench/quote_gold.py --set tfe
    PYTHONPATH=src TIDINGS_SHARED=/work/shared python bench/quote_gold.py --set tfe2
    PYTHONPATH=src TIDINGS_SHARED=/work/shared python bench/quote_gold.py --set tfe3
    PYTHONPATH=src TIDINGS_SHARED=/work/shared python bench/quote_gold.py --set tfe4
    PYTHONPATH=src TIDINGS_SHARED=/work/shared python bench/quote_gold.py --set tfe5
    PYTHONPATH=src TIDINGS_SHARED=/work/shared python bench/quote_gold.py --set tfe6
    PYTHONPATH=src TIDINGS_SHARED=/work/shared python bench/quote_gold.py --set tfe7
    PYTHONPATH=src TIDINGS_SHARED=/work/shared python bench/quote_gold.py --set tfe8
    PYTHONPATH=src TIDINGS_SHARED=/work/shared python bench/quote_gold.py --set tfe9
    PYTHONPATH=src TIDINGS_SHARED=/work/shared python bench/quote_gold.py --set tfe10
    PYTHONPATH=src TIDINGS_SHARED=/work/shared python bench/quote_gold.py --set outside  # pooled
    PYTHONPATH=src python bench/quote_gold.py --set news10
    PYTHONPATH=src python bench/quote_gold.py --set news11
    PYTHONPATH=src python bench/quote_gold.py --set news12
    PYTHONPATH=src python bench/quote_gold.py --set news13
    PYTHONPATH=src python bench/quote_gold.py --set news14
    PYTHONPATH=src python bench/quote_gold.py --set news15
    PYTHONPATH=src python bench/quote_gold.py --set news16
    PYTHONPATH=src python bench/quote_gold.py --set news17
    PYTHONPATH=src python bench/quote_gold.py --set rdb
    PYTHONPATH=src python bench/quote_gold.py --set rdb2
    PYTHONPATH=src python bench/quote_gold.py --set rdb3
    PYTHONPATH=src python bench/quote_gold.py --set addressee

``--set aeb`` scores the second outside gold, bench/data/quote_gold_aeb/*.json (see the README
there): ten AEB pages that are not in the sample, read at run time from
$TIDINGS_SHARED/data/extraction/aeb/html (default ../shared), never copied into the repository.
``--set aeb2`` scores the third, bench/data/quote_gold_aeb2 (13 more AEB pages, written in
session 9 and kept blind: see its README before reading tidings' errors on it). ``--set news10``
scores the fourth, bench/data/quote_gold_news10: six news articles written for the project in
session 10, text and gold both in the repository, also kept blind (see its README); ``--set
news11`` the fifth, bench/data/quote_gold_news11: six more, written in session 11 in the shapes
of PolNeAR's held-out outlets, with addressees (line (f)) and said-on dates (scored by
bench/quote_time.py ``--set news11``), blind too; ``--set news12`` the sixth,
bench/data/quote_gold_news12: six more, written in session 12 in shapes the others lack (a
confirmation hearing, a wire story, an election night, a launch, a strike, a present-tense
profile), blind too; ``--set news13`` the seventh, bench/data/quote_gold_news13 (session 13: a
council meeting, a leaked memo, the Sunday shows, a British story, a press conference, a U.N.
council meeting), blind too; ``--set news14`` the eighth, bench/data/quote_gold_news14 (session 14:
a trial, a company's results, a medical study, a Sydney storm in curly single marks, a
concession, a feature), blind too; ``--set news15`` the ninth (session 15: a cup tie, job cuts
from a memo, a British fare rise in single marks, an earthquake abroad, a police story, climate
talks), blind too; ``--set news16`` the tenth (session 16: a court ruling, a profit warning, a
nurses' strike, an election abroad in curly marks, a football transfer, a drought), blind too;
``--set rdb`` the eleventh, bench/data/quote_gold_rdb (session 16): six real news pages of Mozilla
readability's test suite (BBC, The Telegraph, BuzzFeed, Yahoo, The New York Times, The Washington
Post), read at run time from $TIDINGS_SHARED/data/extraction/readability, blind; ``--set news17``
(session 17: a car recall, a trial's testimony, a storm, talks abroad, a study, a band's farewell)
and ``--set rdb2`` (session 17: six more readability news pages: Herald Sun, Yahoo/AP, Breitbart,
CNNMoney, The New York Times, The Washington Post), blind too; ``--set aeb3`` (session 18: eight
more AEB pages, a column on newspaper chains, a drug study, car sales, a guilty plea, moon landers,
markets, a stock on TV, a ministry's statement), and ``--set rdb3`` (session 18: two more
readability news pages, The New York Times on interest costs and The Guardian on whale
strandings), blind too; ``--set aeb4`` (session 19: seven more AEB pages, a label's feud in
statements, a dance show's farewell, a police rescue on camera, an opinion on a prince's interview,
a plague case, a police blotter, analysts on a retailer), blind too; ``--set tfe`` (session 19:
six news pages of trafilatura's evaluation set, which no quote rule had read: a salon owner on a
TV station, a prosecutor on a sex ring, a police superintendent in Nassau, a union report in The
Guardian, a council race in the Bronx, a retirees' association in Texas), and ``--set tfe2``
(session 19: six more of them: blackouts in The New York Times, a mass grave on the BBC, a resort
plan at a county meeting, a crash in Miami, a company's climate pledge, an awards night) and
``--set tfe3`` (session 19: five more: voters on CBS, a congressman's exit in Politico, a
manslaughter sentence in The Telegraph, a hunter's death in Guyana, a Senate vote in Trinidad),
blind too; ``--set tfe4`` (session 20: six more: a candidate's past in the Los Angeles Times, a
transit board in Miami, a radio telescope in Nature, ransomware on Threatpost, a grocery chain's
cyber attack in Trinidad, food prices in Nassau), blind too; ``--set tfe5`` (session 20: seven
more: AI's energy use in Wired, the Amazon fires on Vice, travel corridors in the Evening
Standard, a justice sworn in (JTA), fines in The Independent, a museum's patron in the Observer,
emissions in Salon), blind too; ``--set tfe6`` (session 21: eight more: Berlin's colonial
street names and an Ahr Valley grape on DW, an apology in Costa Rica, a premier's arrest in the
BVI, a ruling against Amazon in California, goats off a Caribbean island in National Geographic,
a tattoo in Sweden, hydrangea care in Real Simple), blind too; ``--set tfe7`` (session 22: eight
more: the "a-ha!" moment on Medical News Today, a faster 3-D printer on Wevolver, PAHO's warning
in Belize, Jamaica's exports on radio and a free-zones conference from JIS, Barbados's schools in
the Nation, cocaine seized in Puerto Rico, migration talks in The Tico Times), blind too; ``--set
tfe8`` (session 23: eight more: Indigenous lands and intact forests on The Planetary Press, the
books of Hitler, Nixon and Trump in The Village Voice, endorsements on FiveThirtyEight, the BVI
premier's arrest in the St Lucia Times, dead skin cells on HelloGiggles, a blood-drawing robot at
Rutgers, masks stolen in Kobe in The Japan Times, a studio's communications head on Page Six),
blind too; ``--set tfe9`` (session 24: eight more: an Axios newsletter on school surveillance and
rural student debt, where to buy RTX cards on Tom's Hardware, a musician's EP on Tone Deaf, a
junior tennis player's illness in The Haitian Times, COVID-19 at a Manchester university on MSN,
Alaska Airlines joining Oneworld on The Points Guy, a Hyatt resort in Vietnam, a hotel's gift to
an animal charity on Bahamas Local), blind too; ``--set tfe10`` (session 24: two more, from the
AEB pages, since few unused English pages with statements are left in trafilatura's set:
Disney+'s launch glitches, a geological map of Titan; four more it first held were sample pages
already in tests/data/quote_gold and were taken out), blind too.

The gold (tests/data/quote_gold/*.json, see the README there) was written by reading the text
tidings extracts from pages of the bundled sample corpus (src/tidings/sample/pages), none of them
in ../shared/data, so it checks that the quote rules generalise beyond PolNeAR. Each gold file
records the sha256 of the extracted text it was annotated on: if extraction changes that text,
the page is reported as changed (``GoldMismatch``) instead of being scored against stale spans.

Scores are bench/quote_score.py's, the same as the PolNeAR benchmark's: (a) direct quotes,
(b) direct + speaker, (c) all attributions, (d) speaker accuracy on matched direct quotes. The
gold speaker "Source" is the speaker as written, at its occurrence nearest the quote, and its
proper name is the reader's resolved full name (so "he" is right when it overlaps the written
mention or when the resolved name holds the gold surname). One more line, for tidings only:
(e) the resolved name on every matched attribution with a named gold speaker holds the gold
surname (stricter than (b): a predicted "he" overlapping the gold "he" does not count).

Line (f), to whom (session 11): the addressee on the attributions matched in (c) (strict
one-to-one matching, whatever the scorer). A predicted addressee is right when its mention
overlaps the gold words (at their occurrence nearest the quote) or its name holds the gold's head
noun (the last word of the gold words, or of the gold ``addressee_name`` a pronoun resolves to);
a predicted addressee on a quote with no gold one is a false positive, a wrong one is both a
false positive and a miss. Printed beside it, on the same matched quotes: the rule a user would
write first (``baseline_addressees``: the first noun chunk that is the object of the cue when
the cue is "tell", "ask" or "inform", from spaCy's parse). ``--set addressee`` scores
bench/data/addressee_gold, seven articles written for the project dense with addressees.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from gold_text import GoldMismatch, check_text  # noqa: E402
from quote_score import (  # noqa: E402
    SCORINGS,
    STRICT,
    Gold,
    Pred,
    Scores,
    Scoring,
    mark_chars,
    match,
    merge_by_cue,
    print_table,
    source_name,
    speaker_right,
    textacy_nlp,
    textacy_preds,
    tidings_preds,
)

import tidings  # noqa: E402
from tidings.model import Article  # noqa: E402

GOLD_DIR = REPO / "tests" / "data" / "quote_gold"
PAGES = REPO / "src" / "tidings" / "sample" / "pages"
#: The AEB gold: annotations in the repository, pages read from ../shared at run time.
AEB_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_aeb"
AEB2_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_aeb2"
#: Eight more AEB pages (session 18), annotated blind with the conventions of rdb2.
AEB3_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_aeb3"
#: Seven more (session 19), annotated blind the same way.
AEB4_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_aeb4"
#: The project's own golds: articles written for it (plain text in texts/, annotations beside):
#: news10 the fourth gold; news11 (session 11) in the shapes of PolNeAR's held-out outlets, with
#: addressees and said-on dates; news12 to news17 one per session from 12 on, each blind when it
#: was written (their READMEs); addressee, articles written to measure addressees.
OWN_GOLD_DIRS = {
    **{f"news{n}": REPO / "bench" / "data" / f"quote_gold_news{n}" for n in range(10, 18)},
    "addressee": REPO / "bench" / "data" / "addressee_gold",
}
NEWS10_GOLD_DIR = OWN_GOLD_DIRS["news10"]
ADDRESSEE_GOLD_DIR = OWN_GOLD_DIRS["addressee"]
EXTRACTION = Path(os.environ.get("TIDINGS_SHARED", REPO.parent / "shared")) / "data" / "extraction"
AEB_PAGES = EXTRACTION / "aeb" / "html"
#: The readability gold (session 16): annotations here, Mozilla readability's test pages (real
#: news pages, Apache-2.0 test suite) read from ../shared at run time.
RDB_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_rdb"
RDB_PAGES = EXTRACTION / "readability"
#: Six more of readability's news pages (session 17), annotated blind like rdb.
RDB2_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_rdb2"
#: Two more (session 18): The New York Times on interest costs, The Guardian on whale strandings.
RDB3_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_rdb3"
#: Six news pages of trafilatura's evaluation set (session 19), annotated blind like aeb4.
TFE_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_tfe"
TFE_PAGES = EXTRACTION / "trafilatura-eval" / "html"
TFE2_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_tfe2"
TFE3_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_tfe3"
TFE4_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_tfe4"
TFE5_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_tfe5"
TFE6_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_tfe6"
TFE7_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_tfe7"
TFE8_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_tfe8"
TFE9_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_tfe9"
#: Six more (session 24), named for the series but read from the AEB pages (its README says why).
TFE10_GOLD_DIR = REPO / "bench" / "data" / "quote_gold_tfe10"
#: The golds whose pages live in ../shared: name -> (annotations, pages, what the pages are).
SHARED_GOLDS = {
    "aeb": (AEB_GOLD_DIR, AEB_PAGES, "AEB pages"),
    "aeb2": (AEB2_GOLD_DIR, AEB_PAGES, "AEB pages"),
    "aeb3": (AEB3_GOLD_DIR, AEB_PAGES, "AEB pages"),
    "aeb4": (AEB4_GOLD_DIR, AEB_PAGES, "AEB pages"),
    "tfe": (TFE_GOLD_DIR, TFE_PAGES, "trafilatura evaluation pages"),
    "tfe2": (TFE2_GOLD_DIR, TFE_PAGES, "trafilatura evaluation pages"),
    "tfe3": (TFE3_GOLD_DIR, TFE_PAGES, "trafilatura evaluation pages"),
    "tfe4": (TFE4_GOLD_DIR, TFE_PAGES, "trafilatura evaluation pages"),
    "tfe5": (TFE5_GOLD_DIR, TFE_PAGES, "trafilatura evaluation pages"),
    "tfe6": (TFE6_GOLD_DIR, TFE_PAGES, "trafilatura evaluation pages"),
    "tfe7": (TFE7_GOLD_DIR, TFE_PAGES, "trafilatura evaluation pages"),
    "tfe8": (TFE8_GOLD_DIR, TFE_PAGES, "trafilatura evaluation pages"),
    "tfe9": (TFE9_GOLD_DIR, TFE_PAGES, "trafilatura evaluation pages"),
    "tfe10": (TFE10_GOLD_DIR, AEB_PAGES, "AEB pages"),
    "rdb": (RDB_GOLD_DIR, RDB_PAGES, "readability test pages"),
    "rdb2": (RDB2_GOLD_DIR, RDB_PAGES, "readability test pages"),
    "rdb3": (RDB3_GOLD_DIR, RDB_PAGES, "readability test pages"),
}
#: Pools of golds scored as one (``--set real`` / ``written`` / ``outside``): every attribution of
#: every page counts once, so one number says how the rules do on text they were not written
#: on. "real": the golds on published pages (the bundled sample pages and those read from
#: ../shared); "written": the articles written for the project; "outside": both.
POOLS = {
    "real": ["sample", *SHARED_GOLDS],
    "written": list(OWN_GOLD_DIRS),
    "outside": ["sample", *SHARED_GOLDS, *OWN_GOLD_DIRS],
}
#: Name suffixes that are not the surname ("James P. Kennedy Jr." -> "Kennedy").
_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|II|III)\.?$")


@dataclass
class GoldAddressee:
    """A gold addressee: the words as written, their characters nearest the quote, and the head
    nouns a predicted name may hold (of the words, and of the resolved name of a pronoun)."""

    words: str
    chars: set[int]
    heads: list[str]


@dataclass
class GoldPage:
    path: Path
    article: Article
    gold: list[Gold]
    names: list[str | None]  # the reader's full name of each gold speaker, None if anonymous
    #: each gold attribution's addressee, None when it has none (line (f))
    addressees: list[GoldAddressee | None] = field(default_factory=list)


def page_article(page: str, pages: Path = PAGES) -> Article:
    """The article tidings extracts from a page under ``pages`` (no analysis)."""
    path = pages / page
    data = path.read_bytes()
    if path.suffix == ".gz":
        data = gzip.decompress(data)
    return tidings.extract(data, url=None, analyze=False)


def load(path: Path, pages: Path = PAGES) -> GoldPage:
    """One gold file, checked against the text tidings extracts now. Raises GoldMismatch."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    article = page_article(doc["page"], pages)
    text = article.text or ""
    check_text(path, doc, text, "quote")
    marks = mark_chars(text)
    gold, names, addressees = [], [], []
    for first, entry in doc["quotes"].items():
        content: set[int] = set()
        for frag in [first, *entry.get("also", [])]:
            if text.count(frag) != 1:
                raise GoldMismatch(f"{path.name}: gold quote not found once in the text: {frag!r}")
            start = text.index(frag)
            content.update(range(start, start + len(frag)))
        kind = entry["kind"]
        inside = len(content & marks) / max(1, len(content))
        direct = kind == "direct" or (kind == "mixed" and inside >= 0.5)
        source = _speaker_chars(text, entry["speaker"], content)
        name = entry["name"]
        key = _SUFFIX.sub("", name) if name else (entry["speaker"] or "")
        gold.append(Gold(content, source, key, direct))
        names.append(name)
        addressees.append(_gold_addressee(text, entry, content))
    return GoldPage(path, article, gold, names, addressees)


def _gold_addressee(text: str, entry: dict, content: set[int]) -> GoldAddressee | None:
    words = entry.get("addressee")
    if not words:
        return None
    chars = _speaker_chars(text, words, content)
    if not chars:
        raise GoldMismatch(f"gold addressee not found in the text: {words!r}")
    heads = [_head(words)] + ([_head(entry["addressee_name"])] if "addressee_name" in entry else [])
    return GoldAddressee(words, chars, heads)


def _head(phrase: str) -> str:
    """The head noun of a gold addressee: its last word ("CNN's Maria Lopez" -> "Lopez")."""
    return re.findall(r"[\w.&-]+", phrase)[-1].strip(".")


def _speaker_chars(text: str, speaker: str | None, content: set[int]) -> set[int]:
    """The characters of the written speaker mention nearest the quote (empty if none)."""
    if not speaker:
        return set()
    lo, hi = min(content), max(content)
    best: tuple[int, int, int] | None = None
    for m in re.finditer(r"\b" + re.escape(speaker) + r"\b", text):
        dist = max(lo - m.end(), m.start() - hi, 0)
        if best is None or dist < best[0]:
            best = (dist, m.start(), m.end())
    return set(range(best[1], best[2])) if best else set()


#: The first 11 gold pages (137 attributions, 2026-11-29); the ones added later were annotated
#: after this session's quote rules were written, so they score how the rules generalise.
FIRST_PAGES = frozenset(
    {
        "264dc3ae31249cb1",
        "291a8bf33ee49074",
        "70cb2d5bca75ab5a",
        "776a1c046798b474",
        "7a457a4f71735c17",
        "7de5241947a5f714",
        "c13b9c0e04fb28d4",
        "c7e39ac49fa1235f",
        "c90731f051d033e4",
        "citypost_2025_03_13_engineers-race-to-repair-gate",
        "northerntimes_2025_03_13_opposition-demands-answers",
    }
)


def load_all(pages: str = "all") -> list[GoldPage]:
    """The gold pages: ``all``, ``first`` (the first 11) or ``added`` (those added after)."""
    paths = sorted(GOLD_DIR.glob("*.json"))
    if pages != "all":
        paths = [p for p in paths if (p.stem in FIRST_PAGES) == (pages == "first")]
    return [load(p) for p in paths]


def load_shared(name: str) -> list[GoldPage]:
    """A gold of pages in ../shared (:data:`SHARED_GOLDS`), their HTML read from there; exits
    (rc 0, skipped) when they are absent."""
    gold_dir, pages, _ = SHARED_GOLDS[name]
    if not pages.is_dir():
        print(
            f"skipped: pages not found at {pages}; set TIDINGS_SHARED to the folder holding "
            f"data/extraction ({gold_dir.relative_to(REPO)} annotates those pages)",
            file=sys.stderr,
        )
        raise SystemExit(0)
    return [load(p, pages) for p in sorted(gold_dir.glob("*.json"))]


def pool_members(name: str) -> list[str]:
    """The golds of ``name``: a pool of :data:`POOLS`, or golds named with commas
    ("aeb4,tfe,tfe2")."""
    members = POOLS.get(name) or name.split(",")
    known = set(POOLS["outside"])  # every gold there is
    if unknown := [m for m in members if m not in known]:
        raise SystemExit(f"unknown gold(s) {unknown}; known: {sorted(known)} and {list(POOLS)}")
    return members


def load_pool(name: str) -> list[GoldPage]:
    """The pages of every gold in the pool ``name`` (:func:`pool_members`); a gold whose pages
    are not in ../shared is left out, with a message saying so."""
    pages: list[GoldPage] = []
    for gold in pool_members(name):
        if gold in SHARED_GOLDS:
            if not SHARED_GOLDS[gold][1].is_dir():
                print(f"left out of {name}: {gold} (pages not in ../shared)", file=sys.stderr)
                continue
            pages += load_shared(gold)
        elif gold in OWN_GOLD_DIRS:
            pages += load_own(OWN_GOLD_DIRS[gold])
        else:
            pages += load_all()
    return pages


def load_aeb() -> list[GoldPage]:
    """The second outside gold: ten AEB pages, read from ../shared."""
    return load_shared("aeb")


def load_own(gold_dir: Path) -> list[GoldPage]:
    """A gold of articles written for the project: the texts in texts/ beside the annotations
    (news10, news11, the addressee gold)."""
    return [load(p, gold_dir / "texts") for p in sorted(gold_dir.glob("*.json"))]


def load_addressee_gold() -> list[GoldPage]:
    """The addressee gold (seven articles dense with addressees)."""
    return load_own(ADDRESSEE_GOLD_DIR)


def load_news10() -> list[GoldPage]:
    """The fourth gold: six articles written for the project in session 10, blind."""
    return load_own(NEWS10_GOLD_DIR)


@dataclass
class NameTally:
    """(e): resolved name right on matched attributions whose gold speaker has a name."""

    right: int = 0
    total: int = 0

    def add(self, preds: list[Pred], gold: list[Gold], names: list[str | None]) -> None:
        named = {id(g) for g, n in zip(gold, names, strict=True) if n}
        for p, g in match(merge_by_cue(preds), gold):
            if id(g) in named:
                self.total += 1
                key = source_name(g.source_text)
                self.right += bool(key) and key.lower() in p.name.lower()


@dataclass
class AddresseeTally:
    """(f): addressees on the attributions matched (strict, one-to-one) with gold ones."""

    tp: int = 0
    pred: int = 0  # predicted addressees on matched attributions
    gold: int = 0  # gold addressees on matched attributions
    gold_all: int = 0  # every gold addressee, matched or not

    def add(self, preds: list[Pred], page: GoldPage) -> None:
        to = {id(g): a for g, a in zip(page.gold, page.addressees, strict=True)}
        self.gold_all += sum(a is not None for a in page.addressees)
        for p, g in match(merge_by_cue(preds), page.gold):
            gold = to[id(g)]
            self.gold += gold is not None
            if p.addressee or p.addressee_chars:
                self.pred += 1
                self.tp += gold is not None and addressee_right(p, gold)

    def prf(self) -> tuple[float, float, float]:
        pr = self.tp / self.pred if self.pred else 0.0
        rc = self.tp / self.gold if self.gold else 0.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)


def addressee_right(p: Pred, gold: GoldAddressee) -> bool:
    """The predicted addressee overlaps the gold words or its name holds a gold head noun."""
    if p.addressee_chars & gold.chars:
        return True
    return any(re.search(rf"\b{re.escape(h)}\b", p.addressee, re.IGNORECASE) for h in gold.heads)


#: The cues of the baseline addressee rule, and the dependencies of their object.
_BASE_CUES = frozenset({"tell", "ask", "inform"})
_BASE_DEPS = frozenset({"dobj", "dative", "iobj"})


def baseline_addressees(nlp, article: Article, preds: list[Pred]) -> list[Pred]:
    """The same predictions with the addressee a user's first rule would give: the first noun
    chunk after the cue that is the cue's object, when the cue is "tell", "ask" or "inform"."""
    doc = nlp(article.text or "")
    by_start = {t.idx: t for t in doc}
    chunks = list(doc.noun_chunks)
    out = []
    for p in preds:
        q = Pred(set(p.content), p.speakers, p.name, p.direct, p.cue)
        cue = by_start.get(p.cue[0]) if p.cue else None
        if cue is not None and cue.lemma_ in _BASE_CUES:
            obj = next(
                (
                    c
                    for c in chunks
                    if c.start > cue.i and c.root.head.i == cue.i and c.root.dep_ in _BASE_DEPS
                ),
                None,
            )
            if obj is not None:
                q.addressee = obj.text
                q.addressee_chars = frozenset(range(obj.start_char, obj.end_char))
        out.append(q)
    return out


def score_tidings(pages: list[GoldPage], scoring: Scoring = STRICT) -> tuple[Scores, NameTally]:
    """tidings' (a)-(d) and (e)."""
    scores, names, _, _ = score_with_addressees(pages, scoring)
    return scores, names


def score_with_addressees(
    pages: list[GoldPage], scoring: Scoring = STRICT, nlp=None
) -> tuple[Scores, NameTally, AddresseeTally, AddresseeTally]:
    """tidings' (a)-(d), (e), (f), and (f) for the baseline rule on the same quotes (``nlp``:
    the full spaCy pipeline the baseline parses with; no baseline without it)."""
    scores, names = Scores(scoring=scoring), NameTally()
    to, base = AddresseeTally(), AddresseeTally()
    for page in pages:
        preds = tidings_preds(page.article, floating_joined=False)
        scores.add(preds, page.gold)
        names.add(preds, page.gold, page.names)
        to.add(preds, page)
        if nlp is not None:
            base.add(baseline_addressees(nlp, page.article, preds), page)
    return scores, names, to, base


def score_textacy(pages: list[GoldPage], scoring: Scoring = STRICT) -> tuple[Scores, int]:
    nlp = textacy_nlp()
    scores, crashed = Scores(scoring=scoring), 0
    for page in pages:
        preds, crash = textacy_preds(nlp, page.article.text or "")
        crashed += crash
        scores.add(preds, page.gold, crash)
    return scores, crashed


def misses(pages: list[GoldPage], addressees: bool = True) -> None:
    """Print each page's gold attributions tidings missed and its predictions matching none
    (and, when the gold annotates addressees, each addressee it got wrong)."""
    for page in pages:
        text = page.article.text or ""
        preds = merge_by_cue(tidings_preds(page.article, floating_joined=False))
        pairs = match(preds, page.gold)
        hit_g = {id(g) for _, g in pairs}
        hit_p = {id(p) for p, _ in pairs}
        print(f"\n### {page.path.name}")
        for g in page.gold:
            if id(g) not in hit_g:
                print(f"  missed: {_snippet(text, g.content)}")
        for p in preds:
            if id(p) not in hit_p:
                print(f"  extra:  {_snippet(text, p.content)} ({p.name or '-'})")
        for p, g in pairs:
            if source_name(g.source_text) and not speaker_right(p, g):
                print(
                    f"  speaker: {p.name or '-'!r} for {g.source_text!r}: "
                    f"{_snippet(text, g.content)}"
                )
        to = {id(g): a for g, a in zip(page.gold, page.addressees, strict=True)}
        for p, g in pairs if addressees else []:
            gold = to[id(g)]
            given = bool(p.addressee or p.addressee_chars)
            if (gold is None and given) or (gold is not None and not addressee_right(p, gold)):
                print(
                    f"  addressee: {p.addressee or '-'!r} for {gold.words if gold else '-'!r}: "
                    f"{_snippet(text, g.content)}"
                )


def _snippet(text: str, chars: set[int]) -> str:
    s = text[min(chars) : max(chars) + 1].replace("\n", " ")
    return repr(s if len(s) <= 90 else s[:87] + "...")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="list tidings' misses and extras")
    parser.add_argument(
        "--scorer",
        choices=list(SCORINGS),
        default="strict",
        help="strict (default) or issue (bench/quote_score.py's ISSUE reading)",
    )
    parser.add_argument(
        "--pages",
        choices=["all", "first", "added"],
        default="all",
        help="score all gold pages, the first 11, or only those added after them",
    )
    parser.add_argument(
        "--set",
        default="sample",
        help="the bundled sample gold (default), an AEB, readability or trafilatura gold "
        "(pages from ../shared), the project's own articles (news10 to news17, addressee), "
        "or a pool of them scored as one (real, written, outside, or golds joined by commas)",
    )
    args = parser.parse_args()
    if args.set in POOLS or "," in args.set:
        pages = load_pool(args.set)
        label = f"Pool {args.set!r} ({', '.join(pool_members(args.set))})"
    elif args.set in SHARED_GOLDS:
        gold_dir, _, what = SHARED_GOLDS[args.set]
        pages = load_shared(args.set)
        label = f"{what} ({gold_dir.relative_to(REPO)})"
    elif args.set in OWN_GOLD_DIRS:
        gold_dir = OWN_GOLD_DIRS[args.set]
        pages = load_own(gold_dir)
        label = f"Articles written for the project ({gold_dir.relative_to(REPO)})"
    elif args.set == "sample":
        pages = load_all(args.pages)
        label = f"Hand-annotated sample pages ({args.pages})"
    else:
        raise SystemExit(f"unknown gold {args.set!r}; known: {sorted(pool_members('outside'))}")
    ours, names, to, base = score_with_addressees(pages, SCORINGS[args.scorer], textacy_nlp())
    theirs, crashed = score_textacy(pages, SCORINGS[args.scorer])
    kinds = sum(g.direct for p in pages for g in p.gold)
    print(
        f"\n## {label}: {len(pages)} articles, "
        f"{sum(len(p.gold) for p in pages)} gold attributions, of them direct {kinds}; "
        f"textacy crashed on {crashed}"
    )
    print_table(ours, theirs)
    e = names.right / max(1, names.total)
    print(
        f"| (e) resolved name right, matched named | {e:.3f} "
        f"({names.right}/{names.total}) | | | - | | |"
    )
    if not to.gold_all:
        # a gold written before addressees were annotated (aeb2, news10): nothing to score
        print("\n(f) addressees: not annotated in this gold")
        if args.misses:
            misses(pages, addressees=False)
        return
    print(
        "| (f) addressee on matched (baseline rule in the peer columns) | "
        + " | ".join(f"{x:.3f}" for x in (*to.prf(), *base.prf()))
        + " |"
    )
    print(
        f"\n(f) counts: gold addressees {to.gold_all}, on matched attributions {to.gold}; "
        f"tidings {to.tp} right of {to.pred} given; baseline {base.tp} right of {base.pred}"
    )
    if args.misses:
        misses(pages)


if __name__ == "__main__":
    main()

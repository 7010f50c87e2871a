"""How PolNeAR annotates a quotation split around its tag, and floating quotes (train 0-499).

    TIDINGS_SHARED=/work/shared PYTHONPATH=src python bench/polnear_conventions.py

Reads the gold .ann files only (no tidings output), to check the conventions that
``quote_score.merge_by_cue`` and tidings' floating quotes assume:

1. ``"A," <tag>. "B"`` in one paragraph (A closes on a comma, "?" or "!", a tag of a few words
   ends the sentence, B opens the next): is B part of A's attribution (its Content span, or its
   ``Content2``), an attribution of its own (with which cue), or not annotated?
2. A paragraph that is only a quote, after a paragraph that quotes: the same attribution as the
   previous paragraph's content, one of its own, or none?
3. How many attributions have a ``Content2`` (a second piece of content), which
   ``quotes_polnear.read_gold`` left out until session 6 (it kept an event's first Content;
   it now reads every piece).
"""

from __future__ import annotations

import collections
import re
import sys
from itertools import pairwise
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "bench"))

from quote_score import BLOCK  # noqa: E402
from quotes_polnear import _chars, pairs  # noqa: E402

from tidings.analyze.quotemarks import find_quoted, quoted_chars  # noqa: E402

#: Between A's closing mark and B's opening mark: a tag of a few words ending the sentence.
_TAG = re.compile(r"\s+[^\"“”'.?!;:]{2,60}\.\s+")


def read_events(ann: Path) -> tuple[dict[str, set[int]], list[dict[str, str]]]:
    """Span characters by id, and each event's roles (Content, Content2, Cue, Source, ...)."""
    spans: dict[str, set[int]] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            spans[parts[0]] = _chars(parts[1].partition(" ")[2])
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    return spans, events


def _holding(pieces: list, a: int, b: int) -> list[tuple[int, str]]:
    """(event, role) of the content pieces holding at least half of characters [a, b)."""
    want = set(range(a, b))
    return [(k, role) for k, role, c in pieces if len(c & want) >= 0.5 * (b - a)]


def main() -> None:
    split_tag: collections.Counter[str] = collections.Counter()
    floating: collections.Counter[str] = collections.Counter()
    content2 = 0
    for _name, txt, ann in pairs("train")[:500]:
        text = txt.read_text(encoding="utf-8")
        spans, events = read_events(ann)
        content2 += sum("Content2" in ev for ev in events)
        pieces = [
            (k, role, spans[tid])
            for k, ev in enumerate(events)
            for role, tid in ev.items()
            if role.startswith("Content") and tid in spans
        ]
        cues = {k: spans[ev["Cue"]] for k, ev in enumerate(events) if ev.get("Cue") in spans}

        paras = list(BLOCK.finditer(text))
        for m in paras:
            qs = [q for q in find_quoted(m.group()) if q.closed]
            for q1, q2 in pairwise(qs):
                a1, b1 = m.start() + q1.open_mark, m.start() + q1.close_mark + 1
                a2, b2 = m.start() + q2.open_mark, m.start() + q2.close_mark + 1
                if text[b1 - 2] not in ",?!" or not _TAG.fullmatch(text[b1:a2]):
                    continue
                e1, e2 = _holding(pieces, a1, b1), _holding(pieces, a2, b2)
                if not e1:
                    continue
                k1 = e1[0][0]
                same = [role for k, role in e2 if k == k1]
                if not e2:
                    split_tag["B not annotated"] += 1
                elif same:
                    split_tag["one attribution: B in its " + same[0]] += 1
                else:
                    c2 = cues.get(e2[0][0], set())
                    where = "after B" if c2 and min(c2) > a2 else "before B"
                    split_tag[f"two attributions, B's cue {where}"] += 1
        for prev, m in pairwise(paras):
            p = m.group()
            qs = find_quoted(p)
            if not qs or qs[0].open_mark > 1 or not find_quoted(prev.group()):
                continue
            if quoted_chars(qs, 0, len(p)) / len(p.strip()) < 0.8:
                continue
            here, before = set(range(m.start(), m.end())), set(range(prev.start(), prev.end()))
            held = [k for k, _role, c in pieces if len(c & here) > 0.5 * len(here)]
            if not held:
                floating["not annotated"] += 1
                continue
            k = held[0]
            if cues.get(k, set()) & here:
                floating["(has its own cue in the paragraph)"] += 1
            elif any(kk == k and c & before for kk, _role, c in pieces):
                floating["same attribution as the previous paragraph's content"] += 1
            else:
                floating["an attribution of its own, cue elsewhere"] += 1
    print('1. \'"A," <tag>. "B"\' in one paragraph, A annotated (train 0-499):')
    for k, v in split_tag.most_common():
        print(f"   {v:4d}  {k}")
    print("2. a paragraph that is only a quote, after a paragraph that quotes:")
    for k, v in floating.most_common():
        print(f"   {v:4d}  {k}")
    print(f"3. attributions with a Content2: {content2}")


if __name__ == "__main__":
    main()

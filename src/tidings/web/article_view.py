"""The article reader: the article's paragraphs with its quotes, cues and speaker mentions marked.

Quotes become ``<mark class="quote">`` with id ``q-<start offset>`` (``/articles/ID#q-120``
scrolls to the quote starting at character 120), cues ``<span class="cue">``, the time words
that date a quote ``<span class="when">`` (titled "said 15 Mar 2016"), and each mention of a
speaker a link to their corpus page. All offsets come from the stored record;
:mod:`tidings.web.highlight` escapes the text.
"""

from __future__ import annotations

from urllib.parse import quote as urlquote

from tidings.partialdates import label as said_label
from tidings.web.highlight import Block, Mark, render_article
from tidings.web.models import ArticleDetail


def _speaker_href(corpus_id: str | None) -> str | None:
    return f"/speakers/{urlquote(corpus_id, safe='')}" if corpus_id else None


def article_marks(detail: ArticleDetail) -> list[Mark]:
    """Every mark of the article: quotes, cues, time words, speaker mentions (deduplicated by
    span)."""
    record = detail.article
    marks: list[Mark] = []
    timed: set[tuple[int, int]] = set()  # time words shared by several quotes: marked once
    for q, stored in zip(detail.quotes, record.get("quotes", []), strict=False):
        who = q.speaker or "unattributed"
        marks.append(
            Mark(
                start=q.start,
                end=q.end,
                kind="quote",
                attrs=(
                    ("class", f"kind-{q.kind}"),
                    ("data-quote", q.quote_id or ""),
                    ("data-seq", str(q.seq)),
                    ("title", f"{who} ({q.kind} quote)"),
                ),
                anchor=f"q-{q.start}",
            )
        )
        cue = stored.get("cue")
        if cue:
            marks.append(
                Mark(start=cue["start"], end=cue["end"], kind="cue", attrs=(("title", "cue"),))
            )
        when = stored.get("said_on_mention")
        if when and (when["start"], when["end"]) not in timed:
            timed.add((when["start"], when["end"]))
            said = f"said {said_label(q.said_on)}" if q.said_on else "when it was said"
            marks.append(
                Mark(start=when["start"], end=when["end"], kind="when", attrs=(("title", said),))
            )
    seen: set[tuple[int, int]] = set()
    for s in record.get("speakers", []):
        href = _speaker_href(detail.speaker_ids.get(s["id"]))
        for m in s.get("mentions", []):
            if (m["start"], m["end"]) in seen:
                continue
            seen.add((m["start"], m["end"]))
            marks.append(
                Mark(
                    start=m["start"],
                    end=m["end"],
                    kind="speaker",
                    href=href,
                    attrs=(("title", s["name"]),),
                )
            )
    for q, stored in zip(detail.quotes, record.get("quotes", []), strict=False):
        m = stored.get("speaker_mention")
        if m and (m["start"], m["end"]) not in seen:
            seen.add((m["start"], m["end"]))
            marks.append(
                Mark(
                    start=m["start"],
                    end=m["end"],
                    kind="speaker",
                    href=_speaker_href(q.speaker_id),
                    attrs=(("title", q.speaker or m["text"]),),
                )
            )
    return marks


def article_blocks(detail: ArticleDetail) -> list[Block]:
    record = detail.article
    return render_article(
        record.get("text", ""), record.get("paragraphs", []), article_marks(detail)
    )

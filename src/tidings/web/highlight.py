"""Turn text plus character offsets into safe HTML: the article reader and search snippets.

Every piece of page-derived text passes through :func:`markupsafe.escape` here before any tag is
added around it, so a title or quote holding ``<script>`` is shown as text, never run. Markup is
built only from our own constant tag names and escaped attribute values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from markupsafe import Markup, escape

#: Markers that FTS5's ``highlight()``/``snippet()`` put around matches. Private-use code points do
#: not occur in news text, so they cannot be confused with the page's own characters.
HIT_OPEN = "\ue000"
HIT_CLOSE = "\ue001"
ELLIPSIS = "…"

#: Nesting order when marks cover the same characters: quotes outside, then cues, then speakers.
_PRIORITY = {"quote": 0, "cue": 1, "speaker": 2}


@dataclass(frozen=True)
class Mark:
    """An annotation over ``text[start:end]`` to be rendered as one element.

    ``kind`` is ``quote``, ``cue``, ``when`` (the time words of an attribution) or ``speaker``;
    ``attrs`` become (escaped) HTML attributes, ``anchor`` an ``id`` put on the first piece only
    (a mark split by a crossing mark keeps one id).
    """

    start: int
    end: int
    kind: str
    attrs: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    anchor: str | None = None
    href: str | None = None


def hits(snippet: str | None) -> Markup:
    """Escape an FTS5 snippet and turn its match markers into ``<mark>`` elements."""
    if not snippet:
        return Markup("")
    text = str(escape(snippet))
    return Markup(text.replace(HIT_OPEN, "<mark>").replace(HIT_CLOSE, "</mark>"))


def _open_tag(mark: Mark, first: bool) -> str:
    tag = "a" if mark.href else ("mark" if mark.kind == "quote" else "span")
    classes = [mark.kind]
    attrs: list[tuple[str, str]] = []
    for key, value in mark.attrs:
        if key == "class":
            classes.append(value)
        else:
            attrs.append((key, value))
    parts = [f'<{tag} class="{escape(" ".join(classes))}"']
    if mark.href:
        parts.append(f' href="{escape(mark.href)}"')
    if first and mark.anchor:
        parts.append(f' id="{escape(mark.anchor)}"')
    parts.extend(f' {key}="{escape(value)}"' for key, value in attrs)
    return "".join(parts) + ">"


def _close_tag(mark: Mark) -> str:
    return "</a>" if mark.href else ("</mark>" if mark.kind == "quote" else "</span>")


def render_span(text: str, offset: int, marks: Iterable[Mark]) -> Markup:
    """Render ``text`` (which starts at ``offset`` in the article) with ``marks`` as nested HTML.

    Marks may overlap in any way. The text is cut at every mark boundary; for each piece the
    wanted stack of open elements is the covering marks ordered outermost first (earlier start,
    later end, then quote > cue > speaker). Elements stay open across pieces while they remain a
    prefix of the stack, so properly nested marks give one element each and only crossing marks
    are split. Links never nest in links: a speaker mark inside another speaker mark is dropped.
    """
    end = offset + len(text)
    clipped = [m for m in marks if m.end > offset and m.start < end and m.end > m.start]
    cuts = sorted(
        {offset, end} | {max(offset, m.start) for m in clipped} | {min(end, m.end) for m in clipped}
    )
    out: list[str] = []
    stack: list[Mark] = []
    opened: set[Mark] = set()
    for a, b in pairwise(cuts):
        covering = [m for m in clipped if m.start <= a and m.end >= b]
        covering.sort(key=lambda m: (m.start, -m.end, _PRIORITY.get(m.kind, 9)))
        wanted: list[Mark] = []
        for m in covering:
            if m.href and any(w.href for w in wanted):
                continue
            wanted.append(m)
        keep = 0
        while keep < len(stack) and keep < len(wanted) and stack[keep] is wanted[keep]:
            keep += 1
        for m in reversed(stack[keep:]):
            out.append(_close_tag(m))
        for m in wanted[keep:]:
            out.append(_open_tag(m, m not in opened))
            opened.add(m)
        stack = wanted
        out.append(str(escape(text[a - offset : b - offset])))
    for m in reversed(stack):
        out.append(_close_tag(m))
    return Markup("".join(out))


@dataclass(frozen=True)
class Block:
    """One rendered paragraph of an article: its role and its HTML."""

    role: str
    html: Markup


def render_article(text: str, paragraphs: Sequence[dict], marks: Sequence[Mark]) -> list[Block]:
    """Render the article's paragraphs (dicts with role, start, end) with the marks inside them.

    Falls back to one block per blank-line-separated chunk when the record has no paragraphs.
    """
    if not paragraphs:
        paragraphs = []
        pos = 0
        for chunk in text.split("\n\n"):
            paragraphs.append({"role": "body", "start": pos, "end": pos + len(chunk)})
            pos += len(chunk) + 2
    blocks = []
    for para in paragraphs:
        start, stop = int(para["start"]), int(para["end"])
        blocks.append(
            Block(
                role=str(para.get("role") or "body"),
                html=render_span(text[start:stop], start, marks),
            )
        )
    return blocks

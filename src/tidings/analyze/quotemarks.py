"""Find the stretches of a paragraph that stand between quote marks, whatever the style.

Handles straight ("), curly (“ ”), low-high („ “), guillemets (« » and » «), and single quotes
(‘ ’ or ') used as the outer marks; single marks inside double ones are part of the content.
An apostrophe ("Russia’s", "don't") is never a mark: a closing single mark must not be followed
by a letter. A paragraph that opens a quote and never closes it yields a span to its end with
``closed=False`` (for single marks, only when the mark opens the paragraph); the caller
decides whether the next paragraph continues it (news style: the next paragraph re-opens with
a mark). Unbalanced marks never raise: a stray closing mark is ignored, a stray opening double
mark runs to the end of the paragraph.

Pure string work, no model: this runs on every paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

#: Opening double marks and the closers each accepts (sloppy typing mixes them, so accept any).
_DOUBLE_CLOSERS = {
    '"': '"”“',
    "“": '”"“',
    "„": '“”"',
    "«": "»",
    "»": "«",
    "”": '”"',
}
_SINGLE_OPEN = "‘'‚‹"
_SINGLE_CLOSE = "’'‘›"
#: Double marks that open a quotation, as the tokenizer gives them (a straight one may also
#: close one): the one list for the rules that read marks from tokens.
OPENING_MARKS = frozenset(('"', "“", "„", "«"))
#: Characters after which a straight or ambiguous mark opens a quote.
_OPEN_AFTER = " \t\n([{—–-/:;,"


@dataclass(frozen=True)
class Quoted:
    """Content between marks: ``start``/``end`` exclude the marks; ``closed`` is False when the
    paragraph ended first."""

    start: int
    end: int
    closed: bool = True
    single: bool = False
    open_mark: int = -1  # offset of the opening mark (start - 1 unless spaces sit inside)
    close_mark: int = -1  # offset of the closing mark, or -1 when left open


def _quoted(text: str, mark: int, end: int, closed: bool = True, single: bool = False) -> Quoted:
    """Quoted content between ``mark`` and ``end``, without the spaces French style puts
    inside guillemets ("« Nous gagnerons »")."""
    start = mark + 1
    while start < end and text[start].isspace():
        start += 1
    stop = end
    while stop > start and (text[stop - 1].isspace() or text[stop - 1] == _PLACEHOLDER):
        stop -= 1
    if text[mark - 1 : mark] == _PLACEHOLDER:
        mark -= 1
    return Quoted(start, stop, closed, single, mark, end if closed else -1)


def _opens(text: str, i: int) -> bool:
    if i > 0 and text[i - 1] == _PLACEHOLDER:
        i -= 1
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    return (prev in _OPEN_AFTER or not prev.strip()) and not nxt.isspace()


def _closes(text: str, i: int) -> bool:
    prev = text[i - 1] if i > 0 else " "
    if prev.isspace() and i >= 2 and text[i - 2] in ",.?!;" and text[i + 1 : i + 2] in ("", " "):
        return True  # a space typed before the closing mark: '"... that advice, " he said'
    return not prev.isspace() or i == len(text) - 1


#: Two apostrophes stand for a double mark in some archives ("''Yes,'' he said"); each pair is
#: read as a placeholder plus a straight double mark, which keeps every offset in place.
_PAIR, _PLACEHOLDER = "''", "\x00"
_DOUBLE_MARK = re.compile('[“„«"»”]')
_SINGLE_MARK = re.compile(f"[{re.escape(_SINGLE_OPEN + _SINGLE_CLOSE)}]")
#: Any character that may open or close a quote (a text without one has none).
_ANY_MARK = re.compile(f"[{re.escape(''.join(_DOUBLE_CLOSERS) + _SINGLE_OPEN + _SINGLE_CLOSE)}]")


def find_quoted(text: str) -> list[Quoted]:
    """All quoted stretches of ``text`` in order (double marks first, then outer singles).

    The parse, the attribution rules and the quote rules each ask for a paragraph's quotes
    (6,922 calls on PolNeAR dev's 84 articles), so the last :data:`QUOTED_CACHE` texts' answers
    are kept (``Quoted`` is frozen; each caller gets a list of its own). A text without a
    mark has none, found without the search or the cache: the parse selection asks for the
    quotes of each sentence of a paragraph with a cue, and on PolNeAR dev 45% of the texts it
    tests hold no mark, not even an apostrophe."""
    if _ANY_MARK.search(text) is None:
        return []
    return list(_find_quoted(text))


#: Texts whose quoted stretches :func:`find_quoted` keeps (a few articles' paragraphs).
QUOTED_CACHE = 512


@lru_cache(maxsize=QUOTED_CACHE)
def _find_quoted(text: str) -> tuple[Quoted, ...]:
    if _PAIR in text:
        text = text.replace(_PAIR, _PLACEHOLDER + '"')
    spans: list[Quoted] = []
    opener: str | None = None
    start = 0
    for hit in _DOUBLE_MARK.finditer(text):  # only marks change the state
        i, ch = hit.start(), hit.group()
        if opener is None:
            if ch in "“„«" or (ch in '"»”' and _opens(text, i)):
                opener, start = ch, i + 1
        elif ch in "“„«" and _opens(text, i) and text[i - 1 : i].isspace():
            opener, start = ch, i + 1  # the earlier mark was a stray: a new quote opens here
        elif ch == "“" and opener == '"' and i == start:
            opener, start = ch, i + 1  # '"“You don’t win ...,” Rubio said': the curly one opens
        elif ch in _DOUBLE_CLOSERS[opener] and (_closes(text, i) or opener in "«»"):
            if text[start:i].strip():
                spans.append(_quoted(text, start - 1, i))
            opener = None
    if opener is not None and text[start:].strip():
        spans.append(_quoted(text, start - 1, len(text), closed=False))
    singles = _find_single(text, spans)
    # a double-quoted stretch inside a single-quoted one is part of its content (British
    # style: '‘Some of them tell me, “I’ve given up hoping.”’'), as singles inside doubles are
    spans = [d for d in spans if not any(_encloses(s, d) for s in singles)]
    return tuple(sorted(spans + singles, key=lambda q: q.start))


def _encloses(outer: Quoted, inner: Quoted) -> bool:
    return (
        outer.closed and outer.open_mark < inner.open_mark and inner.close_mark < outer.close_mark
    )


#: A single mark that stands for left-out letters opens and closes no quote: a decade or a
#: year ("the '90s", "class of '04", "’60s") and "'n'" for "and" ("rock 'n' roll", "fish 'n'
#: chips"). Read as opening marks, "'90s ... 'magical'" quoted the words between them.
_ELISION = re.compile(r"[‘'’]\d\d(?:s|’?s)?\b|[‘'’]n[‘'’](?=\s)")


def _find_single(text: str, doubles: list[Quoted]) -> list[Quoted]:
    """Outer single-quoted stretches (British style), outside every double-quoted one or
    around closed ones ('‘Some of them tell me, “I’ve given up hoping.”’')."""
    inside = [(q.open_mark, (q.close_mark if q.closed else len(text)) + 1) for q in doubles]
    closed_at = {q.open_mark: q.close_mark for q in doubles if q.closed}
    found: list[Quoted] = []
    start: int | None = None
    skip_to = -1  # the closing mark of a double-quoted stretch inside the open single one
    # only single marks and the starts of double-quoted stretches (which reset, unless a single
    # quotation is open around them) change the state
    events = sorted({*(m.start() for m in _SINGLE_MARK.finditer(text)), *(a for a, _ in inside)})
    elided = {i for m in _ELISION.finditer(text) for i in (m.start(), m.end() - 1)}
    for i in events:
        if i in elided and text[i] in _SINGLE_OPEN + _SINGLE_CLOSE:
            continue  # "the '90s", "rock 'n' roll": letters left out, neither opens nor closes
        if i <= skip_to:
            continue
        ch = text[i]
        if start is not None and i in closed_at:
            skip_to = closed_at[i]  # a quotation quoted inside the single one
            continue
        if any(a <= i < b for a, b in inside):
            start = None
            continue
        nxt = text[i + 1] if i + 1 < len(text) else " "
        if start is None:
            if ch in _SINGLE_OPEN and _opens(text, i) and (nxt.isalnum() or nxt in '“".'):
                start = i + 1
        elif ch in _SINGLE_CLOSE and not nxt.isalnum() and _closes(text, i) and i > start:
            found.append(_quoted(text, start - 1, i, single=True))
            start = None
    if start is not None and _opens_paragraph(text, start - 1):
        # British style carries a quotation over paragraphs with single marks: each paragraph
        # opens with one and only the last closes ("‘We will send a team." / "‘I expect ...’")
        found.append(_quoted(text, start - 1, len(text), closed=False, single=True))
    return found


def _opens_paragraph(text: str, mark: int) -> bool:
    """True when the single mark at ``mark`` opens the paragraph and a sentence: a capital
    letter (or a double mark) follows it, so neither an elision ("'90s", "'em") nor a phrase
    left open in mid-line runs to the paragraph's end."""
    nxt = text[mark + 1 : mark + 2]
    return not text[:mark].strip() and (nxt.isupper() or nxt in '“"')


def outer_quotation(text: str) -> Quoted | None:
    """The whole paragraph as one quotation when it opens with a straight double mark and the
    double marks inside it are all curly: a statement typed with straight marks around the
    speaker's own curly ones ('"The Department isn’t about “Equal Justice Under Law” anymore.
    It’s about ...', '"“I have spent eleven years at this hospital ...'). :func:`find_quoted`
    reads the curly pair as the quotation and the straight mark as a stray, which is right for
    a line with a stray mark ('"Trump walked in, chanting “U-S-A!”'); only the caller knows
    that a quotation is expected here (a colon before it, a quotation left open), so it asks.

    Ends at a straight mark closing the paragraph, or is left open (``closed=False``); a glued
    inner mark right inside the outer ones ('"“', '”"') is left out of the content. None when
    the paragraph does not open so, has no curly mark, or has a straight mark inside."""
    body = text.rstrip()
    if not body.startswith('"') or not any(c in body for c in "“”"):
        return None
    closed = len(body) > 1 and body.endswith('"')
    if '"' in body[1 : len(body) - 1 if closed else len(body)]:
        return None
    stop = len(body) - 1 if closed else len(text)
    mark = 1 if body[1:2] == "“" else 0
    q = _quoted(text, mark, stop, closed)
    end = q.end - 1 if closed and text[q.end - 1 : q.end] == "”" else q.end
    if not text[q.start : end].strip():
        return None
    return Quoted(q.start, end, closed, False, 0, stop if closed else -1)


def quoted_chars(spans: list[Quoted], start: int, end: int) -> int:
    """How many characters of ``[start, end)`` lie inside the quoted spans."""
    return sum(max(0, min(end, q.end) - max(start, q.start)) for q in spans)

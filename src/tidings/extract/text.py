"""Scraped page text -> Article: the body, its metadata, and every dropped line with its reason.

Text that a scraper pulled out of a page keeps the page's furniture (navigation, teasers, "Read
more", share buttons, cookie notices) around the article, and has lost the HTML that would tell
them apart. :func:`extract_text` finds the article the way a reader's eye does, in stages:

1. **Lines** (``lines.py``): one block of the page per line, wrapping undone, line numbers kept.
2. **Furniture** (``furniture.py``): each line that a rule recognises (share, cookie, "Read more",
   navigation...) gets its reason; lines of the site template (``templates.py``) get "template";
   a headline followed by "Read more" (and its kicker) is a "teaser".
3. **Body** (``bounds.py``): the densest run of prose. Each line scores by its size (long
   sentences score high, short labels and furniture below zero) and the run with the highest
   total (Kadane's maximum-sum subarray, with a bonus just below the page's headline or a dated
   header) is the body; its edges are then trimmed (a swallowed headline above, trailing story
   lists, a "Related" box at the end) or extended (a list that closes the article). Inside it,
   captions, bylines and furniture are taken out; short lines before a paragraph become
   subheadings. Without such a run the page holds no article (an index page) and says so.
4. **Header** (the lines just above the body, not past a teaser block): title (the headline
   closest to the body, or the one that matches the page's first line, often its ``<title>``),
   section (the short label just above the title), standfirst, bylines, dates, image caption and
   credit.
5. **Footer** (the lines just below the body): dates and bylines written after the article, then
   related links (teasers or the lines under a "Related" heading).

Dates come only from header, body edges and footer lines, never from teasers or navigation, and
never after the capture date. Nothing is site-specific: the rules are about the shape of pages.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime

from tidings.extract.bounds import (
    BY_LINE,
    HEAD_SCAN,
    HEADER_LINES,
    HEADLINE_MAX_WORDS,
    MIN_BODY_SCORE,
    MIN_BODY_WORDS,
    PROSE_WORDS,
    TWEET,
    best_run,
    caption_of,
    cut_dated_entries,
    cut_related_tail,
    extend_list_tail,
    index_page_reason,
    score_line,
    start_after_headline,
    trim_teaser_tail,
)
from tidings.extract.bylines import Byline, parse_byline
from tidings.extract.common import base_article
from tidings.extract.dates import find_dates
from tidings.extract.furniture import furniture_reason, is_markup
from tidings.extract.lines import Line, read_lines
from tidings.extract.templates import template_key
from tidings.model import Article, Capture, DroppedLine, Image, Link, ParagraphRole, layout

#: A line in capitals with at least this many words inside the body is a promoted link
#: (capitalised subheadings are short: "NISSAN SENTRA").
SHOUTED_WORDS = 6
#: A line above a lone credit line is its caption when it has at most this many words.
CAPTION_MAX_WORDS = 60
#: Bylines and dates are read inside the body only among its first and last lines.
BODY_EDGE_LINES = 2
#: How far below the body metadata (dates, bylines) and related links are looked for.
FOOTER_LINES = 15

_PUBLISHED = re.compile(
    r"\b(?:published|posted|date created|created|first published|publi[ée]e?|"
    r"ver[öo]ffentlicht|publicad[oa]|pubblicat[oa]|gepubliceerd|erstellt)\b",
    re.I,
)
_MODIFIED = re.compile(
    r"\b(?:updated?|last updated|latest update|modified|modifi[ée]e?|mis à jour|mise à jour|"
    r"actualis[ée]e?|"
    r"aktualisiert|ge[äa]ndert|actualizad[oa]|aggiornat[oa]|bijgewerkt|atualizad[oa])\b",
    re.I,
)
_TITLE_SUFFIX = re.compile(r"\s+(?:[-|–—:•]|::)\s+[^-|–—:•]{2,60}$")
_WORD = re.compile(r"\w+")
#: Reuters-style credit lines closing an article: "(Reporting by X; Editing by Y)".
_CREDIT_LINE = re.compile(
    r"^\(?\s*(?:additional )?(?:reporting|writing|editing|compiled|written|reported) by\b|"
    r"^[^.]{3,200}\bcontributed (?:reporting|to this (?:report|story|article))\b[^.]{0,80}\.?$",
    re.I,
)
#: A line that starts with a date label ("Published: ...", "Updated 3:04 PM").
_DATE_LABEL = re.compile(
    r"^(?:published|updated|posted|last updated|first published|publié|mis à jour|"
    r"veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato)\b",
    re.I,
)
#: Credit lines that come before their caption (BBC: "Image copyright X" / "Image caption Y").
_LABEL_FIRST_CREDIT = re.compile(r"^(?:image|media|picture|photo) (?:copyright|source)\b", re.I)


@dataclass
class _Found:
    """What the stages found, gathered into the Article at the end."""

    title: str | None = None
    section: str | None = None
    description: str | None = None
    authors: list[str] = field(default_factory=list)
    credits: dict[str, str] = field(default_factory=dict)
    published: str | None = None
    modified: str | None = None
    images: list[Image] = field(default_factory=list)
    related: list[Link] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # indexes of lines used as metadata


def extract_text(
    text: str,
    url: str | None = None,
    *,
    capture: Capture | None = None,
    source: str = "<text>",
    template: Collection[str] = (),
) -> Article:
    """Turn text a scraper pulled out of a page into an Article (or a 'no_article' record).

    ``template`` holds the site's furniture lines learnt from other captures of the same site
    (:func:`tidings.extract.templates.learn_template`); they are dropped with reason 'template'.
    """
    base = base_article(capture, source, Capture.digest(text.encode("utf-8")), url)
    lines = read_lines(text)
    if not lines:
        return Article(**base, status="no_article", reason="no text", input_type="text")
    not_after = capture.captured_at if capture else None
    reasons = _furniture(lines, template)
    scores = [score_line(line, reason) for line, reason in zip(lines, reasons, strict=True)]
    start, end, total = best_run(lines, reasons, scores)
    body_words = sum(lines[i].words for i in range(start, end + 1) if scores[i] > 0)
    if total < MIN_BODY_SCORE or body_words < MIN_BODY_WORDS:
        return _no_article(
            base,
            lines,
            reasons,
            f"no run of article prose (best: {body_words} "
            "words); the page holds only headlines, links or short text",
        )
    index_reason = index_page_reason(lines, reasons, start, end)
    if index_reason:
        return _no_article(base, lines, reasons, index_reason)

    start = start_after_headline(lines, reasons, start, end)
    end = trim_teaser_tail(lines, reasons, start, end)
    end = cut_related_tail(lines, reasons, start, end)
    end = cut_dated_entries(lines, reasons, start, end, not_after)
    end = extend_list_tail(lines, reasons, end)
    found = _Found()
    blocks = _body(lines, reasons, start, end, found, not_after)
    _header(lines, reasons, start, found, not_after)
    _footer(lines, reasons, end, found, not_after)
    joined, paragraphs = layout(blocks)
    dropped = [
        DroppedLine(text=line.text, reason=reasons[i] or "outside-article", line=line.no)
        for i, line in enumerate(lines)
        if i not in found.used and not (start <= i <= end and reasons[i] is None)
    ]
    return Article(
        **base,
        input_type="text",
        title=found.title,
        section=found.section,
        description=found.description,
        authors=found.authors,
        other_credits=found.credits,
        published=found.published,
        modified=found.modified,
        images=found.images,
        lead_image=found.images[0] if found.images else None,
        paragraphs=paragraphs,
        text=joined,
        related=found.related,
        dropped=dropped,
    )


# --- stage 2: furniture -----------------------------------------------------------------------


def _furniture(lines: list[Line], template: Collection[str]) -> list[str | None]:
    """The furniture reason of each line (None for lines that may be article)."""
    reasons: list[str | None] = []
    for line in lines:
        if template and template_key(line.text) in template:
            reasons.append("template")
        else:
            reason = furniture_reason(line.text) if line.words <= 60 else None
            reasons.append(reason or ("markup" if is_markup(line.text) else None))
    _mark_teasers(lines, reasons)
    return reasons


def _mark_teasers(lines: list[Line], reasons: list[str | None]) -> None:
    """A line followed by "Read more" is a teaser headline; a short label before it, its kicker."""
    for i, reason in enumerate(reasons):
        if reason != "read-more" or i == 0:
            continue
        j = i - 1
        if (
            reasons[j] is None
            and lines[j].words <= HEADLINE_MAX_WORDS
            and not lines[j].text.endswith(".")
        ):
            reasons[j] = "teaser"
            k = j - 1
            if k >= 0 and reasons[k] is None and lines[k].words <= 4 and not lines[k].ends_sentence:
                before = reasons[k - 1] if k > 0 else "start"
                if before in ("read-more", "dont-miss", "related-heading", "recommended", "start"):
                    reasons[k] = "teaser"


# --- stage 3: body ----------------------------------------------------------------------------


def _body(
    lines: list[Line],
    reasons: list[str | None],
    start: int,
    end: int,
    found: _Found,
    not_after: date | datetime | None,
) -> list[tuple[ParagraphRole, str]]:
    """The body blocks with their roles; captions, bylines and dates go to ``found``."""
    blocks: list[tuple[ParagraphRole, str]] = []
    block_lines: list[int] = []
    content = [i for i in range(start, end + 1) if not reasons[i]]
    content = _header_in_run(lines, content, found, not_after)
    edges = set(content[:BODY_EDGE_LINES] + content[-BODY_EDGE_LINES:])
    outside = _lines_outside(lines, start, end)
    previous = ""
    for i in content:
        line = lines[i]
        key = template_key(line.text)
        if (key in outside or key == previous) and not _own_paragraph(line):
            reasons[i] = "repeated"  # a caption or headline shown twice; paragraphs are not
            continue
        previous = key
        caption = caption_of(line)
        if (
            caption is not None
            and caption.caption is None
            and blocks
            and blocks[-1][0] == "body"
            and block_lines[-1] == i - 1
            and lines[i - 1].words <= CAPTION_MAX_WORDS
            and not _LABEL_FIRST_CREDIT.match(line.text)
        ):
            # A credit line alone: the line just above it is the picture's caption.
            blocks.pop()
            found.used.add(block_lines.pop())
            _add_image(found, lines[i - 1].text, caption.credit)
            found.used.add(i)
            continue
        if _take_meta(line, i, found, not_after, in_body=True, edge=i in edges):
            continue
        if line.words >= SHOUTED_WORDS and _shouted(line.text):
            reasons[i] = "promo"  # "READ MORE ON FOX BUSINESS...": a link shouted in the body
            continue
        block_lines.append(i)
        if line.words < PROSE_WORDS and line.words <= 20 and _heading_like(line):
            nxt = _next_content(lines, reasons, i, end)
            prev_short = blocks and blocks[-1][0] == "list-item"
            if nxt is not None and lines[nxt].words >= PROSE_WORDS and not prev_short:
                blocks.append(("subheading", line.text))
            else:
                blocks.append(("list-item", line.text))
            continue
        blocks.append(("body", line.text))
    return blocks


def _header_in_run(
    lines: list[Line], content: list[int], found: _Found, not_after: date | datetime | None
) -> list[int]:
    """The body lines without a header the run swallowed (standfirst, caption before a byline).

    When one of the first HEAD_SCAN lines of the run is a byline or date line, the lines
    before it belong to the header: the first prose one is the standfirst (description).
    """
    last_meta = None
    for pos, i in enumerate(content[:HEAD_SCAN]):
        line = lines[i]
        if (
            pos
            and caption_of(line) is None
            and (BY_LINE.match(line.text) or find_dates(line.text, not_after=not_after))
            and _take_meta(line, i, _Found(), not_after)
        ):
            last_meta = pos
    if last_meta is None:
        return content
    for i in content[:last_meta]:
        line = lines[i]
        if found.description is None and line.words >= PROSE_WORDS and line.ends_sentence:
            found.description = line.text
            found.used.add(i)
    return content[last_meta:]


def _own_paragraph(line: Line) -> bool:
    """A line kept in the body even when the page shows it twice: an embedded post's
    signature, or a finished sentence of prose (a standfirst that repeats the lead)."""
    text = line.text
    if "(@" in text and TWEET.search(text):
        return True
    return (
        line.words >= PROSE_WORDS
        and line.ends_sentence
        and not text.endswith(("...", "…", "less", "more"))
    )


def _shouted(text: str) -> bool:
    """Whether the line is written in capitals (words of caseless scripts do not count)."""
    words = text.split()
    return text.isupper() and sum(1 for w in words if w[:1].isupper()) >= 0.8 * len(words)


def _lines_outside(lines: list[Line], start: int, end: int) -> set[str]:
    """The lines (as template keys) written outside the body run: a body line written there
    too is a caption, headline or teaser shown twice (an interview repeating its questions
    inside the body keeps them)."""
    return {template_key(line.text) for i, line in enumerate(lines) if not start <= i <= end}


#: The marks that may close a quotation opened by each mark (sloppy typing mixes them).
_CLOSERS = {'"': '"”“', "“": '”"', "„": "“”", "«": "»", "'": "'’", "‘": "’'"}


def _heading_like(line: Line) -> bool:
    """A short line that can head a section: no final full stop (a question is allowed). Not a
    line that opens a quote mark it never closes: that is a quotation's first line ('"Dear
    members of the board,' opening a letter quoted over the paragraphs below), never a heading
    (a heading may open with a quoted title: "‘Hamilton’ sweeps the Tonys")."""
    text = line.text.rstrip()
    closers = _CLOSERS.get(text[:1])
    if closers is not None and not any(c in text[1:] for c in closers):
        return False
    if not line.ends_sentence:
        return True
    return text.endswith("?") and line.words <= 12 and text[:1] not in "-–—"


def _next_content(lines: list[Line], reasons: list[str | None], i: int, end: int) -> int | None:
    for j in range(i + 1, end + 1):
        if not reasons[j]:
            return j
    return None


# --- metadata: captions, bylines, dates (header, body edges, footer) --------------------------


def _take_meta(
    line: Line,
    i: int,
    found: _Found,
    not_after: date | datetime | None,
    *,
    in_body: bool = False,
    edge: bool = True,
) -> bool:
    """Read ``line`` as a caption, byline or date line into ``found``; False if it is none.

    Inside the body, bylines and dates are only read at its edges (``edge``): a dated line in
    the middle of an article is part of it (an embedded tweet's "— Name (@handle) date").
    """
    if line.words > 80:
        return False
    caption = caption_of(line)
    if caption is not None:
        _add_image(found, caption.caption, caption.credit)
        found.used.add(i)
        return True
    if in_body and edge and _CREDIT_LINE.match(line.text):
        _add_byline(found, parse_byline(line.text.strip("() ")))
        found.used.add(i)
        return True
    labelled = bool(_DATE_LABEL.match(line.text))
    if (
        line.words > 25
        or (in_body and not labelled and (line.words > 15 or not edge))
        or ("(@" in line.text and TWEET.search(line.text))
    ):
        return False
    dates = find_dates(line.text, not_after=not_after)
    rest = line.text
    for d in reversed(dates):
        rest = rest[: d.start] + " " + rest[d.end :]
    if dates:
        if len(_WORD.findall(_PUBLISHED.sub("", _MODIFIED.sub("", rest)))) > 8:
            return False  # a sentence that mentions a date
        _add_dates(found, line.text, dates)
        rest = _MODIFIED.sub(" ", _PUBLISHED.sub(" ", rest)).strip(" :|-–—,.")
    byline = parse_byline(rest) if rest else None
    _add_byline(found, byline)
    if dates or byline is not None:
        found.used.add(i)
        return True
    return False


def _add_byline(found: _Found, byline: Byline | None) -> None:
    if byline is None:
        return
    for name in byline.authors:
        if name not in found.authors:
            found.authors.append(name)
    for key, value in byline.credits.items():
        found.credits.setdefault(key, value)


def _add_dates(found: _Found, text: str, dates: list) -> None:
    """Assign each date of a line to published or modified by the label written before it."""
    for d in dates:
        before = text[: d.start]
        mod = [m.end() for m in _MODIFIED.finditer(before)]
        pub = [m.end() for m in _PUBLISHED.finditer(before)]
        is_modified = bool(mod) and (not pub or max(mod) > max(pub))
        if is_modified:
            found.modified = found.modified or d.iso
        elif found.published is None:
            found.published = d.iso


def _add_image(found: _Found, caption: str | None, credit: str | None) -> None:
    """Add a caption/credit; a credit-only line completes the image whose credit is missing."""
    for image in found.images:
        if caption and image.caption == caption:
            image.credit = image.credit or credit
            return
        if not caption and image.credit is None:
            image.credit = credit
            return
        if caption and image.caption is None and image.credit and credit is None:
            image.caption = caption
            return
    found.images.append(Image(caption=caption, credit=credit))


# --- stage 4: header --------------------------------------------------------------------------


def _header(
    lines: list[Line],
    reasons: list[str | None],
    start: int,
    found: _Found,
    not_after: date | datetime | None,
) -> None:
    """Title, section, standfirst and metadata from the lines just above the body."""
    top = start
    while top > 0 and start - top < HEADER_LINES:
        if reasons[top - 1] in ("teaser", "read-more", "dont-miss", "comments"):
            break
        top -= 1
    candidates: list[int] = []
    for i in range(top, start):  # in reading order: "Published" comes before "Updated"
        line = lines[i]
        if reasons[i] not in (None, "template"):
            continue
        if _take_meta(line, i, found, not_after):
            continue
        if reasons[i] is None:
            candidates.append(i)
    title_at = _pick_title(lines, candidates, start)
    if title_at is not None:
        found.title = lines[title_at].text
        found.used.add(title_at)
        _section(lines, reasons, title_at, found)
        for i in range(title_at + 1, start):
            line = lines[i]
            if i in candidates and line.words >= 8 and line.ends_sentence and not found.description:
                found.description = line.text
                found.used.add(i)
    elif lines[0].words <= HEADLINE_MAX_WORDS and reasons[0] is None and start > 0:
        found.title = _TITLE_SUFFIX.sub("", lines[0].text)
        found.used.add(0)


def _pick_title(lines: list[Line], candidates: list[int], start: int) -> int | None:
    """The headline of the article among the header candidates (indexes), or None."""
    heads = [i for i in candidates if 2 <= lines[i].words <= HEADLINE_MAX_WORDS]
    if not heads:
        return None
    page_title = set(_WORD.findall(lines[0].text.lower())) if lines[0].words <= 40 else set()

    def overlap(i: int) -> float:
        words = set(_WORD.findall(lines[i].text.lower()))
        return len(words & page_title) / len(words) if words and i != 0 else 0.0

    def score(i: int) -> float:
        line = lines[i]
        s = 0.3 * (1 - (start - i) / (HEADER_LINES + 1))  # closer to the body is better
        s += overlap(i)
        if line.text.rstrip().endswith("."):
            s -= 0.4  # standfirsts and captions end with a full stop; headlines rarely do
        if line.words < 3:
            s -= 0.3
        return s

    best = max(heads, key=score)
    return best


def _section(lines: list[Line], reasons: list[str | None], title_at: int, found: _Found) -> None:
    """The section label: a short label line just above the title."""
    i = title_at - 1
    if i < 0 or i in found.used or reasons[i] not in (None, "template"):
        return
    line = lines[i]
    if 1 <= line.words <= 4 and not line.ends_sentence and not any(c.isdigit() for c in line.text):
        found.section = line.text.lstrip("#").strip()
        found.used.add(i)


# --- stage 5: footer --------------------------------------------------------------------------


def _footer(
    lines: list[Line],
    reasons: list[str | None],
    end: int,
    found: _Found,
    not_after: date | datetime | None,
) -> None:
    """Dates and bylines written after the article, then its related links."""
    i = end + 1
    limit = min(len(lines), end + 1 + FOOTER_LINES)
    while i < limit:
        reason = reasons[i]
        if reason in ("teaser", "related-heading", "recommended"):
            break
        if reason is None or reason == "template":
            _take_meta(lines[i], i, found, not_after)
        i += 1
    _related(lines, reasons, i, found)


def _related(lines: list[Line], reasons: list[str | None], i: int, found: _Found) -> None:
    """Related links from ``i`` on: teaser headlines, or the headlines under a "Related" heading."""
    under_heading = False
    while i < len(lines):
        reason, line = reasons[i], lines[i]
        if reason == "teaser" and line.words >= 3:
            found.related.append(Link(title=line.text))
            found.used.add(i)
        elif reason in ("related-heading", "recommended"):
            if found.related:
                break
            under_heading = True
        elif under_heading and reason is None and 3 <= line.words <= HEADLINE_MAX_WORDS:
            found.related.append(Link(title=line.text))
            found.used.add(i)
        elif reason not in ("read-more", "teaser"):
            break
        i += 1


def _no_article(base: dict, lines: list[Line], reasons: list[str | None], reason: str) -> Article:
    dropped = [
        DroppedLine(text=line.text, reason=reasons[i] or "no-article", line=line.no)
        for i, line in enumerate(lines)
    ]
    return Article(**base, status="no_article", reason=reason, input_type="text", dropped=dropped)

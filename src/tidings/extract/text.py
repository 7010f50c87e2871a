"""Scraped page text -> Article: the body, its metadata, and every dropped line with its reason.

Text that a scraper pulled out of a page keeps the page's furniture (navigation, teasers, "Read
more", share buttons, cookie notices) around the article, and has lost the HTML that would tell
them apart. :func:`extract_text` finds the article the way a reader's eye does, in stages:

1. **Lines** (``lines.py``): one block of the page per line, wrapping undone, line numbers kept.
2. **Furniture** (``furniture.py``): each line that a rule recognises (share, cookie, "Read more",
   navigation...) gets its reason; lines of the site template (``templates.py``) get "template";
   a headline followed by "Read more" (and its kicker) is a "teaser".
3. **Body**: the densest run of prose. Each line scores by its size (long sentences score high,
   short labels and furniture score below zero) and the run with the highest total (Kadane's
   maximum-sum subarray) is the body. Inside it, captions, bylines and furniture are taken out;
   short lines before a paragraph become subheadings. Without such a run the page holds no
   article (an index page) and the record says so.
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

import itertools
import re
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date, datetime

from tidings.extract.bylines import Byline, parse_byline
from tidings.extract.common import base_article
from tidings.extract.dates import find_dates
from tidings.extract.furniture import Caption, furniture_reason, is_markup, split_caption
from tidings.extract.lines import Line, read_lines
from tidings.extract.templates import template_key
from tidings.model import Article, Capture, DroppedLine, Image, Link, ParagraphRole, layout

# Scores of the body finder (stage 3). Calibrated on the AEB development renderings and checked on
# the golden page and hand-written pages of other outlets (tests/test_text_extract.py); rerun
# ``bench/text_aeb.py`` after changing them.
#: A line of at least this many words that ends a sentence is prose.
PROSE_WORDS = 12
#: ...and a line this long is prose even without final punctuation (renderers drop it).
LONG_WORDS = 30
#: Prose scores its words divided by this, capped at PROSE_CAP words.
WORDS_PER_POINT = 10
PROSE_CAP = 80
#: A short sentence (a one-line quote, "Here are the highlights:") bridges paragraphs.
SHORT_SENTENCE_WORDS = 5
SHORT_SENTENCE_SCORE = 0.2
#: Short lines without final punctuation (labels, headlines, links) and captions.
LABEL_SCORE = -1.0
#: A line is sentence-like when at least this share of its words start in lower case
#: (headlines and menus are Title Case or single words).
SENTENCE_LOWER_SHARE = 0.6
#: A sentence-like line this long is prose even without final punctuation.
UNPUNCTUATED_PROSE_WORDS = 16
#: Sentence-like fragments (list items, "1 cup lettuce, 2 eggs") cost little inside a body.
FRAGMENT_WORDS = 4
FRAGMENT_SCORE = -0.3
#: Recognised furniture, teasers and template lines.
FURNITURE_SCORE = -2.0
#: Lines without letters (share counters, "6", "* * *") sit inside articles too: they cost less.
COUNTER_SCORE = -1.0
#: Comment sections follow the article: their heading (or a commenter's "X says:") ends the run,
#: and a run after one that follows the article is scaled by AFTER_COMMENTS.
COMMENTS_SCORE = -1000.0
AFTER_COMMENTS = 0.3
BARRIERS = ("comments", "author-bio", "recommended")
#: ...when a run before the comment heading scores at least this share of the later run (a
#: comment link in a share bar above the article does not demote the article below it).
COMMENTS_RIVAL = 0.4
#: The body must total at least this score and this many words, else the page has no article.
MIN_BODY_SCORE = 4.0
MIN_BODY_WORDS = 40
#: A run just below a repeat of the page's first line (its <title>) gets this bonus...
ANCHOR_BONUS = 5.0
#: ...where a repeat shares this share of its words with the first line.
ANCHOR_OVERLAP = 0.8
#: A body ending in this many headline + short blurb pairs ends before them.
TAIL_TEASERS = 3
#: Blurbs of teaser entries that carry author or date lines are shorter than this.
TEASER_BLURB_WORDS = 80
#: A list closing the article has at least LIST_MIN_ITEMS items whose shapes agree on their
#: first LIST_SHAPE_CHARS characters.
LIST_MIN_ITEMS = 4
LIST_SHAPE_CHARS = 4
#: A line in capitals with at least this many words inside the body is a promoted link
#: (capitalised subheadings are short: "NISSAN SENTRA").
SHOUTED_WORDS = 6
#: A line of at most DATE_LINE_WORDS words that is a date plus at most DATE_LINE_REST_WORDS
#: other words (weekday, "by Jane Doe") dates an entry of a story list.
DATE_LINE_WORDS = 8
DATE_LINE_REST_WORDS = 3
#: A byline, date or credit among the first HEAD_SCAN lines of the run ends the header there.
HEAD_SCAN = 4
#: A line above a lone credit line is its caption when it has at most this many words.
CAPTION_MAX_WORDS = 60
#: Bylines and dates are read inside the body only among its first and last lines.
BODY_EDGE_LINES = 2
#: How far above and below the body metadata (title, byline, dates) is looked for.
HEADER_LINES = 20
FOOTER_LINES = 15
#: Headlines are this short.
HEADLINE_MAX_WORDS = 30
#: A page whose "body" alternates headlines with short blurbs is an index page: at least this
#: many headline lines, as many as blurbs (times INDEX_RATIO), blurbs under INDEX_BLURB_WORDS.
INDEX_MIN_HEADLINES = 5
INDEX_RATIO = 0.7
INDEX_BLURB_WORDS = 45

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
_SHAPE_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?")
_SHAPE_WORDS = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")
#: A line that starts with a date label ("Published: ...", "Updated 3:04 PM").
_DATE_LABEL = re.compile(
    r"^(?:published|updated|posted|last updated|first published|publié|mis à jour|"
    r"veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato)\b",
    re.I,
)
#: A line that starts like a byline ("By", "Par", "Von"...).
_BY = re.compile(r"^(?:by|par|von|por|door|text by|words by|written by)\s", re.I)
#: Credit lines that come before their caption (BBC: "Image copyright X" / "Image caption Y").
_LABEL_FIRST_CREDIT = re.compile(r"^(?:image|media|picture|photo) (?:copyright|source)\b", re.I)
#: An embedded tweet's signature: "— Name (@handle) November 18, 2019".
_TWEET = re.compile(r"^[—–-]\s.*\(@\w+\)|\(@\w+\)\s+\w+ \d")


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
    scores = [_score(line, reason) for line, reason in zip(lines, reasons, strict=True)]
    start, end, total = _best_run(lines, reasons, scores)
    body_words = sum(lines[i].words for i in range(start, end + 1) if scores[i] > 0)
    if total < MIN_BODY_SCORE or body_words < MIN_BODY_WORDS:
        return _no_article(
            base,
            lines,
            reasons,
            f"no run of article prose (best: {body_words} "
            "words); the page holds only headlines, links or short text",
        )
    index_reason = _index_page(lines, reasons, start, end)
    if index_reason:
        return _no_article(base, lines, reasons, index_reason)

    start = _start_after_headline(lines, reasons, start, end)
    end = _trim_teaser_tail(lines, reasons, start, end)
    end = _cut_related_tail(lines, reasons, start, end)
    end = _cut_dated_entries(lines, reasons, start, end, not_after)
    end = _extend_list_tail(lines, reasons, end)
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


def _score(line: Line, reason: str | None) -> float:
    """How much a line looks like article prose (> 0) or page furniture (< 0)."""
    if reason in BARRIERS:
        return COMMENTS_SCORE
    if reason == "symbols":
        return COUNTER_SCORE
    if reason:
        return FURNITURE_SCORE
    if line.words >= PROSE_WORDS and (
        line.ends_sentence
        or (
            _has_inner_punctuation(line.text)  # a tag cloud or a menu in one line has none
            and (
                line.words >= LONG_WORDS
                or (
                    line.words >= UNPUNCTUATED_PROSE_WORDS
                    and line.lower_share >= SENTENCE_LOWER_SHARE
                )
            )
        )
    ):
        if _is_meta_line(line):
            return LABEL_SCORE
        return min(line.words, PROSE_CAP) / WORDS_PER_POINT
    if line.words >= SHORT_SENTENCE_WORDS and line.ends_sentence and not _is_meta_line(line):
        return SHORT_SENTENCE_SCORE
    if line.words >= FRAGMENT_WORDS and line.lower_share >= SENTENCE_LOWER_SHARE:
        return FRAGMENT_SCORE
    return LABEL_SCORE


def _has_inner_punctuation(text: str) -> bool:
    return "," in text or ". " in text or "，" in text or "、" in text or "。" in text


def _caption_of(line: Line) -> Caption | None:
    """The caption/credit split of a line, computed once (scoring, body and header all ask)."""
    if line.caption is False:
        line.caption = split_caption(line.text) if line.words <= 80 else None
    return line.caption  # type: ignore[return-value]


def _is_meta_line(line: Line) -> bool:
    """Captions and credits look like sentences but are not body."""
    return line.words <= 80 and _caption_of(line) is not None


def _runs(scores: list[float]) -> list[tuple[int, int, float]]:
    """The dense runs of line scores: (start, end, total), end inclusive, one per stretch.

    Kadane's scan, keeping the best run of every stretch between two points where the running
    total falls to zero (the overall maximum-sum run is the best of these).
    """
    runs: list[tuple[int, int, float]] = []
    best: tuple[int, int, float] | None = None
    run_start, total = 0, 0.0
    for i, s in enumerate(scores):
        if total <= 0:
            if best is not None:
                runs.append(best)
                best = None
            run_start, total = i, s
        else:
            total += s
        if total > 0 and (best is None or total > best[2]):
            best = (run_start, i, total)
    if best is not None:
        runs.append(best)
    return runs


def _best_run(
    lines: list[Line], reasons: list[str | None], scores: list[float]
) -> tuple[int, int, float]:
    """The body run: the densest run, favouring one just below the page's headline.

    The page's first line is often its ``<title>``; a line further down that repeats it is the
    article's headline, and the article starts just below it. That run gets ANCHOR_BONUS, which
    lets a short article win over a long footer notice or a comment thread.
    """
    runs = _runs(scores)
    if not runs:
        return 0, 0, float("-inf")
    anchors = _headline_anchors(lines, reasons)
    comment_heads = [i for i, reason in enumerate(reasons) if reason in BARRIERS]
    # A comment heading followed by commenters' "X said:" lines heads a real thread.
    threads = {
        c
        for c in comment_heads
        if reasons[c] == "comments" and "comment-meta" in reasons[c + 1 : c + 1 + HEAD_SCAN + 2]
    }
    base = [
        total
        + (
            ANCHOR_BONUS
            if total >= MIN_BODY_SCORE
            and (
                any(0 < start - a <= HEADER_LINES for a in anchors)
                or _dated_header_above(lines, reasons, start)
            )
            else 0.0
        )
        for start, _end, total in runs
    ]
    weights = list(base)
    for x, (start, _end, _total) in enumerate(runs):
        for y in range(x):
            rival_start, rival_end, rival_total = runs[y]
            heads = [
                "recommended" if c in threads else reasons[c]
                for c in comment_heads
                if rival_end < c < start
            ]
            if not heads or rival_total < MIN_BODY_SCORE:
                continue
            rival_words = sum(
                lines[i].words for i in range(rival_start, rival_end + 1) if not reasons[i]
            )
            # "You may also like" ends an article outright; a comment heading could be a link
            # in a share bar above the article, so comments need a rival of some weight.
            if rival_words < MIN_BODY_WORDS:
                continue
            if "recommended" in heads:
                weights[x] = 0.0  # a real thread or "You may also like" list under an article
                break
            if base[y] >= COMMENTS_RIVAL * base[x]:
                weights[x] = base[x] * AFTER_COMMENTS  # probably a thread under an article
                break
    return runs[max(range(len(runs)), key=weights.__getitem__)]


def _dated_header_above(lines: list[Line], reasons: list[str | None], start: int) -> bool:
    """Whether a byline ("By ...") or a date line stands among the few lines above ``start``:
    the header of an article (pages without their <title> line have no headline to match)."""
    for i in range(max(0, start - HEAD_SCAN), start):
        line = lines[i]
        if reasons[i] or line.words > DATE_LINE_WORDS * 2:
            continue
        if _BY.match(line.text) or (line.words <= DATE_LINE_WORDS and find_dates(line.text)):
            return True
    return False


def _start_after_headline(
    lines: list[Line], reasons: list[str | None], start: int, end: int
) -> int:
    """The body start, moved below the article's own headline when the run swallowed it.

    A run that holds the page's headline (a repeat of its first line) followed by a date line
    and an article began in the furniture above (teasers written as sentences): the article
    starts below. (A headline repeated inside the article, without a date, is left alone.)
    """
    for a in reversed(_headline_anchors(lines, reasons)):
        if start < a < end:
            after = [i for i in range(a + 1, end + 1) if not reasons[i]]
            dated = any(
                lines[i].words <= DATE_LINE_WORDS * 2 and find_dates(lines[i].text)
                for i in after[:HEAD_SCAN]
            )
            if dated and _has_paragraph_chain(lines, after, 2):
                for i in range(start, a):
                    if not reasons[i] and scores_positive(lines[i]):
                        reasons[i] = "outside-article"
                return a
    return start


def scores_positive(line: Line) -> bool:
    return line.words >= PROSE_WORDS


def _headline_anchors(lines: list[Line], reasons: list[str | None]) -> list[int]:
    """Lines below the first that repeat most of the first line's words (the headline)."""
    first = lines[0]
    if reasons[0] or not 3 <= first.words <= 40:
        return []
    page_title = set(_WORD.findall(first.text.lower()))
    anchors = []
    for i in range(1, len(lines)):
        line = lines[i]
        if 3 <= line.words <= HEADLINE_MAX_WORDS and not reasons[i]:
            words = set(_WORD.findall(line.text.lower()))
            if len(words & page_title) >= ANCHOR_OVERLAP * len(words):
                anchors.append(i)
    return anchors


def _index_page(lines: list[Line], reasons: list[str | None], start: int, end: int) -> str | None:
    """Why the body run is a list of headlines with blurbs (an index page), or None."""
    heads = blurbs = blurb_words = chain = longest_chain = 0
    for i in range(start, end + 1):
        if reasons[i]:
            continue
        line = lines[i]
        if line.words >= PROSE_WORDS and line.ends_sentence:
            blurbs += 1
            blurb_words += line.words
            chain += 1
            longest_chain = max(chain, longest_chain)
        else:
            chain = 0
            if 3 <= line.words <= HEADLINE_MAX_WORDS:
                heads += 1
    if (
        longest_chain < 2
        and heads >= INDEX_MIN_HEADLINES
        and heads >= INDEX_RATIO * blurbs
        and blurbs
        and blurb_words / blurbs < INDEX_BLURB_WORDS
    ):
        return (
            f"index page: {heads} headlines with {blurbs} short blurbs "
            f"(about {blurb_words // blurbs} words each), no article"
        )
    return None


def _trim_teaser_tail(lines: list[Line], reasons: list[str | None], start: int, end: int) -> int:
    """The end of the body without a trailing list of other stories.

    Such lists ("More from...", "Latest") often follow an article without a heading the rules
    know; each entry is a headline (maybe with author and date lines) and a short blurb, and
    blurbs are prose, so the densest run swallows them. Found from the end: at least
    TAIL_TEASERS such entries in a row. An entry with a single label line (which could be a
    subheading) needs a blurb under INDEX_BLURB_WORDS; with author/date lines, TEASER_BLURB_WORDS.
    """
    content = [i for i in range(start, end + 1) if not reasons[i]]
    entries: list[int] = []  # index of each entry's first line
    k = len(content) - 1
    while k >= 1:
        blurb = lines[content[k]]
        j = k - 1
        while j >= 0 and k - j <= 3 and _short_label(lines[content[j]]):
            j -= 1
        labels = [lines[content[x]] for x in range(j + 1, k)]
        limit = INDEX_BLURB_WORDS if len(labels) == 1 else TEASER_BLURB_WORDS
        if (
            not labels
            or not PROSE_WORDS <= blurb.words < limit
            or not any(3 <= label.words <= HEADLINE_MAX_WORDS for label in labels)
            or any(_is_meta_line(label) for label in labels)
        ):
            break
        entries.append(content[j + 1])
        k = j
    if len(entries) < TAIL_TEASERS:
        return end
    cut = entries[-1]
    for i in range(cut, end + 1):
        if not reasons[i]:
            reasons[i] = "teaser"
    return max((i for i in range(start, cut) if not reasons[i]), default=start)


def _cut_related_tail(lines: list[Line], reasons: list[str | None], start: int, end: int) -> int:
    """The end of the body before a "Related" heading after which the article does not go on.

    A related box inside an article is followed by more paragraphs; one at the end is followed
    by headlines or one-line summaries only (no long paragraph, no two prose lines in a row).
    """
    for h in range(start, end + 1):
        if reasons[h] not in ("related-heading", "recommended"):
            continue
        after = [lines[i] for i in range(h + 1, end + 1) if not reasons[i]]
        prose = [line.words >= PROSE_WORDS and line.ends_sentence for line in after]
        paragraph = any(line.words >= 2 * PROSE_WORDS and line.ends_sentence for line in after)
        if not paragraph and not any(a and b for a, b in itertools.pairwise(prose)):
            for i in range(h + 1, end + 1):
                if not reasons[i]:
                    reasons[i] = "related"
            return max((i for i in range(start, h) if not reasons[i]), default=start)
    return end


def _cut_dated_entries(
    lines: list[Line],
    reasons: list[str | None],
    start: int,
    end: int,
    not_after: date | datetime | None,
) -> int:
    """The end of the body before a list of other stories whose entries carry dates.

    A line that is only a date ("Wednesday November 20, 2019", "Nov 19, 2019 by Jane Doe") past
    the first lines of an article starts another story's entry (headline, author, date, blurb):
    the body ends before that entry's first label line.
    """
    content = [i for i in range(start, end + 1) if not reasons[i]]
    for pos in range(HEAD_SCAN, len(content)):
        line = lines[content[pos]]
        if line.words > DATE_LINE_WORDS or (line.ends_sentence and line.words > 4):
            continue
        if "(@" in line.text and _TWEET.search(line.text):
            continue
        dates = find_dates(line.text, not_after=not_after)
        if not dates:
            continue
        rest = line.text
        for d in reversed(dates):
            rest = rest[: d.start] + rest[d.end :]
        if len(_WORD.findall(rest)) > DATE_LINE_REST_WORDS:
            continue
        first = pos
        while first > 0 and pos - first < 3 and _short_label(lines[content[first - 1]]):
            first -= 1
        kept = content[:first]
        if not _has_paragraph_chain(lines, kept):
            continue  # the article is what follows (a dated header), not a list after it
        for i in content[first:]:
            reasons[i] = "teaser"
        return kept[-1]
    return end


def _extend_list_tail(lines: list[Line], reasons: list[str | None], end: int) -> int:
    """The end of the body, extended over a list that closes the article.

    Tour dates, qualified teams, results: lines too short to score as prose, all written in
    one shape ("June 9 – City, ST @ Venue"), right after the last paragraph (maybe under a
    short heading). Navigation menus are lists too, but of bare words: a list item here must
    carry digits or punctuation in its shape.
    """
    j = end + 1
    if (
        j < len(lines)
        and not reasons[j]
        and (
            _short_label(lines[j]) or (lines[j].words < PROSE_WORDS and lines[j].text.endswith(":"))
        )
    ):
        j += 1  # the list's heading
    shape = _list_shape(lines[j].text) if j < len(lines) and not reasons[j] else None
    if not shape:
        return end
    # Items may alternate two shapes ("1) Product name" / "http://link"): both are accepted.
    second = _list_shape(lines[j + 1].text) if j + 1 < len(lines) else None
    shapes = (
        {shape, second}
        if second and j + 2 < len(lines) and (_list_shape(lines[j + 2].text) == shape)
        else {shape}
    )
    k = j
    while k < len(lines) and not reasons[k] and lines[k].words <= HEADLINE_MAX_WORDS:
        if _list_shape(lines[k].text) not in shapes:
            break
        k += 1
    return k - 1 if k - j >= LIST_MIN_ITEMS else end


def _list_shape(text: str) -> str | None:
    """The opening shape of a list item: words as 'a', numbers as '0', punctuation kept."""
    shape = _SHAPE_NUMBER.sub("0", text)
    shape = _SHAPE_WORDS.sub("a", shape).replace("a.", "a")[:LIST_SHAPE_CHARS]
    return shape if any(not (c.isalpha() or c.isspace()) for c in shape) else None


def _has_paragraph_chain(lines: list[Line], indexes: list[int], length: int = 3) -> bool:
    """Whether ``length`` prose paragraphs follow each other among ``indexes`` (an article)."""
    run = 0
    for i in indexes:
        line = lines[i]
        run = run + 1 if line.words >= PROSE_WORDS and line.ends_sentence else 0
        if run >= length:
            return True
    return False


def _short_label(line: Line) -> bool:
    """A headline, author or date line: no final punctuation, short or Title Case."""
    if line.ends_sentence:
        return False
    return line.words < UNPUNCTUATED_PROSE_WORDS or (
        line.words <= HEADLINE_MAX_WORDS and line.lower_share < SENTENCE_LOWER_SHARE
    )


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
        caption = _caption_of(line)
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
            and _caption_of(line) is None
            and (_BY.match(line.text) or find_dates(line.text, not_after=not_after))
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
    if "(@" in text and _TWEET.search(text):
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


def _heading_like(line: Line) -> bool:
    """A short line that can head a section: no final full stop (a question is allowed)."""
    text = line.text.rstrip()
    if not line.ends_sentence:
        return True
    return text.endswith("?") and line.words <= 12 and text[:1] not in "\"“«„'‘-–—"


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
    caption = _caption_of(line)
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
        or ("(@" in line.text and _TWEET.search(line.text))
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

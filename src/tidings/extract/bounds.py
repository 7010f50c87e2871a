"""Where the article is in scraped text: line scores, the body run, and its edges.

``text.py`` asks this module two things: which run of lines is the body (:func:`best_run` over
:func:`score_line` scores, with a bonus below the page's headline or a dated header), and where
exactly it starts and ends (:func:`start_after_headline`, :func:`trim_teaser_tail`,
:func:`cut_related_tail`, :func:`cut_dated_entries`, :func:`extend_list_tail`). Each edge rule
says in its docstring which page shape it is for.

Every tuned number is a named constant below. They were calibrated on the AEB pages rendered to
text (html-text and inscriptis) and checked on the golden page and the hand-written pages of
``tests/test_text_extract.py``; rerun ``bench/text_aeb.py --inscriptis`` after changing one.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime

from tidings.extract.dates import find_dates
from tidings.extract.furniture import Caption, split_caption
from tidings.extract.lines import Line

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
#: A line of at most DATE_LINE_WORDS words that is a date plus at most DATE_LINE_REST_WORDS
#: other words (weekday, "by Jane Doe") dates an entry of a story list.
DATE_LINE_WORDS = 8
DATE_LINE_REST_WORDS = 3
#: A byline, date or credit among the first HEAD_SCAN lines of the run ends the header there.
HEAD_SCAN = 4
#: How far above the body the header (title, byline, dates) is looked for.
HEADER_LINES = 20
#: Headlines are this short.
HEADLINE_MAX_WORDS = 30
#: A page whose "body" alternates headlines with short blurbs is an index page: at least this
#: many headline lines, as many as blurbs (times INDEX_RATIO), blurbs under INDEX_BLURB_WORDS.
INDEX_MIN_HEADLINES = 5
INDEX_RATIO = 0.7
INDEX_BLURB_WORDS = 45


#: An embedded tweet's signature: "— Name (@handle) November 18, 2019".
TWEET = re.compile(r"^[—–-]\s.*\(@\w+\)|\(@\w+\)\s+\w+ \d")
#: A line that starts like a byline ("By", "Par", "Von"...).
BY_LINE = re.compile(r"^(?:by|par|von|por|door|text by|words by|written by)\s", re.I)
_SHAPE_NUMBER = re.compile(r"\d+(?:[.,:]\d+)*(?:st|nd|rd|th)?")
_SHAPE_WORDS = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")
_WORD = re.compile(r"\w+")


def score_line(line: Line, reason: str | None) -> float:
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
        if is_meta_line(line):
            return LABEL_SCORE
        return min(line.words, PROSE_CAP) / WORDS_PER_POINT
    if line.words >= SHORT_SENTENCE_WORDS and line.ends_sentence and not is_meta_line(line):
        return SHORT_SENTENCE_SCORE
    if line.words >= FRAGMENT_WORDS and line.lower_share >= SENTENCE_LOWER_SHARE:
        return FRAGMENT_SCORE
    return LABEL_SCORE


def _has_inner_punctuation(text: str) -> bool:
    return "," in text or ". " in text or "，" in text or "、" in text or "。" in text


def caption_of(line: Line) -> Caption | None:
    """The caption/credit split of a line, computed once (scoring, body and header all ask)."""
    if line.caption is False:
        line.caption = split_caption(line.text) if line.words <= 80 else None
    return line.caption  # type: ignore[return-value]


def is_meta_line(line: Line) -> bool:
    """Captions and credits look like sentences but are not body."""
    return line.words <= 80 and caption_of(line) is not None


def dense_runs(scores: list[float]) -> list[tuple[int, int, float]]:
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


def best_run(
    lines: list[Line], reasons: list[str | None], scores: list[float]
) -> tuple[int, int, float]:
    """The body run: the densest run, favouring one just below the page's headline.

    The page's first line is often its ``<title>``; a line further down that repeats it is the
    article's headline, and the article starts just below it. That run gets ANCHOR_BONUS, which
    lets a short article win over a long footer notice or a comment thread.
    """
    runs = dense_runs(scores)
    if not runs:
        return 0, 0, float("-inf")
    anchors = headline_anchors(lines, reasons)
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
        if BY_LINE.match(line.text) or (line.words <= DATE_LINE_WORDS and find_dates(line.text)):
            return True
    return False


def start_after_headline(lines: list[Line], reasons: list[str | None], start: int, end: int) -> int:
    """The body start, moved below the article's own headline when the run swallowed it.

    A run that holds the page's headline (a repeat of its first line) followed by a date line
    and an article began in the furniture above (teasers written as sentences): the article
    starts below. (A headline repeated inside the article, without a date, is left alone.)
    """
    for a in reversed(headline_anchors(lines, reasons)):
        if start < a < end:
            after = [i for i in range(a + 1, end + 1) if not reasons[i]]
            dated = any(
                lines[i].words <= DATE_LINE_WORDS * 2 and find_dates(lines[i].text)
                for i in after[:HEAD_SCAN]
            )
            if dated and has_paragraph_chain(lines, after, 2):
                for i in range(start, a):
                    if not reasons[i] and _prose_sized(lines[i]):
                        reasons[i] = "outside-article"
                return a
    return start


def _prose_sized(line: Line) -> bool:
    return line.words >= PROSE_WORDS


def headline_anchors(lines: list[Line], reasons: list[str | None]) -> list[int]:
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


def index_page_reason(
    lines: list[Line], reasons: list[str | None], start: int, end: int
) -> str | None:
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


def trim_teaser_tail(lines: list[Line], reasons: list[str | None], start: int, end: int) -> int:
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
        while j >= 0 and k - j <= 3 and short_label(lines[content[j]]):
            j -= 1
        labels = [lines[content[x]] for x in range(j + 1, k)]
        limit = INDEX_BLURB_WORDS if len(labels) == 1 else TEASER_BLURB_WORDS
        if (
            not labels
            or not PROSE_WORDS <= blurb.words < limit
            or not any(3 <= label.words <= HEADLINE_MAX_WORDS for label in labels)
            or any(is_meta_line(label) for label in labels)
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


def cut_related_tail(lines: list[Line], reasons: list[str | None], start: int, end: int) -> int:
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


def cut_dated_entries(
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
        if "(@" in line.text and TWEET.search(line.text):
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
        while first > 0 and pos - first < 3 and short_label(lines[content[first - 1]]):
            first -= 1
        kept = content[:first]
        if not has_paragraph_chain(lines, kept):
            continue  # the article is what follows (a dated header), not a list after it
        for i in content[first:]:
            reasons[i] = "teaser"
        return kept[-1]
    return end


def extend_list_tail(lines: list[Line], reasons: list[str | None], end: int) -> int:
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
            short_label(lines[j]) or (lines[j].words < PROSE_WORDS and lines[j].text.endswith(":"))
        )
    ):
        j += 1  # the list's heading
    shape = list_shape(lines[j].text) if j < len(lines) and not reasons[j] else None
    if not shape:
        return end
    # Items may alternate two shapes ("1) Product name" / "http://link"): both are accepted.
    second = list_shape(lines[j + 1].text) if j + 1 < len(lines) else None
    shapes = (
        {shape, second}
        if second and j + 2 < len(lines) and (list_shape(lines[j + 2].text) == shape)
        else {shape}
    )
    k = j
    while k < len(lines) and not reasons[k] and lines[k].words <= HEADLINE_MAX_WORDS:
        if list_shape(lines[k].text) not in shapes:
            break
        k += 1
    return k - 1 if k - j >= LIST_MIN_ITEMS else end


def list_shape(text: str) -> str | None:
    """The opening shape of a list item: words as 'a', numbers as '0', punctuation kept."""
    shape = _SHAPE_NUMBER.sub("0", text)
    shape = _SHAPE_WORDS.sub("a", shape).replace("a.", "a")[:LIST_SHAPE_CHARS]
    return shape if any(not (c.isalpha() or c.isspace()) for c in shape) else None


def has_paragraph_chain(lines: list[Line], indexes: list[int], length: int = 3) -> bool:
    """Whether ``length`` prose paragraphs follow each other among ``indexes`` (an article)."""
    run = 0
    for i in indexes:
        line = lines[i]
        run = run + 1 if line.words >= PROSE_WORDS and line.ends_sentence else 0
        if run >= length:
            return True
    return False


def short_label(line: Line) -> bool:
    """A headline, author or date line: no final punctuation, short or Title Case."""
    if line.ends_sentence:
        return False
    return line.words < UNPUNCTUATED_PROSE_WORDS or (
        line.words <= HEADLINE_MAX_WORDS and line.lower_share < SENTENCE_LOWER_SHARE
    )

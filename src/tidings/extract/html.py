"""HTML page -> Article: parse once (lexbor), read metadata, find the body, or say why not.

Stages, in order:

1. ``parse``: the lexbor DOM (selectolax); any HTML parses, truncated or not.
2. ``read_signals`` (metadata.py): JSON-LD, meta tags, <title>, canonical URL, language.
3. ``walk`` + ``best_container`` + ``body_blocks`` (htmlbody.py): the article's paragraphs, with
   roles; images with caption and credit; the related-links boxes. A body under
   MIN_BODY_CHARS is tried once more from the ``<article>`` element around it.
4. ``page_kind``: an explicit ``no_article`` for error, login, search and index pages.
5. reconcile title (titles.py), authors (authors.py), dates (pagedates.py) and the rest
   (metadata.py); ``layout`` builds the text and offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import pairwise

from tidings.errors import TooDeep
from tidings.extract import htmlbody, metadata
from tidings.extract.authors import choose_authors, han_credit_line
from tidings.extract.bylines import (
    author_label_clause,
    bare_label,
    dated_name,
    looks_like_name,
    opens_with_by,
    parse_byline,
    signed_byline,
)
from tidings.extract.common import base_article
from tidings.extract.dates import (
    CHANGE_WORD,
    OTHER_DAY_LABEL,
    find_date,
    find_dates,
    labelled_date,
    leading_date,
    only_days,
    opening_labelled_date,
    other_days,
    parse_date,
)
from tidings.extract.furniture import split_caption
from tidings.extract.pagedates import choose_dates
from tidings.extract.titles import choose_title
from tidings.givennames import is_given_name
from tidings.model import Article, Capture, DroppedLine, Image, Paragraph, layout

#: Body text (characters) under which a page holds no article. Calibrated on the AEB pages (the
#: shortest gold body is ~300 characters) and on index pages, which yield link lists.
MIN_BODY_CHARS = 250
#: The floor for a page that calls itself an article (og:type, JSON-LD): a news brief or a
#: blog post of one paragraph (a photo post, a capture cut at the paywall) is still its
#: article; index pages do not call themselves articles.
SHORT_ARTICLE_CHARS = 100
#: Deepest element nesting accepted (see check_depth), and the tag count that triggers the scan.
MAX_DEPTH = 5_000
DEPTH_SCAN_TAGS = 20_000
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)")
#: Void elements and those whose end tag is implied: they do not add nesting.
_NO_NESTING = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "td",
        "tr",
        "th",
        "option",
        "dt",
        "dd",
    ]
)
#: How many blocks before the body are searched for a byline.
HEAD_BLOCKS = 12
#: Blocks at each end of the body searched for a signed line when no byline stands before it,
#: and the longest such line (a sentence "by" someone is text, not a byline).
EDGE_BLOCKS = 3
MAX_EDGE_LINE = 80
#: Words besides its date a line of links may hold to be a date line ("26 Mai, 2008 | ThE_PaiN
#: | Kommentare 34": the date, the author, the comment count).
MOSTLY_DATE_WORDS = 5
_WORD = re.compile(r"[^\W_]+")
#: Characters from which a body block is a paragraph of running text (a dateline opens it).
MIN_PARAGRAPH = 150
#: Blocks after the body searched for a labelled publication date ("Veröffentlicht am ...").
TAIL_BLOCKS = 10
#: The longest line at the body's edges read for a labelled publication date: an imprint line
#: holds it among the page's other facts ("Letzte Änderung: 31.10.2023 - 14:49:39 Erschienen
#: am: 01.11.2023 Lesungen: 61 © bei der Autorin ..."); the label must still stand just
#: before the date (``dates.labelled_date``).
MAX_LABELLED_LINE = 200
#: The longest block read as a bare label whose date stands in the next block ("Mise en
#: ligne", "Veröffentlicht am:", "Published").
BARE_LABEL = 30
_ERROR_TITLE = re.compile(
    r"\b(404|410|500|page not found|not found|error|seite nicht gefunden|page introuvable|"
    r"no encontrada|access denied|forbidden)\b",
    re.I,
)
_LOGIN_TITLE = re.compile(r"\b(log ?in|sign ?in|anmelden|connexion|iniciar sesi[oó]n)\b", re.I)
_LOGIN_URL = re.compile(r"[/?&](login|signin|sign-in|log-in|anmelden|connexion)\b", re.I)
_SEARCH = re.compile(r"(search results|suchergebnisse|résultats de recherche|^search\b)", re.I)
_SEARCH_URL = re.compile(r"[/?&](search|suche|recherche|s)(/|\?|=|$)|[?&]q=", re.I)


def extract_html(
    html: str, url: str | None = None, *, capture: Capture | None = None, source: str = "<html>"
) -> Article:
    """Turn an HTML page into an Article, or a 'no_article' record with the reason."""
    check_depth(html)
    base = base_article(capture, source, Capture.digest(html.encode("utf-8")), url)
    not_after = base["captured_at"] or datetime.now(UTC)
    tree = htmlbody.parse(html)
    sig = metadata.read_signals(tree)
    obj = metadata.article_object(sig)
    root = tree.body or tree.root
    page = htmlbody.walk(root) if root is not None else htmlbody.Page()
    headline = htmlbody.headline_index(page, sig.meta.get("og:title") or sig.title_tag)
    container = htmlbody.best_container(page, headline)
    kept, dropped = htmlbody.body_blocks(page, container, not_after) if container else ([], [])
    if container and sum(htmlbody.text_weight(b.text) for _, b in kept) < MIN_BODY_CHARS:
        # a second, wider guess must clear twice the floor (as error and search pages must)
        wider = htmlbody.enclosing_article(page, container)
        found = htmlbody.body_blocks(page, wider, not_after) if wider else ([], [])
        if sum(htmlbody.text_weight(b.text) for _, b in found[0]) >= 2 * MIN_BODY_CHARS:
            container, (kept, dropped) = wider, found
    floor = SHORT_ARTICLE_CHARS if _calls_itself_article(sig) else MIN_BODY_CHARS
    if headline is not None and container and _running_chars(kept) < floor:
        # the text under the headline was too short to be an article: rather than answer "no
        # article", take the element the vote alone chose (a short shop or blog page whose one
        # paragraph sits in a box of its own away from the headline)
        alone = htmlbody.best_container(page)
        found = htmlbody.body_blocks(page, alone, not_after) if alone else ([], [])
        if alone != container and _running_chars(found[0]) >= floor:
            container, (kept, dropped) = alone, found
    title = choose_title(
        sig, obj, _h1_nearest_first(page, kept), base["url"], _subheads_nearest_first(page, kept)
    )
    pieces = [(role, b.text) for role, b in kept if not (role == "subheading" and b.text == title)]
    text, paragraphs = layout(pieces)  # type: ignore[arg-type]
    meta = {
        "input_type": "html",
        "title": title,
        "canonical_url": sig.canonical or sig.meta.get("og:url"),
        "language": metadata.language(sig, obj),
        "section": metadata.section(sig, obj),
        "description": metadata.description(sig, obj),
        "lead_image": metadata.lead_image(sig, obj),
        "related": page.related,
    }
    # the page's own metadata (authors, dates) is kept on a no_article record too: a blog post
    # whose body was not found is still dated and signed; but the bylines near the "body" of
    # an index page are a teaser's, and so are the dates near a grid of teaser cards
    cards = htmlbody.teaser_cards(page, [b for _, b in kept], [b for _, b in dropped])
    kind = page_kind(sig, base["url"], paragraphs, page, tree, cards)
    near = [] if kind else _bylines_near(page, kept, dropped)
    signature = [] if kind else _signature(kept)
    authors, credits = choose_authors(sig, obj, near, base["url"], signature)
    if kind and kind.teasers:
        published, modified = choose_dates(sig, obj, base["url"], not_after, [], [])
    else:
        published, modified = choose_dates(
            sig,
            obj,
            base["url"],
            not_after,
            htmlbody.times_near(page, container) if container else [],
            _dates_near(page, kept, dropped),
            lambda: _page_day(page, kept, not_after),
        )
    if kind:
        return Article(
            **base,
            **meta,
            authors=authors,
            other_credits=credits,
            published=published,
            modified=modified,
            status="no_article",
            reason=kind.reason,
        )
    images = htmlbody.images_in(page, container) if container else []
    return Article(
        **base,
        **meta,
        authors=authors,
        other_credits=credits,
        published=published,
        modified=modified,
        images=_dedupe(images),
        dropped=[DroppedLine(text=b.text, reason=why) for why, b in dropped],
        text=text,
        paragraphs=paragraphs,
    )


def _bylines_near(page: htmlbody.Page, kept: list, dropped: list) -> list[str]:
    """Byline lines printed with the article: dropped from the body as 'byline', or among the
    HEAD_BLOCKS blocks just before the body (where "By Jane Doe" usually stands), or, when
    neither signs the article, a short signed line opening or closing the body ("Text von Jane
    Doe", "Eine Kolumne von ..."; it stays in the text, as the reader sees it)."""
    lines = [b.text for why, b in dropped if why == "byline"]
    if not kept:
        return lines
    start = page.blocks.index(kept[0][1])
    # A labelled line amid the text ("Autorin: Alys Arden" in a book's facts) names the work's
    # author; only "By ..." lines, or labelled ones at the body's edges, sign the article.
    edge = min(EDGE_BLOCKS, len(kept))
    head_end = page.blocks.index(kept[edge - 1][1])
    tail_start = page.blocks.index(kept[-edge][1])
    lines = [
        b.text
        for why, b in dropped
        if why == "byline"
        and (opens_with_by(b.text) or not head_end < page.blocks.index(b) < tail_start)
    ]
    # a byline in a box the page marks as furniture ("metaInfo") among the body's first blocks
    lines += [
        b.text
        for why, b in dropped
        if why == "furniture-markup"
        and len(b.text) <= htmlbody.MAX_META_LINE
        and start < page.blocks.index(b) < head_end
        and signed_byline(b.text)
    ]
    # the body's first block too, with the one after it: a label opening the body ("Auteur")
    # whose name is the next block, or a dated name under a kicker ("Essay" / "25.10.2022 -
    # Reiner Nagel")
    head = page.blocks[max(0, start - HEAD_BLOCKS) : start + 2]
    for b, after in zip(head, [*head[1:], None], strict=True):
        if len(b.text) <= htmlbody.MAX_META_LINE and signed_byline(b.text):
            lines.append(b.text)
        elif b.link_density < 0.5 and (name := dated_name(b.text)):
            lines.append(name)  # "25.10.2022 - Reiner Nagel" under the headline, not a teaser
        elif after is not None and bare_label(b.text) and len(after.text) <= MAX_EDGE_LINE:
            # "<p class=label>By</p><p class=name>Jane Doe</p>": label and name apart
            joined = f"{b.text.strip(' :')}: {after.text}"
            signed = signed_byline(joined)
            if signed and signed.authors and all(" " in n for n in signed.authors):
                lines.append(joined)  # a full name: one word after a lone label may be a tag
    if not any(signed_byline(line) or parse_byline(line) for line in lines):
        edge = [b for _, b in kept[:EDGE_BLOCKS] + kept[-EDGE_BLOCKS:]]
        lines += [b.text for b in edge if len(b.text) <= MAX_EDGE_LINE and signed_byline(b.text)]
    if not any(signed_byline(line) or parse_byline(line) for line in lines):
        # "Autor: Klausmartin Friedrich Tags: ..." closing the text or just under it, before
        # its comments: the labelled clause, however long the line runs on
        end = page.blocks.index(kept[-1][1])
        tail = [b for _, b in kept[-EDGE_BLOCKS:]] + page.blocks[end + 1 : end + 1 + EDGE_BLOCKS]
        clauses = (author_label_clause(b.text) for b in tail)
        lines += [c for c in clauses if c and len(c) <= MAX_EDGE_LINE and signed_byline(c)][:1]
    if not lines:  # "责任编辑： 焦鹏": a Chinese news site's credit line under the text
        end = page.blocks.index(kept[-1][1])
        tail = [b for _, b in kept[-EDGE_BLOCKS:]] + page.blocks[end + 1 : end + 1 + EDGE_BLOCKS]
        lines += [n for b in tail if (n := han_credit_line(b.text))][:1]
    return lines


#: Most words of a signature: a name alone on the line after the text ("Stefan Wasmer").
SIGNATURE_WORDS = 3


def _signature(kept: list) -> list[str]:
    """The name that signs the article at its end, alone on its line after the text
    ("... den Nachfolger zu ermitteln." / "Stefan Wasmer"), as regional papers, reviews and
    essays sign: among the body's last EDGE_BLOCKS blocks (footnotes may follow it), a line
    that is a name of two or three words and nothing else, after a paragraph of the text,
    starting with a listed given name (a heading, "Weltweite Strahlkraft", "Verwandte
    Themenbereiche", also reads as two capitalised words), and not named in the text: a
    name the article is about, alone under it, is a caption or a link ("Karl Geiger" under
    a ski jumping report that names him)."""
    tail = kept[-EDGE_BLOCKS - 1 :]
    for (prev_role, _), (role, b) in pairwise(tail):
        text = b.text.strip()
        if (
            role == "body"
            and prev_role == "body"
            and len(text.split()) <= SIGNATURE_WORDS
            and looks_like_name(text)
            and is_given_name(text.split()[0])
            and not any(text in other.text for _, other in kept if other is not b)
        ):
            return [text]
    return []


def _dates_near(page: htmlbody.Page, kept: list, dropped: list) -> list[str]:
    """Dates printed with the article, in order of trust: datelines dropped from the body; short
    lines among the HEAD_BLOCKS blocks before it ("Veröffentlicht am 24.04.2020"; a line of
    links only when it is mostly its date: blogs link the date to the post); a date opening the
    body ("29.11.2022 – Mehrfach hatte ..."); a short line among its first blocks with one
    day and a byline ("06.11.2023 13:30 von Olga ..."); a labelled publication date at the
    body's edges or in the TAIL_BLOCKS blocks after it ("Veröffentlicht am: 6. August 2009",
    not a comment's). Datelines dropped from the body that name several days are several
    posts' (a blog's page of posts, the body found running over them): they come last."""
    lines = [b.text for why, b in dropped if why == "dateline"]
    if not kept:
        return lines
    later: list[str] = []
    if len({d.iso[:10] for t in lines for d in find_dates(t)}) >= 2:
        later, lines = lines, []
    start = page.blocks.index(kept[0][1])
    end = page.blocks.index(kept[-1][1])
    head = page.blocks[max(0, start - HEAD_BLOCKS) : start]
    listed = _calendar_lines(head)
    for b in reversed(head):
        if b.text in listed:
            continue  # one entry of an event calendar or a dated list, not the article's day
        if len(b.text) <= htmlbody.MAX_META_LINE and (b.link_density < 0.5 or _mostly_date(b.text)):
            lines.append(b.text)
        elif b.link_density < 0.5 and (found := opening_labelled_date(b.text)):
            lines.append(found)  # a standfirst opening "Pressemitteilung vom 25. Januar 2022 |"
    # the dateline opens the first paragraph of running text, which a standfirst, a caption or
    # a subheading may precede
    first = next(
        (n for n, (role, b) in enumerate(kept) if role == "body" and len(b.text) >= MIN_PARAGRAPH),
        0,
    )
    heads = kept[: max(EDGE_BLOCKS, first + 1)]
    openers = (leading_date(b.text) or opening_labelled_date(b.text) for _, b in heads)
    lines += [d for d in openers if d][:1]
    # a short first line of the body holding one day and a byline ("Stars (1 / 1) 06.11.2023
    # 13:30 von Olga"): the article's dateline inside its own column
    for _, b in kept[:EDGE_BLOCKS]:
        if len(b.text) <= htmlbody.MAX_META_LINE and _BYLINE_WORD.search(b.text):
            found = find_dates(b.text)
            if len(found) == 1 and not CHANGE_WORD.search(b.text):
                lines.append(found[0].iso)
                break
    edges = [b for _, b in kept[:EDGE_BLOCKS] + kept[-EDGE_BLOCKS:]]
    for b in edges + page.blocks[end + 1 : end + 1 + TAIL_BLOCKS]:
        if len(b.text) <= MAX_LABELLED_LINE and (found := labelled_date(b.text)):
            lines.append(found)
    # a label alone in its block with its date in the next: a page's facts as a list of
    # label / value pairs after the body ("<dt>Mise en ligne</dt><dd>23 mai 2019</dd>")
    for label, value in pairwise(page.blocks[end + 1 : end + 2 + TAIL_BLOCKS]):
        if (
            len(label.text) <= BARE_LABEL
            and not find_dates(label.text)
            and len(value.text) <= htmlbody.MAX_META_LINE
            and (found := labelled_date(f"{label.text} {value.text}"))
        ):
            lines.append(found)
    return lines + later


#: Distinct days the short lines before the body may print before they are read as a list
#: (an event calendar in a side column: "29.02.2020 18:00 Uhr Portugal vs Spanien",
#: "04.04.2020 18:00 Uhr Tempranillo ...", "09.05.2020 18:00 Uhr Atlantik Weine").
CALENDAR_DAYS = 3


def _calendar_lines(blocks: list) -> set[str]:
    """The short dated lines among ``blocks`` when they print CALENDAR_DAYS days or more: the
    entries of a calendar or of a list of dated teasers, none of which is the article's own
    dateline (which a page prints once, maybe beside an update line: two days at most)."""
    dated = {
        b.text: found
        for b in blocks
        if len(b.text) <= htmlbody.MAX_META_LINE and (found := find_dates(b.text))
    }
    days = {f.iso[:10] for found in dated.values() for f in found}
    return set(dated) if len(days) >= CALENDAR_DAYS else set()


_BYLINE_WORD = re.compile(r"\b(?:von|by|par|por|di|door|av)\s+[A-ZÄÖÜ]")


def _page_day(page: htmlbody.Page, kept: list, not_after: datetime) -> str | None:
    """The one day the page prints on its own: the short lines that are a date and a few words
    ("03.11.2021", "Veröffentlicht von X am 23. Februar 2020") and the <time>s outside related
    boxes, up to the body's end, when there are at most PAGE_DAY_LINES of them and they name
    the same day. A small site's page can show its date far from the text (a side column);
    a page that shows teasers, reviews or comments shows more dates than that. A change date
    ("Letzte Änderung 14.02.2019", "Last updated"), a span of days (an event) or a day
    labelled as another (a deadline, ``dates.OTHER_DAY_LABEL``) is no publication date."""
    end = page.blocks.index(kept[-1][1]) if kept else len(page.blocks)
    values = [v for i, _, _, related, v in page.times if not related and i <= end]
    shown = [b.text for b in page.blocks[: end + 1] if len(b.text) <= htmlbody.MAX_META_LINE]
    others = other_days(shown)
    for text in shown:
        if _mostly_date(text) and not only_days(text, others):
            found = find_dates(text, not_after=not_after)
            other = CHANGE_WORD.search(text) or OTHER_DAY_LABEL.search(text)
            if len(found) == 1 and not other and not _CREATED.search(text):
                values.append(found[0].iso)
    days = {d[:10] for v in values if (d := parse_date(v.strip(), not_after=not_after))}
    return values[0] if len(days) == 1 and len(values) <= PAGE_DAY_LINES else None


#: Most dates a page may print for its one day to be taken as the publication's.
PAGE_DAY_LINES = 2
#: A user's or group's sign-up date ("Created Jan 25, 2008", "Mitglied seit").
_CREATED = re.compile(r"\b(created|joined|member since|mitglied seit|erstellt)\b", re.I)


def _mostly_date(text: str) -> bool:
    """A short line that is a date and a few words ("5. November 2021 admin News 0")."""
    found = find_date(text)
    rest = text[: found.start] + " " + text[found.end :] if found else ""
    return found is not None and len(_WORD.findall(rest)) <= MOSTLY_DATE_WORDS


def _h1_nearest_first(page: htmlbody.Page, kept: list) -> list[str]:
    """The page's <h1> texts, the one nearest before the body first, then the others."""
    start = page.blocks.index(kept[0][1]) if kept else len(page.blocks)
    before = sorted((h for h in page.h1 if h[0] < start), key=lambda h: -h[0])
    after = [h for h in page.h1 if h[0] >= start]
    return [text for _, text in before + after]


def _subheads_nearest_first(page: htmlbody.Page, kept: list) -> list[str]:
    """The page's <h2> and <h3> texts, the ones nearest before the body first (blogs that keep
    the <h1> for the blog's name write the post's headline as an <h2>)."""
    start = page.blocks.index(kept[0][1]) if kept else len(page.blocks)
    heads = [(i, b.text) for i, b in enumerate(page.blocks) if b.kind in ("h2", "h3")]
    before = sorted((h for h in heads if h[0] < start), key=lambda h: -h[0])
    return [text for _, text in before + [h for h in heads if h[0] >= start]]


def check_depth(html: str) -> None:
    """Refuse HTML nested deeper than MAX_DEPTH (raises TooDeep).

    The HTML parser's cost grows with the square of the nesting depth (100,000 nested <div>s take
    about a minute), while real pages stay under ~500 levels. Pages with fewer than
    DEPTH_SCAN_TAGS tags cannot nest deep enough to matter and are not scanned.
    """
    if html.count("<") < DEPTH_SCAN_TAGS:
        return
    depth = 0
    for close, name in _TAG.findall(html):
        if name.lower() in _NO_NESTING:
            continue
        depth += -1 if close else 1
        if depth > MAX_DEPTH:
            raise TooDeep(f"the HTML is nested more than {MAX_DEPTH:,} elements deep")


@dataclass(frozen=True)
class NoArticle:
    """Why a page holds no article; ``teasers`` when what stands near its "body" (bylines,
    dates) belongs to the teasers of an index page, not to the page."""

    reason: str
    teasers: bool = False


def page_kind(
    sig: metadata.Signals,
    url: str | None,
    paragraphs: list[Paragraph],
    page: htmlbody.Page,
    tree: object,
    cards: htmlbody.Cards | None = None,
) -> NoArticle | None:
    """Why this page holds no article (error, login, search, index), or None if it does.

    The reason says what was seen, in numbers a reader can check ("index page: 20 teaser
    cards (a headline link over a short blurb) among 20 headline links, 0 characters of
    running text")."""
    title = sig.meta.get("og:title") or sig.title_tag or ""
    chars = sum(htmlbody.text_weight(p.text) for p in paragraphs if p.role != "subheading")
    grid = _card_grid(sig, url, cards) if cards is not None else None
    short = chars < 2 * MIN_BODY_CHARS
    text = f"{grid}" if grid else f"{chars} characters of running text"
    if (short or grid) and (m := _ERROR_TITLE.search(title)):
        return NoArticle(f"error page: the title says {m.group(0)!r}, {text}", bool(grid))
    has_password = tree.css_first('input[type="password"]') is not None  # type: ignore[attr-defined]
    login_named = bool(_LOGIN_TITLE.search(title) or (url and _LOGIN_URL.search(url)))
    if has_password and login_named and (short or grid):
        return NoArticle(f"login page: a password form under a sign-in title or address, {text}")
    if (short or grid) and (_SEARCH.search(title) or (url and _SEARCH_URL.search(url))):
        return NoArticle(f"search page: the title or address says search, {text}", bool(grid))
    if short and _front_page(sig, url):
        return NoArticle(
            f"index page: the site's front page (root address, not typed an article), {text}",
            teasers=True,
        )
    if grid:
        return NoArticle(f"index page: {grid}", teasers=True)
    floor = SHORT_ARTICLE_CHARS if _calls_itself_article(sig) else MIN_BODY_CHARS
    if chars < floor:
        links = sum(b.link_chars for b in page.blocks)
        total = sum(len(b.text) for b in page.blocks) or 1
        if links / total > 0.4:
            n = cards.headlines if cards else 0
            heads = f"{n} headline link{'s' * (n != 1)}, " if n else ""
            return NoArticle(
                f"index page: {heads}{links / total:.0%} of the page's text is links, {text}"
            )
        return NoArticle(f"no main text found ({text})")
    return None


#: Teaser cards, and their share of the body's kept text, from which the body is an index
#: page's grid of cards; fewer and a lower share will do on a page that says it is a list
#: (JSON-LD CollectionPage) or whose address is a site's root or a section.
MIN_CARDS = 5
CARD_SHARE = 0.8
LIST_MIN_CARDS = 3
LIST_CARD_SHARE = 0.5


def _card_grid(sig: metadata.Signals, url: str | None, cards: htmlbody.Cards) -> str | None:
    """What shows the body is a grid of teaser cards ("12 teaser cards (a headline link over a
    short blurb) among 14 headline links, 0 characters of running text"), or None: mostly
    cards, with little running text besides (under twice MIN_BODY_CHARS: an article's own text
    is longer), on a page that does not call itself an article (a live blog's entries, each
    under a linked title, are one article)."""
    if cards.other_chars >= 2 * MIN_BODY_CHARS or _calls_itself_article(sig):
        return None
    share = cards.card_chars / max(1, cards.card_chars + cards.other_chars)
    listed = (
        metadata.has_collection_object(sig)
        or _section_address(sig, url)
        or bool(url and _SEARCH_URL.search(url))
    )
    grid = cards.cards >= MIN_CARDS and share >= CARD_SHARE
    listed_grid = listed and cards.cards >= LIST_MIN_CARDS and share >= LIST_CARD_SHARE
    if not (grid or listed_grid):
        return None
    return (
        f"{cards.cards} teaser cards (a headline link over a short blurb) among "
        f"{cards.headlines} headline links, {cards.other_chars} characters of running text"
    )


#: A site's root or section address: at most three path parts of one word each ("/sport/",
#: "/news/world/"), or any slug under a listing word ("/tag/climate-change/", "/category/x").
_SECTION_PATH = re.compile(
    r"^https?://[^/]+(?:(?:/[^\W\d_]+){0,3}|/(?:tags?|category|categories|topics?|section|"
    r"archives?|author|rubrik|kategorie|schlagwort|etiqueta|categorie)"
    r"(?:/[\w-]+){1,2})/?(?:index\.\w+)?$",
    re.I,
)


def _section_address(sig: metadata.Signals, url: str | None) -> bool:
    """The page's own address (og:url, canonical, else the capture's) is a site's root or a
    section (see _SECTION_PATH), where an article's address carries a slug or a number."""
    own = (sig.meta.get("og:url") or sig.canonical or url or "").strip()
    return bool(_SECTION_PATH.match(own.split("#")[0]))  # "/?p=2895" is a post


def _running_chars(kept: list[tuple[str, htmlbody.Block]]) -> int:
    """The weight of the kept body's running text, subheadings left out (as ``page_kind``
    counts it)."""
    return sum(htmlbody.text_weight(b.text) for role, b in kept if role != "subheading")


def _calls_itself_article(sig: metadata.Signals) -> bool:
    """The page says it is one article (og:type "article", a JSON-LD article object) and not a
    list of them (a JSON-LD CollectionPage: front pages that tag every page "article")."""
    if metadata.has_collection_object(sig):
        return False
    return sig.meta.get("og:type", "").lower() == "article" or metadata.has_article_object(sig)


def _front_page(sig: metadata.Signals, url: str | None) -> bool:
    """The page is the site's front page: its own address (og:url, canonical, else the
    capture's) is the site's root, and it does not call itself an article (og:type, JSON-LD).
    Its one paragraph is the site's motto ("WIRED is where tomorrow is realized..."), not an
    article: blogs that show a post on the front page show more text than that."""
    own = sig.meta.get("og:url") or sig.canonical or url or ""
    if not re.match(r"^https?://[^/]+/?(?:index\.\w+)?$", own.strip()):
        return False
    if sig.meta.get("og:type", "").lower() == "article":
        return False
    return not metadata.has_article_object(sig)


def _dedupe(images: list[Image]) -> list[Image]:
    """Each image once, its caption split from its credit ("... (AFP Photo / Jane Doe)")."""
    seen: set[str | None] = set()
    out = []
    for img in images:
        if img.caption and not img.credit:
            split = split_caption(img.caption)
            if split is not None:
                img.caption, img.credit = split.caption, split.credit
        key = img.url or img.caption
        if key in seen:
            continue
        seen.add(key)
        out.append(img)
    return out

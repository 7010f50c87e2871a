"""Find the article body of an HTML page: blocks, a best container, then a block filter.

Stages, in order (each a plain function over the same few records):

1. ``walk``: one iterative pass over the lexbor DOM (selectolax) turns the page into text
   ``Block``s (a paragraph, heading, list item, quote, caption...) with their link text, their
   chain of ancestor elements and where boilerplate marks (class/id/role/hidden) sit on it.
   Images with their captions and links of "related" boxes are collected on the way.
2. ``best_container``: every block votes for each of its ancestors with a signed weight (long
   running text +, link lists and short scraps -); the ancestor with the highest total is the
   article. A boilerplate mark only removes a block when it sits *inside* the chosen container, so
   a wrapper with class "has-sidebar" around the whole page does not hide the article.
3. ``body_blocks``: the blocks of the container (``grow``n forward through adjacent running
   text, joined by the other parts of an article cut into same-class wrappers), minus the
   marked, link-dense, teaser and furniture ones, with their paragraph roles. When that is too
   short to be an article, html.py tries the ``enclosing_article`` element instead.

Block lengths count a CJK character three times (``text_weight``); the tag and class-word lists
are in ``htmlwords.py``.

Iterative, never recursive: a page nested 100k levels deep costs time in proportion to its size
and never hits Python's recursion limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from selectolax.lexbor import LexborHTMLParser, LexborNode

from tidings.extract.bylines import signed_byline
from tidings.extract.common import visible
from tidings.extract.dates import find_date
from tidings.extract.furniture import furniture_reason
from tidings.extract.htmlwords import (
    BLOCK_TAGS,
    BOILER_ROLES,
    BOILER_TAGS,
    BOILER_TOKENS,
    BOILER_WORDS,
    CONTENT_WORDS,
    EMBED_WORDS,
    INLINE_CARD_TOKENS,
    MAX_CLASS_TOKENS,
    NEVER_MARKED,
    OTHER_VOICES_WORDS,
    PERMALINK_GLYPHS,
    RELATED_WORDS,
    SIDE_COLUMN_WORDS,
    SKIP_TAGS,
    STRONG_WORDS,
    UNEXCUSED_WORDS,
)
from tidings.model import Image, Link, ParagraphRole

_ROLE_OF_TAG: dict[str, ParagraphRole] = {
    "h2": "subheading",
    "h3": "subheading",
    "h4": "subheading",
    "h5": "subheading",
    "h6": "subheading",
    "li": "list-item",
    "dd": "list-item",
    "blockquote": "quote-block",
    "pre": "preformatted",
}
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = re.compile(r"[-_:\s]+")
_WS = re.compile(r"\s+")
_WORD = re.compile(r"[^\W\d_]{2,}")
#: Blocks longer than this are never a byline or dateline.
MAX_META_LINE = 100

# Weights of a block's vote for its ancestors (calibrated on AEB and the readability pages
# together, FREE_LEVELS 2..4 x DECAY 0.7..1.0; rerun bench/html_extract.py --set all after a
# change and keep a value only if both sets agree).
#: Characters of a block under which it counts as a scrap (menu entry, label, date).
SHORT_BLOCK = 40
#: A short block's (negative) vote.
SHORT_PENALTY = -15.0
#: Link density above which a block is a link list.
LINK_DENSE = 0.5
#: Factor of a link-dense block's negative vote (times its length).
LINK_PENALTY = -1.0
#: Factor on the total of an element marked itemprop="articleBody" (schema.org microdata).
ARTICLE_BODY_BONUS = 1.5
#: Factor on the total of an element inside a furniture mark (a sidebar widget, a footer, a
#: follow box) that the text did not overrule: the longest run of text there (a blog's "about"
#: blurb, a quoted testimonial) must be twice the article's to win over it (0.3 and 0.5 tie on
#: the trafilatura set, 0.7 takes back most of the gain; AEB and readability pages unchanged).
IN_FURNITURE_FACTOR = 0.5
#: Blocks under the headline within which the winner's text counts as starting under it (5
#: and 8 tie on the trafilatura set, 12 is no better).
HEADLINE_WINDOW = 5
#: Blocks under the headline searched for its first paragraph (a recipe's or a product's
#: figures, a byline box and share buttons may come first; 15 and 25 tie on the trafilatura
#: set, 5 and 10 gain less).
HEADLINE_SEARCH = 15
#: Share of the winner's total the element under the headline must reach to be taken instead
#: (on the trafilatura set 0.15 gains most, 0.2 and 0.3 less; 0.1 loses an AEB page whose
#: headline sits over a caption; AEB and readability unchanged at 0.15).
HEADLINE_SHARE = 0.15
#: Characters from which an ``<h1>`` matched in the page's title is its headline.
HEADLINE_MIN_CHARS = 8
#: A strong mark (comments, related, newsletter) is overruled only when it holds nearly all the
#: text: a comment thread can hold 90% of a page, a mislabelled wrapper 99%.
STRONG_OVERRULE = 0.95
#: Blurbs right under a linked headline, this many times in one container, are teasers.
TEASER_RUN = 3
#: A teaser blurb is one or two sentences.
TEASER_MAX_CHARS = 300
#: Share of the body text after a related-links heading under which that tail is dropped.
TAIL_SHARE = 0.4
#: A headline link (a teaser card's title): nearly all link, of a few words, one line.
HEADLINE_LINK_DENSITY = 0.7
HEADLINE_MIN_WORDS = 3
HEADLINE_MAX_CHARS = 200
#: Kept text under one headline link up to which it is a teaser's blurb (a sentence or two, a
#: source and a date), not a stretch of an article.
CARD_MAX_CHARS = 400
#: How far the body may grow beyond the container (see ``grow``).
GROW_LEVELS = 6
GROW_MIN_CHARS = 80
GROW_GAP = 2
#: Paragraphs the body may grow backward, up to its headline: the lead (standfirst) that sits in
#: a header subtree of its own above the text (calibrated 1..4 on the trafilatura set, where 2
#: and 4 tie and 1 is lower; AEB and readability pages unchanged).
LEAD_BLOCKS = 2
#: Share of the page's positive vote above which a furniture mark is overruled.
MARK_OVERRULE = 0.5
#: A block votes fully for this many ancestors; above them a positive vote decays by DECAY per
#: level, so a tight container beats a page-wide one that also gathers teaser blurbs.
FREE_LEVELS = 2
DECAY = 0.8


#: Chinese, Japanese and Korean characters: one says about as much as a Latin word.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
#: What one such character weighs in characters of Latin-script text.
CJK_WEIGHT = 3


def text_weight(text: str) -> int:
    """Length of ``text`` in Latin-script characters: a CJK character counts CJK_WEIGHT times,
    so a 30-character Chinese sentence is no scrap (SHORT_BLOCK) and a 200-character Japanese
    article not too short to be one (html.MIN_BODY_CHARS)."""
    if text.isascii():
        return len(text)
    return len(text) + (CJK_WEIGHT - 1) * len(_CJK.findall(text))


@dataclass(slots=True, eq=False)
class Block:
    """A run of text between block boundaries, and where it sits in the page."""

    text: str
    kind: str  # the tag that gives it its role: p, h2, li, blockquote, pre, h1, figcaption, td...
    link_chars: int
    chain: tuple[int, ...]  # mem_ids of the element ancestors, outermost first
    marks: tuple[int, ...]  # indexes in chain of the boilerplate-marked ancestors
    deepest_mark: int = -1  # the deepest of those that count (see settle_marks), -1 if none
    weight: int = -1  # text_weight(text), set by walk

    def __post_init__(self) -> None:
        if self.weight < 0:
            self.weight = text_weight(self.text)

    @property
    def link_density(self) -> float:
        return self.link_chars / max(1, len(self.text))


@dataclass
class Page:
    """What the walk found: blocks, images (with captions), related links, the <h1>s."""

    blocks: list[Block] = field(default_factory=list)
    images: list[tuple[tuple[int, ...], tuple[int, ...], Image]] = field(default_factory=list)
    related: list[Link] = field(default_factory=list)
    h1: list[tuple[int, str]] = field(default_factory=list)  # (index in blocks, text)
    times: list[tuple[int, tuple[int, ...], tuple[int, ...], bool, str]] = field(
        default_factory=list
    )  # <time>s: (index of the next block, chain, marks, in a related box?, datetime or text)
    marked: set[int] = field(default_factory=set)  # mem_ids of boilerplate-marked elements
    article_body: set[int] = field(default_factory=set)  # itemprop="articleBody" elements
    overruled: set[int] = field(default_factory=set)  # marks ignored by settle_marks
    strong: set[int] = field(default_factory=set)  # marks never overruled (comments, share...)
    p_marks: dict[int, str] = field(default_factory=dict)  # marked <p>s: mem_id -> class
    articles: set[int] = field(default_factory=set)  # mem_ids of the <article> elements
    classes: dict[int, str] = field(default_factory=dict)  # <div>/<section> -> class, no digits


def parse(html: str) -> LexborHTMLParser:
    """The lexbor DOM of a page (lexbor repairs any HTML, truncated or not)."""
    return LexborHTMLParser(html)


def _class_words(attrs: dict) -> tuple[frozenset[str], frozenset[str]]:
    """(parts, whole tokens) of a node's class and id, lower-cased, camelCase split. An id
    that is a heading's slug is not read (see ``_is_slug``)."""
    ident = attrs.get("id")
    if ident and _is_slug(ident):
        ident = None
    raw = " ".join(v for v in (attrs.get("class"), ident) if v)
    if not raw:
        return _EMPTY, _EMPTY
    cached = _WORDS_CACHE.get(raw)
    if cached is None:
        if len(_WORDS_CACHE) > 50_000:
            _WORDS_CACHE.clear()
        cached = _WORDS_CACHE[raw] = _split_class(raw)
    return cached


#: Parts of an id from which it reads as a heading's slug, not a name.
SLUG_PARTS = 5
_SLUG_SPLIT = re.compile(r"[-_]")


def _is_slug(ident: str) -> bool:
    """Whether an id is made from a heading's words (documentation generators and TOC plugins
    anchor each section so: "sharing-with-a-single-developer"). Its words say what the section
    is about, not what kind of element it is: "sharing" there is no share bar."""
    return " " not in ident and len(_SLUG_SPLIT.split(ident)) >= SLUG_PARTS


_EMPTY: frozenset[str] = frozenset()
#: class/id strings repeat across a page and across pages of a site: split each once.
_WORDS_CACHE: dict[str, tuple[frozenset[str], frozenset[str]]] = {}


def _split_class(raw: str) -> tuple[frozenset[str], frozenset[str]]:
    tokens = frozenset(raw.lower().split())
    parts: set[str] = set()
    for tok in raw.split():
        parts.update(p for p in _SPLIT.split(_CAMEL.sub("-", tok).lower()) if p)
    return frozenset(parts), tokens


#: Inline styles that hide an element: display:none and visibility:hidden (the element keeps
#: its place but shows nothing; readers never see its text).
_HIDDEN_STYLE = re.compile(r"display:none|visibility:hidden")


def is_boilerplate(attrs: dict, tag: str) -> tuple[bool, bool]:
    """(furniture?, related-links box?) for one element, from its tag, class, id, role, hidden."""
    if tag in BOILER_TAGS:
        return True, False
    if tag in NEVER_MARKED:
        return False, False
    if "hidden" in attrs or attrs.get("aria-hidden") == "true":
        return True, False
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style.replace(" ", "").lower()):
        return True, False
    role = attrs.get("role")
    if role and role.lower() in BOILER_ROLES:
        return True, False
    parts, tokens = _class_words(attrs)
    if not parts or len(tokens) > MAX_CLASS_TOKENS:
        return False, False
    if tokens & BOILER_TOKENS:
        return True, False
    hits = parts & BOILER_WORDS
    if not hits or parts & EMBED_WORDS:
        return False, False
    if parts & CONTENT_WORDS and not hits & UNEXCUSED_WORDS:
        return False, False
    return True, bool(parts & RELATED_WORDS)


#: Class words that hide an element: such a mark is a fact, never overruled by the text.
_HIDING = frozenset(["hidden", "hide"])


def _judged_class(attrs: dict) -> str | None:
    """The class of an element marked for its class words alone (not hidden by an attribute,
    a style or a hiding class), the mark that the text it holds may overrule; else None."""
    cls = attrs.get("class")
    if not cls or "hidden" in attrs or attrs.get("aria-hidden") == "true" or attrs.get("role"):
        return None
    style = attrs.get("style")
    if style and _HIDDEN_STYLE.search(style.replace(" ", "").lower()):
        return None
    parts, tokens = _class_words(attrs)
    if parts & _HIDING or tokens & BOILER_TOKENS:
        return None
    return cls


def _is_strong(attrs: dict) -> bool:
    """A mark only nearly all the text overrules (STRONG_OVERRULE): comments, related boxes,
    newsletters. Share bars are not among them: a "share" class on an element that holds most
    of the page's text is a wrapper ("share-zone", "entry share", "sharingContainer")."""
    return bool(_class_words(attrs)[0] & STRONG_WORDS)


def in_other_voices(node: LexborNode) -> bool:
    """Whether a node sits in a comment thread, a recent-comments widget, readers' letters or a
    box of other articles (OTHER_VOICES_WORDS in its own or an ancestor's class or id)."""
    while node is not None and node.tag not in ("body", "html"):
        if node.attributes and _class_words(node.attributes)[0] & OTHER_VOICES_WORDS:
            return True
        node = node.parent
    return False


def in_side_column(node: LexborNode) -> bool:
    """Whether a node sits in a side column: an <aside>, or an element whose class or id is
    or starts with sidebar, aside, rail (a "follow our authors" rail beside the article; not
    "content-sidebar-wrap", which holds the article and its sidebar)."""
    while node is not None and node.tag not in ("body", "html"):
        if node.tag == "aside" or (
            node.attributes
            and any(
                tok.split("-")[0].split("_")[0] in SIDE_COLUMN_WORDS
                for tok in _class_words(node.attributes)[1]
            )
        ):
            return True
        node = node.parent
    return False


def _img_url(node: LexborNode) -> str | None:
    attrs = node.attributes
    for key in ("src", "data-src", "data-original", "data-lazy-src", "data-url"):
        val = attrs.get(key)
        if val and not val.startswith("data:"):
            return val.strip()
    srcset = attrs.get("srcset") or attrs.get("data-srcset")
    if srcset:
        return srcset.split(",")[0].strip().split(" ")[0] or None
    return None


def _is_permalink(node: LexborNode) -> bool:
    """An in-page link showing only a permalink glyph ("¶"): the heading's own anchor."""
    text = (node.text(deep=True) or "").strip()
    return bool(text) and all(ch in PERMALINK_GLYPHS for ch in text)


#: ids of the toolbars a web archive lays over the page it replays (the Wayback Machine's
#: "wm-ipp-base": its capture dates "21 Feb 2007 - 23 Mar 2021", "10 Nov 2013", its counts of
#: captures). They are the archive's, not the page's: not walked at all.
ARCHIVE_TOOLBARS = frozenset(["wm-ipp-base", "wm-ipp"])


def walk(root: LexborNode) -> Page:
    """Turn the DOM under ``root`` into blocks (iteratively, see the module docstring)."""
    page = Page()
    chain: list[int] = []
    marks: list[int] = []  # indexes into chain of marked ancestors
    kinds: list[str] = []  # the role-giving tag of each open block-level ancestor
    related_depth: list[int] = []  # chain indexes of open related-links boxes
    figure_depth: list[int] = []
    caption_parts: list[list[str]] = []
    pending_imgs: list[list[Image]] = []
    buf: list[str] = []
    link_chars = 0
    link_depth = 0
    open_href: list[str | None] = []  # hrefs of the open <a> elements

    def flush() -> None:
        nonlocal link_chars
        if buf:
            text = _WS.sub(" ", visible("".join(buf))).strip()
            buf.clear()
            if text:
                kind = kinds[-1] if kinds else "div"
                if figure_depth:
                    if caption_parts:
                        caption_parts[-1].append(text)
                elif kind in _CELL_TAGS and not link_chars and _joins_row(page.blocks, chain, text):
                    last = page.blocks[-1]
                    last.text = f"{last.text} {text}"
                    last.weight = text_weight(last.text)
                else:
                    page.blocks.append(
                        Block(
                            text,
                            kind,
                            min(link_chars, len(text)),
                            tuple(chain),
                            tuple(marks),
                        )
                    )
                    if kind == "h1":
                        page.h1.append((len(page.blocks) - 1, text))
        link_chars = 0

    # the stack holds nodes to enter, and exit markers (None, tag) pushed before their children
    stack: list[tuple[LexborNode | None, str]] = [(root, "")]
    while stack:
        node, exit_tag = stack.pop()
        if node is None:  # leaving an element
            tag = exit_tag
            if tag == "a":
                link_depth -= 1
                open_href.pop()
                continue
            if tag in BLOCK_TAGS:
                flush()
                if tag == "figure":
                    figure_depth.pop()
                    caption = " ".join(caption_parts.pop()).strip() or None
                    imgs = pending_imgs.pop()
                    for img in imgs:
                        img.caption = img.caption or caption
                    if not imgs and caption:
                        imgs = [Image(caption=caption)]
                    page.images.extend((tuple(chain), tuple(marks), i) for i in imgs)
                if kinds and tag in _KIND_TAGS:
                    kinds.pop()
            if related_depth and related_depth[-1] == len(chain) - 1:
                related_depth.pop()
            if marks and marks[-1] == len(chain) - 1:
                marks.pop()
            chain.pop()
            continue
        tag = node.tag
        if tag == "-text":
            text = node.text_content
            if text:
                buf.append(text)
                if link_depth:
                    link_chars += len(text.strip())
                if related_depth and link_depth and len(text.strip()) > 15:
                    href = open_href[-1] if open_href else None
                    page.related.append(Link(title=_WS.sub(" ", text).strip(), url=href))
            continue
        if tag is None or tag.startswith("-") or tag in SKIP_TAGS:
            continue
        if tag == "time":
            value = node.attributes.get("datetime") or node.text(deep=True)
            if value and value.strip():
                page.times.append(
                    (len(page.blocks), tuple(chain), tuple(marks), bool(related_depth), value)
                )
        if tag == "img":
            url = _img_url(node)
            if url:
                img = Image(url=url, alt=(node.attributes.get("alt") or "").strip() or None)
                if pending_imgs:
                    pending_imgs[-1].append(img)
                else:
                    page.images.append((tuple(chain), tuple(marks), img))
            continue
        if tag == "br":
            buf.append("\n")
            continue
        if tag == "a":
            href = node.attributes.get("href")
            if href and href.startswith("#") and _is_permalink(node):
                continue
            link_depth += 1
            open_href.append(href)
            stack.append((None, "a"))
            stack.extend((c, "") for c in _children_reversed(node))
            continue
        attrs = node.attributes  # a new dict on every call: read it once
        if attrs.get("id") in ARCHIVE_TOOLBARS:
            continue  # an archive's own toolbar over the captured page: not the page's
        cls = attrs.get("class")
        if cls and tag not in BLOCK_TAGS and not INLINE_CARD_TOKENS.isdisjoint(cls.split()):
            continue  # a hover card inside the sentence (see INLINE_CARD_TOKENS)
        marked, related = is_boilerplate(attrs, tag)
        if tag in BLOCK_TAGS:
            flush()
        chain.append(node.mem_id)
        if marked:
            marks.append(len(chain) - 1)
            page.marked.add(node.mem_id)
            if _is_strong(attrs):
                page.strong.add(node.mem_id)
            elif tag == "p" and (cls := _judged_class(attrs)):
                page.p_marks[node.mem_id] = cls
        elif attrs.get("itemprop") == "articleBody":
            page.article_body.add(node.mem_id)
        if tag == "article":
            page.articles.add(node.mem_id)
        elif tag in _PART_TAGS and (cls := attrs.get("class")):
            page.classes[node.mem_id] = _DIGITS.sub("", cls)
        if related:
            related_depth.append(len(chain) - 1)
        if tag in _KIND_TAGS:
            kinds.append(tag)
        if tag == "figure":
            figure_depth.append(len(chain) - 1)
            caption_parts.append([])
            pending_imgs.append([])
        stack.append((None, tag))
        stack.extend((c, "") for c in _children_reversed(node))
    flush()
    return page


#: A table cell longer than this is a layout cell (a page laid out in a table), not data.
MAX_CELL_CHARS = 100


def _joins_row(blocks: list[Block], chain: list[int], text: str) -> bool:
    """Whether a data cell continues the previous block's table row: both are short cells of
    the same <tr>, without links. A row reads as one line ("3 Kevin Harvick 5033 4"), not a cell
    per line; a linked cell (a film's title in a list) stays apart, so the link-list rules still
    judge it alone."""
    if not blocks or len(text) > MAX_CELL_CHARS:
        return False
    last = blocks[-1]
    return (
        last.kind in _CELL_TAGS
        and not last.link_chars
        and len(last.chain) == len(chain)
        and last.chain[-2] == chain[-2]
        and len(last.text) <= MAX_CELL_CHARS
    )


#: Tags that give the blocks inside them their role.
_KIND_TAGS = frozenset(
    [
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dd",
        "dt",
        "blockquote",
        "pre",
        "figcaption",
        "td",
        "th",
        "caption",
    ]
)


def _children_reversed(node: LexborNode) -> list[LexborNode]:
    kids = list(node.iter(include_text=True))
    kids.reverse()
    return kids


def vote(block: Block) -> float:
    """How much a block says 'my ancestors hold the article' (negative: 'they hold furniture')."""
    n = block.weight
    if block.link_density > LINK_DENSE:
        return LINK_PENALTY * n
    if block.kind == "h1" or (block.kind in _ROLE_OF_TAG and block.kind.startswith("h")):
        return 0.0
    if n < SHORT_BLOCK:
        # a short cell of a data table (a standings row, a schedule) is neither a scrap nor text
        return 0.0 if block.kind in _CELL_TAGS else SHORT_PENALTY
    if is_excerpt(block):
        return SHORT_PENALTY
    return n * (1.0 - block.link_density) + 20.0 * block.text.count(", ") + 20 * (block.kind == "p")


#: Tags of table cells.
_CELL_TAGS = frozenset(["td", "th"])
#: How a truncated excerpt ends: "..." or "…", perhaps in brackets ("[…]", "(...)").
_TRUNCATED = re.compile(r"(?:\.\.\.|…)\s*[\])]?\s*$")


def is_excerpt(block: Block) -> bool:
    """A teaser card's blurb: a block with a link (the headline) whose text is cut off with an
    ellipsis. Article paragraphs end a sentence; the list of other stories around an article
    (a "Breaking news" ticker, "You may also like" cards) shows each story's first words."""
    return block.link_chars > 0 and bool(_TRUNCATED.search(block.text))


def settle_marks(page: Page) -> None:
    """Drop the marks that hold most of the page's running text, then set each deepest mark.

    A class word is a guess: when an element marked as furniture ("elementor-widget") holds more
    than MARK_OVERRULE of the page's running text, the text wins and the mark is ignored. Marked
    <p>s with the same class count as one element.
    """
    mass: dict[int, float] = {}
    total = 0.0
    for b in page.blocks:
        v = vote(b)
        if v <= 0:
            continue
        total += v
        for i in b.marks:
            mid = b.chain[i]
            mass[mid] = mass.get(mid, 0.0) + v
    overruled = {
        mid
        for mid, m in mass.items()
        if m > (STRONG_OVERRULE if mid in page.strong else MARK_OVERRULE) * total
    }
    # paragraphs that share one class are judged together: <p class="paywall"> on every
    # paragraph after the first marks the subscribers' part of the article, not furniture
    by_class: dict[str, float] = {}
    for mid, cls in page.p_marks.items():
        by_class[cls] = by_class.get(cls, 0.0) + mass.get(mid, 0.0)
    heavy = {cls for cls, m in by_class.items() if m > MARK_OVERRULE * total}
    overruled.update(mid for mid, cls in page.p_marks.items() if cls in heavy)
    page.marked -= overruled
    for b in page.blocks:
        b.deepest_mark = max((i for i in b.marks if b.chain[i] not in overruled), default=-1)
    page.overruled = overruled


def best_container(page: Page, headline: int | None = None) -> tuple[int, ...] | None:
    """The ancestor chain (root first) of the element that gathers the most article text.

    A marked element (furniture by class, id, role or tag) is never the container, and an
    element inside one (a widget's text box, a footer's "about this site") has its total cut by
    IN_FURNITURE_FACTOR; an element the publisher labels ``itemprop="articleBody"`` gets its
    total raised by ARTICLE_BODY_BONUS.

    A reader takes the text under the page's headline for the article, not the longest run of
    text elsewhere (a "members' preamble" box, a shop's delivery terms, a comment thread): when
    the ``headline`` block is known and the winner does not start right under it, the best
    element holding the headline's first paragraph is taken instead if its running text
    reaches HEADLINE_SHARE of the winner's total (the votes of its short lines left out: a
    photo's list of details or a product's figures belong to the article and must not make it
    lighter than its text). A publisher's articleBody element keeps its place, and so
    does a winner with the class of the element under the headline (the article's second,
    longer part after an inline box; ``_with_parts`` joins the first); a linked ``<h1>`` is
    the headline only when it reads as the title (``headline_index``), never the site's name.
    """
    settle_marks(page)
    blocks = page.blocks
    strong = page.strong
    totals: dict[int, float] = {}
    gains: dict[int, float] = {}  # mem_id -> its running text's votes, the short lines' left out
    where: dict[int, tuple[int, int]] = {}  # mem_id -> (block index, depth): its chain, lazily
    for n, b in enumerate(blocks):
        v = vote(b)
        if v == 0.0:
            continue
        if strong and any(b.chain[i] in strong for i in b.marks):
            continue  # text of a comment thread or share box never makes a container
        # a marked block only counts for ancestors at or above its deepest mark
        start = max(b.deepest_mark, 0)
        last = len(b.chain) - 1
        for i in range(start, len(b.chain)):
            mid = b.chain[i]
            up = last - i - FREE_LEVELS
            totals[mid] = totals.get(mid, 0.0) + (v if up <= 0 or v < 0 else v * DECAY**up)
            if v > 0:
                gains[mid] = gains.get(mid, 0.0) + (v if up <= 0 else v * DECAY**up)
            if mid not in where:
                where[mid] = (n, i)
    for mid in page.marked:
        totals.pop(mid, None)
    for mid in page.article_body:
        if totals.get(mid, 0.0) > 0:
            totals[mid] *= ARTICLE_BODY_BONUS
    for mid, (n, i) in where.items():
        if totals.get(mid, 0.0) > 0 and _under_mark(page, blocks[n], i):
            totals[mid] *= IN_FURNITURE_FACTOR
    if not totals:
        return None
    best = max(totals, key=lambda m: (totals[m], where[m][1]))
    if totals[best] <= 0:
        return None
    n, depth = where[best]
    chosen = blocks[n].chain[: depth + 1]
    if headline is None or best in page.article_body:
        return chosen
    first = where[best][0]
    if headline < first <= headline + HEADLINE_WINDOW:
        return chosen  # the text right under the headline: the reader's article
    under = _under_headline(page, headline, totals, chosen)
    if under is None or gains.get(under[-1], 0.0) < HEADLINE_SHARE * totals[best]:
        return chosen
    cls = page.classes.get(best)
    if cls and page.classes.get(under[-1]) == cls:
        return chosen  # two parts of one article (see _with_parts): the larger leads
    return under


def _under_headline(
    page: Page, headline: int, totals: dict[int, float], chosen: tuple[int, ...]
) -> tuple[int, ...] | None:
    """The best element holding the first paragraph under the headline (a ``<p>`` or ``<div>``
    of running text within HEADLINE_SEARCH blocks, before any other ``<h1>``, outside
    furniture) but not the chosen container; None when there is no such paragraph."""
    for i in range(headline + 1, min(headline + 1 + HEADLINE_SEARCH, len(page.blocks))):
        b = page.blocks[i]
        if b.kind == "h1":
            return None
        if b.kind in ("p", "div") and vote(b) >= GROW_MIN_CHARS and b.deepest_mark < 0:
            common = _common_depth(b.chain, chosen)
            if common >= len(chosen) - 1:
                return None  # the container holds it
            own = [k for k in range(common + 1, len(b.chain)) if b.chain[k] in totals]
            if not own:
                return None
            k = max(own, key=lambda k: (totals[b.chain[k]], k))
            return b.chain[: k + 1]
    return None


def headline_index(page: Page, title: str | None) -> int | None:
    """The block of the page's headline: the ``<h1>`` (of at least HEADLINE_MIN_CHARS) whose
    text the page's title (og:title or ``<title>``) holds or is held by, or whose words are
    nearly all the title's, or nearly all of it (``_same_words``: the two differ in
    punctuation, quotes or a separator); the longest such, when the site's name is an
    ``<h1>`` too. None when no ``<h1>`` matches.

    An ``<h1>`` that is a link is most often the site's name linked to its front page, which
    the title holds too ("Post title | Site"); it is the headline only when it reads as the
    whole title or as the title's longest part between separators (``_title_core``): a post's
    or a question's title linked to its own address."""
    wanted = _WS.sub(" ", title or "").strip().lower()
    if not wanted:
        return None
    title_words = set(_TITLE_WORD.findall(wanted))
    whole = (wanted, _title_core(wanted))
    hits = []
    for i, text in page.h1:
        h = _WS.sub(" ", text).strip().lower()
        if len(h) < HEADLINE_MIN_CHARS:
            continue
        if page.blocks[i].link_density > LINK_DENSE:
            if h in whole:
                hits.append((len(h), i))
        elif h in wanted or wanted in h or _same_words(set(_TITLE_WORD.findall(h)), title_words):
            hits.append((len(h), i))
    return max(hits)[1] if hits else None


#: Separators between a title's parts ("Site » Post", "Post | Site", "Post - Site").
_TITLE_SEP = re.compile(r"\s[|»«–—·:-]\s|\s[|»«–—·]|[|»«–—·]\s")


def _title_core(title: str) -> str:
    """The longest part of a title split at its separators: the post's own title."""
    return max((part.strip() for part in _TITLE_SEP.split(title)), key=len)


_TITLE_WORD = re.compile(r"\w+")
#: Share of one side's words the other must hold for an ``<h1>`` and a title to be one
#: headline ("« Les privatisations sont au profit d'intérêts privés »" and the ``<h1>``
#: "« Les privatisations sont au profit d’intérêts privés »"; 0.6 and 0.8 tie on the
#: trafilatura set).
SAME_WORDS = 0.8


def _same_words(h1: set[str], title: set[str]) -> bool:
    common = len(h1 & title)
    return len(h1) >= 2 and (common >= SAME_WORDS * len(h1) or common >= SAME_WORDS * len(title))


def _under_mark(page: Page, block: Block, depth: int) -> bool:
    """Whether the element at ``depth`` of ``block``'s chain sits inside a furniture mark that
    the text did not overrule (see ``settle_marks``)."""
    return any(j < depth and block.chain[j] not in page.overruled for j in block.marks)


def enclosing_article(page: Page, container: tuple[int, ...]) -> tuple[int, ...] | None:
    """The chain of the nearest <article> element above ``container`` (None if there is none).

    When the best container holds too little text to be an article (a post whose paragraphs
    are split by link lists, show notes, a photo with a caption), the publisher's own
    <article> around it is the better guess; on an index page that is a teaser card, whose
    text stays too short.
    """
    for i in range(len(container) - 2, -1, -1):
        if container[i] in page.articles:
            return container[: i + 1]
    return None


def grow(page: Page, container: tuple[int, ...]) -> list[tuple[Block, int]]:
    """The container's blocks, grown through adjacent article-like blocks of nearby subtrees.

    Some pages split one article over sibling subtrees nested at different depths (sections,
    React wrappers). From the container's first and last block, the body grows block by block
    in page order while the next blocks are running text (a <p> with a positive vote of at least
    GROW_MIN_CHARS) under an ancestor at most GROW_LEVELS above the container, letting through at
    most GROW_GAP non-text blocks in a row (a subheading, an image credit) before a text block.
    It grows backward the same way by at most LEAD_BLOCKS paragraphs, the lead that many sites
    print in a header subtree of its own between the headline and the text, stopping at any
    heading (the headline; a teaser's linked title) and at a block holding a date (the
    dateline), and not at all from a container that opens with a heading. Each block comes with
    the chain depth under which its marks count.
    """
    depth = len(container) - 1
    top = container[-1]
    inside = [
        i for i, b in enumerate(page.blocks) if len(b.chain) > depth and b.chain[depth] == top
    ]
    if not inside:
        return []
    chosen = {i: depth for i in inside}
    up = max(0, depth - GROW_LEVELS)
    scope = container[up]

    def extend(indexes: range, backward: bool = False) -> None:
        gap: list[int] = []
        texts = 0
        for i in indexes:
            b = page.blocks[i]
            if len(b.chain) <= up or b.chain[up] != scope or i in chosen:
                return
            common = _common_depth(b.chain, container)
            marked = b.deepest_mark >= common  # furniture markup (a share bar, an ad label)
            if marked and not backward:
                return
            if backward and not texts and not gap and not marked and _standfirst(b):
                chosen[i] = common  # the lead set as a heading just above the text
                return
            if backward and _ends_lead_search(b, texts):
                return
            if not marked and vote(b) > 0 and len(b.text) >= GROW_MIN_CHARS and b.kind == "p":
                for g in gap:
                    chosen[g] = common
                chosen[i] = common
                gap.clear()
                texts += 1
            else:  # between the lead and the text: a byline, an "Anzeige" label, an author box
                gap.append(i)
                if len(gap) > GROW_GAP:
                    return

    extend(range(inside[-1] + 1, len(page.blocks)))
    opening = page.blocks[inside[0]]
    if not (opening.kind[0] == "h" and opening.link_density > LINK_DENSE):
        # a container opening with a linked heading is a teaser card, whose blurb is its own
        extend(range(inside[0] - 1, -1, -1), backward=True)
    return [(page.blocks[i], chosen[i]) for i in sorted(chosen)]


#: Length from which a sub-heading right above the text is a standfirst, not a headline.
STANDFIRST_MIN_CHARS = 80


def _standfirst(b: Block) -> bool:
    """A standfirst some sites set as an ``<h2>``-``<h4>`` right above the text ("Chargé de
    porter la réforme des retraites, Jean-Paul Delevoye a su gagner la confiance d'Emmanuel
    Macron..."): a sentence of at least STANDFIRST_MIN_CHARS without a link. A teaser's title
    is linked; a section heading is short."""
    return b.kind in ("h2", "h3", "h4") and not b.link_chars and len(b.text) >= STANDFIRST_MIN_CHARS


def _ends_lead_search(b: Block, texts: int) -> bool:
    """Where the backward search for the lead stops: at LEAD_BLOCKS paragraphs, at a heading
    (the headline: what stands above it is the page's; a teaser's title), or at a dated line
    that is not a signed byline ("Jane Doe, USA TODAY 3:53 p.m. EST January 25, 2014" closes
    the article's head, above it stand a video's caption or a teaser; "von Anja Schmoll am 14.
    Mai 2014" between the lead and the text does not)."""
    if texts >= LEAD_BLOCKS or b.kind[0] == "h":
        return True
    return bool(find_date(b.text)) and not (len(b.text) <= MAX_META_LINE and signed_byline(b.text))


#: Numbers in a class: "story-body-1" and "story-body-2" are parts of one story.
_DIGITS = re.compile(r"\d+")
#: Wrappers whose class may repeat over the parts of one article.
_PART_TAGS = frozenset(["div", "section"])
#: Paragraphs of running text a same-class wrapper must hold to be a part of the article (a
#: teaser card with the article's class holds one blurb).
PART_MIN_PARAGRAPHS = 2


def _with_parts(
    page: Page, container: tuple[int, ...], sequence: list[tuple[Block, int]]
) -> list[tuple[Block, int]]:
    """The body plus the other parts of the article: wrappers with the container's class
    (numbers aside) elsewhere in the page (some sites cut the article into several
    ``<div class="post__content">`` or ``story-body-1``, ``story-body-2`` around a newsletter
    box, related links or an ad, nested at different depths), each holding at least
    PART_MIN_PARAGRAPHS paragraphs of running text and no furniture mark. Each block comes
    with the depth of its part, in page order."""
    cls = page.classes.get(container[-1])
    if not cls:
        return sequence
    same = {mid for mid, c in page.classes.items() if c == cls and mid != container[-1]}
    if not same:
        return sequence
    taken = {id(b) for b, _ in sequence}
    parts: dict[int, list[tuple[Block, int]]] = {}
    for b in page.blocks:
        if id(b) in taken:
            continue
        for i, mid in enumerate(b.chain):
            if mid in same:
                parts.setdefault(mid, []).append((b, i))
                break
    extra: list[tuple[Block, int]] = []
    for blocks in parts.values():
        texts = sum(
            1 for b, _ in blocks if b.kind == "p" and b.weight >= GROW_MIN_CHARS and vote(b) > 0
        )
        if texts >= PART_MIN_PARAGRAPHS and all(b.deepest_mark < 0 for b, _ in blocks):
            extra.extend(blocks)
    if not extra:
        return sequence
    order = {id(b): n for n, b in enumerate(page.blocks)}
    return sorted(sequence + extra, key=lambda t: order[id(t[0])])


def _common_depth(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    """Index of the deepest common ancestor of two chains."""
    k = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        k += 1
    return k - 1


def body_blocks(
    page: Page, container: tuple[int, ...], not_after: datetime | None = None
) -> tuple[list[tuple[ParagraphRole, Block]], list[tuple[str, Block]]]:
    """The blocks of the container that are article text, with their roles; and the dropped
    ones with the reason (furniture rules from ``furniture.py``, bylines, datelines).

    Teaser lists often close an article's container under a "Related" / "You may also like"
    heading: what follows the first such heading is dropped when it is under TAIL_SHARE of the
    body (a longer tail is more likely article text after an inline box).
    """
    kept: list[tuple[ParagraphRole, Block]] = []
    dropped: list[tuple[str, Block]] = []
    cut_at: int | None = None  # where a "Related" / "You may also like" heading stood
    last_link: Block | None = None  # the link line just before, if the last block was one
    after_link: set[Block] = set()
    sequence = grow(page, container)
    sequence = _with_parts(page, container, sequence)
    for b, depth in sequence:
        if b.deepest_mark > depth:
            dropped.append(("furniture-markup", b))
            continue
        if b.kind == "h1" and not kept:
            dropped.append(("headline", b))
            continue
        # an <h1> after the text has begun heads a section (sites that use h1 for every heading)
        role = "subheading" if b.kind == "h1" else _ROLE_OF_TAG.get(b.kind, "body")
        if b.link_density > LINK_DENSE and (len(b.text) < 200 or role != "body"):
            # "Written by: <a>Jane Doe</a>": a byline whose name links to the author's page
            signed = len(b.text) <= MAX_META_LINE and signed_byline(b.text)
            dropped.append(("byline" if signed else "link-list", b))
            last_link = b
            continue
        if (
            last_link is not None
            and len(last_link.text) < 150
            and len(b.text) < TEASER_MAX_CHARS
            and b.link_density < 0.2
        ):
            after_link.add(b)  # a blurb under a linked headline: a teaser if it repeats
        last_link = None
        reason = block_reason(b.text, not_after)
        if reason:
            dropped.append((reason, b))
            if reason in ("related-heading", "recommended") and cut_at is None:
                cut_at = len(kept)
            continue
        kept.append((role, b))
    teasers = _teaser_runs(sequence, after_link)
    excerpts = {b for b, _ in sequence if is_excerpt(b)}
    if len(excerpts) >= 2:  # one cut-off paragraph with a link may be the author's style
        teasers |= excerpts
    if teasers:
        # in page order: a set of blocks iterates by object identity, which differs per run
        dropped.extend(("teaser", b) for b, _ in sequence if b in teasers)
        kept = [k for k in kept if k[1] not in teasers]
        cut_at = None
    if cut_at is not None and cut_at > 0:
        tail = sum(len(b.text) for _, b in kept[cut_at:])
        if tail < TAIL_SHARE * sum(len(b.text) for _, b in kept):
            dropped.extend(("after-related-heading", b) for _, b in kept[cut_at:])
            kept = kept[:cut_at]
    return kept, dropped


def _teaser_runs(sequence: list[tuple[Block, int]], after_link: set[Block]) -> set[Block]:
    """Blurbs in runs of at least TEASER_RUN (linked headline, blurb) pairs in a row."""
    out: set[Block] = set()
    run: list[Block] = []
    blocks = [b for b, _ in sequence]
    i = 0
    while i < len(blocks):
        if i + 1 < len(blocks) and blocks[i + 1] in after_link:
            run.append(blocks[i + 1])
            i += 2
            continue
        if len(run) >= TEASER_RUN:
            out.update(run)
        run = []
        i += 1
    if len(run) >= TEASER_RUN:
        out.update(run)
    return out


@dataclass(frozen=True)
class Cards:
    """The body's text seen as teaser cards: what an index page's "body" is made of."""

    headlines: int  # headline links among the container's blocks
    cards: int  # headline links with a short blurb of kept text under them
    card_chars: int  # kept text in those blurbs
    other_chars: int  # kept text that is not a blurb: running text


def teaser_cards(page: Page, kept: list[Block], dropped: list[Block]) -> Cards:
    """Cut the container's blocks at each headline link (a block of a few words that is nearly
    all link: a teaser's title) and sort the kept text between two such links: a blurb when
    under CARD_MAX_CHARS, else running text. A front, section, tag or search page is a grid
    of cards, each its own linked headline over a sentence or two (and a source or a date); an
    article holds running text, and its linked lines (a related story, a linked subheading)
    stand over long stretches of it or over none."""
    order = {id(b): n for n, b in enumerate(page.blocks)}
    kept_ids = {id(b) for b in kept}
    blocks = sorted(kept + dropped, key=lambda b: order.get(id(b), -1))
    headlines = cards = card_chars = other = 0
    run: int | None = None  # kept text since the last headline link; None before the first

    def close() -> None:
        nonlocal cards, card_chars, other
        if run is None or run == 0:
            return
        if run <= CARD_MAX_CHARS:
            cards, card_chars = cards + 1, card_chars + run
        else:
            other += run

    for b in blocks:
        if _is_headline_link(b):
            close()
            headlines += 1
            run = 0
        elif id(b) in kept_ids:
            if run is None:
                other += b.weight
            else:
                run += b.weight
    close()
    return Cards(headlines, cards, card_chars, other)


def _is_headline_link(b: Block) -> bool:
    """A teaser's title: a few words, nearly all of them one link."""
    return (
        b.link_density >= HEADLINE_LINK_DENSITY
        and len(b.text) <= HEADLINE_MAX_CHARS
        and len(_WORD.findall(b.text)) >= HEADLINE_MIN_WORDS
    )


def block_reason(text: str, not_after: datetime | None = None) -> str | None:
    """Why a short block of the container is not article text: a furniture line (share,
    cookie, read-more... see furniture.py), a byline or a dateline; None for article text."""
    reason = furniture_reason(text)
    if reason:
        return reason
    if len(text) > MAX_META_LINE:
        return None
    if signed_byline(text):  # "By Jane Doe", "Ein Artikel von X", "Posted on <date> by X"
        return "byline"
    found = find_date(text, not_after=not_after)
    if found and "(@" not in text:  # "— Name (@handle) November 18, 2019" ends an embedded tweet
        rest = text[: found.start] + text[found.end :]
        if len(_WORD.findall(rest)) <= 4:
            return "dateline"
    return None


def times_near(page: Page, container: tuple[int, ...], head: int = 12) -> list[str]:
    """<time> values of the article, nearest to the body's start first: inside the body, or in
    the article's head (at most ``head`` blocks before the body and not inside furniture
    markup). A <time> in a box of related links is a teaser's date and is never taken."""
    depth = len(container) - 1
    top = container[-1]
    first = next(
        (i for i, b in enumerate(page.blocks) if len(b.chain) > depth and b.chain[depth] == top),
        len(page.blocks),
    )
    found: list[tuple[int, str]] = []
    for index, chain, marks, in_related, value in page.times:
        if in_related:
            continue
        if len(chain) > depth and chain[depth] == top:
            found.append((index - first, value.strip()))
        elif first - head <= index <= first and not any(
            chain[i] not in page.overruled for i in marks
        ):
            found.append((first - index, value.strip()))
    return [v for _, v in sorted(found, key=lambda t: t[0])]


def images_in(page: Page, container: tuple[int, ...]) -> list[Image]:
    """Images of the container that are not inside furniture."""
    depth = len(container) - 1
    top = container[-1]
    return [
        img
        for chain, marks, img in page.images
        if len(chain) > depth
        and chain[depth] == top
        and all(i <= depth or chain[i] in page.overruled for i in marks)
    ]

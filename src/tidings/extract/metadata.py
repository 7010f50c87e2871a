"""What an HTML page says about itself: JSON-LD, meta tags, <title>, canonical URL, language.

``read_signals`` reads these once into a :class:`Signals` record; the fields are then chosen
from it, each by the module named after what it decides (the order of trust is written there):

- title: ``tidings.extract.titles`` (the <h1> a meta title confirms, else a meta title less
  its " | Site" part);
- authors: ``tidings.extract.authors`` (the visible byline, JSON-LD persons, meta author,
  author elements);
- published / modified: ``tidings.extract.pagedates`` (JSON-LD, meta, the URL, <time>
  elements and datelines of the article; never after the capture date);
- canonical URL, language, section, description, lead image: their usual tags, read here.

This module also says what the JSON-LD calls the page (an article, a list of articles), which
``tidings.extract.html`` weighs when it decides whether the page holds an article.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from tidings.extract.dates import parse_date
from tidings.model import Image

#: JSON-LD types that describe the article itself: schema.org's Article and its subtypes (a
#: forum thread's opening post is a DiscussionForumPosting, a SocialMediaPosting).
ARTICLE_TYPES = frozenset(
    [
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "AskPublicNewsArticle",
        "SatiricalArticle",
        "AdvertiserContentArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "DiscussionForumPosting",
        "TechArticle",
        "APIReference",
        "ScholarlyArticle",
        "MedicalScholarlyArticle",
        "Report",
        "WebPage",
        "ItemPage",
    ]
)
#: JSON-LD types CMSs give every page, "About us" included: the page, not an article.
PAGE_TYPES = frozenset(["WebPage", "ItemPage"])
#: JSON-LD types of a page that lists articles.
COLLECTION_TYPES = frozenset(["CollectionPage", "SearchResultsPage", "ItemList"])
_WS = re.compile(r"\s+")
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")


@dataclass
class Signals:
    """Everything the page says about itself, before reconciliation."""

    jsonld: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
    #: every value of a meta tag the page repeats (one ``dc.creator`` per author), in order;
    #: ``meta`` keeps the first
    meta_all: dict[str, list[str]] = field(default_factory=dict)
    title_tag: str | None = None
    canonical: str | None = None
    lang: str | None = None
    tree: LexborHTMLParser | None = None  # for the author elements, read on demand


def read_signals(tree: LexborHTMLParser) -> Signals:
    """Collect JSON-LD objects, meta tags, <title>, canonical URL and language."""
    sig = Signals()
    for node in tree.css('script[type="application/ld+json"]'):
        sig.jsonld.extend(_jsonld_objects(node.text(deep=True)))
    for node in tree.css("meta"):
        attrs = node.attributes
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop")
        val = attrs.get("content")
        if key == attrs.get("itemprop") and key and "datePublished" in key.split():
            continue  # microdata: read with the page's other datePublished elements
        if key and val and val.strip():
            # RDFa lets one tag carry several properties: property="og:title twitter:title"
            for one in key.lower().split():
                sig.meta.setdefault(one, _WS.sub(" ", val).strip())
                sig.meta_all.setdefault(one, []).append(_WS.sub(" ", val).strip())
        elif attrs.get("http-equiv", "").lower() == "content-language" and val:
            sig.meta.setdefault("content-language", val.strip())
    if "datepublished" not in sig.meta and (stamp := _microdata_date(tree)):
        sig.meta["datepublished"] = stamp
    node = tree.css_first("title")
    if node is not None:
        sig.title_tag = _WS.sub(" ", node.text(deep=True)).strip() or None
    node = tree.css_first('link[rel="canonical"]')
    if node is not None:
        sig.canonical = (node.attributes.get("href") or "").strip() or None
    html = tree.css_first("html")
    if html is not None:
        sig.lang = (html.attributes.get("lang") or html.attributes.get("xml:lang") or "").strip()
    sig.tree = tree
    return sig


def _microdata_date(tree: LexborHTMLParser) -> str | None:
    """The date schema.org microdata marks as published on an element of the page
    (``<span itemprop="datePublished">May 19, 2020</span>``, ``<time itemprop="datePublished"
    datetime=...>``, ``<meta itemprop="datePublished" content=...>``).

    The elements of an item typed as an article (``itemscope itemtype=".../Article"``) come
    first: the comments, reviews, videos and teasers around it carry their own dates ("Гость"
    commenting two weeks later, a playlist's video of the next morning). Without one, the
    dates are taken when every element names the same day: a list of items each with its own
    (the reviews of a holiday home) names several, none of which is the page's. A machine
    value (``content``, ``datetime``) comes before a printed one: it holds the time."""
    found: list[tuple[bool, bool, str]] = []  # (in an article item, printed, value)
    for node in tree.css('[itemprop~="datePublished"]'):
        attrs = node.attributes
        if node.tag == "meta" and (attrs.get("name") or attrs.get("property")):
            continue  # read with the other meta tags
        value = attrs.get("content") or attrs.get("datetime")
        printed = not value
        value = value or node.text(deep=True)
        if value and value.strip():
            found.append((_in_article_item(node), printed, _WS.sub(" ", value).strip()))
    own = [f for f in found if f[0]] or found
    values = [v for _, _, v in sorted(own, key=lambda f: f[1])]
    days = {parse_date(v)[:10] for v in values if parse_date(v)}
    return values[0] if len(days) == 1 and parse_date(values[0]) else None


def _in_article_item(node: Any) -> bool:
    """Whether the nearest microdata item around ``node`` is typed as an article."""
    parent = node.parent
    while parent is not None and "itemscope" not in parent.attributes:
        parent = parent.parent
    if parent is None:
        return False
    types = (parent.attributes.get("itemtype") or "").split()
    names = {t.rstrip("/").rsplit("/", 1)[-1] for t in types}
    return bool(names & (ARTICLE_TYPES - PAGE_TYPES))


def _jsonld_objects(raw: str | None) -> list[dict[str, Any]]:
    """The objects of one JSON-LD script, @graph flattened; broken JSON yields nothing."""
    if not raw or not raw.strip():
        return []
    raw = _CDATA.sub("", raw).strip().rstrip(";")
    try:
        data = json.loads(raw)
    except ValueError:
        try:  # control characters inside strings (raw newlines) are common
            data = json.loads(raw, strict=False)
        except ValueError:
            return []
    out: list[dict[str, Any]] = []
    todo = data if isinstance(data, list) else [data]
    while todo:
        obj = todo.pop(0)
        if isinstance(obj, list):
            todo.extend(obj)
        elif isinstance(obj, dict):
            graph = obj.get("@graph")
            if isinstance(graph, list):
                todo.extend(graph)
            out.append(obj)
    return out


def jsonld_types(obj: dict[str, Any]) -> set[str]:
    """The @type names of a JSON-LD object (a string or a list of them)."""
    t = obj.get("@type")
    if isinstance(t, str):
        return {t}
    if isinstance(t, list):
        return {x for x in t if isinstance(x, str)}
    return set()


def is_article_object(obj: dict[str, Any]) -> bool:
    """Whether a JSON-LD object is typed as an article (any *Article or posting type; not a
    bare WebPage)."""
    return bool(jsonld_types(obj) & (ARTICLE_TYPES - PAGE_TYPES))


def has_article_object(sig: Signals) -> bool:
    """Whether the JSON-LD describes an article (any *Article or posting type; a WebPage,
    which CMSs write for every page, does not count)."""
    return any(is_article_object(o) for o in sig.jsonld)


def has_collection_object(sig: Signals) -> bool:
    """Whether the JSON-LD describes the page as a list (CollectionPage, search results)."""
    return any(jsonld_types(o) & COLLECTION_TYPES for o in sig.jsonld)


def article_object(sig: Signals) -> dict[str, Any]:
    """The JSON-LD object that describes the article (an *Article type first, then WebPage)."""
    best: dict[str, Any] = {}
    for obj in sig.jsonld:
        if is_article_object(obj):
            return obj
        if jsonld_types(obj) & PAGE_TYPES and not best:
            best = obj
    return best


def host_name(url: str | None) -> str | None:
    """'https://www.jan-grosser.de/x' -> 'jan-grosser.de' (an <h1> showing it is a logo). A
    Wayback Machine capture (web.archive.org/web/<stamp>/http://site/...) is the site's page."""
    if not url:
        return None
    wayback = _WAYBACK.match(url)
    if wayback:
        url = wayback.group(1)
    m = re.match(r"^\w+://(?:www\.)?([^/:?#]+)", url)
    return m.group(1) if m else None


_WAYBACK = re.compile(r"^\w+://web\.archive\.org/web/[^/]+/(\w+://.+)$")


def string_value(value: Any) -> str | None:
    """A JSON-LD value as one string (the first of a list), or None when it is not text."""
    if isinstance(value, list) and value:
        value = value[0]
    return value if isinstance(value, str) else None


def language(sig: Signals, obj: dict[str, Any]) -> str | None:
    """The page language as a short code ('en', 'de-AT' -> 'de')."""
    for val in (
        sig.lang,
        string_value(obj.get("inLanguage")),
        sig.meta.get("content-language"),
        sig.meta.get("og:locale"),
    ):
        if val:
            code = re.split(r"[-_]", val.strip())[0].lower()
            if re.fullmatch(r"[a-z]{2,3}", code):
                return code
    return None


def lead_image(sig: Signals, obj: dict[str, Any]) -> Image | None:
    url = sig.meta.get("og:image") or sig.meta.get("twitter:image") or _image_url(obj.get("image"))
    return Image(url=url) if url else None


def section(sig: Signals, obj: dict[str, Any]) -> str | None:
    val = sig.meta.get("article:section") or string_value(obj.get("articleSection"))
    return val.strip() if val and val.strip() else None


def description(sig: Signals, obj: dict[str, Any]) -> str | None:
    return (
        sig.meta.get("og:description")
        or sig.meta.get("description")
        or string_value(obj.get("description"))
    )


def _image_url(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _image_url(value.get("url") or value.get("contentUrl"))
    if isinstance(value, list) and value:
        return _image_url(value[0])
    return None

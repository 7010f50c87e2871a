"""Article metadata from an HTML page: JSON-LD, OpenGraph/meta tags, <time>, the visible byline.

Sources are read once into a :class:`Signals` record, then reconciled field by field, with the
order of trust written next to each field:

- title: the page's <h1> when a meta title agrees with it, else og:title / JSON-LD headline,
  else <title> without its " | Site" suffix;
- authors: JSON-LD persons, then meta author, then the visible byline;
- published / modified: JSON-LD, then meta (article:published_time...), then <time> elements
  inside the article, then a date in the URL; never after the capture date;
- canonical URL, language, section, description, lead image: their usual tags.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from tidings.extract.bylines import (
    BY_WORDS,
    COMPANY_MARKERS,
    is_handle,
    looks_like_name,
    normalise_name,
    parse_byline,
    without_date,
)
from tidings.extract.dates import (
    CHANGE_WORD,
    find_date,
    find_dates,
    parse_date,
    publisher_country,
    publisher_time,
)
from tidings.givennames import is_given_name
from tidings.model import Image

#: JSON-LD types that describe the article itself.
ARTICLE_TYPES = frozenset(
    [
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "BlogPosting",
        "LiveBlogPosting",
        "SocialMediaPosting",
        "TechArticle",
        "ScholarlyArticle",
        "Report",
        "WebPage",
        "ItemPage",
    ]
)
_PUBLISHED_META = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "dc.date",
    "dc:date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "dcterms:created",
    "sailthru.date",
    "parsely-pub-date",
    "article.published",
    "cxenseparse:recs:publishtime",
    "citation_publication_date",
)
#: Date tags that do not say which date they are (sites fill them with the time of the last
#: change, or of the page's rendering): after the article's own <time> elements.
_WEAK_DATE_META = ("date",)
_MODIFIED_META = (
    "article:modified_time",
    "og:updated_time",
    "datemodified",
    "dcterms.modified",
    "last-modified",
)
_AUTHOR_META = (
    "author",
    "article:author",
    "byl",
    "sailthru.author",
    "parsely-author",
    "dc.creator",
    "dc:creator",
    "dcterms.creator",
    "dcterms:creator",
)
#: Meta tags naming the title (Dublin Core, Parse.ly, Sailthru): before <title>, which carries
#: the site name.
_TITLE_META = ("dc.title", "dc:title", "dcterms.title", "dcterm:title", "parsely-title")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]([01]?\d)[/-]([0-3]?\d)(?:/|[^\d]|$)")
#: Share of the longer title the shorter must cover to be the same headline.
TITLE_COVER = 0.6
#: An <h1> shorter than this is a logo or a label, not a headline.
MIN_TITLE_CHARS = 10
#: Words a meta title needs to be taken as the headline part of a longer <h1>.
MIN_END_WORDS = 3
#: Words a kicker element opening an <h1> may hold ("Nach Corona-Lockerungen").
KICKER_WORDS = 6
#: Words an <h1> may run on after the meta title and still be its headline ("... in Tennessee").
SUBTITLE_WORDS = 3
SOFT_HYPHEN = "\u00ad"
#: What joins a headline and the site's name in a <title>: a spaced bar, dash, colon...; in
#: Chinese and Japanese titles a bare "-", "_" or "|" between two CJK characters
#: ("武汉的声音：...城！-新华网", "..._科技_腾讯网").
_TITLE_SEP = re.compile(
    r"\s+[|\-–—:·»]\s+|(?<=[\u3000-\u30ff\u4e00-\u9fff\uff01-\uff60])\s*[-_|｜]\s*(?=[\u3040-\u30ff\u4e00-\u9fff])"
)
_SEP_CHARS = " |-–—:·»_｜"
_WS = re.compile(r"\s+")
_ANCHOR_GLYPH = re.compile(r"\s*[¶§🔗]+\s*$")
_PARENS = re.compile(r"\([^()]*\)")
_CDATA = re.compile(r"^\s*(?://\s*)?<!\[CDATA\[|(?://\s*)?\]\]>\s*$")


@dataclass
class Signals:
    """Everything the page says about itself, before reconciliation."""

    jsonld: list[dict[str, Any]] = field(default_factory=list)
    meta: dict[str, str] = field(default_factory=dict)
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
        if key and val and val.strip():
            # RDFa lets one tag carry several properties: property="og:title twitter:title"
            for one in key.lower().split():
                sig.meta.setdefault(one, _WS.sub(" ", val).strip())
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
    datetime=...>``): taken when every such element names the same day (a list of teasers,
    each with its own, names several)."""
    values = []
    for node in tree.css('[itemprop~="datePublished"]'):
        if node.tag == "meta":
            continue  # read with the other meta tags
        attrs = node.attributes
        value = attrs.get("content") or attrs.get("datetime") or node.text(deep=True)
        if value and value.strip():
            values.append(_WS.sub(" ", value).strip())
    days = {parse_date(v)[:10] for v in values if parse_date(v)}
    return values[0] if len(days) == 1 and parse_date(values[0]) else None


#: Elements whose text is the author's name and nothing else (microformats, schema.org, rel):
#: a one-word handle ("gnaddrig", "Daniel") read there is the author, elsewhere it is not.
_NAME_ELEMENTS = (
    '[itemprop="author"] [itemprop="name"], a[rel="author"], .author.vcard .fn, .author .fn, '
    '.vcard .fn[href*="/author/"], [class*="author"] a[href*="/author/"]'
)
_HANDLE = re.compile(r"^[^\W\d_][\w.\-]{1,29}$")
#: Words an author element shows that are not a handle.
_NOT_HANDLE = frozenset(
    [
        "by",
        "von",
        "par",
        "por",
        "door",
        "di",
        "author",
        "autor",
        "auteur",
        "admin",
        "administrator",
        "redaktion",
        "editor",
        "staff",
        "team",
        "guest",
        "anonymous",
        "unknown",
    ]
)


class HandleSource(list):
    """Names read from name elements, taken as they stand (not passed through byline rules)."""


class FieldSource(list):
    """Values of author fields (JSON-LD, meta tags): a name there may be written in lower case
    ("Mobasir hassan"), which visible text would not make a name."""


class ElementSource(list):
    """Texts of elements marked as the author's: "von flerche" there is a user name."""


#: A user name after "by", alone or after the CMS's label ("Submitted by jancak", Drupal's
#: "Gespeichert von rasos", Blogger's "Eingestellt von", WordPress's "Posted by").
_BY_HANDLE = re.compile(
    r"^(?:(?:posted|submitted|written|gespeichert|eingestellt|verfasst|geschrieben|publié)\s+)?"
    r"(?:by|von|par|por|door)\s+(\S+)$",
    re.I,
)


def _read_source_value(source: list[str], value: str) -> tuple[list[str], dict[str, str]]:
    """One author source value read by the rules its kind of source allows."""
    if isinstance(source, HandleSource):
        return [value], {}
    found, extra = read_names(value)
    if found:
        return found, extra
    words = value.split()
    lower = [w for w in words if w[:1].islower()]
    if isinstance(source, FieldSource) and words[:1] != lower[:1] and len(lower) == 1:
        titled = " ".join(w[:1].upper() + w[1:] for w in words)
        if looks_like_name(titled):  # "Mobasir hassan" in JSON-LD and meta author
            return [normalise_name(titled)], extra
    # "von flerche", "von lupa am 26/10/13, 03:48 pm": a user name, before the post's date
    m = _BY_HANDLE.match(without_date(value).strip()) if isinstance(source, ElementSource) else None
    if m and is_handle(m.group(1)) and m.group(1).lower() not in _NOT_HANDLE:
        return [m.group(1)], extra  # "von flerche" in the author's vcard
    if isinstance(source, ElementSource) and (bare := _without_dates(value)) != value:
        name = bare.strip(" ,-–—|·•/")  # "Janic Cathomen, 01.12.2021" in an author element
        if len(name.split()) >= 2 and looks_like_name(name):
            return [normalise_name(name)], extra
    return found, extra


def _without_dates(value: str) -> str:
    """``value`` with every date written in it taken out."""
    for found in reversed(find_dates(value)):
        value = value[: found.start] + " " + value[found.end :]
    return " ".join(value.split())


def handle_author(sig: Signals) -> list[str]:
    """The first element marked up as the author's name (rel=author, .vcard .fn, itemprop name
    inside itemprop=author) when it holds a single word, a blog handle or a first name: names of
    two or more words are read by the byline rules (``author_elements``)."""
    if sig.tree is None:
        return []
    node = sig.tree.css_first(_NAME_ELEMENTS)
    if node is None:
        return []
    text = _WS.sub(" ", node.text(deep=True, separator=" ")).strip()
    return [text] if _HANDLE.match(text) and text.lower() not in _NOT_HANDLE else []


def author_elements(sig: Signals, limit: int = 5) -> list[str]:
    """Texts of elements marked as author or byline anywhere on the page (read only when no
    better source named the author: the substring selectors scan the whole tree)."""
    if sig.tree is None:
        return []
    out: list[str] = []
    for node in sig.tree.css(
        '[rel="author"], [itemprop="author"], [class*="byline"], [class*="author"], '
        '[class*="autor"], [class*="auteur"], address, .submitted'
    ):
        text = _WS.sub(" ", node.text(deep=True, separator=" ")).strip()
        if text and len(text) < 120:
            out.append(text)
            if len(out) >= limit:
                break
    return out


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


def _types(obj: dict[str, Any]) -> set[str]:
    t = obj.get("@type")
    if isinstance(t, str):
        return {t}
    if isinstance(t, list):
        return {x for x in t if isinstance(x, str)}
    return set()


def has_article_object(sig: Signals) -> bool:
    """Whether the JSON-LD describes an article (any *Article or posting type; a WebPage,
    which CMSs write for every page, does not count)."""
    return any(_types(o) & (ARTICLE_TYPES - {"WebPage", "ItemPage"}) for o in sig.jsonld)


#: JSON-LD types of a page that lists articles.
COLLECTION_TYPES = frozenset(["CollectionPage", "SearchResultsPage", "ItemList"])


def has_collection_object(sig: Signals) -> bool:
    """Whether the JSON-LD describes the page as a list (CollectionPage, search results)."""
    return any(_types(o) & COLLECTION_TYPES for o in sig.jsonld)


def article_object(sig: Signals) -> dict[str, Any]:
    """The JSON-LD object that describes the article (an *Article type first, then WebPage)."""
    best: dict[str, Any] = {}
    for obj in sig.jsonld:
        types = _types(obj)
        if types & (ARTICLE_TYPES - {"WebPage", "ItemPage"}):
            return obj
        if types & {"WebPage", "ItemPage"} and not best:
            best = obj
    return best


def _names(value: Any, by_id: dict[str, dict[str, Any]] | None = None) -> list[str]:
    """Person names out of a JSON-LD author value (string, object or list of them).

    An object that only points to another (``{"@id": ".../#/schema/person/..."}``, as Yoast
    writes it) is looked up among the page's JSON-LD objects (``by_id``). An organisation is
    not an author unless it is also typed Person (personal sites type their owner both ways).
    """
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        ref = value.get("@id")
        if "name" not in value and isinstance(ref, str) and by_id and ref in by_id:
            value = by_id[ref]
        types = _types(value)
        if types & {"Organization", "NewsMediaOrganization"} and "Person" not in types:
            return []
        name = value.get("name")
        return _names(name) if name else []
    if isinstance(value, list):
        return [n for v in value for n in _names(v, by_id)]
    return []


def _image_url(value: Any) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return _image_url(value.get("url") or value.get("contentUrl"))
    if isinstance(value, list) and value:
        return _image_url(value[0])
    return None


def as_date(value: str | None, not_after: datetime | None) -> str | None:
    """An ISO 8601 date (or date-time) from a date string, never after ``not_after``.

    The parsing itself is ``tidings.extract.dates`` (one place for date rules); this only guards
    against unix timestamps and other bare numbers it should not see.
    """
    if not value or len(value) > 200:
        return None
    return parse_date(value.strip(), not_after=not_after)


_URL_MONTH = re.compile(r"/((?:19|20)\d{2})/([01]?\d)/(?![0-3]?\d(?:/|$))")


def url_month(url: str | None) -> str | None:
    """ "YYYY-MM" of a URL that files the page under a year and a month and no day
    (``/2017/09/post-title.html``: Blogger, many WordPress sites), else None. A date printed
    near the post in another month is a comment's, a teaser's or a book's."""
    m = _URL_MONTH.search(url or "")
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"


def url_date(url: str | None, not_after: datetime | None) -> str | None:
    """A /2019/08/02/ style date in a URL, or a path segment that is a day-first date
    (/meldungen/29-10-2021, /29.10.2021/: press rooms that file a release under its day)."""
    if not url:
        return None
    m = _URL_DATE.search(url)
    if m:
        y, mo, d = (int(x) for x in m.groups())
    elif m := _URL_DAY_FIRST.search(url):
        d, mo, y = (int(m.group(i)) for i in (1, 3, 4))
    else:
        return None
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return as_date(f"{y:04d}-{mo:02d}-{d:02d}", not_after)


_URL_DAY_FIRST = re.compile(r"/([0-3]?\d)([-.])([01]?\d)\2((?:19|20)\d{2})(?:[/?#]|$)")


def _similar(a: str, b: str) -> bool:
    """Same headline: equal once normalised, or one holds the other and is most of it."""
    na, nb = _norm(a), _norm(b)
    if not na or not nb:
        return False
    if na == nb:
        return True
    short, long = sorted((na, nb), key=len)
    return short in long and len(short) >= TITLE_COVER * len(long)


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s.replace(SOFT_HYPHEN, "").lower()).strip()


def strip_site(title: str, site: str | None, url: str | None = None) -> str:
    """'Headline | Site name' -> 'Headline'. The site's part is the one like og:site_name, else
    the end that holds the host's name ("Geschichte - St. Georgs Chorknaben Ulm" on
    chorknaben-ulm.de), else the shorter end (site names are short)."""
    if site and _TITLE_SEP.search(site):  # a site name with its motto: "Jane Doe - Yoga"
        for cut in (title[: -len(site)], title[len(site) :]):
            if len(cut) < len(title) and _norm(title.replace(cut, "", 1)) == _norm(site):
                if _norm(cut):
                    return _without_sections(cut.strip(_SEP_CHARS))
                break
    parts = _TITLE_SEP.split(title)
    if len(parts) > 1 and _is_date(parts[0]):  # "23.01.2022 - Headline - Site"
        title = title[len(parts[0]) :].lstrip(_SEP_CHARS)
        parts = parts[1:]
    if len(parts) == 1:
        return title
    if site:
        kept = [p for p in parts if not _similar(p, site)]
        if kept and len(kept) < len(parts):
            return " - ".join(kept) if len(kept) > 1 else kept[0]
    first, last = parts[0], parts[-1]
    end = _host_end(parts, url)
    if end == 0 or (end is None and len(last) > len(first)):
        return _without_sections(title[len(first) :].lstrip(_SEP_CHARS))
    return _without_sections(title[: title.rfind(last)].rstrip(_SEP_CHARS))


#: Words of a section label a <title> carries after the headline ("Eintracht Presse", "News",
#: "教育频道").
SECTION_WORDS = 2


def _without_sections(title: str) -> str:
    """A headline less the section labels after it, once the site's name is gone ("Headline -
    Eintracht Presse - News", "Headline_教育频道"): short end parts after a headline of three
    words or more (or eight CJK characters)."""
    parts = _TITLE_SEP.split(title)
    while len(parts) > 1 and _is_label(parts[-1]) and _is_headline(parts[0]):
        title = title[: title.rfind(parts[-1])].rstrip(_SEP_CHARS)
        parts = parts[:-1]
    return title


def _is_label(part: str) -> bool:
    words = part.split()
    if len(part) <= 6 and not part.isascii():
        return True  # "教育频道"
    return len(words) <= SECTION_WORDS and len(part) <= 20 and not re.search(r"[?!.]$", part)


def _is_headline(part: str) -> bool:
    return len(part.split()) >= MIN_END_WORDS or (not part.isascii() and len(part) >= 8)


def _is_date(part: str) -> bool:
    """A title part that is a date and nothing else."""
    found = find_date(part)
    return found is not None and not re.search(r"\w", part[: found.start] + part[found.end :])


#: Share of a title part's letters the host's name must make up for the part to be the site's
#: name ("St. Georgs Chorknaben Ulm" on chorknaben-ulm.de; not "Parallels Desktop 15 for Mac").
HOST_SHARE = 0.4
#: Host labels that name no site ("www.", "co.uk", "blogspot.com").
_GENERIC_LABELS = frozenset(
    [
        "www",
        "www1",
        "www2",
        "m",
        "de",
        "en",
        "fr",
        "co",
        "com",
        "org",
        "net",
        "blogspot",
        "wordpress",
        "web",
        "archive",
        "news",
        "blog",
        "blogs",
    ]
)


def _host_keys(url: str | None) -> list[str]:
    """The host's name words, squashed: "https://www.chorknaben-ulm.de/x" -> ["chorknabenulm"]
    (a Wayback Machine address names the archived page's host, not archive.org)."""
    host = _host_name(url)
    if not host:
        return []
    labels = host.lower().split(".")[:-1] or [host.lower()]
    return [k for lab in labels if lab not in _GENERIC_LABELS and len(k := _squash(lab)) >= 4]


def _squash(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def _host_end(parts: list[str], url: str | None) -> int | None:
    """Which end of a "Headline | Site" title (0 first, -1 last) names the site after the
    page's host, when exactly one does."""
    keys = _host_keys(url)
    if not keys or len(parts) < 2:
        return None

    def names_host(part: str) -> bool:  # most of the part: "Parallels Desktop 15 for Mac"
        sq = _squash(part)  # names a product of parallels.com, not the site
        return any(
            (k in sq and len(k) >= HOST_SHARE * len(sq)) or (len(sq) >= 4 and sq in k) for k in keys
        )

    first, last = names_host(parts[0]), names_host(parts[-1])
    if first == last:
        return None
    return 0 if first else -1


def choose_title(
    sig: Signals,
    obj: dict[str, Any],
    h1s: list[str],
    url: str | None = None,
    subheads: list[str] | None = None,
) -> str | None:
    """The headline, in this order of trust:

    1. an <h1> that a meta title (og:title, JSON-LD headline, twitter:title, <title>) confirms;
    2. an <h2>/<h3> that a meta title confirms (``subheads``: blogs whose <h1> is the blog's
       name);
    3. the <h1> that heads the article body (``h1s`` comes nearest-first);
    4. a meta title without its " | Site" part.

    A meta title confirms a heading when they are the same headline, or when the heading is one
    of the parts the meta title joins with " | ", " - "... ("Truckwash A31 - Das etwas andere
    Branchenbuch"): which part is the site's is not known from one page, the heading tells.
    """
    title = _pick_title(sig, obj, h1s, url, subheads or [])
    title = _without_kicker_element(title, sig)
    parts = _TITLE_SEP.split(title) if title else []
    if len(parts) > 1 and _is_date(parts[0]):  # "23.01.2022 - Headline": a date label
        title = title[len(parts[0]) :].lstrip(_SEP_CHARS)  # type: ignore[index]
    # soft hyphens are hyphenation hints for the browser, not part of the headline; a
    # documentation page's permalink glyph ("Evolve¶", Sphinx, MkDocs) is a link, not text
    return _ANCHOR_GLYPH.sub("", title.replace(SOFT_HYPHEN, "")) if title else title


def _pick_title(
    sig: Signals, obj: dict[str, Any], h1s: list[str], url: str | None, subheads: list[str]
) -> str | None:
    site = sig.meta.get("og:site_name")
    raw = [
        _WS.sub(" ", t).strip()
        for t in (
            sig.meta.get("og:title"),
            obj.get("headline") if isinstance(obj.get("headline"), str) else None,
            *(sig.meta.get(k) for k in _TITLE_META),
            sig.meta.get("twitter:title"),
            sig.title_tag,
        )
        if t and t.strip()
    ]
    metas = [strip_site(t, site, url) for t in raw]
    parts = [p for t in raw for p in _TITLE_SEP.split(t) if len(p) >= MIN_TITLE_CHARS]
    sites = site_names(sig, url)
    if _short_end_is_headline(sig.title_tag, h1s, subheads, url):
        sites = [s for s in sites if s != _title_site(sig.title_tag, url)]
    h1s = [h for h in h1s if not any(_similar(h, s) for s in sites)]
    # an <h1> that a meta title repeats word for word is the headline as published, kicker and
    # subtitle included: nothing to guess about which part is the site's
    known = [s for s in (site, _host_name(url)) if s]  # not the <title>'s end: a guess
    # the walk leaves out <nav> and other furniture, where some sites put their <h1>
    # (a breadcrumb ending in the headline): every <h1> of the page counts here
    hidden = (
        [_WS.sub(" ", n.text(deep=True)).strip() for n in sig.tree.css("h1")] if sig.tree else []
    )
    for h in h1s + [h for h in hidden if h not in h1s]:
        named = any(_same_name(part, s) for part in _TITLE_SEP.split(h) for s in known)
        if h and not named and any(_norm(h) == _norm(t) for t in raw):
            return h
    for h in h1s:
        for m in metas:
            if _similar(h, m) or _end_part(m, h):
                return _without_kicker(h, m)
    subheads = [
        h for h in subheads if len(h) >= MIN_TITLE_CHARS and not any(_similar(h, s) for s in sites)
    ]
    # a short <h1> ("Mozilla") that is one end of the <title> ("Mozilla - Wikipedia")
    ends = [end for t in raw for end in _ends(t)]
    # a heading that is the <title> less one end part ("Offshore-Windenergie – Sauberer Strom
    # vom Meer" under "... | Stiftung OFFSHORE-WINDENERGIE"), or its first part, where the
    # headline leads a <title>, over an <h1> equal to a later part (the blog's name:
    # "Headline : Krimiblog-Archiv | Motto")
    rests = [rest for t in raw for rest in _rests(t)]
    firsts = [_TITLE_SEP.split(t)[0] for t in raw if _TITLE_SEP.search(t)]
    order = (
        (subheads, raw),
        (subheads, metas),
        (subheads, rests),
        (h1s, firsts),
        (subheads, firsts),
        (h1s, parts + ends),
    )
    for heads, titles in order:
        for h in heads:
            if any(_norm(h) == _norm(t) for t in titles):
                return h
    # a heading that is one part of a "Headline - Chapter - Author | Site" title: the first part
    # it equals (the headline leads a <title>), not the nearest heading equal to any part
    for t in parts:
        for h in subheads:
            if _norm(h) == _norm(t):
                return h
    for h in h1s:
        if len(h) >= MIN_TITLE_CHARS:
            return h
    return metas[0] if metas else (h1s[0] if h1s else None)


_HIDDEN_CLASS = re.compile(
    r"(?:^|[\s_-])(?:visually-?hidden|sr-only|screen-reader|invisible|hidden)", re.I
)
_INLINE_TAGS = frozenset(["span", "small", "strong", "b", "em", "i", "mark"])


def _without_kicker_element(title: str | None, sig: Signals) -> str | None:
    """The headline of an <h1> that opens with a kicker of its own element
    (``<h1><span class="kicker">Klimaschutz</span><span>Bohren, bis es heiß wird</span></h1>``,
    "Dachzeile", "overline", "roofline"): the kicker is a label over the headline, styled
    apart, not part of it. Separators hidden from sight (``visually-hidden``) go with it."""
    if not title or sig.tree is None:
        return title
    for h1 in sig.tree.css("h1"):
        if _norm(h1.text(deep=True)) != _norm(title):
            continue
        children = [c for c in h1.iter(include_text=True) if c.tag != "-text" or c.text().strip()]
        first = children[0] if children else None
        if first is None or first.tag not in _INLINE_TAGS or len(children) < 2:
            return title
        kicker = first.text(deep=True).strip()
        rest = " ".join(
            c.text(deep=True)
            for c in children[1:]
            if c.tag != "br"
            and not _HIDDEN_CLASS.search(c.attributes.get("class") or "")
            and c.attributes.get("aria-hidden") != "true"
        )
        rest = _WS.sub(" ", rest).strip(" -–—:|")
        # the headline after it starts anew (capital, digit, quote): "<span>Ehezoff</span> der
        # Pochers eskaliert" is an emphasised word in a sentence, not a kicker
        starts_anew = rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"'„“«‘"
        if 0 < len(kicker.split()) <= KICKER_WORDS and len(rest.split()) >= MIN_END_WORDS:
            return rest if starts_anew else title
        return title
    return title


def _rests(title: str) -> list[str]:
    """A title of three parts or more less its first, and less its last part."""
    parts = _TITLE_SEP.split(title)
    if len(parts) < 3:
        return []
    return [
        title[len(parts[0]) :].lstrip(_SEP_CHARS),
        title[: title.rfind(parts[-1])].rstrip(_SEP_CHARS),
    ]


def _ends(title: str) -> list[str]:
    """The first and the last part of a "Headline - Site" title, short ones included."""
    parts = _TITLE_SEP.split(title)
    return [parts[0], parts[-1]] if len(parts) > 1 else []


def _short_end_is_headline(
    title: str | None, h1s: list[str], subheads: list[str], url: str | None = None
) -> bool:
    """A short headline under a long site motto ("Nebelsuppe. | Das Leben, der Meister und
    ich"): the <title>'s shorter end is the <h1> right above the body, and no <h2>/<h3> shows
    the longer part (which a blog whose <h1> is its name would write as the post's headline)."""
    short = _title_site(title, url)
    if not short or not h1s or _norm(h1s[0]) != _norm(short):
        return False
    parts = _TITLE_SEP.split(title or "")
    long = parts[0] if _norm(parts[-1]) == _norm(short) else parts[-1]
    return not any(_norm(h) == _norm(long) for h in subheads)


def site_names(sig: Signals, url: str | None) -> list[str]:
    """The names the site goes by: og:site_name, the <title>'s site part, the URL's host."""
    return [
        s
        for s in (sig.meta.get("og:site_name"), _title_site(sig.title_tag, url), _host_name(url))
        if s
    ]


def _is_person(name: str) -> bool:
    """A name that reads as a person's: it looks like a name and starts with a listed given name
    ("Matthew Davis", not "Badische Zeitung" or "Eat What Tonight"). A personal site is named
    after its owner, who still signs its posts; an unlisted given name counts as an outlet."""
    return looks_like_name(name) and is_given_name(name.split()[0])


def _same_name(name: str, site: str) -> bool:
    """'It Finanzmagazin' is 'it-finanzmagazin.de'; 'Madame Figaro' is 'Madame Figaro'."""
    squash = re.sub(r"\W+", "", name.lower())
    site_l = site.lower()
    host = re.sub(r"\.[a-z]{2,}$", "", site_l) if "." in site_l and " " not in site_l else None
    return bool(squash) and (_similar(name, site) or squash == re.sub(r"\W+", "", host or site_l))


def _title_site(title: str | None, url: str | None = None) -> str | None:
    """The site name a <title> carries at one end ("Headline | Site" -> "Site"): the end that
    names the host, else the shorter one."""
    if not title:
        return None
    parts = _TITLE_SEP.split(title)
    if len(parts) < 2:
        return None
    end = _host_end(parts, url)
    if end is None:
        end = -1 if len(parts[-1]) <= len(parts[0]) else 0
    return parts[end] if len(parts[end]) < 40 else None


def _host_name(url: str | None) -> str | None:
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


def _end_part(meta: str, h1: str) -> bool:
    """The meta title is the start or the end of the <h1>, three words or more: the <h1> runs a
    kicker, a subtitle or a date into the headline ("Immobilienkrise Rene Benko-Firma ...")."""
    nh, nm = _norm(h1), _norm(meta)
    return len(nm.split()) >= MIN_END_WORDS and (nh.endswith(" " + nm) or nh.startswith(nm + " "))


def _without_kicker(h1: str, meta: str) -> str:
    """An <h1> that runs a kicker into the headline ("Klimaschutz: Bohren, bis es heiß wird")
    or a subtitle after it, when the meta title is the headline alone: the meta title. A meta
    title cut short ("... for Hong Kong leader...") is not a headline without a subtitle."""
    if meta.rstrip().endswith(("...", "…")):
        return h1
    if not _end_part(meta, h1):
        return h1
    nh, nm = _norm(h1), _norm(meta)
    if nh.endswith(" " + nm):  # a kicker before the headline
        return meta
    return h1 if _subtitle(_after_words(h1, len(nm.split()))) else meta


def _after_words(text: str, n: int) -> str:
    """What follows the first ``n`` words of ``text`` (words as ``_norm`` counts them)."""
    words = list(re.finditer(r"[^\W_]+", text.replace(SOFT_HYPHEN, "")))
    return text.replace(SOFT_HYPHEN, "")[words[n - 1].end() :] if 0 < n <= len(words) else ""


def _subtitle(rest: str) -> bool:
    """The end an <h1> adds after the meta title is part of the headline: a subtitle after a
    colon, dash or parenthesis ("...: simply delicious!", "... – which costs less?"), or a
    few words ("... in Tennessee"); not the site's name after "|", a date or a teaser run into
    the heading."""
    rest = rest.strip()
    if not rest or rest[0] == "|" or find_date(rest):
        return False
    return bool(re.match(r"^[:–—(-]", rest)) or len(rest.split()) <= SUBTITLE_WORDS


def read_names(value: str, *, whole: bool = True) -> tuple[list[str], dict[str, str]]:
    """Authors and other credits of one author string (a byline or a bare name); junk gives
    nothing ("Email the author", "CNN Wire"). Rules in ``tidings.extract.bylines``.

    ``whole`` is False for what is left of a value once its parentheses are removed: a Chinese
    name is read only from a whole value ("人氣(123)" is a page counter, not a name)."""
    value = " ".join(value.split()).strip(" -–—|·•,:")
    if not value or value.startswith(("http://", "https://")):
        return [], {}
    if whole and (han := _han_name(value)):
        return [han], {}
    if "(" in value:  # "Jane Doe (AFP)", "Bruno (Henrique Zecchin) Rodrigues": the name outside
        names, credits = read_names(_PARENS.sub(" ", value), whole=False)
        if names:
            return names, credits
    parsed = parse_byline(value)
    if parsed is not None and parsed.authors:
        return parsed.authors, parsed.credits
    words = value.split()
    half = len(words) // 2
    if len(words) % 2 == 0 and half >= 2 and words[:half] == words[half:]:
        value = " ".join(words[:half])  # "Jane Doe Jane Doe": an avatar's alt text, then the name
    if looks_like_name(value):
        return [normalise_name(value)], {}
    # an author element often runs on into a role or a time: "Ben Silverman Games Editor"
    words = value.split()
    if words and words[0].lower() in (*BY_WORDS, "über", "about"):  # "Über Steffi Berger"
        words = words[1:]
        if looks_like_name(" ".join(words)):
            return [normalise_name(" ".join(words))], {}
    if any(w.lower() in COMPANY_MARKERS for w in words):
        return [], parsed.credits if parsed is not None else {}
    if not (parsed and parsed.credits) and len(words) > 3:
        for n in (3, 2):
            if looks_like_name(" ".join(words[:n])):
                return [normalise_name(" ".join(words[:n]))], {}
    return [], parsed.credits if parsed is not None else {}


#: A Chinese personal name: two to four Han characters, after an optional credit label
#: ("作者：" author, "记者" reporter, "责任编辑：" editor in charge, the credit Chinese news sites
#: give in the author field).
_HAN_NAME = re.compile(r"^(?:(?:作者|记者|责任编辑|编辑|文)\s*[:：]?\s*)?([\u4e00-\u9fff]{2,4})$")
#: Han words that fill author fields without naming anyone: "author", "reporter", "editor",
#: "anonymous", "administrator", "source", "this paper", "Xinhua".
_HAN_NOT_NAMES = frozenset(
    [
        "作者",
        "记者",
        "编辑",
        "责任编辑",
        "佚名",
        "匿名",
        "管理员",
        "小编",
        "来源",
        "本报",
        "本站",
        "新华社",
        "个人",
        "网友",
    ]
)


def _han_name(value: str) -> str | None:
    """The Chinese name an author field holds ("肖春芳", "责任编辑：孔德明"), or None."""
    m = _HAN_NAME.match(value.strip())
    return m.group(1) if m and m.group(1) not in _HAN_NOT_NAMES else None


def choose_authors(
    sig: Signals, obj: dict[str, Any], visible: list[str], url: str | None = None
) -> tuple[list[str], dict[str, str]]:
    """(authors, other credits), reconciling the visible byline with JSON-LD and meta.

    The byline printed with the article (``visible``: lines dropped as 'byline' from its head)
    wins, since it is what readers see; JSON-LD persons come next, then meta author, then
    elements marked as author/byline anywhere on the page. Names agreeing across sources are
    kept once, in the visible spelling. A name that is the site's own (og:site_name, the
    host: "Badische Zeitung", "El Mostrador") is the publisher, not an
    author, and is skipped, unless it starts with a listed given name (a personal site named
    after its owner: "Matthew Davis" on matthewdavis.com).
    """
    credits: dict[str, str] = {}
    # not the <title>'s end part: a personal site's title ends with its author's name
    sites = [s for s in (sig.meta.get("og:site_name"), _host_name(url)) if s]
    sources = _author_sources(sig, obj, visible)
    for source in sources:
        names: list[str] = []
        lines: list[list[str]] = []
        for value in source:
            found, extra = _read_source_value(source, value)
            credits.update({k: v for k, v in extra.items() if k not in credits})
            found = [n for n in found if not any(_same_name(n, s) for s in sites) or _is_person(n)]
            if found:
                lines.append(found)
        if source is visible and len(lines) > 1:
            lines = _one_byline(lines, sig, obj)
        for found in lines:
            names.extend(n for n in found if n.lower() not in {x.lower() for x in names})
        if names:
            names = _trimmed(names, sig, obj, visible)
            return _full_names(names, sources, sites), credits
    return [], credits


def _one_byline(lines: list[list[str]], sig: Signals, obj: dict[str, Any]) -> list[list[str]]:
    """Of several signed lines near the article, the article's byline: the lines whose names
    the page's metadata (JSON-LD, author meta tags) also gives, else the first line. The others
    sign something else: a column's name ("Kolumne: Queer Royal"), the user who saved the page
    ("Gespeichert von human am 7. Juli 2019"), the next recipe ("von KB_Redaktion")."""
    fields = [FieldSource(_names(obj.get("author")))]
    fields += [FieldSource([sig.meta[k]]) for k in _AUTHOR_META if k in sig.meta]
    known = {n.lower() for source in fields for value in source for n in read_names(value)[0]}
    confirmed = [line for line in lines if any(n.lower() in known for n in line)]
    return confirmed or lines[:1]


def _trimmed(names: list[str], sig: Signals, obj: dict[str, Any], visible: list[str]) -> list[str]:
    """A name that ran on into a word of the page ("Tomas Spahn Fr" from "Von Tomas Spahn Fr,
    18. Oktober 2019", "Adam Aaronson PhillyVoice Staff", "FOCUS-Online-Experte Robin Tschöpe")
    becomes the shorter name another source gives on its own ("Tomas Spahn" in an author box,
    in JSON-LD): two words or more, found word for word inside the longer one."""
    if not any(len(n.split()) > 2 for n in names):
        return names
    others = {
        found
        for source in _author_sources(sig, obj, visible)
        if not isinstance(source, HandleSource)
        for value in source
        for found in read_names(value)[0]
        if len(found.split()) >= 2
    }
    out = []
    for name in names:
        words = name.split()
        inside = [
            o
            for o in others
            if len(o.split()) < len(words) and f" {o.lower()} " in f" {' '.join(words).lower()} "
        ]
        out.append(max(inside, key=len) if inside else name)
    return out


def _full_names(names: list[str], later: Iterator[list[str]], sites: list[str]) -> list[str]:
    """A byline that gives only a first name or handle ("von Stefanus") takes the full name a
    later source (JSON-LD, meta tags, author boxes) gives for the same person ("Stefanus
    Stahl"), when one of its words is that name."""
    if any(" " in n for n in names):
        return names
    for source in later:
        for value in source:
            if isinstance(source, HandleSource):
                continue
            for full in read_names(value)[0]:
                if any(_same_name(full, s) for s in sites):
                    continue
                words = full.lower().split()
                names = [full if n.lower() in words else n for n in names]
        if all(" " in n for n in names):
            break
    return names


def _author_sources(sig: Signals, obj: dict[str, Any], visible: list[str]) -> Iterator[list[str]]:
    """Author sources in order of trust; the page's author elements are read only if needed,
    one element per source (sidebars hold other articles' bylines)."""
    yield visible
    by_id = {o["@id"]: o for o in sig.jsonld if isinstance(o.get("@id"), str) and "name" in o}
    yield FieldSource(_names(obj.get("author"), by_id))
    for key in _AUTHOR_META:  # each tag on its own: the first that names someone
        if key in sig.meta:
            yield FieldSource([sig.meta[key]])
    # an element the name runs on in ("Tech Insider Alex Perry 1 day ago", which the byline
    # rules can only cut by guess) is read as the name another element holds alone
    lines = author_elements(sig)
    clean = [line for line in lines if looks_like_name(line)]
    for line in lines:
        inside = [c for c in clean if c != line and f" {c} " in f" {line} "]
        yield ElementSource([inside[0] if inside else line])
    yield HandleSource(handle_author(sig))


def choose_dates(
    sig: Signals,
    obj: dict[str, Any],
    url: str | None,
    not_after: datetime | None,
    times: list[str],
    visible: list[str],
    page_day: Callable[[], str | None] | None = None,
) -> tuple[str | None, str | None]:
    """(published, modified), ISO 8601, never after ``not_after`` (the capture).

    Published, in order: JSON-LD datePublished (a WebPage's only on a page typed article),
    meta tags that name the publication date; then a date in the URL; then <time> elements of
    the article (``times``: never a teaser's, see htmlbody.times_near), a dateline printed with
    the article (``visible``), a bare <meta name="date">, the one day the page prints
    (``page_day``, called only when nothing else gave a date). Modified: JSON-LD dateModified, then
    meta tags. A UTC stamp from the metadata is given in the publisher's time zone (from the
    host's country or the page's language) when that moves its day: readers see the local day.
    """
    # a WebPage's datePublished is when the CMS page was made (Yoast writes one for every page,
    # "About us" included): a publication date only on a page that calls itself an article
    page_only = not (_types(obj) & (ARTICLE_TYPES - {"WebPage", "ItemPage"}))
    undated_page = page_only and sig.meta.get("og:type", "").lower() != "article"
    candidates = [None if undated_page else _str(obj.get("datePublished"))]
    candidates += [sig.meta.get(k) for k in _PUBLISHED_META]
    in_url = url_date(url, not_after)
    found = [d for c in candidates if c and (d := as_date(c, not_after))]
    published = _seen(found, visible[:VISIBLE_DATES], not_after)
    if published:
        if not in_url:  # no local day in the URL: the publisher's time zone tells it
            country = publisher_country(_host_name(url), sig.lang or sig.meta.get("og:locale"))
            published = publisher_time(published, country) or published
        return local_day(published, in_url), _modified(sig, obj, not_after)
    # what the page prints near the article can be a teaser's or a comment's date: a date in
    # the URL, which names this page alone, comes first
    weak = [in_url, *times, *visible, *(sig.meta.get(k) for k in _WEAK_DATE_META)]
    month = url_month(url)
    published = next(
        (
            d
            for c in weak
            if c and (d := as_date(c, not_after)) and (not month or d.startswith(month))
        ),
        None,
    )
    if published is None and page_day is not None:  # the page's one printed day, read last
        published = as_date(page_day(), not_after)
    return published, _modified(sig, obj, not_after)


#: Dates printed with the article (its <time>s, then its datelines) that may confirm one of
#: the metadata's publication dates.
VISIBLE_DATES = 6


def _seen(found: list[str], printed: list[str], not_after: datetime | None) -> str | None:
    """The first of the metadata's publication dates (``found``), unless they disagree and the
    page prints the day of a later one with the article: a JSON-LD ``datePublished`` that is
    the day the page was made, beside an ``article:published_time`` and a dateline that say
    the day it went out ("2022-01-04" in JSON-LD, "06.01.2022" above the text and in the meta
    tag) - the reader sees the printed day. A line that says it is an update ("Updated Jul 24,
    2018") confirms nothing."""
    if len({d[:10] for d in found}) < 2:
        return found[0] if found else None
    days = {
        d[:10] for p in printed if p and not CHANGE_WORD.search(p) and (d := as_date(p, not_after))
    }
    return next((d for d in found if d[:10] in days), found[0])


def _modified(sig: Signals, obj: dict[str, Any], not_after: datetime | None) -> str | None:
    modified_c = [_str(obj.get("dateModified"))] + [sig.meta.get(k) for k in _MODIFIED_META]
    return next((d for c in modified_c if c and (d := as_date(c, not_after))), None)


def local_day(stamp: str, in_url: str | None) -> str:
    """A UTC time stamp (``Z``, ``+00:00``) whose day is one off the date in the URL: the URL's.

    Sites that store times in UTC print them in their own time zone, and the URL carries the
    local day: "2020-02-25T02:25:54+00:00" for a New York article of February 24.
    """
    if not in_url or not re.search(r"T[\d:.]+(Z|[+-]00:?00)$", stamp):
        return stamp
    try:
        delta = date.fromisoformat(stamp[:10]) - date.fromisoformat(in_url[:10])
    except ValueError:
        return stamp
    return in_url if abs(delta.days) == 1 else stamp


def _str(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    return value if isinstance(value, str) else None


def language(sig: Signals, obj: dict[str, Any]) -> str | None:
    """The page language as a short code ('en', 'de-AT' -> 'de')."""
    for val in (
        sig.lang,
        _str(obj.get("inLanguage")),
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
    val = sig.meta.get("article:section") or _str(obj.get("articleSection"))
    return val.strip() if val and val.strip() else None


def description(sig: Signals, obj: dict[str, Any]) -> str | None:
    return (
        sig.meta.get("og:description")
        or sig.meta.get("description")
        or _str(obj.get("description"))
    )

"""The authors of an HTML page: its sources of names, read and reconciled.

A page names its authors in several places, each wrong in its own way: the byline printed
with the article (what readers see, but it may run on into a role or a date), JSON-LD persons
and author meta tags (clean, but sometimes the publisher, or a name in lower case), elements
marked as the author's anywhere on the page (a sidebar holds other articles' bylines), a blog's
author handle. ``choose_authors`` takes the first source that names someone, in that order of
trust, and lets the later ones correct it: a name cut from a longer line, a first name given in
full elsewhere. Each kind of source has its own reading rules (:class:`FieldSource`,
:class:`ElementSource`, :class:`HandleSource`); how one byline line splits into names and
credits is ``tidings.extract.bylines`` (shared with the text extractor).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from tidings.extract.bylines import (
    AUTHOR_ROLES,
    BY_WORDS,
    COMPANY_MARKERS,
    is_handle,
    looks_like_name,
    normalise_name,
    opens_with_by,
    parse_byline,
    without_date,
)
from tidings.extract.dates import find_dates
from tidings.extract.htmlbody import in_other_voices, in_side_column
from tidings.extract.metadata import Signals, host_name, jsonld_types
from tidings.extract.titles import same_name
from tidings.givennames import is_given_name

#: Meta tags naming the author, in order of trust; each is a source of its own.
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
#: JSON-LD types of a post by a site's user, not an article by its staff.
_POST_TYPES = frozenset(["DiscussionForumPosting", "SocialMediaPosting", "Comment"])
_WS = re.compile(r"\s+")
_PARENS = re.compile(r"\([^()]*\)")
_IN_PARENS = re.compile(r"\(([^()]*)\)")
#: A postal code or a phone number's digits: what an <address> holds when it is the office's.
_POSTCODE = re.compile(r"\b\d{4,5}\b")


def choose_authors(
    sig: Signals,
    obj: dict[str, Any],
    visible: list[str],
    url: str | None = None,
    signature: list[str] | None = None,
) -> tuple[list[str], dict[str, str]]:
    """(authors, other credits), reconciling the visible byline with JSON-LD and meta.

    The byline printed with the article (``visible``: lines dropped as 'byline' from its head)
    wins, since it is what readers see; JSON-LD persons come next, then meta author, then
    elements marked as author/byline anywhere on the page, then a blog's author handle, and
    last a name signing the text at its end (``signature``: a bare name could be a
    caption's, so any marked source outranks it). Names agreeing across sources are
    kept once, in the visible spelling. A name that is the site's own (og:site_name, the
    host: "Badische Zeitung", "El Mostrador") is the publisher, not an
    author, and is skipped, unless it starts with a listed given name (a personal site named
    after its owner: "Matthew Davis" on matthewdavis.com); so is a value that writes the
    site's host ("Deutsche Welle (www.dw.com)").
    """
    credits: dict[str, str] = {}
    # not the <title>'s end part: a personal site's title ends with its author's name
    sites = [s for s in (sig.meta.get("og:site_name"), host_name(url)) if s]
    host = (host_name(url) or "").lower()
    sources = _author_sources(sig, obj, visible, signature or [])
    for source in sources:
        names: list[str] = []
        lines: list[list[str]] = []
        for value in source:
            if host and any(host in p.lower() for p in _IN_PARENS.findall(value)):
                continue  # "Deutsche Welle (www.dw.com)": the publisher, named with its host
            found, extra = _read_source_value(source, value)
            credits.update({k: v for k, v in extra.items() if k not in credits})
            found = [n for n in found if not any(same_name(n, s) for s in sites) or _is_person(n)]
            if found:
                lines.append(found)
        if source is visible and len(lines) > 1:
            lines = _one_byline(lines, sig, obj)
        for found in lines:
            names.extend(n for n in found if n.lower() not in {x.lower() for x in names})
        if names:
            names = _trimmed(names, sig, obj, visible)
            return _co_authors(_full_names(names, sources, sites), sig, obj, sites), credits
    return [], credits


def _co_authors(names: list[str], sig: Signals, obj: dict[str, Any], sites: list[str]) -> list[str]:
    """The chosen names completed by the co-authors the metadata lists with them: a byline
    cut after its first name ("By: David Brand", the rest in another element) while JSON-LD
    or an author meta tag names "David Brand" and "Ramsey Khalifeh". Only a list that holds
    every chosen name and more; the chosen spelling is kept for the names both give."""
    low = {n.lower() for n in names}
    fields = [_jsonld_authors(sig, obj)]
    fields += [_meta_authors(sig, k) for k in _AUTHOR_META if k in sig.meta]
    for source in fields:
        full = [n for value in source for n in read_names(value)[0]]
        full = [n for n in full if not any(same_name(n, s) for s in sites) or _is_person(n)]
        if low < {n.lower() for n in full}:
            spelled = {n.lower(): n for n in names}
            return list(dict.fromkeys(spelled.get(n.lower(), n) for n in full))
    return names


def _one_byline(lines: list[list[str]], sig: Signals, obj: dict[str, Any]) -> list[list[str]]:
    """Of several signed lines near the article, the article's byline: the lines whose names
    the page's metadata (JSON-LD, author meta tags) also gives, else the first line. The others
    sign something else: a column's name ("Kolumne: Queer Royal"), the user who saved the page
    ("Gespeichert von human am 7. Juli 2019"), the next recipe ("von KB_Redaktion")."""
    fields = [_jsonld_authors(sig, obj)]
    fields += [_meta_authors(sig, k) for k in _AUTHOR_META if k in sig.meta]
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
                if any(same_name(full, s) for s in sites):
                    continue
                words = full.lower().split()
                names = [full if n.lower() in words else n for n in names]
        if all(" " in n for n in names):
            break
    return names


def _author_sources(
    sig: Signals, obj: dict[str, Any], visible: list[str], signature: list[str] | None = None
) -> Iterator[list[str]]:
    """Author sources in order of trust; the page's author elements are read only if needed,
    one element per source (sidebars hold other articles' bylines)."""
    yield visible
    yield _jsonld_authors(sig, obj)
    if jsonld_types(obj) & _POST_TYPES:
        # a forum thread's or a social post's author is its poster's user name ("Pepemaus",
        # "Tiberius"): one word is a handle here, where an article's one-word author is often
        # a desk's or a CMS account's
        yield HandleSource([n for n in _jsonld_authors(sig, obj) if is_handle(n)])
    for key in _AUTHOR_META:  # each tag on its own: the first that names someone
        if key in sig.meta:
            yield _meta_authors(sig, key)
    yield FieldSource(labelled_meta_author(sig))
    # an element the name runs on in ("Tech Insider Alex Perry 1 day ago", which the byline
    # rules can only cut by guess) is read as the name another element holds alone
    lines = author_elements(sig)
    clean = [line for line in lines if looks_like_name(line)]
    for line in lines:
        inside = [c for c in clean if c != line and f" {c} " in f" {line} "]
        # an element of the byline alone ("Isabel Caro , Rocío Latorre y José Miguel Wilson")
        # inside the run-on one gives all its names, where its first name alone would give one
        whole = [
            c
            for c in lines
            if c != line and f" {c} " in f" {line} " and len(read_names(c)[0]) > len(inside[:1])
        ]
        if whole:
            inside = [max(whole, key=lambda c: (len(read_names(c)[0]), -len(c)))]
        yield ElementSource([inside[0] if inside else line])
    yield HandleSource(handle_author(sig))
    yield signature or []


def _jsonld_authors(sig: Signals, obj: dict[str, Any]) -> FieldSource:
    """The article object's JSON-LD authors, references resolved: the one reader of them, so
    every rule that asks what the JSON-LD says hears the same names (Yoast and WordPress write
    ``"author": {"@id": ".../#/schema/person/abc"}`` with the Person elsewhere in the @graph)."""
    by_id = {o["@id"]: o for o in sig.jsonld if isinstance(o.get("@id"), str) and "name" in o}
    return FieldSource(_jsonld_persons(obj.get("author"), by_id))


def _meta_authors(sig: Signals, key: str) -> FieldSource:
    """Every value of one author meta tag: a page with several authors repeats the tag, one
    name each (``<meta name="dc.creator">`` per author of a paper), rather than joining them.
    A repeated tag whose values hold several names each ("NH. Shear, SP. Spielberg,") lists
    the works a paper cites, not its authors: its first value only, as for a single tag."""
    values = list(dict.fromkeys(sig.meta_all.get(key) or [sig.meta[key]]))
    if len(values) > 1 and any(len(read_names(v)[0]) > 1 for v in values):
        values = values[:1]
    return FieldSource(values)


def labelled_meta_author(sig: Signals) -> list[str]:
    """The author a pair of labelled meta tags names: ``twitter:label1`` "Written by" (or
    "Verfasst von", "Escrito por") and ``twitter:data1`` "Karoline Herr", as WordPress's SEO
    plug-ins write them for the page's share card. Another label ("Est. reading time") says
    something else."""
    for i in range(1, 5):
        label = sig.meta.get(f"twitter:label{i}", "")
        words = label.lower().replace(":", "").split()
        if words and (words[0] in AUTHOR_ROLES or words[-1] in BY_WORDS):
            value = sig.meta.get(f"twitter:data{i}")
            return [value] if value else []
    return []


def _is_person(name: str) -> bool:
    """A name that reads as a person's: it looks like a name and starts with a listed given name
    ("Matthew Davis", not "Badische Zeitung" or "Eat What Tonight"). A personal site is named
    after its owner, who still signs its posts; an unlisted given name counts as an outlet."""
    return looks_like_name(name) and is_given_name(name.split()[0])


def _jsonld_persons(value: Any, by_id: dict[str, dict[str, Any]] | None = None) -> list[str]:
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
        types = jsonld_types(value)
        if types & {"Organization", "NewsMediaOrganization"} and "Person" not in types:
            return []
        name = value.get("name")
        return _jsonld_persons(name) if name else []
    if isinstance(value, list):
        return [n for v in value for n in _jsonld_persons(v, by_id)]
    return []


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
    r"^(?:(?:posted|submitted|written|gespeichert|eingestellt|verfasst|geschrieben|publié|"
    r"post|beitrag|message)\s+)?(?:by|von|par|por|door)\s+(\S+?)\s*[»|·•]?$",
    re.I,
)  # "Beitrag von r23 » 21.01.2009, 05:42": a phpBB forum's first post


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
    if m and is_handle(m.group(1)):
        return [m.group(1)], extra  # "von flerche" in the author's vcard
    if isinstance(source, ElementSource) and is_handle(value) and is_given_name(value):
        return [value], extra  # "<span class=author><a>Lars</a></span>": a first-name byline
    if isinstance(source, ElementSource) and (bare := _without_dates(value)) != value:
        name = bare.strip(" ,-–—|·•/")  # "Janic Cathomen, 01.12.2021" in an author element
        if len(name.split()) >= 2 and looks_like_name(name):
            return [normalise_name(name)], extra
    return found, extra


def _had_label(value: str) -> bool:
    """The value opens with a "By" word or a credit label: what the byline rules read from it
    is all it says (not a bare "Reuters Staff" whose words may still be a name's)."""
    return bool(opens_with_by(value)) or ":" in value.split()[0]


def _without_dates(value: str) -> str:
    """``value`` with every date written in it taken out."""
    for found in reversed(find_dates(value)):
        value = value[: found.start] + " " + value[found.end :]
    return " ".join(value.split())


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
        parsed = parse_byline(value)  # a note may say who did what: "X (reporting) and Y
        if parsed is not None and parsed.authors:  # (photography)"
            return parsed.authors, parsed.credits
        names, credits = read_names(_PARENS.sub(" ", value), whole=False)
        if names:
            return names, credits
    parsed = parse_byline(value)
    if parsed is not None and parsed.authors:
        return parsed.authors, parsed.credits
    if parsed is not None and parsed.credits and _had_label(value):
        return [], parsed.credits  # "By Reuters": an agency's credit, not a person "By Reuters"
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


_HAN_CREDIT = re.compile(
    r"^(?:【纠错】\s*)?(?:作者|记者|责任编辑|编辑)\s*[:：]\s*([\u4e00-\u9fff]{2,4})$"
)


def han_credit_line(line: str) -> str | None:
    """The name of a Chinese credit line closing an article ("责任编辑： 焦鹏", the editor in
    charge, "作者：", "记者："), or None: the label must be there (a bare name is not read)."""
    m = _HAN_CREDIT.match(" ".join(line.split()))
    return m.group(1) if m and m.group(1) not in _HAN_NOT_NAMES else None


def _han_name(value: str) -> str | None:
    """The Chinese name an author field holds ("肖春芳", "责任编辑：孔德明"), or None."""
    m = _HAN_NAME.match(value.strip())
    return m.group(1) if m and m.group(1) not in _HAN_NOT_NAMES else None


#: Elements whose text is the author's name and nothing else (microformats, schema.org, rel):
#: a one-word handle ("gnaddrig", "Daniel") read there is the author, elsewhere it is not.
_NAME_ELEMENTS = (
    '[itemprop="author"] [itemprop="name"], a[rel="author"], .author.vcard .fn, .author .fn, '
    ".author.fn, "
    '.vcard .fn[href*="/author/"], [class*="author"] a[href*="/author/"]'
)


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
    return [text] if is_handle(text) else []


def author_elements(sig: Signals, limit: int = 5) -> list[str]:
    """Texts of elements marked as author or byline anywhere on the page (read only when no
    better source named the author: the substring selectors scan the whole tree), but not in
    a comment thread or a box of other articles (``in_other_voices``): a commenter's name
    ("Martina Krobath" in "Recent comments") is not the author's. Those in a side column
    (``in_side_column``: a rail of columnists beside the article) come after the others.
    """
    if sig.tree is None:
        return []
    main: list[str] = []
    side: list[str] = []
    for node in sig.tree.css(
        '[rel="author"], [itemprop="author"], [class*="byline"], [class*="author"], '
        '[class*="autor"], [class*="auteur"], [id^="author"], address, .submitted'
    ):
        text = _WS.sub(" ", node.text(deep=True, separator=" ")).strip()
        if node.tag == "address" and _POSTCODE.search(text):
            continue  # "Bundeshaus Ost 3003 Bern Schweiz": a postal address, not a byline
        if text and len(text) < 120 and not in_other_voices(node):
            # a teaser's headline in a box whose class says "author" ("Die Autorin Nora
            # Bossong im Gespräch") names no one: it does not use up the limit
            headline = not any(ch.isdigit() for ch in text) and len(text.split()) > 5
            if headline and not parse_byline(text) and not read_names(text)[0]:
                continue
            (side if in_side_column(node) else main).append(text)
            if len(main) >= limit:
                break
    return (main + side)[:limit]

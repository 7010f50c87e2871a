"""The headline of an HTML page, and the names its site goes by.

A page offers its headline several times: in its <h1> (or an <h2>/<h3> on blogs whose <h1> is
the blog's name), og:title, the JSON-LD headline, Dublin Core and twitter:title, and <title>,
which adds the site's name ("Headline | Site"). Each source errs its own way: the <h1> may be a
logo, a kicker may be run into it, a meta title may be cut short or carry a section label. So
the headline is the heading a meta title confirms (``choose_title`` lists the order of trust),
and a meta title alone is used only once the site's part is cut off (``strip_site``).

The site's names (og:site_name, the end of <title> that names the host, the host itself) are
also what ``tidings.extract.authors`` checks an author against: a byline naming the site is
the publisher, not a person (``same_name``).
"""

from __future__ import annotations

import re
from typing import Any

from tidings.extract.dates import find_date
from tidings.extract.metadata import Signals, host_name

#: Meta tags naming the title (Dublin Core, Parse.ly, Sailthru): before <title>, which carries
#: the site name.
_TITLE_META = ("dc.title", "dc:title", "dcterms.title", "dcterm:title", "parsely-title")
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
    # a breadcrumb <title> ("Site - Neuigkeiten » Die Events der letzten Zeit"): its last
    # step is the page, not the site, and the steps before it are sections (an <h1>
    # "Neuigkeiten")
    crumbs = [t.rsplit("»", 1)[1].strip() for t in raw if "»" in t]
    sites = [s for s in sites if not any(_norm(s) == _norm(c) for c in crumbs)]
    if _short_end_is_headline(sig.title_tag, h1s, subheads, url):
        sites = [s for s in sites if s != _title_site(sig.title_tag, url)]
    h1s = [h for h in h1s if not any(_similar(h, s) for s in sites)]
    # an <h1> that a meta title repeats word for word is the headline as published, kicker and
    # subtitle included: nothing to guess about which part is the site's
    known = [s for s in (site, host_name(url)) if s]  # not the <title>'s end: a guess
    # the walk leaves out <nav> and other furniture, where some sites put their <h1>
    # (a breadcrumb ending in the headline): every <h1> of the page counts here
    hidden = (
        [_WS.sub(" ", n.text(deep=True)).strip() for n in sig.tree.css("h1")] if sig.tree else []
    )
    # an <h1> with a kicker of its own element ("<span class=dachzeile>Nach Corona-Lockerungen
    # </span><span>Autohäuser rechnen ...</span>"): its headline alone, when a meta title or a
    # part of one is that headline, or runs the same kicker into it ("Corona-Lockerungen:
    # Autohäuser rechnen ...")
    rests = [rest for t in raw for rest in _rests(t)]
    for node in sig.tree.css("h1") if sig.tree else []:
        split = kicker_split(node)
        if not split or any(_similar(split[1], s) for s in sites):
            continue
        head, whole = _norm(split[1]), _norm(node.text(deep=True))
        if any(_norm(t) == whole for t in raw) and not split[2]:
            # the site publishes kicker and headline as one title ("Editor's Letter: bye OC
            # Baby"): split only when it also gives the headline alone (a JSON-LD headline)
            if any(_norm(t) == head for t in raw):
                return split[1]
            continue
        if any(_norm(t) == head for t in raw + metas + parts + rests) or (
            len(head.split()) >= MIN_END_WORDS
            and any(_norm(t).endswith(" " + head) for t in raw + metas)
        ):
            return split[1]
    for h in h1s + [h for h in hidden if h not in h1s]:
        named = any(same_name(part, s) for part in _TITLE_SEP.split(h) for s in known)
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
    # "Headline : Krimiblog-Archiv | Motto"): ``rests`` above
    firsts = [_TITLE_SEP.split(t)[0] for t in raw if _TITLE_SEP.search(t)]
    order = (
        (subheads, raw),
        (subheads + h1s, crumbs),
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
    # a heading that is a meta title with a date label run in front ("Jun 17 Das vielleicht
    # schönste Ende der Welt: Montauk", a blog theme's <h2>): the meta title is the headline
    for h in subheads + h1s:
        for m in metas:
            nh, nm = _norm(h), _norm(m)
            lead = nh[: -len(nm)].split() if nh.endswith(" " + nm) else []
            dated = 0 < len(lead) <= 3 and any(ch.isdigit() for ch in "".join(lead))
            if dated and len(nm.split()) >= MIN_END_WORDS:
                return m
    # the page's name in its address ("/mountainbikeregion/ischgl/") names it as a <title>
    # does: a short <h1> it spells ("Ischgl") is the page's headline, not a logo
    slug = url_slug(url)
    for h in h1s:
        if slug and _norm(h) == _norm(slug):
            return h
    for h in h1s:
        if len(h) >= MIN_TITLE_CHARS:
            return h
    return metas[0] if metas else (h1s[0] if h1s else None)


_HIDDEN_CLASS = re.compile(
    r"(?:^|[\s_-])(?:visually-?hidden|sr-only|screen-reader|invisible|hidden|aural)", re.I
)
_INLINE_TAGS = frozenset(["span", "small", "strong", "b", "em", "i", "mark"])
#: Elements a kicker may be written in (inline ones, or a block of its own: "topic-label").
_KICKER_TAGS = _INLINE_TAGS | {"div", "p"}


def kicker_split(h1: Any) -> tuple[str, str, bool] | None:
    """An <h1> as (kicker, headline, on a line of its own) when it opens with a label in an
    element of its own, styled apart from the headline after it: ``<span class="dachzeile">
    Nach Corona-Lockerungen</span> <span>Autohäuser rechnen ...</span>``, ``<div
    class="topic-label">100. Geburtstag</div> Holocaust-Überlebende ...``, ``<small>Einheit der
    Woche</small><br>Lagen-Pyramide`` (inside the one link or span that wraps an <h1>'s text).
    Hidden separators go with it. The headline after it starts anew (a capital, a digit, a
    quote): "<span>Ehezoff</span> der Pochers eskaliert" is a word in a sentence, not a kicker.
    None when the <h1> has no such label."""
    node = h1
    while True:
        children = [
            c
            for c in node.iter(include_text=True)
            if (c.tag != "-text" or c.text().strip())
            and not _HIDDEN_CLASS.search(c.attributes.get("class") or "")
            and c.attributes.get("aria-hidden") != "true"
        ]
        if len(children) == 1 and children[0].tag in _INLINE_TAGS | {"a"}:
            node = children[0]
            continue
        break
    if len(children) < 2 or children[0].tag not in _KICKER_TAGS:
        return None
    kicker = _WS.sub(" ", children[0].text(deep=True)).strip()
    rest = " ".join(c.text(deep=True) for c in children[1:] if c.tag != "br")
    rest = _WS.sub(" ", rest).strip(" -–—:|\u00a0")
    if not kicker or not 0 < len(kicker.split()) <= KICKER_WORDS or len(rest.split()) < 2:
        return None
    if not (rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"'„“«‘"):
        return None
    own_line = children[0].tag in ("div", "p") or children[1].tag == "br"
    return kicker, rest, own_line


def url_slug(url: str | None) -> str | None:
    """The last named part of a page's address, as words: ".../ferienvilla/119/Villa-Galaxy"
    -> "Villa Galaxy", "/design/" -> "design"; None for a number, a query-only address or an
    index page."""
    if not url:
        return None
    path = re.sub(r"[?#].*$", "", url.split("://", 1)[-1]).rstrip("/")
    if "/" not in path:
        return None
    last = re.sub(r"\.(?:s?html?|php|aspx?|jsp)$", "", path.rsplit("/", 1)[-1], flags=re.I)
    words = re.sub(r"[-_+]+|%20", " ", last).strip()
    if not re.search(r"[^\W\d_]{2}", words) or words.lower() in ("index", "default", "home"):
        return None
    return words


def _without_kicker_element(title: str | None, sig: Signals) -> str | None:
    """The headline of an <h1> (or of the <h2>/<h3> chosen as the headline: a blog's, or a
    site that keeps its <h1> for a section) that opens with a kicker of its own element
    (``<h1><span class="kicker">Klimaschutz</span><span>Bohren, bis es heiß wird</span></h1>``,
    "Dachzeile", "overline", "roofline"): the kicker is a label over the headline, styled
    apart, not part of it. Separators hidden from sight (``visually-hidden``) go with it."""
    if not title or sig.tree is None:
        return title
    for h1 in sig.tree.css("h1, h2, h3"):
        if _norm(h1.text(deep=True)) != _norm(title):
            continue
        children = [c for c in h1.iter(include_text=True) if c.tag != "-text" or c.text().strip()]
        first = children[0] if children else None
        if first is None or first.tag not in _INLINE_TAGS or len(children) < 2:
            return title
        shown = [c for c in children if not _hidden(c)]
        if len(shown) >= 2 and shown[-1].tag == "small":
            # a topic line the source writes after the headline and the page shows above it
            # ("<span>Energiewende, Mobilität ...</span><small>, Thema: Forschung</small>")
            head = _WS.sub(" ", " ".join(c.text(deep=True) for c in shown[:-1])).strip(" :,")
            if len(head.split()) >= MIN_END_WORDS:
                return head
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


def _hidden(node: Any) -> bool:
    """An element hidden from sight but not from screen readers ("visually-hidden", "aural")."""
    if node.tag == "-text":
        return False
    attrs = node.attributes
    return (
        bool(_HIDDEN_CLASS.search(attrs.get("class") or "")) or attrs.get("aria-hidden") == "true"
    )


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


def site_names(sig: Signals, url: str | None) -> list[str]:
    """The names the site goes by: og:site_name, the <title>'s site part, the URL's host."""
    return [
        s
        for s in (sig.meta.get("og:site_name"), _title_site(sig.title_tag, url), host_name(url))
        if s
    ]


def same_name(name: str, site: str) -> bool:
    """'It Finanzmagazin' is 'it-finanzmagazin.de'; 'Madame Figaro' is 'Madame Figaro'."""
    squash = re.sub(r"\W+", "", name.lower())
    site_l = site.lower()
    host = re.sub(r"\.[a-z]{2,}$", "", site_l) if "." in site_l and " " not in site_l else None
    if host and "." in host:  # "fischerhuette.hejfish.com": the domain's own name, "hejfish"
        labels = [lab for lab in host.split(".") if lab not in ("co", "com", "org", "net", "ac")]
        if labels and squash == re.sub(r"\W+", "", labels[-1]):
            return True
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
    host = host_name(url)
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
        words = re.findall(r"[^\W_]+", part.lower())
        return any(
            (k in sq and len(k) >= HOST_SHARE * len(sq))
            or (len(sq) >= 4 and sq in k)
            or _spelled_by(k, words)
            for k in keys
        )

    first, last = names_host(parts[0]), names_host(parts[-1])
    if first == last:
        return None
    return 0 if first else -1


def _spelled_by(key: str, words: list[str]) -> bool:
    """The host's name is some of the part's words run together, in their order, each whole:
    "parcoabruzzo" from "Parco Nazionale d'Abruzzo, Lazio e Molise"; two words at least (one
    word is the squashed-part test above)."""

    def spell(pos: int, start: int, used: int) -> bool:
        if pos == len(key):
            return used >= 2
        return any(
            key.startswith(w, pos) and spell(pos + len(w), i + 1, used + 1)
            for i, w in enumerate(words[start:], start)
            if len(w) >= 2
        )

    return len(key) >= 6 and spell(0, 0, 0)

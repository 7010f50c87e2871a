"""The words and tags htmlbody.py reads a page by: which elements hold no text, which end a
block, and which class/id words, tokens and ARIA roles mark page furniture.

Kept apart from the rules that use them so a list can grow (a CMS's new class name, a language's
word) without touching the walk or the vote. Every entry is matched against the lower-cased parts
of class and id names ("shareBar" -> {"share", "bar"}), see ``htmlbody._split_class``.
"""

from __future__ import annotations

#: What a permalink anchor shows beside a heading ("Evolve¶": Sphinx, MkDocs, GitHub READMEs):
#: a link to the heading itself, never part of its text.
PERMALINK_GLYPHS = "¶§🔗#⚓"

#: Elements whose content is never article text.
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "svg",
        "canvas",
        "iframe",
        "object",
        "embed",
        "video",
        "audio",
        "map",
        "select",
        "option",
        "textarea",
        "button",
        "input",
        "head",
        "title",
        "meta",
        "link",
        "nav",
        "dialog",
        "math",
        # ruby annotations: the reading of the characters they sit on (Japanese furigana
        # "子こども"), a reading aid the page shows above the text, not words of it
        "rt",
        "rp",
    ]
)
#: Elements that end a run of inline text.
BLOCK_TAGS = frozenset(
    [
        "p",
        "div",
        "section",
        "article",
        "main",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "pre",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "tr",
        "td",
        "th",
        "dl",
        "dt",
        "dd",
        "figure",
        "figcaption",
        "header",
        "footer",
        "aside",
        "address",
        "center",
        "details",
        "summary",
        "hr",
        "br",
        "caption",
        "fieldset",
        "legend",
        "body",
        "html",
        "hgroup",
    ]
)
#: Elements that are furniture by their very tag, when inside the article container (ASP.NET
#: pages wrap the whole page in one <form>: a mark above the container does not count).
BOILER_TAGS = frozenset(["footer", "aside", "form", "menu"])
#: Elements that hold the page or its article and are never furniture, whatever their classes
#: say (sites put feature flags like "f_share_tools_on" on <body>).
NEVER_MARKED = frozenset(["html", "body", "main", "article"])
#: An element with more class tokens than this carries flags, not a description: not judged.
MAX_CLASS_TOKENS = 12

#: Parts of class names of consent dialogs (GDPR: RGPD in French, DSGVO in German; Complianz's
#: "cmplz"): furniture, and strong furniture, since their long legal text can outweigh a short
#: article, yet is never its text.
CONSENT_WORDS = ("cookie", "cookies", "cookiebanner", "consent", "gdpr", "rgpd", "dsgvo", "cmplz")
#: Parts of class/id names that mark furniture ("share-bar" -> {"share", "bar"}).
BOILER_WORDS = frozenset(
    [
        "comment",
        "comments",
        "commentary",
        "disqus",
        "share",
        "sharing",
        "sharebar",
        "social",
        "socials",
        "related",
        "newsletter",
        "newsletters",
        "subscribe",
        "subscription",
        "signup",
        "promo",
        "promos",
        "promotion",
        "advert",
        "adverts",
        "advertisement",
        "advertising",
        "ad",
        "ads",
        "adsense",
        "sponsor",
        "sponsored",
        "sidebar",
        "footer",
        *CONSENT_WORDS,
        "breadcrumb",
        "breadcrumbs",
        "nav",
        "navbar",
        "navigation",
        "menu",
        "popup",
        "modal",
        "overlay",
        "outbrain",
        "taboola",
        "recommended",
        "recommendations",
        "recirculation",
        "recirc",
        "toolbar",
        "pagination",
        "pager",
        "trending",
        "popular",
        "mostread",
        "hidden",
        "hide",
        "skip",
        "banner",
        "masthead",
        "byline",
        "bylines",
        "tags",
        "tagline",
        "caption",
        "captions",
        "credit",
        "credits",
        "copyright",
        "dateline",
        "timestamp",
        "meta",
        "author",
        "authors",
        "bio",
        "rating",
        "print",
        "reprint",
        "paywall",
        "login",
        "signin",
        "register",
        "donate",
        "donation",
        "jump",
        "teaser",
        "teasers",
        "outlink",
        "more",
        "readmore",
        "also",
    ]
)
#: Whole class/id tokens that mark furniture although none of their parts does.
BOILER_TOKENS = frozenset(
    [
        "sr-only",
        "visually-hidden",
        "screen-reader-text",
        "visuallyhidden",
        "pull-quote",
        "pullquote",
        "pull_quote",
        "blockquote-pull",
    ]
)
#: Whole class tokens of inline cards written inside a sentence but shown only on hover: their
#: text is left out of the sentence (a block's furniture marks judge whole blocks, so they
#: cannot). The Hill's card of a person (photo, full name, headlines, "MORE") follows the name:
#: "Gov. Kristi NoemKristi Lynn NoemSouth Dakota governor doubles down ... MORE (R) is"; its
#: wrapper "rollover-people" holds the name itself, so only the card's own token is listed.
INLINE_CARD_TOKENS = frozenset(["rollover-people-block"])
#: Parts that mean "this is the article" and win over a furniture word in the same token
#: ("article-meta" is furniture, "article-body" is not; "post-content" is content).
CONTENT_WORDS = frozenset(
    [
        "body",
        "content",
        "text",
        "articlebody",
        "entry",
        "story",
        "main",
        "article",
        "post",
        "richtext",
        "prose",
    ]
)
#: Parts of class names of embedded posts (tweets, Instagram): quoted in the article, so kept
#: although their class also says "social".
EMBED_WORDS = frozenset(["embed", "embedded", "tweet", "twitter-tweet", "instagram-media"])
#: Furniture words that stay furniture however much text the element holds (comment threads
#: are often longer than the article).
STRONG_WORDS = frozenset(
    [
        "comment",
        "comments",
        "commentary",
        "disqus",
        "related",
        "newsletter",
        *CONSENT_WORDS,
    ]
)
#: Furniture words that a content word in the same class does not excuse ("sharing-content",
#: "comment-body" are furniture): the strong ones, and those of share bars. A share word still
#: gives way to the text when its element holds most of the page (a "share-on-scroll" wrapper
#: around the whole article): share bars hold buttons, not paragraphs.
UNEXCUSED_WORDS = STRONG_WORDS | frozenset(["share", "sharing", "social"])
#: Parts of class/id names that mark a box of related links (kept as Article.related).
RELATED_WORDS = frozenset(
    [
        "related",
        "recommended",
        "recommendations",
        "readmore",
        "more",
        "also",
        "recirculation",
        "recirc",
    ]
)
#: Parts of class/id names of a comment thread, a "recent comments" widget, readers' letters
#: or a box of other articles: a name marked as an author there is a commenter's or another
#: article's byline, never this article's ("commentary" is left out: opinion pieces are
#: wrapped in it).
OTHER_VOICES_WORDS = frozenset(
    [
        "comment",
        "comments",
        "recentcomments",
        "disqus",
        "leserbrief",
        "leserbriefe",
        "related",
        "recommended",
        "recommendations",
        "recirculation",
        "recirc",
    ]
)
#: Parts of class/id names of a side column beside the article.
SIDE_COLUMN_WORDS = frozenset(["aside", "sidebar", "rail"])
#: ARIA roles of furniture.
BOILER_ROLES = frozenset(
    ["navigation", "complementary", "contentinfo", "banner", "menu", "search", "dialog", "alert"]
)

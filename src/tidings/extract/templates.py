"""Site templates: lines that repeat across captures of one site are its furniture.

A site prints the same navigation, footer, newsletter box and "Most read" heading on every page;
its articles do not share paragraphs. So given several captures of one outlet, a line found in
at least :data:`MIN_SHARE` of them (and in at least :data:`MIN_PAGES`) is template, whatever it
says. :func:`learn_template` finds those lines; :func:`extract_text` drops them with reason
'template'; :func:`extract_text_batch` does both for a batch, grouping captures by outlet.

Not handled: near-duplicates (a footer with the current year or a visit counter differs per page),
and outlets with a single capture in the batch (nothing to compare with: furniture rules only).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence

from tidings.extract.common import outlet_of
from tidings.model import Article, Capture

#: A line is template when it appears in at least this share of the site's captures...
MIN_SHARE = 0.5
#: ...and in at least this many of them (two captures sharing a line is already evidence:
#: syndicated articles share paragraphs too, which is why long lines need MIN_SHARE as well).
MIN_PAGES = 2
#: Lines longer than this are never template: a shared long paragraph is a shared story
#: (syndication, a quoted statement), and dropping it would cut the article.
MAX_TEMPLATE_CHARS = 400


def template_key(line: str) -> str:
    """The form in which lines are compared: whitespace folded, lower case."""
    return " ".join(line.split()).lower()


def learn_template(texts: Sequence[str]) -> frozenset[str]:
    """The lines (as :func:`template_key`) repeated across ``texts``, captures of one site."""
    if len(texts) < MIN_PAGES:
        return frozenset()
    seen: Counter[str] = Counter()
    for text in texts:
        keys = {template_key(row) for row in text.split("\n")}
        keys.discard("")
        seen.update(k for k in keys if len(k) <= MAX_TEMPLATE_CHARS)
    needed = max(MIN_PAGES, MIN_SHARE * len(texts))
    return frozenset(k for k, n in seen.items() if n >= needed)


def extract_text_batch(
    texts: Iterable[tuple[str, str | None]], *, captures: Sequence[Capture] | None = None
) -> list[Article]:
    """Extract (text, url) pairs together, learning each outlet's template from its captures.

    Texts without a URL (or whose outlet has a single capture) get no template. ``captures``,
    when given, are the captures the texts came from, in the same order (for ids and dates).
    """
    from tidings.extract.text import extract_text

    items = list(texts)
    by_outlet: dict[str, list[int]] = defaultdict(list)
    for i, (_text, url) in enumerate(items):
        outlet = outlet_of(url)
        if outlet:
            by_outlet[outlet].append(i)
    templates: dict[int, frozenset[str]] = {}
    for indexes in by_outlet.values():
        template = learn_template([items[i][0] for i in indexes])
        for i in indexes:
            templates[i] = template
    return [
        extract_text(
            text,
            url,
            capture=captures[i] if captures else None,
            template=templates.get(i, frozenset()),
        )
        for i, (text, url) in enumerate(items)
    ]


__all__ = ["extract_text_batch", "learn_template", "template_key"]

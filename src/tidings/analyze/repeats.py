"""Untagged repeats: the later occurrences of an entity's names that the tagger missed.

requires: the article text and its merged entities (:mod:`tidings.analyze.entities`).
assigns: extra mentions on those entities (:func:`add_untagged_repeats`), and a longer name when
an occurrence carries a company suffix the tagger left off ("Lumen" -> "Lumen Labs").

Separate because it is a text search, not a reading of the tagger's output: it runs after the
quotes are found, over the whole text, and decides what a whole word, a longer capitalised
name and a sentence's first word are (the entity typing rules use the last two as well).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from tidings.analyze.names import COMPANY_SUFFIXES, TITLE_ONLY, without_suffix
from tidings.model import Article, Entity
from tidings.wordlists import MONTHS, WEEKDAYS, word_list

#: An occurrence of a name that goes on as a longer name ("United" in "United Nations").
_NAME_GOES_ON = re.compile(r"[ \t]+(?:of[ \t]+)?[A-Z]")
#: The word before an occurrence, when it is capitalised ("Manchester United", "Ivanka" in
#: "Ivanka Trump").
CAPITAL_BEFORE = re.compile(r"([A-Z][\w.'’-]*)[ \t]+$")
#: Capitalised words before a name that do not make it a longer name.
_OPENERS = frozenset(word_list("The A An In At On For By As But And Or If When"))


def add_untagged_repeats(article: Article, entities: list[Entity]) -> None:
    """Give each entity the later occurrences of its names that the tagger did not tag.

    The small model tags a name at one place and misses it at another ("Veltrix risked ..."
    after "Veltrix Semiconductor"), so counts of mentions and the highlighting of names would
    depend on the tagger's mood. An occurrence is added when it is a whole word, overlaps no
    mention, is not part of a longer capitalised name, and the form names one entity only.
    Run after the quotes are found: the speaker rules weigh the tagger's own mentions, and
    every extra antecedent a pronoun could take would change who said what."""
    text = article.text
    owners: dict[str, set[int]] = {}
    surnames: set[str] = set()
    for i, entity in enumerate(entities):
        if not entity.mentions:
            continue  # named in the byline or a caption only: not a body entity
        forms = {m.text for m in entity.mentions}
        words = without_suffix(tuple(entity.name.split()))
        if entity.label == "PERSON" and len(words) > 1 and words[-1] not in forms:
            forms.add(words[-1])  # the surname, the way news names a person again
            surnames.add(words[-1])
        for form in forms:
            if form[:1].isupper() and form not in _CALENDAR:
                owners.setdefault(form, set()).add(i)
    single = {form: next(iter(who)) for form, who in owners.items() if len(who) == 1}
    if not single:
        return
    covered = bytearray(len(text))
    for e in entities:
        for m in e.mentions:
            covered[m.start : m.end] = b"\x01" * (m.end - m.start)
    # the forms, longest first, by their first character: only those can start where a
    # character is (a scan of every form at every start was ~1% of pipeline.process's CPU)
    by_first: dict[str, list[str]] = {}
    for form in sorted(single, key=len, reverse=True):
        by_first.setdefault(form[0], []).append(form)
    added = False
    pos = 0
    for start in _form_starts(text, single):
        if start < pos:
            continue  # inside an occurrence just added
        pos = start + 1
        # the longest form that starts here and may stand: a form refused here ("Braynard and
        # Chrabaszcz", a mention inside it) may leave a shorter one ("Braynard")
        for form in (f for f in by_first[text[start]] if text.startswith(f, start)):
            end = start + len(form)
            if not WHOLE_END.match(text, end):
                continue
            entity = entities[single[form]]
            suffix = SUFFIX_AFTER.match(text, end) if entity.label == "ORG" else None
            if suffix is not None and suffix.group(1).lower() in COMPANY_SUFFIXES:
                end = suffix.end()  # "Lumen Labs will cut ...": the full name of "Lumen"
            if any(covered[start:end]) or _in_longer_name(text, start, end):
                continue
            if form in surnames and begins_sentence(text, start) and not _SAID.match(text, end):
                continue  # "Young people ...", "Long before ...": a surname never tagged alone
            entity.mentions.append(article.span(start, end))
            if end - start > len(entity.name) and text[start:end].startswith(entity.name):
                entity.name = text[start:end]
            covered[start:end] = b"\x01" * (end - start)
            pos = end
            added = True
            break
    if added:
        for entity in entities:
            entity.mentions.sort(key=lambda m: m.start)


#: A speech verb right after a sentence's first word, which makes a surname of it: "Eichel
#: said he was ...", where "Young people" stays no one's.
_SAID = re.compile(
    r"[ \t]+(?:said|says|told|tells|added|asked|explained|noted|argued|wrote|replied"
    r"|acknowledged|insisted|warned|recalled)\b"
)
#: A capitalised word right after an occurrence, which may be a company suffix ("Labs").
SUFFIX_AFTER = re.compile(r"[ \t]+([A-Z][a-z]*\.?)(?![\w-])")
#: The end of a whole word ("Cho's" is Cho; "Chopin" and "Cho-Smith" are not).
WHOLE_END = re.compile(r"(?![\w-]|['’]\w\w)")
#: A character that glues a word to the one after it: that word is no whole word.
_GLUED = re.compile(r"[\w’'-]")


def _form_starts(text: str, forms: Iterable[str]) -> list[int]:
    """Where a whole word of ``forms`` may start in ``text``, in order: every occurrence of a
    form not glued to the word before it and ending a whole word (the same places as a search
    for the forms' alternation between those two conditions). Found with ``str.find``: such
    a regex names the article's own entities, so it was compiled anew for every article
    (re's cache holds 512 patterns), ~0.5 ms an article, more than the search itself."""
    starts = set()
    for form in forms:
        at = text.find(form)
        while at >= 0:
            glued = at > 0 and _GLUED.match(text, at - 1) is not None
            if not glued and WHOLE_END.match(text, at + len(form)):
                starts.add(at)
            at = text.find(form, at + 1)
    return sorted(starts)


#: Capitalised words that are dates before they are names ("in May" is not Theresa May).
_CALENDAR = frozenset(w.capitalize() for w in (*MONTHS, *WEEKDAYS))


def begins_sentence(text: str, start: int) -> bool:
    """True if the word at ``start`` opens a sentence or a line."""
    head = text[max(0, start - 3) : start].rstrip(" \t")
    return head == "" or head.endswith((".", "!", "?", "\n", ":", '"', "“"))


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """True if capitalised words run on after the occurrence or before it (within a line)."""
    if _NAME_GOES_ON.match(text, end):
        return True
    before = CAPITAL_BEFORE.search(text, max(0, start - 40), start)
    word = before.group(1) if before else ""
    if before is None or word in _OPENERS or word.rstrip(".").lower() in TITLE_ONLY:
        return False
    # a capitalised word that opens the sentence is not part of the name
    return not begins_sentence(text, before.start())

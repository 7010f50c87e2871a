"""The words of an entity's name as merging and typing compare them: normalised, split, a
person's without "Jr.", an acronym's letters.

Shared by :mod:`tidings.analyze.entities` (merging) and :mod:`tidings.analyze.entitytypes`
(typing by context) and :mod:`tidings.analyze.entityspans` (where a tagged name starts and
ends), so each compares names the same way.
"""

from __future__ import annotations

import re
from functools import lru_cache

from tidings.analyze.names import without_suffix
from tidings.givennames import is_given_name

#: A courtesy title and the space after it ("Ms ", "Dr. "): before a name, or opening one.
COURTESY_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+"


#: Names whose :func:`norm_name` is kept (a few articles' names).
NORM_CACHE = 4096

#: Between the words of a name.
WORD_BREAK = re.compile(r"[\s\-]+")


@lru_cache(maxsize=4096)
def name_words(name: str) -> tuple[str, ...]:
    """The words of a name (cached: merging compares every pair of an article's names)."""
    return tuple(w for w in WORD_BREAK.split(name) if w)


def person_name_words(name: str) -> tuple[str, ...]:
    """The words of a person's name without a trailing "Jr." ("patrick w. carlineo")."""
    return without_suffix(name_words(name))


#: An organisation's acronym as news writes it: "CBP", "NATO", "FBI".
ACRONYM = re.compile(r"[A-Z]{2,6}")


#: An acronym with a full stop after each letter: "U.S.", "U.K.".
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,6}")


def acronym_letters(text: str) -> str | None:
    """The letters of an acronym as news writes it, plain or dotted ("US" of "U.S."), or None
    for no acronym."""
    if ACRONYM.fullmatch(text):
        return text
    if _DOTTED_ACRONYM.fullmatch(text):
        return text.replace(".", "")
    return None


@lru_cache(maxsize=NORM_CACHE)
def norm_name(name: str) -> str:
    """A name as names are compared: lower case, one space between words, no possessive.

    Kept for the last :data:`NORM_CACHE` names: the entity rules compare each mention with
    the others, so an article asks for the same few dozen names ~640 times (54,000 calls on
    PolNeAR dev's 84 articles)."""
    return " ".join(name.replace("\u2019s", "").replace("'s", "").split()).lower()


def given_names_of_one(people: list[tuple[str, ...]]) -> set[str]:
    """Listed given names that open the full name of exactly one person of the article: "Dale"
    tagged an organisation in 'Dale sees it differently.' is Dale Johnson when he is the only
    Dale named in full (Ray Johnson, his brother, is not). News calls people by the given name
    alone in family and feature stories; with two Dales it is no one's. One rule for both
    places that read a given name alone: the typing (``entitytypes.type_by_context``: a given
    name tagged only as an organisation is the person's) and the merging
    (``entities.merge_mentions``: one tagged a people is too). Neither takes it from a place:
    a place so tagged is a place ("Charlotte", with a "Charlotte Mayor" the tagger ran
    together)."""
    surnames: dict[str, set[str]] = {}  # one person may be written two ways: "Donald J. Trump"
    for words in people:
        if len(words) > 1:
            surnames.setdefault(words[0], set()).add(words[-1])
    return {w for w, names in surnames.items() if len(names) == 1 and is_given_name(w)}

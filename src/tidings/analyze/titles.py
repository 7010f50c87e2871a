"""Titles before a name: the one rule for where a person's name proper starts.

requires: the words of a name as the article writes them (whitespace words or spaCy token
texts), or a description and the name it ends with. assigns: nothing; every function here is
pure and needs no parse.

News puts offices, ranks, honorifics and their qualifiers before a name ("Russian President
Vladimir Putin", "Sen. Elizabeth Warren", "Detective Sergeant Amy Cole", "former Gov. Jeb
Bush"), and a sentence may open with a capitalised role noun the tagger took into the name
("Striker Carlos Vela"). The words are :data:`~tidings.analyze.names.TITLE_WORDS`; the rule
that strips them is :func:`leading_titles`, with two limits that hold for every reader:

- a title that goes with one name is part of it ("Pope Leo", "King Charles III",
  :func:`~tidings.analyze.names.called_with_title`), so stripping stops before it;
- a name keeps at least ``keep`` words ("President" alone is no name to strip).

Its readers differ only in the shape they hold, not in the rule:
:func:`~tidings.analyze.naming.strip_title_words` (a name string, the key of a speaker or an
antecedent), ``mentions._strip_titles`` (a spaCy entity, a token index),
:func:`~tidings.analyze.entityspans.past_titles` (a tagged span, a character offset, and only
when a given name and a surname remain, so it keeps two words), and, the other way round,
:func:`title_of` (the title words of a description that ends with the name, for
``resolve._past_name``). A possessive owner before a name ("France's Francois Hollande") is
no title: :func:`~tidings.analyze.entityspans.past_owner` handles it.

Separate so that which words are titles, and where a name starts after them, is decided once.
"""

from __future__ import annotations

from collections.abc import Sequence

from tidings.analyze.descriptions import is_role
from tidings.analyze.names import TITLE_WORDS, called_with_title
from tidings.givennames import is_given_name, opens_with_given_name


def role_before_name(words: Sequence[str]) -> bool:
    """True when a tagged name's words open with a role noun before a given name and a surname
    ("Striker Carlos Vela", "Nurse Maria Ocampo", "Goalkeeper Tim Rhodes": a sentence's first
    word, capitalised, which the tagger took into the name); not when that word is a given name
    itself ("Walker", "Hunter", "Parker")."""
    return (
        len(words) >= 3
        and is_role(words[0].lower())
        and not is_given_name(words[0])
        and opens_with_given_name(list(words[1:]))
    )


def leading_titles(words: Sequence[str], keep: int = 1) -> int:
    """How many of a name's first words are titles before the name proper: 2 for "Russian
    President Vladimir Putin", 1 for "Striker Carlos Vela" (:func:`role_before_name`), 0 for
    "Pope Leo" and for "Prime Minister" (with ``keep=1``, the last word always stays). A title
    that goes with the one name after it stops the count: "former King Charles III" is 1."""
    if called_with_title(words):
        return 0
    k = 1 if role_before_name(words) else 0
    while k < len(words) - keep:
        if words[k].lower() in TITLE_WORDS and not called_with_title(words[k:]):
            k += 1
        elif k and (past := _past_portfolio(words, k)) > k:
            k = past
        else:
            break
    return k


#: Words that join a title to its portfolio: "Secretary of State", "Minister for Europe".
_PORTFOLIO_JOINERS = frozenset(["of", "for"])


def _past_portfolio(words: Sequence[str], k: int) -> int:
    """Where the name starts after a title's portfolio opened by "of" or "for" at ``k``
    ("Secretary of State Ana Ruiz", "Chancellor of the Exchequer Rachel Reeves": capitalised
    words, and "the" or "and", up to a given name that opens a full name); ``k`` itself when
    there is none: a name must follow, so "President of Harvard University" keeps its words."""
    if words[k].lower() not in _PORTFOLIO_JOINERS or words[k - 1].lower() not in TITLE_WORDS:
        return k
    j = k + 1
    while j < len(words) - 1 and (words[j][:1].isupper() or words[j] in ("the", "and")):
        if opens_with_given_name(list(words[j:])):
            return j if j > k + 1 else k
        j += 1
    return k


def title_of(description: str, name: str) -> str | None:
    """The title a description gives before the name it ends with: "Seattle Councilwoman" of
    "Seattle Councilwoman Tamara Reyes" (capitalised words, the last a title word); None when
    the description does not end with the name or what comes before it is no title ("advisers
    to Mr. Obama", "Chair Debbie Wasserman Schultz" read for "Wasserman Schultz")."""
    if not description.endswith(" " + name):
        return None
    title = description[: -len(name)].rstrip()
    words = title.split()
    if words and all(w[:1].isupper() for w in words) and words[-1].lower() in TITLE_WORDS:
        return title
    return None

"""Where a sentence starts in an article's text, and whether a name there is who it is about.

requires: the article text and character offsets (a paragraph's start, a name's span).
assigns: nothing; pure functions over the text, no parse.

The antecedent rules (:mod:`tidings.analyze.antecedents`, :mod:`tidings.analyze.nominals`)
weigh a person by where they are named: opening a sentence ("But Jones disagreed.") after its
titles, or as a modifier ("the Trump team"), a possessive ("Trump's misinformation ...") or one
of two ("Mr. Rubio and Mr. Cruz ..."), which name nobody as the one a sentence is about.

Separate because the full stop of a title or an initial ("Sen. Ted Cruz", "Joseph F. Dunford")
ends no sentence, and that rule belongs in one place for every rule that counts sentences.
"""

from __future__ import annotations

import re

from tidings.analyze.names import NAME_ABBREVIATIONS, TITLE_WORDS, gender_of
from tidings.analyze.naming import GENDER_HONORIFICS
from tidings.wordlists import word_list

#: Capitalised words that open a sentence without being part of its subject's title ("While
#: Obama had ...", "The Cruz campaign ...").
_NOT_TITLES = set(
    word_list(
        """
the a an this that these those his her their its while when after before as if although though
because since in on at for with by from to of during despite unlike like until unless whether
"""
    )
)
SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")
#: Words that may come before a sentence's subject without being it ("But Jones said").
_OPENERS = set(word_list("but and still yet so then also however meanwhile"))


def honorific_before(text: str, at: int) -> str | None:
    """The gender an honorific right before (or opening) the name at ``at`` says."""
    words = text[max(0, at - 6) : at + 5].split()
    for w in words[:2]:
        if w.lower().rstrip(".") in GENDER_HONORIFICS:
            return gender_of(w)
    return None


def not_as_someone(text: str, start: int, end: int, opening: bool) -> bool:
    """True when the name at ``start``-``end`` does not name someone as the one a sentence is
    about: a modifier ("The Murdoch outlets"), and, opening a sentence, a possessive
    ("Trump's misinformation may be ...") or one of two ("Mr. Rubio and Mr. Cruz ...")."""
    if modifier_use(text, start, end):
        return True
    if not opening:
        return False
    possessive = text[end : end + 2] in ("'s", "’s") or text[end - 1 : end] in ("'", "’")
    return possessive or bool(_AND_NAME.match(text, end))


def modifier_use(text: str, start: int, end: int) -> bool:
    """True when a name modifies a noun after a determiner ("the Trump team", "a Clinton
    aide"): no mention of the person as someone in the story."""
    before = text[max(0, start - 5) : start].lower()
    return before.endswith(("the ", "a ", "an ")) and bool(_LOWER_WORD.match(text, end))


_LOWER_WORD = re.compile(r" [a-z]")


#: A second name joined to the one before: " and Mr. Cruz", " and Sanders".
_AND_NAME = re.compile(r",? (?:and|or) [A-Z]")


def sentence_start(text: str, start: int, at: int) -> int:
    """Where the sentence holding ``at`` starts, in the paragraph starting at ``start`` (a
    full stop after a title or an initial ends none: 'Sen. Ted Cruz', 'Joseph F. Dunford')."""
    before = text[start:at]
    cut = -1
    for end in SENTENCE_END.finditer(before):
        word = before[: end.start()].split()[-1:] or [""]
        if len(word[0]) > 1 and word[0].lower() + "." not in TITLE_WORDS | NAME_ABBREVIATIONS:
            cut = end.end() - 1
    return start + cut + 1


def opens_sentence(text: str, start: int, at: int) -> bool:
    """True when the name at ``at`` opens a sentence of the paragraph starting at ``start``,
    after at most an opening conjunction and title words ('Former Republican presidential
    candidate Jeb Bush broke down ...', 'But Jones disagreed.')."""
    before = text[sentence_start(text, start, at) : at]
    if _RELATION_OPENING.fullmatch(before):
        return True  # "Lund's wife, Tara, posted ...", "His sister, Megan Lund, said ..."
    words = before.replace(",", " ").split()
    while words and words[0].lower() in _OPENERS:
        words = words[1:]
    return all(
        w.lower() in TITLE_WORDS or (w[:1].isupper() and w.lower() not in _NOT_TITLES)
        for w in words
    )


#: Who the named person is to someone, set off before the name that opens the sentence: a
#: possessive and a noun or two ("Lund's wife, ", "His sister, ", "The family's lawyer, ").
_RELATION_OPENING = re.compile(
    r"(?:(?:His|Her|Their|Its)|The\s+[a-z]+['’]s|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*['’]s?)"
    r"\s+[a-z]+(?:\s+[a-z]+)?,\s+"
)

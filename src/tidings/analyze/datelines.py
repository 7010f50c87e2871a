"""Datelines: the place (and agency, and date) in capitals that opens a story's first paragraph.

"TEHRAN (Reuters) - ", "WASHINGTON -- ", "LONDON, March 3 (AP) -" are the writer's, never part
of what a speaker said nor of who the speaker is: reported contents (``content.trim``) and
speaker mentions (``mentions.read_mention``) that open a paragraph start after one. (The
parser's own reading of a dateline as the subject is ``subjects._past_dateline``; the place of a
dateline as an entity is ``entityspans.dateline_place``.)
"""

from __future__ import annotations

from spacy.tokens import Doc

from tidings.wordlists import MONTHS, word_list

#: Month names and their abbreviations a dateline may carry ("LONDON, March 3 (AP) -",
#: "PARIS, Sept. 4 -").
_MONTHS = frozenset(
    (
        *MONTHS,
        *word_list(
            """
jan jan. feb feb. mar mar. apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov
nov. dec dec.
"""
        ),
    )
)
#: Dashes that end a dateline ("TEHRAN (Reuters) - ", "WASHINGTON -- ").
_DATELINE_DASHES = frozenset(("-", "--", "—", "–"))


def past_dateline(doc: Doc, lo: int, hi: int) -> int:
    """Where words opening a paragraph start after its dateline: in 'TEHRAN (Reuters) - Iran
    will resume talks ..., its foreign ministry said' the place and the agency are the
    writer's, not the ministry's words, and in 'DALLAS — Executives at Sunward Airlines have
    told pilots ...' the speaker is the executives, not "DALLAS — Executives ...". A dateline
    is capitals (a place, an agency in brackets, perhaps a date) up to a dash, within the first
    few words."""
    if lo != 0:
        return lo
    for i in range(lo, min(hi, lo + 10)):
        tok = doc[i]
        if tok.text in _DATELINE_DASHES and doc[i - 1].whitespace_:  # not "AFL-CIO"
            # the story's first sentence opens after the dash: 'NATO - and only NATO - can'
            # is the speaker's own aside
            opens = i + 1 < hi and doc[i + 1].text[:1].isupper()
            return i + 1 if i > lo and opens else lo
        if not (
            tok.is_punct
            or tok.is_space
            or tok.text.isupper()
            or tok.like_num
            or tok.lower_ in _MONTHS
            or _bracketed(doc, i)
        ):
            return lo
    return lo


def _bracketed(doc: Doc, i: int) -> bool:
    """A word inside brackets: the agency of a dateline ("(Reuters)", "(AP)")."""
    return i > 0 and doc[i - 1].text == "(" and i + 1 < len(doc) and doc[i + 1].text == ")"

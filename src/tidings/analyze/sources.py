"""Sources: which word can be the one who holds a view or says something.

requires: a Token with its part of speech and entity type (the subject a cue's parse gives).
assigns: nothing; :func:`source_like` answers for the cues that need a source able to hold a
view: a stance adjective ('Republicans have been critical of ...',
:mod:`tidings.analyze.nonverbcues`), a wish, an act verb, a clause that introduces a quote
(:mod:`tidings.analyze.attributions`).

A module of its own because both kinds of cue ask it, and what counts as a source (a person,
an organisation, a group, a document, a pronoun for one) is one rule, read from the lexicons
of :mod:`tidings.analyze.naming`, :mod:`tidings.analyze.names` and
:mod:`tidings.analyze.cues`.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from tidings.analyze.cues import DOCUMENT_NOUNS, GROUP_NOUNS
from tidings.analyze.names import TITLE_WORDS
from tidings.analyze.naming import ORG_NOUNS, PERSON_NOUNS, SOURCE_NOUNS
from tidings.wordlists import MONTHS, WEEKDAYS

#: Pronouns for a person or a group, and the relative pronouns that stand for one as a subject
#: ("the senator, who said ...").
_SOURCE_PRONOUNS = {"he", "she", "they", "we", "i", "you", "who", "which"}


def source_like(tok: Token) -> bool:
    """Can this subject be a source: a person, an organisation, a pronoun for one?"""
    if tok.lower_ in _SOURCE_PRONOUNS or tok.pos_ == "PROPN":
        return True
    if tok.like_num or tok.pos_ == "NUM":  # a share of those asked: '6 in 10 white men supported'
        return True
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    if any(_names_source(w) for w in _singulars(tok.lower_)):
        return True
    # "Her rival, Leon Cole, disagreed:": a noun of no list, named by its appositive
    return any(
        c.dep_ == "appos" and (c.pos_ == "PROPN" or c.ent_type_ in ("PERSON", "ORG"))
        for c in tok.children
    )


def person_like(tok: Token) -> bool:
    """True for a noun for a person ("doctor", "teachers", "the voter"; the lexicon of
    :data:`~tidings.analyze.naming.PERSON_NOUNS`). Wider than :func:`source_like`'s nouns,
    which are the ones news writing makes sources of on their own; a person noun is a source
    where the words it said are quoted (see attributions' act verbs)."""
    return any(w in PERSON_NOUNS for w in _singulars(tok.lower_))


#: Nouns of time that head a "by" phrase of time: "by the end of the year", "by then".
_TIME_NOUNS = frozenset(
    {"time", "end", "then", "now", "today", "tomorrow", "tonight", "noon", "midnight",
     "morning", "afternoon", "evening", "night", "weekend", "day", "week", "month", "year",
     "decade", "century", "spring", "summer", "autumn", "fall", "winter", "deadline",
     *MONTHS, *WEEKDAYS}
)  # fmt: skip
#: A year or a decade: "1939", "2020", "the 1970s", "the '80s".
_YEARS = re.compile(r"(?:1[5-9]|20)\d\d(?:s|’s|'s)?|[’']\d0s|\d0s")


def time_like(tok: Token) -> bool:
    """True for the head of a phrase of time ("the 1970s", "the end of the year", "Monday").

    After a passive cue, "by" such a phrase is a deadline, not the agent: in "the grape was
    declared extinct by the 1970s" nobody called "the 1970s" declared anything.
    """
    return (
        tok.ent_type_ in ("DATE", "TIME")
        or tok.lower_ in _TIME_NOUNS
        or _YEARS.fullmatch(tok.text) is not None
    )


def _names_source(low: str) -> bool:
    """True for a noun of the lexicons of sources, organisations, titles, groups, documents."""
    return (
        low in SOURCE_NOUNS
        or low in ORG_NOUNS
        or low in TITLE_WORDS
        or low in GROUP_NOUNS
        or low in DOCUMENT_NOUNS
    )


def _singulars(low: str) -> tuple[str, ...]:
    """The word and, for a plural, its singular candidates ("senators" -> "senator",
    "secretaries" -> "secretary", "campaigns" -> "campaign"): the lexicons list most nouns of
    sources once, in the singular."""
    if len(low) < 4 or not low.endswith("s") or low.endswith("ss"):
        return (low,)
    if low.endswith("ies"):
        return low, low[:-3] + "y"
    return low, low[:-1]


def source_preposition(tok: Token) -> Token | None:
    """The preposition whose object is the source of a clause, for ``tok`` opening the phrase:
    "to" after "according", or "per" itself ('Unemployment fell last month, per the Labor
    Department', 'Per the health department, admissions rose'), which news writing uses as
    "according to". None otherwise.

    "per" is a source only where "according to" would stand: set off at the clause's edge (at
    the sentence's start or after a comma, dash or bracket, not after "as": 'as per the
    contract' says what was agreed, not who said it), its object a source (:func:`source_like`)
    and no number, measure or time: '$4 per gallon', 'per capita', '12 per cent', 'per year'
    are rates. A record of counts the lexicons of documents do not list ('per FiveThirtyEight's
    endorsement tracker', 'per a list compiled by ...') is a source here as well
    (:data:`_RECORD_NOUNS`)."""
    doc = tok.doc
    if tok.lower_ == "according":
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        return nxt if nxt is not None and nxt.lower_ == "to" else None
    if tok.lower_ != "per" or tok.dep_ != "prep":
        return None
    before = doc[tok.i - 1] if tok.i > tok.sent.start else None
    if before is not None and before.text not in (",", "(", "—", "–", "-", ";"):
        return None
    obj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if obj is None or obj.like_num or obj.pos_ == "NUM" or time_like(obj):
        return None
    return tok if source_like(obj) or obj.lower_ in _RECORD_NOUNS else None


#: Records of counts that news writing cites "per" or "according to" ('per the campaign's
#: tracker', 'per a list kept by the party'), beside the documents of
#: :data:`tidings.analyze.cues.DOCUMENT_NOUNS` (a poll, a count, a tally, the data).
_RECORD_NOUNS = frozenset(
    (
        "tracker",
        "list",
        "lists",
        "database",
        "forecast",
        "forecasts",
        "model",
        "ranking",
        "rankings",
    )
)

"""What a speaker's words say by themselves: the pronoun and noun lists, and string tests on names.

requires: plain strings (a name, a description, a head noun) and an entity's label. assigns:
nothing; every function here is pure and needs no parse and no article.

Holds the words that sort a speaker mention (pronouns by gender and number, nouns of
organisations, media, unnamed sources and people), the entity labels that name a speaker or a
place, and the small tests on a name that reading a mention (:mod:`tidings.analyze.mentions`)
and resolving it (:mod:`tidings.analyze.speakers`) both use: :func:`tidy_name`,
:func:`names_only`, :func:`person_shaped`, :func:`looks_personal`, :func:`noun_fits`,
:func:`self_named`, :func:`holds_title`.

Separate because these rules are about words, not about where they stand in an article: one
place for each list, used by the mention reader, the resolution rules and the quote finders
(attributions, subjects, content) alike, without a parse or a
:class:`~tidings.analyze.speakers.SpeakerBook`.
"""

from __future__ import annotations

import re

from tidings.analyze.entities import is_acronym_of
from tidings.analyze.names import NAME_ABBREVIATIONS, TITLE_WORDS
from tidings.analyze.titles import leading_titles
from tidings.givennames import opens_with_given_name
from tidings.model import Entity, Speaker
from tidings.wordlists import word_list

PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
PLURAL_PRONOUNS = {"they", "them", "their", "we", "us", "our"}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "who"}
#: Pronouns that name nobody in particular: "Someone said ...", "Everyone agrees ...", "Nobody
#: said ..." are anonymous sources, resolved to no antecedent (PolNeAR annotates the negated
#: ones as attributions too, so "Nobody said ..." is kept as one).
INDEFINITE_PRONOUNS = {
    "someone",
    "somebody",
    "everyone",
    "everybody",
    "anyone",
    "anybody",
    "nobody",
}

#: Head nouns of a definite nominal for a business ("the chip designer", "The electric-car
#: maker", "the lender"): like "the company", the company in focus. The person-like ones
#: (:data:`PERSONLIKE_BUSINESS_NOUNS`: "the fashion designer" is a person) only go to a company
#: that opened the sentence or was quoted before.
BUSINESS_NOUNS = set(
    word_list(
        """
maker carmaker automaker chipmaker drugmaker designer developer retailer lender insurer
airline carrier manufacturer producer operator miner brewer supplier conglomerate startup
start-up giant utility
"""
    )
)
PERSONLIKE_BUSINESS_NOUNS = set(word_list("designer developer producer operator supplier"))

#: Nouns that name an organisation; with "the" they point back to the last one named.
ORG_NOUNS = set(
    word_list(
        """
group company firm party ministry government agency campaign organization organisation newspaper
daily paper network committee council court department office bank union coalition
administration kremlin regime army military militia movement alliance channel broadcaster outlet
magazine station institute university foundation commission board team club league association
authority regulator watchdog charity
"""
    )
)
#: Organisation nouns that name a medium: "the Izvestia daily" is Izvestia itself.
MEDIA_NOUNS = set(
    [
        "daily",
        "newspaper",
        "paper",
        "agency",
        "radio",
        "channel",
        "broadcaster",
        "network",
        "magazine",
        "station",
        "outlet",
        "weekly",
        "tabloid",
        "website",
        "site",
        "network",
        "broadcaster",
    ]
)
#: Nouns that signal an unnamed source when no name comes with them.
SOURCE_NOUNS = set(
    word_list(
        """
source sources official officials aide aides spokesman spokeswoman spokesperson person people
diplomat diplomats commander commanders officer officers insider insiders analyst analysts
expert experts witness witnesses resident residents observer observers member members lawmaker
lawmakers adviser advisers advisor advisors staffer staffers activist activists
"""
    )
)
#: Head nouns of unnamed sources that are people (so "he" or "she" can refer to them). Kin
#: words other than parent, child and spouse stay out: "his brother Alan Reed ... his brother
#: added. '"...," he said'" is Alan Reed, whom "he" finds past an anonymous "his brother".
PERSON_NOUNS = (
    SOURCE_NOUNS
    | TITLE_WORDS
    | set(
        word_list(
            """
man woman boy girl resident father mother husband wife son daughter doctor nurse teacher
student worker farmer soldier fighter official commander voter supporter protester
neighbour neighbor friend colleague passenger driver survivor victim villager relative parent
patient
auditor accountant engineer scientist pastor priest firefighter employee pilot juror
prosecutor investigator journalist historian organizer organiser volunteer veteran retiree
physician surgeon pharmacist therapist psychologist psychiatrist lobbyist banker entrepreneur
chef artist singer actor actress athlete clerk treasurer comptroller negotiator mediator envoy
shopkeeper tenant landlord homeowner teenager refugee migrant immigrant defendant plaintiff
suspect inmate prisoner
"""
        )
    )
)

#: Entity labels that can name a speaker.
NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}

#: Entity labels of places and peoples: a speaker tagged so is no person however it is named.
PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC"}

#: Honorifics that say a gender ("Mr.", "Mrs.", "Ms.", "Miss").
GENDER_HONORIFICS = {"mr", "mrs", "ms", "miss", "mme", "mlle"}

#: What a person writes and then speaks through: "the letter said" is its writer's words.
WRITTEN_NOUNS = set(word_list("letter statement email e-mail memo note"))


def names_only(description: str, name: str) -> bool:
    """True when a "description" is only words of the speaker's name: "Siddiqui" for Omar
    Siddiqui, read as a phrase because the tagger took the surname for a plural noun."""
    words = set(name.lower().split())
    return bool(words) and set(description.lower().split()) <= words


#: Offices one person holds, which "the president", "the governor" name later.
_OFFICES = frozenset(
    word_list(
        """
president vice-president minister secretary senator governor mayor chancellor premier chairman
chairwoman chair director commissioner ambassador king queen pope leader speaker
"""
    )
)


def holds_title(speaker: Speaker, head: str) -> bool:
    """True when the person's description is the office alone, with only title words before
    it ("President", "U.S. President", "the Russian president"), not an office of some named
    body ("Fed President", "president of the Fed")."""
    if head not in _OFFICES or speaker.type != "person":
        return False
    for description in speaker.descriptions:
        words = description.lower().replace(",", " ").split()
        if (
            words
            and words[-1] == head
            and all(w in TITLE_WORDS or w in ("the", "a", "an") for w in words[:-1])
        ):
            return True
    return False


def has_acronym(ent: Entity) -> bool:
    """True for an organisation named in full that the article also calls by its initials."""
    return ent.label == "ORG" and any(is_acronym_of(m.text, ent.name) for m in ent.mentions)


def person_shaped(name: str) -> bool:
    """Two or three capitalised words, none an organisation's word: "Eswar Prasad", not
    "Cornell University", "Justice Department" or "NBC"."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
        and not any(w.lower() in ORG_NOUNS | _ORG_NAME_WORDS for w in words)
        and not _GOVERNMENT_NAME.search(name)
    )


#: Words that make a two-word name an organisation's or an outlet's ("Fox News", "Blackstone
#: Capital"), so no "he" goes to it.
_ORG_NAME_WORDS = set(
    word_list(
        """
news times post journal press media herald tribune telegraph guardian observer review today
weekly daily radio television tv capital partners holdings group airlines airways motors energy
health systems technologies labs studios records books games foods bank fund trust watch
international global national federal county city state college school hospital church
"""
    )
)


def name_extends(longer: str, shorter: str) -> bool:
    """True when every word of ``shorter`` is in ``longer`` ("Sarah Lain" extends "Lain")."""
    return set(shorter.lower().split()) <= set(longer.lower().split())


#: Nouns for a state's government, and for a business: "the government" may be a country or a
#: city quoted before, or a name with an executive's word (not a legislature: "the
#: administration" is not Congress); "the company" never a place.
_GOVERNMENT_HEADS = {"government", "administration", "ministry", "regime", "department"}
_BUSINESS_HEADS = {"company", "firm", "bank", "business", "corporation"} | BUSINESS_NOUNS
_GOVERNMENT_NAME = re.compile(
    r"\b(?:Government|Ministry|Department|Administration|Kremlin|Pentagon|White House|Office"
    r"|Agency|Commission|Authority|Cabinet|State)\b"
)


#: Words that end or open the name of a public body, which no "company" or "firm" refers to
#: ("United Nations General Assembly", "the Senate", "Labour Party"); "the government" may
#: still be one of the bodies of ``_GOVERNMENT_NAME``.
_PUBLIC_BODY_NAME = re.compile(
    r"\b(?:Assembly|Council|Parliament|Congress|Senate|Nations|Committee|Court|Party|Army|Navy"
    r"|Police)\b"
)


def business_head(head: str) -> bool:
    """True for a nominal's head noun that names a business ("company", "chip designer")."""
    return head in _BUSINESS_HEADS


#: Last words of the names of places that are institutions ("Pine Hollow High School") or
#: buildings ("the Indiana Statehouse", "Wembley Arena"): such a name is "the school", "the
#: statehouse", not "the agency" or "the company".
_INSTITUTION_WORDS = frozenset(
    word_list(
        "school university college hospital church court museum library airport stadium"
        " statehouse capitol courthouse arena"
    )
)


def noun_fits(head: str, name: str, label: str) -> bool:
    """True when a definite nominal with this head noun can name the organisation ``name``."""
    last = name.split()[-1].lower() if name.split() else ""
    if last in _INSTITUTION_WORDS and head != last and head not in _INSTITUTION_WORDS:
        return False  # "A spokesperson for the agency" is not Pine Hollow High School's
    if head in _GOVERNMENT_HEADS:
        return label == "GPE" or bool(_GOVERNMENT_NAME.search(name))
    if head in _BUSINESS_HEADS:
        return (
            label not in PLACE_LABELS
            and not _GOVERNMENT_NAME.search(name)
            and not _PUBLIC_BODY_NAME.search(name)
        )
    return True


def self_named(description: str) -> bool:
    """A nominal whose modifiers name whose it is ("the Jordanian government", "the French
    foreign ministry", "the Facebook-owned company") refers to that, not to the organisation
    quoted last."""
    words = description.split()[1:-1]
    return any(w[:1].isupper() for w in words)


def looks_personal(name: str) -> bool:
    """Two or three capitalised words opening with a listed given name ("Karen Holt")."""
    words = name.split()
    return all(w[:1].isupper() for w in words) and opens_with_given_name(words)


def tidy_name(name: str) -> str:
    """A name without the punctuation a line put around it: the dash of a sign-off
    ('― Jacklyn Ashley') and the full stop of the sentence it ended ('Carla Sanchez.'), not
    an abbreviation's ('Martin Luther King Jr.') or an initial's ('Harry S.')."""
    name = name.strip(" \u00a0,;:-—–―")
    words = name.split()
    if words and name.endswith(".") and len(words[-1]) > 2:
        last = words[-1].lower()
        if last not in NAME_ABBREVIATIONS | TITLE_WORDS and "." not in last[:-1]:
            name = name[:-1]
    return name


def strip_title_words(name: str) -> str:
    """The name without the title words before it ("Sen. Elizabeth Warren" is Elizabeth
    Warren), but a title that goes with one name stays ("Pope Leo"): the string face of
    :func:`~tidings.analyze.titles.leading_titles`, the one rule for titles."""
    words = name.split()
    return " ".join(words[leading_titles(words) :])

"""One type for one name within an article, from what the article says about it.

requires: the tagger's mentions of an article (label, text, span), their spans cleaned by
:mod:`tidings.analyze.entityspans`.
assigns: a label to each mention (:func:`type_by_context`); the context tests
(:func:`org_context`, :func:`the_before`, :func:`names_a_body`) also serve the speaker links in
:mod:`tidings.analyze.entities`.

Separate from the merging because it reads the words around each mention (appositions,
"the NAME", "shares of", ", who"), not the names against each other.
"""

from __future__ import annotations

import re
from collections import Counter

from tidings.analyze.entitynames import (
    COURTESY_TITLE,
    given_names_of_one,
    name_words,
    norm_name,
    person_name_words,
)
from tidings.analyze.names import COMPANY_SUFFIXES, ORG_HEADS, named_for_founder
from tidings.analyze.repeats import SUFFIX_AFTER, WHOLE_END, begins_sentence
from tidings.givennames import is_given_name, opens_with_given_name
from tidings.model import Span

#: Right after a name, what says a company's name and not a person's: a relative "which"
#: ("Rio Tinto, which plans to build the mine"), a company's parts ("Lumen's shares"), an
#: apposition that calls it a company ("Medlyft, the start-up").
_ORG_AFTER = re.compile(
    r"['’]s[ \t]+(?:shares|stock|board|founder|chief[ \t]+executive|CEO|headquarters"
    r"|employees|staff|customers|investors|shareholders|revenue|profits?|sales)\b"
    r"|,[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+)?(?:company|firm|start-?up|maker|bank|insurer"
    r"|retailer|carrier|manufacturer|conglomerate|platform|group|organi[sz]ation|charity|club"
    r"|agency|union|broadcaster|newspaper|website|consortium|foundation|association)\b"
    r"(?![ \t-]+(?:leader|member|head|chief|captain|manager|director|founder|spokes\w+"
    r"|official|executive|owner|coach|player)s?\b)"
)


#: Right before a name, a preposition of place that no person's name follows: "in the hills
#: above Marbella", "a village near Tarnby" ("in" is not one: "confidence in Trump").
_PLACE_BEFORE = re.compile(
    r"\b(?:near|outside|above|below|across|around|throughout|(?:north|south|east|west)[ \t]+of)"
    r"[ \t]+$"
)


#: Right after a name, an apposition that calls it a place: "Addison, a village southwest of
#: Ithaca", "Marbella, the Spanish resort town".
_PLACE_AFTER = re.compile(
    r",[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:village|town|city|suburb|county"
    r"|province|region|district|country|island|port|neighbou?rhood|municipality|borough"
    r"|hamlet|capital)\b"
    r"(?![ \t-]+(?:council\w*|official|mayor|resident|clerk|hall|planner|manager|leader"
    r"|police|officer|hospital|school|centre|center)s?\b)"
)


#: Right before a name, what says a company's: "its App Store", "shares of Lumen", "the
#: founder and former chief executive of Medlyft".
_ORG_BEFORE = re.compile(
    r"\b(?:its|(?:shares|stock|founder|executive|employees|chairman|chairwoman|investors"
    r"|shareholders|customers|analysts?|economists?|strategists?)[ \t]+(?:of|in|at))[ \t]+$",
    re.IGNORECASE,
)


#: The letters :data:`_ORG_BEFORE`'s words end in ("its", "of", "in", "at"), in either case
#: as its IGNORECASE matches them (the long s "ſ" for s too).
_ORG_BEFORE_LAST = frozenset("sSſfFnNtT")


def _org_before(text: str, at: int) -> bool:
    """True when :data:`_ORG_BEFORE` ends right before ``at`` (within 40 characters). It
    ends in one of four words and spaces, so the letter before the spaces is looked at first:
    most names have another, and the search at each of the 40 places is skipped."""
    k = at - 1 if at > 0 and text[at - 1] == "\n" else at  # "$" also matches before a last "\n"
    if k <= 0 or text[k - 1] not in " \t":
        return False
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    if k == 0 or text[k - 1] not in _ORG_BEFORE_LAST:
        return False
    return _ORG_BEFORE.search(text, max(0, at - 40), at) is not None


#: Right after a name, what says a person's: "Kale, who".
_PERSON_AFTER = re.compile(r",\s+who\b")  # \s: a no-break space too ("Rihanna,\xa0who")


#: A courtesy title right before a name.
_TITLE_BEFORE = re.compile(r"\b" + COURTESY_TITLE + "$")


#: A relative "which" after a name: the name's own when the name opens the sentence ("Rio
#: Tinto, which plans ..."); elsewhere it may be the clause's ("he assaulted Ivana Trump,
#: which he has denied").
_WHICH_AFTER = re.compile(r",?[ \t]+which\b")


def org_context(text: str, span: Span) -> bool:
    """True if the words around a mention say it names a company (``_ORG_BEFORE/_AFTER``)."""
    return bool(
        _ORG_AFTER.match(text, span.end)
        or _org_before(text, span.start)
        or (_WHICH_AFTER.match(text, span.end) and begins_sentence(text, span.start))
    )


def type_by_context(
    text: str, mentions: list[tuple[str, str, Span]]
) -> list[tuple[str, str, Span]]:
    """One type for one name within an article, from what the article says about it.

    The small tagger types a name from its own few words, so one company can be an
    organisation in one sentence and a person in the next ("the chief executive of Medlyft",
    "Investors were told Medlyft had contracts"), and unfamiliar company names that open with
    no given name come out as people ("Rio Tinto, which plans ..."). A person-tagged mention
    whose first word is no given name is an organisation when its context or its last word
    says company (``_ORG_AFTER``, ``_ORG_BEFORE``, ``COMPANY_SUFFIXES``), or when an untagged
    occurrence of it does ("Shares of Lumen fell"). A name tagged both ways then takes one
    type where the article says which: company if a context says so and no given name opens
    it; person if a given name opens it, a courtesy title precedes it ("Ms. Haley") or
    ", who" follows it. A given name tagged as an organisation alone ("Dale") is a person
    when a person's full name in the article opens with it ("Dale Johnson"). A name an
    apposition calls a place ("Addison, a village southwest of Ithaca") is a place. A name
    tagged a person as often as a place, with nothing saying person, is an organisation
    (``_person_or_place``); a person-tagged name written "the NAME" is one too
    (``the_before``). With no such evidence the tagger's labels stand: other rules
    (``merge_mentions``) weigh them."""
    org_said: set[str] = set()
    person_said: set[str] = set()
    given_named: set[str] = set()
    place_said: set[str] = set()  # "Addison, a village southwest of Ithaca"
    # given names that open the full name of one person: "Marco" then is Marco Rubio's; a
    # given name alone may be a place or a team's ("Chelsea"), and with two Dales no one's
    first_names = given_names_of_one(
        [person_name_words(norm_name(n)) for label, n, _ in mentions if label == "PERSON"]
    )
    out = []
    for label, name, span in mentions:
        if label in ("PERSON", "ORG"):
            norm = norm_name(name)
            words = name_words(norm)
            given = is_given_name(words[0]) and (len(words) > 1 or words[0] in first_names)
            company = (
                not given
                and (
                    org_context(text, span)
                    or words[-1] in COMPANY_SUFFIXES
                    or (label == "PERSON" and names_a_body(name))
                )
            ) or named_for_founder(words)
            if company:
                org_said.add(norm)
                label = "ORG" if label == "PERSON" else label
            elif not given and (
                _PLACE_AFTER.match(text, span.end)
                or _PLACE_BEFORE.search(text, max(0, span.start - 12), span.start)
            ):
                place_said.add(norm)
            if given:
                given_named.add(norm)
            if given or _person_context(text, span):
                person_said.add(norm)
        out.append((label, name, span))
    labels: dict[str, set[str]] = {}
    counts: Counter[tuple[str, str]] = Counter()
    for label, name, _ in out:
        labels.setdefault(norm_name(name), set()).add(label)
        counts[norm_name(name), label] += 1
    # a name tagged only as a person's, whose untagged occurrences say company, is one; not
    # the surname of a person named in full ("Trump"): the search costs, and it is a person
    surnames = {
        w[-1]
        for lab, n, _ in out
        if lab == "PERSON" and len(w := person_name_words(norm_name(n))) > 1
    }
    for norm, name in {norm_name(n): n for label, n, _ in out if label == "PERSON"}.items():
        known = labels[norm] != {"PERSON"} or norm in person_said or norm in surnames
        if not known and _company_elsewhere(text, name):
            org_said.add(norm)
            labels[norm].add("ORG")
    # "the Sabres in", "The United Nations and": a person's name does not take "the", where
    # the tagger tagged it or elsewhere (a name with no person evidence: the search costs)
    the_named = {norm_name(n) for lab, n, s in out if lab == "PERSON" and the_before(text, s)}
    for norm, name in {norm_name(n): n for lab, n, _ in out if lab == "PERSON"}.items():
        unknown = norm not in the_named and norm not in person_said and norm not in surnames
        if unknown and _the_named_elsewhere(text, name):
            the_named.add(norm)
    chosen = {}  # for the person and organisation labels
    unified = {}  # for those and the places'
    for norm, seen in labels.items():
        surname = norm in surnames
        person = norm in person_said or surname
        places = seen & _PLACES
        if norm in place_said and norm not in person_said and not surname:
            unified[norm] = next((lab for lab in ("GPE", "LOC") if lab in seen), "GPE")
        elif {"PERSON", "ORG"} <= seen and norm in org_said:
            chosen[norm] = "ORG"
        elif {"PERSON", "ORG"} <= seen and norm in person_said:
            chosen[norm] = "PERSON"
        elif seen == {"ORG"} and norm in first_names and norm not in org_said:
            chosen[norm] = "PERSON"  # "Dale sees it differently" after "Dale Johnson"
        elif seen == {"ORG"} and _given_and_surname(norm, given_named, out, text):
            chosen[norm] = "PERSON"  # "Grace Obi wrote to the council" tagged a company
        elif "PERSON" in seen and places and not person:
            if (one := _person_or_place(norm, seen, counts)) is not None:
                unified[norm] = one
        elif (
            "NORP" in seen
            and places
            and counts[norm, "NORP"] > sum(counts[norm, lab] for lab in places)
        ):
            unified[norm] = "NORP"  # "Ukrainian" tagged a people thrice and a place once
        elif "PERSON" in seen and norm in the_named and not (norm in given_named or surname):
            chosen[norm] = "ORG"  # over a ", who": "The Falcons, who had won five"
    return [
        (_unified_label(label, norm_name(name), chosen, unified), name, span)
        for label, name, span in out
    ]


def _given_and_surname(
    norm: str, given_named: set[str], mentions: list[tuple[str, str, Span]], text: str
) -> bool:
    """True if a name the tagger typed only as an organisation's reads as a person's: two
    words, a given name then one more ("Grace Obi", "Tariq Nwosu") that is no body's head word
    ("Hope Trust"), and never written "the NAME". The small tagger types a person as a company
    when it knows neither word well, most often a surname it has not seen, and then "she
    said" after it finds no one. The word list of given names leaves out the ones
    that open companies' names ("Morgan Stanley", "Wells Fargo"); three-word names are
    left alone ("John Lewis Partnership")."""
    words = name_words(norm)
    if norm not in given_named or len(words) != 2:
        return False
    if words[-1] in COMPANY_SUFFIXES or words[-1] in ORG_HEADS:
        return False  # "Hope Trust", "Victoria Police", "Grace Labs": a body's head word
    spans = [s for _, n, s in mentions if norm_name(n) == norm]
    return not any(the_before(text, s) for s in spans)


#: The place labels the tagger gives (a facility is a place to a reader).
_PLACES = frozenset(("GPE", "LOC", "FAC"))


def _person_or_place(norm: str, seen: set[str], counts: Counter[tuple[str, str]]) -> str | None:
    """An organisation for a name the tagger made a person in one sentence and a place in
    another as often or more, with nothing saying it is a person's (no given name opens it,
    no title, no ", who", not the surname of a person named in full): the small model swings
    between person and place on names it does not know, and in news those are mostly
    companies and clubs ("Burisma", "Ubisoft", "Manchester United"). None (the tagger's
    labels stand) when more of its mentions are places: a place once taken for a person
    ("Jordan"), or a singer the tagger took for a place ("Rihanna")."""
    places = sum(counts[norm, lab] for lab in seen & _PLACES)
    return "ORG" if counts[norm, "PERSON"] >= places else None


def _unified_label(label: str, norm: str, chosen: dict[str, str], unified: dict[str, str]) -> str:
    """A mention's label after ``type_by_context`` chose one for its name."""
    if norm in unified and (label in _PLACES or label in ("PERSON", "ORG", "NORP")):
        return unified[norm]
    if label in ("PERSON", "ORG"):
        return chosen.get(norm, label)
    return label


#: "the" right before a name.
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")


#: What follows a name that is a whole noun phrase after "the": a possessive, punctuation, or
#: a word that ends the phrase ("the Sabres in front of", "the Wild are").
_PHRASE_ENDS = re.compile(
    r"(?:['’]s?)?(?:[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:and|or|in|of|on|at|to|for|with|from|by|as"
    r"|are|were|is|was|have|has|had|will|would|could|can|said|says|say"
    r"|the|a|an|that|this|its|his|her|their)\b)"
)


def _the_named_elsewhere(text: str, name: str) -> bool:
    """True if an occurrence of ``name`` the tagger did not tag is written "the NAME" (see
    ``the_before``): "over the Sabres in front of 15,522" where the tagger tagged only
    "Sabres center Casey Mittelstadt"."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if WHOLE_END.match(text, end) and the_before(text, Span(start=at, end=end, text=name)):
            return True
        at = text.find(name, end)
    return False


def the_before(text: str, span: Span) -> bool:
    """True if the article writes the mention as a noun phrase "the NAME": "over the Sabres in
    front of 15,522", "The United Nations and European Union stressed". People's names do
    not take "the"; a name used as a modifier ("the Trump administration") is not so
    written and does not count."""
    return bool(
        _THE_BEFORE.search(text, max(0, span.start - 5), span.start)
        and _PHRASE_ENDS.match(text, span.end)
    )


def _person_context(text: str, span: Span) -> bool:
    """True if the words around a mention say it names a person: a courtesy title before it
    ("Ms. Haley"), or ", who" after it."""
    return bool(
        _PERSON_AFTER.match(text, span.end)
        or _TITLE_BEFORE.search(text, max(0, span.start - 6), span.start)
    )


def _company_elsewhere(text: str, name: str) -> bool:
    """True if an occurrence of ``name`` the tagger did not tag says it is a company's: in
    "Shares of Lumen fell" or "Lumen Labs will cut", a name tagged once, as a person, in
    "Lumen's order book"."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        span = Span(start=at, end=end, text=name)
        suffix = SUFFIX_AFTER.match(text, end)
        if WHOLE_END.match(text, end) and (
            org_context(text, span)
            or (suffix is not None and suffix.group(1).lower() in COMPANY_SUFFIXES)
        ):
            return True
        at = text.find(name, end)
    return False


def names_a_body(name: str) -> bool:
    """True if a name ends in a word for a kind of body (``ORG_HEADS``: "HM Coastguard", "the
    Gazette") and opens with no given name ("Emily Post" is a person)."""
    words = name_words(norm_name(name))
    return bool(words) and words[-1] in ORG_HEADS and not opens_with_given_name(words)

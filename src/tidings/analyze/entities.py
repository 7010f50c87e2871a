"""Named entities over the article body, merged within the article (Putin = Vladimir Putin)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from tidings.analyze.names import (
    COMPANY_SUFFIXES,
    FEMALE,
    MALE,
    NAME_ABBREVIATIONS,
    ORG_HEADS,
    PORTFOLIOS,
    TITLE_ONLY,
    TITLE_WORDS,
    gender_of,
    without_suffix,
)
from tidings.analyze.ner import entity_docs
from tidings.analyze.repeats import SUFFIX_AFTER, WHOLE_END, begins_sentence
from tidings.givennames import is_given_name, opens_with_given_name
from tidings.model import Article, Entity, Span, Speaker
from tidings.wordlists import word_list

#: spaCy labels kept as entities: people, organisations, places and nationalities/groups.
KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


def find_entities(article: Article, docs: Iterable[tuple[int, Doc]]) -> list[Entity]:
    """Entities from parsed paragraphs; ``docs`` pairs each Doc with its offset in the text."""
    mentions: list[tuple[str, str, Span]] = []
    for offset, doc in docs:
        for ent in doc.ents:
            if ent.label_ not in KEPT_LABELS:
                continue
            text = ent.text  # read once: spaCy joins the tokens again at every access
            start, end = _trim_mention(text)
            if end <= start or not _is_name(text[start:end]):
                continue
            start, label = _past_titles(text, start, end, ent.label_)
            start, label = _past_owner(text, start, end, label)
            base = offset + ent.start_char
            span = article.span(base + start, base + end)
            mentions.append((label, span.text, span))
    mentions = _past_portfolios(article.text, _split_at_owner(mentions))
    mentions = _dateline_place(article.text, mentions)
    mentions = type_by_context(article.text, _past_courtesy(_cut_headline_runs(mentions)))
    entities = merge_mentions(mentions)
    split_by_honorific(article.text, entities)
    name_in_mixed_case(article.text, entities)
    return entities


def name_in_mixed_case(text: str, entities: list[Entity]) -> None:
    """Name an entity the way the article writes it in running text, not in a dateline's
    capitals: "New York" for "NEW YORK, March 3 ..." and "New York". A name the article has
    only in capitals is put in title case when it is a place that only a dateline gives
    (each mention opens a line) and has a word of four letters or more; acronyms ("NATO",
    "UAE", "RTS") and capitals in running text stay as written."""
    for entity in entities:
        if not entity.name.isupper():
            continue
        low = entity.name.lower()
        mixed = [m.text for m in entity.mentions if m.text.lower() == low and not m.text.isupper()]
        if mixed:
            entity.name = mixed[0]
        elif (
            entity.label in ("GPE", "LOC")
            and entity.mentions
            and all(_opens_line(text, m.start) for m in entity.mentions)
            and any(len(w) >= 4 and w.isalpha() for w in entity.name.split())
        ):
            entity.name = entity.name.title()


def _opens_line(text: str, start: int) -> bool:
    """True if ``start`` opens the text or a line (where a dateline stands)."""
    return start == 0 or text[start - 1] == "\n"


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
#: Right after a name, what says a person's: "Kale, who".
_PERSON_AFTER = re.compile(r",\s+who\b")  # \s: a no-break space too ("Rihanna,\xa0who")
#: A courtesy title and the space after it ("Ms ", "Dr. "): before a name, or opening one.
_COURTESY_TITLE = r"(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+"
#: A courtesy title right before a name.
_TITLE_BEFORE = re.compile(r"\b" + _COURTESY_TITLE + "$")


#: A relative "which" after a name: the name's own when the name opens the sentence ("Rio
#: Tinto, which plans ..."); elsewhere it may be the clause's ("he assaulted Ivana Trump,
#: which he has denied").
_WHICH_AFTER = re.compile(r",?[ \t]+which\b")


def _org_context(text: str, span: Span) -> bool:
    """True if the words around a mention say it names a company (``_ORG_BEFORE/_AFTER``)."""
    return bool(
        _ORG_AFTER.match(text, span.end)
        or _ORG_BEFORE.search(text, max(0, span.start - 40), span.start)
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
    (``_the_before``). With no such evidence the tagger's labels stand: other rules
    (``merge_mentions``) weigh them."""
    org_said: set[str] = set()
    person_said: set[str] = set()
    given_named: set[str] = set()
    place_said: set[str] = set()  # "Addison, a village southwest of Ithaca"
    # given names that open a full name tagged as a person: "Marco" then is Marco Rubio's;
    # a given name alone may be a place or a team's ("Chelsea")
    first_names = {
        w[0]
        for label, n, _ in mentions
        if label == "PERSON" and opens_with_given_name(w := _words(_norm(n)))
    }
    out = []
    for label, name, span in mentions:
        if label in ("PERSON", "ORG"):
            norm = _norm(name)
            words = _words(norm)
            given = is_given_name(words[0]) and (len(words) > 1 or words[0] in first_names)
            company = not given and (
                _org_context(text, span)
                or words[-1] in COMPANY_SUFFIXES
                or (label == "PERSON" and _names_a_body(name))
            )
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
        labels.setdefault(_norm(name), set()).add(label)
        counts[_norm(name), label] += 1
    # a name tagged only as a person's, whose untagged occurrences say company, is one; not
    # the surname of a person named in full ("Trump"): the search costs, and it is a person
    surnames = {
        w[-1] for lab, n, _ in out if lab == "PERSON" and len(w := _person_words(_norm(n))) > 1
    }
    for norm, name in {_norm(n): n for label, n, _ in out if label == "PERSON"}.items():
        known = labels[norm] != {"PERSON"} or norm in person_said or norm in surnames
        if not known and _company_elsewhere(text, name):
            org_said.add(norm)
            labels[norm].add("ORG")
    # "the Sabres in", "The United Nations and": a person's name does not take "the", where
    # the tagger tagged it or elsewhere (a name with no person evidence: the search costs)
    the_named = {_norm(n) for lab, n, s in out if lab == "PERSON" and _the_before(text, s)}
    for norm, name in {_norm(n): n for lab, n, _ in out if lab == "PERSON"}.items():
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
        (_unified_label(label, _norm(name), chosen, unified), name, span)
        for label, name, span in out
    ]


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
    ``_the_before``): "over the Sabres in front of 15,522" where the tagger tagged only
    "Sabres center Casey Mittelstadt"."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if WHOLE_END.match(text, end) and _the_before(text, Span(start=at, end=end, text=name)):
            return True
        at = text.find(name, end)
    return False


def _the_before(text: str, span: Span) -> bool:
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
            _org_context(text, span)
            or (suffix is not None and suffix.group(1).lower() in COMPANY_SUFFIXES)
        ):
            return True
        at = text.find(name, end)
    return False


def _split_at_owner(mentions: list[tuple[str, str, Span]]) -> list[tuple[str, str, Span]]:
    """Split a name the tagger ran across a possessive into the owner and what it owns: in
    "Jeff Bezos’s Blue Origin" and "NASA’s Office of the Inspector General" the owner is a
    name of its own (a person, an agency) and what follows is an organisation. Only when the
    owner is named on its own elsewhere in the article (tagged alone: "NASA") or is a person's
    full name (a given name and a surname), and capitalised words follow: "McDonald's Corp",
    "Children's Hospital" and "Westminster Magistrate's Court" stay whole. The owner keeps the
    label the article gives it alone (a person for a full name it does not); what it owns
    takes the label it has alone, else organisation. A person's name after the possessive
    ("Huffington Post’s Scott Conroy") was cut off before (``_past_owner``)."""
    alone: dict[str, str] = {}
    for label, name, _ in mentions:
        alone.setdefault(name, label)
    out = []
    for label, name, span in mentions:
        cut = _POSSESSIVE.search(name)
        owner = name[: cut.start()] if cut else ""
        owned = name[cut.end() :] if cut else ""
        known = alone.get(owner) or ("PERSON" if opens_with_given_name(owner.split()) else None)
        if cut is None or known is None or not owned[:1].isupper():
            out.append((label, name, span))
            continue
        end = span.start + len(owner)
        out.append((known, owner, Span(start=span.start, end=end, text=owner)))
        start = span.start + cut.end()
        owned_label = alone.get(owned, "ORG")
        out.append((owned_label, owned, Span(start=start, end=span.end, text=owned)))
    return out


#: A capitalised title right after a portfolio ("Energy Secretary Rick Perry").
_TITLE_AFTER = re.compile(
    r"[ \t]+(?:Secretary|Minister|Adviser|Advisor|Director|Spokesman|Spokeswoman"
    r"|Spokesperson|Commissioner)\b"
)
#: A title and "of" or "for" right before a portfolio ("Secretary of State").
_TITLE_BEFORE_PORTFOLIO = re.compile(r"\b(?:Secretary|Minister)[ \t]+(?:of|for)[ \t]+$")


def _past_portfolios(
    text: str, mentions: list[tuple[str, str, Span]]
) -> list[tuple[str, str, Span]]:
    """Drop the portfolio words of a title that the tagger took for an organisation: "Energy"
    of "Energy Secretary Rick Perry", "National Security" of "National Security Adviser John
    Bolton", "State" of "Secretary of State Mike Pompeo". A place's acronym before them stays,
    with the label the article gives it alone ("UK" of "UK Home Secretary"). Only words of a
    portfolio (``PORTFOLIOS``) right before a capitalised title or after "Secretary of":
    "NASA Administrator" and "Pentagon spokesman" keep their organisation."""
    alone: dict[str, str] = {}
    for label, name, _ in mentions:
        alone.setdefault(name, label)
    out = []
    for label, name, span in mentions:
        words = name.split()
        lead = 1 if len(words) > 1 and _acronym_letters(words[0]) else 0
        portfolio = label == "ORG" and all(w.lower() in PORTFOLIOS for w in words[lead:])
        titled = portfolio and bool(
            _TITLE_AFTER.match(text, span.end)
            or (
                not lead
                and _TITLE_BEFORE_PORTFOLIO.search(text, max(0, span.start - 20), span.start)
            )
        )
        if not titled:
            out.append((label, name, span))
        elif lead:
            head = words[0]
            cut = Span(start=span.start, end=span.start + len(head), text=head)
            out.append((alone.get(head, label), head, cut))
    return out


#: A dateline opening the text: a place in capitals, maybe its state or country, maybe the
#: agency in brackets and a date, then a dash: "BUFFALO, N.Y. —", "MADRID —", "TEHRAN
#: (Reuters) -", "LONDON, March 3 (AP) --".
_DATELINE = re.compile(
    r"([A-Z][A-Z'’.-]+(?:[ \t]+[A-Z][A-Z'’.-]+){0,3})"
    r"(?:,[ \t]+[A-Z][\w.]*(?:[ \t]+[\w.]+){0,2})?"
    r"(?:[ \t]*\([^)\n]{1,30}\))?[ \t]*(?:--|[-—–])[ \t]"
)


def _dateline_place(
    text: str, mentions: list[tuple[str, str, Span]]
) -> list[tuple[str, str, Span]]:
    """The place of a dateline as a place: "MADRID" of "MADRID — Rafael Nadal kept ..." and
    "BUFFALO" of "BUFFALO, N.Y. —", which the tagger misses or takes for a people or an
    organisation (capitals out of running text). The dateline opens the text or the paragraph
    after the first (a headline may come first). A tagged mention there is replaced; three
    letters or fewer are left alone (an agency: "AP —"), as are labels ("BREAKING —")."""
    second = re.search(r"\n\s*", text)
    for at in (0, second.end() if second else -1):
        found = _DATELINE.match(text, at) if at >= 0 else None
        if found is None or sum(ch.isalpha() for ch in found.group(1)) < 4:
            continue
        if any(w.strip(".,") in _NOT_DATELINES for w in found.group(1).split()):
            continue
        start, end = found.span(1)
        place = Span(start=start, end=end, text=text[start:end])
        kept = [m for m in mentions if m[2].end <= start or m[2].start >= end]
        return [("GPE", place.text, place), *kept]
    return mentions


#: Capitals before a dash that label a story, not a place.
_NOT_DATELINES = frozenset(
    word_list(
        """
BREAKING UPDATE UPDATED EXCLUSIVE WATCH OPINION ANALYSIS EDITORIAL LIVE REVIEW NEWS
CORRECTION COMMENTARY PHOTOS VIDEO INTERVIEW
"""
    )
)


#: Small words a headline capitalises and a name does not ("Heroin Crisis In", "Accused Of").
_HEADLINE_WORDS = frozenset(
    word_list("Of In On To At Up For With From By As Over Into After About Is Are Was Just")
)


def _cut_headline_runs(mentions: list[tuple[str, str, Span]]) -> list[tuple[str, str, Span]]:
    """Cut a name the tagger ran on into a headline back to the name the article tags on its
    own elsewhere: "Chris Christie Address Heroin Crisis In" is Chris Christie, "FDIC Accused
    Of Covering Up China" is the FDIC (a run holding a small word that headlines capitalise
    and names never do); a subhead in capitals, "KAZAKHSTAN WINS AGAIN", is Kazakhstan (a
    run in capitals whose first words the article names in running text). A subhead's verb
    before a name is cut too: "Questioning Vindman" is Vindman (a first word in -ing before
    a name the article tags alone as a person)."""
    alone: dict[str, str] = {}  # each text's label where the article first tags it
    for label, text, _ in mentions:
        alone.setdefault(text, label)
    by_lower = {t.lower(): (lab, t) for t, lab in alone.items() if not t.isupper()}
    surnames = {t.split()[-1] for t, lab in alone.items() if lab == "PERSON" and " " in t}
    out = []
    for label, text, span in mentions:
        words = text.split()
        capitals = text.isupper() and len(words) >= 2
        if capitals or (len(words) >= 3 and any(w in _HEADLINE_WORDS for w in words[1:])):
            for k in range(len(words) - 1, 0, -1):
                head = " ".join(words[:k])
                known = alone.get(head) or (
                    by_lower.get(head.lower(), (None,))[0] if capitals else None
                )
                if known is not None and text.startswith(head):
                    end = span.start + len(head)
                    span = Span(start=span.start, end=end, text=head)
                    label, text = known, head
                    break
        elif len(words) >= 2 and words[0].endswith("ing") and words[0][:1].isupper():
            rest = text[len(words[0]) :].lstrip()
            if alone.get(rest) == "PERSON" or rest in surnames:
                start = span.end - len(rest)
                span = Span(start=start, end=span.end, text=rest)
                label, text = "PERSON", rest
        out.append((label, text, span))
    return out


#: A courtesy title right before a surname, and the gender it says.
_HONORIFIC_BEFORE = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?[ \t]+$")
_HONORIFIC_GENDER = {"Mr": "male", "Mrs": "female", "Ms": "female", "Miss": "female"}


def split_by_honorific(text: str, entities: list[Entity]) -> None:
    """Move a surname the honorific before it gives to the other gender out of a person
    named in full: "Mr. Obama" in an article that names Michelle Obama is not her. It goes to
    the namesake of that gender named in full, or to a person named by the surname alone."""
    people = [e for e in entities if e.label == "PERSON" and len(e.name.split()) > 1]
    for entity in people:
        gender = gender_of(entity.name)
        if gender is None:
            continue
        surname = entity.name.split()[-1]
        moved = []
        for m in entity.mentions:
            before = _HONORIFIC_BEFORE.search(text, max(0, m.start - 6), m.start)
            said = _HONORIFIC_GENDER[before.group(1)] if before else None
            if m.text == surname and said is not None and said != gender:
                moved.append((m, said))
        for m, said in moved:
            entity.mentions.remove(m)
            namesake = next(
                (
                    e
                    for e in entities
                    if e.label == "PERSON"
                    and e.name.split()[-1] == surname
                    and (e.name == surname or gender_of(e.name) == said)
                ),
                None,
            )
            if namesake is None:
                namesake = Entity(id=f"e{len(entities)}", name=surname, label="PERSON")
                entities.append(namesake)
            namesake.mentions.append(m)
            namesake.mentions.sort(key=lambda x: x.start)


#: Numbers the tagger ran into a name: a match score ("Millbrook United 2-1"), a year after a
#: possessive ("Trump's 1995" of "Trump's 1995 tax return"), a share ("Patriot 13 percent").
_TRAILING_SCORE = re.compile(
    r"\s+\d+\s*[-–]\s*\d+$|['’]s\s+\d[\d,.]*$|\s+\d[\d,.]*\s*(?:%|percent|per cent)$"
)


#: Lower-case words the tagger ran on after a name, words that cannot end one: "to The
#: Associated Press that Carlineo". Not nouns: "Parish council", "Interior ministry" stay.
_LOWER_WORDS_AFTER = re.compile(
    r"(?:[ \t]+(?:that|who|which|whose|and|or|but|to|of|in|on|at|for|with|from|by|as|said"
    r"|says|told|is|was|are|were|has|have|had|will|would))+$"
)


def _trim_mention(text: str) -> tuple[int, int]:
    """Offsets within an entity's text without a leading 'the', a trailing possessive or the
    numbers of ``_TRAILING_SCORE``. Other trailing numbers stay: they are part of names
    ("Apollo 11")."""
    start, end = 0, len(text.rstrip())
    if score := _TRAILING_SCORE.search(text[:end]):
        end = len(text[: score.start()].rstrip(" ,;:-–—"))  # "Trump - 60 percent"
    if (lower := _LOWER_WORDS_AFTER.search(text, 0, end)) and lower.start() > 0:
        end = lower.start()  # "The Associated Press that": a name ends in a capitalised word
    for det in ("the ", "The "):
        if text.startswith(det) and len(text) > len(det):
            start = len(det)
    for pos in ("'s", "’s", "'", "’"):
        if text[start:end].endswith(pos) and end - len(pos) > start:
            end -= len(pos)
            break
    if _ends_sentence(text[start:end]):
        end -= 1
    return start, end


def _ends_sentence(name: str) -> bool:
    """True if a name's final full stop is the sentence's ("he wrote on X."), not an
    abbreviation's ("Acme Co.", "U.S.") or an initial's ("Harry S.")."""
    words = name.split()
    if not name.endswith(".") or len(name) < 2:
        return False
    last = words[-1].lower()
    initial = len(last) == 2 and len(words) > 1
    short = len(last) == 3 and words[-1][1:2].islower()  # "Ft.", "Mt.": an abbreviation
    return not (initial or short) and last not in NAME_ABBREVIATIONS and "." not in last[:-1]


#: A courtesy title and a surname in one tagged span, as British news writes it ("Ms Gilruth").
_COURTESY = re.compile(_COURTESY_TITLE + "(?=[A-Z])")


def _past_courtesy(mentions: list[tuple[str, str, Span]]) -> list[tuple[str, str, Span]]:
    """A person's mention "Ms Gilruth" without the title, when the article names a person in
    full with that surname ("Jenny Gilruth"): the surname then joins that person, as "Obama"
    of "Mr. Obama" does (the tagger leaves "Mr." out there), and ``split_by_honorific``
    weighs the title. A title with no such person stays ("Miss Manners", a column's name)."""
    surnames = {
        words[-1]
        for label, name, _ in mentions
        if label == "PERSON" and len(words := name.split()) > 1 and not _COURTESY.match(name)
    }
    out = []
    for label, name, span in mentions:
        title = _COURTESY.match(name) if label == "PERSON" else None
        if title and name[title.end() :] in surnames:
            name = name[title.end() :]
            span = Span(start=span.start + title.end(), end=span.end, text=name)
        out.append((label, name, span))
    return out


def _past_titles(text: str, start: int, end: int, label: str) -> tuple[int, str]:
    """Where a person's name starts after the titles the tagger put in its span ("Detective
    Sergeant Amy Cole" is Amy Cole, "Constable Liam Shaw", tagged an organisation, a person),
    and the label. Only when a given name and a surname remain: "Pope Francis" and "Queen
    Elizabeth" are what people are called, and "General Motors" opens with no given name."""
    if label not in ("PERSON", "ORG"):
        return start, label
    words = list(re.finditer(r"\S+", text[start:end]))
    k = 0
    while k < len(words) - 2 and words[k].group().lower() in TITLE_WORDS:
        k += 1
    rest = [w.group() for w in words[k:]]
    if k == 0 or not opens_with_given_name(rest):
        return start, label
    return start + words[k].start(), "PERSON"


#: A possessive inside a tagged name: "Commentary’s Noah Rothman".
_POSSESSIVE = re.compile(r"['’]s\s+")


def _past_owner(text: str, start: int, end: int, label: str) -> tuple[int, str]:
    """Where a person's name starts after the possessive of whose they are, which the tagger
    ran into the name: "Huffington Post’s Scott Conroy", "France’s Francois Hollande" are the
    person (the outlet or country is a description). Only when a given name and a surname
    follow: "McDonald's Corp" and "Children's Hospital" stay whole."""
    if label not in ("PERSON", "ORG"):
        return start, label
    cut = None
    for m in _POSSESSIVE.finditer(text, start, end):
        cut = m
    if cut is None:
        return start, label
    rest = text[cut.end() : end].split()
    if len(rest) < 2 or not opens_with_given_name(rest):
        return start, label
    return cut.end(), "PERSON"


#: Time zones, which the tagger takes for organisations.
_TIME_ZONES = frozenset(word_list("gmt utc bst est edt pst pdt cst cdt mst mdt cet cest aest"))


def _is_name(text: str) -> bool:
    """False for what the tagger took for a name but is none: a title word alone ("Associate",
    "Dr."), the pronoun "I", or words with no capital ("xenophobe", "regional bank", the "n’t"
    of "don’t")."""
    words = [w.strip(".").lower() for w in text.split()]
    if words and all(w in TITLE_ONLY for w in words):
        return False
    if words == ["i"]:
        return False  # the pronoun ("Neither do I."), tagged as an organisation
    if len(words) == 1 and words[0] in _TIME_ZONES:
        return False  # "2 a.m. local time (0100 GMT)"
    return any(ch.isupper() for ch in text)


def _company_short_forms(mentions: list[tuple[str, str, Span]]) -> set[str]:
    """Normalised short names of the article's companies: an organisation's name without its
    company suffixes, one by one ("veltrix" for "Veltrix Semiconductor"; "arvanta
    semiconductor" and "arvanta" for "Arvanta Semiconductor Inc")."""
    out = set()
    for label, name, _ in mentions:
        words = _words(_norm(name))
        while label == "ORG" and len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
            words = words[:-1]
            out.add(" ".join(words))
    return out


#: Between the words of a name.
_WORD_BREAK = re.compile(r"[\s\-]+")


@lru_cache(maxsize=4096)
def _words(name: str) -> tuple[str, ...]:
    """The words of a name (cached: merging compares every pair of an article's names)."""
    return tuple(w for w in _WORD_BREAK.split(name) if w)


def _person_words(name: str) -> tuple[str, ...]:
    """The words of a person's name without a trailing "Jr." ("patrick w. carlineo")."""
    return without_suffix(_words(name))


def _joins(short: str, long: str, label: str) -> bool:
    """True if the short form names the same thing as the long one (Putin, Vladimir Putin)."""
    a, b = _words(short), _words(long)
    if len(a) >= len(b):
        return False
    if label == "PERSON":
        b = _person_words(long)
        return b[-len(a) :] == a or b[: len(a)] == a
    if label == "ORG":
        # "Veltrix" for "Veltrix Semiconductor"; one word may also be the end of the name:
        # "United" for "Millbrook United", "Times" for "The New York Times"
        return b[: len(a)] == a or (len(a) == 1 and b[-1] == a[0])
    return False


def merge_mentions(mentions: list[tuple[str, str, Span]]) -> list[Entity]:
    """Group mentions into entities: a short form joins the longest name that ends (or, for a
    person or an organisation, starts) with it; a surname tagged as a place joins the person,
    a full name tagged as an organisation is the person its surname names elsewhere, and a
    company's name without its suffix ("Veltrix", tagged as a place) is the company."""
    people = [_person_words(_norm(n)) for label, n, _ in mentions if label == "PERSON"]
    surnames = {w[-1] for w in people if len(w) > 1}
    singles = {w[0] for w in people if len(w) == 1}
    given = _given_names_of_one(people)
    companies = _company_short_forms(mentions)
    by_key: dict[tuple[str, str], list[Span]] = {}
    for label, name, span in mentions:
        norm = _norm(name)
        if label != "PERSON" and (
            norm in surnames
            or _is_named_person(_words(norm), singles, label)
            or (label in ("ORG", "NORP") and norm in given and norm not in _FAITHS)
        ):
            label = "PERSON"
        elif label != "PERSON" and norm in companies:
            label = "ORG"
        by_key.setdefault((label, norm), []).append(span)
    names = sorted(by_key, key=lambda k: -len(k[1]))
    first = {key: min(s.start for s in spans) for key, spans in by_key.items()}
    canonical: dict[tuple[str, str], tuple[str, str]] = {}
    for label, name in names:
        target = (label, name)
        longer = [(ol, o) for ol, o in names if ol == label and _joins(name, o, label)]
        if longer:
            best = min(longer, key=lambda k: _full_name_rank(k, first[k]))
            target = canonical.get(best, best)
        canonical[(label, name)] = target
    joined = _join_acronyms(by_key, canonical)
    groups: dict[tuple[str, str], list[Span]] = {}
    for key, spans in by_key.items():
        groups.setdefault(canonical[key], []).extend(spans)
    relabel = {k: "ORG" for k in joined if k[0] == "PERSON"}
    entities = []
    for n, ((label, _), spans) in enumerate(
        sorted(groups.items(), key=lambda kv: min(s.start for s in kv[1]))
    ):
        label = relabel.get((label, _), label)
        spans.sort(key=lambda s: s.start)
        name = max((s.text for s in spans), key=len)
        entities.append(Entity(id=f"e{n}", name=name, label=label, mentions=spans))
    return entities


#: An organisation's acronym as news writes it: "CBP", "NATO", "FBI".
_ACRONYM = re.compile(r"[A-Z]{2,6}")
#: Small words a name's initials leave out ("Customs and Border Protection" is CBP).
_NOT_INITIALS = frozenset(("and", "of", "for", "the", "&", "on", "in"))


def is_acronym_of(acronym: str, name: str) -> bool:
    """True if ``acronym`` ("CBP") is an acronym of the long ``name``."""
    return bool(_ACRONYM.fullmatch(acronym)) and acronym in _initialisms(name)


def _initialisms(name: str) -> set[str]:
    """The acronyms a long name may go by: the initials of its capitalised words, from the
    first word or after a leading place ("U.S. Customs and Border Protection" is CBP)."""
    words = [w for w in _WORD_BREAK.split(name) if w and w.lower() not in _NOT_INITIALS]
    if len(words) < 2 or not all(w[:1].isupper() for w in words):
        return set()
    letters = "".join(w[0] for w in words)
    return {letters, letters[1:]} - {""}


def _join_acronyms(
    by_key: dict[tuple[str, str], list[Span]], canonical: dict[tuple[str, str], tuple[str, str]]
) -> set[tuple[str, str]]:
    """Point an acronym ("CBP") at the one organisation the article names in full whose
    initials it is ("Customs and Border Protection"). The tagger may have taken the full name
    for a person (the "and" between capitalised words); the acronym says it is not one. A
    place's acronym, dotted or not ("US", "U.S.", "UK"), goes to the place named in full
    ("United States", "United Kingdom"); with none, the dotted and plain forms are one place.
    Returns the full names that took an acronym."""
    joined = set()
    by_letters: dict[str, list[tuple[str, str]]] = {}
    for key, spans in by_key.items():
        letters = _acronym_letters(spans[0].text)
        if letters is None or canonical[key] != key:
            continue
        families = [_ORG_OR_PERSON]
        if key[0] in _PLACE_LABELS:
            families.insert(0, _PLACE_LABELS)  # "US" is the United States, not a union's
            by_letters.setdefault(letters, []).append(key)
        for family in families:
            longer = [
                k
                for k, s in by_key.items()
                if k[0] in family and len(k[1]) > len(key[1]) and letters in _initialisms(s[0].text)
            ]
            targets = {canonical[k] for k in longer}
            if len(targets) == 1:
                target = targets.pop()
                for k, v in canonical.items():
                    if v == key:
                        canonical[k] = target
                joined.add(target)
                break
    for keys in by_letters.values():  # "U.S." and "US" with no "United States"
        if len(keys) > 1 and all(canonical[k] == k for k in keys):
            for k, v in canonical.items():
                if v in keys:
                    canonical[k] = keys[0]
    return joined


_PLACE_LABELS = ("GPE", "LOC")
_ORG_OR_PERSON = ("ORG", "PERSON")
#: An acronym with a full stop after each letter: "U.S.", "U.K.".
_DOTTED_ACRONYM = re.compile(r"(?:[A-Z]\.){2,6}")


def _acronym_letters(text: str) -> str | None:
    """The letters of an acronym as news writes it, plain or dotted ("US" of "U.S."), or None
    for no acronym."""
    if _ACRONYM.fullmatch(text):
        return text
    if _DOTTED_ACRONYM.fullmatch(text):
        return text.replace(".", "")
    return None


#: Given names that are also a faith, tagged as a people ("Christian voters").
_FAITHS = frozenset(("christian",))


def _given_names_of_one(people: list[tuple[str, ...]]) -> set[str]:
    """Listed given names that open the full name of exactly one person of the article: "Dale"
    tagged an organisation in 'Dale sees it differently.' is Dale Johnson when he is the only
    Dale named in full (Ray Johnson, his brother, is not). News calls people by the given name
    alone in family and feature stories; with two Dales it is no one's. The caller takes it
    from an organisation or a people only: a place so tagged is a place ("Charlotte", with a
    "Charlotte Mayor" the tagger ran together)."""
    firsts: dict[str, set[tuple[str, ...]]] = {}
    for words in people:
        if len(words) > 1:
            firsts.setdefault(words[0], set()).add(words)
    return {w for w, names in firsts.items() if len(names) == 1 and is_given_name(w)}


def _is_named_person(words: tuple[str, ...], person_words: set[str], label: str) -> bool:
    """A given name then a surname the article also tags, alone, as a person: "Karen Holt"
    tagged as an organisation (the small model does that to unfamiliar names) where "Holt" is a
    person. Both signals are needed: a given name alone also opens "Georgia Power" or "Grace
    Church", and another person's surname ("Tom Power") is no evidence about them. For a name
    tagged a place or a people, the given name tagged alone as a person is evidence too: "Ada
    Okafor" tagged a place, then 'Ada laughs at that.' (not for an organisation: "Walter
    Energy" is no person for a "Walter" named in it)."""
    if not opens_with_given_name(words):
        return False
    return words[-1] in person_words or (label in ("GPE", "NORP") and words[0] in person_words)


def _full_name_rank(key: tuple[str, str], first_start: int) -> tuple[int, int, int]:
    """Sort key among the full names a short form may join, best first: for a person, one with
    a known given name ("Tim Cook" over "Hosting Cook", a tagger error that swallowed the word
    before the surname); then the one named first (news introduces a person by full name at
    first mention); then the longest."""
    label, name = key
    given = label == "PERSON" and any(w in MALE or w in FEMALE for w in _words(name)[:-1])
    return (0 if given or label != "PERSON" else 1, first_start, -len(name))


def _norm(name: str) -> str:
    return " ".join(name.replace("\u2019s", "").replace("'s", "").split()).lower()


def metadata_entities(article: Article, nlp: Language, body: list[Entity]) -> list[Entity]:
    """Entities named in the byline, image credits and captions but not in the body.

    Those fields are part of the article (not furniture) but live outside ``Article.text``, so
    these entities have no mentions; ``found_in`` says where they were seen. Names the body
    already has are not repeated.
    """
    texts: list[tuple[str, str]] = [(c, "image caption") for c in _captions(article)]
    texts += [(c, "image credit") for c in _credits(article)]
    seen = {_norm(m.text) for e in body for m in e.mentions} | {_norm(e.name) for e in body}
    found: dict[tuple[str, str], Entity] = {}
    for author in article.authors:
        key = ("PERSON", _norm(author))
        found.setdefault(key, Entity(id="", name=author, label="PERSON", found_in=["authors"]))
    for doc, (_text, where) in zip(entity_docs(nlp, [t for t, _ in texts]), texts, strict=True):
        for ent in doc.ents:
            if ent.label_ not in KEPT_LABELS:
                continue
            key = (ent.label_, _norm(ent.text))
            entity = found.setdefault(key, Entity(id="", name=ent.text.strip(), label=ent.label_))
            if where not in entity.found_in:
                entity.found_in.append(where)
    out = []
    for key, entity in found.items():
        if key[1] in seen:
            continue
        entity.id = f"e{len(body) + len(out)}"
        out.append(entity)
    return out


def _captions(article: Article) -> list[str]:
    images = article.images + ([article.lead_image] if article.lead_image else [])
    return [img.caption for img in images if img.caption]


def _credits(article: Article) -> list[str]:
    """Credits split on commas and bars: 'Alexander Kots, Komsomolskaya Pravda, AFP'."""
    images = article.images + ([article.lead_image] if article.lead_image else [])
    parts: list[str] = []
    for img in images:
        if img.credit:
            parts.append(img.credit.replace("|", ","))
    return parts


def link_speakers(
    article: Article, speakers: list[Speaker], entities: list[Entity]
) -> list[Entity]:
    """Tie each named speaker to its entity, adding one when NER missed the name.

    The small NER model misses some names the parse shows are speakers ("the pro-Kremlin
    Izvestia daily said"); such a speaker becomes an entity whose mentions are the name's
    occurrences in the text, when it is a name (a capital: not "ministry").
    """
    added: list[Entity] = []
    for speaker in speakers:
        if speaker.type not in ("person", "organization"):
            continue
        low = _norm(speaker.name)
        match = next(
            (e for e in entities + added if _norm(e.name) == low or speaker.entity_id == e.id), None
        )
        if match is None and not _is_name(speaker.name):
            continue  # "the ministry" of "Russia's foreign ministry said": no name
        if match is None:
            pattern = re.compile(r"\b" + re.escape(speaker.name) + r"\b")
            spans = [article.span(m.start(), m.end()) for m in pattern.finditer(article.text)]
            if not spans:
                continue
            label = "PERSON" if speaker.type == "person" else "ORG"
            if label == "PERSON" and _names_a_body(speaker.name):
                label = "ORG"  # "HM Coastguard said": the speaker rules' person is a body
            match = Entity(
                id=f"e{len(entities) + len(added)}", name=speaker.name, label=label, mentions=spans
            )
            added.append(match)
        elif (
            speaker.type == "person" and match.label != "PERSON" and not _a_company(article, match)
        ):
            _make_person(match, speaker)
        speaker.entity_id = match.id
        if match.label == "PERSON":
            _take_surnames(match, speaker, entities)
    return added


def _a_company(article: Article, entity: Entity) -> bool:
    """True if the article says the organisation is a company or a body (``type_by_context``'s
    evidence): the speaker rules then do not make it a person ("Rio Tinto, which plans to
    build the mine, said", "HM Coastguard said", "the Ospreys." (``_the_before``), names the
    speaker rules take for a person's)."""
    words = _words(_norm(entity.name))
    return bool(words) and (
        words[-1] in COMPANY_SUFFIXES
        or _names_a_body(entity.name)
        or any(
            _org_context(article.text, m) or _the_before(article.text, m) for m in entity.mentions
        )
    )


def _names_a_body(name: str) -> bool:
    """True if a name ends in a word for a kind of body (``ORG_HEADS``: "HM Coastguard", "the
    Gazette") and opens with no given name ("Emily Post" is a person)."""
    words = _words(_norm(name))
    return bool(words) and words[-1] in ORG_HEADS and not opens_with_given_name(words)


def _take_surnames(entity: Entity, speaker: Speaker, entities: list[Entity]) -> None:
    """Move the speaker's surname-only mentions that the merge gave to a namesake into the
    speaker's own entity: in 'Helen Brennan ... Robert Brennan said ... "...," Brennan said'
    the speaker rules read the last "Brennan" as Robert; the merge joined every "Brennan" to
    Helen, named first."""
    surname = entity.name.split()[-1]
    said = {(m.start, m.end) for m in speaker.mentions if m.text == surname}
    if not said or len(entity.name.split()) < 2:
        return
    for other in entities:
        if other is entity or other.label != "PERSON" or other.name.split()[-1] != surname:
            continue
        moved = [m for m in other.mentions if (m.start, m.end) in said]
        for m in moved:
            other.mentions.remove(m)
            entity.mentions.append(m)
        if moved:
            entity.mentions.sort(key=lambda x: x.start)


def _make_person(entity: Entity, speaker: Speaker) -> None:
    """The speaker rules found this organisation-tagged name to be a person ("Holt told the
    Guardian" after "Karen Holt", which the tagger took for an organisation): the entity is
    relabelled, and gains the speaker's mentions that are words of its name (the surname the
    tagger did not tag at all)."""
    entity.label = "PERSON"
    words = set(_words(_norm(entity.name)))
    have = {(m.start, m.end) for m in entity.mentions}
    for m in speaker.mentions:
        if (m.start, m.end) not in have and set(_words(_norm(m.text))) <= words:
            entity.mentions.append(m)
    entity.mentions.sort(key=lambda m: m.start)

"""Where a tagged name really starts and ends, and whether it is a name at all.

requires: spaCy's entity spans of an article (text and offsets).
assigns: cleaned mentions (label, text, span): without "the", possessives, scores and titles
(:func:`trim_mention`, :func:`past_titles`, :func:`past_owner`, :func:`past_courtesy`), split
at a possessive between two names (:func:`split_at_owner`), cut out of headline runs
(:func:`cut_headline_runs`), without a title's portfolio (:func:`past_portfolios`), with a
dateline's place (:func:`dateline_place`); :func:`is_name` drops what is no name.

Separate from the typing and the merging because it reads one mention's own words (and, for
splitting and cutting, which other texts the article tags alone).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from tidings.analyze.entitynames import COURTESY_TITLE, acronym_letters
from tidings.analyze.names import (
    NAME_ABBREVIATIONS,
    PORTFOLIOS,
    TITLE_ONLY,
    TITLE_WORDS,
    called_with_title,
)
from tidings.analyze.titles import leading_titles
from tidings.givennames import is_given_name, opens_with_given_name
from tidings.model import Span
from tidings.wordlists import MONTHS, WEEKDAYS, word_list


def labels_alone(mentions: list[tuple[str, str, Span]]) -> dict[str, str]:
    """Each mention text's label where the article first tags it: what a name is when it
    stands alone, for the rules that split a longer mention into names."""
    alone: dict[str, str] = {}
    for label, name, _ in mentions:
        alone.setdefault(name, label)
    return alone


def split_at_owner(mentions: list[tuple[str, str, Span]]) -> list[tuple[str, str, Span]]:
    """Split a name the tagger ran across a possessive into the owner and what it owns: in
    "Jeff Bezos’s Blue Origin" and "NASA’s Office of the Inspector General" the owner is a
    name of its own (a person, an agency) and what follows is an organisation. Only when the
    owner is named on its own elsewhere in the article (tagged alone: "NASA") or is a person's
    full name (a given name and a surname), and capitalised words follow: "McDonald's Corp",
    "Children's Hospital" and "Westminster Magistrate's Court" stay whole. The owner keeps the
    label the article gives it alone (a person for a full name it does not); what it owns
    takes the label it has alone, else organisation. A person's name after the possessive
    ("Huffington Post’s Scott Conroy") was cut off before (``past_owner``)."""
    alone = labels_alone(mentions)
    out = []
    for label, name, span in mentions:
        cut = POSSESSIVE.search(name)
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


def split_place_from_name(
    text: str, mentions: list[tuple[str, str, Span]]
) -> list[tuple[str, str, Span]]:
    """Split a person's full name from the place the tagger ran into it after a role's "to" or
    "for": "Ukraine Kurt Volker" of "special envoy to Ukraine Kurt Volker", "Germany Richard
    Grenell" of "Ambassador to Germany Richard Grenell". Only when the words before the name
    are a place the article tags alone ("Ukraine"), the rest opens with a given name and a
    surname, and "to" or "for" comes right before: the place keeps its label, the name is a
    person (as :func:`tidings.analyze.mentions._name_after_role` reads the speaker)."""
    places = {name: label for label, name, _ in mentions if label in ("GPE", "LOC")}
    out = []
    for label, name, span in mentions:
        words = name.split()
        k = next(
            (
                k
                for k in range(1, len(words) - 1)
                if " ".join(words[:k]) in places and opens_with_given_name(words[k:])
            ),
            0,
        )
        if not k or _word_before(text, span.start).lower() not in ("to", "for"):
            out.append((label, name, span))
            continue
        place = " ".join(words[:k])
        out.append(
            (places[place], place, Span(start=span.start, end=span.start + len(place), text=place))
        )
        at = span.start + name.index(words[k], len(place))
        person = text[at : span.end]
        out.append(("PERSON", person, Span(start=at, end=span.end, text=person)))
    return out


#: Two names joined by "and" in one tagged mention ("Twitter and Citigroup"), one word each:
#: with more ("Customs and Border Protection", "Immigration and Customs Enforcement") the
#: name is a body's, even where the article tags its words alone.
_TWO_NAMES = re.compile(r"^([A-Z][\w.'’-]*) and ([A-Z][\w.'’-]*)$")

#: Words before a mention that ask for two things ("a deal between Twitter and Citigroup").
_TWO_THINGS_BEFORE = re.compile(r"\b(?:between|both)\s+$", re.IGNORECASE)


def split_at_and(text: str, mentions: list[tuple[str, str, Span]]) -> list[tuple[str, str, Span]]:
    """Split a name the tagger ran across "and" into the two names it joins: "Twitter and
    Citigroup" is two companies when the words before ask for two ("a deal between", "both")
    or when the article tags both names alone elsewhere ("Twitter said ...", "Citigroup's
    shares"). A firm named for two people ("Barnes and Noble") and a
    body with "and" in its name ("Immigration and Customs Enforcement", "Customs and Border
    Protection", one of whose words the article may tag alone) are neither, and stay whole."""
    alone = labels_alone(mentions)
    out = []
    for label, name, span in mentions:
        m = _TWO_NAMES.match(name)
        if m is None or m.group(1) == m.group(2) or label not in ("ORG", "GPE", "PERSON"):
            out.append((label, name, span))
            continue
        first, second = m.group(1), m.group(2)
        two = _TWO_THINGS_BEFORE.search(text, max(0, span.start - 12), span.start) is not None
        if not (two or (first in alone and second in alone)):
            out.append((label, name, span))
            continue
        second_at = span.start + m.start(2)
        first_span = Span(start=span.start, end=span.start + len(first), text=first)
        out.append((alone.get(first, label), first, first_span))
        out.append(
            (alone.get(second, label), second, Span(start=second_at, end=span.end, text=second))
        )
    return out


#: A capitalised title right after a portfolio ("Energy Secretary Rick Perry").
_TITLE_AFTER = re.compile(
    r"[ \t]+(?:Secretary|Minister|Adviser|Advisor|Director|Spokesman|Spokeswoman"
    r"|Spokesperson|Commissioner)\b"
)


#: A title and "of" or "for" right before a portfolio ("Secretary of State").
_TITLE_BEFORE_PORTFOLIO = re.compile(r"\b(?:Secretary|Minister)[ \t]+(?:of|for)[ \t]+$")


def past_portfolios(
    text: str, mentions: list[tuple[str, str, Span]]
) -> list[tuple[str, str, Span]]:
    """Drop the portfolio words of a title that the tagger took for an organisation: "Energy"
    of "Energy Secretary Rick Perry", "National Security" of "National Security Adviser John
    Bolton", "State" of "Secretary of State Mike Pompeo". A place's acronym before them stays,
    with the label the article gives it alone ("UK" of "UK Home Secretary"). Only words of a
    portfolio (``PORTFOLIOS``) right before a capitalised title or after "Secretary of":
    "NASA Administrator" and "Pentagon spokesman" keep their organisation."""
    alone = labels_alone(mentions)
    out = []
    for label, name, span in mentions:
        words = name.split()
        lead = 1 if len(words) > 1 and acronym_letters(words[0]) else 0
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


def dateline_place(text: str, mentions: list[tuple[str, str, Span]]) -> list[tuple[str, str, Span]]:
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


def cut_headline_runs(
    mentions: list[tuple[str, str, Span]], article_text: str = ""
) -> list[tuple[str, str, Span]]:
    """Cut a name the tagger ran on into a headline back to the name the article tags on its
    own elsewhere: "Chris Christie Address Heroin Crisis In" is Chris Christie, "FDIC Accused
    Of Covering Up China" is the FDIC (a run holding a small word that headlines capitalise
    and names never do); a subhead in capitals, "KAZAKHSTAN WINS AGAIN", is Kazakhstan (a
    run in capitals whose first words the article names in running text). A subhead's verb
    before a name is cut too: "Questioning Vindman" is Vindman (a first word in -ing before
    a name the article tags alone as a person). In a line set in title case (a headline,
    given the ``article_text``: "Ted Cruz, Chris Christie Address Heroin Epidemic") any run
    of three words or more is cut so, its verb capitalised like a name."""
    alone = labels_alone(mentions)
    by_lower = {t.lower(): (lab, t) for t, lab in alone.items() if not t.isupper()}
    surnames = {t.split()[-1] for t, lab in alone.items() if lab == "PERSON" and " " in t}
    out = []
    for label, text, span in mentions:
        words = text.split()
        capitals = text.isupper() and len(words) >= 2
        small_word = len(words) >= 3 and any(w in _HEADLINE_WORDS for w in words[1:])
        # a title-case line (a headline or a caption) keeps a name of two words or more:
        # "Mohamed Mamdouh Assem" is no "Mohamed" with a verb after it
        title_case = len(words) >= 3 and title_case_line(article_text, span.start)
        if capitals or small_word or title_case:
            shortest = 2 if title_case and not (capitals or small_word) else 1
            for k in range(len(words) - 1, shortest - 1, -1):
                head = " ".join(words[:k])
                known = alone.get(head) or (
                    by_lower.get(head.lower(), (None,))[0] if capitals else None
                )
                if known is not None and text.startswith(head):
                    end = span.start + len(head)
                    span = Span(start=span.start, end=end, text=head)
                    label, text = known, head
                    break
        elif (
            len(words) >= 2
            and words[0].endswith("ing")
            and words[0][:1].isupper()
            and not called_with_title(words)  # "King Charles" is no subhead's verb
        ):
            rest = text[len(words[0]) :].lstrip()
            if alone.get(rest) == "PERSON" or rest in surnames:
                start = span.end - len(rest)
                span = Span(start=start, end=span.end, text=rest)
                label, text = "PERSON", rest
        out.append((label, text, span))
    return out


def title_case_line(text: str, at: int) -> bool:
    """True when the line holding ``at`` is a headline in title case: no sentence ends in it,
    and every word of four letters or more is capitalised (running text has lowercase
    verbs and nouns; "Ted Cruz, Chris Christie Address Heroin Epidemic" has none)."""
    if not text:
        return False
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    line = text[lo : hi if hi >= 0 else len(text)].strip()
    words = [w.strip("\"'“”‘’,:;()") for w in line.split()]
    long = [w for w in words if len(w) >= 4 and w.isalpha()]
    return (
        len(long) >= 3
        and not re.search(r"[.!?][\"”’)]?\s+[A-Z]", line)
        and all(w[:1].isupper() for w in long)
    )


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


def trim_mention(text: str) -> tuple[int, int]:
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
_COURTESY = re.compile(COURTESY_TITLE + "(?=[A-Z])")


def past_courtesy(mentions: list[tuple[str, str, Span]]) -> list[tuple[str, str, Span]]:
    """A person's mention "Ms Gilruth" without the title, when the article names a person in
    full with that surname ("Jenny Gilruth"): the surname then joins that person, as "Obama"
    of "Mr. Obama" does (the tagger leaves "Mr." out there), and ``split_by_honorific``
    weighs the title. A title with no such person stays ("Miss Manners", a column's name).
    The tagger's label does not matter here: "Ms Hughes" tagged an organisation is still
    Rachel Hughes, since no body is called Ms anything."""
    surnames = {
        words[-1]
        for label, name, _ in mentions
        if label == "PERSON" and len(words := name.split()) > 1 and not _COURTESY.match(name)
    }
    out = []
    for label, name, span in mentions:
        title = _COURTESY.match(name)
        if title and name[title.end() :] in surnames:
            label, name = "PERSON", name[title.end() :]
            span = Span(start=span.start + title.end(), end=span.end, text=name)
        out.append((label, name, span))
    return out


def past_titles(text: str, start: int, end: int, label: str) -> tuple[int, str]:
    """Where a person's name starts after the titles the tagger put in its span ("Detective
    Sergeant Amy Cole" is Amy Cole, "Constable Liam Shaw", tagged an organisation, a person),
    and the label; the titles are counted by :func:`~tidings.analyze.titles.leading_titles`
    (a capitalised role noun at the start counts: "Nurse Maria Ocampo"). Only when a given
    name and a surname remain, or a title that goes with one name ("former King Charles III"
    is King Charles III, :func:`~tidings.analyze.names.called_with_title`): "Pope Francis" and
    "Queen Elizabeth" are what people are called, "President Obama" keeps its title here (the
    surname alone is no full name), and "General Motors" opens with no given name."""
    if label not in ("PERSON", "ORG"):
        return start, label
    words = list(re.finditer(r"\S+", text[start:end]))
    if called_with_title([w.group() for w in words]):
        return start, "PERSON"
    k = leading_titles([w.group() for w in words], keep=2)
    rest = [w.group() for w in words[k:]]
    if k == 0 or not (opens_with_given_name(rest) or called_with_title(rest)):
        return start, label
    return start + words[k].start(), "PERSON"


def title_before(text: str, start: int, end: int, label: str) -> tuple[int, str]:
    """Where a name starts in ``text`` when the tagger left out the title that goes with it
    ("Prince [Harry]", "King [Charles III]", "Sheikh [Tamim]", tagged a nationality): the
    title and the name are what the person is called
    (:func:`~tidings.analyze.names.called_with_title`), and a person."""
    if label not in ("PERSON", "NORP", "ORG"):
        return start, label
    before = re.search(r"(\S+)[ \t]+$", text[max(0, start - 12) : start])
    if before is None or not called_with_title([before.group(1), *text[start:end].split()]):
        return start, label
    return start - len(before.group(0)), "PERSON"


#: A possessive inside a tagged name: "Commentary’s Noah Rothman".
POSSESSIVE = re.compile(r"['’]s\s+")


def past_owner(text: str, start: int, end: int, label: str) -> tuple[int, str]:
    """Where a person's name starts after the possessive of whose they are, which the tagger
    ran into the name: "Huffington Post’s Scott Conroy", "France’s Francois Hollande" are the
    person (the outlet or country is a description). Only when a given name and a surname
    follow: "McDonald's Corp" and "Children's Hospital" stay whole."""
    if label not in ("PERSON", "ORG"):
        return start, label
    cut = None
    for m in POSSESSIVE.finditer(text, start, end):
        cut = m
    if cut is None:
        return start, label
    rest = text[cut.end() : end].split()
    if len(rest) < 2 or not opens_with_given_name(rest):
        return start, label
    return cut.end(), "PERSON"


#: Time zones, which the tagger takes for organisations.
_TIME_ZONES = frozenset(word_list("gmt utc bst est edt pst pdt cst cdt mst mdt cet cest aest"))


def is_name(text: str) -> bool:
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


#: One capitalised word of a name ("Reyes", "O'Neill", "Smith-Jones").
_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z][a-z]+)?")


def join_cut_names(text: str, mentions: list[tuple[str, str, Span]]) -> list[tuple[str, str, Span]]:
    """A person's name the tagger cut in two, joined: "Seattle Councilwoman Tamara" and
    "Reyes", tagged apart (both organisations), are the title "Seattle Councilwoman" and the
    person "Tamara Reyes". Only when the first piece ends in a listed given name that opens
    it or follows a title word ("Councilwoman", "Coach"), and the second piece, one space
    after, is one or two capitalised words: a place or a company that ends in a given name
    ("Georgia") before another name is not so written."""
    out: list[tuple[str, str, Span]] = []
    for label, name, span in mentions:
        if out and label in ("PERSON", "ORG") and out[-1][0] in ("PERSON", "ORG"):
            prev = out[-1][2]
            words = prev.text.split()
            rest = name.split()
            if (
                span.start == prev.end + 1
                and text[prev.end] == " "
                and 1 <= len(rest) <= 2
                and all(_NAME_WORD.fullmatch(w) for w in rest)
                and _NAME_WORD.fullmatch(words[-1])
                and opens_with_given_name([words[-1], *rest])
                and (len(words) == 1 or words[-2].lower() in TITLE_WORDS)
            ):
                start = prev.end - len(words[-1])
                joined = text[start : span.end]
                out[-1] = ("PERSON", joined, Span(start=start, end=span.end, text=joined))
                continue
        out.append((label, name, span))
    return out


#: One capitalised word right after a name, and whether another follows it.
_SURNAME_AFTER = re.compile(r" ([A-Z][a-z]+(?:['’-][A-Z][a-z]+)?)(?![\w'’-])(\s+[A-Z])?")
_NOT_SURNAMES = frozenset((*MONTHS, *WEEKDAYS))


def surname_after(text: str, mentions: list[tuple[str, str, Span]]) -> list[tuple[str, str, Span]]:
    """A person tagged by the given name alone, with the surname the tagger left out put back:
    "Judge Amara Obi sentenced ..." tagged "Amara". Only a listed given name or one after a
    title word (between a title and a verb stand the given name and surname), and one
    capitalised word right after it that no other name holds, that is no title, month, day
    or common word, and that no third capitalised word follows ("Maria Theresa Hospital" is
    a place's name)."""
    taken = {s.start for _, _, s in mentions}
    out = []
    for label, name, span in mentions:
        if (
            label == "PERSON"
            and " " not in name
            and (is_given_name(name) or _title_word_before(text, span.start))
        ):
            m = _SURNAME_AFTER.match(text, span.end)
            if (
                m is not None
                and m.group(2) is None
                and span.end + 1 not in taken
                and m.group(1).lower() not in TITLE_WORDS
                and m.group(1).lower() not in STOP_WORDS
                and m.group(1).lower() not in _NOT_SURNAMES
            ):
                name = text[span.start : m.end(1)]
                span = Span(start=span.start, end=m.end(1), text=name)
        out.append((label, name, span))
    return out


#: A capitalised word right before a name, and what comes before it: "chief, Anders".
_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s,;:(\"“]))([A-Z][a-z]+) $")


def given_name_before(
    text: str, mentions: list[tuple[str, str, Span]]
) -> list[tuple[str, str, Span]]:
    """A person's one-word name with the given name the tagger left out of it, put back:
    "the foreign policy chief, Anders Lindqvist," tagged "Lindqvist" alone. Only a listed
    given name, capitalised, after a non-capitalised word or punctuation (not "Brampton
    City"), and outside any other tagged name; or any capitalised word after a title word
    ("Manager Pep Moreno's side", tagged "Moreno" alone): between a title and a surname stands
    the given name, listed or not."""
    taken = [(s.start, s.end) for _, _, s in mentions]
    out = []
    for label, name, span in mentions:
        if label == "PERSON" and " " not in name:
            m = _WORD_BEFORE.search(text, max(0, span.start - 30), span.start)
            if (
                m is not None
                and (
                    (is_given_name(m.group(1)) and not _capitalised_before(text, m.start(1)))
                    or (
                        _title_word_before(text, m.start(1))
                        and m.group(1).lower() not in TITLE_WORDS
                    )
                )
                and not any(s < span.start and m.start(1) < e for s, e in taken)
            ):
                start = m.start(1)
                name = text[start : span.end]
                span = Span(start=start, end=span.end, text=name)
        out.append((label, name, span))
    return out


def untagged_full_names(
    text: str, mentions: list[tuple[str, str, Span]]
) -> list[tuple[str, str, Span]]:
    """The full name of a person the article tags only by surname, where the tagger missed it:
    "Coach Ana Ruiz's team won." (nothing tagged), then "Ruiz said ..." (tagged alone) gains
    the mention "Ana Ruiz". Only a listed given name right before the surname, outside every
    tagged name, and only when no tagged full name already ends in that surname (then the
    merge joins the surname to it)."""
    taken = [(s.start, s.end) for _, _, s in mentions]
    full = {name.split()[-1] for label, name, _ in mentions if label == "PERSON" and " " in name}
    alone = {name for label, name, _ in mentions if label == "PERSON" and " " not in name}
    added: list[tuple[str, str, Span]] = []
    for name in sorted(alone - full):
        if not _NAME_WORD.fullmatch(name):
            continue
        for m in _word_before_name(text, name):
            if is_given_name(m.group(1)) and not any(
                s < m.end() and m.start() < e for s, e in taken
            ):
                added.append(
                    ("PERSON", m.group(), Span(start=m.start(), end=m.end(), text=m.group()))
                )
    return sorted(mentions + added, key=lambda m: m[2].start) if added else mentions


def _word_before_name(text: str, name: str) -> list[re.Match[str]]:
    """The matches of ``\\b([A-Z][a-z]+) <name>\\b`` in ``text``, the ones ``re.finditer``
    gives, found from each " <name>" by ``str.find``: the regex run over the whole article
    once per lone surname cost more than the rest of :func:`untagged_full_names`. The word
    before the space can only be the run of a-z letters ending there and one capital. The
    pattern is compiled only when there is such a word (re's cache of 512 patterns holds no
    article's names for long)."""
    pattern: re.Pattern[str] | None = None
    needle = " " + name
    found: list[re.Match[str]] = []
    last_end = 0  # finditer's matches do not overlap
    at = text.find(needle)
    while at >= 0:
        start = at
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        start -= 1  # the capital
        if start >= last_end and start < at - 1 and "A" <= text[start] <= "Z":
            if pattern is None:
                pattern = re.compile(r"\b([A-Z][a-z]+) " + re.escape(name) + r"\b")
            m = pattern.match(text, start)
            if m is not None:
                found.append(m)
                last_end = m.end()
        at = text.find(needle, at + 1)
    return found


def _title_word_before(text: str, pos: int) -> bool:
    """True when the word right before ``pos`` is a title word ("Manager", "Coach", "coach"),
    not an acronym ending a sentence ("the U.S. While Clinton ...")."""
    word = _word_before(text, pos)
    return word.lower() in TITLE_WORDS and acronym_letters(word) is None


def _capitalised_before(text: str, pos: int) -> bool:
    """True when the word right before ``pos`` is capitalised."""
    return _word_before(text, pos)[:1].isupper()


def _word_before(text: str, pos: int) -> str:
    """The word one space back from ``pos`` (up to 30 characters back), or "" when none is."""
    before = text[max(0, pos - 30) : pos]
    words = before.split()
    return words[-1] if before.endswith(" ") and words else ""


#: Lower-case words inside a family name ("von der Leyen", "bin Talal", "da Silva").
NAME_PARTICLES = frozenset(
    word_list("al bin bint ibn el van von der den de da di du del della dos das ter")
)

#: The capitalised word after a name's last particle: " Leyen" of "von der Leyen".
_WORD_AFTER = re.compile(r" ([A-Z][\w’'-]*)")


def join_particle_names(
    text: str, mentions: list[tuple[str, str, Span]]
) -> list[tuple[str, str, Span]]:
    """A person's name the tagger cut at its particles, joined: "Ursula von der" and "Leyen"
    (tagged apart, the second as a place) are "Ursula von der Leyen"; "Alwaleed" (an
    organisation) and "bin Talal" are "Alwaleed bin Talal". A lower-case "von", "bin", "de" is
    inside a family name, never at a name's edge, so a piece that ends or starts with one
    is cut. Only one capitalised word is taken on the open side, and never a title word
    ("Prince" stays out of "Prince Alwaleed bin Talal") nor a function word ("In de Blasio's
    plan")."""
    out: list[tuple[str, str, Span]] = []
    skip_to = -1
    for label, name, span in mentions:
        if span.start < skip_to:
            continue  # the rest of a name already joined to the mention before it
        words = name.split()
        start, end = span.start, span.end
        if label == "PERSON" and words and words[-1] in NAME_PARTICLES:
            after = _WORD_AFTER.match(text, end)
            if after is not None:
                end = after.end()
        elif words and words[0] in NAME_PARTICLES and label in ("PERSON", "ORG", "GPE"):
            before = _WORD_BEFORE.search(text, max(0, start - 30), start)
            word = before.group(1).lower() if before is not None else ""
            if word and word not in TITLE_WORDS and word not in STOP_WORDS:
                start = before.start(1)
                label = "PERSON"
                if out and out[-1][2].start >= start:
                    out.pop()  # "Alwaleed", tagged on its own
        if (start, end) != (span.start, span.end):
            name = text[start:end]
            span = Span(start=start, end=end, text=name)
            skip_to = end
        out.append((label, name, span))
    return out


#: A model number closing a name: "Thunderbolt 3", "iPhone 15", "PlayStation 5" (a person's
#: name ends in a word or a Roman numeral, "Elizabeth II", never in digits).
_MODEL_NUMBER = re.compile(r"\s\d{1,4}$")


def without_model_numbers(mentions: list[tuple[str, str, Span]]) -> list[tuple[str, str, Span]]:
    """The mentions without person-tagged product names: the small tagger reads "Thunderbolt
    3" or "Galaxy 24" as a person, and a reader would list no such person."""
    return [m for m in mentions if not (m[0] == "PERSON" and _MODEL_NUMBER.search(m[1]))]

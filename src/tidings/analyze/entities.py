"""Named entities over the article body, merged within the article (Putin = Vladimir Putin).

Stages (:func:`find_entities`): the tagger's spans cleaned (:mod:`tidings.analyze.entityspans`),
one type per name (:mod:`tidings.analyze.entitytypes`), then merged here (:func:`merge_mentions`:
surnames, short forms, acronyms), honorifics and capitals weighed. After the quotes, speakers
are tied to their entities (:func:`link_speakers`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from tidings.analyze.entitynames import (
    ACRONYM,
    WORD_BREAK,
    acronym_letters,
    given_names_of_one,
    name_words,
    norm_name,
    person_name_words,
)
from tidings.analyze.entityspans import (
    NAME_PARTICLES,
    cut_headline_runs,
    dateline_place,
    given_name_before,
    is_name,
    join_cut_names,
    join_particle_names,
    past_courtesy,
    past_owner,
    past_portfolios,
    past_titles,
    split_at_and,
    split_at_owner,
    split_place_from_name,
    surname_after,
    title_before,
    trim_mention,
    untagged_full_names,
    without_model_numbers,
)
from tidings.analyze.entitytypes import names_a_body, org_context, the_before, type_by_context
from tidings.analyze.names import COMPANY_SUFFIXES, FEMALE, MALE, ORG_HEADS, gender_of
from tidings.analyze.ner import entity_docs
from tidings.analyze.nlp import entities_of, text_of
from tidings.givennames import opens_with_given_name
from tidings.model import Article, Entity, Span, Speaker

#: spaCy labels kept as entities: people, organisations, places and nationalities/groups.
KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


def find_entities(article: Article, docs: Iterable[tuple[int, Doc]]) -> list[Entity]:
    """Entities from parsed paragraphs; ``docs`` pairs each Doc with its offset in the text."""
    mentions: list[tuple[str, str, Span]] = []
    for offset, doc in docs:
        for ent in entities_of(doc):
            if ent.label_ not in KEPT_LABELS:
                continue
            # the Doc's text sliced: ``Span.text`` joins the tokens again at every access
            text = text_of(doc)[ent.start_char : ent.end_char]
            shape = _name_in_span(text, ent.label_)
            if shape is None:
                continue
            start, end, label = shape
            base = offset + ent.start_char
            if start == 0:
                at, label = title_before(article.text, base, base + end, label)
                start = at - base
            span = article.span(base + start, base + end)
            mentions.append((label, span.text, span))
    mentions = join_particle_names(article.text, join_cut_names(article.text, mentions))
    mentions = untagged_full_names(article.text, given_name_before(article.text, mentions))
    mentions = surname_after(article.text, mentions)
    mentions = past_portfolios(article.text, split_at_owner(mentions))
    mentions = split_place_from_name(article.text, mentions)
    mentions = split_at_and(article.text, mentions)
    mentions = without_model_numbers(dateline_place(article.text, mentions))
    mentions = type_by_context(
        article.text, past_courtesy(cut_headline_runs(mentions, article.text))
    )
    entities = merge_mentions(mentions)
    split_by_honorific(article.text, entities)
    name_in_mixed_case(article.text, entities)
    return entities


#: How many entity texts :func:`_name_in_span` keeps (an article names a few dozen).
NAME_SHAPE_CACHE = 4096


@lru_cache(maxsize=NAME_SHAPE_CACHE)
def _name_in_span(text: str, label: str) -> tuple[int, int, str] | None:
    """Where the name lies in the text of a tagged entity, and its label: without a leading
    "the", a trailing possessive (:func:`trim_mention`), the titles and the owner the tagger
    ran into it (:func:`past_titles`, :func:`past_owner`); None when it is no name
    (:func:`is_name`). Read from the entity's text and label alone, so kept: an article names
    the same few people and bodies again and again ("Trump" twenty times), and these four
    tests were a fifth of ``find_entities``."""
    start, end = trim_mention(text)
    if end <= start or not is_name(text[start:end]):
        return None
    start, label = past_titles(text, start, end, label)
    start, label = past_owner(text, start, end, label)
    return start, end, label


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


def _company_short_forms(mentions: list[tuple[str, str, Span]]) -> set[str]:
    """Normalised short names of the article's companies: an organisation's name without its
    company suffixes, one by one ("veltrix" for "Veltrix Semiconductor"; "arvanta
    semiconductor" and "arvanta" for "Arvanta Semiconductor Inc")."""
    out = set()
    for label, name, _ in mentions:
        words = name_words(norm_name(name))
        while label == "ORG" and len(words) > 1 and words[-1] in COMPANY_SUFFIXES:
            words = words[:-1]
            out.add(" ".join(words))
    return out


def _joins(short: str, long: str, label: str) -> bool:
    """True if the short form names the same thing as the long one (Putin, Vladimir Putin)."""
    a, b = name_words(short), name_words(long)
    if len(a) >= len(b):
        return False
    if label == "PERSON":
        b = person_name_words(long)
        return b[-len(a) :] == a or b[: len(a)] == a or _royal_given_name(a, b)
    if label == "ORG":
        # "Veltrix" for "Veltrix Semiconductor"; one word may also be the end of the name:
        # "United" for "Millbrook United", "Times" for "The New York Times"
        return b[: len(a)] == a or (len(a) == 1 and b[-1] == a[0])
    return False


#: Particles of a patronymic: the person goes by the name before it ("Alwaleed", "Mohammed").
_PATRONYMIC = frozenset(("bin", "ibn", "bint"))


#: Titles of a royal house, which news keeps before a given name ("Prince Mohammed").
_ROYAL = frozenset(("prince", "princess", "crown", "king", "queen", "sheikh", "sheik", "emir"))


def _royal_given_name(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """True for a royal title and the given name before a patronymic: "Prince Mohammed" (and
    "Crown Prince Mohammed") for Mohammed bin Salman, as news calls him after the full name;
    the title stays in the mention, since "Prince Harry" is a name with it."""
    return (
        len(short) >= 2
        and all(w in _ROYAL for w in short[:-1])
        and len(long) > 2
        and long[0] == short[-1]
        and long[1] in _PATRONYMIC
    )


def _particle_short_forms(people: list[tuple[str, ...]]) -> set[str]:
    """The short forms of the article's people whose names hold a particle, which the tagger
    often types as an organisation or a place: the family name with its particles ("von der
    leyen" of Ursula von der Leyen, written "Von der Leyen" at a sentence's start), and the
    name before a patronymic ("alwaleed" of Alwaleed bin Talal), by which news calls him."""
    out: set[str] = set()
    for words in people:
        k = next((i for i, w in enumerate(words) if i and w in NAME_PARTICLES), None)
        if k is None or k == len(words) - 1:
            continue
        out.add(" ".join(words[k:]))
        if words[k] in _PATRONYMIC:
            out.add(" ".join(words[:k]))
    return out


def merge_mentions(mentions: list[tuple[str, str, Span]]) -> list[Entity]:
    """Group mentions into entities: a short form joins the longest name that ends (or, for a
    person or an organisation, starts) with it; a surname tagged as a place joins the person,
    a full name tagged as an organisation is the person its surname names elsewhere, and a
    company's name without its suffix ("Veltrix", tagged as a place) is the company."""
    people = [person_name_words(norm_name(n)) for label, n, _ in mentions if label == "PERSON"]
    surnames = {w[-1] for w in people if len(w) > 1}
    singles = {w[0] for w in people if len(w) == 1}
    given = given_names_of_one(people)
    particled = _particle_short_forms(people)
    companies = _company_short_forms(mentions)
    by_key: dict[tuple[str, str], list[Span]] = {}
    for label, name, span in mentions:
        norm = norm_name(name)
        if label != "PERSON" and (
            norm in surnames
            or norm in particled
            or _is_named_person(name_words(norm), singles, label)
            or (label == "ORG" and _surname_said_alone(name, singles, surnames))
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


#: Small words a name's initials leave out ("Customs and Border Protection" is CBP).
_NOT_INITIALS = frozenset(("and", "of", "for", "the", "&", "on", "in"))


def is_acronym_of(acronym: str, name: str) -> bool:
    """True if ``acronym`` ("CBP") is an acronym of the long ``name``."""
    return bool(ACRONYM.fullmatch(acronym)) and acronym in _initialisms(name)


def _initialisms(name: str) -> set[str]:
    """The acronyms a long name may go by: the initials of its capitalised words, from the
    first word or after a leading place ("U.S. Customs and Border Protection" is CBP)."""
    words = [w for w in WORD_BREAK.split(name) if w and w.lower() not in _NOT_INITIALS]
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
        letters = acronym_letters(spans[0].text)
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


#: Given names that are also a faith, tagged as a people ("Christian voters").
_FAITHS = frozenset(("christian",))


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


def _surname_said_alone(name: str, singles: set[str], surnames: set[str]) -> bool:
    """True for two capitalised words tagged an organisation whose second word the article
    tags, alone, as a person, and no other person's full name ends with: "Jamal Osei", then
    "But Osei, who came on ...". The given-name list need not know "Jamal"; a company's name
    ("Harlow Rovers", "Georgia Power") ends in a word no one is called alone, or in a body's
    word."""
    words = name.split()
    if len(words) != 2 or not all(w.isalpha() and w.istitle() for w in words):
        return False
    last = words[-1].lower()
    return (
        last in singles
        and last not in surnames
        and last not in ORG_HEADS
        and last not in COMPANY_SUFFIXES
        and words[0].lower() not in ORG_HEADS
    )


def _full_name_rank(key: tuple[str, str], first_start: int) -> tuple[int, int, int]:
    """Sort key among the full names a short form may join, best first: for a person, one with
    a known given name ("Tim Cook" over "Hosting Cook", a tagger error that swallowed the word
    before the surname); then the one named first (news introduces a person by full name at
    first mention); then the longest."""
    label, name = key
    given = label == "PERSON" and any(w in MALE or w in FEMALE for w in name_words(name)[:-1])
    return (0 if given or label != "PERSON" else 1, first_start, -len(name))


def metadata_entities(article: Article, nlp: Language, body: list[Entity]) -> list[Entity]:
    """Entities named in the byline, image credits and captions but not in the body.

    Those fields are part of the article (not furniture) but live outside ``Article.text``, so
    these entities have no mentions; ``found_in`` says where they were seen. Names the body
    already has are not repeated.
    """
    texts: list[tuple[str, str]] = [(c, "image caption") for c in _captions(article)]
    texts += [(c, "image credit") for c in _credits(article)]
    seen = {norm_name(m.text) for e in body for m in e.mentions} | {norm_name(e.name) for e in body}
    found: dict[tuple[str, str], Entity] = {}
    for author in article.authors:
        key = ("PERSON", norm_name(author))
        found.setdefault(key, Entity(id="", name=author, label="PERSON", found_in=["authors"]))
    for doc, (_text, where) in zip(entity_docs(nlp, [t for t, _ in texts]), texts, strict=True):
        for ent in doc.ents:
            if ent.label_ not in KEPT_LABELS:
                continue
            key = (ent.label_, norm_name(ent.text))
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
        low = norm_name(speaker.name)
        match = next(
            (e for e in entities + added if norm_name(e.name) == low or speaker.entity_id == e.id),
            None,
        )
        if match is None and not is_name(speaker.name):
            continue  # "the ministry" of "Russia's foreign ministry said": no name
        if match is None:
            pattern = re.compile(r"\b" + re.escape(speaker.name) + r"\b")
            spans = [article.span(m.start(), m.end()) for m in pattern.finditer(article.text)]
            if not spans:
                continue
            label = "PERSON" if speaker.type == "person" else "ORG"
            if label == "PERSON" and names_a_body(speaker.name):
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
    build the mine, said", "HM Coastguard said", "the Ospreys." (``the_before``), names the
    speaker rules take for a person's)."""
    words = name_words(norm_name(entity.name))
    return bool(words) and (
        words[-1] in COMPANY_SUFFIXES
        or names_a_body(entity.name)
        or any(org_context(article.text, m) or the_before(article.text, m) for m in entity.mentions)
    )


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
    words = set(name_words(norm_name(entity.name)))
    have = {(m.start, m.end) for m in entity.mentions}
    for m in speaker.mentions:
        if (m.start, m.end) not in have and set(name_words(norm_name(m.text))) <= words:
            entity.mentions.append(m)
    entity.mentions.sort(key=lambda m: m.start)

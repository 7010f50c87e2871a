"""Speakers: resolve each speaker mention, in reading order, to one speaker of the article.

requires: :class:`~tidings.analyze.mentions.Mention` objects in reading order (read from the
parse by :func:`~tidings.analyze.mentions.read_mention`), the article and its merged entities.
assigns: nothing outside the book; :meth:`SpeakerBook.resolve` returns the
:class:`~tidings.model.Speaker` a mention refers to and :attr:`SpeakerBook.speakers` lists them
(:mod:`tidings.analyze.resolve` puts them in ``Article.speakers``).

:meth:`SpeakerBook._resolve_entry` is the one place that says which rule runs first: a name
joins the speaker it names (a surname joins the full name used before: "Lain" -> "Sarah Lain",
via the article's merged entities; titles and honorifics, acronyms and namesakes sorted out
here); a pronoun goes to its antecedent (:mod:`tidings.analyze.antecedents`); a definite
nominal to an aged person, a letter's writer (:mod:`tidings.analyze.nominals`), the speaker
whose description has that noun, the holder of a title, or the organisation last quoted or
named ("the group" -> al-Nusra Front); anything else is an anonymous source under its
description. The entries and lookups live in :mod:`tidings.analyze.registry`, the word lists and
name tests in :mod:`tidings.analyze.naming`.

No coreference model runs offline, so this is rules over the parse; it does not handle cataphora
("Before he left, Smith said"), or split antecedents ("they" = Smith and Jones).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tidings.analyze.mentions import Mention
from tidings.analyze.names import TITLE_WORDS, gender_of, named_for_founder, noun_gender, surname
from tidings.analyze.naming import (
    BUSINESS_NOUNS,
    GENDER_HONORIFICS,
    MEDIA_NOUNS,
    ORG_NOUNS,
    PERSONLIKE_BUSINESS_NOUNS,
    business_head,
    has_acronym,
    holds_title,
    looks_personal,
    name_extends,
    names_only,
    person_shaped,
    self_named,
    strip_title_words,
    tidy_name,
)
from tidings.analyze.nominals import NominalAntecedents, person_noun, same_office
from tidings.analyze.openings import sentence_start
from tidings.analyze.registry import Entry
from tidings.model import Entity, Speaker

#: One capitalised word: "Welshman".
_CAPITALISED = re.compile(r"[A-Z][a-z]+")

#: A relative clause about a thing right after a name: "Rio Tinto, which ...".
_WHICH = re.compile(r"\s*,\s*which\b")

#: One capitalised word that may be a surname ("Voss", "O'Neill", "Smith-Jones").
_SURNAME = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z][a-z]+)?")


def _plain(descriptions: list[str]) -> list[str]:
    """Descriptions without those of a business named by its place ("the Swedish company"):
    such a nominal sets its company apart, so a later plain "the company" is not it."""
    return [
        d
        for d in descriptions
        if not (d.split()[-1:] and business_head(d.split()[-1].lower()) and self_named(d))
    ]


#: Words that take a description on to someone or something else: "an adviser to the
#: governor", "the wife of the senator", "a spokesman for the mayor".
_PAST_ROLE = frozenset(["to", "for", "of", "with", "at", "by", "under", "on", "in", "from"])


def _role_words(descriptions: list[str]) -> set[str]:
    """The lower-cased words of each description up to the first preposition: the role it
    gives its own person. "Tom Reed, an adviser to the governor" is an adviser, so a later
    "the governor said" is not Reed; "the governor of Ohio" is still a governor."""
    words: set[str] = set()
    for description in descriptions:
        for word in description.lower().split():
            if word in _PAST_ROLE:
                break
            words.add(word)
    return words


#: Nations whose people are also British: "the British qualifier" may be "the Englishwoman".
_BRITISH = frozenset(("engl", "scot", "wels", "brit"))


def _nation_stem(word: str) -> str:
    """The first letters a nationality and its demonym share ("dutch", "Dutchwoman" ->
    "dutc"), with the nations of Britain as one."""
    stem = word.lower()[:4]
    return "brit" if stem in _BRITISH else stem


#: What may stand between a nationality and the name it describes: up to three words, no
#: punctuation ("British qualifier ", "Dutch former world champion ").
_NATION_GAP = re.compile(r"(?:\s+[\w'’-]+){0,3}\s+")


class SpeakerBook(NominalAntecedents):
    """The article's speakers, built up mention by mention in reading order.

    The entries and lookups come from :class:`~tidings.analyze.registry.SpeakerRegistry`, the
    pronoun rules from :class:`~tidings.analyze.antecedents.PronounAntecedents` and the nominal
    rules from :class:`~tidings.analyze.nominals.NominalAntecedents`; this class decides which
    runs first (:meth:`_resolve_entry`) and reads names.
    """

    def resolve(self, mention: Mention) -> Speaker | None:
        """The speaker this mention refers to (added to the book if new), or None."""
        entry = self._resolve_entry(mention)
        if entry is None:
            return None
        sp = entry.speaker
        entry.last = mention.start
        if not (mention.kind == "nominal" and self._place_words_of_business(mention)):
            # "the Swedish company" sets Spotify apart from the article's "the company"
            # (Apple): a plain "the company" later is still Apple
            entry.heads.add(mention.head)
        span = self.article.span(mention.start, mention.end)
        if span not in sp.mentions:
            sp.mentions.append(span)
        if (
            mention.description
            and mention.kind != "pronoun"
            and mention.description not in sp.descriptions
            and mention.description != sp.name
            and not (sp.type == "person" and names_only(mention.description, sp.name))
        ):
            sp.descriptions.append(mention.description)
        by_surname = (
            mention.kind == "name"
            and bool(mention.name)
            and mention.name.split()[0] != sp.name.split()[0]
        )
        if sp.gender is None and sp.type == "person" and mention.gender and not by_surname:
            # "Jean-Pierre said" says nothing of Karine Jean-Pierre's gender, nor "Jackson"
            # of Ronny Jackson's: a surname read as a given name is no gender
            sp.gender = mention.gender  # type: ignore[assignment]
        return sp

    def _resolve_entry(self, m: Mention) -> Entry | None:
        """The entry ``m`` refers to, founded if new; the rules in the order they run:

        1. one capitalised word read as a noun that is the surname of someone named before is
           that name (:meth:`_surname_read_as_noun`);
        2. a name joins the speaker it names (:meth:`_find`: a surname joins the full name),
           after sorting out an organisation tagged for a person and the reverse, an
           acronym's full name, an honorific's gender and "Twitter's Adam Sharp";
        3. a pronoun goes to its antecedent (:meth:`_antecedent`);
        4. a definite nominal goes to an aged person (:meth:`_aged_person`), one of a pair
           ("the former", :meth:`_one_of_pair`), a letter's writer (:meth:`_writer_of`), the
           speaker whose description has its noun, the person named with its title
           (:meth:`_titled_person_before`, :meth:`_role_named_after`), or the organisation
           quoted or named last;
        5. anything else is an anonymous source under its description.
        """
        if m.kind in ("anonymous", "nominal"):
            self._surname_read_as_noun(m)
        if m.kind == "name" and (demonym := self._demonym(m)) is not None:
            # "the Welshman added", ", the Australian said": a person of that nation named
            # before, found as "he" (or "she") is
            gender = (
                "female"
                if demonym.endswith("woman")
                else ("male" if demonym.endswith("man") else None)
            )
            head = "she" if gender == "female" else "he"
            if gender is None and len(self.article.text[m.start : m.end].split()) > 2:
                head = "person"  # "the Virginia Democrat": a man or a woman
            apposed = self._apposed_person(demonym, m.start) or self._party_person(demonym, m.start)
            if apposed is not None:
                # 'Ada Moss, a Democrat, faces Tom Reed, a Republican' then "the Democrat
                # said": the one the article described so, not the last one named; so is
                # 'Sen. Ada Moss (D-Ohio)' or 'Democratic Sen. Ada Moss'
                m.description = m.description or self.article.text[m.start : m.end]
                return apposed
            pronoun = Mention(m.start, m.end, "pronoun", gender=gender, head=head)
            found = self._antecedent(pronoun)
            if found is not None and self._of_other_nation(found, demonym):
                # 'Rita Vos lost to the British qualifier Amy Cole' then "the Dutchwoman
                # said": not the one the article gave another nation
                found = self._demonym_person(demonym, m.start, gender)
            if found is not None and found.speaker.type == "person":
                m.description = m.description or self.article.text[m.start : m.end]
                return found
            m.kind, m.name, m.type, m.description = "nominal", None, "unknown", m.description
            description = self.article.text[m.start : m.end]
            return self._find(description) or self._add(description, "anonymous", m, None)
        if m.kind == "name" and m.name and (kin := self._elder_or_younger(m)) is not None:
            return kin
        if m.kind == "name" and m.name:
            self._past_honorific(m)
            ent = self._entity_for(m.name_start or m.start, m.end) or self._entity_named(m.name)
            name = m.name
            if m.type == "organization" and self._person_named_at(m):
                # the tagger took this one "Bozell" for an organisation; the article's merged
                # entity at exactly these words is a person (Brent Bozell III). A speaker
                # already quoted under these words comes first: the merged name may be a
                # headline's run-on ("Chris Christie Address Heroin") or another namesake's
                m.type = "person"
                entry = self._find(name)
                if entry is not None:
                    return entry
            at = m.name_start if m.name_start is not None else m.start
            if (
                ent is not None
                and has_acronym(ent)
                and any(x.start in (at, m.start) for x in ent.mentions)
            ):
                # "CBP said", or "U.S. Customs said" tagged a person, where the article's
                # merged entity is an organisation named in full that also goes by its
                # initials: the organisation, under its full name
                m.type, m.gender, name = "organization", None, ent.name
            if (
                m.type == "person"
                and ent is not None
                and ent.label == "ORG"
                and named_for_founder(name.lower().split())
            ):
                # "Dick Clark Productions denied", tagged a person: the article typed the
                # name a company's (:func:`~tidings.analyze.names.named_for_founder`)
                m.type, m.gender = "organization", None
            honorific = self._honorific_gender(m)
            if honorific and ent is not None and ent.label == "PERSON":
                # "Mrs. Clinton" is not Bill Clinton, "Mr. Obama" not Michelle Obama: the one
                # of that surname whose given name says the honorific's gender, if named
                ent = self._person_of_gender(ent, honorific)
                if gender_of(ent.name) not in (None, honorific):
                    # no one of that surname has the honorific's gender: "Mr. Obama" in an
                    # article that names only Michelle Obama in full is another Obama, named
                    # by the surname alone
                    ent, m.name_start = None, m.end - len(m.name.split()[-1])
                    name = m.name = m.name.split()[-1]
            if ent is not None and ent.label == "PERSON" and m.type == "person":
                name = strip_title_words(ent.name)
            elif ent is not None and m.type == "person" and self._surname_of_org(m.name, ent):
                name = ent.name  # "Young said" after "Trae Young", tagged an organisation
            elif ent is None and m.type == "person" and (org := self._company_short(m.name)):
                # "Norvex, based in Austin, expects ..." (untagged, read as a person) after
                # "Norvex Semiconductor": the company
                ent, name, m.type, m.gender = org, org.name, "organization", None
            owner, _, rest = name.replace("’", "'").rpartition("'s ")
            if owner and len(rest.split()) > 1 and looks_personal(rest):
                # "Twitter's Adam Sharp": the person; whose they are is a description
                name, m.type, m.gender = name[len(owner) + 3 :], "person", gender_of(rest)
                at = self.article.text.find(name, m.start, m.end)
                m.name_start = at if at >= 0 else m.name_start
                m.description = m.description or owner
                ent = self._entity_for(at, at + len(name)) if at >= 0 else None
                ent = ent if ent is not None and ent.label == "PERSON" else None
            name = tidy_name(name) or name
            said_which = self.article.text[m.start : m.end] == "which" or bool(
                _WHICH.match(self.article.text, m.end)
            )
            if m.type == "person" and gender_of(name) is None and said_which:
                # "Rio Tinto, which plans to build the mine, said": "which" says a thing,
                # the tagger's person is an organisation
                m.type = "organization"
            # a surname joins a speaker already quoted under a full name before it founds a
            # new one from the entity: "Cook said" after "Tim Cook" stays Tim Cook even when
            # the tagger merged "Cook" into a bad entity ("Hosting Cook at Dreamforce")
            person = m.type == "person"
            entry = self._find(name, person, honorific) or (
                self._find(m.name, person, honorific) if " " not in m.name else None
            )
            if entry is None and " " not in name:
                # "Nadia writes" after "Nadia Okafor reports", whatever type the tagger gave
                # the lone given name (it often makes an unknown one a place); not when the
                # article's entity names the person in full ("Obama" is Barack Obama, not the
                # headline's run-on "Obama Seeks" quoted before)
                entry = self._by_given_name(name)
            if entry is None:
                entry = self._add(name, m.type, m, ent.id if ent else None)
            elif (
                person
                and name != m.name
                and entry.speaker.type == "organization"
                and entry.speaker.name == name
            ):
                # "Holt said" after "Karen Holt", tagged a company: the full name, a person
                entry.speaker.type = "person"
            elif m.type == "organization" and said_which and entry.speaker.gender is None:
                entry.speaker.type = "organization"
            elif len(name) > len(entry.speaker.name) and name_extends(name, entry.speaker.name):
                entry.speaker.name = name  # "Lain" -> "Sarah Lain", never "Tim Cook" -> "X Cook"
            return entry
        if m.kind == "pronoun":
            return self._antecedent(m)
        if m.kind == "nominal" and (aged := self._aged_person(m)) is not None:
            return aged
        if m.kind == "nominal" and (paired := self._one_of_pair(m)) is not None:
            return paired
        if m.kind == "nominal" and (writer := self._writer_of(m)) is not None:
            return writer
        if m.kind == "nominal" and (origin := self._company_of_origin(m)) is not None:
            return origin
        if m.kind == "nominal":
            # the noun, or another form of the same role ("the councilwoman" for one
            # described "Councilmember"), of the noun's gender if its form says one
            office, gender = same_office(m.head), noun_gender(m.head)
            places = self._place_words_of_business(m)
            held = [
                entry
                for entry in reversed(sorted(self.entries, key=lambda e: e.last))
                if (
                    m.head in entry.heads
                    or office & _role_words(_plain(entry.speaker.descriptions))
                )
                and (gender is None or entry.speaker.gender in (None, gender))
                and not (places and self._other_origin(entry, m, places))
            ]
            # "the president" (the office alone) is the one who holds the title outright
            # ("President Donald Trump"), not one whose title names another body ("Fed
            # President Neel Kashkari") quoted since
            bare = [e for e in held if holds_title(e.speaker, m.head)]
            said = Speaker(id="", name="", type="person", descriptions=[m.description or ""])
            other_body: set[str | None] = set()
            if bare and holds_title(said, m.head) and not holds_title(held[0].speaker, m.head):
                other_body = {e.speaker.entity_id for e in held if e not in bare} - {None}
                held = bare
            focus = self._titled_in_focus(m)
            if focus is not None and focus[2].id in other_body:
                focus = None  # "Fed President Neel Kashkari" is not "the president"
            if focus is not None and (not held or focus[0] > held[0].last):
                # someone with the title named since the holder last spoke, just before
                s, e, ent = focus
                person = Mention(m.start, m.end, "name", name=ent.name, type="person")
                name = strip_title_words(ent.name)
                # the words named there first ("Sanders" joins the Bernie Sanders quoted,
                # whatever run-on a headline gave the entity)
                said = self.article.text[s:e] if e > s else ""
                found = next((x for x in self.entries if x.speaker.entity_id == ent.id), None)
                found = found or (self._find(said, True) if said[:1].isupper() else None)
                if len(said.split()) > 1 and said[:1].isupper():
                    name = strip_title_words(tidy_name(said))
                return found or self._find(name, True) or self._add(name, "person", person, ent.id)
            if held and held[0].speaker.entity_id is None:
                # the role spoke before its holder was named ('The environment secretary has
                # rejected calls to ...', then 'Steve Reed told reporters ...'): a later "the
                # environment secretary" is the person named, not the unnamed role
                named = self._role_named_after(m)
                if named is not None:
                    person = Mention(m.start, m.end, "name", name=named.name, type="person")
                    return self._find(named.name) or self._add(
                        strip_title_words(named.name), "person", person, named.id
                    )
            if held and (newer := self._newer_company(m, held[0])) is not None:
                return newer
            if held:
                return held[0]
            titled = self._titled_person_before(m.head, m.start) or self._role_named_after(m)
            if titled is None and person_noun(m.head) and not m.plural:
                # 'Tom Reed met Ada Moss, a teacher at the school, ...' then "the teacher
                # said": the one an appositive gave the noun, shortly before
                apposed = self._apposed_person(m.head, m.start, gender)
                if apposed is not None:
                    return apposed
            if titled is None and (star := self._trade_in_focus(m)) is not None:
                return star
            if titled is not None:
                person = Mention(m.start, m.end, "name", name=titled.name, type="person")
                return self._find(titled.name) or self._add(
                    strip_title_words(titled.name), "person", person, titled.id
                )
            if business_head(m.head) and (lede := self._company_of_lede(m)) is not None:
                return lede
            if m.head in BUSINESS_NOUNS and m.head not in ORG_NOUNS:
                # "the chip designer", "The electric-car maker": the company opening this
                # sentence or the one before, or no one (not any company quoted earlier: "the
                # airline" is not the TV channel that reported the crash)
                focus = self._company_in_focus(m)
                if focus is not None:
                    return focus
            elif m.head in ORG_NOUNS and not self_named(m.description or ""):
                spoke = self._last_org_speaker(m.head)
                if spoke is not None and (newer := self._newer_company(m, spoke)) is not None:
                    return newer
                if spoke is not None and m.head not in MEDIA_NOUNS:
                    return spoke
                org = self._last_org_before(m.start, m.head)
                if org is not None:
                    return self._find(org.name) or self._add(org.name, "organization", m, org.id)
        description = m.description or self.article.text[m.start : m.end]
        name = self._named_description(description, m.start)
        entry = self._find(name) or self._described_as(description, m)
        return entry or self._add(name, "anonymous", m, None)

    def peek(self, mention: Mention, besides: Speaker | None = None) -> str | None:
        """The name of the speaker or person ``mention`` refers to, by the rules that resolve
        speakers (:meth:`_resolve_entry`), leaving the book as it was: an addressee ("Reyes
        told her", "told Sato") is resolved like a speaker but is no speaker, so no entry is
        founded or changed and no mention recorded. ``besides`` (the one speaking) is no
        candidate: one is not told one's own words."""
        entries, narrated = self.entries, self._narrated
        if besides is not None:
            self.entries = [e for e in entries if e.speaker is not besides]
            self._narrated = [
                x
                for x in narrated
                if x[2].id != besides.entity_id and x[2].name not in (besides.name, "")
            ]
        kept = len(self.entries)
        state = [(e.speaker.name, e.speaker.type, e.speaker.gender) for e in self.entries]
        try:
            entry = self._resolve_entry(replace(mention))
            name = entry.speaker.name if entry is not None else None
        finally:
            del self.entries[kept:]
            for e, (n, t, g) in zip(self.entries, state, strict=True):
                e.speaker.name, e.speaker.type, e.speaker.gender = n, t, g  # type: ignore[assignment]
            self.entries, self._narrated = entries, narrated
        return name

    def _described_as(self, description: str, m: Mention) -> Entry | None:
        """The person the article already described with these very words, when they are a
        possessive and one noun: "his daughter said" after "said his daughter, Ellen
        Whitcombe Price" is Ellen Whitcombe Price (not a new anonymous "his daughter")."""
        words = description.lower().split()
        if m.plural or len(words) != 2 or words[0] not in ("his", "her", "their"):
            return None
        low = description.lower()
        held = [
            e
            for e in self.entries
            if e.speaker.type == "person" and any(d.lower() == low for d in e.speaker.descriptions)
        ]
        return max(held, key=lambda e: e.last) if held else None

    def _newer_company(self, m: Mention, held: Entry) -> Entry | None:
        """Another company, opening a sentence of this paragraph or the one before, named
        after the one "the company" last named: in 'Cerebra, which makes chips ..., has
        raised $700 million from investors including Fidelity.' then 'The company said it
        had signed three new customers', the company is Cerebra, not the chipmaker quoted
        two paragraphs up (nor Fidelity, which opens nothing)."""
        if not business_head(m.head) or m.head in PERSONLIKE_BUSINESS_NOUNS:
            return None
        best = self._company_opening(m)
        if best is None or best[3] is held or best[0] <= held.last or best[2].label != "ORG":
            return None
        para = self._paragraph_at(m.start)
        text = self.article.text
        if para is not None and best[0] < para.start < sentence_start(text, para.start, m.start):
            return None  # a sentence of its own paragraph comes first, and opens with no company
        s, e, ent, found = best
        if found is not None:
            return found
        return self._add(ent.name, "organization", Mention(s, e, "name", name=ent.name), ent.id)

    def _place_words_of_business(self, m: Mention) -> set[str]:
        """The place words of a business nominal ("the Swedish company"), else none."""
        return self._place_words(m) if business_head(m.head) else set()

    def _other_origin(self, entry: Entry, m: Mention, places: set[str]) -> bool:
        """True when a business nominal names ``places`` ("the Texas company") and ``entry``
        was called that noun with another place ("The German company"): not the same
        company."""
        for said in entry.speaker.descriptions:
            words = said.split()
            if len(words) < 3 or words[-1].lower() != m.head:
                continue
            theirs = {w.removesuffix("-based").lower() for w in words[1:-1] if w[:1].isupper()}
            if theirs and not theirs & places:
                return True
        return False

    def _of_other_nation(self, entry: Entry, demonym: str) -> bool:
        """True when the article gave the person of ``entry`` another nation than
        ``demonym``'s (:meth:`_other_nation`)."""
        ent = next((e for e in self.entities if e.id == entry.speaker.entity_id), None)
        return ent is not None and self._other_nation(ent, demonym)

    def _other_nation(self, ent: Entity, demonym: str) -> bool:
        """True when the article gave ``ent`` a nation other than ``demonym``'s, right before a
        name of theirs ("the British qualifier Amy Cole" is no "Dutchwoman"), and never
        ``demonym``'s own."""
        nations = {self._nation_before(x.start) for x in ent.mentions} - {None}
        stem = _nation_stem(demonym)
        return bool(nations) and not any(_nation_stem(n) == stem for n in nations)  # type: ignore[arg-type]

    def _nation_before(self, at: int) -> str | None:
        """The nationality (a NORP name, lower-cased) written in the few words right before
        the name at ``at``: "the British qualifier Amy Cole" gives "british"."""
        text = self.article.text
        for s, e, ent in self._entity_at:
            if ent.label == "NORP" and e <= at and _NATION_GAP.fullmatch(text, e, at):
                return text[s:e].lower()
        return None

    def _demonym_person(self, demonym: str, pos: int, gender: str | None) -> Entry | None:
        """The last person named before ``pos`` who may be "the Dutchwoman" (``demonym``): of
        the demonym's gender (if it says one), not given another nation."""
        for s, e, ent in reversed(self._narrated):
            if s >= pos or ent.label != "PERSON":
                continue
            if gender and gender_of(ent.name) not in (None, gender):
                continue
            if not self._other_nation(ent, demonym):
                return self._entry_of(s, ent, e)
        return None

    def _demonym(self, m: Mention) -> str | None:
        """The nationality word of a mention that is only "the" and one (a "the Welshman",
        "the Frenchwoman", "the Australian"), which the tagger reads as a name; None for any
        other. A word in -man or -woman counts after "the" or "The"; one the tagger labels a
        nationality only after a lowercase "the" ("The Australian" may be the newspaper)."""
        words = self.article.text[m.start : m.end].split()
        if (
            len(words) in (3, 4)
            and words[0] == "the"
            and all(map(_CAPITALISED.fullmatch, words[1:]))
        ):
            # "the Virginia Democrat", "the New York Republican": a place, then a party or
            # nation the tagger marks, after a lowercase "the"
            at = m.end - len(words[-1])
            norp = any(s == at and ent.label == "NORP" for s, _e, ent in self._entity_at)
            return words[-1] if norp and not words[-1].lower().endswith("s") else None
        if (
            len(words) != 2
            or words[0] not in ("the", "The")
            or not _CAPITALISED.fullmatch(words[1])
        ):
            return None
        word = words[1]
        low = word.lower()
        if low.endswith("s"):
            return None  # "the Democrats", "the Saudis": a group, not one person
        if low.endswith(("man", "woman")) and low not in TITLE_WORDS and len(low) > 6:
            return word
        at = m.end - len(word)
        norp = any(s == at and ent.label == "NORP" for s, _e, ent in self._entity_at)
        return word if norp and words[0] == "the" else None

    def _surname_read_as_noun(self, m: Mention) -> None:
        """Make ``m`` a person's name when it is one capitalised word, the surname of a person
        named in full before it, that the tagger read as a common noun: 'Voss accused her
        counterpart ...' after "Veloria's foreign minister, Katarina Voss" ("Voss" NN, no
        entity) is Katarina Voss, not an anonymous "Voss"; "Mendes denied" (NNS) too."""
        word = self.article.text[m.start : m.end]
        if not _SURNAME.fullmatch(word):
            return
        low = word.lower()
        named = [
            e
            for e in self.entities
            if e.label == "PERSON" and len(e.name.split()) > 1 and surname(e.name).lower() == low
        ]
        # one person of that surname ("Obama" may be Barack or Michelle), named before
        if len(named) != 1 or not any(x.start < m.start for x in named[0].mentions):
            return
        ent = named[0]
        m.kind, m.name, m.name_start, m.type = "name", word, m.start, "person"
        m.description, m.plural, m.gender = None, False, gender_of(ent.name)

    def _company_short(self, said: str) -> Entity | None:
        """The one organisation whose name opens with ``said``, a single word no given name
        ("Norvex" of "Norvex Semiconductor"), when no person's name holds that word."""
        if " " in said or not said[:1].isupper() or gender_of(said) is not None:
            return None
        low = said.lower()
        if any(e.label == "PERSON" and low in e.name.lower().split() for e in self.entities):
            return None
        orgs = [
            e
            for e in self.entities
            if e.label == "ORG" and len(e.name.split()) > 1 and e.name.lower().split()[0] == low
        ]
        return orgs[0] if len(orgs) == 1 else None

    @staticmethod
    def _surname_of_org(said: str, ent: Entity) -> bool:
        """True when ``said`` (one word, read as a person) is the last word of an entity the
        tagger took for an organisation that has a person's shape: "Young" of "Trae Young"."""
        return (
            ent.label == "ORG"
            and " " not in said
            and person_shaped(ent.name)
            and surname(ent.name).lower() == said.lower()
        )

    def _past_honorific(self, m: Mention) -> None:
        """'Ms Hughes insisted', with "Ms Hughes" tagged whole (an organisation, to the
        tagger): the honorific is no part of the name, and it says a person. The name then
        starts after it, where :meth:`_honorific_gender` reads it and the surname finds the
        person named in full (Rachel Hughes)."""
        words = m.name.split() if m.name else []
        if len(words) < 2 or words[0].lower().rstrip(".") not in GENDER_HONORIFICS:
            return
        start = m.name_start if m.name_start is not None else m.start
        at = self.article.text.find(words[1], start + len(words[0]), m.end)
        if at < 0 or not words[1][:1].isupper():
            return
        m.name_start, m.name, m.type = at, " ".join(words[1:]), "person"

    def _honorific_gender(self, m: Mention) -> str | None:
        """The gender an honorific before a name says ("Mrs. Clinton", "Mr. Obama"), if any."""
        if m.name_start is None or m.name_start <= m.start:
            return None
        words = self.article.text[m.start : m.name_start].split()
        return (
            gender_of(words[-1])
            if words and words[-1].lower().rstrip(".") in GENDER_HONORIFICS
            else None
        )

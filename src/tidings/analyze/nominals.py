"""Nominal antecedents: who "the president", "the 24-year-old" or "the letter" refers to.

requires: the speakers resolved so far and the article's entities (a
:class:`~tidings.analyze.registry.SpeakerRegistry`, with the pronoun rules of
:mod:`tidings.analyze.antecedents`), and a definite nominal :class:`Mention`. assigns: the entry
or entity the nominal refers to, or None when its rule does not apply.

The rules: an age ("the 24-year-old") is the person named last before it
(:meth:`NominalAntecedents._aged_person`); "the letter" (statement, email) is its writer's words
(:meth:`~NominalAntecedents._writer_of`); an office ("the president") is the last person named
with that title (:meth:`~NominalAntecedents._titled_person_before`) or the person news named
right after introducing them by the role alone (:meth:`~NominalAntecedents._role_named_after`).
Their order, and the nominal rules that need only the registry (a speaker whose description
has the noun, the organisation quoted or named last), are in
:meth:`tidings.analyze.speakers.SpeakerBook._resolve_entry`.

Separate because each rule reads the article's sentences around the nominal; kept apart from
the pronoun rules so each module holds one kind of reference.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tidings.analyze.antecedents import PronounAntecedents
from tidings.analyze.mentions import Mention
from tidings.analyze.names import (
    OFFICE_QUALIFIERS,
    TITLE_WORDS,
    gender_of,
    noun_gender,
    surname,
)
from tidings.analyze.naming import (
    PERSON_NOUNS,
    PERSONLIKE_BUSINESS_NOUNS,
    WRITTEN_NOUNS,
    business_head,
    looks_personal,
    noun_fits,
    strip_title_words,
    tidy_name,
)
from tidings.analyze.openings import SENTENCE_END, modifier_use, opens_sentence, sentence_start
from tidings.analyze.registry import Entry
from tidings.analyze.repeats import CAPITAL_BEFORE
from tidings.model import Entity
from tidings.wordlists import word_list


class NominalAntecedents(PronounAntecedents):
    """Resolution of definite nominals that refer back to a person named in the article."""

    def _titled_person_before(self, title: str, pos: int) -> Entity | None:
        """The last person named with this title before ``pos`` ("President Vladimir Putin"
        for "the president")."""
        if not names_office(title):
            return None
        # "the councilwoman" is no councilman: the role's gender, where its form says one
        gender = noun_gender(title)
        best = None
        for s, _e, ent in self._entity_at:
            if s >= pos or ent.label != "PERSON":
                continue
            if gender and gender_of(ent.name) not in (None, gender):
                continue
            # "the country's foreign minister, Anna Berg": the title before the comma counts
            titles = same_office(title)
            words = _title_words_before(self.article.text[max(0, s - 40) : s], titles)
            own = (_TITLE_ABBREVIATIONS.get(w, w) for w in ent.name.lower().split())
            named = bool(titles & {*words, *own})
            named = named or (
                self._title_in_appositive(titles, s, _e) and not self._other_person_here(ent, pos)
            )
            if named and (best is None or s > best[0]):
                best = (s, ent)
        return best[1] if best else None

    def _titled_in_focus(self, m: Mention) -> tuple[int, int, Entity] | None:
        """The person with the nominal's title named last in narration in its paragraph
        before it or in the paragraph before, and where: 'Blinken, who returned from Tokyo,
        said ... "...," the secretary said' is Blinken even when his deputy was "the deputy
        secretary" quoted paragraphs before; 'Udoka defended his guard. "...," the coach
        said' is Boston coach Ime Udoka, not the other team's coach quoted first. The title
        is said before a mention of the person ("Secretary of State Antony Blinken", "Gov.
        Daniel Harrow", "City Auditor Megan Kilgore") or in an appositive."""
        listed = names_office(m.head)
        if m.head in OFFICE_QUALIFIERS:
            return None  # "the state" is no title, though "state Sen." opens one
        if not listed and m.head.capitalize() not in self.article.text[: m.start]:
            return None  # no title: neither listed nor written capitalised before
        lo = self._window_start(m.start)
        if lo is None:
            return None
        gender = noun_gender(m.head)
        best = None
        # the names in narration, and the people quoted there (a cue's subject the tagger
        # missed: "Udoka defended his guard"); a name in narration only as a sentence's
        # subject ("Marco Rubio says the race is between himself, Donald Trump and Ted Cruz.
        # The Florida senator ..." is Rubio)
        text = self.article.text
        by_id = {ent.id: ent for ent in self.entities}
        seen = [
            (s, e, ent)
            for s, e, ent in self._narrated
            if lo <= s < m.start and opens_sentence(text, self._paragraph_start(s), s)
        ]
        seen += [
            (e.last, e.last, by_id[e.speaker.entity_id])
            for e in self.entries
            if e.speaker.entity_id in by_id and e.speaker.type == "person"
        ]
        places = self._place_words(m)
        for s, e, ent in seen:
            if not lo <= s < m.start or ent.label != "PERSON" or (best and s < best[0]):
                continue
            if gender and gender_of(ent.name) not in (None, gender):
                continue
            if self._has_title(ent, m.head, m.start, places):
                best = (s, e, ent)
        return best

    def _role_opening(self, start: int, end: int, m: Mention) -> dict[str, Entity | Entry]:
        """The person a role opening a sentence of the paragraph names, for pronoun ``m``:
        in 'Tom Hale, the mayor, met Paul Dorsey, the governor. "...," the governor said.' then
        'The mayor was less sure. "We will see," he said.' the writer turns to the mayor, and
        "he" is Hale, not the governor quoted last. The one the article named with that title
        (:meth:`_titled_person_before`: a title before the name or an appositive), of the
        pronoun's gender; empty when no sentence opens so or several roles do."""
        text = self.article.text
        found: dict[str, Entity | Entry] = {}
        for hit in _ROLE_OPENING.finditer(text, start, end):
            noun = hit.group(1).lower()
            if self._inside_quote(hit.start()) or not names_office(noun):
                continue
            if sentence_start(text, start, hit.start()) != hit.start():
                continue
            ent = self._titled_person_before(noun, hit.start())
            if ent is None or (m.gender and gender_of(ent.name) not in (None, m.gender)):
                continue
            found[ent.id] = ent
        return found

    def _window_start(self, pos: int) -> int | None:
        """Where the paragraph before the one holding ``pos`` starts (or that paragraph's own
        start, for the first): how far back a nominal looks for the person it names. None when
        ``pos`` is in no paragraph."""
        para = self._paragraph_at(pos)
        if para is None:
            return None
        prev = max(
            (p for p in self.article.paragraphs if p.end <= para.start),
            key=lambda p: p.start,
            default=None,
        )
        return prev.start if prev is not None else para.start

    def _apposed_person(self, word: str, pos: int, gender: str | None = None) -> Entry | None:
        """The person named in narration in this paragraph or the one before ``pos`` whom an
        appositive right after the name calls ``word`` ('Ada Moss, a Democrat, faces Tom Reed,
        a Republican' for "the Democrat"; 'Ada Moss, a teacher at the school,' for "the
        teacher"), the last one so described; None when nobody is (then the other rules
        decide). Not a possessive ("Tom Reed, the teacher's lawyer"), nor one past a preposition
        ("Tom Reed, an adviser to the governor": an adviser, not the governor). The noun may
        also come first, the name apposed to it ("the defendant, Curtis Webb," for "the
        defendant"; "her lawyer, Jon Fisk," for "the lawyer")."""
        lo = self._window_start(pos)
        if lo is None:
            return None
        text = self.article.text
        apposed = re.compile(
            rf",\s+(?:the|a|an)\s+(?:{_TITLE_MODIFIER}\s+){{0,3}}?{re.escape(word)}\b(?![’'-])",
            re.I,
        )
        fronted = _noun_before_name(word)
        best = None
        for s, e, ent in self._narrated:
            if not lo <= s < pos or ent.label != "PERSON" or (best and s < best[0]):
                continue
            if gender and gender_of(ent.name) not in (None, gender):
                continue
            if apposed.match(text, e, min(pos, e + 60)) or fronted.search(text, max(0, s - 60), s):
                best = (s, e, ent)
        if best is None:
            return None
        s, e, ent = best
        return self._entry_of(s, ent, e)

    def _party_person(self, word: str, pos: int) -> Entry | None:
        """The last person named before ``pos`` with the party that "the Democrat" or "the
        Republican" (``word``) names: by the party letter after the name ("Sen. Ada Moss
        (D-Ohio)", "Tom Reed, R-Texas,") or the party's adjective before it ("Democratic Sen.
        Ada Moss"). American political writing names a member of Congress so, then calls
        them by party. None for any other word, or when nobody was so named."""
        party = _PARTIES.get(word.lower())
        if party is None:
            return None
        text = self.article.text
        best = None
        for s, e, ent in self._entity_at:
            if s >= pos or ent.label != "PERSON" or (best and s < best[0]):
                continue
            letter = _PARTY_LETTER.match(text, e, min(len(text), e + 12))
            before = _title_words_before(text[max(0, s - 40) : s], set())
            if (letter and letter.group(1) == party[0]) or party[1] & before:
                best = (s, e, ent)
        if best is None:
            return None
        s, e, ent = best
        return self._entry_of(s, ent, e)

    def _trade_in_focus(self, m: Mention) -> Entry | None:
        """Who a trade noun the article uses for the person it quotes ("the actor", "the
        singer") names, in this order: the last person called so before a name in this
        paragraph or the one before ("starring actress Grace Obi"); the person quoted last
        there, as writers vary the name of the one they quote ('"...," Dorsey said. "...,"
        said the actor.'), unless the article called someone else so; the last person called
        so further back ("Oscar-winning actress Susan Sarandon") when no one else (of the
        noun's gender, if it says one) is named in narration near the noun. Never one of the
        other gender, one named in narration after the quote, or one called by another role;
        None for any other noun."""
        if m.head not in TRADE_NOUNS or m.plural:
            return None
        lo = self._window_start(m.start)
        if lo is None:
            return None
        gender = noun_gender(m.head)
        called = self._trade_named_before(m.head, m.start, gender)
        if called is not None and called[0] >= lo:
            return self._entry_of(called[0], called[1])
        last = self._quoted_last(m, lo, gender)
        if last is not None and (called is None or last.speaker.entity_id == called[1].id):
            return last
        if called is None or any(
            lo <= s < m.start
            and ent.label == "PERSON"
            and ent.id != called[1].id
            and (gender is None or gender_of(ent.name) in (None, gender))
            for s, _e, ent in self._narrated
        ):
            return None  # someone else is named near the noun: it may be theirs
        return self._entry_of(called[0], called[1])

    def _quoted_last(self, m: Mention, lo: int, gender: str | None) -> Entry | None:
        """The person quoted last between ``lo`` and the trade noun ``m``, if the noun may be
        theirs: of its gender, no other person named in narration since, no other role."""
        people = [e for e in self.entries if e.speaker.type == "person" and lo <= e.last < m.start]
        if not people:
            return self._named_alone(m, lo, gender)
        last = max(people, key=lambda e: e.last)
        if gender and (last.speaker.gender or gender_of(last.speaker.name)) not in (None, gender):
            return None
        for s, _e, ent in self._narrated:
            if (
                last.last < s < m.start
                and ent.label == "PERSON"
                and ent.id != last.speaker.entity_id
            ):
                return None
        said = {w.strip(",.").lower() for d in last.speaker.descriptions for w in d.split()}
        if said & _ROLE_NOUNS - {m.head}:
            return None  # "said Tom Hale, the producer": "the actor" is someone else
        return last

    def _named_alone(self, m: Mention, lo: int, gender: str | None) -> Entry | None:
        """The one person named in narration between ``lo`` and the trade noun ``m`` when no
        one was quoted there ('Donald Trump spoke for an hour. "...," the billionaire said.');
        None when two are named or the one named is of the other gender."""
        named = {
            ent.id: (s, ent)
            for s, _e, ent in self._narrated
            if lo <= s < m.start and ent.label == "PERSON"
        }
        if len(named) != 1:
            return None
        s, ent = next(iter(named.values()))
        if gender and gender_of(ent.name) not in (None, gender):
            return None
        return self._entry_of(s, ent)

    def _trade_named_before(
        self, noun: str, pos: int, gender: str | None
    ) -> tuple[int, Entity] | None:
        """Where and whom the article last named right after the trade noun before ``pos``
        ("actress Susan Sarandon", "“Broad City” star Arturo Castro"), of the noun's gender
        if it says one."""
        text = self.article.text
        before = re.compile(rf"\b{re.escape(noun)}\s+$", re.I)
        best = None
        for s, _e, ent in self._narrated:
            personal = ent.label == "PERSON" or (ent.label == "ORG" and looks_personal(ent.name))
            if s >= pos or not personal or (best and s < best[0]):
                continue  # ("starring actress Grace Obi" may be tagged an organisation)
            if gender and gender_of(ent.name) not in (None, gender):
                continue
            if before.search(text, max(0, s - len(noun) - 3), s):
                best = (s, ent)
        return best

    def _entry_of(self, at: int, ent: Entity, end: int | None = None) -> Entry:
        """The entry of the person ``ent`` named at ``at`` (to ``end``, or for the length of
        the entity's name), founded if new."""
        found = next((x for x in self.entries if x.speaker.entity_id == ent.id), None)
        name = strip_title_words(ent.name)
        end = at + len(ent.name) if end is None else end
        person = Mention(at, end, "name", name=ent.name, type="person")
        return found or self._find(name, True) or self._add(name, "person", person, ent.id)

    def _elder_or_younger(self, m: Mention) -> Entry | None:
        """Which of two people of one surname "the elder Benitez" (older, younger) is: the
        one the article gives the greater (smaller) age ("Arturo Benitez, 78,"), else the
        one it names as the other's parent (child): 'His son, Luis Benitez,' makes Luis the
        younger. None when the words before the surname say no such thing, fewer than two
        people have the surname, or nothing tells them apart."""
        text = self.article.text
        at = m.name_start if m.name_start is not None else m.start
        said = _ELDER.fullmatch(text, m.start, at)
        if said is None or not m.name or " " in m.name:
            return None
        called = m.name.lower()
        people = [
            e
            for e in self.entities
            if e.label == "PERSON" and len(e.name.split()) > 1 and surname(e.name).lower() == called
        ]
        if len(people) != 2:
            return None
        seen = [self._seniority(e, m.start) for e in people]
        ages, kin = [a for a, _ in seen], [k for _, k in seen]
        # with an age missing, the kin words: the parent or child of the one not so named
        ranks = ages if None not in ages else [k or 0 for k in kin]
        if ranks[0] == ranks[1]:
            return None
        younger = said.group(1).lower() == "younger"
        pick = people[ranks.index(min(ranks) if younger else max(ranks))]
        found = next((x for x in self.entries if x.speaker.entity_id == pick.id), None)
        name = strip_title_words(pick.name)
        person = Mention(m.start, m.end, "name", name=pick.name, type="person")
        return found or self._find(name, True) or self._add(name, "person", person, pick.id)

    def _seniority(self, ent: Entity, pos: int) -> tuple[int | None, int | None]:
        """How old the article makes ``ent`` before ``pos``: the age after a mention
        ("Arturo Benitez, 78,"), and 1 when it is named as someone's parent ("his father,
        Arturo Benitez"), -1 as a child ("His son, Luis Benitez"); None for what is not said."""
        text = self.article.text
        age = kin = None
        for span in ent.mentions:
            if span.start >= pos:
                continue
            if age is None and (said := _AGE_AFTER.match(text, span.end)) is not None:
                age = int(said.group(1))
            hit = _KIN_BEFORE.search(text, max(0, span.start - 20), span.start)
            if kin is None and hit is not None:
                kin = 1 if hit.group(1).lower() in ("father", "mother") else -1
        return age, kin

    def _paragraph_start(self, pos: int) -> int:
        para = self._paragraph_at(pos)
        return para.start if para is not None else 0

    def _has_title(self, ent: Entity, title: str, pos: int, places: set[str]) -> bool:
        """True when ``ent`` is given the title ``title`` before ``pos``: a title word (or its
        abbreviation, "Gov." for governor) among the three words before one of its mentions,
        with only capitalised words or "of" between ("Secretary of State Antony Blinken"), or
        an appositive. A noun that is no listed title counts only capitalised right before
        the name ("City Auditor Megan Kilgore"). A nominal's place words ("the Florida
        senator") must also be among the words before one of its mentions ("Florida Sen.
        Marco Rubio")."""
        titles = same_office(title)
        listed = names_office(title)
        text = self.article.text
        titled = placed = False
        for s, e, other in self._entity_at:
            if other.id != ent.id or s >= pos:
                continue
            said = [w.strip(",") for w in text[max(0, s - 40) : s].split()][-4:]
            # the mention's own words too ("President Donald Trump" tagged whole)
            own = {_TITLE_ABBREVIATIONS.get(w.lower(), w.lower()) for w in text[s:e].split()[:-1]}
            titled = titled or (listed and bool(titles & own))
            placed = placed or bool(places & {w.lower() for w in said})
            placed = placed or bool(places & _appositive_words(text, e, titles))
            if titled:
                continue
            if not listed:
                titled = bool(said) and said[-1][:1].isupper() and said[-1].lower() in titles
                continue
            words = [_TITLE_ABBREVIATIONS.get(w.lower(), w.lower()) for w in said[-3:]]
            at = max((i for i, w in enumerate(words) if w in titles), default=None)
            if at is not None and all(w[:1].isupper() or w == "of" for w in said[-3:][at + 1 :]):
                titled = True
            titled = titled or self._title_in_appositive(titles, s, e)
        return titled and (placed or not places)

    def _other_person_here(self, ent: Entity, pos: int) -> bool:
        """True when someone other than ``ent`` is named in narration earlier in the
        paragraph of ``pos``: 'Rubio sought to stoke positive energy ... the senator said' is
        Rubio, not the senator an appositive named paragraphs before."""
        para = self._paragraph_at(pos)
        return para is not None and any(
            para.start <= s < pos and other.label == "PERSON" and other.id != ent.id
            for s, _e, other in self._narrated
        )

    def _title_in_appositive(self, titles: set[str], start: int, end: int) -> bool:
        """True when the name at ``start``-``end`` is given one of ``titles`` by an appositive
        phrase: after it ("Mark Ellison, the Republican senator who chairs ...", or a relative
        clause saying what the person is or was: "Ann Hill, who was secretary of state under
        two presidents,") or, opening its sentence, before it and a comma ("The senator who
        chairs the banking committee, Mark Ellison, ..."). Not a possessive ("Susan Park, the
        senator's aide")."""
        text = self.article.text
        words = "|".join(re.escape(t) for t in titles)
        # the appositive goes on or closes ("..., the senator who chairs", "the senator of",
        # "the senator,"): "Mika Brzezinski, the Democratic candidate stated" ends an opening
        # phrase with the name, and the title is the sentence's subject
        after = (
            rf",\s+(?:{_ROLE_RELATIVE})?(?:the|a|an)\s+(?:{_TITLE_MODIFIER}\s+){{0,3}}?(?:{words})"
            r"(?:,|\s+(?:who|of|at|for|from|in|on|and|since|under)\b)"
        )
        if re.match(after, text[end : end + 80], re.I):
            return True
        bare = (
            rf",\s+{_ROLE_RELATIVE}(?:(?![\w’'-]+ing\s){_TITLE_MODIFIER}\s+){{0,2}}?(?:{words})"
            r"(?:,|\s+(?:of|at|for|from|in|on|and|since|under)\b)"
        )
        if re.match(bare, text[end : end + 80], re.I):
            return True
        para = self._paragraph_at(start)
        if para is None:
            return False
        opening = text[sentence_start(text, para.start, start) : start]
        before = rf"[Tt]he\s+(?:[\w-]+\s+){{0,3}}?(?:{words})\b(?![’'-])[^.;“”\"]*,\s*$"
        return bool(re.match(before, opening))

    def _role_named_after(self, m: Mention) -> Entity | None:
        """The person news names right after introducing them by their role alone: 'The
        environment secretary has rejected calls ...' then 'Steve Reed told reporters ...'
        makes a later "the environment secretary" Steve Reed. The role phrase must open a
        sentence in narration with no one named in it, and the next person named must open
        one of the next two sentences."""
        text = self.article.text
        role = " ".join((m.description or text[m.start : m.end]).split())
        words = role.split()
        if not 2 <= len(words) <= 5 or words[0].lower() != "the" or not names_office(m.head):
            return None
        if words[-1].lower() != m.head:
            return None
        people = sorted((s, e, ent) for s, e, ent in self._narrated if ent.label == "PERSON")
        for hit in re.finditer(rf"(?<!\w){re.escape(role)}(?!\w)", text[: m.start], re.I):
            at = hit.start()
            para = self._paragraph_at(at)
            if para is None or sentence_start(text, para.start, at) != at:
                continue
            if self._inside_quote(at):
                continue
            after = [(s, e, ent) for s, e, ent in people if at < s < m.start]
            if not after:
                continue
            s, e, ent = after[0]
            home = self._paragraph_at(s)
            if home is None or not opens_sentence(text, home.start, s):
                continue
            # the name opens the first or second sentence after the role's, in its paragraph
            # or the next; one named in the role's own sentence is someone it met or named,
            # one given an appositive ("Jane Moss, who leads the union,") is introduced anew
            between = text[hit.end() : s]
            gap = len(SENTENCE_END.findall(between))
            paras_between = between.count("\n\n")
            if not 1 <= gap <= 2 or paras_between > 1 or text[e : e + 1] == ",":
                continue
            return ent
        return None

    def _surname_in_paragraph(self, m: Mention, gender: str | None) -> Entity | Entry | None:
        """The person whose surname comes last before ``m`` in its paragraph, outside quotes,
        tagged or not: in 'Okafor himself was more modest. "...," the 19-year-old said' the
        tagger missed "Okafor", who was named in full ("Danny Okafor") paragraphs before.
        People are the tagged persons and the people already quoted (a name the tagger
        missed everywhere is known only as a speaker)."""
        para = self._paragraph_at(m.start)
        if para is None:
            return None
        people: list[tuple[str, Entity | Entry]] = [
            (e.name, e) for e in self.entities if e.label == "PERSON" and e.mentions
        ]
        people += [(e.speaker.name, e) for e in self.entries if e.speaker.type == "person"]
        text = self.article.text
        best: tuple[int, Entity | Entry] | None = None
        for name, person in people:
            words = name.split()
            if len(words) < 2 or (gender and gender_of(name) not in (None, gender)):
                continue
            form = re.compile(r"(?<![\w’'-])" + re.escape(words[-1]) + r"(?![\w-]|\s+[A-Z])")
            for hit in form.finditer(text, para.start, m.start):
                at = hit.start()
                if self._inside_quote(at):
                    continue
                before = CAPITAL_BEFORE.search(text, max(0, at - 40), at)
                if before is not None and before.group(1) != words[-2]:
                    continue  # another name ("Ivanka Trump" is not Donald Trump)
                if best is None or at > best[0]:
                    best = (at, person)
        return best[1] if best else None

    def _aged_person(self, m: Mention) -> Entry | None:
        """ "the 24-year-old (striker)" (or "the teenager", "the pensioner", "the mother of
        three") is the person named last before it, outside quotes:
        news gives a person's age or family as a definite description only after naming them
        ("Tomás Aguilar ... scored twice. '...,' the 24-year-old told the club's website")."""
        said = m.description or ""
        match = _AGE_NOMINAL.match(said) or _AGE_NOUN.match(said) or _PARENT_OF.match(said)
        if match is None:
            return None
        gender = noun_gender((match.group(1) or "").lower())
        # the person of the paragraph (or the one opening a sentence of the paragraph before),
        # as for "he", else the last one named before
        found = self._surname_in_paragraph(m, gender)
        found = found or self._paragraph_person(replace(m, gender=gender, plural=False))
        if isinstance(found, Entry):
            return found
        if found is None:
            before = [
                (s, ent)
                for s, e, ent in self._narrated
                if s < m.start
                # a person, or a given name and a surname the tagger took for an organisation
                # ("Toby Lang had been paddleboarding ...")
                and (ent.label == "PERSON" or (ent.label == "ORG" and looks_personal(ent.name)))
                and not (gender and gender_of(ent.name) not in (None, gender))
                and not modifier_use(self.article.text, s, e)
            ]
            if not before:
                return None
            found = max(before, key=lambda p: p[0])[1]
        name = strip_title_words(found.name)
        ent = found
        person = Mention(m.start, m.end, "name", name=name, type="person", gender=gender_of(name))
        return self._find(name, True) or self._add(name, "person", person, ent.id)

    def _one_of_pair(self, m: Mention) -> Entry | None:
        """ "the former" or "the latter" is one of the two people named last before it,
        outside quotes, in its paragraph or the one before: the first of them or the second
        ('Elena Cruz and Paul Dorsey both want the seat. "...," the former said' is Cruz). The
        words point back to a pair, so with fewer than two people there is no antecedent."""
        match = _FORMER_LATTER.match(m.description or "")
        lo = self._window_start(m.start)
        if match is None or lo is None:
            return None
        last_two: list[Entity] = []
        for s, e, ent in sorted(self._narrated, key=lambda x: x[0], reverse=True):
            if not lo <= s < m.start or ent.label != "PERSON":
                continue
            if modifier_use(self.article.text, s, e) or any(ent.id == x.id for x in last_two):
                continue
            last_two.append(ent)
            if len(last_two) == 2:
                break
        if len(last_two) < 2:
            return None
        ent = last_two[1] if match.group(1) == "former" else last_two[0]
        name = strip_title_words(ent.name)
        person = Mention(m.start, m.end, "name", name=name, type="person", gender=gender_of(name))
        return self._find(name, True) or self._add(name, "person", person, ent.id)

    def _company_of_lede(self, m: Mention) -> Entry | None:
        """The company a business nominal after a reported clause names when the clause
        opens with it: 'Lumen Labs will cut about 300 jobs, or 12% of its workforce, the chip
        designer said' (the wire lede: who did it, then "the company said"). Not a person
        ("Tim Cook will step down, the company said" is Cook's company, not Cook) nor a
        place; the name need not be tagged (the small model misses new company names)."""
        text = self.article.text
        para = self._paragraph_at(m.start)
        if para is None or not text[: m.start].rstrip().endswith(","):
            return None
        here = sentence_start(text, para.start, m.start)
        dateline = _DATELINE.match(text, here, m.start)
        found = _OPENING_NAME.match(text, dateline.end() if dateline else here, m.start)
        if found is None or found.group(1).split()[0].lower() in _NOT_A_COMPANY:
            return None
        start, end = found.span(1)
        ent = self._entity_for(start, end)
        if ent is not None and ent.label != "ORG":
            words = text[start:end].split()
            if ent.label != "PERSON" or gender_of(ent.name) is not None or len(words) < 2:
                return None  # a person, a place or a people did it
            ent = None  # "Lumen Labs", with "Lumen" tagged a person elsewhere
        if ent is None and gender_of(text[start:end]) is not None:
            return None  # an untagged person ("Priya Natarajan will step down, ...")
        name = ent.name if ent is not None else tidy_name(text[start:end])
        org = Mention(start, end, "name", name=name, type="organization")
        return self._find(name) or self._add(name, "organization", org, ent.id if ent else None)

    def _company_in_focus(self, m: Mention) -> Entry | None:
        """The company a business nominal ("The electric-car maker said") refers to: the last
        one opening a sentence of its paragraph before it, or, with none there, of the
        paragraph before: 'Tesla said it was not aware of any crashes, according to the
        filing.' then 'The electric-car maker said it would fix ...'. A company tagged as
        such, or a name the tagger took for a person with no given name ("Lumen"). "the
        fashion designer" or "the developer" only takes a company opening its own sentence.
        None when no company opens one."""
        best = self._company_opening(m)
        if best is None:
            return None
        s, e, ent, found = best
        org = Mention(s, e, "name", name=ent.name, type="organization")
        return found or self._add(ent.name, "organization", org, ent.id)

    def _company_opening(self, m: Mention) -> tuple[int, int, Entity, Entry | None] | None:
        """Where the company :meth:`_company_in_focus` finds is named (start, end), its entity
        and its entry if it has one; None when no company opens a sentence there."""
        text = self.article.text
        para = self._paragraph_at(m.start)
        if para is None:
            return None
        here = sentence_start(text, para.start, m.start)
        spans = [(here, m.start)]
        if m.head not in PERSONLIKE_BUSINESS_NOUNS:
            spans = [(para.start, m.start)]
            prev = max(
                (p for p in self.article.paragraphs if p.end <= para.start),
                key=lambda p: p.start,
                default=None,
            )
            if prev is not None:
                spans.append((prev.start, prev.end))
        for lo, hi in spans:
            best = None
            for s, e, ent in self._entity_at:
                if not lo <= s < hi or not (opens_sentence(text, lo, s) or _shares_of(text, lo, s)):
                    continue
                # a subject: a verb or a relative clause follows ("Amazon rose $6.20", "Rio
                # Tinto, which ..."), not a credit line ("Facebook/Mohamed Assem.")
                company = (
                    ent.label == "ORG" or (ent.label == "PERSON" and gender_of(ent.name) is None)
                ) and bool(_SUBJECT_AFTER.match(text, e) or _SHARES_AFTER.match(text, e))
                if company and noun_fits(m.head, ent.name, "ORG") and not modifier_use(text, s, e):
                    found = self._find(text[s:e]) or self._find(ent.name)
                    if found is not None and found.speaker.type == "person":
                        continue
                    if best is None or s > best[0]:
                        best = (s, e, ent, found)
            if best is not None:
                return best
        return None

    def _company_of_origin(self, m: Mention) -> Entry | None:
        """The company a business nominal that names a place refers to ("the Swedish
        company", "the Texas company", "the Hamburg-based carrier"): the last one the article
        gave that place ("Korean rival Samsung Electronics", "Spotify, the Swedish streaming
        service, ..."), else the company opening a sentence of its paragraph or the one before
        (:meth:`_company_in_focus`): the writer adds a place to say the company changed
        ('Spotify welcomed the decision. "...," the Swedish company said' after Apple was "the
        company"). None for a nominal with no place word, or when neither finds one."""
        if not business_head(m.head):
            return None
        places = self._place_words(m)
        if not places:
            return None
        text = self.article.text
        best = None
        for s, e, ent in self._entity_at:
            if s >= m.start or ent.label not in ("ORG", "PERSON") or self._inside_quote(s):
                continue
            before = _ORIGIN_BEFORE.search(text[max(0, s - 60) : s])
            after = _ORIGIN_AFTER.match(text, e)
            if ent.label == "PERSON":
                # a name the tagger took for a person is a company only when a business
                # noun comes with it ("the Dutch operator Havenlijn"), never a given name
                noun = before.group(2).split()[-1:] if before and before.group(2) else []
                if gender_of(ent.name) is not None or not any(map(business_head, noun)):
                    continue
                after = None
            said = " ".join(x.group(1) for x in (before, after) if x is not None)
            words = {w.strip(",").removesuffix("-based").lower() for w in said.split()}
            if places & words and (best is None or s > best[0]):
                best = (s, e, ent)
        if best is None:
            return self._company_in_focus(m)
        s, e, ent = best
        org = Mention(s, e, "name", name=ent.name, type="organization")
        return self._find(ent.name) or self._add(ent.name, "organization", org, ent.id)

    def _place_words(self, m: Mention) -> set[str]:
        """The lowercased place words between "the" and the head of a nominal: a nation or
        place the tagger marks ("Swedish", "South Korean", "Texas") or a "-based" word
        ("Hamburg-based" -> "hamburg")."""
        desc = m.description or self.article.text[m.start : m.end]
        at = self.article.text.find(desc, m.start, m.end + len(desc))
        places = set()
        for word in re.finditer(r"[A-Z][\w.-]*", desc):
            if word.start() == 0:
                continue
            token = word.group().removesuffix("-based")
            start = (at if at >= 0 else m.start) + word.start()
            placed = any(
                s <= start < e and ent.label in ("NORP", "GPE", "LOC")
                for s, e, ent in self._entity_at
            )
            if placed or word.group().endswith("-based"):
                places.add(token.lower())
        return places

    def _writer_of(self, m: Mention) -> Entry | None:
        """The person who speaks through "the letter" (statement, email ...): the one person
        named in narration in the sentence that introduced it as "a letter" in this paragraph
        or the one before ('A letter from the residents' association, signed by its chair,
        Margaret Dunn, ... The letter asked ...'; 'In a letter to the board, the head teacher,
        Margaret Dunn, set out her objections. "...," the letter said'); with no one there,
        the one person or organisation that put it out ("Northline Rail released a statement",
        :meth:`_issuers`), or the one speaking in a sentence with "in a statement" and no
        name ('The company denied the claims in a statement'). None with no such sentence,
        or with nobody or several in it."""
        text = self.article.text
        words = (m.description or "").lower().split()
        if m.head not in WRITTEN_NOUNS or words[:1] not in (["the"], ["that"], ["this"]):
            return None
        if len(words) > 3 or any(w.endswith(("'s", "’s", "'", "’")) for w in words):
            return None  # "the campaign's statement" names its owner; "the letter from X" too
        paras = self.article.paragraphs
        n = next((i for i, p in enumerate(paras) if p.start <= m.start < p.end), None)
        if n is None:
            return None
        lo = paras[max(0, n - 1)].start
        intro = re.compile(rf"\b(?:[Aa]n?|[Hh]is|[Hh]er)\s+(?:[\w-]+\s+){{0,2}}?{m.head}\b")
        hits = [h for h in intro.finditer(text, lo, m.start) if not self._inside_quote(h.start())]
        if not hits:
            return self._speaker_before(m, paras[n].start, lo)
        at = hits[-1].start()
        para = next(p for p in paras if p.start <= at < p.end)
        start = sentence_start(text, para.start, at)
        end = SENTENCE_END.search(text, at, para.end)
        stop = end.start() if end else para.end
        # the writer: after the noun ("A letter from ..., signed by ... Margaret Dunn"), or
        # anywhere in a sentence opened "In a letter, ..."; never one it went to ("to Dunn")
        # nor one who got it before ("Margaret Dunn received a letter")
        channel = text[max(start, at - 3) : at].lower() == "in "
        people = {
            ent.id: ent
            for s, e, ent in self._narrated
            if start <= s < stop
            and ent.label == "PERSON"
            and (channel or s > at)
            and not modifier_use(text, s, e)
            and text[max(0, s - 3) : s].lower() != "to "
        }
        issued = [
            v.start() for v in _ISSUED.finditer(text, start, stop) if v.start() < at < v.end()
        ]
        if not people and issued:
            people = self._issuers(start, issued[0])
        if not people and channel:
            # 'The company flat-out denied the allegations in a statement': no name in the
            # sentence, but its subject was resolved as the one who denied; they wrote it
            said = [
                e for e in self.entries if start <= e.last < at and e.speaker.type != "anonymous"
            ]
            if len(said) == 1:
                return said[0]
        if len(people) != 1:
            return None
        ent = next(iter(people.values()))
        if ent.label == "ORG":
            org = Mention(m.start, m.end, "name", name=ent.name, type="organization")
            return self._find(ent.name) or self._add(ent.name, "organization", org, ent.id)
        name = strip_title_words(ent.name)
        person = Mention(m.start, m.end, "name", name=name, type="person", gender=gender_of(name))
        return self._find(name, True) or self._add(name, "person", person, ent.id)

    def _speaker_before(self, m: Mention, para_start: int, lo: int) -> Entry | None:
        """Whose words "the statement" (letter ...) holds when nothing introduced it: the one
        named speaker of the sentence before ('Northline Rail said on Friday it would cut 40
        services. "We apologise ...," the statement said.'). News writes "the statement" for
        the words just reported from a statement it never announced; the one who just spoke
        put it out. None when that sentence has no named speaker or several ('X and Y said
        ...'), or when it lies before the paragraph before (``lo``)."""
        text = self.article.text
        here = sentence_start(text, para_start, m.start)
        if here <= para_start:  # the last sentence of the paragraph before
            prev = [p for p in self.article.paragraphs if p.end <= para_start]
            if not prev or prev[-1].start < lo:
                return None
            before = sentence_start(text, prev[-1].start, max(prev[-1].start, prev[-1].end - 1))
            here = prev[-1].end
        else:
            before = sentence_start(text, para_start, here - 1)
        said = [
            e
            for e in self.entries
            if before <= e.last < here and e.speaker.type in ("person", "organization")
        ]
        return said[0] if len(said) == 1 else None

    def _issuers(self, start: int, verb: int) -> dict[str, Entity]:
        """Who issued the statement (letter ...) put out by the verb at ``verb`` ("Northline
        Rail released a statement", "Paul Dorsey issued a letter"): the people and
        organisations named in narration between the sentence's ``start`` and the verb, but
        not one after "of", "for", "to", "with" (no subject's)."""
        text = self.article.text
        return {
            ent.id: ent
            for s, e, ent in self._narrated
            if start <= s < verb
            and ent.label in ("PERSON", "ORG")
            and not modifier_use(text, s, e)
            and not text[start:s].rstrip().endswith((" of", " for", " to", " with"))
        }


#: A name opening a sentence and the verb after it: "Lumen Labs will cut ...", "Veltrix
#: Semiconductor said ...". The name's words are capitalised (or "&", "of", "and" inside).
_OPENING_NAME = re.compile(
    r"([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|&|of|and)){0,4}?)"
    r"\s+(?:will|would|has|have|had|is|was|are|were|plans|plans|said|says|[a-z]+ed|[a-z]+s)\b"
)
#: What follows a name that is a sentence's subject: a verb ("Tesla said", "Amazon rose") or
#: a relative clause or appositive ("Rio Tinto, which ...", "Orbis, the van maker, ...").
_SUBJECT_AFTER = re.compile(r" (?:[a-z]|'s |’s )|, (?:which|the|a|an|its) ")
#: The words that open a sentence about a company's shares before its name: "Shares of
#: Nordwind Motors fell 6% after the carmaker said ..." (:func:`_shares_of`).
_SHARES_BEFORE = re.compile(
    r"(?:(?:And|But)\s+)?(?:[Tt]he\s+)?(?:[Ss]hares|[Ss]tock)\s+(?:of|in)\s+"
)
#: A company's plural possessive before its shares: "Nordwind Motors' shares fell".
_SHARES_AFTER = re.compile(r"['’]s?\s+(?:shares|stock)\b")
#: A dateline before a lede: "SAN FRANCISCO (Reuters) - ", "BELGRADE — ".
_DATELINE = re.compile(r"[A-Z][A-Z .,'’-]+(?:\([^)]{1,40}\))?\s*[-—–]+\s+")
#: Abbreviated titles and the office each names: "Gov. Daniel Harrow" is "the governor".
_TITLE_ABBREVIATIONS = {
    "gov.": "governor",
    "gov": "governor",
    "sen.": "senator",
    "sen": "senator",
    "rep.": "representative",
    "rep": "representative",
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "capt.": "captain",
    "sgt.": "sergeant",
    "adm.": "admiral",
    "prof.": "professor",
    "supt.": "superintendent",
    "det.": "detective",
}
#: Place words before a company's name: "the German container line Hapag-Lloyd", "Korean
#: rival Samsung Electronics", "Hamburg-based Hapag-Lloyd" (capitalised words, then at most
#: three lowercase ones, right before the name).
_ORIGIN_BEFORE = re.compile(r"((?:[A-Z][\w.-]*,?\s+){1,3})((?:[a-z][\w-]*\s+){0,3})$")
#: ... or in an appositive after it: "Spotify, the Swedish streaming service,".
_ORIGIN_AFTER = re.compile(r",\s+(?:the|a|an)\s+((?:[A-Z][\w.-]*,?\s+){1,3})")
#: Words that open a sentence without naming who acts in it.
_NOT_A_COMPANY = frozenset(
    word_list(
        """
the a an in on at after before when while as if but and it its this that these those he she
they we i his her their our shares share stocks analysts officials investors
prices price costs fuel sales profits profit revenue revenues earnings rates inflation wages
exports imports output demand growth losses orders spending borrowing unemployment
"""
    )
)


#: "the teenager", "the pensioner": a noun that is an age, used as "the 24-year-old" is.
_AGE_NOUN = re.compile(
    r"^[Tt]he (teenager|teen|youngster|schoolboy|schoolgirl|pensioner|octogenarian"
    r"|nonagenarian|centenarian)$"
)

#: A verb that puts out a statement or letter, right before it: "issued a statement", "sent
#: an open letter" (:meth:`NominalAntecedents._issuers`).
_ISSUED = re.compile(
    r"\b(?:issued|released|put out|sent|posted|published)\s+(?:an?|its|his|her|their)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:statement|letter|email|e-mail|memo|note)\b"
)

#: A role opening a sentence as its subject: "The mayor was less sure", "The senator, however,
#: disagreed" (:meth:`NominalAntecedents._role_opening`).
_ROLE_OPENING = re.compile(r"\bThe ([a-z-]+)(?=,|\s+[a-z])")

#: "the mother of three", "the father of two": a person's family, used as an age is.
_PARENT_OF = re.compile(
    r"^[Tt]he (mother|father|grandmother|grandfather|mum|mom|dad) of"
    r" (?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$"
)

#: "the former", "the latter": the first or the second of the two people named just before.
_FORMER_LATTER = re.compile(r"^[Tt]he (former|latter)$")

#: "the 24-year-old", "The 61-year-old former mayor": an age as a definite description.
_AGE_NOMINAL = re.compile(r"^[Tt]he \d{1,3}-year-old(?:\s+(?:[a-z-]+\s+)*([a-z-]+))?$")


#: Titles of one office: a British "Health Secretary" is "the minister" later; a role named
#: in one gendered or neutral form is the same role in another ("Councilmember Maria Ortiz" is
#: "the councilwoman", "Rep. Ann Wagner" "the congresswoman").
_ROLE_FAMILIES = [
    frozenset(word_list(words))
    for words in (
        "councilwoman councilman councilmember councillor councilor council-member",
        "congresswoman congressman congressmember representative rep rep.",
        "assemblywoman assemblyman assemblymember",
        "alderwoman alderman",
        "chairwoman chairman chair chairperson",
        "spokeswoman spokesman spokesperson",
        "businesswoman businessman",
    )
]
_SAME_OFFICE = {"minister": {"minister", "secretary"}} | {
    w: set(family) for family in _ROLE_FAMILIES for w in family
}


#: Nouns of a trade that news uses for the person it is quoting ("said the actor"), and
#: that are no office (offices are :func:`names_office`'s, found by the title given before).
TRADE_NOUNS = frozenset(
    word_list(
        """
actor actress singer rapper comedian musician songwriter star filmmaker novelist author
dancer athlete footballer golfer boxer model presenter broadcaster chef designer artist
billionaire tycoon mogul businessman businesswoman runner front-runner frontrunner nominee
candidate striker goalkeeper midfielder defender winger quarterback pitcher
"""
    )
)

#: Nouns of a role a description may give someone, which another trade noun is not.
_ROLE_NOUNS = (PERSON_NOUNS | TRADE_NOUNS | PERSONLIKE_BUSINESS_NOUNS) - {"man", "woman", "person"}


#: "the elder" (older, younger) before a surname said alone.
_ELDER = re.compile(r"[Tt]he\s+(elder|older|younger)\s+")
#: An age right after a name: "Arturo Benitez, 78,".
_AGE_AFTER = re.compile(r",\s+(\d{1,3})\b")
#: A kin word right before a name: "His son, Luis Benitez", "her mother Ana Cruz".
_KIN_BEFORE = re.compile(r"\b(?:his|her|their)\s+(father|mother|son|daughter),?\s+$", re.I)


def person_noun(head: str) -> bool:
    """True for a noun that names a person: a listed one ("teacher", "defendant") or a
    scientist's "-ologist" ("glaciologist", "epidemiologist"), which English keeps for
    people."""
    return head in PERSON_NOUNS or head.endswith("ologist")


def _noun_before_name(word: str) -> re.Pattern[str]:
    """The noun ``word`` with a name apposed after it, up to the name: "the defendant, ",
    "a neighbour, ", "her lawyer, " (before "Curtis Webb"): news introduces a person by
    role, then the name, and later calls them by the role alone."""
    return re.compile(
        rf"\b(?:the|a|an|his|her|their)\s+(?:{_TITLE_MODIFIER}\s+){{0,3}}?"
        rf"{re.escape(word)},\s+$",
        re.I,
    )


def names_office(head: str) -> bool:
    """True when a nominal's head noun names an office someone holds ("the senator", "the
    councilwoman"): a title word that is not only a qualifier of one (``OFFICE_QUALIFIERS``:
    "the state", "the former")."""
    return (head in TITLE_WORDS and head not in OFFICE_QUALIFIERS) or head in _SAME_OFFICE


def same_office(head: str) -> set[str]:
    """The words that name the office ``head`` names ("councilwoman" -> councilmember,
    councillor, ...); for "the officer", a police rank too ("Sgt. Mia Roth", "Detective Ian
    Cole": news calls any of them "the officer" later, not the reverse); ``{head}`` for any
    other noun."""
    if head == "officer":
        return set(_POLICE_RANKS)
    return _SAME_OFFICE.get(head, {head})


#: Police ranks a later "the officer" names ("Sgt. Mia Roth ... the officer said").
_POLICE_RANKS = frozenset(
    word_list("officer sergeant detective constable trooper patrolman patrolwoman")
)


#: The parties "the Democrat" and "the Republican" name: the letter written after a member's
#: name ("(D-Ohio)", ", R-Texas,") and the words that may stand before it ("Democratic Sen.").
_PARTIES = {
    "democrat": ("D", {"democrat", "democratic"}),
    "republican": ("R", {"republican"}),
}
_PARTY_LETTER = re.compile(r"\s*[(,]\s*([DR])(?:-|–|\.|\))")


#: A word between an appositive's determiner and its title ("the former Republican senator",
#: "the state's attorney general"); not a preposition, whose object the title would be ("an
#: adviser to the governor" is not the governor).
_TITLE_MODIFIER = r"(?!(?:to|for|of|with|at|in|on|from|by|and|under)\s)[\w’'-]+"


#: A relative clause saying what a person is or was, before the title it gives: "Ann Hill,
#: who was secretary of state", "Tom Reed, who served as the city's mayor", "who served two
#: terms as governor".
_ROLE_RELATIVE = (
    r"who\s+(?:is|was|has\s+been|had\s+been"
    r"|(?:serves|served|has\s+served)(?:\s+[\w’'-]+){0,3}?\s+as)\s+"
)


def _appositive_words(text: str, end: int, titles: set[str]) -> set[str]:
    """The lower-cased words of an appositive right after the name ending at ``end`` up to
    one of ``titles`` ("Ruth Adair, a Democratic senator," gives "democratic" and "senator"),
    so a nominal's place or party ("the Democratic senator") can be checked there too; empty
    with no such appositive."""
    words = "|".join(re.escape(t) for t in titles)
    found = re.match(
        rf",\s+(?:the|a|an)\s+((?:[\w’'-]+\s+){{0,3}}?(?:{words}))\b", text[end : end + 80], re.I
    )
    return {w.lower() for w in found.group(1).split()} if found else set()


def _title_words_before(before: str, titles: set[str]) -> set[str]:
    """The lower-cased words of the (up to three) right before a name that may title it:
    "the country's foreign minister, Anna Berg" gives "minister", but a verb between stops
    them ("Tom Hale, the mayor, met Paul Dorsey": "mayor" is Hale's, "met" is not a title);
    an abbreviated title is given in full ("Gov. Ann Hill" gives "governor")."""
    words = before.split()[-3:]
    kept: list[str] = []
    for w in reversed(words):
        low = w.strip(",").lower()
        if not (w[:1].isupper() or low in TITLE_WORDS or low in titles or low in ("of", "the")):
            break
        kept.append(_TITLE_ABBREVIATIONS.get(low, low))  # "Gov." is a governor
    return set(kept)


def _shares_of(text: str, start: int, at: int) -> bool:
    """True when the company named at ``at`` is the one whose shares open the sentence
    ("Shares of Nordwind Motors fell 6% on Friday after the carmaker said ..."): market news
    names the company inside its shares, and the business noun after it is that company, as
    if the name opened the sentence."""
    here = sentence_start(text, start, at)
    return bool(_SHARES_BEFORE.fullmatch(text, here, at))

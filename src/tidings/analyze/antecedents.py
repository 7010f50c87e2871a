"""Pronoun antecedents: who "he", "she", "it" and "they" refer to, from the article around them.

requires: the speakers resolved so far and the article's entities (a
:class:`~tidings.analyze.registry.SpeakerRegistry`), and a pronoun :class:`Mention`. assigns: the
entry the pronoun refers to (founded if new), or None.

The order, in :meth:`PronounAntecedents._antecedent`: "it said" is the organisation opening its
sentence or the one before (:meth:`~PronounAntecedents._org_opening`); "he" or "she" is the one
person named earlier in the paragraph (:meth:`~PronounAntecedents._paragraph_person`, with
:meth:`~PronounAntecedents._salient` choosing among several), else the most recent speaker of a
compatible gender and number (so in the seed "he said" is the al-Nusra commander who spoke just
before, not Assad who was only mentioned), else the last person named; "they" with no plural
speaker before it is a group named shortly before (:meth:`~PronounAntecedents._group_before`).

Separate because these rules look back over paragraphs and sentences, not at the mention's own
words; :mod:`tidings.analyze.nominals` builds on them (an age, "the 24-year-old", is resolved as
"he" is).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.lang.en.stop_words import STOP_WORDS

from tidings.analyze.cues import DOCUMENT_NOUNS
from tidings.analyze.mentions import Mention
from tidings.analyze.names import TITLE_WORDS, gender_of, surname, without_suffix
from tidings.analyze.naming import (
    ORG_NOUNS,
    PERSON_NOUNS,
    PLACE_LABELS,
    PRONOUN_GENDER,
    WRITTEN_NOUNS,
    person_shaped,
    strip_title_words,
)
from tidings.analyze.openings import (
    honorific_before,
    not_as_someone,
    opens_sentence,
    sentence_start,
)
from tidings.analyze.registry import Entry, SpeakerRegistry
from tidings.model import Entity
from tidings.wordlists import IRREGULAR_PASTS, word_list


class PronounAntecedents(SpeakerRegistry):
    """Resolution of pronoun mentions against the registry's speakers and entities."""

    def _antecedent(self, m: Mention) -> Entry | None:
        """The one person named earlier in the paragraph (:meth:`_paragraph_person`), else the
        most recent speaker compatible with the pronoun, else the last person named."""
        if m.gender is None and m.head in PRONOUN_GENDER:
            # the pronoun's own word says its gender, whoever built the mention ("His
            # answer: ..." read without a parse)
            m = replace(m, gender=PRONOUN_GENDER[m.head])
        want_org = m.head in ("it", "its")
        if want_org and (org := self._org_opening(m)) is not None:
            return org
        asker = self._asker_before(m)
        if m.plural and m.head in ("they", "them", "their"):
            joined = self._joined_subject_before(m)
            if joined is not None:
                return joined
        if not (m.plural or want_org or m.head in ("i", "you", "we")):
            ent = self._paragraph_person(m)
            if ent is not None and _mentioned_at(ent, asker):
                ent = None  # 'Asked by Tom Reed whether ..., he said': Reed asked, not he
            if isinstance(ent, Entry):
                if ent.speaker.type == "organization" and m.head in PRONOUN_GENDER:
                    ent.speaker.type = "person"  # "he" says the tagger's organisation is not one
                return ent
            if ent is not None and (owner := self._named_only_as(ent)) is not None:
                return owner
            if ent is not None:
                person = Mention(
                    m.start, m.end, "name", name=ent.name, type="person", gender=m.gender
                )
                return (
                    self._find(strip_title_words(ent.name))
                    or self._find(ent.name)
                    or self._add(strip_title_words(ent.name), "person", person, ent.id)
                )
        for entry in sorted(self.entries, key=lambda e: -e.last):
            sp = entry.speaker
            if _mentioned_at(entry, asker):
                continue  # 'Asked by a reporter whether ..., she said': she answers the reporter
            if want_org:
                if sp.type == "organization" or (
                    # 'The report ... estimated ... It said rising prices ...': a document
                    sp.type == "anonymous" and not entry.plural and entry.heads & DOCUMENT_NOUNS
                ):
                    return entry
                continue
            if m.plural:
                if entry.plural or sp.type == "organization":
                    return entry
                continue
            if entry.plural or sp.type == "organization":
                continue
            if sp.type == "anonymous" and not entry.heads & PERSON_NOUNS:
                continue  # "he" is not "a court document"
            if m.gender and sp.gender and sp.gender != m.gender:
                continue
            if m.head in ("i", "you"):
                continue
            return entry
        if m.plural and m.head == "they":
            # 'Clean Rivers Now tested the water. "...," they said': with no group named, the
            # organisation opening the sentence before, as for "it"
            return self._group_before(m) or self._org_opening(m)
        if m.plural and m.head in ("them", "their"):
            return self._group_before(m)
        if m.plural or want_org or m.head in ("i", "you", "we"):
            return None
        best = None
        for s, _e, ent in self._narrated:
            if (
                s < m.start
                and ent.label == "PERSON"
                and (best is None or s > best[0])
                and s != asker
            ):
                g = gender_of(ent.name)
                if not (m.gender and g and g != m.gender):
                    best = (s, ent)
        if best is None:
            best = self._named_after(m)
        if best is None:
            return None
        ent = best[1]
        person = Mention(m.start, m.end, "name", name=ent.name, type="person", gender=m.gender)
        return self._find(ent.name) or self._add(
            strip_title_words(ent.name), "person", person, ent.id
        )

    def _named_after(self, m: Mention) -> tuple[int, Entity] | None:
        """The person a "he" or "she" names ahead when nobody was named before it: a feature
        opens on a quotation ('"It is hard to find staff," she says. Kim Oduya has run the
        cafe for ten years.'). The first person not of the other gender who opens a sentence
        of narration after it, in its paragraph or the next; None if there is none."""
        if m.gender is None:
            return None
        para = self._paragraph_at(m.start)
        if para is None:
            return None
        paras = self.article.paragraphs
        at = paras.index(para)
        end = paras[at + 1].end if at + 1 < len(paras) else para.end
        text = self.article.text
        for s, _e, ent in self._narrated:
            if not (m.end <= s < end) or ent.label != "PERSON":
                continue
            start = para.start if s < para.end else paras[at + 1].start
            if gender_of(ent.name) in (None, m.gender) and opens_sentence(text, start, s):
                return s, ent
        return None

    def _asker_before(self, m: Mention) -> int | None:
        """Where the asker is named when the pronoun's sentence opens with a question put to
        its subject ("Asked by a reporter on Tuesday whether she would run again, she said"):
        the subject answers, so the one who asked is no antecedent. None otherwise."""
        para = self._paragraph_at(m.start)
        if para is None:
            return None
        text = self.article.text
        found = _ASKED_BY.fullmatch(text, sentence_start(text, para.start, m.start), m.start)
        return found.end(1) if found else None

    def _named_only_as(self, ent: Entity) -> Entry | None:
        """The unnamed speaker whose own description gives ``ent``'s name: in 'Her
        neighbour, an elderly British man who gave his name only as Peter, said ...' a later
        "he" is that speaker (the neighbour), not a new speaker "Peter"."""
        text = self.article.text
        for x in ent.mentions:
            if not _only_as_before(text, x.start):
                continue
            # the speaker's mention opens the phrase (its appositive is its description)
            for entry in self.entries:
                sp = entry.speaker
                if sp.type == "anonymous" and any(
                    0 <= x.start - y.start < 200
                    and (
                        any(x.text in d for d in [sp.name, *sp.descriptions])
                        # 'A resident of Burshtyn, who gave only her first name, Halyna, said':
                        # the description stops before the clause that gives the name
                        or (y.end <= x.start and not _SENTENCE_STOP.search(text, y.end, x.start))
                    )
                    for y in sp.mentions
                ):
                    return entry
        return None

    def _joined_subject_before(self, m: Mention) -> Entry | None:
        """The group "they" refers to when the sentence before it, in its paragraph, opens with
        a person joined to others as its subject ('Gov. Eric Holcomb and leaders of the
        Legislature have avoided ... However, they said ...'): a group of its own named by
        those words up to the verb, ahead of a group quoted paragraphs before. Sentences
        between that open with "they" go on about the same group. None when no such sentence
        comes right before, or no verb ends the joined words soon."""
        text = self.article.text
        para = self._paragraph_at(m.start)
        if para is None:
            return None
        here = sentence_start(text, para.start, m.start)
        if here <= para.start:
            return None
        lo = sentence_start(text, para.start, here - 1)
        while _THEY_OPENS.match(text, lo) and lo > para.start:
            here, lo = lo, sentence_start(text, para.start, lo - 1)
        for s, e, ent in self._narrated:
            if not (lo <= s < here and ent.label == "PERSON" and opens_sentence(text, lo, s)):
                continue
            joined = _JOINED_AFTER.match(text, e)
            verb = (
                _JOINED_VERB.search(text, joined.end(), min(here, joined.end() + 80))
                if joined
                else None
            )
            if verb is None:
                return None
            words = text[lo : verb.start()].strip()
            group = Mention(lo, lo + len(words), "anonymous", description=words, plural=True)
            return self._find(words) or self._add(words, "anonymous", group, None)
        return None

    def _group_before(self, m: Mention) -> Entry | None:
        """The group a "they" with no plural speaker before it refers to: the last plural
        source named shortly before ('The researchers, from the University of Leeds, followed
        40,000 adults. They wrote in the journal that ...'), unless a person is named between."""
        window = self.article.text[max(0, m.start - _GROUP_WINDOW) : m.start]
        found = list(_GROUP.finditer(window))
        if not found:
            return None
        words = found[-1].group().strip()
        start = m.start - len(window) + found[-1].start()
        if any(start < s < m.start and ent.label == "PERSON" for s, _e, ent in self._entity_at):
            return None  # 'residents ... Obama and Clinton ... they believe': people came between
        group = Mention(start, start + len(words), "anonymous", description=words, plural=True)
        return self._find(words) or self._add(words, "anonymous", group, None)

    def _paragraph_person(self, m: Mention) -> Entity | Entry | None:
        """The one person named earlier in the pronoun's paragraph, if exactly one fits.

        Within a paragraph the person just named is the most salient antecedent ("Trump
        proclaimed a goal. He told an invited crowd ..."), ahead of a speaker quoted paragraphs
        earlier; with two or more candidates the paragraph is ambiguous and the speaker rule
        decides. A person quoted earlier in the paragraph counts even where the tagger's entity
        there is an organisation ('"...," Fiorina told "Fox and Friends," ...').

        With no one named or quoted earlier in the pronoun's paragraph, the paragraph before
        counts when it quotes nothing and one person is the subject opening one of its sentences: in
        'Former President Bill Clinton campaigned for Price last week.' then '"She is a
        fighter," he told a crowd in Dayton.' "he" is Clinton, not the last man quoted.
        """
        paras = self.article.paragraphs
        n = next((i for i, p in enumerate(paras) if p.start <= m.start < p.end), None)
        if n is None:
            return None
        para = paras[n]
        found = self._people_in(para.start, m.start, m)
        if not found and m.head in PRONOUN_GENDER:
            found = self._surnames_in(para.start, m.start, m)
        if not found and m.head in PRONOUN_GENDER:
            # 'Paul Dorsey attacked Tom Hale ...' then 'Hale hit back. "...," he said': the
            # surname of one named once, opening the paragraph's sentence, the tagger missed
            found = self._surname_opening(para.start, m.start, m, first=True)
        if not found and m.head in PRONOUN_GENDER:
            found = self._described_people(para.start, m.start, gender=m.gender)
        if not found and m.head in PRONOUN_GENDER:
            found = self._role_opening(para.start, m.start, m)
        # a speaker quoted, or a name the tagger typed otherwise, earlier in the paragraph
        named_here = any(
            para.start <= x.start < m.start for e in self.entries for x in e.speaker.mentions
        ) or any(
            para.start <= s < m.start and ent.label in ("PERSON", "ORG")
            for s, _e, ent in self._narrated
        )
        if found or n == 0 or named_here:
            if len(found) > 1 and m.head in PRONOUN_GENDER:
                found = self._salient(para.start, m)
            return next(iter(found.values())) if len(found) == 1 else None
        prev = paras[n - 1]
        if any(prev.start <= a < prev.end for a, _b in self._quoted):
            return None
        found = self._people_in(prev.start, prev.end, m, opening=True)
        if not found and m.head in PRONOUN_GENDER:
            found = self._described_people(prev.start, prev.end, opening=True, gender=m.gender)
        turned = self._turned_to(prev.start, prev.end, m)
        if len(turned) == 1:
            return next(iter(turned.values()))  # the latest turn, even past a cue before it
        if len(found) != 1:
            return None
        person = next(iter(found.values()))
        # someone quoted in that paragraph ('..., Cuban said.') is the speaker rule's to weigh
        quoted_there = [
            e
            for e in self.entries
            if any(prev.start <= x.start < prev.end for x in e.speaker.mentions)
        ]
        return person if all(_same(e, person) for e in quoted_there) else None

    def _role_opening(self, start: int, end: int, m: Mention) -> dict[str, Entity | Entry]:
        """The person a role opening a sentence between ``start`` and ``end`` names ('The
        mayor was less sure. "...," he said.'): none here, where only names are known; the
        nominal rules (:class:`~tidings.analyze.nominals.NominalAntecedents`) say who holds a
        role."""
        return {}

    def _described_people(
        self, start: int, end: int, opening: bool = False, gender: str | None = None
    ) -> dict[str, Entity | Entry]:
        """The names between ``start`` and ``end`` the tagger took for organisations that
        news describes as people: two or three capitalised words, none an organisation's
        word, with a person's appositive after them ("Eswar Prasad, a professor of trade
        policy at Cornell University, ..."; ", who runs ..."; ", 45,"). The given name is
        not in the lists, so the gender is unknown; the words around say it is someone."""
        text = self.article.text
        found: dict[str, Entity | Entry] = {}
        for s, e, ent in self._narrated:
            if (
                start <= s < end
                and ent.label == "ORG"
                and person_shaped(text[s:e])
                and _PERSON_APPOSITIVE.match(text, e)
                and (not opening or opens_sentence(text, start, s))
            ):
                found[ent.id] = ent
        # one quoted as an organisation in the paragraph ("Eswar Prasad said growth would
        # slow. "...," he said"): a writer says "it said" of an organisation. A given name
        # alone of the pronoun's gender counts too ('a man who gave his name only as Martin,
        # said ... "...," he said', "Martin" tagged a company)
        for entry in self.entries:
            sp = entry.speaker
            if (
                sp.type == "organization"
                and not entry.plural
                and (
                    person_shaped(sp.name)
                    or (gender is not None and " " not in sp.name and gender_of(sp.name) == gender)
                )
                and self._label_of(sp.entity_id) not in PLACE_LABELS
                and any(
                    start <= x.start < end and (not opening or opens_sentence(text, start, x.start))
                    for x in sp.mentions
                )
            ):
                found.setdefault(sp.entity_id or sp.id, entry)
        return found

    def _org_opening(self, m: Mention) -> Entry | None:
        """The organisation "it" is about: the one opening its sentence before it, or the
        sentence before in its paragraph ('Harlow Council voted to close the library. "...,"
        it said'; 'The Brazilian foreign ministry issued a statement. "...," it said'), a
        named one or a definite noun phrase ending in an organisation noun, rather than the
        last organisation quoted. Only for "it" before a verb of saying. None when no
        organisation opens them."""
        text = self.article.text
        para = self._paragraph_at(m.start)
        if para is None or not _IT_SAID.match(text, m.end):
            return None  # "It shows an officer ...": a video, a document, not who published it
        here = sentence_start(text, para.start, m.start)
        spans = [(here, m.start)]
        if here > para.start:
            spans.append((sentence_start(text, para.start, here - 1), here))
        else:
            # 'The city declined to comment.' then a paragraph 'In a news release on Friday,
            # it said ...': the last sentence of the paragraph before, when it quotes nothing
            prev = max(
                (p for p in self.article.paragraphs if p.end <= para.start),
                key=lambda p: p.start,
                default=None,
            )
            if prev is not None and not any(prev.start <= a < prev.end for a, _b in self._quoted):
                end = len(text[prev.start : prev.end].rstrip()) + prev.start
                spans.append((sentence_start(text, prev.start, max(prev.start, end - 1)), end))
        for lo, hi in spans:
            for s, e, ent in self._narrated:
                if (
                    lo <= s < hi
                    and ent.label == "ORG"
                    and (
                        # "Harlow Council voted ..."; "The Environment Agency issued ..." (a
                        # verb after the name, not the modifier of "The Trump team")
                        (opens_sentence(text, lo, s) and not not_as_someone(text, s, e, True))
                        or (text[lo:s].strip() == "The" and not not_as_someone(text, s, e, False))
                        or (text[lo:s].strip() == "The" and _VERB_AFTER.match(text, e))
                    )
                ):
                    # the speaker already quoted under these words comes first: the merged
                    # entity's name may be a longer run ("Boeing" in "Boeing Defense, Space")
                    org = Mention(s, e, "name", name=ent.name, type="organization")
                    return (
                        self._find(text[s:e])
                        or self._find(ent.name)
                        or self._add(ent.name, "organization", org, ent.id)
                    )
            phrase = _org_phrase(text[lo:hi])
            if phrase is not None:
                words = phrase.split()
                org = Mention(
                    lo, lo + len(phrase), "nominal", description=phrase, head=words[-1].lower()
                )
                found = self._resolve_entry(org)
                if (
                    found is not None
                    and found.speaker.type == "anonymous"
                    and org.head in WRITTEN_NOUNS
                ):
                    # "The letter also accuses ... It also accused ...": a letter whose writer
                    # is not found is no speaker for "it"; the organisation quoted last
                    # (Exxon Mobil, whose letter it is) is
                    return None
                return found
        return None

    def _salient(self, para_start: int, m: Mention) -> dict[str, Entity | Entry]:
        """Of several people named earlier in the paragraph, the one "he" or "she" is about:
        the one person named before it in its own sentence ('Norma Samour, the owner of a
        shopping center, said she ...'; 'They compared her dilemma to that of Al Gore, when he
        charged ...'), else the one opening the sentence before it ('Rubio is also trying to
        play defense against Cruz, Bush and Christie. He is now talking ...'). After a comma
        ('Also, Trump isn't a conservative, he said'; 'If Trump loses, he said he would
        ...') a name in its own sentence is as likely what was said as who said it, so it
        only confirms the sentence before's. Nobody when the sentence opens with the same
        pronoun ("He avoided criticism of Trump, when he ..."), when someone else is quoted in that
        sentence (the speaker rule's to weigh: '"strategic," said Jeffery Hemsley. "...," he
        said') or when a name opens it with another ("Mr. Rubio and Mr. Cruz ...")."""
        text = self.article.text
        here = sentence_start(text, para_start, m.start)
        own = self._people_in(here, m.start, m, subject=True)
        after_comma = text[here : m.start].rstrip(" \"'”’“‘").endswith(",")
        first = text[here : m.start].split()[:1]
        if first and PRONOUN_GENDER.get(first[0].lower()) == m.gender:
            return {}  # 'He avoided criticism of Trump until recent days, when he ...'
        if not after_comma and own:
            return own if len(own) == 1 else {}
        if len(own) > 1 or here <= para_start:
            return {}
        before = sentence_start(text, para_start, here - 1)
        turned = self._turned_to(before, here, m)
        if len(turned) == 1 and not own:
            return turned  # the latest turn, even past a cue before it
        found = self._people_in(before, here, m, opening=True, subject=True)
        if not found:
            found = self._surname_opening(before, here, m)
        if len(found) != 1 or (own and own.keys() != found.keys()):
            return {}
        person = next(iter(found.values()))
        quoted = [
            e for e in self.entries if any(before <= x.start < here for x in e.speaker.mentions)
        ]
        return found if all(_same(e, person) for e in quoted) else {}

    def _turned_to(self, start: int, end: int, m: Mention) -> dict[str, Entity | Entry]:
        """The person a "but" clause turns to between ``start`` and ``end``, when they are the
        last person named there and fit pronoun ``m``: in 'Mayor Alan Price praised the plan,
        but Ruiz was cautious. "We will see," he said.' the writer sets Ruiz against Price and
        the quote shows Ruiz's caution, so "he" is Ruiz, though Price opens the sentence. Empty
        when no "but" opens a clause with a name (after its titles), or someone else is named
        after it ('..., but Ruiz was away. Price went ahead anyway.')."""
        text = self.article.text
        turns = list(_BUT_CLAUSE.finditer(text, start, end))
        if not turns:
            return {}
        at = turns[-1].end()
        after = [(s, e, ent) for s, e, ent in self._narrated if at <= s < end]
        people = sorted(
            ((s, e, ent) for s, e, ent in after if ent.label == "PERSON"), key=lambda x: x[0]
        )
        if not people or not opens_sentence(text, at, people[0][0]):
            return {}
        s, e, first = people[0]
        others = {ent.name for _s, _e, ent in self._narrated if ent.label == "PERSON"}
        others.discard(first.name)
        if any(re.search(rf"\b{re.escape(surname(name))}\b", text[e:end]) for name in others):
            return {}  # someone else named after the turn (the tagger misses some names)
        return self._people_in(s, e, m, subject=True)

    def _people_in(
        self, start: int, end: int, m: Mention, opening: bool = False, subject: bool = False
    ) -> dict[str, Entity | Entry]:
        """The people named in narration between ``start`` and ``end`` that fit pronoun
        ``m``'s gender, by entity; with ``opening``, only those who open a sentence (after its
        titles: "Former President Bill Clinton campaigned ..."). With ``subject``, only names
        of someone as such: not a possessive opening a sentence ("Trump's misinformation may
        be ..."), one joined to another by "and", or a modifier ("The Murdoch outlets"); the
        gender is the words' own before the entity's ("Mrs. Clinton", "Hillary Clinton" where
        the tagger merged her into Bill Clinton: she is the person of that gender, see
        :meth:`_person_of_gender`)."""
        text = self.article.text
        found: dict[str, Entity | Entry] = {}
        for s, e, ent in self._narrated:
            if start <= s < end and ent.label == "PERSON":
                own = honorific_before(text, s) or gender_of(text[s:e]) if subject else None
                g = own or gender_of(ent.name)
                if subject and own and gender_of(ent.name) not in (None, own):
                    ent = self._person_of_gender(ent, own)
                    g = own if gender_of(ent.name) in (None, own) else gender_of(ent.name)
                if (
                    not (m.gender and g and g != m.gender)
                    and (not opening or opens_sentence(text, start, s))
                    and not (subject and not_as_someone(text, s, e, opening))
                ):
                    found[ent.id] = ent
        for entry in self.entries:
            sp = entry.speaker
            # only a name that says its gender: a speaker typed a person may be "Team Trump"
            if sp.type != "person" or entry.plural or gender_of(sp.name) != m.gender:
                continue
            here = [x.start for x in sp.mentions if start <= x.start < end]
            if opening:
                here = [x for x in here if opens_sentence(text, start, x)]
            if subject:
                here = [
                    x.start
                    for x in sp.mentions
                    if x.start in here and not not_as_someone(text, x.start, x.end, opening)
                ]
            if here or (not opening and self._named_in(sp.name, start, end)):
                found.setdefault(sp.entity_id or sp.id, entry)
        return found

    def _surnames_in(self, start: int, end: int, m: Mention) -> dict[str, Entity | Entry]:
        """The people the tagger named elsewhere in the article (a full name, mentioned
        more than once) whose surname is written in narration between ``start`` and ``end``
        where the tagger missed it: in 'CONGRESS HAS INVESTIGATED HIM — Oz's dubious advice
        earned him ..., where he appeared ...' the capitals before the dash hide "Oz's" from
        the tagger, and "he" would go to the last man quoted. Only a capitalised surname
        as a whole word, not followed by another capitalised word ("the Oz Show" is a
        title), fitting the pronoun's gender."""
        text = self.article.text
        found: dict[str, Entity | Entry] = {}
        for ent in self.entities:
            words = without_suffix(tuple(ent.name.split()))  # "Carlineo", not "Jr."
            if ent.label != "PERSON" or len(words) < 2 or len(ent.mentions) < 2:
                continue
            g = gender_of(ent.name)
            if m.gender and g and g != m.gender:
                continue
            for hit in re.finditer(rf"\b{re.escape(words[-1])}\b", text[start:end]):
                at = start + hit.start()
                if not self._inside_quote(at) and not _CAPITALISED_AFTER.match(
                    text, hit.end() + start
                ):
                    found[ent.id] = ent
                    break
        return found

    def _surname_opening(
        self, start: int, end: int, m: Mention, first: bool = False
    ) -> dict[str, Entity | Entry]:
        """The person named in full earlier whose surname alone opens the sentence between
        ``start`` and ``end`` where the tagger missed it, fitting pronoun ``m``: in 'Ted Cruz
        attacked Marco Rubio ... Rubio fired back. "That is a lie," he said.' the tagger
        leaves "Rubio" untagged before "fired back", and "he" is Rubio. With ``first`` the
        surname must be the sentence's subject, after a conjunction or titles at most: "While
        Hale was away, ..." opens a subordinate clause, not a sentence about Hale
        (:meth:`_opens_as_subject`)."""
        text = self.article.text
        found: dict[str, Entity | Entry] = {}
        for ent in self.entities:
            words = without_suffix(tuple(ent.name.split()))  # "Carlineo", not "Jr."
            if ent.label != "PERSON" or len(words) < 2 or words[-1].lower() in STOP_WORDS:
                continue  # the tagger's run-on "Tom Hale In" would make "In a letter, ..." Hale
            g = gender_of(ent.name)
            if m.gender and g and g != m.gender:
                continue
            hit = re.search(rf"\b{re.escape(words[-1])}\b", text[start:end])
            if hit is None:
                continue
            at, end_at = start + hit.start(), start + hit.end()
            if (
                opens_sentence(text, start, at)
                and not _CAPITALISED_AFTER.match(text, end_at)
                and not not_as_someone(text, at, end_at, True)  # "Mr. Rubio and Mr. Cruz"
                and not (first and not self._opens_as_subject(start, at, end_at))
            ):
                found[ent.id] = ent
        return found

    def _opens_as_subject(self, start: int, at: int, end: int) -> bool:
        """True when the surname at ``at``-``end`` is the subject opening a sentence of the
        paragraph starting at ``start``, in narration: after a linking word or titles at most
        (:func:`_subject_opening`), not in someone's quote ('"... Hale knows it," he said') and
        not a possessive ("Hale's office was quiet" is about the office)."""
        text = self.article.text
        return (
            not self._inside_quote(at)
            and text[end : end + 2] not in ("'s", "’s")
            and _subject_opening(text[sentence_start(text, start, at) : at])
        )

    def _named_in(self, name: str, start: int, end: int) -> bool:
        """True when the surname of ``name`` is written in narration between ``start`` and
        ``end`` (the tagger misses some: "Trump almost seemed to agree.")."""
        called = surname(name)
        for hit in re.finditer(rf"\b{re.escape(called)}\b", self.article.text[start:end]):
            at = start + hit.start()
            if not self._inside_quote(at):
                return True
        return False


#: Words that may come before a sentence's subject: a conjunction or an adverb linking it to
#: the sentence before ("But Hale hit back"), or titles ("Sen. Hale").
_BEFORE_SUBJECT = frozenset(word_list("but and still yet so then also however meanwhile"))


def _subject_opening(before: str) -> bool:
    """True when the words ``before`` a name in its sentence leave the name its subject: none,
    or only linking words and titles ("But", "Sen."), not a subordinate opening ("While")."""
    return all(
        w.lower() in _BEFORE_SUBJECT or w.lower() in TITLE_WORDS
        for w in before.replace(",", " ").split()
    )


#: A clause turning to someone set against the one before: ", but Ruiz was cautious", "; but
#: ...", ". But Ruiz ..." (the words after it, up to the name, are read by opens_sentence).
_BUT_CLAUSE = re.compile(r"(?:[,;]\s+but|(?:^|(?<=[.!?])[\"”’']?\s+)But)\s+")


#: A verb of saying right after "it": what an organisation does ("it said", "it added in a
#: statement", "It accused ...", "It urged ..."), not a document or a video ("it shows", "it
#: reads").
_IT_SAID = re.compile(
    r" (?:also |later |then )?(?:said|says|added|adds|told|tells|stated|warned|warns|announced|"
    r"announces|insisted|insists|noted|notes|argued|argues|claimed|claims|explained|replied|"
    r"responded|confirmed|confirms|denied|denies|declined|wrote|writes|accused|accuses|urged|"
    r"urges|blamed|blames|called|calls|criticised|criticized|condemned|condemns|rejected|"
    r"rejects|dismissed|welcomed|welcomes|acknowledged|admitted|promised|pledged|vowed|"
    r"predicted|predicts|reported|reports|estimated|estimates|defended|demanded|insisted|"
    r"reiterated|repeated|cautioned|advised|advises|maintained|maintains|disputed|disputes)\b"
)


#: Right after a name opening a sentence, "and" joining others to it as the subject: "Eric
#: Holcomb and leaders of ...", "Ann Hill, 52, and her deputy".
_JOINED_AFTER = re.compile(r"(?:,[^,.;:]{1,30},)? and (?!then\b|also\b)")


#: A sentence that opens with "they" (after a conjunction or adverb and a comma at most).
_THEY_OPENS = re.compile(r"\s*(?:(?:And|But|However|Still|Yet|So),?\s+)?[Tt]hey\b")


#: A verb in the past tense or an auxiliary: right after an organisation's name, it says the
#: name is no modifier of a noun ("The Environment Agency issued ...", "The Kremlin denied ...",
#: "The Appellate Court didn't agree ...", "The council has voted ..."); after people joined
#: as a subject, it ends their words (:meth:`PronounAntecedents._joined_subject_before`).
_PAST_OR_AUXILIARY = (
    r"[a-z]+ed|said|told|made|gave|took|sent|wrote|began|put|set"
    r"|(?:did|does|has|had|have|is|was|were|are|would|could|should|must)(?:n['’]t)?"
    r"|will|won['’]t|can|can['’]t|cannot|may|might"
)
_VERB_AFTER = re.compile(rf" (?:{_PAST_OR_AUXILIARY})\b")


#: The verb that ends people joined as a subject: :data:`_VERB_AFTER`'s pasts and auxiliaries,
#: and the common irregular pasts ("Ann Hill and her deputy met the strikers. They said ...").
#: Not for an organisation's name, where "The Met" or "The New Left" would read as a verb.
_JOINED_VERB = re.compile(rf" (?:{_PAST_OR_AUXILIARY}|{'|'.join(sorted(IRREGULAR_PASTS))})\b")


#: A participle clause putting a question to the sentence's subject, up to the subject:
#: "Asked by a reporter on Tuesday whether she would run again, " (group 1 ends at the asker).
_ASKED_BY = re.compile(
    r"(?:(?:When|After|But|And)\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned)\s+(by\s+)[^.?!;]*,\s*"
)


def _same(entry: Entry, who: Entity | Entry) -> bool:
    """True when speaker ``entry`` is ``who``: the entry itself, or the speaker of that entity
    (a person found in narration is the entity; quoted, the same person is an entry: in 'Rubio
    fired back. "That is a lie," he said.' the one quoted in the sentence before is the one
    opening it, not someone else)."""
    if entry is who:
        return True
    return isinstance(who, Entity) and entry.speaker.entity_id == who.id


def _mentioned_at(who: Entity | Entry, at: int | None) -> bool:
    """True when ``who`` (an entity or a speaker's entry) has a mention starting at ``at``."""
    if at is None:
        return False
    mentions = who.speaker.mentions if isinstance(who, Entry) else who.mentions
    return any(x.start == at for x in mentions)


def _org_phrase(sentence: str) -> str | None:
    """The definite noun phrase naming an organisation that opens ``sentence``: "The
    Brazilian foreign ministry issued ..." -> "The Brazilian foreign ministry", "The company
    said" -> "The company"; None for "The building is ..." or "The man who ran the company"."""
    words = sentence.split()[:6]
    if not words or words[0] != "The":
        return None
    for k, word in enumerate(words[1:], 1):
        if word.lower() in _PHRASE_STOPS or not word.replace("-", "").replace("'s", "").isalpha():
            return None
        if word in ORG_NOUNS | _PUBLIC_BODIES | WRITTEN_NOUNS:
            return " ".join(words[: k + 1])
    return None


#: Places and public services that speak as an organisation when "it said" follows them
#: ('The city declined to comment. ... it said it was "heartbroken"').
_PUBLIC_BODIES = set(word_list("city town county village state district school hospital police"))

#: Words that end a noun phrase before its noun was found ("The man who ...").
_PHRASE_STOPS = set(
    word_list("who which that the a an of is was has had said says will would and in on at for to")
)


#: What follows a person's name and no organisation's: ", a professor of ...", ", the
#: chief economist at ...", ", who runs ...", ", 45,".
_PERSON_APPOSITIVE = re.compile(
    r",\s+(?:who\b|\d{1,3},|(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(sorted(re.escape(w) for w in PERSON_NOUNS if " " not in w))
    + r")\b)"
)

#: Words that give a source's name and no more: "who gave his name only as Peter", "identified
#: only as Maria", "who asked to be identified by her first name, Ana".
_ONLY_AS = re.compile(
    r"(?:(?:gave|give|gives|giving)\s+(?:his|her|their)\s+(?:first\s+)?name(?:\s+only)?\s+as"
    r"|(?:identified|named|known)\s+only\s+as"
    r"|(?:identified|named)\s+(?:only\s+)?by\s+(?:his|her|their)\s+first\s+name,?"
    r"|(?:gave|give|gives)\s+only\s+(?:his|her|their)\s+first\s+name,?)\s+$"
)


def _only_as_before(text: str, at: int) -> bool:
    """True when :data:`_ONLY_AS` ends right before ``at`` (within 50 characters). Its every
    form ends in "as" or "name" and then spaces, so the window is tested for those first:
    almost no name has them, and the search at each of the 50 places is skipped."""
    window = text[max(0, at - 50) : at]
    if not window[-1:].isspace() or not window.rstrip().endswith(("as", "name", "name,")):
        return False
    return _ONLY_AS.search(text, max(0, at - 50), at) is not None


#: A sentence's end between a speaker mention and a name.
_SENTENCE_STOP = re.compile(r"[.!?][\"'”’]?\s")

#: How far back a "they" looks for the group it names (about two sentences).
_GROUP_WINDOW = 400
#: A plural source: "The researchers", "the scientists", "Local officials".
_GROUP = re.compile(
    r"\b(?:(?:[Tt]he|[Mm]any|[Ss]ome|[Ss]everal|[Oo]ther) )?"
    r"(?:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)* )?"
    r"(?:(?!(?:as|and|or|of|to|in|on|at|by|for|with|that|while|when|were|are|was|is|be|been"
    r"|have|has|had|said|say|says|the|a|an)\b)(?![a-z-]+ing )[a-z-]+ )?"
    r"(?:researchers|scientists|officials|experts|analysts|investigators|doctors|economists"
    r"|lawmakers|prosecutors|protesters|residents|campaigners|activists|authors|organisers"
    r"|organizers|police|diplomats|witnesses|leaders)\b"
)


#: A capitalised word right after a surname (with a possessive between): the surname is part
#: of a longer name or title ("the Oz Show", "Oz's Healthy Living"), not the person alone.
_CAPITALISED_AFTER = re.compile(r"(?:['’]s?)?\s+[A-Z]")

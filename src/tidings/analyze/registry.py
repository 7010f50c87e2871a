"""The registry of an article's speakers that resolution fills: entries, and lookups over them.

requires: the article, its merged entities and the spans of its quotes. assigns: nothing
outside itself; :meth:`SpeakerRegistry._add` founds a :class:`~tidings.model.Speaker`,
:meth:`SpeakerRegistry._find` finds the one a name (or a surname) already belongs to.

Separate because every resolution rule (names in :mod:`tidings.analyze.speakers`, pronouns in
:mod:`tidings.analyze.antecedents`, nominals in :mod:`tidings.analyze.nominals`) reads and adds
to the same entries and asks the same questions of the article's entities (which entity is at
these offsets, which organisation was named last, is this name said outside quotes). The rule
classes build on this one; :class:`~tidings.analyze.speakers.SpeakerBook` sets their order.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate

from tidings.analyze.mentions import Mention
from tidings.analyze.names import gender_of, noun_gender, surname
from tidings.analyze.naming import (
    MEDIA_NOUNS,
    NAME_LABELS,
    ORG_NOUNS,
    PLACE_LABELS,
    looks_personal,
    noun_fits,
    person_shaped,
    tidy_name,
)
from tidings.model import Article, Entity, Paragraph, Speaker, SpeakerType

#: One capitalised word that may be a given name ("Nadia", "Jean-Paul").
_ONE_NAME = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


#: What a full name may carry besides given names and surnames: a suffix ("Jr.", "III").
_NAME_SUFFIXES = frozenset(("jr.", "jr", "sr.", "sr", "ii", "iii", "iv"))


def _name_words(name: str) -> list[str]:
    """The given names and surnames of a full name, lower-cased: "Morris J. Brooks Jr." ->
    ["morris", "brooks"] (initials and suffixes left out). A name of more than three such
    words is a run-on ("Salma Hayek Described Her", a headline's), no person's full name."""
    return [
        w
        for w in name.lower().split()
        if w not in _NAME_SUFFIXES and not (len(w) == 2 and w.endswith("."))
    ]


@dataclass
class Entry:
    """One speaker of the article, with where it was last mentioned (``last``), whether it
    is a group, and the head nouns it was mentioned by."""

    speaker: Speaker
    last: int = 0
    plural: bool = False
    heads: set[str] = field(default_factory=set)


def _outside(
    mentions: list[tuple[int, int, Entity]], spans: list[tuple[int, int]]
) -> list[tuple[int, int, Entity]]:
    """The mentions that lie inside none of ``spans``, in order. A mention [s, e) is inside
    one when, of the spans opening at s or before, the one reaching farthest ends at e or
    after: one bisection per mention, not a test per mention and span (an article has dozens
    of each)."""
    if not spans:
        return list(mentions)
    ordered = sorted(spans)
    opens = [a for a, _ in ordered]
    reach = list(accumulate((b for _, b in ordered), max))
    out = []
    for s, e, ent in mentions:
        k = bisect_right(opens, s)
        if k == 0 or reach[k - 1] < e:
            out.append((s, e, ent))
    return out


#: Right before a name, a photo or image credit ("Photo: Evan Dougherty, Michigan Engineering",
#: "Photograph by Ana Ruiz"): the one who took the picture is no one the story narrates, so
#: no pronoun after a caption refers to them.
_CREDIT_BEFORE = re.compile(
    r"\b(?:[Pp]hoto(?:graph)?s?|[Ii]mages?|[Pp]ictures?|[Cc]redit|[Ii]llustration)"
    r"(?:\s+(?:by|courtesy\s+of))?\s*[:/|\-–—]?\s*$"
)


class SpeakerRegistry:
    """The article's speakers so far (:attr:`entries`) and the article's entities to look up,
    with the names said in narration (outside quotes) kept apart."""

    def __init__(
        self,
        article: Article,
        entities: list[Entity],
        quoted: list[tuple[int, int]] | None = None,
    ) -> None:
        self.article = article
        self.entries: list[Entry] = []
        self.entities = entities
        self._entity_at: list[tuple[int, int, Entity]] = [
            (m.start, m.end, e) for e in entities for m in e.mentions
        ]
        # names in narration: a pronoun speaker ("he said") never refers to a name in the
        # quoted words themselves ('"Obama has failed us," he said' is not Obama). Labels are
        # read at use: resolution relabels a person the tagger took for an organisation
        self._quoted = quoted or []
        text = article.text
        self._narrated: list[tuple[int, int, Entity]] = [
            (s, e, ent)
            for s, e, ent in _outside(self._entity_at, self._quoted)
            if not _CREDIT_BEFORE.search(text, max(0, s - 24), s)
        ]

    @property
    def speakers(self) -> list[Speaker]:
        """The speakers so far, in the order each was first mentioned."""
        return [e.speaker for e in self.entries]

    # -- lookups ------------------------------------------------------------------------------
    def _entity_for(self, start: int, end: int) -> Entity | None:
        for s, e, ent in self._entity_at:
            if s < end and start < e and ent.label in NAME_LABELS:
                return ent
        return None

    def _person_named_at(self, m: Mention) -> bool:
        """True when a mention of a merged PERSON entity has exactly the words of ``m``'s
        name (not merely overlaps them: 'the Clinton campaign' holds the person Clinton), or
        ends with them ("Reyes" of "Tamara Reyes", a name the tagger cut in two)."""
        start = m.name_start if m.name_start is not None else m.start
        return any(
            s <= start and e == m.end and ent.label == "PERSON" for s, e, ent in self._entity_at
        )

    def _entity_named(self, name: str) -> Entity | None:
        """The person whose full name ends with ``name`` ('Pence' -> 'Mike Pence'); failing
        one, a name the tagger took for an organisation that has a person's shape ("Trae
        Young", "Marcus Hale": two or three capitalised words, none an organisation's), which
        a surname said alone ("Young said") shows to be a person's."""
        low = name.lower()
        shaped = None
        for ent in self.entities:
            if len(ent.name.split()) < 2 or surname(ent.name).lower() != low:
                continue
            if ent.label == "PERSON":
                return ent
            if ent.label == "ORG" and shaped is None and person_shaped(ent.name):
                shaped = ent
        return shaped

    def _person_of_gender(self, ent: Entity, gender: str) -> Entity:
        """``ent``, or when its given name says the other gender, the person of the same
        surname whose given name says ``gender`` ("Hillary Clinton" for a "Mrs. Clinton" the
        tagger merged into Bill Clinton; the most mentioned of two). Kept when no one fits: the
        name lists give some given names to one gender only ("Ms. Epstein" is Lee Epstein)."""
        if gender_of(ent.name) in (None, gender):
            return ent
        called = surname(ent.name).lower()
        fits = [
            e
            for e in self.entities
            if e.label == "PERSON"
            and len(e.name.split()) > 1
            and surname(e.name).lower() == called
            and gender_of(e.name) == gender
        ]
        return max(fits, key=lambda e: len(e.mentions)) if fits else ent

    def _find(self, name: str, person: bool = False, gender: str | None = None) -> Entry | None:
        """The entry named ``name``, or the person it is the surname (or full name) of. An
        organisation entry is a person the tagger mistook when a person's full name ("Karen
        Holt", "Kurt Volker": a given name, then a surname) and its surname alone name it, or
        (``person``) the mention names a person; not a place ("Jordan", then "Michael Jordan").
        With ``gender`` (an honorific's), a surname joins a person of that gender first: "Mrs.
        Clinton" is Hillary, not Bill, when both were quoted."""
        if gender is not None:
            fits = self._find(name, person)
            if (
                fits is None
                or fits.speaker.name.lower() == name.lower()
                or gender_of(fits.speaker.name) in (None, gender)
            ):
                return fits
            low = name.lower()
            return next(
                (
                    e
                    for e in self.entries
                    if e.speaker.type == "person"
                    and e.speaker.name.lower().endswith(" " + low)
                    and gender_of(e.speaker.name) == gender
                ),
                None,
            )
        low = name.lower()
        for entry in self.entries:
            sp = entry.speaker
            have = sp.name.lower()
            if have == low:
                return entry
            mistagged = (
                sp.type == "organization"
                and (
                    (looks_personal(sp.name) and (person or " " not in low))
                    or (" " not in have and looks_personal(name))
                )
                and self._label_of(sp.entity_id) not in PLACE_LABELS
            )
            if (sp.type != "person" and not mistagged) or (" " in low and " " in have):
                continue
            # a surname alone joins the full name: "Lain" -> "Sarah Lain" (and the reverse)
            if have.endswith(" " + low) or low.endswith(" " + have):
                if mistagged:
                    sp.type = "person"
                return entry
        return None

    def _by_given_name(self, name: str) -> Entry | None:
        """The one person quoted before whose given or middle name ``name`` is: "Nadia writes"
        after "Nadia Okafor reports", "Elena said" after "said Maria Elena Duarte". News
        writing names a person in full first, then by one name; the first name is used for a
        child, for one of a family of one surname, for a colleague. Only one capitalised word
        that is no one's full name or surname (:meth:`_find` looked for those first), and only
        when exactly one person quoted has it (two Marias are no one's "Maria"), under a
        name of three words at most (:func:`_name_words`)."""
        if not _ONE_NAME.fullmatch(name):
            return None
        low = name.lower()
        found = [
            e
            for e in self.entries
            if e.speaker.type == "person"
            and low in (words := _name_words(e.speaker.name))[:-1]
            and len(words) <= 3
        ]
        return found[0] if len(found) == 1 else None

    def _label_of(self, entity_id: str | None) -> str:
        return next((e.label for e in self.entities if e.id == entity_id), "")

    def _last_org_before(self, pos: int, head: str) -> Entity | None:
        """The organisation named last before ``pos`` that the noun can name; for "the
        newspaper", the last one whose name says it is a paper ("Daily News") when there is
        one, not the group the paper wrote about ("the NRA") named after it."""
        best = press = None
        text = self.article.text
        for s, e, ent in self._entity_at:
            if s < pos and ent.label == "ORG" and noun_fits(head, ent.name, ent.label):
                if head not in MEDIA_NOUNS and _channel_use(text, s, e):
                    # "(Reuters) -", "he wrote on X", "told CNBC": no antecedent for "the
                    # company" (for "the newspaper", "first reported by The Washington Post" is)
                    continue
                if best is None or s > best[0]:
                    best = (s, ent)
                if _PRESS_NAME.search(ent.name) and (press is None or s > press[0]):
                    press = (s, ent)
        if head in _PRESS_HEADS and press is not None:
            return press[1]
        if best is not None and (called := self._org_called(head, pos)) is not None:
            return called
        return best[1] if best else None

    def _org_called(self, head: str, pos: int) -> Entity | None:
        """The organisation named in this paragraph or the one before ``pos`` whose name ends
        in the noun ("the Environmental Protection Agency fined Delcor Chemicals ... the agency
        said"): the noun repeats the name's own last word, so it is that body, not one named
        after it; None when none or two different ones are so named there."""
        para = next((p for p in self.article.paragraphs if p.start <= pos < p.end), None)
        if para is None:
            return None
        prev = [p for p in self.article.paragraphs if p.end <= para.start]
        lo = max(prev, key=lambda p: p.start).start if prev else para.start
        called = {
            ent.id: ent
            for s, _e, ent in self._entity_at
            if lo <= s < pos and ent.label == "ORG" and ent.name.split()[-1:] == [head.title()]
        }
        return next(iter(called.values())) if len(called) == 1 else None

    def _last_org_speaker(self, head: str) -> Entry | None:
        """The organisation quoted last that the noun can name ("Indiana State Police reported
        ... the agency said" is the police: like a pronoun, a definite nominal prefers a
        speaker); "the government" is not a company quoted before, "the company" not a city."""
        orgs = [
            e
            for e in self.entries
            if e.speaker.type == "organization"
            and noun_fits(head, e.speaker.name, self._label_of(e.speaker.entity_id))
        ]
        return max(orgs, key=lambda e: e.last) if orgs else None

    def _add(self, name: str, type_: SpeakerType, mention: Mention, entity_id: str | None) -> Entry:
        speaker = Speaker(
            id=f"s{len(self.entries)}",
            name=tidy_name(name) or name,
            type=type_,
            gender=(  # type: ignore[arg-type]
                # a given name in the lists says the gender before any pronoun resolved to it
                # ("Maria Delgado" first named as "Delgado" is not the "he" of a later quote)
                (gender_of(name) or mention.gender)
                if type_ == "person"
                # "A government spokesman said": not the "she" of a later sentence
                else noun_gender(mention.head)
                if type_ == "anonymous" and not mention.plural
                else None
            ),
            entity_id=entity_id,
        )
        entry = Entry(speaker, plural=mention.plural)
        self.entries.append(entry)
        return entry

    def _paragraph_at(self, pos: int) -> Paragraph | None:
        """The paragraph holding the character at ``pos``."""
        return next((p for p in self.article.paragraphs if p.start <= pos < p.end), None)

    def _inside_quote(self, at: int) -> bool:
        return any(a <= at < b for a, b in self._quoted)

    def _named_description(self, description: str, pos: int) -> str:
        """'a commander of the group' -> 'a commander of al-Nusra Front' (the group named)."""
        words = description.split()
        for i in range(len(words) - 1):
            noun = words[i + 1].lower().strip(",.")
            if words[i].lower() == "the" and noun in ORG_NOUNS:
                org = self._last_org_before(pos, noun)
                if org is not None:
                    return " ".join([*words[:i], org.name, *words[i + 2 :]])
        return description

    def _resolve_entry(self, m: Mention) -> Entry | None:
        """The entry a mention refers to; the order of the rules is
        :meth:`tidings.analyze.speakers.SpeakerBook._resolve_entry`'s (a rule here may resolve
        a phrase it found as a new mention)."""
        raise NotImplementedError


def _channel_use(text: str, start: int, end: int) -> bool:
    """True when the organisation named at ``start``-``end`` is where words went or came
    through, not who acts in the story: a wire service's credit in a dateline ("SAN
    FRANCISCO (Reuters) -"), a platform or outlet someone spoke on or to ("he wrote on X",
    "told CNBC", "in an interview with the BBC", "a memo seen by Reuters"). "The company"
    said next does not mean it."""
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return True
    return bool(_CHANNEL_BEFORE.search(text, max(0, start - 30), start))


#: What comes before a platform or outlet, not an actor: "on X", "told CNBC", "with the BBC".
_CHANNEL_BEFORE = re.compile(
    r"\b(?:on|told|tells|telling|via|(?:interview|interviews|spoke|speaking|talking)\s+(?:with|to)"
    r"|(?:seen|obtained|reviewed|reported|published|broadcast|aired)\s+by)\s+"
    r"(?:(?:the|a|an|his|her|its|their)\s+)?(?:[a-z-]+\s+){0,2}$",
    re.I,
)

#: Nouns for a newspaper or magazine, and the last words of the names of such papers.
_PRESS_HEADS = frozenset(("newspaper", "paper", "daily", "weekly", "tabloid", "magazine"))
_PRESS_NAME = re.compile(
    r"\b(?:News|Times|Post|Journal|Daily|Herald|Tribune|Gazette|Telegraph|Guardian|Magazine"
    r"|Chronicle|Observer|Mail|Express|Examiner|Inquirer|Register|Globe|Bulletin|Review)$"
)

"""Speakers: what a speaker mention says about who it is, and who it refers to in the article.

Two steps, kept apart so the second can be tested without a model:

1. :func:`read_mention` looks at the words of one mention in a parsed sentence (the subject of
   "said", the object of "according to") and returns a :class:`Mention`: the proper name in it
   with titles split off ("Russian President Vladimir Putin" -> "Vladimir Putin" + "Russian
   President"), an appositive description ("Sarah Lain, a Russia specialist at ..."), or the fact
   that it is a pronoun ("she"), a definite nominal ("the official", "the group") or an
   anonymous source ("a commander of the group", "officials").
2. :class:`SpeakerBook` resolves mentions in reading order to one :class:`~tidings.model.Speaker`
   per person or organisation: a surname joins the full name used before ("Lain" -> "Sarah
   Lain", via the article's merged entities), a pronoun goes to the most recent *speaker* of a
   compatible gender and number (so in the seed "he said" is the al-Nusra commander who spoke
   just before, not Assad who was only mentioned), a definite nominal to the speaker whose
   description has that noun, or to the organisation last named ("the group" -> al-Nusra Front).

No coreference model runs offline, so this is rules over the parse; it does not handle cataphora
("Before he left, Smith said"), or split antecedents ("they" = Smith and Jones).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from tidings.analyze.cues import CHANNEL_NOUNS, DOCUMENT_NOUNS
from tidings.analyze.descriptions import HONORIFICS, appos_before
from tidings.analyze.entities import CAPITAL_BEFORE, is_acronym_of
from tidings.analyze.names import TITLE_WORDS, gender_of, noun_gender
from tidings.givennames import opens_with_given_name
from tidings.model import Article, Entity, Speaker, SpeakerType
from tidings.wordlists import word_list

PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "she": "female", "her": "female"}
PLURAL_PRONOUNS = {"they", "them", "their", "we", "us", "our"}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "who"}

#: Nouns that name an organisation; with "the" they point back to the last one named.
ORG_NOUNS = set(
    word_list(
        """
group company firm party ministry government agency campaign organization organisation newspaper
daily paper network committee council court department office bank union coalition
administration kremlin regime army military militia movement alliance channel broadcaster outlet
magazine station institute university foundation commission board team club league association
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
#: Head nouns of unnamed sources that are people (so "he" or "she" can refer to them).
PERSON_NOUNS = (
    SOURCE_NOUNS
    | TITLE_WORDS
    | set(
        word_list(
            """
man woman boy girl resident father mother husband wife son daughter doctor nurse teacher
student worker farmer soldier fighter official commander voter supporter protester
"""
        )
    )
)
_NAME_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
_SKIP_DEPS = {"appos", "relcl", "acl", "punct", "advcl", "cc"}


@dataclass
class Mention:
    """What one speaker mention says about its referent; offsets are in the article text."""

    start: int
    end: int
    kind: str  # "name", "pronoun", "nominal", "anonymous"
    name: str | None = None
    name_start: int | None = None
    type: SpeakerType = "unknown"
    description: str | None = None
    gender: str | None = None
    plural: bool = False
    head: str = ""


def _owner(head: Token) -> Token | None:
    """The named possessor of a channel or document noun ("Sanders' email", "Trump's
    statement", "a statement from Schumer's office"), who speaks through it; None for any
    other head or a pronoun possessor."""
    if head.pos_ != "NOUN" or head.lower_ not in _CHANNELS:
        return None
    poss = next((c for c in head.children if c.dep_ == "poss" and c.i < head.i), None)
    if poss is None and head.lower_ in CHANNEL_NOUNS:
        # "a statement from Chuck Schumer's office", "an email from Neera Tanden": the one it
        # is from (a study or report by someone stays the source: "a count by the AP")
        prep = next(
            (c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("from", "by")), None
        )
        poss = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if poss is not None and poss.pos_ == "NOUN":
            poss = next((c for c in poss.children if c.dep_ == "poss"), None)
    if poss is None or poss.pos_ == "PRON" or not poss.text[:1].isupper():
        return None
    return poss


#: Nouns a speaker speaks through: "Sanders' email", "the senator's statement".
_CHANNELS = (CHANNEL_NOUNS | DOCUMENT_NOUNS) - {"data", "figures", "numbers", "poll", "polls"}


def _np_bounds(head: Token) -> tuple[int, int]:
    """Token range [i, j) of the noun phrase headed by ``head``, without appositives, relative
    clauses and anything after a comma."""
    lo = head.i
    for child in head.lefts:
        if child.dep_ not in _SKIP_DEPS:
            lo = min(lo, child.left_edge.i)
    doc = head.doc
    for k in range(head.i - 1, lo - 1, -1):
        if doc[k].is_quote or doc[k].text in (".", "?", "!"):
            lo = k + 1  # a phrase never runs back over a quote ('"...?" the 43-year-old asked')
            break
    hi = head.i + 1
    for child in head.rights:
        if child.dep_ in _SKIP_DEPS or child.text in ",;(" or _is_when(child):
            break
        # a relative clause after a comma inside the child's phrase ends it too: "A nurse at
        # Westfield General, who asked not to be named ..." (the clause hangs on "General")
        end = child.right_edge.i + 1
        stop = next(
            (
                k
                for k in range(child.i, end - 1)
                if doc[k].text == "," and doc[k + 1].lower_ in _RELATIVES
            ),
            end,
        )
        hi = max(hi, stop)
        if stop < end:
            break
    return lo, hi


#: Words that open a relative clause after a comma.
_RELATIVES = frozenset(("who", "whom", "whose", "which", "where"))


def _is_when(prep: Token) -> bool:
    """'The opposition on Thursday accused ...': a time phrase is not part of who speaks."""
    return prep.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME") for c in prep.children
    )


def _entity_in(doc_span: SpacySpan, head: Token) -> SpacySpan | None:
    """The named entity holding ``head``; or, when the head is a media noun ("the Izvestia
    daily"), the organisation inside the phrase. A nationality or place modifying a common noun
    ("the Russian president") is not the speaker's name."""
    best = None
    for ent in doc_span.ents:
        if ent.label_ not in _NAME_LABELS:
            continue
        if ent.start <= head.i < ent.end:
            return ent
        if ent.label_ in ("ORG", "PERSON") and head.lower_ in MEDIA_NOUNS:
            best = ent
    return best


#: Labels of places: a speaker tagged so after a given name is a person ("Ana Lima").
_PLACE_LABELS = frozenset(("GPE", "LOC", "FAC", "NORP"))


def _named(
    span: tuple[int, int],
    name: str,
    name_start: int,
    description: str | None,
    head: str,
    person: bool = True,
) -> Mention:
    """A mention that names who speaks: a person (with the gender the name gives) or an
    organisation."""
    return Mention(
        span[0],
        span[1],
        "name",
        name=name,
        name_start=name_start,
        type="person" if person else "organization",
        description=description,
        gender=gender_of(name) if person else None,
        head=head,
    )


def _full_name(tok: Token) -> bool:
    """An apposition that is a person's name: tagged so, or a given name and a surname
    ('The founder of Paylane, Marcus Reed, said', where the tagger made both a company)."""
    if tok.ent_type_ == "PERSON":
        return True
    words = [t.text for t in tok.doc[tok.left_edge.i : tok.i + 1] if t.pos_ == "PROPN"]
    return opens_with_given_name(words)


def _closing_name(np: SpacySpan) -> SpacySpan | None:
    """A person's name that closes a described subject after a comma: "a spokesman for the
    council, Tom Hale" (the parser hangs the name on "council", the nearest noun, so the
    speaker's head "spokesman" has no apposition of its own): the speaker is Tom Hale."""
    doc = np.doc
    for ent in np.ents:
        if (
            ent.end == np.end
            and ent.label_ == "PERSON"
            and ent.start - 1 > np.start
            and doc[ent.start - 1].text == ","
            and len(ent) > 1
        ):
            return ent
    return None


#: Offices one person holds, which "the president", "the governor" name later.
_OFFICES = frozenset(
    word_list(
        """
president vice-president minister secretary senator governor mayor chancellor premier chairman
chairwoman chair director commissioner ambassador king queen pope leader speaker
"""
    )
)


def _holds_title(speaker: Speaker, head: str) -> bool:
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


def _has_acronym(ent: Entity) -> bool:
    """True for an organisation named in full that the article also calls by its initials."""
    return ent.label == "ORG" and any(is_acronym_of(m.text, ent.name) for m in ent.mentions)


def _strip_titles(ent: SpacySpan) -> tuple[int, str]:
    """Token index where the name proper starts (after any title words) and that name."""
    i = ent.start
    while i < ent.end - 1 and ent.doc[i].lower_ in TITLE_WORDS:
        i += 1
    return i, ent.doc[i : ent.end].text


def _clean(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:-—–")
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text


def read_mention(head: Token, offset: int) -> Mention:
    """Read the speaker mention headed by ``head`` (a subject or object token)."""
    doc = head.doc
    low = head.lower_
    if low in ("who", "that", "which") and head.head.dep_ == "relcl" and head.head.head.i != head.i:
        # "Charlie Sykes, who said ...": the words at the cue are "who"; the speaker is Sykes
        m = read_mention(head.head.head, offset)
        m.start, m.end = offset + head.idx, offset + head.idx + len(head)
        return m
    # "The US welcomed the exchange": a capitalised "US" (or "IT") is a name, not "us"
    if (head.pos_ == "PRON" or low in PRONOUNS) and not (len(head) > 1 and head.text.isupper()):
        return Mention(
            offset + head.idx,
            offset + head.idx + len(head),
            "pronoun",
            gender=PRONOUN_GENDER.get(low),
            plural=low in PLURAL_PRONOUNS,
            head=low,
        )
    owner = _owner(head)
    if owner is not None:
        # "Sanders' fundraising email to his supporters notes that ...": the email is the
        # channel, the one whose email it is speaks
        m = read_mention(owner, offset)
        last = doc[_np_bounds(head)[1] - 1]
        m.end = max(m.end, offset + last.idx + len(last))
        if m.kind != "name":  # the tagger took "Sanders" for a plural noun: still a name
            lo = owner.left_edge.i
            words = doc[lo : owner.i + 1].text
            m.kind, m.name, m.name_start, m.type = "name", words, offset + doc[lo].idx, "person"
            m.gender, m.plural, m.description = gender_of(words), False, None
        return m
    lo, hi = _np_bounds(head)
    while (
        lo >= 2
        and doc[lo - 1].text == "-"
        and not (doc[lo - 2].whitespace_ or doc[lo - 1].whitespace_)
    ):
        lo -= 2  # 'said co-author Kenji Watanabe': the parser split "co-author" at its hyphen
    det = next((c.lower_ for c in head.lefts if c.dep_ in ("det", "poss")), "")
    if (
        head.dep_ in ("compound", "amod")
        and head.head.pos_ == "VERB"
        and lo > 0
        and doc[lo - 1].dep_ == "det"
        and doc[lo - 1].head.i == head.head.i
    ):
        # '"...," the ministry states', '"...," the 19-year-old said': the parser hung "the"
        # and the noun (or the age) on the cue
        lo, det = lo - 1, doc[lo - 1].lower_
    if hi < len(doc) and doc[hi].lower_ in ORG_NOUNS and doc[hi].dep_ != "nsubj":
        hi += 1  # "the pro-Kremlin Izvestia daily said": "daily" mis-tagged as an adverb
    np = doc[lo:hi]
    org_noun = doc[hi - 1].lower_ in ORG_NOUNS
    start, end = offset + np.start_char, offset + np.end_char
    appos = [c for c in head.rights if c.dep_ == "appos"]
    titled = head.pos_ == "PROPN" and head.lower_ in TITLE_WORDS and head.ent_type_ != "PERSON"
    if (head.pos_ == "NOUN" or titled) and not appos:
        # "Political analyst and Moscow Times contributor Georgy Bovt": a mis-parse that makes
        # the name a conjunct of the description (also of a capitalised title: "Sirius XM Vice
        # President for news and talk Dave Gorab")
        conj = [c for c in head.rights if c.dep_ == "conj" and c.pos_ == "PROPN"]
        if conj:
            c = conj[0]
            c_ent = _entity_in(doc[c.left_edge.i : c.i + 1], c)
            if c_ent is not None and c_ent.label_ == "PERSON":
                i, name = _strip_titles(c_ent)
                return _named(
                    (offset + doc[lo].idx, offset + c_ent.end_char),
                    name,
                    offset + doc[i].idx,
                    _clean(doc[lo:i].text) or None,
                    c.lower_,
                )
    appos_text = (
        _clean(doc[appos[0].left_edge.i : appos[0].right_edge.i + 1].text) if appos else None
    )
    if appos_text and (_quoted_only(appos_text) or appos_text.isdigit()):
        appos_text = None  # a quoted title, or an age ("Sarah Patel, 34, said")
    ent = _entity_in(np, head)
    described_name = (
        bool(appos) and head.pos_ == "PROPN" and doc[appos[0].left_edge.i].lower_ in ("a", "an")
    )
    if (
        appos
        and not described_name  # 'Glover, a Liberal Democrat, said': the name is the head
        and (ent is None or (ent.label_ != "PERSON" and _full_name(appos[0])))
    ):
        # "the country's deputy defence minister, Nikolai Pankov, ..." : the name is the appositive
        a = appos[0]
        described, first = np.text, start
        inner = next((c for c in a.rights if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
        if a.pos_ == "NOUN" and inner is not None:
            # 'Outside court, the current mayor, Joanne Pike, welcomed': the parser made "court"
            # the subject and the title its apposition; the name is the title's apposition
            described = doc[a.left_edge.i : a.i + 1].text
            first = offset + doc[a.left_edge.i].idx
            a = inner
        a_ent = _entity_in(doc[a.left_edge.i : a.right_edge.i + 1], a)
        if a_ent is not None or a.pos_ == "PROPN":
            name_ent = a_ent if a_ent is not None else doc[a.left_edge.i : a.i + 1]
            i, name = _strip_titles(name_ent)
            label = a_ent.label_ if a_ent is not None else "PERSON"
            if label != "PERSON" and _full_name(a):
                label = "PERSON"  # 'Paylane, Marcus Reed, said', the name tagged a company
                if ent is not None:
                    # the parser cut the subject at the company: the description is the
                    # phrase the apposition closes ('The founder of the fintech startup
                    # Paylane, Marcus Reed, said')
                    a_lo, a_hi = name_ent.start_char, name_ent.end_char
                    whole = appos_before(doc.text, a_lo, a_hi)
                    at = doc.text.rfind(whole, 0, a_lo) if whole else -1
                    if whole and at >= 0:
                        described, first = whole, offset + at
            return Mention(
                first,
                offset + name_ent.end_char,
                "name",
                name=name,
                name_start=offset + doc[i].idx,
                type="person" if label == "PERSON" else "organization",
                description=_clean(described),
                gender=gender_of(name),  # an organisation's too: "he" may mean its namesake
                head=head.lower_,
            )
    label = ""
    if ent is None and head.pos_ == "PROPN":
        i = head.i
        while i > lo and (
            doc[i - 1].pos_ == "PROPN"
            # "the U.S. Attorney's Office": a name's possessive inside a longer name
            or (doc[i - 1].tag_ == "POS" and i - 2 >= lo and doc[i - 2].pos_ == "PROPN")
        ):
            i -= 1
        ent = doc[i : head.i + 1]
        if any(t.tag_ == "POS" for t in ent) or head.lower_ in ORG_NOUNS:
            label = "ORG"
        elif all(t.lower_ in TITLE_WORDS for t in ent):
            ent = None  # "The Prime Minister said": an office, read as "the minister"
    if ent is not None:
        label = getattr(ent, "label_", "") or label or ("ORG" if org_noun else "PERSON")
        if ent.start < lo <= head.i:
            # the tagger ran the name into a word before the phrase ("Hosting Cook at
            # Dreamforce", where "Hosting" is a verb): the name stays inside its phrase
            ent = doc[lo : ent.end]
        if label in _PLACE_LABELS and head.i == ent.end - 1:
            run = head.i
            while run > lo and doc[run - 1].pos_ == "PROPN":
                run -= 1
            if opens_with_given_name([t.text for t in doc[run : head.i + 1]]):
                # 'said Ana Lima, 19': a surname the tagger took for a city, after a given name
                ent, label = doc[run : head.i + 1], "PERSON"
        # titles come off people only: "U.S. Attorney's Office" is the organisation's name
        i, name = _strip_titles(ent) if label == "PERSON" else (ent.start, ent.text)
        if label == "ORG" and opens_with_given_name((titled_name := _strip_titles(ent))[1].split()):
            # "Detective Constable Liam Shaw" tagged an organisation: a rank, then a full name
            label, (i, name) = "PERSON", titled_name
        name = _clean(name.removeprefix("the ").removeprefix("The "))
        before = _clean(doc[lo:i].text)
        for det in ("the ", "The "):
            before = before.removeprefix(det)
        while (last := before.rpartition(" ")[2]).lower() in HONORIFICS and last != before:
            before = before[: -len(last)].rstrip()  # "lead author Dr Anna Berg": "lead author"
        if all(w.lower() in _EMPTY_DESCRIPTION for w in before.split()):
            before = ""  # "The Hollywood Reporter", "Ms Persson": no description
        after = doc[ent.end : hi].text.strip()
        if label == "PERSON":
            description = before or None
        else:
            description = _clean(np.text) if (after or before) else None
        if appos_text:
            description = f"{description}, {appos_text}" if description else appos_text
        return _named(
            (start, end), name, offset + doc[i].idx, description, low, person=label == "PERSON"
        )
    if (named := _closing_name(np)) is not None:
        i, name = _strip_titles(named)
        return _named(
            (start, end), name, offset + doc[i].idx, _clean(doc[lo : named.start].text) or None, low
        )
    description = _clean(np.text)
    if appos_text:
        description = f"{description}, {appos_text}"
    plural = head.tag_ in ("NNS", "NNPS")
    definite = det in ("the", "this", "that", "these", "those")
    kind = "nominal" if definite and not plural else "anonymous"
    return Mention(start, end, kind, description=description, plural=plural, head=low)


#: Honorifics that say a gender ("Mr.", "Mrs.", "Ms.", "Miss").
_HONORIFICS = {"mr", "mrs", "ms", "miss", "mme", "mlle"}

#: One capitalised word that may be a surname ("Voss", "O'Neill", "Smith-Jones").
_SURNAME = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z][a-z]+)?")

#: "the 24-year-old", "The 61-year-old former mayor": an age as a definite description.
_AGE_NOMINAL = re.compile(r"^[Tt]he \d{1,3}-year-old(?:\s+(?:[a-z-]+\s+)*([a-z-]+))?$")


def _modifier_use(text: str, start: int, end: int) -> bool:
    """True when a name modifies a noun after a determiner ("the Trump team", "a Clinton
    aide"): no mention of the person as someone in the story."""
    before = text[max(0, start - 5) : start].lower()
    return before.endswith(("the ", "a ", "an ")) and bool(_LOWER_WORD.match(text, end))


_LOWER_WORD = re.compile(r" [a-z]")


def names_only(description: str, name: str) -> bool:
    """True when a "description" is only words of the speaker's name: "Siddiqui" for Omar
    Siddiqui, read as a phrase because the tagger took the surname for a plural noun."""
    words = set(name.lower().split())
    return bool(words) and set(description.lower().split()) <= words


@dataclass
class _Entry:
    speaker: Speaker
    last: int = 0
    plural: bool = False
    heads: set[str] = field(default_factory=set)


class SpeakerBook:
    """The article's speakers, built up mention by mention in reading order."""

    def __init__(
        self,
        article: Article,
        entities: list[Entity],
        quoted: list[tuple[int, int]] | None = None,
    ) -> None:
        self.article = article
        self.entries: list[_Entry] = []
        self.entities = entities
        self._entity_at: list[tuple[int, int, Entity]] = [
            (m.start, m.end, e) for e in entities for m in e.mentions
        ]
        # names in narration: a pronoun speaker ("he said") never refers to a name in the
        # quoted words themselves ('"Obama has failed us," he said' is not Obama). Labels are
        # read at use: resolution relabels a person the tagger took for an organisation
        spans = self._quoted = quoted or []
        self._narrated: list[tuple[int, int, Entity]] = [
            (s, e, ent)
            for s, e, ent in self._entity_at
            if not any(a <= s and e <= b for a, b in spans)
        ]

    # -- lookups ------------------------------------------------------------------------------
    def _entity_for(self, start: int, end: int) -> Entity | None:
        for s, e, ent in self._entity_at:
            if s < end and start < e and ent.label in _NAME_LABELS:
                return ent
        return None

    def _person_named_at(self, m: Mention) -> bool:
        """True when a mention of a merged PERSON entity has exactly the words of ``m``'s
        name (not merely overlaps them: 'the Clinton campaign' holds the person Clinton)."""
        start = m.name_start if m.name_start is not None else m.start
        return any(
            s == start and e == m.end and ent.label == "PERSON" for s, e, ent in self._entity_at
        )

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
            if e.label == "PERSON" and len(e.name.split()) > 1 and e.name.lower().split()[-1] == low
        ]
        # one person of that surname ("Obama" may be Barack or Michelle), named before
        if len(named) != 1 or not any(x.start < m.start for x in named[0].mentions):
            return
        ent = named[0]
        m.kind, m.name, m.name_start, m.type = "name", word, m.start, "person"
        m.description, m.plural, m.gender = None, False, gender_of(ent.name)

    def _entity_named(self, name: str) -> Entity | None:
        """The person whose full name ends with ``name`` ('Pence' -> 'Mike Pence')."""
        low = name.lower()
        for ent in self.entities:
            words = ent.name.lower().split()
            if ent.label == "PERSON" and len(words) > 1 and words[-1] == low:
                return ent
        return None

    def _honorific_gender(self, m: Mention) -> str | None:
        """The gender an honorific before a name says ("Mrs. Clinton", "Mr. Obama"), if any."""
        if m.name_start is None or m.name_start <= m.start:
            return None
        words = self.article.text[m.start : m.name_start].split()
        return (
            gender_of(words[-1]) if words and words[-1].lower().rstrip(".") in _HONORIFICS else None
        )

    def _person_of_gender(self, ent: Entity, gender: str) -> Entity:
        """``ent``, or when its given name says the other gender, the person of the same
        surname whose given name says ``gender`` ("Hillary Clinton" for a "Mrs. Clinton" the
        tagger merged into Bill Clinton; the most mentioned of two). Kept when no one fits: the
        name lists give some given names to one gender only ("Ms. Epstein" is Lee Epstein)."""
        if gender_of(ent.name) in (None, gender):
            return ent
        surname = ent.name.lower().split()[-1]
        fits = [
            e
            for e in self.entities
            if e.label == "PERSON"
            and len(e.name.split()) > 1
            and e.name.lower().split()[-1] == surname
            and gender_of(e.name) == gender
        ]
        return max(fits, key=lambda e: len(e.mentions)) if fits else ent

    def _find(self, name: str, person: bool = False, gender: str | None = None) -> _Entry | None:
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
                    (_looks_personal(sp.name) and (person or " " not in low))
                    or (" " not in have and _looks_personal(name))
                )
                and self._label_of(sp.entity_id) not in _PLACE_LABELS
            )
            if (sp.type != "person" and not mistagged) or (" " in low and " " in have):
                continue
            # a surname alone joins the full name: "Lain" -> "Sarah Lain" (and the reverse)
            if have.endswith(" " + low) or low.endswith(" " + have):
                if mistagged:
                    sp.type = "person"
                return entry
        return None

    def _label_of(self, entity_id: str | None) -> str:
        return next((e.label for e in self.entities if e.id == entity_id), "")

    def _last_org_before(self, pos: int, head: str) -> Entity | None:
        """The organisation named last before ``pos`` that the noun can name; for "the
        newspaper", the last one whose name says it is a paper ("Daily News") when there is
        one, not the group the paper wrote about ("the NRA") named after it."""
        best = press = None
        for s, _e, ent in self._entity_at:
            if s < pos and ent.label == "ORG" and _fits(head, ent.name, ent.label):
                if best is None or s > best[0]:
                    best = (s, ent)
                if _PRESS_NAME.search(ent.name) and (press is None or s > press[0]):
                    press = (s, ent)
        if head in _PRESS_HEADS and press is not None:
            return press[1]
        return best[1] if best else None

    def _last_org_speaker(self, head: str) -> _Entry | None:
        """The organisation quoted last that the noun can name ("Indiana State Police reported
        ... the agency said" is the police: like a pronoun, a definite nominal prefers a
        speaker); "the government" is not a company quoted before, "the company" not a city."""
        orgs = [
            e
            for e in self.entries
            if e.speaker.type == "organization"
            and _fits(head, e.speaker.name, self._label_of(e.speaker.entity_id))
        ]
        return max(orgs, key=lambda e: e.last) if orgs else None

    def _titled_person_before(self, title: str, pos: int) -> Entity | None:
        """The last person named with this title before ``pos`` ("President Vladimir Putin"
        for "the president")."""
        if title not in TITLE_WORDS:
            return None
        best = None
        for s, _e, ent in self._entity_at:
            if s >= pos or ent.label != "PERSON":
                continue
            # "the country's foreign minister, Anna Berg": the title before the comma counts
            words = [w.strip(",") for w in self.article.text[max(0, s - 40) : s].lower().split()]
            words = words[-3:]
            titles = _SAME_OFFICE.get(title, {title})
            named = bool(titles & {*words, *ent.name.lower().split()})
            named = named or (
                self._title_in_appositive(titles, s, _e) and not self._other_person_here(ent, pos)
            )
            if named and (best is None or s > best[0]):
                best = (s, ent)
        return best[1] if best else None

    def _other_person_here(self, ent: Entity, pos: int) -> bool:
        """True when someone other than ``ent`` is named in narration earlier in the
        paragraph of ``pos``: 'Rubio sought to stoke positive energy ... the senator said' is
        Rubio, not the senator an appositive named paragraphs before."""
        para = next((p for p in self.article.paragraphs if p.start <= pos < p.end), None)
        return para is not None and any(
            para.start <= s < pos and other.label == "PERSON" and other.id != ent.id
            for s, _e, other in self._narrated
        )

    def _title_in_appositive(self, titles: set[str], start: int, end: int) -> bool:
        """True when the name at ``start``-``end`` is given one of ``titles`` by an appositive
        phrase: after it ("Mark Ellison, the Republican senator who chairs ...") or, opening
        its sentence, before it and a comma ("The senator who chairs the banking committee,
        Mark Ellison, ..."). Not a possessive ("Susan Park, the senator's aide")."""
        text = self.article.text
        words = "|".join(re.escape(t) for t in titles)
        # the appositive goes on or closes ("..., the senator who chairs", "the senator of",
        # "the senator,"): "Mika Brzezinski, the Democratic candidate stated" ends an opening
        # phrase with the name, and the title is the sentence's subject
        after = (
            rf",\s+(?:the|a|an)\s+(?:[\w-]+\s+){{0,3}}?(?:{words})"
            r"(?:,|\s+(?:who|of|at|for|from|in|on|and|since)\b)"
        )
        if re.match(after, text[end : end + 80], re.I):
            return True
        para = next((p for p in self.article.paragraphs if p.start <= start < p.end), None)
        if para is None:
            return False
        opening = text[_sentence_start(text, para.start, start) : start]
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
        if not 2 <= len(words) <= 5 or words[0].lower() != "the" or m.head not in TITLE_WORDS:
            return None
        if words[-1].lower() != m.head:
            return None
        people = sorted((s, e, ent) for s, e, ent in self._narrated if ent.label == "PERSON")
        for hit in re.finditer(rf"(?<!\w){re.escape(role)}(?!\w)", text[: m.start], re.I):
            at = hit.start()
            para = next((p for p in self.article.paragraphs if p.start <= at < p.end), None)
            if para is None or _sentence_start(text, para.start, at) != at:
                continue
            if any(a <= at < b for a, b in self._quoted):
                continue
            after = [(s, e, ent) for s, e, ent in people if at < s < m.start]
            if not after:
                continue
            s, e, ent = after[0]
            home = next((p for p in self.article.paragraphs if p.start <= s < p.end), None)
            if home is None or not _opens_sentence(text, home.start, s):
                continue
            # the name opens the first or second sentence after the role's, in its paragraph
            # or the next; one named in the role's own sentence is someone it met or named,
            # one given an appositive ("Jane Moss, who leads the union,") is introduced anew
            between = text[hit.end() : s]
            gap = len(_SENTENCE_END.findall(between))
            paras_between = between.count("\n\n")
            if not 1 <= gap <= 2 or paras_between > 1 or text[e : e + 1] == ",":
                continue
            return ent
        return None

    def _add(
        self, name: str, type_: SpeakerType, mention: Mention, entity_id: str | None
    ) -> _Entry:
        speaker = Speaker(
            id=f"s{len(self.entries)}",
            name=tidy_name(name) or name,
            type=type_,
            gender=(  # type: ignore[arg-type]
                mention.gender
                if type_ == "person"
                # "A government spokesman said": not the "she" of a later sentence
                else noun_gender(mention.head)
                if type_ == "anonymous" and not mention.plural
                else None
            ),
            entity_id=entity_id,
        )
        entry = _Entry(speaker, plural=mention.plural)
        self.entries.append(entry)
        return entry

    # -- resolution ---------------------------------------------------------------------------
    def resolve(self, mention: Mention) -> Speaker | None:
        """The speaker this mention refers to (added to the book if new), or None."""
        entry = self._resolve_entry(mention)
        if entry is None:
            return None
        sp = entry.speaker
        entry.last = mention.start
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
        if sp.gender is None and sp.type == "person" and mention.gender:
            sp.gender = mention.gender  # type: ignore[assignment]
        return sp

    def _resolve_entry(self, m: Mention) -> _Entry | None:
        if m.kind in ("anonymous", "nominal"):
            self._surname_read_as_noun(m)
        if m.kind == "name" and m.name:
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
                and _has_acronym(ent)
                and any(x.start in (at, m.start) for x in ent.mentions)
            ):
                # "CBP said", or "U.S. Customs said" tagged a person, where the article's
                # merged entity is an organisation named in full that also goes by its
                # initials: the organisation, under its full name
                m.type, m.gender, name = "organization", None, ent.name
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
                name = _strip_title_words(ent.name)
            owner, _, rest = name.replace("’", "'").rpartition("'s ")
            if owner and len(rest.split()) > 1 and _looks_personal(rest):
                # "Twitter's Adam Sharp": the person; whose they are is a description
                name, m.type, m.gender = name[len(owner) + 3 :], "person", gender_of(rest)
                at = self.article.text.find(name, m.start, m.end)
                m.name_start = at if at >= 0 else m.name_start
                m.description = m.description or owner
                ent = self._entity_for(at, at + len(name)) if at >= 0 else None
                ent = ent if ent is not None and ent.label == "PERSON" else None
            name = tidy_name(name) or name
            # a surname joins a speaker already quoted under a full name before it founds a
            # new one from the entity: "Cook said" after "Tim Cook" stays Tim Cook even when
            # the tagger merged "Cook" into a bad entity ("Hosting Cook at Dreamforce")
            person = m.type == "person"
            entry = self._find(name, person, honorific) or (
                self._find(m.name, person, honorific) if " " not in m.name else None
            )
            if entry is None:
                entry = self._add(name, m.type, m, ent.id if ent else None)
            elif len(name) > len(entry.speaker.name) and _extends(name, entry.speaker.name):
                entry.speaker.name = name  # "Lain" -> "Sarah Lain", never "Tim Cook" -> "X Cook"
            return entry
        if m.kind == "pronoun":
            return self._antecedent(m)
        if m.kind == "nominal" and (aged := self._aged_person(m)) is not None:
            return aged
        if m.kind == "nominal" and (writer := self._writer_of(m)) is not None:
            return writer
        if m.kind == "nominal":
            held = [
                entry
                for entry in reversed(sorted(self.entries, key=lambda e: e.last))
                if m.head in " ".join(entry.speaker.descriptions).lower().split()
                or m.head in entry.heads
            ]
            # "the president" (the office alone) is the one who holds the title outright
            # ("President Donald Trump"), not one whose title names another body ("Fed
            # President Neel Kashkari") quoted since
            bare = [e for e in held if _holds_title(e.speaker, m.head)]
            said = Speaker(id="", name="", type="person", descriptions=[m.description or ""])
            if bare and _holds_title(said, m.head) and not _holds_title(held[0].speaker, m.head):
                return bare[0]
            if held:
                return held[0]
            titled = self._titled_person_before(m.head, m.start) or self._role_named_after(m)
            if titled is not None:
                person = Mention(m.start, m.end, "name", name=titled.name, type="person")
                return self._find(titled.name) or self._add(
                    _strip_title_words(titled.name), "person", person, titled.id
                )
            if m.head in ORG_NOUNS and not _self_named(m.description or ""):
                spoke = self._last_org_speaker(m.head)
                if spoke is not None and m.head not in MEDIA_NOUNS:
                    return spoke
                org = self._last_org_before(m.start, m.head)
                if org is not None:
                    return self._find(org.name) or self._add(org.name, "organization", m, org.id)
        description = m.description or self.article.text[m.start : m.end]
        name = self._named_description(description, m.start)
        entry = self._find(name)
        return entry or self._add(name, "anonymous", m, None)

    def _surname_in_paragraph(self, m: Mention, gender: str | None) -> Entity | _Entry | None:
        """The person whose surname comes last before ``m`` in its paragraph, outside quotes,
        tagged or not: in 'Okafor himself was more modest. "...," the 19-year-old said' the
        tagger missed "Okafor", who was named in full ("Danny Okafor") paragraphs before.
        People are the tagged persons and the people already quoted (a name the tagger
        missed everywhere is known only as a speaker)."""
        para = next((p for p in self.article.paragraphs if p.start <= m.start < p.end), None)
        if para is None:
            return None
        people: list[tuple[str, Entity | _Entry]] = [
            (e.name, e) for e in self.entities if e.label == "PERSON" and e.mentions
        ]
        people += [(e.speaker.name, e) for e in self.entries if e.speaker.type == "person"]
        text = self.article.text
        best: tuple[int, Entity | _Entry] | None = None
        for name, person in people:
            words = name.split()
            if len(words) < 2 or (gender and gender_of(name) not in (None, gender)):
                continue
            form = re.compile(r"(?<![\w’'-])" + re.escape(words[-1]) + r"(?![\w-]|\s+[A-Z])")
            for hit in form.finditer(text, para.start, m.start):
                at = hit.start()
                if any(a <= at < b for a, b in self._quoted):
                    continue
                before = CAPITAL_BEFORE.search(text, max(0, at - 40), at)
                if before is not None and before.group(1) != words[-2]:
                    continue  # another name ("Ivanka Trump" is not Donald Trump)
                if best is None or at > best[0]:
                    best = (at, person)
        return best[1] if best else None

    def _aged_person(self, m: Mention) -> _Entry | None:
        """ "the 24-year-old (striker)" is the person named last before it, outside quotes:
        news gives a person's age as a definite description only after naming them ("Tomás
        Aguilar ... scored twice. '...,' the 24-year-old told the club's website")."""
        match = _AGE_NOMINAL.match(m.description or "")
        if match is None:
            return None
        gender = noun_gender((match.group(1) or "").lower())
        # the person of the paragraph (or the one opening a sentence of the paragraph before),
        # as for "he", else the last one named before
        found = self._surname_in_paragraph(m, gender)
        found = found or self._paragraph_person(replace(m, gender=gender, plural=False))
        if isinstance(found, _Entry):
            return found
        if found is None:
            before = [
                (s, ent)
                for s, e, ent in self._narrated
                if s < m.start
                and ent.label == "PERSON"
                and not (gender and gender_of(ent.name) not in (None, gender))
                and not _modifier_use(self.article.text, s, e)
            ]
            if not before:
                return None
            found = max(before, key=lambda p: p[0])[1]
        name = _strip_title_words(found.name)
        ent = found
        person = Mention(m.start, m.end, "name", name=name, type="person", gender=gender_of(name))
        return self._find(name, True) or self._add(name, "person", person, ent.id)

    def _writer_of(self, m: Mention) -> _Entry | None:
        """The person who speaks through "the letter" (statement, email ...): the one person
        named in narration in the sentence that introduced it as "a letter" in this paragraph
        or the one before ('A letter from the residents' association, signed by its chair,
        Margaret Dunn, ... The letter asked ...'; 'In a letter to the board, the head teacher,
        Margaret Dunn, set out her objections. "...," the letter said'). None with no such
        sentence, or with nobody or several people in it."""
        text = self.article.text
        words = (m.description or "").lower().split()
        if m.head not in _WRITTEN or words[:1] not in (["the"], ["that"], ["this"]):
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
            return None
        at = hits[-1].start()
        para = next(p for p in paras if p.start <= at < p.end)
        start = _sentence_start(text, para.start, at)
        end = _SENTENCE_END.search(text, at, para.end)
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
            and not _modifier_use(text, s, e)
            and text[max(0, s - 3) : s].lower() != "to "
        }
        if len(people) != 1:
            return None
        ent = next(iter(people.values()))
        name = _strip_title_words(ent.name)
        person = Mention(m.start, m.end, "name", name=name, type="person", gender=gender_of(name))
        return self._find(name, True) or self._add(name, "person", person, ent.id)

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

    def _paragraph_person(self, m: Mention) -> Entity | _Entry | None:
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
            found = self._described_people(para.start, m.start)
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
            found = self._described_people(prev.start, prev.end, opening=True)
        if len(found) != 1:
            return None
        person = next(iter(found.values()))
        # someone quoted in that paragraph ('..., Cuban said.') is the speaker rule's to weigh
        quoted_there = [
            e
            for e in self.entries
            if any(prev.start <= x.start < prev.end for x in e.speaker.mentions)
        ]
        return person if all(e is person for e in quoted_there) else None

    def _described_people(
        self, start: int, end: int, opening: bool = False
    ) -> dict[str, Entity | _Entry]:
        """The names between ``start`` and ``end`` the tagger took for organisations that
        news describes as people: two or three capitalised words, none an organisation's
        word, with a person's appositive after them ("Eswar Prasad, a professor of trade
        policy at Cornell University, ..."; ", who runs ..."; ", 45,"). The given name is
        not in the lists, so the gender is unknown; the words around say it is someone."""
        text = self.article.text
        found: dict[str, Entity | _Entry] = {}
        for s, e, ent in self._narrated:
            if (
                start <= s < end
                and ent.label == "ORG"
                and _person_shaped(text[s:e])
                and _PERSON_APPOSITIVE.match(text, e)
                and (not opening or _opens_sentence(text, start, s))
            ):
                found[ent.id] = ent
        # one quoted as an organisation in the paragraph ("Eswar Prasad said growth would
        # slow. "...," he said"): a writer says "it said" of an organisation
        for entry in self.entries:
            sp = entry.speaker
            if (
                sp.type == "organization"
                and not entry.plural
                and _person_shaped(sp.name)
                and self._label_of(sp.entity_id) not in _PLACE_LABELS
                and any(
                    start <= x.start < end
                    and (not opening or _opens_sentence(text, start, x.start))
                    for x in sp.mentions
                )
            ):
                found.setdefault(sp.entity_id or sp.id, entry)
        return found

    def _org_opening(self, m: Mention) -> _Entry | None:
        """The organisation "it" is about: the one opening its sentence before it, or the
        sentence before in its paragraph ('Harlow Council voted to close the library. "...,"
        it said'; 'The Brazilian foreign ministry issued a statement. "...," it said'), a
        named one or a definite noun phrase ending in an organisation noun, rather than the
        last organisation quoted. Only for "it" before a verb of saying. None when no
        organisation opens them."""
        text = self.article.text
        para = next((p for p in self.article.paragraphs if p.start <= m.start < p.end), None)
        if para is None or not _IT_SAID.match(text, m.end):
            return None  # "It shows an officer ...": a video, a document, not who published it
        here = _sentence_start(text, para.start, m.start)
        spans = [(here, m.start)]
        if here > para.start:
            spans.append((_sentence_start(text, para.start, here - 1), here))
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
                spans.append((_sentence_start(text, prev.start, max(prev.start, end - 1)), end))
        for lo, hi in spans:
            for s, e, ent in self._narrated:
                if (
                    lo <= s < hi
                    and ent.label == "ORG"
                    and _opens_sentence(text, lo, s)
                    and not _not_as_someone(text, s, e, True)
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
                return self._resolve_entry(org)
        return None

    def _salient(self, para_start: int, m: Mention) -> dict[str, Entity | _Entry]:
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
        here = _sentence_start(text, para_start, m.start)
        own = self._people_in(here, m.start, m, subject=True)
        after_comma = text[here : m.start].rstrip(" \"'”’“‘").endswith(",")
        first = text[here : m.start].split()[:1]
        if first and PRONOUN_GENDER.get(first[0].lower()) == m.gender:
            return {}  # 'He avoided criticism of Trump until recent days, when he ...'
        if not after_comma and own:
            return own if len(own) == 1 else {}
        if len(own) > 1 or here <= para_start:
            return {}
        before = _sentence_start(text, para_start, here - 1)
        found = self._people_in(before, here, m, opening=True, subject=True)
        if len(found) != 1 or (own and own.keys() != found.keys()):
            return {}
        person = next(iter(found.values()))
        quoted = [
            e for e in self.entries if any(before <= x.start < here for x in e.speaker.mentions)
        ]
        return found if all(e is person for e in quoted) else {}

    def _people_in(
        self, start: int, end: int, m: Mention, opening: bool = False, subject: bool = False
    ) -> dict[str, Entity | _Entry]:
        """The people named in narration between ``start`` and ``end`` that fit pronoun
        ``m``'s gender, by entity; with ``opening``, only those who open a sentence (after its
        titles: "Former President Bill Clinton campaigned ..."). With ``subject``, only names
        of someone as such: not a possessive opening a sentence ("Trump's misinformation may
        be ..."), one joined to another by "and", or a modifier ("The Murdoch outlets"); the
        gender is the words' own before the entity's ("Mrs. Clinton", "Hillary Clinton" where
        the tagger merged her into Bill Clinton: she is the person of that gender, see
        :meth:`_person_of_gender`)."""
        text = self.article.text
        found: dict[str, Entity | _Entry] = {}
        for s, e, ent in self._narrated:
            if start <= s < end and ent.label == "PERSON":
                own = _honorific_before(text, s) or gender_of(text[s:e]) if subject else None
                g = own or gender_of(ent.name)
                if subject and own and gender_of(ent.name) not in (None, own):
                    ent = self._person_of_gender(ent, own)
                    g = own if gender_of(ent.name) in (None, own) else gender_of(ent.name)
                if (
                    not (m.gender and g and g != m.gender)
                    and (not opening or _opens_sentence(text, start, s))
                    and not (subject and _not_as_someone(text, s, e, opening))
                ):
                    found[ent.id] = ent
        for entry in self.entries:
            sp = entry.speaker
            # only a name that says its gender: a speaker typed a person may be "Team Trump"
            if sp.type != "person" or entry.plural or gender_of(sp.name) != m.gender:
                continue
            here = [x.start for x in sp.mentions if start <= x.start < end]
            if opening:
                here = [x for x in here if _opens_sentence(text, start, x)]
            if subject:
                here = [
                    x.start
                    for x in sp.mentions
                    if x.start in here and not _not_as_someone(text, x.start, x.end, opening)
                ]
            if here or (not opening and self._named_in(sp.name, start, end)):
                found.setdefault(sp.entity_id or sp.id, entry)
        return found

    def _named_in(self, name: str, start: int, end: int) -> bool:
        """True when the surname of ``name`` is written in narration between ``start`` and
        ``end`` (the tagger misses some: "Trump almost seemed to agree.")."""
        surname = name.split()[-1]
        for hit in re.finditer(rf"\b{re.escape(surname)}\b", self.article.text[start:end]):
            at = start + hit.start()
            if not any(a <= at < b for a, b in self._quoted):
                return True
        return False

    def _antecedent(self, m: Mention) -> _Entry | None:
        """The one person named earlier in the paragraph (:meth:`_paragraph_person`), else the
        most recent speaker compatible with the pronoun, else the last person named."""
        want_org = m.head in ("it", "its")
        if want_org and (org := self._org_opening(m)) is not None:
            return org
        if not (m.plural or want_org or m.head in ("i", "you", "we")):
            ent = self._paragraph_person(m)
            if isinstance(ent, _Entry):
                if ent.speaker.type == "organization" and m.head in PRONOUN_GENDER:
                    ent.speaker.type = "person"  # "he" says the tagger's organisation is not one
                return ent
            if ent is not None:
                person = Mention(
                    m.start, m.end, "name", name=ent.name, type="person", gender=m.gender
                )
                return (
                    self._find(_strip_title_words(ent.name))
                    or self._find(ent.name)
                    or self._add(_strip_title_words(ent.name), "person", person, ent.id)
                )
        for entry in sorted(self.entries, key=lambda e: -e.last):
            sp = entry.speaker
            if want_org:
                if sp.type == "organization":
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
        if m.plural and m.head in ("they", "them", "their"):
            return self._group_before(m)
        if m.plural or want_org or m.head in ("i", "you", "we"):
            return None
        best = None
        for s, _e, ent in self._narrated:
            if s < m.start and ent.label == "PERSON" and (best is None or s > best[0]):
                g = gender_of(ent.name)
                if not (m.gender and g and g != m.gender):
                    best = (s, ent)
        if best is None:
            return None
        ent = best[1]
        person = Mention(m.start, m.end, "name", name=ent.name, type="person", gender=m.gender)
        return self._find(ent.name) or self._add(
            _strip_title_words(ent.name), "person", person, ent.id
        )

    def _group_before(self, m: Mention) -> _Entry | None:
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

    @property
    def speakers(self) -> list[Speaker]:
        return [e.speaker for e in self.entries]


#: Capitalised words that open a sentence without being part of its subject's title ("While
#: Obama had ...", "The Cruz campaign ...").
_NOT_TITLES = set(
    word_list(
        """
the a an this that these those his her their its while when after before as if although though
because since in on at for with by from to of during despite unlike like until unless whether
"""
    )
)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")
#: Words that may come before a sentence's subject without being it ("But Jones said").
_OPENERS = set(word_list("but and still yet so then also however meanwhile"))


def _honorific_before(text: str, at: int) -> str | None:
    """The gender an honorific right before (or opening) the name at ``at`` says."""
    words = text[max(0, at - 6) : at + 5].split()
    for w in words[:2]:
        if w.lower().rstrip(".") in _HONORIFICS:
            return gender_of(w)
    return None


def _not_as_someone(text: str, start: int, end: int, opening: bool) -> bool:
    """True when the name at ``start``-``end`` does not name someone as the one a sentence is
    about: a modifier ("The Murdoch outlets"), and, opening a sentence, a possessive
    ("Trump's misinformation may be ...") or one of two ("Mr. Rubio and Mr. Cruz ...")."""
    if _modifier_use(text, start, end):
        return True
    if not opening:
        return False
    possessive = text[end : end + 2] in ("'s", "’s") or text[end - 1 : end] in ("'", "’")
    return possessive or bool(_AND_NAME.match(text, end))


#: A verb of saying right after "it": what an organisation does ("it said", "it added in a
#: statement"), not a document or a video ("it shows", "it reads").
_IT_SAID = re.compile(
    r" (?:also |later |then )?(?:said|says|added|adds|told|tells|stated|warned|warns|announced|"
    r"announces|insisted|insists|noted|notes|argued|argues|claimed|claims|explained|replied|"
    r"responded|confirmed|confirms|denied|denies|declined|wrote|writes)\b"
)


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
        if word in ORG_NOUNS | _PUBLIC_BODIES | _WRITTEN:
            return " ".join(words[: k + 1])
    return None


#: What a person writes and then speaks through: "the letter said" is its writer's words.
_WRITTEN = set(word_list("letter statement email e-mail memo note"))

#: Places and public services that speak as an organisation when "it said" follows them
#: ('The city declined to comment. ... it said it was "heartbroken"').
_PUBLIC_BODIES = set(word_list("city town county village state district school hospital police"))

#: Words that end a noun phrase before its noun was found ("The man who ...").
_PHRASE_STOPS = set(
    word_list("who which that the a an of is was has had said says will would and in on at for to")
)


def _person_shaped(name: str) -> bool:
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


#: What follows a person's name and no organisation's: ", a professor of ...", ", the
#: chief economist at ...", ", who runs ...", ", 45,".
_PERSON_APPOSITIVE = re.compile(
    r",\s+(?:who\b|\d{1,3},|(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?(?:"
    + "|".join(sorted(re.escape(w) for w in PERSON_NOUNS if " " not in w))
    + r")\b)"
)

#: A second name joined to the one before: " and Mr. Cruz", " and Sanders".
_AND_NAME = re.compile(r",? (?:and|or) [A-Z]")


def _sentence_start(text: str, start: int, at: int) -> int:
    """Where the sentence holding ``at`` starts, in the paragraph starting at ``start`` (a
    full stop after a title or an initial ends none: 'Sen. Ted Cruz', 'Joseph F. Dunford')."""
    before = text[start:at]
    cut = -1
    for end in _SENTENCE_END.finditer(before):
        word = before[: end.start()].split()[-1:] or [""]
        if len(word[0]) > 1 and word[0].lower() + "." not in TITLE_WORDS | _NAME_ABBREVIATIONS:
            cut = end.end() - 1
    return start + cut + 1


def _opens_sentence(text: str, start: int, at: int) -> bool:
    """True when the name at ``at`` opens a sentence of the paragraph starting at ``start``,
    after at most an opening conjunction and title words ('Former Republican presidential
    candidate Jeb Bush broke down ...', 'But Jones disagreed.')."""
    before = text[start:at]
    cut = -1
    for end in _SENTENCE_END.finditer(before):
        word = before[: end.start()].split()[-1:] or [""]
        if len(word[0]) > 1 and word[0].lower() + "." not in TITLE_WORDS | _NAME_ABBREVIATIONS:
            cut = end.end() - 1  # not 'Gen. Joseph F. Dunford', 'Sen. Ted Cruz'
    words = before[cut + 1 :].replace(",", " ").split()
    while words and words[0].lower() in _OPENERS:
        words = words[1:]
    return all(
        w.lower() in TITLE_WORDS or (w[:1].isupper() and w.lower() not in _NOT_TITLES)
        for w in words
    )


def _extends(longer: str, shorter: str) -> bool:
    """True when every word of ``shorter`` is in ``longer`` ("Sarah Lain" extends "Lain")."""
    return set(shorter.lower().split()) <= set(longer.lower().split())


#: Nouns for a state's government, and for a business: "the government" may be a country or a
#: city quoted before, or a name with an executive's word (not a legislature: "the
#: administration" is not Congress); "the company" never a place.
_GOVERNMENT_HEADS = {"government", "administration", "ministry", "regime", "department"}
_BUSINESS_HEADS = {"company", "firm", "bank", "business", "corporation", "carmaker", "retailer"}
_GOVERNMENT_NAME = re.compile(
    r"\b(?:Government|Ministry|Department|Administration|Kremlin|Pentagon|White House|Office"
    r"|Agency|Commission|Authority|Cabinet|State)\b"
)


#: Nouns for a newspaper or magazine, and the last words of the names of such papers.
_PRESS_HEADS = frozenset(("newspaper", "paper", "daily", "weekly", "tabloid", "magazine"))
_PRESS_NAME = re.compile(
    r"\b(?:News|Times|Post|Journal|Daily|Herald|Tribune|Gazette|Telegraph|Guardian|Magazine"
    r"|Chronicle|Observer|Mail|Express|Examiner|Inquirer|Register|Globe|Bulletin|Review)$"
)


def _fits(head: str, name: str, label: str) -> bool:
    """True when a definite nominal with this head noun can name the organisation ``name``."""
    if head in _GOVERNMENT_HEADS:
        return label == "GPE" or bool(_GOVERNMENT_NAME.search(name))
    if head in _BUSINESS_HEADS:
        return label not in _PLACE_LABELS and not _GOVERNMENT_NAME.search(name)
    return True


def _self_named(description: str) -> bool:
    """A nominal whose modifiers name whose it is ("the Jordanian government", "the French
    foreign ministry", "the Facebook-owned company") refers to that, not to the organisation
    quoted last."""
    words = description.split()[1:-1]
    return any(w[:1].isupper() for w in words)


#: Titles of one office: a British "Health Secretary" is "the minister" later.
_SAME_OFFICE = {"minister": {"minister", "secretary"}}

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

#: Entity labels of places and peoples: a speaker tagged so is no person however it is named.
_PLACE_LABELS = {"GPE", "LOC", "NORP", "FAC"}

#: Words that describe no one on their own: determiners and courtesy titles.
_EMPTY_DESCRIPTION = {"the", "a", "an"} | HONORIFICS


def _quoted_only(text: str) -> bool:
    """A description that is one quoted title ('Buckley, ... the singing competition “I’d Do
    Anything”': the parser's apposition), not what the press calls someone."""
    return text[:1] in "\"“‘'«„" and text[-1:] in "\"”’'»“"


def _looks_personal(name: str) -> bool:
    """Two or three capitalised words opening with a listed given name ("Karen Holt")."""
    words = name.split()
    return all(w[:1].isupper() for w in words) and opens_with_given_name(words)


#: Words whose full stop belongs to them, at the end of a name.
_NAME_ABBREVIATIONS = set(
    word_list(
        """
jr. sr. inc. co. corp. ltd. st. bros. ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind.
kan. ky. la. md. mass. mich. minn. miss. mo. mont. neb. nev. okla. ore. pa. tenn. tex. va. vt.
wash. wis. wyo.
"""
    )
)


def tidy_name(name: str) -> str:
    """A name without the punctuation a line put around it: the dash of a sign-off
    ('― Jacklyn Ashley') and the full stop of the sentence it ended ('Carla Sanchez.'), not
    an abbreviation's ('Martin Luther King Jr.') or an initial's ('Harry S.')."""
    name = name.strip(" \u00a0,;:-—–―")
    words = name.split()
    if words and name.endswith(".") and len(words[-1]) > 2:
        last = words[-1].lower()
        if last not in _NAME_ABBREVIATIONS | TITLE_WORDS and "." not in last[:-1]:
            name = name[:-1]
    return name


def _strip_title_words(name: str) -> str:
    words = name.split()
    while len(words) > 1 and words[0].lower() in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)

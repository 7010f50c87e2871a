"""One speaker mention read from the parse: :func:`read_mention` returns a :class:`Mention`.

requires: a parsed sentence (spaCy tokens with dependencies and entities) and the head token
of a speaker mention (the subject of "said", the object of "according to"), with the offset of
the parsed text in the article. assigns: nothing; returns a :class:`Mention` whose offsets are
in the article text.

A mention says what its own words say about who speaks: the proper name in it with titles split
off ("Russian President Vladimir Putin" -> "Vladimir Putin" + "Russian President"), an
appositive description ("Sarah Lain, a Russia specialist at ..."), or the fact that it is a
pronoun ("she"), a definite nominal ("the official", "the group") or an anonymous source ("a
commander of the group", "officials"). It works around known mis-parses (a name made a
conjunct of its description, "daily" tagged an adverb, a hyphenated title split at its hyphen).

Separate because this is the only part of speaker resolution that reads the parse: the rules
that look across the article (:class:`~tidings.analyze.speakers.SpeakerBook`) take mentions and
can be tested with mentions built by hand, without a model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from tidings.analyze.cues import (
    CHANNEL_NOUNS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    REPLY_NOUNS,
    cue_lemma,
)
from tidings.analyze.datelines import past_dateline
from tidings.analyze.descriptions import HONORIFICS, appos_before, is_role
from tidings.analyze.names import TITLE_WORDS, called_with_title, gender_of
from tidings.analyze.naming import (
    BUSINESS_NOUNS,
    INDEFINITE_PRONOUNS,
    MEDIA_NOUNS,
    NAME_LABELS,
    ORG_NOUNS,
    PERSON_NOUNS,
    PLACE_LABELS,
    PLURAL_PRONOUNS,
    PRONOUN_GENDER,
    PRONOUNS,
)
from tidings.analyze.nlp import entities_of, text_of
from tidings.analyze.subjects import thing_run_into_namer
from tidings.analyze.titles import leading_titles
from tidings.givennames import opens_with_given_name
from tidings.model import SpeakerType

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
    statement", "a statement from Schumer's office"), or of a reply ("Hill's reply", "the
    response from Hill"), who speaks through it; None for any other head or a pronoun
    possessor."""
    if head.pos_ != "NOUN" or (head.lower_ not in _CHANNELS and head.lower_ not in REPLY_NOUNS):
        return None
    poss = next((c for c in head.children if c.dep_ == "poss" and c.i < head.i), None)
    if poss is None and (head.lower_ in CHANNEL_NOUNS or head.lower_ in REPLY_NOUNS):
        # "a statement from Chuck Schumer's office", "an email from Neera Tanden": the one it
        # is from (a study or report by someone stays the source: "a count by the AP")
        prep = (
            next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in ("from", "by")), None)
            or _issued_by(head)
            or _from_on_verb(head)
        )
        poss = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if poss is not None and poss.pos_ == "NOUN":
            poss = next((c for c in poss.children if c.dep_ == "poss"), None)
    if poss is not None and head.lower_ in REPLY_NOUNS and poss.pos_ in ("NOUN", "PRON"):
        return poss  # "the company's response", "his reply": the one answering, named or not
    if poss is None or poss.pos_ == "PRON" or not poss.text[:1].isupper():
        return None
    return poss


#: Past participles of putting out or making a writing: "a statement issued by ...", "a
#: letter signed by ...", "a poll conducted by ...", "a list compiled by ...".
_ISSUING = frozenset(
    (
        "issued",
        "released",
        "sent",
        "posted",
        "published",
        "signed",
        "filed",
        "written",
        "compiled",
        "conducted",
        "commissioned",
        "prepared",
        "produced",
        "authored",
    )
)


def _issued_by(head: Token) -> Token | None:
    """The "by" of a participle that puts the writing out or makes it, right after it or
    after a comma: "a statement issued by Acme Corp." is Acme's as "a statement from Acme
    Corp." is; "a poll conducted by Gallup" names its maker in the phrase."""
    part = next((c for c in head.rights if c.dep_ == "acl" and c.lower_ in _ISSUING), None)
    if part is None or not (
        part.i == head.i + 1 or (part.i == head.i + 2 and head.nbor().text == ",")
    ):
        return None  # right after it, or after a comma ("the statement, signed by X, said")
    return next((c for c in part.children if c.dep_ == "agent" and c.lower_ == "by"), None)


def _from_on_verb(head: Token) -> Token | None:
    """The "from" right after the writing that the parser hung on its verb instead: in
    '"...," read a statement from Mayor Ann Hill.' the statement is the mayor's, as in '"...,"
    a statement from Mayor Ann Hill said.'."""
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX") or head.dep_ not in ("nsubj", "dobj"):
        return None
    nxt = head.right_edge.i + 1
    return next(
        (c for c in verb.children if c.i == nxt and c.dep_ == "prep" and c.lower_ == "from"),
        None,
    )


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
        if (doc[k].is_quote and doc[k].tag_ != "POS") or doc[k].text in (".", "?", "!"):
            # (not the apostrophe of a plural's possessive: "The European Shippers' Council")
            lo = k + 1  # a phrase never runs back over a quote ('"...?" the 43-year-old asked')
            break
    verb_first = lo < head.i and lo and doc[lo - 1].is_quote and doc[lo].tag_.startswith("VB")
    if verb_first and cue_lemma(doc[lo].lower_):
        lo += 1  # '"...," added striker Tom Hale': the parser hung the cue on the title
    hi = head.i + 1
    by = _issued_by(head)  # 'a statement released by the family': the family's, as "from" is
    for child in head.rights:
        if child.text == "&" and child.dep_ == "cc":
            continue  # "&" joins one name: "Pine Hollow Fire & Rescue", "Johnson & Johnson"
        issued = by is not None and by.head.i == child.i
        if _in_parentheses(child) or (child.text == ")" and child.i > head.i):
            # 'Chief Executive Officer (Acting) of the authority': a gloss in parentheses is
            # part of the title; the phrase goes on past it
            continue
        if (child.dep_ in _SKIP_DEPS and not issued) or child.text in ",;(" or _is_when(child):
            break
        if head.tag_ == "VBZ" and child.pos_ in ("VERB", "AUX"):
            break  # 'Police reports state that ...': a plural read as a verb ends at the verb
        # a relative clause after a comma inside the child's phrase ends it too: "A nurse at
        # Westfield General, who asked not to be named ..." (the clause hangs on "General")
        end = (by.right_edge if by is not None and issued else child.right_edge).i + 1
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
    while hi > head.i + 1 and doc[hi - 1].text in ",;:":
        # the comma that closes a name set off inside a child's phrase ('A spokeswoman for the
        # port, Priya Raman, said', the parser hangs both commas on "port") ends no phrase
        hi -= 1
    return lo, hi


#: Words that open a relative clause after a comma.
_RELATIVES = frozenset(("who", "whom", "whose", "which", "where"))


def _noun_before_hyphenated_adverb(head: Token) -> Token | None:
    """The noun a subject ends in when the parser took the hyphenated adverb after it, right
    before the verb, for the head ("The company flat-out denied", "the agency half-heartedly
    agreed": "out" the subject, "company" its compound); None for any other subject."""
    doc = head.doc
    k = head.i
    if k < 3 or head.head.i != k + 1 or not head.text.islower():
        return None
    hyphen, first, noun = doc[k - 1], doc[k - 2], doc[k - 3]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_:
        return None
    if first.pos_ != "ADV" or first.head.i != k:
        return None
    return noun if noun.dep_ == "compound" and noun.head.i == k and noun.pos_ == "NOUN" else None


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
    for ent in entities_of(doc_span):
        if ent.label_ not in NAME_LABELS:
            continue
        if ent.start <= head.i < ent.end:
            return ent
        if ent.label_ in ("ORG", "PERSON") and head.lower_ in MEDIA_NOUNS:
            best = ent
    return best


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
    for ent in entities_of(np):
        if (
            ent.end == np.end
            and ent.label_ == "PERSON"
            and ent.start - 1 > np.start
            and doc[ent.start - 1].text == ","
            and len(ent) > 1
        ):
            return ent
    return None


def _name_after_role(tok: Token) -> SpacySpan | None:
    """The person a role noun names through its "to" or "for" phrase, where the tagger ran the
    place into the name and the parser hung the name on the preposition: "envoy to Ukraine
    Kurt Volker", "Ambassador to Germany Richard Grenell", "envoy for Syria Staffan de Mistura"
    (tagged "Ukraine Kurt Volker", an organisation). Only when the phrase ends the role's words
    and is capitalised words, a place (no title, no given name) and then a full name: "a senior
    adviser to President Donald Trump" is the adviser, not Trump."""
    if not is_role(tok.lower_):
        return None
    for prep in tok.rights:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "for") or obj is None:
            continue
        if obj.pos_ != "PROPN" or obj.i != tok.right_edge.i:
            return None
        run = tok.doc[obj.left_edge.i : obj.i + 1]
        words = [t.text for t in run]
        for k in range(1, len(words) - 1):
            place = words[:k]
            if any(w.lower() in TITLE_WORDS or not w[:1].isupper() for w in place):
                return None
            if opens_with_given_name(words[k:]) and not opens_with_given_name(place):
                return run[k:]
        return None
    return None


def _who_refers_to(rel: Token) -> Token:
    """The noun a relative "who" stands for: the one the parser hangs its clause on, unless
    that is a thing and a name or a group closes the phrase right before ", who": in "talks
    between his government and the Taliban, who have long refused to negotiate", the Taliban
    refuse, not the talks."""
    anchor = _named_role(rel, rel.head.head)
    k = rel.i - 1 if rel.i and rel.doc[rel.i - 1].text == "," else rel.i
    if rel.lower_ != "who" or k < 1 or _can_speak(anchor):
        return anchor
    near = rel.doc[k - 1]
    return near if near.pos_ in ("PROPN", "NOUN") and _can_speak(near) else anchor


#: The copula of a cleft: 'It was the mayor who ...', 'It's the unions that ...'.
_CLEFT_COPULAS = frozenset(("is", "was", "'s", "’s"))


def _cleft_focus(rel: Token) -> Token | None:
    """The one a cleft sentence puts in focus, for its "who": in 'It was the mayor who said
    "enough is enough"' the parser may hang the "who" clause on "was" as a reported clause (not
    on "mayor" as a relative one), so "who" stood for no one; it is the copula's complement
    right before it, a noun for someone who can say things. None for any other "who"."""
    verb = rel.head
    copula = verb.head
    if rel.dep_ != "nsubj" or verb.dep_ != "ccomp" or copula.lower_ not in _CLEFT_COPULAS:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children):
        return None
    focus = next(
        (c for c in copula.children if c.dep_ == "attr" and c.i == rel.i - 1 - _gap(c)), None
    )
    return focus if focus is not None and _can_speak(focus) else None


def _gap(focus: Token) -> int:
    """The words after ``focus``'s head that belong to its phrase ("the head of the union"
    before "who"), so that the phrase ends right before the relative word."""
    return focus.right_edge.i - focus.i


def _named_role(rel: Token, anchor: Token) -> Token:
    """The person a "who" clause hung on a role stands for: in 'Ayse Kaya, a professor at
    Istanbul Technical University who told the newspaper ...' the clause is the professor's
    (not the university's, where the parser may hang it: "who" with no comma after a place of
    work goes with the role it follows), and the professor is Ayse Kaya, the name the role is
    set off after."""
    if rel.lower_ != "who":
        return anchor
    doc = rel.doc
    if (
        anchor.dep_ == "pobj"
        and doc[rel.i - 1].text != ","
        and anchor.head.dep_ == "prep"
        and is_role(anchor.head.head.lower_)
    ):
        anchor = anchor.head.head  # 'a professor at the university who told'
    if (
        is_role(anchor.lower_)
        and anchor.dep_ == "appos"
        and anchor.head.pos_ == "PROPN"
        and anchor.head.ent_type_ == "PERSON"
    ):
        return anchor.head  # 'Ayse Kaya, a professor ... who told'
    return anchor


#: A relative clause that gives its noun's name and no more: "who gave only her first name,
#: Grace", "who gave his name as Tom", "who asked to be identified only as Ana" (the name is
#: the group; :data:`antecedents._ONLY_AS` links a later pronoun to such a speaker).
_GAVE_NAME = re.compile(
    r",?\s*who\s+(?:(?:gave|gives)\s+(?:only\s+)?(?:his|her|their)\s+(?:first\s+)?name"
    r"(?:\s+only)?(?:,|\s+as)|(?:asked|wanted)\s+to\s+be\s+(?:identified|named)\s+only"
    r"\s+(?:as|by\s+(?:his|her|their)\s+first\s+name,?))\s+([A-Z][\w'’-]+)"
)


def _name_given(head: Token) -> SpacySpan | None:
    """The name a person noun's own relative clause gives: in 'A witness who gave only her
    first name, Grace, said ...' the witness is Grace, the speaker a reader would name."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "relcl" for c in head.rights):
        return None
    doc = head.doc
    found = _GAVE_NAME.match(text_of(doc), head.idx + len(head))
    if found is None:
        return None
    span = doc.char_span(found.start(1), found.end(1))
    return span if span is not None and span[0].pos_ == "PROPN" else None


def _possessed_role(head: Token) -> Token | None:
    """The role an organisation's "of" phrase possesses, when the parser cut a subject at a
    name with "of" in it: in "the Royal College of Nursing's regional secretary, Bernadette
    Cole" the head is "College" and "Nursing's regional secretary" its "of" object, but the
    possessive belongs to the whole name and the subject is the secretary. Only a role noun
    (:func:`is_role`) owned by a capitalised name; None otherwise."""
    if head.pos_ != "PROPN":
        return None
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is None or obj.pos_ != "NOUN" or not is_role(obj.lower_):
            return None
        poss = next((c for c in obj.lefts if c.dep_ == "poss"), None)
        if poss is not None and poss.pos_ == "PROPN":
            return obj
    return None


def _in_parentheses(tok: Token) -> bool:
    """True when the phrase ``tok`` heads stands in parentheses of its own (the parser hangs
    the marks on the phrase or beside it)."""
    doc = tok.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i
    opened = doc[lo].text == "(" or (lo > 0 and doc[lo - 1].text == "(")
    closed = doc[hi].text == ")" or (hi + 1 < len(doc) and doc[hi + 1].text == ")")
    return opened and closed


def _person_by_trade(ent: SpacySpan, appos: Token | None) -> bool:
    """A name the tagger took for an organisation that the words around it make a person's:
    a person's trade right before it ("staff nurse Amira Haddad", "bus driver Tom Okafor") or
    an age set off after it ("Amira Haddad, 29,"). Names of two or more capitalised words
    only, none of them an organisation's noun ("Teachers Union")."""
    words = [t for t in ent if t.text[:1].isupper()]
    if len(words) < 2 or len(words) != len(ent) or any(t.lower_ in ORG_NOUNS for t in ent):
        return False
    before = ent.doc[ent.start - 1] if ent.start else None
    trade = (
        before is not None
        and before.tag_ == "NN"
        and before.lower_ in PERSON_NOUNS
        and before.lower_ not in BUSINESS_NOUNS
    )
    aged = appos is not None and appos.text.isdigit() and 0 < int(appos.text) < 120
    return trade or aged


def _names_a_thing_before(head: Token) -> bool:
    """True when the noun before ``head`` is a thing ``head`` named, run into its phrase by the
    parser: in "a decision residents called "cruel"" (or "a move unions called ...") the
    speaker is "residents", and "a decision" the gapped object of a relative clause
    (:func:`~tidings.analyze.subjects.thing_run_into_namer`)."""
    if head.dep_ == "nsubj" and head.head.i == head.i + 1:
        return thing_run_into_namer(head.head, head)
    nxt = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if nxt is None or nxt.dep_ != "acl" or nxt.head != head:
        return False
    return thing_run_into_namer(nxt, head)


def _can_speak(tok: Token) -> bool:
    """Whether a noun may be someone who says things: a name, a person's role or a group."""
    return (
        tok.pos_ in ("PROPN", "PRON")
        or tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or is_role(tok.lower_)
        or tok.lower_ in GROUP_NOUNS
    )


def _strip_titles(ent: SpacySpan) -> tuple[int, str]:
    """Token index where the name proper starts (after any title words,
    :func:`~tidings.analyze.titles.leading_titles`) and that name. A title that goes with one
    name is part of it ("Pope Leo", :func:`called_with_title`), also when the tagger left it
    out of the name ("Prince [Harry]", "King [Charles III]")."""
    doc = ent.doc
    if ent.start > 0 and called_with_title([t.text for t in doc[ent.start - 1 : ent.end]]):
        return ent.start - 1, doc[ent.start - 1 : ent.end].text
    i = ent.start + leading_titles([t.text for t in ent])
    return i, doc[i : ent.end].text


def _clean(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:-—–")
    for suffix in ("'s", "’s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    return text


def _split_name_end(first: Token, appos: list[Token]) -> int | None:
    """The end (token index) of a name the parser split into appositions of one noun: in
    'according to the blog Iowa Starting Line' it hangs "Iowa" and "Line" on "blog" as two
    appositions. Proper nouns that follow each other with nothing between them are one name
    (two appositions set off by a comma are two: 'the mayor, Ann Hill, a Democrat'). None
    when ``first`` has no such sequel."""
    end = first.right_edge.i + 1
    for nxt in appos:
        if nxt.i <= first.i or nxt.pos_ != "PROPN" or nxt.left_edge.i != end:
            continue
        if not all(t.pos_ == "PROPN" for t in nxt.doc[nxt.left_edge.i : nxt.i + 1]):
            return None
        end = nxt.right_edge.i + 1
    return end if end > first.right_edge.i + 1 and first.pos_ == "PROPN" else None


def read_mention(head: Token, offset: int) -> Mention:
    """Read the speaker mention headed by ``head`` (a subject or object token)."""
    doc = head.doc
    low = head.lower_
    if low in ("who", "that", "which") and head.head.dep_ == "relcl" and head.head.head.i != head.i:
        # "Charlie Sykes, who said ...": the words at the cue are "who"; the speaker is Sykes
        m = read_mention(_who_refers_to(head), offset)
        m.start, m.end = offset + head.idx, offset + head.idx + len(head)
        return m
    if low in ("who", "that") and (focus := _cleft_focus(head)) is not None:
        # "It was the mayor who said ...": the cleft's "who" is the mayor
        m = read_mention(focus, offset)
        m.start, m.end = offset + head.idx, offset + head.idx + len(head)
        return m
    if low in INDEFINITE_PRONOUNS:
        # "Someone said", "Everyone agrees": nobody an earlier sentence named
        return Mention(
            offset + head.idx,
            offset + head.idx + len(head),
            "anonymous",
            description=head.text,
            head=low,
        )
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
    if _WEB_NAME.fullmatch(head.text) and not any(True for _ in head.lefts):
        # '"...," 9to5Mac.com reported': a website named by its address is the outlet (the
        # tagger reads such a word as a number or an adverb)
        at = offset + head.idx
        return _named((at, at + len(head)), head.text, at, None, low, person=False)
    role = _possessed_role(head)
    if role is not None:
        # "the Royal College of Nursing's regional secretary, Bernadette Cole, said": the
        # parser made the organisation the subject; the secretary, and her name, speak
        m = read_mention(role, offset)
        if m.kind == "name" and m.type == "person":
            lo = _np_bounds(head)[0]
            m.start = offset + doc[lo].idx
            m.description = _clean(doc[lo : role.i + 1].text)
            return m
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
    det_of = head  # the token "the" hangs on
    if (noun := _noun_before_hyphenated_adverb(head)) is not None:
        hi, head, low = noun.i + 1, noun, noun.lower_  # "The company flat-out denied"
    while (
        lo >= 2
        and doc[lo - 1].text == "-"
        and not (doc[lo - 2].whitespace_ or doc[lo - 1].whitespace_)
    ):
        lo -= 2  # 'said co-author Kenji Watanabe': the parser split "co-author" at its hyphen
    lo = past_dateline(doc, lo, hi)  # 'DALLAS — Executives at Sunward Airlines have told ...'
    if _names_a_thing_before(head):
        lo = head.i  # 'a decision residents called "cruel"': "a decision" is what they named
    lefts = [*det_of.lefts, *head.lefts] if det_of is not head else list(head.lefts)
    det = next((c.lower_ for c in lefts if c.dep_ in ("det", "poss")), "")
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
    # a relative clause the parser read as an apposition ('The band, whose single "Paper
    # Boats" reached ...') names no one; nor does a gloss in parentheses ('the World Health
    # Organization (WHO)', 'Chief Executive Officer (Acting)')
    appos = [
        c
        for c in head.rights
        if c.dep_ == "appos"
        and doc[c.left_edge.i].lower_ not in ("whose", "who", "which")
        and not _in_parentheses(c)
    ]
    titled = head.pos_ == "PROPN" and head.lower_ in TITLE_WORDS and head.ent_type_ != "PERSON"
    role_name = _name_after_role(head) if not appos else None
    given = _name_given(head) if not appos and role_name is None else None
    if given is not None:
        # 'A witness who gave only her first name, Grace, said': Grace speaks
        return _named(
            (start, offset + given.end_char),
            given.text,
            offset + given.start_char,
            _clean(np.text) or None,
            head.lower_,
        )
    if role_name is not None:
        return _named(
            (start, offset + role_name.end_char),
            role_name.text,
            offset + role_name.start_char,
            _clean(doc[lo : role_name.start].text) or None,
            head.lower_,
        )
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
    # 'Glover, a Liberal Democrat, said': the name is the head, also one the tagger read as
    # a common noun ('Spanberger, a Virginia Democrat facing ..., added')
    described_name = (
        bool(appos)
        and (head.pos_ == "PROPN" or head.text[:1].isupper())
        and doc[appos[0].left_edge.i].lower_ in ("a", "an")
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
        role_name = _name_after_role(a) if a.pos_ == "NOUN" else None
        if role_name is not None:
            # 'Another diplomat, former special envoy to Ukraine Kurt Volker, said'
            return _named(
                (first, offset + role_name.end_char),
                role_name.text,
                offset + role_name.start_char,
                _clean(doc[a.left_edge.i : role_name.start].text),
                head.lower_,
            )
        a_ent = _entity_in(doc[a.left_edge.i : a.right_edge.i + 1], a)
        split = _split_name_end(a, appos)
        if split is not None:
            a_ent = doc[a.left_edge.i : split]  # 'the blog Iowa Starting Line' read as two
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
                    whole = appos_before(text_of(doc), a_lo, a_hi)
                    at = text_of(doc).rfind(whole, 0, a_lo) if whole else -1
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
        if label in PLACE_LABELS and head.i == ent.end - 1:
            run = head.i
            while run > lo and doc[run - 1].pos_ == "PROPN":
                run -= 1
            if opens_with_given_name([t.text for t in doc[run : head.i + 1]]):
                # 'said Ana Lima, 19': a surname the tagger took for a city, after a given name
                ent, label = doc[run : head.i + 1], "PERSON"
            elif (
                label in ("GPE", "LOC")
                and run < ent.start
                and all(
                    t.dep_ == "compound"
                    and t.text[:1].isupper()
                    and not t.ent_type_
                    and t.lower_ not in TITLE_WORDS
                    for t in doc[run : ent.start]
                )
            ):
                # 'Universities UK, which represents 140 institutions, welcomed': a body whose
                # name ends in a place the tagger tagged alone
                ent, label = doc[run : head.i + 1], "ORG"
        # titles come off people only: "U.S. Attorney's Office" is the organisation's name
        i, name = _strip_titles(ent) if label == "PERSON" else (ent.start, ent.text)
        if label == "ORG" and opens_with_given_name((titled_name := _strip_titles(ent))[1].split()):
            # "Detective Constable Liam Shaw" tagged an organisation: a rank, then a full name
            label, (i, name) = "PERSON", titled_name
        elif label == "ORG" and _person_by_trade(ent, appos[0] if appos else None):
            label = "PERSON"  # "staff nurse Amira Haddad, 29, said", the name tagged a company
            i, name = _strip_titles(ent)
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


#: A website's address used as its name: "9to5Mac.com", "TechCrunch.com", "news.com.au".
_WEB_NAME = re.compile(r"(?:[\w-]*[A-Za-z][\w-]*\.)+(?:com|org|net|co\.uk|com\.au|io|news|tv)")

#: Words that describe no one on their own: determiners and courtesy titles.
_EMPTY_DESCRIPTION = {"the", "a", "an"} | HONORIFICS


def _quoted_only(text: str) -> bool:
    """A description that is one quoted title ('Buckley, ... the singing competition “I’d Do
    Anything”': the parser's apposition), not what the press calls someone."""
    return text[:1] in "\"“‘'«„" and text[-1:] in "\"”’'»“"

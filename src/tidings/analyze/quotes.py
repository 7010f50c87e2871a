"""Who said what: direct quotes, reported speech and their attributions, with offsets.

The stages, in order (each paragraph is its own spaCy Doc; offsets are mapped back to
``Article.text``):

1. **Marks** (:mod:`tidings.analyze.quotemarks`): the quoted stretches of every paragraph.
2. **Cues** (:func:`find_attributions`, parsed paragraphs only): each speech verb outside quote
   marks with its speaker (subject; or the object of "according to"; or the subject of
   "was quoted as saying"), addressee ("told AFP"), channel ("in a statement") and reported
   content (the clausal complement, or the rest of the sentence for "according to").
3. **Direct quotes**: each quoted stretch goes to the cue whose content holds it, else to the
   nearest cue in the same sentence, else the paragraph; a colon or dash attribution with no verb
   ("Smith: ...", "... — Smith"); else it continues the previous paragraph's quote (a quote left
   open there, or a paragraph that is only a quote: the seed's "I think Russia will ...").
   A short quoted stretch (under :data:`MIN_QUOTE_WORDS` words) with no cue of its own is a scare
   quote, not a quotation; one in title case with no cue within :data:`TITLE_TAG_CHARS` names a
   book, a show or a headline. A cue that tags a quote right after its closing mark ('"...,"
   Smith added') comes before any other; a paragraph that is only 'Name:' announces the next.
4. **Reported speech**: a cue whose content is mostly outside marks becomes an indirect quote (its
   partial quotes, "terrorist targets", are part of it); "mixed" when a good part is quoted.
5. **Speakers** (:mod:`tidings.analyze.speakers`): mentions resolved in reading order.

Not handled: quotes introduced by a cue two paragraphs away, speakers only named after a
floating quote ("..." is followed next paragraph by "So said Smith"), and interview transcripts
(Q:/A:).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from tidings.analyze.cues import (
    ADDRESSEE_VERBS,
    CHANNEL_NOUNS,
    CLAUSE_ONLY_FORMS,
    DOCUMENT_NOUNS,
    GROUP_NOUNS,
    INTENT_VERBS,
    JUDGMENT_VERBS,
    SPEECH_NOUNS,
    STANCE_NOUNS,
    TAG_ONLY,
    act_lemma,
    cue_lemma,
    is_stance,
)
from tidings.analyze.names import TITLE_WORDS
from tidings.analyze.nlp import text_of
from tidings.analyze.quotemarks import Quoted, find_quoted, quoted_chars
from tidings.analyze.speakers import (
    MEDIA_NOUNS,
    ORG_NOUNS,
    SOURCE_NOUNS,
    Mention,
    SpeakerBook,
    read_mention,
)
from tidings.model import Article, Entity, Paragraph, Quote, Speaker

#: A quoted stretch shorter than this, with no cue of its own, is a scare quote. Three words keeps
#: "opportunistic" and "terrorist targets" out and "We will win" in.
MIN_QUOTE_WORDS = 3
#: An embedded quote ('called it "a crazy system"') is kept as a direct quote only from this
#: many words on; shorter ones are scare quotes unless reported speech holds them.
PARTIAL_KEEP_WORDS = 8
#: A paragraph at least this much inside marks is "only a quote" (floating quote).
FLOATING_SHARE = 0.8
#: Reported content with at least this share of quoted characters is "mixed" (mostly the
#: speaker's words: 'called it "a big, big problem in this country"'), not "indirect".
MIXED_SHARE = 0.5
#: Characters between a quote and a cue beyond which the cue is only a weak guess.
NEAR_CHARS = 40
#: A quoted stretch in title case is a quotation only with a cue this close ('"Make America
#: Great Again," Trump said'); otherwise it names a book, a show or a headline.
TITLE_TAG_CHARS = 12
#: Words left lower-case inside a title ("Orange Is the New Black", "A Time for Truth").
_TITLE_MINOR = frozenset(
    [
        "a",
        "an",
        "and",
        "as",
        "at",
        "but",
        "by",
        "for",
        "from",
        "in",
        "into",
        "is",
        "of",
        "on",
        "or",
        "the",
        "to",
        "vs.",
        "via",
        "with",
    ]
)

_LEADING = {"and", "but", "that"}
_SUBJ = ("nsubj", "nsubjpass", "csubj", "expl")
_COLON = re.compile(r"^\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})\s*:\s*$")
_DASH = re.compile(
    r"^\s*[,.]?\s*[—–―-]{1,2}\s*([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})\s*(?:[.]?\s*$|,)"
)
#: A name introducing a quote with a colon after a dash or "from", inside a longer line:
#: 'Pollsters agree - Carl Bialik: "..."', '-More from Blumenthal and Cohen: "..."'.
_NAMED_INTRO = re.compile(
    r"(?:[—–-]|\bfrom)\s*(?:More from\s+)?([A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|and|&))*)\s*:\s*$"
)
#: A transcript line: "WALLACE: Let's start ..." (the name in capitals, then a colon).
_TRANSCRIPT = re.compile(r"^[\"“]?([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})\s*:\s+(?=\S)")
#: A headline-style colon attribution: "Kerry: Refugee cap will rise", "Trump: ‘I'm the ...’".
_HEADLINE = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s*:\s+(?=\S)")
#: Words before a colon that are labels, not speakers.
_LABELS = {
    "update",
    "updated",
    "related",
    "photo",
    "photos",
    "note",
    "editor's note",
    "read more",
    "watch",
    "video",
    "source",
    "sources",
    "correction",
    "disclosure",
    "live",
    "breaking",
    "exclusive",
    "opinion",
    "analysis",
    "q",
    "a",
    "question",
    "answer",
    "warning",
    "listen",
    "see also",
    "more",
    "getty",
    "credit",
    "image",
    "caption",
    "follow",
    "contact",
    "email",
}
#: Headline colon attributions are looked for only in paragraphs this short.
HEADLINE_CHARS = 300


@dataclass
class Attribution:
    """A cue with its speaker and what it attributes, offsets in ``Article.text``."""

    cue: tuple[int, int]
    lemma: str
    mention: Mention | None
    sentence: tuple[int, int]
    paragraph: int
    content: tuple[int, int] | None = None
    addressee: tuple[int, int] | None = None
    addressee_name: str | None = None
    via: tuple[int, int] | None = None
    used: bool = False
    #: how sure the cue makes the attribution: speech verb or noun 0.75, stance 0.6, act verb 0.5
    strength: float = 0.75


# -- stage 2: cues and attributions -------------------------------------------------------------
def _subject(verb: Token, quoted: list[tuple[int, int]] = ()) -> Token | None:  # type: ignore[assignment]
    """The speaker token of a cue verb: its subject, or the subject of the verb it hangs on.

    ``quoted`` are the paragraph's quoted character ranges: a subject inside them is the
    quote's own ('"Full panic mode," said Leslie Wimes' has two subjects).
    """
    subjects = [
        c
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass") and not any(a <= c.idx < b for a, b in quoted)
    ]
    if subjects:
        # two subjects is a mis-parse ('in Berea, OH, ..., Gov. John Kasich (R-OH), said'):
        # the one nearest before the verb is the speaker
        before = [c for c in subjects if c.i < verb.i]
        child = before[-1] if before else subjects[0]
        if before and _inverted(verb):
            # '<clause>, said Alan Abramowitz': the parser made the clause before the cue a
            # subject too; the name after the comma and the cue is the speaker
            child = next(c for c in subjects if c.i > verb.i)
        if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
            return child
        return _past_dateline(child)
    if verb.tag_ == "VBG" and verb.i > verb.sent.start and verb.doc[verb.i - 1].text == ",":
        # a free participle ('Trump argued that a database would keep people out, saying
        # ...'; 'Flea shared the news last week, writing ...') has the sentence's subject,
        # wherever the parser hung it
        root = verb.sent.root
        if root.i != verb.i and root.i < verb.i:
            found = _subject(root, quoted)
            if found is not None:
                return found
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        # a gerund after a preposition ('After suggesting that he regretted ..., Mr. Rubio
        # only occasionally disagreed'; 'has rallied thousands by promising to ...') shares
        # the subject of the clause the preposition hangs on
        return _subject(verb.head.head, quoted)
    if _next_act(verb):
        # 'Ivana Trump's brief said that was not her view and dismissed those reports': the
        # second verb hangs on the reported clause but is the speaker's next act (the same
        # test cuts it off that clause, see _clause_end), so it has the speaker's subject
        return _subject(verb.head.head, quoted)
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "advcl" and verb.tag_ != "VBG":
            # 'While ..., Rep. Paul Ryan (R-WI) said "..."' parsed as an adverbial clause of
            # the quote: the noun just before the verb is its subject
            return _adjacent_subject(verb)
        return _subject(verb.head, quoted)
    if verb.dep_ == "relcl":
        return None
    if (
        verb.dep_ == "acl"
        and verb.tag_ in ("VBD", "VBN")
        and verb.head.i < verb.i
        and verb.head.pos_ in ("NOUN", "PROPN")
        and verb.doc[verb.i - 1].text == ","
        and any(c.dep_ in ("dobj", "oprd", "ccomp") for c in verb.children)
    ):
        # 'Beruff, a Scott ally, called Florida's standards "strong"': the small model reads
        # the verb after an apposition as a participle on the name; with an object it is the
        # name's own verb (a passive participle, 'Smith, asked about it, said ...', has none)
        return verb.head
    return _adjacent_subject(verb) or _inverted_subject(verb)


def _put_it(verb: Token) -> str | None:
    """'put' when it is the idiom of saying 'as X put it' ('As Vulture put it, "Hello ..."'),
    else None; 'put' alone ('put the money aside') says nothing."""
    if verb.lower_ not in ("put", "puts") or verb.pos_ != "VERB":
        return None
    kids = list(verb.children)
    has_it = any(c.dep_ == "dobj" and c.lower_ == "it" for c in kids)
    has_as = any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)
    return "put" if has_it and has_as else None


def _next_act(verb: Token) -> bool:
    """True for a cue joined to the clause another cue reports, in that cue's tense: 'said
    that was not her view and dismissed the reports' ("dismissed" is the sayer's next act,
    not part of what was said)."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and head.dep_ == "ccomp"
        and head.head.pos_ == "VERB"
        and cue_lemma(head.head.lower_) is not None
        and not is_stance(head.head.lower_)
        and verb.tag_ == head.head.tag_
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _past_dateline(subject: Token) -> Token:
    """The real subject when the parser took a dateline for it: in 'WASHINGTON -- President
    Obama ... said' the place in capitals opens the sentence, a dash follows, and the speaker
    hangs on it as an apposition."""
    doc = subject.doc
    if (
        subject.i == subject.sent.start
        and subject.text.isupper()
        and subject.i + 1 < len(doc)
        and doc[subject.i + 1].text in ("-", "--", "—", "–", "―")
    ):
        return next((c for c in subject.children if c.dep_ == "appos"), subject)
    return subject


def _inverted_subject(verb: Token) -> Token | None:
    """'Said Ellis: "..."': a name right after a sentence-initial cue."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if nxt is not None and nxt.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL"):
        return None  # "said Tuesday"
    if nxt is not None and verb.i > 0 and doc[verb.i - 1].is_quote:
        # right after a quote the verb is inverted: '"...?" asked Mr. Manafort', '"...,"
        # added another New Hampshire Democrat', '"...," said Skelly' (whatever the parser
        # made of the words after it): the noun phrase after the verb speaks
        tok = nxt
        while tok.dep_ in ("det", "amod", "compound", "nummod", "poss", "case") and (
            tok.head.i > tok.i
        ):
            tok = tok.head
        if tok.pos_ in ("NOUN", "PROPN") or (tok.is_title and tok.pos_ != "PRON"):
            return tok
    if cue_lemma(verb.lower_) in ADDRESSEE_VERBS:
        return None  # "told AFP": the word after is the addressee
    if nxt is not None and (nxt.pos_ == "PROPN" or nxt.ent_type_ in ("PERSON", "ORG")):
        while nxt.i + 1 < len(doc) and doc[nxt.i + 1].pos_ == "PROPN" and nxt.dep_ == "compound":
            nxt = doc[nxt.i + 1]
        return nxt
    return None


def _adjacent_subject(verb: Token) -> Token | None:
    """The noun just before the verb group when the parse gave the cue no subject.

    The small model often hangs a long subject elsewhere ("..., the country's deputy defence
    minister, Nikolai Pankov, was quoted as saying" makes "minister" an appositive of "Russia").
    """
    doc = verb.doc
    j = verb.i - 1
    first = doc[verb.sent.start]
    if j == first.i and first.dep_ == "advmod" and first.is_title and first.pos_ == "ADV":
        # 'Jolly said he has worked ...': a one-word name opening the sentence, tagged as an
        # adverb; an adverb there would leave the verb of saying with no subject at all
        return first
    while j >= verb.sent.start and (
        doc[j].dep_ in ("aux", "auxpass", "neg", "advmod", "punct")
        or (doc[j].like_num and j > 0 and doc[j - 1].text == ",")  # "Ramos, 58, told"
    ):
        if doc[j].text == ")":  # a party tag or aside: "Paul Ryan (R-WI) said"
            while j > verb.sent.start and doc[j].text != "(":
                j -= 1
        if doc[j].is_quote:
            return None  # '"... at this point," added X': no subject inside the quote
        j -= 1
    # an adjective used as a noun, after its determiner: '"...?" the 43-year-old asked'
    nominal_adj = doc[j].pos_ == "ADJ" and _after_determiner(doc, j)
    if j < verb.sent.start or (doc[j].pos_ not in ("NOUN", "PROPN", "PRON") and not nominal_adj):
        return None
    tok = doc[j]
    while tok.dep_ in ("compound", "flat") and tok.head.i > tok.i:
        tok = tok.head
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
        return tok.head
    if tok.dep_ in _OBJECTS and verb.sent.root.i < verb.i:
        # 'Trump gestured to stop the ruckus, then leaned in and boomed': the noun before the
        # verb is an object, so the verb shares the subject of the sentence
        root_subject = next((c for c in verb.sent.root.children if c.dep_ == "nsubj"), None)
        return root_subject or tok
    return tok


def _after_determiner(doc: Doc, j: int) -> bool:
    """True when token ``j`` ends a short phrase that opens with a determiner ("the
    43-year-old", "the young"), whatever heads the parser gave its words."""
    k = j - 1
    while k >= 0 and j - k <= 5 and (doc[k].pos_ in ("NUM", "NOUN", "ADJ") or doc[k].text == "-"):
        k -= 1
    return k >= 0 and doc[k].pos_ == "DET"


#: Dependencies of a noun that is some verb's object, not the subject of the next verb.
_OBJECTS = {"dobj", "pobj", "dative", "attr", "oprd", "npadvmod"}


def _tags_quote(verb: Token, quoted: list[Quoted]) -> bool:
    """True when ``verb`` heads the short clause that tags the quote just before it, whatever
    the verb: '"...," Trump shot back', '"...?" Hannity pressed', '"This is fantastic!" beamed
    Donald Hartley'. A quotation that ends in a comma, a question
    or an exclamation mark and runs straight into a subject and its verb (or a verb and its
    subject) is that subject's, the way a reader takes it; "shot back", "beamed", "went on" are
    too many to list.
    """
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "parataxis", "ccomp"):
        return False
    text = text_of(verb.doc)
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or any(c.dep_ in ("dobj", "ccomp") and c.i > verb.i for c in verb.children):
        return False
    first = min(subj.left_edge.i, verb.i)
    for q in quoted:
        if not q.closed or text[q.close_mark + 1 : verb.doc[first].idx].strip():
            continue
        if text[: q.close_mark].rstrip()[-1:] not in (",", "?", "!"):
            continue
        if subj.i < verb.i:
            # the words between the mark and the verb are the subject and its auxiliaries
            return all(
                subj.left_edge.i <= t.i <= subj.right_edge.i or t.dep_ in ("aux", "advmod", "neg")
                for t in verb.doc[first : verb.i]
            )
        return verb.i == first
    return False


def _introduces_quote(verb: Token, quoted: list[Quoted]) -> bool:
    """True when ``verb`` heads a clause that ends in a colon right before a quote (or at the
    paragraph's end, before a block quote): 'She addressed the supporters again: "..."'."""
    if verb.pos_ != "VERB" or verb.dep_ not in ("ROOT", "conj"):
        return False
    doc = verb.doc
    colon = next((c for c in verb.rights if c.text == ":"), None)
    if colon is None or any(c.dep_ == "ccomp" and c.i < colon.i for c in verb.rights):
        return False
    after = text_of(doc)[colon.idx + 1 :].lstrip()
    return not after or any(q.open_mark == len(text_of(doc)) - len(after) for q in quoted)


def _leads_into_quote(verb: Token, quoted: list[Quoted]) -> bool:
    """True when ``verb``, with its subject before it, runs through a comma straight into a
    quote, whatever the verb: 'Hillary shot back, "I suppose ..."', 'He went on, "..."'. A
    subject, a verb (with its particle or adverb: "shot back", "went on") and a comma before
    an opening mark is the writer's tag of the quote that follows."""
    if verb.pos_ != "VERB" or not any(
        c.dep_ == "nsubj" and c.i < verb.i and not _inside(c, quoted) for c in verb.children
    ):
        return False
    doc = verb.doc
    j = verb.i + 1
    while j < len(doc) and doc[j].head.i == verb.i and doc[j].dep_ in ("prt", "advmod"):
        j += 1
    if j >= len(doc) or doc[j].text != "," or _inside(verb, quoted):
        return False
    after = doc[j].idx + 1
    while after < len(text_of(doc)) and text_of(doc)[after] == " ":
        after += 1
    return any(q.open_mark == after for q in quoted)


def _inside(tok: Token, quoted: list[Quoted]) -> bool:
    return any(q.start <= tok.idx < q.end for q in quoted)


def _trim(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Character range of tokens [lo, hi) without edge punctuation, a leading conjunction or
    complementizer ("that"); None if empty."""
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or doc[lo].lower_ in _LEADING):
        lo += 1
    while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
        hi -= 1
    if hi - lo < 2:
        return None
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])


def _with_marks(
    text: str, span: tuple[int, int] | None, quoted: list[Quoted]
) -> tuple[int, int] | None:
    """``span`` (offsets in ``text``) grown to the marks of a quotation it starts or ends with.

    Reported content that ends with a quotation ('says he is "effectively tied for second."')
    ends at the closing mark, not at the last word, and one that starts with a quotation's
    first word starts at its opening mark: the marks belong to the quotation, so content that
    is mostly the speaker's own words counts them (see :data:`MIXED_SHARE`).
    """
    if span is None:
        return None
    lo, hi = span
    for q in quoted:
        if lo == q.start and q.open_mark >= 0:
            lo = q.open_mark
        tail = text[hi : q.close_mark].strip(_TAIL + "'")  # "''" archives type as two marks
        if q.closed and q.start < hi <= q.close_mark and not tail:
            hi = q.close_mark + 1
    return lo, hi


#: Punctuation that may stand between a quotation's last word and its closing mark.
_TAIL = " .,;:!?…-—–"


def _clause_end(head: Token) -> int:
    """Token index just past a content clause, cut before a cue verb joined to it.

    In 'He said his attacks have given him momentum and said that Trump ...' or 'Carson said
    he saw no need to change, telling Stephanopoulos that ...' the parser hangs the second
    verb of saying on the reported clause; it is the speaker's next act, with content of its
    own, not part of what he said the first time.
    """
    doc = head.doc
    end = head.right_edge.i + 1
    for tok in doc[head.i + 1 : end]:
        joined = tok.dep_ == "conj" or (tok.dep_ == "advcl" and tok.tag_ == "VBG")
        cue = (
            joined
            and tok.pos_ == "VERB"
            and (cue_lemma(tok.lower_) or act_lemma(tok.lower_))
            and not is_stance(tok.lower_)
            # a verb joined in the reported clause's own tense is part of it ('says he'd sit
            # Putin down and tell him ...'); one in the cue's tense is the speaker's next act
            and (tok.dep_ != "conj" or tok.tag_ == head.head.tag_ or tok.tag_ != head.tag_)
        )
        if cue and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.children):
            cue = False  # '... and that she wanted to move on': a second complement
        # the writer's own addition after a comma: a participle ('..., referring to the
        # convention'), a non-restrictive relative clause ('the Zika virus, which is spread
        # by mosquitoes') or a dash aside ('- a play on words ...')
        aside = _writers_aside(tok)
        if cue or aside:
            cut = tok.left_edge.i
            while cut > head.i and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc"):
                cut -= 1
            if aside and not cue and sum(t.is_quote for t in doc[head.left_edge.i : cut]) % 2:
                continue  # an aside inside the speaker's own quoted words stays
            return cut
    return end


def _writers_aside(tok: Token) -> bool:
    """True for the first word of an aside after a comma or dash (see :func:`_clause_end`)."""
    doc = tok.doc
    lead = doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    if lead is None or lead.text not in (",", "—", "–", "--"):
        return False
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.left_edge.i == tok.i:
        return True
    if tok.dep_ == "relcl" and doc[tok.left_edge.i].lower_ in ("which", "who"):
        return True
    return lead.text != "," and tok.dep_ == "appos"


def _that_clause(verb: Token) -> tuple[int, int] | None:
    """'Adelson said during a news conference that he may wait': the parser hung the "that"
    clause on the noun before it; a complementizer "that" with a subject after a verb of
    saying, in its own sentence, opens what was said."""
    doc = verb.doc
    for tok in doc[verb.i + 1 : verb.sent.end]:
        if tok.pos_ == "VERB" and tok.i > verb.i + 1 and tok.head.i == verb.i:
            return None  # another clause of the verb comes first
        if tok.lower_ == "that" and tok.dep_ == "mark" and tok.head.dep_ in ("relcl", "acl"):
            clause = tok.head
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                return _trim(doc, tok.i, _clause_end(clause))
    return None


#: Subordinators whose clause, hung on the cue by the parser, still belongs to what was said:
#: a reason or a condition ('The AP said it did not include them because ...').
_REPORTED_MARKS = {"because", "if", "unless", "although", "though", "since"}


def _reported_tail(verb: Token, end: int) -> int:
    """``end`` pushed past clauses the parser hung on the cue after its complement that are
    still the speaker's: a reason or a condition ('said it did not include those meetings
    because ...'), and a clause joined by "but" with a subject of its own ('said he'll
    support the nominee, but beyond that, he doesn't want to be involved'). Time and manner
    clauses ('... as he faces a test', '..., referring to ...') are the writer's."""
    for r in verb.rights:
        if r.i < end or r.dep_ in ("punct", "cc"):
            continue
        mark = next((c.lower_ for c in r.children if c.dep_ == "mark"), None)
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in r.children)
        reason = r.dep_ == "advcl" and mark in _REPORTED_MARKS
        but = (
            r.dep_ == "conj"
            and own_subject
            and verb.doc[r.left_edge.i - 1].lower_ == "but"
            and not cue_lemma(r.lower_)
        )
        if not (reason or but):
            break
        end = r.right_edge.i + 1
    return end


#: Subordinators that open an adverbial clause (when, why), never what was said.
_ADVERBIAL_MARKS = {"after", "before", "when", "while", "until", "once", "since", "because"}


def _content(verb: Token) -> tuple[int, int] | None:
    """The reported content of a cue: its clausal complement, or the clause it interrupts."""
    doc = verb.doc
    # a complement after the cue with a subject of its own comes first: in 'Clinton isn't
    # rattled - in fact, she said it "humanizes" her' the clause before is the writer's
    after = [c for c in verb.rights if c.dep_ == "ccomp" and _has_subject(c)]
    for child in after[:1] + [c for c in verb.children if c not in after[:1]]:
        if child.dep_ in ("ccomp", "csubj") or (child.dep_ == "xcomp" and child.i > verb.i + 1):
            if child.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in child.children):
                continue
            if any(c.dep_ == "mark" and c.lower_ in _ADVERBIAL_MARKS for c in child.children):
                # 'In a statement released shortly after the senator suspended his campaign,
                # Cruz said he ...': a time or reason clause the parser took for the content
                continue
            end = _clause_end(child)
            # 'Clinton said she appreciated the apology and that she wanted to move on': a
            # second "that" clause the parser joined to the cue is said too
            for conj in verb.rights:
                if (
                    conj.dep_ == "conj"
                    and conj.i >= end
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in conj.children)
                ):
                    end = _clause_end(conj)
            if child.i > verb.i:
                end = _reported_tail(verb, end)
            return _trim(doc, child.left_edge.i, end)
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        # 'As the International Business Times noted, Clinton raised ...', '..., as Smith
        # put it': the clause the "as" clause frames is what was said
        sent = verb.sent
        if verb.i < verb.head.i:
            return _trim(doc, verb.right_edge.i + 1, sent.end)
        return _trim(doc, sent.start, verb.left_edge.i)
    if verb.dep_ == "parataxis" and verb.i < verb.head.i:
        # 'Many of the closures, he said, have involved public courses': the cue interrupts
        # the clause it reports; after a lone adverb ('Still, he said, officials have to
        # decide') the content is what follows the cue
        sent = verb.sent
        lead = doc[sent.start : verb.left_edge.i]
        if len(lead) <= 2 and all(
            t.pos_ in ("ADV", "CCONJ", "SCONJ", "INTJ", "PUNCT") for t in lead
        ):
            return _trim(doc, verb.right_edge.i + 1, sent.end)
        return _trim(doc, sent.start, sent.end)
    if verb.dep_ in ("parataxis",) and verb.i > verb.head.i:
        sent = verb.sent
        if sent.end - verb.right_edge.i > 3:
            # "Even if it fails, Mr. Morgan said, he has done the work": both sides are content
            return _trim(doc, sent.start, sent.end)
        return _trim(doc, sent.start, verb.left_edge.i)
    if cue_lemma(verb.lower_) and not is_stance(verb.lower_):
        tail = _tail_tag(verb)
        if tail is None and _inverted(verb):
            tail = _trim(doc, verb.sent.start, verb.i - 1)  # '<clause>, said X'
        return tail if tail is not None else _that_clause(verb)
    return None


def _inverted(verb: Token) -> bool:
    """True for a cue after a comma with its subject after it: '<clause>, said Alan
    Abramowitz, a demographer'."""
    doc = verb.doc
    return (
        verb.i > verb.sent.start + 2
        and doc[verb.i - 1].text == ","
        and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)
    )


def _has_subject(tok: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children)


def _tail_tag(verb: Token) -> tuple[int, int] | None:
    """The clause before a cue that tags it after a comma, which the parser joined to it as a
    conjunct: 'This includes a special force, Defense Secretary Ash Carter told a Senate
    panel' reads as '"...," Carter told' without the marks."""
    doc = verb.doc
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj",)), None)
    if verb.dep_ != "conj" or verb.head.i > verb.i or subj is None:
        return None
    lead = subj.left_edge.i - 1
    if lead <= verb.sent.start or doc[lead].text != ",":
        return None
    if any(t.dep_ == "cc" for t in doc[verb.head.i : subj.left_edge.i]):
        return None  # 'X did this, and Y said ...': two statements
    if any(c.dep_ in ("dobj", "ccomp") and c.i > verb.i for c in verb.children) and (
        cue_lemma(verb.lower_) not in ADDRESSEE_VERBS
    ):
        return None
    return _trim(doc, verb.sent.start, lead)


#: Prepositions whose object is what a cue is about ("called for", "talked about").
_ABOUT = {"for", "about", "on", "as", "against", "of", "to", "over"}


def _names_a_channel(prep: Token) -> bool:
    """'wrote on Twitter', 'said on Monday', 'spoke on Fox News', 'commented on the show': a
    prepositional object that is a name, a date or a medium is where or when, not what."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None or prep.lower_ not in ("on", "over"):
        return False
    if pobj.pos_ == "PROPN" or pobj.ent_type_ in ("DATE", "TIME", "ORG", "GPE", "FAC"):
        return True
    return pobj.lower_ in CHANNEL_NOUNS or pobj.lower_ in MEDIA_NOUNS


def _object_content(verb: Token, lemma: str) -> tuple[int, int] | None:
    """What an act or speech verb with no clause is about: its object, infinitive complement
    or prepositional object ("criticized Romney for not releasing ...", "called for talks")."""
    kids = []
    for child in verb.rights:
        if child.i == verb.i + 1 and child.lower_ in _ANSWERS and lemma == "say":
            return child.idx, child.idx + len(child)  # 'said yes', 'said so'
        if child.dep_ in ("dobj", "dative") and lemma in ADDRESSEE_VERBS:
            continue
        if child.dep_ in ("dobj", "xcomp", "oprd", "ccomp") or (
            child.dep_ == "prep" and child.lower_ in _ABOUT
        ):
            kids.append(child)
        elif child.dep_ in ("punct", "cc", "conj", "advcl") and kids:
            break
    if lemma == "say":
        kids = [k for k in kids if k.dep_ != "prep"]  # "said of Apple": the topic, not what
    kids = [k for k in kids if k.dep_ != "prep" or not _names_a_channel(k)]
    if lemma in ("speak", "talk"):
        kids = [k for k in kids if k.lower_ in ("about", "of")]  # not "speaking on condition"
    if lemma in JUDGMENT_VERBS and not any(
        k.lower_ == "as" or k.dep_ in ("oprd", "ccomp") for k in kids
    ):
        return None  # 'saw him there', 'considered the bill': no judgment
    if not kids:
        return None
    lo, hi = kids[0].left_edge.i, kids[-1].right_edge.i + 1
    if hi - lo == 1 and verb.doc[lo].pos_ == "PROPN":
        return verb.doc[lo].idx, verb.doc[lo].idx + len(verb.doc[lo])  # 'endorsed Trump'
    hi = _quoted_complement(verb.doc, kids[-1], hi)
    return _trim(verb.doc, lo, _without_time(verb.doc, lo, hi))


def _quoted_complement(doc: Doc, last: Token, hi: int) -> int:
    """``hi`` pushed past a quotation that follows the verb's object directly: in 'called the
    Texas senator "the next George Washington"' the quoted words are what the verb says of its
    object, whatever the parser made of them (an adverbial noun, a second object)."""
    if (
        last.dep_ not in ("dobj", "dative", "oprd")
        or hi >= len(doc)
        or doc[hi].text not in _OPENERS
    ):
        return hi
    for k in range(hi + 1, min(len(doc), hi + 40)):
        if doc[k].is_quote and doc[k].text not in ("'", "‘"):
            return k + 1
    return hi


#: Opening double quote marks as tokens.
_OPENERS = ('"', "“", "„", "«")


def _without_time(doc: Doc, lo: int, hi: int) -> int:
    """``hi`` without a time phrase at the end of an object ('described Trump as a "con
    artist" on Monday'): when it was said is not what was said."""
    k = hi - 1
    while k > lo and doc[k].is_punct:
        k -= 1
    tok = doc[k]
    if tok.ent_type_ in ("DATE", "TIME") and tok.dep_ in ("pobj", "npadvmod"):
        start = tok.left_edge.i
        if tok.dep_ == "pobj" and doc[start].i == tok.i and tok.head.dep_ == "prep":
            start = tok.head.i
        elif tok.dep_ == "pobj":
            start = min(start, tok.head.i)
        if start > lo + 1:
            return start
    return hi


def _a_name(word: str) -> bool:
    """True for a one-word content that is a name: 'endorsed Trump', 'he said Ryan' (who the
    stance is toward, or the answer), unlike 'said it' or 'supports this'."""
    return word[:1].isupper() and word.replace(".", "").isalpha() and word.lower() not in _NOT_NAMES


#: Capitalised one-word contents that are no names.
_NOT_NAMES = {"it", "this", "that", "them", "him", "her", "so", "i"}

#: One-word reported answers that are content ('72 percent said yes', 'half said so').
_ANSWERS = {"yes", "no", "so"}

_SOURCE_PRONOUNS = {"he", "she", "they", "we", "i", "you", "who", "which"}


def _ends_in_colon(sent: SpacySpan) -> bool:
    """True when the sentence's last non-space token is a colon."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == ":"


def _source_like(tok: Token) -> bool:
    """Can this subject be a source: a person, an organisation, a pronoun for one?"""
    if tok.lower_ in _SOURCE_PRONOUNS or tok.pos_ == "PROPN":
        return True
    if tok.like_num or tok.pos_ == "NUM":  # a share of those asked: '6 in 10 white men supported'
        return True
    if tok.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    low = tok.lower_
    return (
        low in SOURCE_NOUNS
        or low in ORG_NOUNS
        or low in TITLE_WORDS
        or low in GROUP_NOUNS
        or low in DOCUMENT_NOUNS
    )


def _directive(verb: Token) -> tuple[int, int] | None:
    """What an addressee verb asks of its addressee: the infinitive after the object ('urged
    the administration to join a coalition', 'told Bush to quiet down') or the question after
    it ('asked workers if they planned to attend'). The object is the addressee, not content."""
    doc = verb.doc
    if not any(c.dep_ in ("dobj", "dative") for c in verb.children):
        return None
    for child in verb.rights:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX") and infinitive:
            return _trim(doc, child.left_edge.i, _clause_end(child))
        if child.dep_ in ("advcl", "ccomp") and any(
            c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in child.children
        ):
            lo = next(c.i for c in child.children if c.dep_ == "mark")
            return doc[lo].idx, _trim(doc, lo, _clause_end(child))[1]  # type: ignore[index]
    return None


def _document_object(verb: Token) -> tuple[int, int] | None:
    """The object of a report verb whose subject is a document or a measurement: 'A CNN/ORC
    poll showed a one-point difference', 'the study found no link' (a person who "found his
    keys" reports nothing, so only these subjects)."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ not in DOCUMENT_NOUNS:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    return _trim(verb.doc, obj.left_edge.i, _clause_end(obj))


def _addressee(verb: Token, lemma: str) -> tuple[Token | None, Token | None]:
    """(addressee head, channel noun) among the cue's dependents."""
    who = via = None
    for child in verb.children:
        if child.dep_ in ("dobj", "dative", "iobj") and lemma in ADDRESSEE_VERBS:
            if child.pos_ in ("NOUN", "PROPN", "PRON"):
                who = child
        elif child.dep_ == "prep" and child.lower_ in ("in", "to", "with", "during", "on"):
            for pobj in child.children:
                if pobj.dep_ != "pobj":
                    continue
                if child.lower_ == "to" and lemma == "say" and who is None:
                    who = pobj
                elif pobj.lower_ in CHANNEL_NOUNS:
                    via = pobj
                    for sub in pobj.children:
                        if sub.dep_ == "prep" and sub.lower_ == "with":
                            who = next((t for t in sub.children if t.dep_ == "pobj"), who)
    return who, via


def _name_of(head: Token) -> str:
    """A readable addressee name: the named entity in the phrase, without possessors."""
    doc = head.doc
    lo = min(
        [head.i] + [c.left_edge.i for c in head.lefts if c.dep_ not in ("poss", "det", "case")]
    )
    phrase = doc[lo : head.i + 1]
    ents = [e for e in phrase.ents if e.label_ in ("ORG", "PERSON", "GPE", "NORP", "FAC")]
    if ents:
        return ents[-1].text
    for ent in doc.ents:
        if ent.start <= head.i < ent.end:
            return ent.text
    return phrase.text


def _noun_attribution(
    noun: Token, offset: int, paragraph: int, sentence: tuple[int, int]
) -> Attribution | None:
    """A noun of saying with its content and its owner: 'her remark that “there's a special
    place in hell ...”', "Trump's claim that he opposed the war", 'his promise to build a
    wall'. The owner is the possessor; the content, the noun's "that" clause or infinitive.
    Without a possessor the noun names no one ('the claim that ...') and is left out."""
    doc = noun.doc
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is None:
        return None
    clause = next(
        (
            c
            for c in noun.rights
            if c.dep_ in ("acl", "ccomp", "relcl")
            and c.pos_ in ("VERB", "AUX")
            and any(
                (g.dep_ == "mark" and g.lower_ == "that") or (g.dep_ == "aux" and g.lower_ == "to")
                for g in c.children
                if g.i < c.i
            )
            and not any(g.dep_ == "dobj" and g.lower_ == "that" for g in c.children)
        ),
        None,
    )
    if clause is None and noun.lower_ in STANCE_NOUNS:
        # 'her support for the bill', "Trump's attacks on the judge": the object of the
        # stance, after the preposition the noun takes
        prep = next(
            (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in STANCE_NOUNS[noun.lower_]),
            None,
        )
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if pobj is None:
            return None
        content = _trim(doc, pobj.left_edge.i, pobj.right_edge.i + 1)
        if content is None and pobj.pos_ == "PROPN":
            content = pobj.idx, pobj.idx + len(pobj)
        if content is None:
            return None
        return Attribution(
            cue=(offset + noun.idx, offset + noun.idx + len(noun)),
            lemma=noun.lower_,
            mention=read_mention(owner, offset),
            sentence=sentence,
            paragraph=paragraph,
            content=(offset + content[0], offset + content[1]),
            strength=0.5,
        )
    if clause is None:
        return None
    content = _trim(doc, clause.left_edge.i, _clause_end(clause))
    if content is None:
        return None
    return Attribution(
        cue=(offset + noun.idx, offset + noun.idx + len(noun)),
        lemma=noun.lower_,
        mention=read_mention(owner, offset),
        sentence=sentence,
        paragraph=paragraph,
        content=(offset + content[0], offset + content[1]),
        strength=0.75,
    )


def find_attributions(
    doc: Doc, offset: int, paragraph: int, quoted: list[Quoted]
) -> list[Attribution]:
    """Every cue outside quote marks in a parsed paragraph, with speaker, addressee, content."""
    found: list[Attribution] = []

    def inside(tok: Token) -> bool:
        return any(q.start <= tok.idx < q.end for q in quoted)

    # each token's sentence, from one pass (Token.sent walks back to the sentence start per call)
    sent_of = [sent for sent in doc.sents for _ in range(sent.start, sent.end)]
    for tok in doc:
        if inside(tok):
            continue
        sent = sent_of[tok.i]
        sentence = (offset + sent.start_char, offset + sent.end_char)
        low = tok.lower_
        if low == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            # the content is the sentence without the "according to X" phrase
            lo, hi = tok.left_edge.i, max(to.right_edge.i, pobj.right_edge.i) + 1
            if lo <= sent.start + 1:
                content = _trim(doc, hi, sent.end)
            elif doc[lo - 1].text == "," and hi < sent.end - 3 and doc[hi].text == ",":
                # 'Among the precedents at risk, according to Ms. Epstein, are 16 cases': the
                # phrase interrupts the clause it attributes, which runs on both sides of it
                content = _trim(doc, sent.start, sent.end)
            else:
                content = _trim(doc, sent.start, lo)
            content = _with_marks(text_of(doc), content, quoted)
            found.append(
                Attribution(
                    cue=(offset + tok.idx, offset + to.idx + len(to)),
                    lemma="according to",
                    mention=read_mention(pobj, offset),
                    sentence=sentence,
                    paragraph=paragraph,
                    content=(offset + content[0], offset + content[1]) if content else None,
                )
            )
            continue
        if (low in SPEECH_NOUNS or low in STANCE_NOUNS) and tok.pos_ == "NOUN":
            noun = _noun_attribution(tok, offset, paragraph, sentence)
            if noun is not None:
                found.append(noun)
            continue
        lemma = cue_lemma(low) or _put_it(tok)
        act = lemma is None and act_lemma(low) is not None
        if act:
            lemma = act_lemma(low)
        tagged = lemma is None and _tags_quote(tok, quoted)
        # 'She then addressed the supporters again: "Here is what I regret."': any verb whose
        # sentence ends in a colon that opens a quote introduces it (its subject must be a
        # possible source, see below)
        intro = lemma is None and not tagged and _introduces_quote(tok, quoted)
        intro = intro or (lemma is None and not tagged and _leads_into_quote(tok, quoted))
        if tagged or intro:
            lemma = low  # '"Jeb wants to be a tough guy," Trump shot back.'
        if lemma is None or tok.pos_ not in ("VERB", "AUX"):
            continue
        if lemma == "quote" and any(
            c.lower_ == "as" and any(cue_lemma(g.lower_) for g in c.children) for c in tok.children
        ):
            continue  # "quoted as saying": the cue is read at "saying"
        verb, cue_start = tok, tok.idx
        # "was quoted as saying": the cue is the whole phrase; the speaker is the passive subject
        if lemma == "say" and tok.head.lower_ == "as" and tok.head.head.lower_ == "quoted":
            verb = tok.head.head
            cue_start = verb.idx
        content = _content(tok)
        # "Clinton released the following statement:", "Cruz called them on it:": a verb that
        # is a cue only with a clause or an object is one when its sentence ends in a colon,
        # which announces the words that follow
        announces = intro or ((is_stance(low) or act) and content is None and _ends_in_colon(sent))
        wish = False
        if content is None and low in CLAUSE_ONLY_FORMS:
            content = _document_object(tok)
        if content is None and lemma in ADDRESSEE_VERBS:
            content = _directive(tok)
        if is_stance(low) and content is None and lemma in INTENT_VERBS:
            # 'Clinton wants to raise the minimum wage': a wish or intent with an infinitive
            # (its subject must be a possible source, see below)
            inf = next((c for c in tok.rights if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if inf is not None:
                content, wish = _trim(doc, inf.left_edge.i, _clause_end(inf)), True
            elif lemma == "want":
                # 'voters want a switch to more liberal policies': a wish for a thing
                obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
                if obj is not None:
                    content, wish = _trim(doc, obj.left_edge.i, _clause_end(obj)), True
        if is_stance(low) and content is None and not announces:
            continue
        if (
            content is None
            and not announces
            and (act or lemma not in ADDRESSEE_VERBS or lemma == "ask")
        ):
            content = _object_content(tok, lemma)
        if lemma in TAG_ONLY:
            if any(c.dep_ in ("dobj", "xcomp") for c in tok.rights):
                continue  # "continues to lead", "continued her tour"
            content = None
        content = None if tagged or intro else _with_marks(text_of(doc), content, quoted)
        subj = _subject(verb, [(q.start, q.end) for q in quoted])
        if (announces or wish) and (subj is None or not _source_like(subj)):
            continue
        if subj is not None and subj.dep_ == "nsubjpass" and verb is tok and subj.head is tok:
            # the cue's own passive ('he was told'); a subject shared with a passive verb it
            # is joined to ('Trump was forced into damage control and said ...') speaks
            # "jets were shown on TV", "he was told": the subject is not the source; the agent
            # ("was criticized by Smith") is
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            subj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
        if subj is not None and inside(subj):
            subj = _adjacent_subject(verb) or _inverted_subject(verb)
            subj = None if subj is None or inside(subj) else subj
        if subj is not None and subj.i > tok.i and content and content[0] <= subj.idx < content[1]:
            content = None  # '"...," added another Democrat': the object is the speaker
        # 'Asked if he was ever bullied, the candidate said no': the question is attributed
        # content whose asker goes unnamed
        unnamed_asker = subj is None and low == "asked" and tok.tag_ == "VBN" and content
        if unnamed_asker:
            pass
        elif subj is None or (
            act and not announces and (content is None or not _source_like(subj))
        ):
            continue
        who, via = _addressee(tok, lemma)
        att = Attribution(
            cue=(offset + cue_start, offset + tok.idx + len(tok)),
            lemma=lemma,
            mention=read_mention(subj, offset) if subj is not None else None,
            sentence=sentence,
            paragraph=paragraph,
            content=(offset + content[0], offset + content[1]) if content else None,
            strength=0.75 if announces else 0.5 if act else 0.6 if is_stance(low) else 0.75,
        )
        if who is not None:
            lo = min([who.i] + [c.left_edge.i for c in who.lefts])
            att.addressee = (offset + doc[lo].idx, offset + who.idx + len(who))
            att.addressee_name = _name_of(who)
        if via is not None:
            end = via
            for sub in via.children:
                if sub.dep_ == "prep" and sub.lower_ in ("with", "to") and sub.i > via.i:
                    end = sub.right_edge
            att.via = (offset + via.left_edge.idx, offset + end.idx + len(end))
        found.append(att)
    return found


# -- stages 3-5: quotes -------------------------------------------------------------------------
@dataclass
class _Found:
    kind: str
    start: int
    end: int
    paragraph: int
    attribution: Attribution | None
    how: str
    confidence: float
    speaker: Speaker | None = None
    mention: Mention | None = None
    source: _Found | None = None  # the quote a continuation or floating quote follows


def _gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, max(a[0], b[0]) - min(a[1], b[1]))


def _choose(
    q: tuple[int, int],
    atts: list[Attribution],
    prev: Attribution | None = None,
    text: str = "",
) -> tuple[Attribution | None, float]:
    """The attribution of a direct quote among its paragraph's cues, with a confidence.

    In order: the cue that tags the quote right after its closing mark (:func:`_tag_of`,
    given the article ``text``); the cue whose content holds the quote; the nearest speech cue
    in the quote's sentence; ``prev``, the cue of the paragraph's previous direct quote ('"A,"
    Obama said on Saturday at the gala, where Clinton also spoke. "B."': B is still Obama's);
    the nearest cue
    with no content of its own; the nearest speech cue before the quote in the paragraph
    ('..., Schiff said. "The other factor ..."').
    """
    tag = _tag_of(q, atts, text) if text else None
    if tag is not None:
        return tag, 0.9
    holding = [a for a in atts if a.content and _gap(a.content, q) == 0]
    # a belief reported inside someone's words ('He says if people think the issues will be
    # addressed by "..."') is not who speaks the quote: the verb of saying around it is
    outer = [a for a in holding if a.strength >= 0.75]
    holding = [
        a
        for a in holding
        if a.strength >= 0.75 or not any(o.content[0] <= a.cue[0] < o.content[1] for o in outer)  # type: ignore[index]
    ]
    if holding:
        return min(holding, key=lambda a: _gap(a.cue, q)), 0.9
    atts = [a for a in atts if a.strength > 0.5]
    same = [a for a in atts if (a.sentence[0] < q[1] and q[0] < a.sentence[1]) or _tags_after(a, q)]
    if same:
        best = min(same, key=lambda a: _gap(a.cue, q))
        return best, 0.85 if _gap(best.cue, q) <= NEAR_CHARS else 0.7
    if prev is not None and prev.cue[1] <= q[0]:
        return prev, 0.75
    bare = [a for a in atts if a.content is None]
    if bare:
        return min(bare, key=lambda a: _gap(a.cue, q)), 0.6
    before = [a for a in atts if a.cue[1] <= q[0]]
    if before:
        return max(before, key=lambda a: a.cue[0]), 0.6
    return None, 0.0


#: Quote marks that may close a quotation (see :mod:`tidings.analyze.quotemarks`).
_CLOSERS = "\"”’'»«"


def _tag_of(q: tuple[int, int], atts: list[Attribution], text: str) -> Attribution | None:
    """The cue that tags a quote from right after its closing mark, if any: '"...," Lewandowski
    added', '"...?" asked Mr. Manafort'. A quotation that ends in a comma, a question or an
    exclamation mark and runs straight into a speaker and a cue (or a cue and a speaker) is
    that speaker's, even when it also lies inside the content of an earlier cue ('Comey cannot
    say that "from his perspective," Lewandowski added': the quote is Lewandowski's, not what
    Comey says)."""
    qe = q[1]
    if text[qe - 1 : qe] not in (",", "?", "!"):
        return None
    j = qe
    while j < len(text) and text[j] == " ":
        j += 1
    if text[j : j + 1] not in _CLOSERS or not text[j : j + 1]:
        return None
    j += 1
    for att in atts:
        m = att.mention
        if att.cue[0] < j or att.cue[0] - j > NEAR_CHARS or m is None:
            continue
        if att.strength < 0.75 or not cue_lemma(att.lemma) or is_stance(att.lemma):
            continue  # a verb of saying: '"...," Clinton fixates on the line' is no tag
        if text[qe - 1] != "," and re.match(r"[^.?!]*[“\"]", text[att.cue[1] :]):
            # after "?" or "!" a new sentence may open with a cue that introduces the next
            # quote ('"...?" Mills then writes back, "You look cute."')
            continue
        between = text[j : att.cue[0]]
        if between.strip() == "" and m.start >= att.cue[1]:
            return att  # '"...," said Skelly'
        if (
            j <= m.start
            and m.end <= att.cue[0]
            and not text[j : m.start].strip()
            and not re.search(r"[.;:?!\"“”]", between)
        ):
            return att  # '"...," Lewandowski added'
    return None


def _tags_after(att: Attribution, q: tuple[int, int]) -> bool:
    """True when ``att`` opens the sentence right after the quote with no content of its own:
    '"Who do they think they are?" Trump said of Apple' (the parser ends a sentence at the
    question mark, but the cue after it is the quote's tag)."""
    starts_after = 0 <= att.sentence[0] - q[1] <= 3
    return att.content is None and starts_after and att.cue[0] - q[1] < NEAR_CHARS


def _markless_speaker(text: str, q: Quoted, para_start: int, doc: Doc | None) -> Mention | None:
    """Colon or dash attribution with no verb: 'Smith: "..."' or '"..." — Smith'."""
    before = text[: q.open_mark]
    after = text[q.close_mark + 1 :] if q.closed else ""
    m = _COLON.match(before) or _NAMED_INTRO.search(before)
    if m is None and after:
        m = _DASH.match(after)
        base = q.close_mark + 1
    else:
        base = 0
    if m is None:
        return None
    s, e = base + m.start(1), base + m.end(1)
    name = m.group(1)
    first = name.split()[0]
    if " " in name and cue_lemma(first) and first[0].isupper():
        # 'Stated Stone: "..."', 'Said Ellis: "..."': the cue opens the line, the name follows
        s += len(first) + 1
        name = name[len(first) + 1 :]
    kind = "pronoun" if name.lower() in ("he", "she", "they") else "name"
    from tidings.analyze.names import gender_of

    return Mention(
        para_start + s,
        para_start + e,
        kind,
        name=name,
        name_start=para_start + s,
        type="person",
        gender=gender_of(name),
        head=name.lower(),
    )


def find_quotes(
    article: Article, docs: list[Doc | None], entities: list[Entity]
) -> tuple[list[Quote], list[Speaker]]:
    """Quotes and speakers of ``article``; ``docs[i]`` is paragraph i parsed, or None.

    A None doc means the paragraph had no cue word outside its marks, so it was not parsed:
    its quotes can only continue the previous one or carry a colon/dash attribution.
    """
    found: list[_Found] = []
    prev_open = False  # the previous paragraph left a quote open
    prev_last: _Found | None = None  # the last quote of the previous paragraph
    announced: Attribution | None = None  # 'Cruz said:' ending the previous paragraph
    named_line: Mention | None = None  # a paragraph that is only 'Stated Stone:'
    people = sorted(
        (m.start, m.end, e) for e in entities for m in e.mentions if e.label == "PERSON"
    )
    named = [(m.start, m.end) for e in entities for m in e.mentions if e.label in ("PERSON", "ORG")]
    name_words = {
        w.lower() for e in entities if e.label in ("PERSON", "ORG") for w in e.name.split()
    }
    for i, (para, doc) in enumerate(zip(article.paragraphs, docs, strict=True)):
        if para.role == "subheading":
            prev_open, prev_last, announced = False, None, None
            continue
        base = para.start
        line = _transcript_line(article, para, i, named, name_words)
        if line is not None:
            found.append(line)
            prev_open, prev_last = False, line
            continue
        quoted = find_quoted(para.text)
        parsed = doc is not None and doc.has_annotation("DEP")
        atts = find_attributions(doc, base, i, quoted) if parsed else []
        q_abs = [(base + q.start, base + q.end) for q in quoted]
        # quoted stretches with their marks, for the share of a content that is quoted
        q_marks = [
            (base + q.open_mark, base + (q.close_mark + 1 if q.closed else q.end)) for q in quoted
        ]
        share = quoted_chars(quoted, 0, len(para.text)) / max(1, len(para.text.strip()))
        here: list[_Found] = []
        if announced is not None and not quoted and not atts:
            # a block quote without marks after 'He said:'
            found.append(_Found("direct", para.start, para.end, i, announced, "explicit", 0.6))
            prev_open, prev_last, announced = False, found[-1], None
            continue
        for q, (qs, qe) in zip(quoted, q_abs, strict=True):
            words = len(para.text[q.start : q.end].split())
            # a partial quote inside reported content belongs to that content
            host = next(
                (
                    a
                    for a in atts
                    if a.content
                    and a.content[0] <= qs
                    and qe <= a.content[1] + 1
                    and _quoted_share(a.content, q_marks) < MIXED_SHARE
                ),
                None,
            )
            if host is not None:
                continue
            partial = _is_partial(para.text, q)
            if partial and words < PARTIAL_KEEP_WORDS:
                continue  # a scare quote or a phrase quoted inside narration
            prev = next((f.attribution for f in reversed(here) if f.kind == "direct"), None)
            att, conf = _choose((qs, qe), atts, prev, article.text)
            if (
                _is_title(para.text[q.start : q.end])
                and (att is None or _gap(att.cue, (qs, qe)) > TITLE_TAG_CHARS)
                and not _is_title(para.text)  # a headline in title case capitalises its quotes
            ):
                continue  # 'shows like "Orange Is the New Black"': a title, not a quotation
            how = "explicit"
            mention = None
            if att is not None and words < MIN_QUOTE_WORDS and _gap(att.cue, (qs, qe)) > NEAR_CHARS:
                att = None
            if att is not None and _NAMED_INTRO.search(para.text[: q.open_mark]):
                att = None  # 'Pollsters agree - Carl Bialik: "..."': the name at the colon
            if att is None:
                mention = _markless_speaker(para.text, q, base, doc)
                conf = 0.7 if mention else 0.0
            if att is None and mention is None:
                if words < MIN_QUOTE_WORDS:
                    continue
                if prev_open and q.open_mark <= 1 and prev_last is not None:
                    how, conf = "continuation", 0.8
                elif share >= FLOATING_SHARE and prev_last is not None and not here:
                    how, conf = "floating", 0.65
                elif here and here[-1].attribution is not None:
                    # the second half of a quote split around its cue shares that cue
                    att, conf = here[-1].attribution, 0.8
                elif announced is not None and not here:
                    att, conf = announced, 0.75
                elif named_line is not None and not here:
                    mention, conf = named_line, 0.7
                else:
                    mention = _person_before(article, people, base, qs, q_abs)
                    how, conf = ("explicit", 0.5) if mention else ("none", 0.3)
            if att is not None and (att.content is None or _gap(att.content, (qs, qe)) == 0):
                att.used = True  # the cue's own content is this quote
            f = _Found("direct", qs, qe, i, att, how, conf, mention=mention)
            if how in ("continuation", "floating"):
                src = prev_last if (prev_last is not None and not here) else here[-1]
                f.attribution, f.source = None, src
            here.append(f)
        for a in atts:
            if a.used or a.content is None:
                continue
            cs, ce = a.content
            said = article.text[cs:ce]
            if len(said.split()) < 2 and said.lower() not in _ANSWERS and not _a_name(said):
                continue
            if any(f.kind == "direct" and _gap((f.start, f.end), a.content) == 0 for f in here):
                continue
            if _nested(a, atts):
                continue
            qshare = _quoted_share(a.content, q_marks)
            kind = "mixed" if qshare >= MIXED_SHARE else "indirect"
            conf = a.strength
            here.append(_Found(kind, cs, ce, i, a, "explicit", conf))
        here.sort(key=lambda f: f.start)
        found.extend(here)
        directs = [f for f in here if f.kind == "direct"]
        # a paragraph of reported speech only ('the DNC issued a statement apologizing to
        # Sanders') hands its speaker on too: a floating quote after it is that statement's
        prev_last = directs[-1] if directs else (here[-1] if here else None)
        prev_open = bool(quoted) and not quoted[-1].closed
        announced = None
        named_line = _name_line(para, name_words) if not quoted else None
        if para.text.rstrip().endswith(":") and atts:
            last = max(atts, key=lambda a: a.cue[0])
            if last.strength > 0.5 and (last.content is None or not last.used):
                announced = last
    return _resolve(article, found, entities)


def _name_line(para: Paragraph, name_words: set[str]) -> Mention | None:
    """The speaker a paragraph announces when it is only a name and a colon, before a block
    quote: 'Stated Stone:', 'Said Ellis:', 'Senator Warren:'. The name must be one NER found
    in the article (its last word), or follow a cue word; labels ('Update:', 'Watch:') and
    other capitalised lines are not speakers."""
    m = _COLON.match(para.text)
    if m is None or m.group(1).lower() in _LABELS:
        return None
    name = m.group(1)
    s = para.start + m.start(1)
    first = name.split()[0]
    led = " " in name and cue_lemma(first) is not None
    if led:
        s, name = s + len(first) + 1, name[len(first) + 1 :]
    if not led and name.split()[-1].lower() not in name_words:
        return None
    from tidings.analyze.names import gender_of

    return Mention(
        s,
        s + len(name),
        "name",
        name=name,
        name_start=s,
        type="person",
        gender=gender_of(name),
        head=name.lower(),
    )


def _nested(att: Attribution, atts: list[Attribution]) -> bool:
    """True when ``att``'s cue lies inside what a verb of saying reports: in 'Trump said he
    feels he can win' or 'Kasich says he'd sit Putin down and tell him ...' the inner verb is
    part of the speaker's words (often hypothetical or future, 'would tell'), reported with
    them, not a statement of its own."""
    return any(
        o is not att
        and o.strength >= 0.75
        and o.content
        and o.content[0] <= att.cue[0] < o.content[1]
        for o in atts
    )


def _person_before(
    article: Article,
    people: list[tuple[int, int, Entity]],
    start: int,
    end: int,
    quoted: list[tuple[int, int]],
) -> Mention | None:
    """The last person named (outside quotes) in a paragraph before a quote with no cue:
    'Sen. Bernie Sanders identified young voters' exhaustion ... "The younger people are ..."'.
    """
    best = None
    for s, e, ent in people:
        if start <= s and e <= end and not any(a <= s < b for a, b in quoted):
            best = (s, e, ent)
    if best is None:
        return None
    s, e, ent = best
    # the words as written ("Cook"): the speaker book joins them to the right full name
    words = article.text[s:e]
    return Mention(s, e, "name", name=words, name_start=s, type="person", head=words.lower())


def _transcript_line(
    article: Article,
    para: Paragraph,
    index: int,
    named: list[tuple[int, int]],
    name_words: set[str] = frozenset(),  # type: ignore[assignment]
) -> _Found | None:
    """A transcript paragraph ("PENCE: Well, look, ...") as one direct quote of that speaker,
    or a headline-style one ("Kerry: Refugee cap will rise", "Matthews: Well, ...") when the
    words before the colon are a person or an organisation: NER names them there, or their
    last word is part of a name NER found elsewhere in the article ("Lynch" for "Attorney
    General Loretta Lynch", whom a headline calls by surname)."""
    m = _TRANSCRIPT.match(para.text)
    if m is None and len(para.text) <= HEADLINE_CHARS:
        m = _HEADLINE.match(para.text)
        if m is not None:
            s, e = para.start + m.start(1), para.start + m.end(1)
            last = m.group(1).split()[-1].lower()
            if not any(s <= a and b <= e for a, b in named) and last not in name_words:
                return None
    if m is None or len(para.text) - m.end() < 10 or m.group(1).lower() in _LABELS:
        return None
    if len(para.text[m.end() :].split()) < 3:
        return None
    name = m.group(1).strip(" .")
    name_at = para.start + m.start(1)
    first = name.split()[0]
    if " " in name and cue_lemma(first):
        name_at, name = name_at + len(first) + 1, name[len(first) + 1 :]  # 'Stated Stone:'
    start, end = para.start + m.end(), para.end
    while end > start and article.text[end - 1] in "\"”' ":
        end -= 1
    if article.text[end - 1 : end] in (".", "?", "!") and article.text[end : end + 1] in '"”':
        end += 1
    mention = Mention(
        name_at,
        name_at + len(name),
        "name",
        name=name.title(),
        name_start=name_at,
        type="person",
        head=name.lower(),
    )
    rest = article.text[start:end]
    inside = quoted_chars(find_quoted(rest), 0, len(rest)) / max(1, len(rest))
    kind = "direct" if inside >= 0.5 or m.re is _TRANSCRIPT else "indirect"
    return _Found(kind, start, end, index, None, "explicit", 0.7, mention=mention)


def _is_title(quoted: str) -> bool:
    """True when a quoted stretch reads as a title: two or more words, every word capitalised
    but the small ones ("Orange Is the New Black", "A Time for Truth,", "Jane The Virgin").
    Not a chant or a transcript in capitals ("U-S-A! U-S-A!"), not a sentence with a verb in
    lower case."""
    words = [w.strip("\"“”‘’'.,:;!?()[]—–-") for w in quoted.split()]
    words = [w for w in words if any(c.isalpha() for c in w)]
    if len(words) < 2 or all(w.isupper() for w in words):
        return False
    caps = [w for w in words if w[0].isupper()]
    rest = [w for w in words if not w[0].isupper()]
    return len(caps) >= 2 and all(w.lower() in _TITLE_MINOR for w in rest)


def _is_partial(text: str, q: Quoted) -> bool:
    """True for a quote embedded in a sentence (after a word, not a cue, colon or comma), like
    'called it a "crazy system"' as opposed to 'said: "We ...' or a sentence-initial quote."""
    before = text[: q.open_mark].rstrip()
    if not before or before[-1] in ":,;.?!—–-([" or before.endswith(("...", "…")):
        return False
    last = before.split()[-1].lower().strip("'’\"“”")
    return cue_lemma(last) is None


def _quoted_share(span: tuple[int, int], quoted: list[tuple[int, int]]) -> float:
    total = sum(max(0, min(span[1], e) - max(span[0], s)) for s, e in quoted)
    return total / max(1, span[1] - span[0])


def _reporter(f: _Found, found: list[_Found]) -> Speaker | None:
    """The speaker a pronoun subject of a nested cue refers to: in 'Trump said he feels he can
    win' the "he" who feels is Trump, the one whose words hold the cue (a pronoun in someone's
    reported words that agrees with them in gender and number is taken as them)."""
    att, m = f.attribution, f.attribution.mention if f.attribution else None
    if att is None or m is None:
        return None
    for g in found:
        outer = g.attribution
        if (
            g is f
            or outer is None
            or outer is att
            or g.speaker is None
            or outer.content is None
            or outer.strength < 0.75
            or not outer.content[0] <= att.cue[0] < outer.content[1]
        ):
            continue
        sp, om = g.speaker, outer.mention
        plural = om is not None and om.plural
        if m.head == "it":
            fits = sp.type == "organization"
        elif m.head == "they":
            fits = plural or sp.type == "organization"
        elif m.head in ("he", "she"):
            # a person, or a name the tagger took for an organisation ('Trump said he ...')
            fits = not plural and (
                sp.type == "person" or (om is not None and om.kind in ("name", "pronoun"))
            )
            fits = fits and not (m.gender and sp.gender and m.gender != sp.gender)
        else:
            fits = False
        return sp if fits else None
    return None


def _resolve(
    article: Article, found: list[_Found], entities: list[Entity]
) -> tuple[list[Quote], list[Speaker]]:
    """Resolve speakers in reading order and build the Quote records."""
    book = SpeakerBook(article, entities)
    quotes: list[Quote] = []
    ids: dict[int, str] = {}
    for n, f in enumerate(found):
        ids[id(f)] = f"q{n}"
        att = f.attribution
        mention = att.mention if att else f.mention
        speaker: Speaker | None
        if f.how in ("continuation", "floating"):
            speaker = f.source.speaker if f.source is not None else None
            mention = None
        else:
            outer = _reporter(f, found) if mention and mention.kind == "pronoun" else None
            speaker = outer or (book.resolve(mention) if mention else None)
            if outer is not None and mention is not None:
                span = article.span(mention.start, mention.end)
                if span not in outer.mentions:
                    outer.mentions.append(span)
        f.speaker = speaker
        quote = Quote(
            id=f"q{n}",
            kind=f.kind,  # type: ignore[arg-type]
            content=article.span(f.start, f.end),
            cue=article.span(*att.cue) if att else None,
            speaker_id=speaker.id if speaker else None,
            speaker=speaker.name if speaker else None,
            speaker_type=speaker.type if speaker else "unknown",
            speaker_mention=article.span(mention.start, mention.end) if mention else None,
            speaker_description=(mention.description if mention else None)
            or (speaker.descriptions[0] if speaker and speaker.descriptions else None),
            addressee=att.addressee_name if att else None,
            addressee_mention=article.span(*att.addressee) if att and att.addressee else None,
            via=article.span(*att.via) if att and att.via else None,
            attribution=f.how,  # type: ignore[arg-type]
            continues=ids.get(id(f.source)) if f.source is not None else None,
            confidence=round(f.confidence * (1.0 if speaker else 0.5), 2),
            paragraph=f.paragraph,
        )
        quotes.append(quote)
    return quotes, book.speakers

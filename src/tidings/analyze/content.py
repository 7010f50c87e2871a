"""The reported content of a cue: the character span of what a speaker said, from the parse.

requires: a parsed paragraph Doc and a cue token in it (and the paragraph's quoted stretches,
for :func:`with_marks`). assigns: nothing; each function returns paragraph-relative character
offsets ``(start, end)``, or None, which :mod:`tidings.analyze.attributions` stores as
``Attribution.content``.

Separate because "what was said" has rules of its own, apart from who said it
(:mod:`tidings.analyze.subjects`): the clausal complement of the cue, cut before the speaker's
next act and the writer's asides; the clause an "as" or a parenthetical cue frames. What a cue
with no clause reports (the object of an act verb, what an addressee verb asks, a label in
marks) is :mod:`tidings.analyze.objects`. Every span is trimmed the same way, by :func:`trim`.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from tidings.analyze.cues import (
    ADDRESSEE_VERBS,
    CHANNEL_NOUNS,
    TAG_ONLY,
    act_lemma,
    cue_lemma,
    is_stance,
)
from tidings.analyze.datelines import past_dateline
from tidings.analyze.names import gender_of
from tidings.analyze.naming import PRONOUN_GENDER
from tidings.analyze.nlp import text_of
from tidings.analyze.quotemarks import OPENING_MARKS, Quoted, find_quoted
from tidings.analyze.sources import source_like, source_preposition
from tidings.analyze.subjects import appositive_tag, finite_tense, is_inverted
from tidings.analyze.timewords import find_time_words
from tidings.wordlists import IRREGULAR_PASTS, word_list

#: Nouns naming a work whose title may follow in marks: 'her memoir, "Learning From the Ground
#: Up,"', 'the drama "Mercy Street"', 'a paper titled "How to Foster ..."'.
WORK_NOUNS = frozenset(
    word_list(
        """
        book books memoir memoirs novel novels biography autobiography poem poems song songs
        single album albums film films movie movies documentary documentaries show shows
        series sitcom drama dramas comedy episode episodes play plays musical musicals opera
        podcast podcasts column columns essay essays op-ed editorial
        article articles headline headlines paper papers report reports study studies
        titled entitled
        """
    )
)

_LEADING = {"and", "but", "that"}


def _leading(tok: Token) -> bool:
    """True for a word that opens a content without being part of it: a conjunction, or
    "that" as a complementizer ('said that ...'); "that" as a determiner is content ('echoed
    that promise', 'rebut that criticism'), and so is "that" as the clause's own subject
    ('Reyes said that was "a lie"', 'The mayor said that would never happen')."""
    return tok.lower_ in _LEADING and not (
        tok.lower_ == "that"
        and ((tok.dep_ == "det" and not _names_no_thing(tok)) or _demonstrative_subject(tok))
    )


#: Conjunctions that end no content: a content span reaching one took in the word that joins
#: the cue to the speaker's next verb ('said the plan was costly and added that ...').
_TRAILING = {"and", "but", "or"}


def _trailing(tok: Token) -> bool:
    """True for a coordinating conjunction as a content's last word: what follows it (the
    speaker's next act, 'and added that ...', 'but insisted ...') was cut off, so it joins
    nothing that was said."""
    return tok.lower_ in _TRAILING and tok.dep_ == "cc"


def _names_no_thing(det: Token) -> bool:
    """True for a "that" the parser took for a determiner of a name or a plural ('confirmed on
    Sunday that captain Dean Orr would miss ...', 'said that officials would decide'): a
    demonstrative goes with neither, so it is the complementizer after all, when the phrase is
    the subject of the clause that follows. The noun may be the first of a compound ("captain"
    of "captain Dean Orr"): the phrase's head decides."""
    head = det.head
    while head.dep_ == "compound" and head.head.i > head.i:
        head = head.head
    return head.tag_ in ("NNP", "NNPS", "NNS") and head.dep_ in ("nsubj", "nsubjpass")


def _demonstrative_subject(tok: Token) -> bool:
    """True for "that" as the subject of the reported clause, right before its verb ('said
    that was "a lie"', 'said that's untrue'); not a relative pronoun ('a plan that seemed to
    ...') nor a complementizer the parser took for a subject ('said that concerns ...')."""
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ in ("relcl", "acl"):
        return False
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return nxt is not None and (nxt.tag_.startswith("VB") or nxt.tag_ == "MD")


def trim(doc: Doc, lo: int, hi: int) -> tuple[int, int] | None:
    """Character range of tokens [lo, hi) without edge punctuation, a leading conjunction or
    complementizer ("that"), a trailing conjunction (:func:`_trailing`) or an audience's
    reaction (:func:`_without_reaction`); None if empty."""
    lo = past_dateline(doc, lo, hi)
    while lo < hi and (doc[lo].is_punct or doc[lo].is_space or _leading(doc[lo])):
        lo += 1
    hi = _without_reaction(doc, lo, _before_gloss(doc, lo, hi))
    while hi > lo and (
        ((doc[hi - 1].is_punct or doc[hi - 1].is_space) and not _closes(doc, lo, hi))
        or _trailing(doc[hi - 1])
    ):
        hi -= 1
    if hi - lo < 2:
        return None
    return doc[lo].idx, doc[hi - 1].idx + len(doc[hi - 1])


#: Sounds an audience makes, after "to": 'announced the plan to applause', 'unveiled it to
#: loud cheers', 'to a standing ovation'.
_REACTIONS = frozenset(
    word_list(
        """
        applause cheers cheering laughter boos booing jeers jeering ovation ovations gasps groans
        acclaim derision
        """
    )
)


def _without_reaction(doc: Doc, lo: int, hi: int) -> int:
    """``hi`` before "to" and an audience's reaction ('announced the plan to applause from the
    crowd', 'announced it to loud cheers late on Friday'): how the words were received, not
    what they were. The parser often reads "to applause" as an infinitive."""
    for k in range(lo + 1, hi - 1):
        if doc[k].lower_ != "to":
            continue
        j = k + 1
        while j < hi - 1 and doc[j].tag_ in ("DT", "JJ", "RB"):
            j += 1  # 'to a standing ovation', 'to loud cheers'
        if doc[j].lower_ in _REACTIONS:
            return k
    return hi


def _closes(doc: Doc, lo: int, hi: int) -> bool:
    """True for a last token that belongs to the content: a percent sign ("by about 40%"), or
    a bracket closing one the content opened ("the party (the GOP)")."""
    last = doc[hi - 1].text
    if last == "%":
        return True
    pairs = {")": "(", "]": "["}
    return last in pairs and any(t.text == pairs[last] for t in doc[lo : hi - 1])


#: Dashes that set off an aside in running text.
_DASHES = ("—", "–", "--")
#: Punctuation between a quotation and a gloss on it, or before a writer's aside.
_GLOSS_LEADS = (",", *_DASHES)


def _gloss_lead(tok: Token) -> bool:
    """A comma or a dash before a gloss: also a hyphen standing alone between spaces, the
    dash of plain typed text ('"burning the Constitution" - a charge that ...'; not the
    hyphen of "AFL-CIO", which the tokenizer keeps whole or leaves unspaced)."""
    if tok.text in _GLOSS_LEADS:
        return True
    return (
        tok.text == "-" and bool(tok.whitespace_) and tok.i > 0 and bool(tok.nbor(-1).whitespace_)
    )


def _before_gloss(doc: Doc, lo: int, hi: int) -> int:
    """``hi`` cut at the closing mark of a quotation that the writer glosses after a comma or
    a dash, to the content's end: an apposition or a "which", "who" or "where" clause on the
    quoted words ('after what she called a "rant," a series of online postings', 'denounce
    "self-deportation," which is like a chocolate sundae', 'the "Charleston loophole," a flaw
    in the FBI's system'). The gloss explains the speaker's words to the reader; it is not
    what was said. Not a gloss that quotes the speaker again ('"...," which led to "the
    disclosure"'), nor one on a title ('"Wild Rose," a story about ...'), which is no one's
    words, nor one the content goes on after ('"The Sopranos," a show that ..., and "The
    Wire" were among ...')."""
    end = hi
    while end > lo and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    for i in range(lo + 1, end - 1):
        tok = doc[i]
        if not tok.is_quote or not (doc[i - 1].text == "," or _gloss_lead(doc[i + 1])):
            continue
        if tok.text not in _CLOSING and not sum(t.is_quote for t in doc[lo:i]) % 2:
            continue  # '"' and "''" open and close alike: this one opens
        j = i + 2 if _gloss_lead(doc[i + 1]) else i + 1
        gloss = any(
            t.left_edge.i == j
            and t.head.i < i
            and t.right_edge.i + 1 >= end
            and not any(g.is_quote for g in doc[j:end])  # quoted, it is the speaker's too
            and (
                t.dep_ == "appos"
                or (t.dep_ == "relcl" and doc[j].lower_ in _GLOSS_WORDS)
                or (t.lower_ in _GLOSS_NOUNS and t.pos_ == "NOUN")
            )
            for t in doc[j:end]
        )
        opening = next((k for k in range(i - 1, lo - 1, -1) if doc[k].is_quote), lo)
        words = [t.text for t in doc[opening + 1 : i] if t.is_alpha]
        if gloss and not (words and all(w[0].isupper() for w in words)):
            return i
    return hi


#: Marks that only close a quotation.
_CLOSING = ("”", "’", "»")
#: Relative words that open a gloss.
_GLOSS_WORDS = {"which", "who", "where"}
#: Nouns for the quoted words themselves: a noun phrase they head after the quotation is the
#: writer's gloss whatever the parser made of it ('the decision was "painful but unavoidable"
#: — a phrase repeated three times in its statement'), also one that names the words as a
#: charge or claim ('likened the plan to "burning the Constitution" - a charge that stung').
_GLOSS_NOUNS = frozenset(
    word_list(
        """
        phrase phrases term terms word words expression expressions description label line
        slogan nickname epithet remark characterization characterisation catchphrase refrain
        charge claim accusation assertion allegation comparison insult quip jab boast
        """
    )
)


def with_marks(
    text: str, span: tuple[int, int] | None, quoted: list[Quoted]
) -> tuple[int, int] | None:
    """``span`` (offsets in ``text``) grown to the marks of a quotation it starts or ends with.

    Reported content that ends with a quotation ('says he is "effectively tied for second."')
    ends at the closing mark, not at the last word, and one that starts with a quotation's
    first word starts at its opening mark: the marks belong to the quotation, so content that
    is mostly the speaker's own words counts them (see
    :data:`tidings.analyze.quotes.MIXED_SHARE`).
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
        elif (
            q.closed
            and lo <= q.open_mark
            and q.start < hi < q.close_mark
            and ":" not in text[lo : q.open_mark]
        ):
            # 'Reyes said that was "a lie, and he knows it."': the parse cut the content at a
            # comma inside the quotation it opened; the speaker's quoted words are all his (a
            # quotation after a colon has an attribution of its own: 'Carl Bialik: "..."')
            hi = q.close_mark + 1
    return lo, _closed_quotation_end(text, lo, hi, quoted)


def _closed_quotation_end(text: str, lo: int, hi: int, quoted: list[Quoted]) -> int:
    """``hi`` cut at the closing mark of a quotation that opens the content after a comma or
    a colon and closes on its own punctuation ('Sanders had said, "We'll see," when asked
    whether ...', 'Trump said, "You tell me," repeatedly, before ...'): the quotation is what
    was said, and the words after it are the writer's (when, how, what came next). A quotation
    that runs on into the writer's words with no punctuation of its own ('said, "I have not
    heard that concern" from officials') is one phrase with them and stays whole."""
    hi = _before_writers_as(text, lo, hi, quoted)
    q = next((q for q in quoted if q.open_mark == lo), None)
    if q is None or not q.closed or hi <= q.close_mark + 1:
        return hi
    lead = text[:lo].rstrip()[-1:]
    last = text[q.start : q.close_mark].rstrip(" '")[-1:]
    if lead in (",", ":") and last in (",", ".", "!", "?"):
        return q.close_mark + 1
    return hi


#: The writer's scene right after a closing mark: an "as" clause with a pronoun subject ('as
#: he faces a test'; after "as the" or "as a" a role is as likely, 'accept "X" as a reason').
#: Not "before"/"after" a gerund: 'needed "a real study" before committing the money' is
#: still what was said.
_WRITERS_AS = re.compile(r"[ \t]*,?[ \t]+as[ \t]+(?:he|she|they|we|I)[ \t]+[a-z]+")


def _before_writers_as(text: str, lo: int, hi: int, quoted: list[Quoted]) -> int:
    """``hi`` cut at the closing mark of a quotation inside the content that the writer's
    scene follows ('says he's "excited where we stand" as he faces a test in South
    Carolina'): once the marks close, the words are the writer's again, and an "as" clause
    with a pronoun subject sets the scene rather than going on with what was said."""
    for q in quoted:
        inside = q.closed and lo < q.open_mark and q.close_mark + 1 < hi
        if inside and _WRITERS_AS.match(text, q.close_mark + 1):
            return q.close_mark + 1
    return hi


#: Punctuation that may stand between a quotation's last word and its closing mark.
_TAIL = " .,;:!?…-—–"


def clause_end(head: Token) -> int:
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
            and (tok.dep_ != "conj" or tok.tag_ == finite_tense(head.head) or tok.tag_ != head.tag_)
            and not _passive_not_quoted(tok)
            and not _shares_perfect(tok, head)
            and not _aspectual(tok)
            and not _backshifted(tok, head)
            and not _premodifying_participle(tok)
        )
        cue = cue or misread_conjunct_cue(tok) is not None or _out_of_modal(tok, head)
        if cue and _marked_by(tok, _THAT):
            cue = False  # '... and that she wanted to move on': a second complement
        # the writer's own addition after a comma: a participle ('..., referring to the
        # convention'), a non-restrictive relative clause ('the Zika virus, which is spread
        # by mosquitoes') or a dash aside ('- a play on words ...')
        aside = _writers_aside(tok) and not _between_dashes(tok, end)
        aside = (aside and not _quoted_relative(tok)) or _counterpoint(tok)
        if cue or aside:
            cut = tok.left_edge.i
            while cut > head.i and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc"):
                cut -= 1
            quotes = sum(t.is_quote for t in doc[head.left_edge.i : tok.left_edge.i])
            if aside and not cue and quotes % 2:
                continue  # an aside inside the speaker's own quoted words stays
            if cue and any(q.start <= tok.idx < q.end for q in find_quoted(text_of(doc))):
                # a verb inside the speaker's quoted words is no next act of his: 'the
                # donations were "lawful, disclosed and entirely unrelated" to the contract'
                continue
            return cut
    return end


def _quoted_relative(tok: Token) -> bool:
    """True for a relative clause after a preposition whose verb is inside quotation marks:
    'she had one call with the mayor, in which he "asked, and I refused, to move the vote"'.
    The clause goes on with the speaker's own quoted account, so it is part of what was said,
    not the writer's aside (:func:`_preposition_relative`); one whose verb stands outside the
    marks ('..., in which he said "..."') has a cue of its own and is still cut."""
    doc = tok.doc
    return _preposition_relative(doc[tok.left_edge.i]) and any(
        q.start <= tok.idx < q.end for q in find_quoted(text_of(doc))
    )


#: Words that open a clause setting another statement against the reported one.
_COUNTERPOINT_LEADS = frozenset(("while", "whereas"))


def _counterpoint(tok: Token) -> bool:
    """True when ``tok`` heads a clause in which the writer sets a second statement, with its
    own speaker, cue and clause, against the reported one: 'argued that the highway would pay
    for itself even as the budget office estimated that it would cost $2 billion'. The
    parser hangs it on the reported clause with no comma before it; the speaker did not say
    what the budget office estimated, and that estimate is an attribution of its own (inside
    the first content it would be dropped as part of the speaker's words)."""
    if tok.dep_ != "advcl" or not cue_lemma(tok.lower_) or is_stance(tok.lower_):
        return False
    doc = tok.doc
    lead = doc[tok.left_edge.i]
    even_as = lead.lower_ == "even" and doc[lead.i + 1].lower_ == "as"
    if not (even_as or lead.lower_ in _COUNTERPOINT_LEADS):
        return False
    kids = list(tok.children)
    return any(c.dep_ == "nsubj" for c in kids) and any(c.dep_ == "ccomp" for c in kids)


#: Past participles of saying that premodify a noun as adjectives ('reported cases', 'the
#: alleged bribe', 'admitted patients'): after "but" or "and" they open no second statement.
_ADJECTIVAL_PARTICIPLES = frozenset(
    word_list(
        """
reported confirmed alleged claimed stated announced estimated predicted projected proposed
promised noted described quoted expected disputed denied admitted rejected suggested
recommended requested demanded ordered advertised published written declared
"""
    )
)


def _premodifying_participle(tok: Token) -> bool:
    """True for a participle of saying after "and"/"or" that the parser joined to the reported
    verb though it premodifies the noun right after it: in 'asked that the city publish the
    audit and written replies' "written replies" is the second thing to publish, not the
    speaker's next act ("wrote"). A next act is told in the past tense, with no noun glued to
    a bare participle ('and wrote to the mayor')."""
    doc = tok.doc
    return (
        tok.tag_ == "VBN"
        and tok.lower_ in _ADJECTIVAL_PARTICIPLES
        and tok.i > 0
        and doc[tok.i - 1].lower_ in ("and", "or")
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].dep_ == "dobj"
        and doc[tok.i + 1].head.i == tok.i
        and not any(c.dep_ in ("nsubj", "aux", "auxpass") for c in tok.children)
    )


def misread_conjunct_cue(tok: Token) -> Token | None:
    """The verb of the clause a second verb of saying opens when the parser misread the verb as
    an adjective of the clause's subject: in 'said the tariffs were "painful" but insisted
    progress had been made' "insisted" (past tense after "but" or "and") hangs on "progress"
    as its modifier. It is the speaker's next act, with the clause as its content (and the
    first content ends before "but", :func:`clause_end`). None for any other token, and for
    participles that are adjectives as often as verbs ('but reported cases had doubled')."""
    doc = tok.doc
    if (
        tok.dep_ not in ("amod", "compound")
        or tok.tag_ not in ("VBD", "VBN")
        or tok.i == 0
        or doc[tok.i - 1].lower_ not in ("but", "and")
        or tok.lower_ in _ADJECTIVAL_PARTICIPLES
        or not cue_lemma(tok.lower_)
    ):
        return None
    subject = tok.head
    clause = subject.head
    if (
        subject.i <= tok.i
        or subject.dep_ not in ("nsubj", "nsubjpass")
        or clause.i <= subject.i
        or clause.pos_ not in ("VERB", "AUX")
    ):
        return None
    return clause


def _out_of_modal(verb: Token, head: Token) -> bool:
    """True for a verb joined to a reported clause under a modal that is in the cue's own past
    or present tense: in 'Smith said that the company would cut prices and left the room' the
    parser joins "left" to "cut", but a verb that shares "would" is bare ("and leave"), so a
    finite one is the speaker's next act. Only after "and", "or" or "but" (a verb the parser
    joined with no conjunction is a misparse of something else), and a past form the same as
    the bare verb ("set", "put", :func:`_not_bare`) is no sign."""
    return (
        verb.dep_ == "conj"
        and verb.head.i == head.i
        and verb.pos_ == "VERB"
        and verb.tag_ in ("VBD", "VBZ")
        and verb.tag_ == finite_tense(head.head)
        and _not_bare(verb)
        and verb.left_edge.i > 0
        and verb.doc[verb.left_edge.i - 1].lower_ in ("and", "or", "but")
        and any(c.dep_ == "aux" and c.tag_ == "MD" for c in head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _not_bare(verb: Token) -> bool:
    """True for a finite form no bare verb shares: a present in -s, a past in -ed ("proceed"
    and "need" end so too, hence not -eed) or a common irregular past ("left", "took")."""
    word = verb.lower_
    if verb.tag_ == "VBZ":
        return True
    return (word.endswith("ed") and not word.endswith("eed")) or word in IRREGULAR_PASTS


def _shares_perfect(verb: Token, head: Token) -> bool:
    """True for an act verb joined to a reported clause in the past perfect that shares its
    "had" ('said ministers had considered a larger cut but rejected it'): with no subject or
    auxiliary of its own it is the reported subject's second act, so the content goes on. A
    verb of saying there ('... had risen and said that ...') and a past verb after a present
    perfect ('said prices have risen and criticised the bank') are still the speaker's next
    act."""
    return (
        verb.dep_ == "conj"
        and verb.tag_ in ("VBD", "VBN")
        and not cue_lemma(verb.lower_)
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in head.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _aspectual(verb: Token) -> bool:
    """True for a verb that only tags a quotation used with an object or an infinitive ('said
    the driver was too weak and could not continue the trip'): "continue" there tells what the
    reported subject could not do, no next statement of the speaker's (see
    :data:`tidings.analyze.cues.TAG_ONLY`), so the reported clause goes on."""
    return cue_lemma(verb.lower_) in TAG_ONLY and any(
        c.dep_ in ("dobj", "xcomp") for c in verb.rights
    )


def _backshifted(verb: Token, head: Token) -> bool:
    """True for a verb joined to a reported clause in the past perfect when the cue is in the
    simple past ('The neighbors related that the couple did leave and had warned police of the
    danger'): the past perfect is the reported clause's own shift back in time, while the
    speaker's next act ('... and warned police') is told in the cue's tense."""
    cue = head.head
    return (
        verb.dep_ == "conj"
        and verb.tag_ == "VBN"
        and _with_had(verb)
        and finite_tense(cue) == "VBD"
        and not _with_had(cue)
    )


def _with_had(verb: Token) -> bool:
    """True for a verb with the auxiliary "had" (the past perfect)."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _passive_not_quoted(verb: Token) -> bool:
    """True for a verb of saying in the passive ('said the money was for road repairs and had
    been discussed for weeks'): its subject is what was discussed, not the speaker, so it goes
    on with the reported clause rather than start the speaker's next act; "was quoted as
    saying" is the one passive that still speaks."""
    return verb.lemma_ != "quote" and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


def _between_dashes(tok: Token, end: int) -> bool:
    """True for an aside set off by a pair of dashes with more of the content after the second
    ('said they had begun replacing the city's 1,600 miles of pipes — which were made of iron
    — with plastic ones', 'gave passes to friends – longtime donors from Ohio – as a way to
    ...'): the writer interrupts the reported clause and goes back to it, so
    the aside does not end what was said (one dash with nothing after its aside still does).
    The second dash is looked for in the text: the parser often hangs it, and what follows it,
    on the aside."""
    doc = tok.doc
    start = tok.left_edge.i
    if tok.dep_ not in ("relcl", "appos") or start == 0 or doc[start - 1].text not in _DASHES:
        return False
    return any(
        doc[k].text == doc[start - 1].text
        and not doc[k + 1].is_punct
        # an apposition followed by a verb is a new subject's ('asked who ..., the majority
        # – 55 percent – named Britain'): the reported clause did end at the first dash
        and (tok.dep_ == "relcl" or doc[k + 1].pos_ not in ("VERB", "AUX"))
        for k in range(start, end - 1)
    )


def _writers_aside(tok: Token) -> bool:
    """True for the first word of an aside after a comma or dash (see :func:`clause_end`)."""
    doc = tok.doc
    k = tok.left_edge.i - 1
    while k > 0 and doc[k].is_quote and doc[k - 1].text == ",":
        k -= 1  # '..., "the wrong message at the wrong time," while Shaheen accused ...'
    lead = doc[k] if k >= 0 else None
    if lead is None or lead.text not in _GLOSS_LEADS:
        return False
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.left_edge.i == tok.i:
        # the speaker's next act ('..., referring to the convention', '..., adding that'); a
        # participle that goes on with the reported clause ('it raised $21 million, bringing
        # its total to $95 million') is part of it
        return bool(cue_lemma(tok.lower_) or act_lemma(tok.lower_) or tok.lower_ == "referring")
    if tok.dep_ == "relcl" and doc[tok.left_edge.i].lower_ in ("which", "who"):
        return True
    if tok.pos_ in ("VERB", "AUX") and _preposition_relative(doc[tok.left_edge.i]):
        # '..., during which he was seen in London': as "which", the writer's (the parser
        # may take the relative clause for a complement)
        return True
    if (
        tok.dep_ == "advcl"
        and lead.text == ","
        and doc[tok.left_edge.i].lower_ == "as"
        and any(c.dep_ == "nsubj" and c.lower_ in ("he", "she") for c in tok.children)
    ):
        # '... told lawmakers it was his duty to report it, as he deflected attacks': what the
        # speaker did as they spoke, the writer's narration
        return True
    if (
        tok.dep_ in ("advcl", "conj")
        and doc[tok.left_edge.i].lower_ in ("while", "whereas")
        and (cue_lemma(tok.lower_) or act_lemma(tok.lower_))
    ):
        # '... said they prefer an outsider, while about 4 in 10 want one with experience':
        # the writer sets a second group's view beside the first, an attribution of its own
        return True
    if lead.text == "," and source_preposition(tok) is not None:
        # 'Executives said routes could be cut, according to two people briefed on the plans'
        # (or 'per two people'): who passed the report on, an attribution of its own around
        # this one
        return True
    if (
        tok.dep_ in ("advcl", "conj")
        and doc[tok.left_edge.i].lower_ in ("though", "although", "but")
        and any(c.dep_ == "nsubj" for c in tok.children)
        and (cue_lemma(tok.lower_) or act_lemma(tok.lower_))
        and any(c.dep_ == "ccomp" for c in tok.children)
    ):
        # '... said the company had made no decision, though she acknowledged that some routes
        # were losing money': a second statement, with its own cue and content
        return True
    return lead.text != "," and tok.dep_ == "appos"


def _preposition_relative(first: Token) -> bool:
    """True for a preposition and "which" or "whom" opening a relative clause ('during which',
    'in which', 'for whom'): a non-restrictive relative clause after a comma, like one opened
    by "which", is the writer's gloss on a noun, not part of what was said. Not "which" as a
    determiner ('by which time the budget would pass' says when, in the speaker's clause)."""
    doc = first.doc
    return (
        first.dep_ == "prep"
        and first.i + 1 < len(doc)
        and doc[first.i + 1].lower_ in ("which", "whom")
        and doc[first.i + 1].dep_ == "pobj"
    )


#: Dependents that may stand between a noun of saying and its "that" clause: a time or place
#: phrase ('his statement on Wednesday that ...', 'her comments before a House committee that').
_NOUN_PHRASE_DEPS = {"prep", "pobj", "det", "amod", "compound", "nummod", "poss", "case"}


def detached_that_clause(noun: Token) -> Token | None:
    """The "that" clause of a noun of saying that the parser hung elsewhere ('He was challenged
    over his statement on Wednesday that "Islam hates us"', 'ads using her comments before a
    House committee that "I was responsible ..."': the clause went to the verb, as for verbs in
    :func:`_that_clause`). A complementizer "that" with a subject of its own, after no more than
    a time or place phrase, opens what was stated ("of" opens none: 'his rejection of the
    idea that he was wrong'). The verb of the clause is returned."""
    doc = noun.doc
    for k in range(noun.i + 1, min(noun.sent.end, noun.i + 8)):
        tok = doc[k]
        if tok.lower_ == "that" and tok.dep_ == "mark":
            clause = tok.head
            if clause.i > k and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
                return clause
            return None
        if tok.dep_ not in _NOUN_PHRASE_DEPS or (tok.dep_ == "prep" and tok.lower_ == "of"):
            return None  # 'his rejection of the idea that ...': the clause is the idea's
    return None


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
                return trim(doc, tok.i, clause_end(clause))
    return None


#: Subordinators whose clause, hung on the cue by the parser, still belongs to what was said:
#: a reason or a condition ('The AP said it did not include them because ...').
_REPORTED_MARKS = {"because", "if", "unless", "although", "though", "since"}


def _quoted_own_clause(verb: Token, clause: Token) -> bool:
    """True for a clause of stance or intent with a pronoun subject of its own, the speaker
    again, that quotes words ('Ann Hill said the plan was "a good start" but she wanted "much
    more."', '... but he feels confident that ...'): joined by "but" to what was said, it goes
    on with the speaker's words, though its verb is a cue of its own. A verb of saying or an
    act ('... but he said that ...', '... but he called her actions "careless"') reports anew;
    with no subject ('..., but added that ...'), another person ('... but he called it "a
    mess"' after Ann Hill) or no quotation it is someone's next act, not what was said."""
    doc = clause.doc
    pronoun = next(
        (c for c in clause.children if c.dep_ == "nsubj" and c.lower_ in _SPEAKER_PRONOUNS), None
    )
    if not is_stance(clause.lower_) or pronoun is None or not _same_speaker(verb, pronoun):
        return False  # '... but he said that ...', '... but he called it "..."': a new report
    subj = next(c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    gender = gender_of(doc[subj.left_edge.i : subj.i + 1].text) if subj.pos_ == "PROPN" else None
    if gender is not None and PRONOUN_GENDER.get(pronoun.lower_) not in (None, gender):
        return False
    return any(t.is_quote for t in doc[clause.i : clause.right_edge.i + 1])


def _reported_tail(verb: Token, end: int) -> int:
    """``end`` pushed past clauses the parser hung on the cue after its complement that are
    still the speaker's: a reason or a condition ('said it did not include those meetings
    because ...', '... should the opportunity present itself'), a clause joined by "but"
    ('said he'll support the nominee, but beyond that, he doesn't want to be involved'), and
    a participle going on with it ('..., bringing its total to ...'). Time and manner clauses
    ('... as he faces a test') and the speaker's next act ('..., referring to ...', '...,
    adding ...') are the writer's."""
    for r in verb.rights:
        if r.i < end or r.dep_ in ("punct", "cc"):
            continue
        mark = next((c.lower_ for c in r.children if c.dep_ == "mark"), None)
        reason = r.dep_ == "advcl" and mark in _REPORTED_MARKS
        cue = cue_lemma(r.lower_) or act_lemma(r.lower_) or r.lower_ == "referring"
        but = (
            r.dep_ == "conj"
            and verb.doc[r.left_edge.i - 1].lower_ == "but"
            and (not cue or _quoted_own_clause(verb, r))
        )
        # 'should the opportunity present itself': a condition by inversion
        inverted = r.dep_ in ("advcl", "ccomp") and verb.doc[r.left_edge.i].lower_ in (
            "should",
            "had",
        )
        # 'says it raised $21 million, bringing its total to $95 million': a participle that
        # goes on with what the reported clause says (one of saying, 'adding', 'referring to',
        # is the speaker's next act)
        goes_on = r.dep_ == "advcl" and r.tag_ == "VBG" and r.left_edge.i == r.i and not cue
        if not (reason or but or inverted or goes_on):
            break
        end = r.right_edge.i + 1
    return end


def _parenthetical_tail(verb: Token, end: int) -> int:
    """``end`` pushed to the sentence's end when the cue is a parenthetical inside the clause
    it reports: in 'The emails were on a variety of topics, the Times said, including speeches
    ...' or 'The argument would be aided, Devine said, by the upcoming calendar' the words
    after the cue's closing comma finish the reported clause. Not when they are the writer's:
    a participle ('..., he said, referring to ...', 'adding ...'), an apposition ('..., Sanders
    said, a policy that ...'), 'with ...', or a new quotation."""
    doc = verb.doc
    sent = verb.sent
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or doc[min(subj.left_edge.i, verb.i) - 1].text != ",":
        return end
    k = verb.i + 1
    while k < sent.end and doc[k].text != "," and doc[k].head.i == verb.i:
        k += 1  # 'said Tuesday', 'told reporters'
    if k >= sent.end - 2 or doc[k].text != ",":
        return end
    first = doc[k + 1]
    if _speakers_next_clause(verb, first):
        return end  # '..., she said, though she declined to say by how much'
    if (
        first.is_quote
        or first.lower_ == "who"
        or source_preposition(first) is not None
        or (first.lower_ == "with" and not _absolute_with(first))
        or first.tag_ == "DT"  # '..., Sanders said, a policy that ...': the writer's aside
        or (first.tag_ in ("VBG", "VBN") and first.lower_ != "including")
    ):
        return end
    last = sent.end
    while last > k and (doc[last - 1].is_punct or doc[last - 1].is_space):
        last -= 1
    return max(end, last)


def _absolute_with(first: Token) -> bool:
    """True when "with" after a parenthetical cue opens an absolute clause, a noun and its
    participle: in 'Climate change is partly to blame, researchers believe, with warmer seas
    pushing the fish north' or 'The race is tied, the poll shows, with each candidate drawing
    40 percent' it gives the reason or the detail of the claim and finishes it (PolNeAR
    annotates it with the claim). A bare "with" phrase ('..., he said, with a smile') is the
    writer's."""
    obj = next((c for c in first.children if c.dep_ == "pobj"), None)
    return obj is not None and any(
        c.dep_ == "acl" and c.tag_ in ("VBG", "VBN") and c.i > obj.i for c in obj.children
    )


#: Words that open a clause after a cue's closing comma: a concession, a contrast, a time or
#: a second clause ('..., she said, though she declined to ...', '..., he said, and he expects').
_NEXT_CLAUSE_LEADS = frozenset(
    ("though", "although", "but", "yet", "while", "before", "after", "and")
)

#: Pronouns that can take up a speaker named as a person or a group.
_SPEAKER_PRONOUNS = frozenset(("he", "she", "they"))

#: Verbs of refusing or failing to tell: the speaker's act, whatever the clause's subject.
_WITHHOLDING = frozenset(("decline", "refuse"))


def _speakers_next_clause(verb: Token, first: Token) -> bool:
    """True when the clause that ``first`` opens, after a cue and its comma, tells what the
    speaker did next rather than finishing what was said: 'Profits fell, she said, though she
    declined to say by how much', 'Sales rose, the company said, though it did not say by how
    much', '..., he said, but he gave no figures'. Such a clause opens with a concession, a
    contrast or a time word and either has the speaker's pronoun for subject or is itself a
    verb of saying or of refusing; 'The plant will close, she said, though it may reopen' goes
    on with what she said."""
    if first.lower_ not in _NEXT_CLAUSE_LEADS or first.i == 0 or verb.doc[first.i - 1].text != ",":
        return False
    clause = first.head if first.dep_ == "mark" else _clause_after(first)
    if clause is None or clause.i <= first.i:
        return False
    if any(t.is_quote for t in verb.doc[first.i + 1 : clause.i]):
        return False  # '..., Strother said, but "we don't ask them ...": the speaker's words
    said = cue_lemma(clause.lower_) and not is_stance(clause.lower_)
    if said or act_lemma(clause.lower_) in _WITHHOLDING:
        return True
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj is not None and subj.lower_ in _SPEAKER_PRONOUNS and _same_speaker(verb, subj)


def _clause_after(lead: Token) -> Token | None:
    """The verb of the clause a coordinator ("and", "but") opens: the first verb after it."""
    for tok in lead.doc[lead.i + 1 : lead.sent.end]:
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("aux", "auxpass"):
            return tok
    return None


def _same_speaker(verb: Token, pronoun: Token) -> bool:
    """True when ``pronoun`` can take up the cue's subject: the same pronoun, or "he"/"she"
    for a named or described person, "they" for a plural noun."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ == pronoun.lower_
    plural = subj.tag_ in ("NNS", "NNPS")
    return pronoun.lower_ == "they" if plural else pronoun.lower_ in ("he", "she")


#: Subordinators that open an adverbial clause (when, why), never what was said.
_ADVERBIAL_MARKS = {"after", "before", "when", "while", "until", "once", "since", "because"}
#: The complementizer of a reported clause.
_THAT = frozenset(("that",))


def _marked_by(clause: Token, words: Collection[str]) -> bool:
    """True when ``clause`` is opened by one of ``words`` as its marker ("that", "after" ...)."""
    return any(c.dep_ == "mark" and c.lower_ in words for c in clause.children)


#: Prepositions whose object is what a cue in an "as" clause is about ("called for a strike");
#: "to" and "in" name whom and where it was said ('as Weiner put it in his memo to employees').
_OWN_TOPIC = frozenset(("for", "about", "on", "against", "of", "over"))


def _own_object(verb: Token) -> bool:
    """True when a cue in an "as" clause says or does something of its own: in 'Vautrin
    defended the reform as unions called for a strike' the unions called for a strike, and in
    '..., as she sought to calm the markets' she sought something ('as Smith put it', 'as he
    told reporters' frame the clause they sit in)."""
    addressee = cue_lemma(verb.lower_) in ADDRESSEE_VERBS
    for c in verb.children:
        if c.dep_ in ("xcomp", "ccomp") and c.lower_ not in ("it", "this", "so"):
            return True
        if c.dep_ == "dobj" and not addressee and c.lower_ not in ("it", "this", "so"):
            return True
        if (
            c.dep_ == "prep"
            and c.lower_ in _OWN_TOPIC
            and any(g.dep_ == "pobj" and g.ent_type_ not in ("DATE", "TIME") for g in c.children)
        ):
            return True  # ('as the opposition claimed on Monday' frames: a time, no topic)
    return False


def _object_after(verb: Token) -> bool:
    """True when a cue has a direct object after it ('endorsed anyone', 'backed Smith'), so it
    is no tag of the clause before it: a tag takes no object ('..., she said', '..., the
    report found'), only a listener after a verb of telling ('..., he told reporters'). Not
    an inverted cue right after the comma ('..., said another witness'), whose object in the
    parse is its speaker (a source, with no subject before the cue)."""
    doc = verb.doc
    if cue_lemma(verb.lower_) in ADDRESSEE_VERBS:
        return False
    inverted = doc[verb.i - 1].text == "," and not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i for c in verb.children
    )
    return any(
        c.dep_ == "dobj"
        and c.i > verb.i
        and not (inverted and source_like(c))
        and c.lower_ not in ("it", "this", "so")
        # right after the cue: 'said in his 2012 book, "An American Son."' names the book
        and not any(t.is_punct for t in doc[verb.i + 1 : c.left_edge.i])
        for c in verb.children
    )


def _bare_tag(clause: Token) -> bool:
    """True for a clause that is only a speaker and a verb of saying after a quotation ("she
    recalled", "he said"), with nothing it says of its own after it: a tag, never the content
    of another cue."""
    if not cue_lemma(clause.lower_) or is_stance(clause.lower_):
        return False
    subj = next((c for c in clause.children if c.dep_ == "nsubj" and c.i < clause.i), None)
    if subj is None or not _after_quotation(clause.doc, subj.left_edge.i):
        return False  # 'Those discussions are continuing, he said': a clause, no tag
    return not any(
        (c.i > clause.i and not c.is_punct)
        or (subj.i < c.i < clause.i and c.dep_ not in ("advmod", "aux", "neg"))
        for c in clause.children
    )


def _after_quotation(doc: Doc, k: int) -> bool:
    """True when token ``k`` comes right after a closing quote mark (and a comma or dash)."""
    j = k - 1
    while j >= 0 and doc[j].text in _GLOSS_LEADS:
        j -= 1
    return j >= 0 and doc[j].is_quote


def _titled_work(clause: Token) -> bool:
    """True when ``clause`` opens inside quote marks right after a noun naming a work (a
    comma between them or not): the title of a book or a show, which the parser can read as a
    clause ('book, "Raise Your Child Debt Free,"')."""
    doc = clause.doc
    k = clause.i - 1
    while k >= 0 and doc[k].i > clause.left_edge.i - 1 and not doc[k].is_quote:
        k -= 1  # back over the title's first words to its opening mark
    if k < 1 or not doc[k].is_quote:
        return False
    words = []
    for tok in doc[k + 1 :]:
        if tok.is_quote:
            break
        words.append(tok)
    if not all(t.text[0].isupper() or len(t) <= 4 for t in words if t.is_alpha):
        return False  # 'The Minors program "is gaining traction"': words, not a title
    j = k - 1
    if doc[j].text == ",":
        j -= 1
    return j >= 0 and doc[j].lower_ in WORK_NOUNS


def _opens_quotation(mark: Token) -> bool:
    """True for a mark that opens a quotation: a curly or angled one, or a straight one with a
    space before it and none after ('... "we live in a society" He added' has the straight
    mark closing a quotation right where a clause ends)."""
    if mark.text != '"':
        return mark.text in OPENING_MARKS
    doc = mark.doc
    spaced_before = mark.i == 0 or bool(doc[mark.i - 1].whitespace_)
    return spaced_before and not mark.whitespace_


def _split_clause_end(verb: Token, child: Token, end: int) -> int:
    """Where the content ends when the parser split the reported clause in two: in 'The union
    said it was pleased workers would get a raise' or 'the ministry said it was satisfied
    children can safely attend' the adjective's own clause (no "that") became a second
    complement of the cue, so the content stopped at "it was". Two complements of one verb are
    joined by a comma, a dash or a conjunction (which the parser may hang on either clause);
    one that starts right where the first ends, with none of those at the seam, is the rest of
    the same clause. ``end`` otherwise."""
    doc = verb.doc
    if end >= len(doc) or _seam(doc[end - 1]) or _seam(doc[end]):
        return end
    for other in verb.rights:
        if other is not child and other.dep_ == "ccomp" and other.left_edge.i == end:
            if cue_lemma(other.lower_) or act_lemma(other.lower_):
                # 'Republicans said they were convinced the agency erred and Democrats
                # accused ...': a conjunction the parser hid in the first clause; a verb of
                # saying after it is another speaker's report
                return end
            return clause_end(other)
    return end


def _seam(tok: Token) -> bool:
    """True for a token that joins two clauses: punctuation or a conjunction."""
    return tok.is_punct or tok.dep_ in ("cc", "preconj") or tok.pos_ == "CCONJ"


def _quoted_run_on(verb: Token, child: Token, end: int) -> int:
    """Where the content ends when a quotation runs straight on from the reported clause: in
    'The director said countries must keep testing in place "so we are not blind."' the
    parser hangs the quoted clause on the cue as a second complement, and the content stopped
    at "place". A clause of the cue that opens with a quotation mark right where the reported
    clause ends, with no comma or conjunction between, is the speaker's own words finishing
    it (a mixed report); ``end`` otherwise. The parser may also make the quoted clause the
    sentence's root, with the cue's clause its complement."""
    doc = verb.doc
    if end >= len(doc) or not _opens_quotation(doc[end]):
        return end
    for other in verb.rights:
        if other is not child and other.dep_ in ("ccomp", "advcl") and other.left_edge.i == end:
            return clause_end(other)
    opened = doc[end].head
    if opened.i > end and verb.head.i == opened.i and verb.dep_ in ("ccomp", "parataxis"):
        # '... urged countries to keep testing in place "so we are not blind."': the quoted
        # clause became the root, the cue its complement
        return clause_end(opened)
    return end


def content_of(verb: Token) -> tuple[int, int] | None:
    """The reported content of a cue: its clausal complement, or the clause it interrupts."""
    doc = verb.doc
    opened = _object_opens_clause(verb)
    if opened is not None:
        return opened
    # a complement after the cue with a subject of its own comes first: in 'Clinton isn't
    # rattled - in fact, she said it "humanizes" her' the clause before is the writer's
    after = [c for c in verb.rights if c.dep_ == "ccomp" and _has_subject(c)]
    after = [c for c in after if not _speakers_next_clause(verb, doc[c.left_edge.i])]
    for child in after[:1] + [c for c in verb.children if c not in after[:1]]:
        hung = _that_clause_past_time(verb, child)
        child = hung or child
        if child.i > verb.i and _speakers_next_clause(verb, doc[child.left_edge.i]):
            continue  # 'Sales rose, the company said, though it did not say by how much'
        if (
            hung is not None
            or child.dep_ in ("ccomp", "csubj")
            or (child.dep_ == "xcomp" and child.i > verb.i + 1)
            or _misread_complement(verb, child)
            or _misread_infinitive(verb, child)
        ):
            if child.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in child.children):
                continue
            if child.i < verb.i and any(
                t.text in (":", ";") for t in doc[child.right_edge.i : verb.i]
            ):
                # 'Even its backers sounded equivocal: Harman called it "the least bad option"',
                # 'The drivers welcomed it; the staff union called it "a tax on work"': the
                # clause before the colon or semicolon is the writer's; the content is after it
                continue
            if child.i < verb.i and _object_after(verb):
                # 'The unions cannot agree on a candidate, so they have not endorsed anyone',
                # 'Most papers have endorsed a governor — the Courier backed Smith': a cue with
                # an object of its own says or does that; a clause before it is no content
                continue
            if child.i < verb.i and _bare_tag(child):
                # '"Stay below deck," she recalled, the captain told her.': "she recalled" tags
                # the quotation; it is not what the captain told her
                continue
            if child.i < verb.i and _titled_work(child):
                # 'In her 2015 book, "Raise Your Child Debt Free," Ms. Porter suggested ...':
                # the parser read the book's title as a clause
                continue
            if _marked_by(child, _ADVERBIAL_MARKS):
                # 'In a statement released shortly after the senator suspended his campaign,
                # Cruz said he ...': a time or reason clause the parser took for the content
                continue
            end = clause_end(child)
            if child.i < verb.i and (tag := appositive_tag(verb)) is not None:
                end = min(end, tag[0] - 1)  # '<clause>, the fire chief, Tom Hale, said'
            # 'Clinton said she appreciated the apology and that she wanted to move on': a
            # second "that" clause the parser joined to the cue is said too
            for conj in verb.rights:
                if conj.dep_ == "conj" and conj.i >= end and _marked_by(conj, _THAT):
                    end = clause_end(conj)
            if child.i > verb.i:
                end = _correlative_end(verb, child, end)
                end = _series_end(verb, child, end)
                end = _split_clause_end(verb, child, end)
                end = _quoted_run_on(verb, child, end)
            # what follows the cue: a reason the speaker gave, or the rest of the clause a
            # parenthetical cue interrupts
            tail = _reported_tail if child.i > verb.i else _parenthetical_tail
            end = tail(verb, end)
            if child.i > verb.i:
                end = _result_clause_end(verb, end)
            lo = child.left_edge.i if child.i > verb.i else _past_dash_lead(doc, child, verb)
            if child.i > verb.i:
                lo = _fronted_phrase(verb, _detached_subject(verb, _past_when_said(child, lo)))
                if lo < verb.i and verb.dep_ == "relcl":
                    # 'a new chip that it says can train ...', 'a drug which it claims cuts
                    # deaths': the relative pronoun, the complement's subject, stands before
                    # the cue; what was said starts after the cue
                    lo = verb.i + 1
            return trim(doc, lo, end)
    interrupted = _interrupted_clause(verb)
    if interrupted is not None:
        return interrupted
    if verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children):
        # 'As the International Business Times noted, Clinton raised ...', '..., as Smith
        # put it': the clause the "as" clause frames is what was said
        sent = verb.sent
        if _own_object(verb):
            # '..., as she sought to calm the markets', 'defended the reform as unions called
            # for a strike': a verb with a content of its own is what the speaker did, not a
            # frame ('..., as Smith put it' is one)
            return None
        if verb.i < verb.head.i:
            return trim(doc, verb.right_edge.i + 1, sent.end)
        if verb.left_edge.i == 0 or doc[verb.left_edge.i - 1].text not in _GLOSS_LEADS:
            # 'the women turned around as he apologized for his tardiness': with no comma
            # before it, "as" is when the speaker spoke, not a frame for what was said
            return None
        return trim(doc, sent.start, verb.left_edge.i)
    if verb.dep_ == "parataxis" and verb.i < verb.head.i:
        # 'Many of the closures, he said, have involved public courses': the cue interrupts
        # the clause it reports; after a lone adverb ('Still, he said, officials have to
        # decide') the content is what follows the cue
        relative = _tagged_relative_clause(verb)
        if relative is not None:
            return relative
        sent = verb.sent
        start = _tag_start(verb)
        lead = doc[sent.start : start]
        hung = doc[verb.left_edge.i : start]  # a fronted phrase the parser hung on the cue
        if (
            (
                len(lead) <= 2
                and all(t.pos_ in ("ADV", "CCONJ", "SCONJ", "INTJ", "PUNCT") for t in lead)
            )
            or _set_phrase(lead)
            # 'Speaking to reporters, the minister said, ...', 'Asked about it, she said, ...':
            # a participle phrase on the cue is what the speaker did, not what was said (a
            # gerund subject of the clause, 'Riding alone, they said, can be ...', is not on it)
            or (len(hung) > 0 and hung[0].tag_ in ("VBG", "VBN"))
        ):
            return trim(doc, _past_act(doc, verb.right_edge.i + 1, sent.end), sent.end)
        return trim(doc, sent.start, sent.end)
    if verb.dep_ in ("parataxis",) and verb.i > verb.head.i:
        sent = verb.sent
        # "Even if it fails, Mr. Morgan said, he has done the work", '..., the airline added,
        # and had passed all checks': both sides of the cue are content, unless what follows
        # is the writer's (see _parenthetical_tail)
        return trim(doc, sent.start, _parenthetical_tail(verb, verb.left_edge.i))
    if cue_lemma(verb.lower_) and not is_stance(verb.lower_):
        tag = appositive_tag(verb) if verb.dep_ == "conj" and verb.head.i < verb.i else None
        if tag is not None:
            # 'There will be no recount: state law requires ..., the secretary of state, Maria
            # Vigil, said': the parser joined the cue to the clause before as a conjunct
            return trim(doc, verb.sent.start, tag[0] - 1)
        tail = _tail_tag(verb)
        if tail is None and is_inverted(verb):
            tail = trim(doc, verb.sent.start, verb.i - 1)  # '<clause>, said X'
        return tail if tail is not None else _that_clause(verb)
    return None


def _series_end(verb: Token, clause: Token, end: int) -> int:
    """Token index past the rest of a series of verb phrases the reported clause starts, else
    ``end``.

    In 'The company said it would close three plants, lay off 2,000 workers and move production
    to Mexico' or 'The suit claims the firm knew about the defect, hid it and sold the cars' the
    parser hangs the second and third verbs on the cue (as conjuncts, or the second as a
    complement with no subject), so the content stopped at the comma.
    Joined verbs share one form: a verb of the series in the reported verb's form ("move" after
    "would close", "hid" after "knew") and not in the cue's ("said", "claims") cannot be the
    speaker's next act, and the content runs to its end. A verb with a subject of its own, a
    verb of saying, or a series in the cue's tense ('said the plan was fair, and left') stays
    the speaker's.
    """
    doc = verb.doc
    tense = finite_tense(verb)
    for conj in verb.rights:
        # (a second "complement" with no subject is the series misparsed too)
        if conj.dep_ not in ("conj", "ccomp") or conj.i < end or conj.pos_ not in ("VERB", "AUX"):
            continue
        between = doc[end : conj.left_edge.i]
        if any(not (t.is_punct or t.dep_ in ("cc", "preconj")) for t in between):
            return end
        before = doc[conj.left_edge.i - 1]
        if before.text != "," and before.dep_ != "cc":
            return end  # a series puts a comma or a conjunction before each of its verbs
        series = [conj, *(t for t in conj.subtree if t.dep_ == "conj" and t.head.i >= conj.i)]
        if (
            any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in conj.children)
            or any(cue_lemma(t.lower_) or act_lemma(t.lower_) for t in series)
            or not any(t.tag_ == clause.tag_ != tense for t in series)
        ):
            return end
        end = clause_end(conj)
    return end


def _result_clause_end(verb: Token, end: int) -> int:
    """Token index past a result clause the speaker draws, else ``end``.

    In 'She notes that prices fall in the spring, so buyers may wait' the parser makes the
    result clause the root and the cue its complement, or a second complement of the cue, so
    the content stopped at the comma. A clause after ", so" with a subject of its own and no
    cue of its own is the conclusion of what was said and is part of it, when it reads as the
    speaker's (:func:`_speakers_inference`).
    """
    doc = verb.doc
    heads = [verb.head] if verb.dep_ == "ccomp" and verb.head.i > verb.i else []
    heads += [c for c in verb.rights if c.dep_ == "ccomp" and c.i > end]
    result = next((h for h in heads if h.pos_ in ("VERB", "AUX")), None)
    if result is None:
        return end
    lead = doc[end : result.i]
    words = [t for t in lead if not t.is_punct]
    if (
        not lead
        or lead[0].text != ","
        or not words
        or words[0].lower_ != "so"
        or not words[0].i < words[0].head.i <= result.i  # on the clause or its subject
        or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in result.children)
        or cue_lemma(result.lower_)
        or act_lemma(result.lower_)
        or not _speakers_inference(verb, result)
    ):
        return end
    return clause_end(result)


def _speakers_inference(verb: Token, result: Token) -> bool:
    """True when a result clause after ", so" reads as the speaker's: the cue is in the present
    ('She notes that A, so B') or the result is hedged by a modal ('..., so buyers may wait').
    After a cue in the past, a plain past result ('He said the bridge was closed, so drivers
    took the ferry') is the writer's narration of what followed."""
    return verb.tag_ in ("VBZ", "VBP") or any(
        c.dep_ == "aux" and c.tag_ == "MD" for c in result.children
    )


def _that_clause_past_time(verb: Token, child: Token) -> Token | None:
    """The "that" clause of a cue that the parser hung on a time clause between them: in 'The
    governor said in a statement after the audit became public that the figures ...' the
    "that" clause is what was said, but the parser makes it the complement of "became",
    which takes none. Only when the cue has no complement of its own and the time clause's
    verb is not one that reports ('said after officials announced that ...' stays theirs)."""
    if (
        child.dep_ != "advcl"
        or child.i < verb.i
        or cue_lemma(child.lower_)
        or act_lemma(child.lower_)
        or not _marked_by(child, _ADVERBIAL_MARKS)
        or any(c.dep_ == "ccomp" for c in verb.children)
    ):
        return None
    doc = verb.doc
    return next(
        (
            c
            for c in child.rights
            # the parser labels it a complement or, as often, an adverbial clause; "so ...
            # that" and "such ... that" are a result of the time clause, not a report
            if c.dep_ in ("ccomp", "advcl")
            and _has_subject(c)
            and _marked_by(c, _THAT)
            and not any(t.lower_ in ("so", "such") for t in doc[child.i : c.left_edge.i])
        ),
        None,
    )


#: Subordinators of a concession set inside a reported clause, between its subject and verb.
_CONCESSIONS = frozenset(("while", "although", "though", "despite"))


def _tagged_relative_clause(verb: Token) -> tuple[int, int] | None:
    """'the doorbell camera, which, he said, scared the man off', 'near the stadium, which,
    the mayor said, is full on game days': a parenthetical tag inside a relative clause
    reports only that clause, from its relative pronoun (or the phrase holding it, 'the
    existence of which, many say, ...') to its end; the main clause it hangs on is the
    writer's. None when the cue does not interrupt a relative clause."""
    clause = verb.head
    if clause.dep_ != "relcl" or clause.left_edge.i >= verb.left_edge.i:
        return None
    return trim(verb.doc, clause.left_edge.i, clause_end(clause))


def _correlative_end(verb: Token, clause: Token, end: int) -> int:
    """Where a reported "the more ..., the more ..." ends: in 'Doctors said the earlier patients
    seek treatment, the more likely it is they will recover' the parser makes both halves
    complements of the cue, but the second, opened by "the" and a comparative after the comma,
    completes the first; what was said runs to its end. ``end`` when no such half follows."""
    doc = verb.doc
    first = doc[clause.left_edge.i : clause.left_edge.i + 2]
    if len(first) < 2 or first[0].lower_ != "the" or first[1].tag_ not in _COMPARATIVES:
        return end
    for other in verb.rights:
        lo = other.left_edge.i
        while lo < other.i and doc[lo].is_punct:
            lo += 1  # the parser may hang the comma between the halves on the second
        if (
            other.dep_ == "ccomp"
            and other.i > clause.i
            and lo + 1 < len(doc)
            and doc[lo].lower_ == "the"
            and doc[lo + 1].tag_ in _COMPARATIVES
            and all(t.is_punct for t in doc[end:lo])
        ):
            return clause_end(other)
    return end


#: Tags of a comparative adjective or adverb ('the earlier', 'the more', 'the longer').
_COMPARATIVES = frozenset(("JJR", "RBR"))


def _detached_subject(verb: Token, lo: int) -> int:
    """Where a content after the cue starts when the parser took its subject for the cue's
    object: in 'Doctors said the drug, although it was approved last year, had not reached
    most hospitals' "the drug" is what had not reached them. A noun object of a verb of saying
    (not one with an addressee, 'told the court, ...') followed by a comma that opens the
    content is the clause's subject."""
    doc = verb.doc
    if cue_lemma(verb.lower_) in ADDRESSEE_VERBS:
        return lo
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.right_edge.i < lo), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return lo
    between = doc[obj.right_edge.i + 1 : lo]
    if len(between) == 1 and between[0].text == "," and doc[lo].lower_ in _CONCESSIONS:
        return obj.left_edge.i
    return lo


#: How a phrase between a cue and its clause may hang on the cue in the parse.
_FRONTED_DEPS = frozenset(("prep", "advcl", "advmod", "npadvmod", "dobj"))


#: Prepositions of a time phrase between a cue and its clause ('said on Monday he would').
_TIME_PREPOSITIONS = frozenset(("on", "in", "at", "during", "late", "early", "earlier", "this"))


def _past_when_said(clause: Token, lo: int) -> int:
    """Where a content starts when a time phrase stands between the cue and the reported
    clause's subject, with no "that": in 'said on Monday he would resign' and 'said Monday
    the plan was dead' the parser hangs "on Monday" on the clause's verb, but a time right
    after the cue says when the speaker spoke (as :mod:`tidings.analyze.quotetime` reads
    it), so it is the writer's words, not the speaker's. With "that" after the time, the
    parser already leaves it out."""
    doc = clause.doc
    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or subj.left_edge.i <= lo or subj.i < lo:
        return lo
    phrase = doc[lo : subj.left_edge.i]
    start = phrase[0].idx
    # text_of: the Doc's text, kept once (Doc.text joins every token again: 0.38 of this
    # function's 0.43 s in a cProfile of PolNeAR dev)
    times = find_time_words(text_of(doc)[start : phrase[-1].idx + len(phrase[-1])], start=start)
    if not times:
        return lo
    for tok in phrase:
        timed = any(w.start <= tok.idx < w.end for w in times)
        if not (timed or tok.is_punct or tok.lower_ in _TIME_PREPOSITIONS):
            return lo
    return subj.left_edge.i


def _fronted_phrase(verb: Token, lo: int) -> int:
    """Where a content after the cue starts when the reported clause opens with a phrase set
    off by a comma: in 'The minister said despite the delays, the bridge would open in May' or
    'says win or lose on Sunday, he is staying' the parser hangs the phrase on the cue, but the
    comma before the clause's subject closes it as the clause's own opener. Not a phrase that
    says when, where or to whom the speaker spoke ('said Tuesday, ...', 'told reporters, ...',
    'said in a statement, ...')."""
    doc = verb.doc
    if lo <= verb.i + 1 or doc[lo].text != "," or cue_lemma(verb.lower_) in ADDRESSEE_VERBS:
        return lo
    phrase = doc[verb.i + 1 : lo]
    heads = [t for t in phrase if t.head.i == verb.i]
    if not heads or any(h.dep_ not in _FRONTED_DEPS for h in heads):
        return lo
    if any(t.head.i not in range(verb.i, lo) for t in phrase):
        return lo  # a word of the phrase hangs on the clause after it: the parse is unsure
    if any(t.ent_type_ in ("DATE", "TIME") or t.lower_ in CHANNEL_NOUNS for t in phrase):
        return lo
    if phrase[0].lower_ in ("to", "on", "at", "during", "that"):
        return lo  # 'said to reporters', 'said on the program', 'said at a rally'
    return verb.i + 1


def _interrupted_clause(verb: Token) -> tuple[int, int] | None:
    """'Analysts said the fine, while the largest of its kind, was unlikely to dent ...': the
    parser made "the fine" the cue's object and hung the rest on the cue as a "while" clause;
    the subject, the aside and the verb after it are one reported clause."""
    doc = verb.doc
    if cue_lemma(verb.lower_) in ADDRESSEE_VERBS:
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    for c in verb.rights:
        if c.dep_ != "advcl" or c.i < obj.i:
            continue
        mark = next((m for m in c.children if m.dep_ == "mark"), None)
        if (
            mark is not None
            and mark.lower_ in _CONCESSIONS
            and mark.i == obj.right_edge.i + 2
            and doc[obj.right_edge.i + 1].text == ","
            and any(t.text == "," for t in doc[mark.i : c.i])
        ):
            return trim(doc, obj.left_edge.i, clause_end(c))
    return None


def _tag_start(verb: Token) -> int:
    """Where a parenthetical cue's tag starts: at its subject ('To cut the risk, the engineers
    said, the city ...'). The parser often hangs a phrase fronted before the tag (an
    infinitive of purpose, a time or place) on the cue instead of on the clause it
    interrupts; it opens the reported clause, so the tag begins at the speaker, not at the
    cue's left edge. The left edge when the cue has no subject before it, or when what hangs
    on it before the subject is no such phrase (an interjection, a quotation's words:
    '"This," Haddad said, ...')."""
    doc = verb.doc
    subj = next((c for c in verb.lefts if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return verb.left_edge.i
    fronted = [c for c in verb.lefts if c.i < subj.left_edge.i and not c.is_punct]
    if (
        not fronted
        or any(c.dep_ not in _FRONTED_ON_CUE for c in fronted)
        or any(t.is_quote for t in doc[verb.left_edge.i : subj.left_edge.i])
    ):
        return verb.left_edge.i
    return subj.left_edge.i


#: How a phrase fronted before a parenthetical tag hangs on its cue in the parse: 'To cut the
#: risk, ...' (advcl), 'For decades, ...' (prep), 'Last year, ...' (npadvmod).
_FRONTED_ON_CUE = frozenset(("prep", "advcl", "npadvmod"))


#: Set phrases of a preposition and a word that only link a sentence to the one before ('In
#: fact, prosecutors said, ...'); a phrase of time or place ('For decades, he noted, ...',
#: 'Within marriages, they said, ...') is part of what was said.
_SET_PHRASES = frozenset(
    word_list(
        """
    in-fact in-short in-truth in-reality in-effect in-turn in-sum in-general in-particular
    in-practice in-contrast by-contrast of-course after-all above-all at-least at-first
    for-now for-example for-instance in-addition in-brief in-essence
    """
    )
)


def _set_phrase(lead: Span) -> bool:
    """True for a set phrase before a parenthetical cue ('In fact, prosecutors said, it was
    ...', 'In short, she said, ...'): like a lone adverb, it is no clause of the speaker's,
    so the content is what follows the cue."""
    words = [t.lower_ for t in lead if not t.is_punct]
    return "-".join(words) in _SET_PHRASES


def _past_act(doc: Doc, lo: int, hi: int) -> int:
    """Where the words go on after what the speaker did between the halves of a quotation:
    '"This," Haddad said, pointing at the street, "is what they call protection."' reports
    the quotation's second half; the participle phrase before it is the writer's narration.
    ``lo`` itself when tokens [lo, hi) do not open with a participle phrase, a comma and a
    quote mark."""
    k = lo
    while k < hi and doc[k].is_punct and not doc[k].is_quote:
        k += 1
    if k >= hi or doc[k].tag_ != "VBG":
        return lo
    end = doc[k].right_edge.i
    if end + 2 < hi and doc[end + 1].text == "," and doc[end + 2].is_quote:
        return end + 2
    return lo


def _past_dash_lead(doc: Doc, child: Token, verb: Token) -> int:
    """Where a content before its cue starts: after a dash that leads into a quotation running
    up to the cue. In 'Sondland has amended his testimony once - "I now do recall," he said'
    the parser hangs the writer's clause on the quoted verb; the quotation alone is said."""
    lo = child.left_edge.i
    for k in range(lo, verb.i - 1):
        if (
            doc[k].text in _DASHES
            and doc[k + 1].is_quote
            and sum(t.is_quote for t in doc[k + 1 : verb.i]) == 2
        ):
            return k + 1
    return lo


#: Tags of a finite verb, or of the bare verb a modal governs ("would close"): a stretch
#: holding one is a clause.
FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))


def _misread_complement(verb: Token, child: Token) -> bool:
    """True for a clause after a verb of saying that the parser took for an adverbial one:
    in 'Officials said on Tuesday night, after the vote, the bridge would close' the small
    model hangs "would close" on "said" as an advcl, because time phrases stand between the
    cue and the clause. A finite clause with a subject of its own (no relative pronoun) and no
    subordinator ("when", "because", ...), after a comma, is what was said when the cue has
    no object or complement. Stance verbs are left alone ("she hoped, the rain having
    stopped, ..." frames no report)."""
    if child.dep_ != "advcl" or child.i < verb.i or not _has_subject(child):
        return False
    if cue_lemma(verb.lower_) is None or is_stance(verb.lower_):
        return False
    if any(
        c.dep_ == "mark" or (c.dep_ == "nsubj" and c.tag_.startswith("W")) for c in child.children
    ):
        return False  # 'when the bridge closed', '..., which is where it stood': no report
    if any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
        return False  # 'urged the administration to ...': the cue has its content
    finite = child.tag_ in FINITE_TAGS or any(
        c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in child.children
    )
    lo = child.left_edge.i
    return finite and lo > verb.i + 1 and verb.doc[lo - 1].text == ","


#: A verb's number, for agreement with a subject: a present in -s wants a singular noun.
_SINGULAR_NOUN_TAGS = frozenset(("NN", "NNP"))
_PLURAL_NOUN_TAGS = frozenset(("NNS", "NNPS"))
#: Nouns that take a verb of either number ("the data show", "the data shows").
_EITHER_NUMBER = frozenset(("data", "media"))


def _agrees(noun: Token, verb: Token) -> bool:
    """True when ``verb`` can have ``noun`` for its subject by number: "data ... show", "the
    report ... shows"; a past or a modal agrees with any noun."""
    if verb.tag_ == "VBZ":
        return noun.tag_ in _SINGULAR_NOUN_TAGS or noun.lower_ in _EITHER_NUMBER
    if verb.tag_ == "VBP":
        return noun.tag_ in _PLURAL_NOUN_TAGS or noun.lower_ in _EITHER_NUMBER
    return True


def _object_opens_clause(verb: Token) -> tuple[int, int] | None:
    """The reported clause whose subject the parser took for the cue's object: in 'He says
    data from the institute, released Monday, show that prices rose' the small model makes
    "data" the object of "says" and hangs "show" on the cue as an adverbial clause, so the
    content was cut at the aside. A finite verb hung on a clause-taking cue of saying, with no
    subject, subordinator or infinitive marker of its own, right after the object's phrase (a
    comma between them at most) and agreeing with the object in number, has the object for
    its subject: the clause runs from the object's first word. Not a cue of telling ('told
    reporters, waiting outside, ...': its object is whom it told), nor an object with a
    clause of the cue's own ('said little, then left' has no subject to lend)."""
    if cue_lemma(verb.lower_) is None or cue_lemma(verb.lower_) in ADDRESSEE_VERBS:
        return None
    if is_stance(verb.lower_) or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    doc = verb.doc
    for clause in verb.rights:
        if clause.dep_ != "advcl" or clause.i <= obj.right_edge.i:
            continue
        if _has_subject(clause) or any(
            c.dep_ == "mark" or (c.dep_ == "aux" and c.tag_ == "TO") for c in clause.children
        ):
            return None
        between = doc[obj.right_edge.i + 1 : clause.left_edge.i]
        finite = clause.tag_ in FINITE_TAGS or any(
            c.dep_ == "aux" and c.tag_ in FINITE_TAGS for c in clause.children
        )
        if not finite or any(t.text != "," for t in between) or not _agrees(obj, clause):
            return None
        return trim(doc, obj.left_edge.i, clause_end(clause))
    return None


#: Verbs of commitment whose infinitive is what was promised ("vowed to fight", "pledged to
#: repeal", "threatened to sue"): an infinitive after one is its content, not a purpose.
_COMMITTING = frozenset(("promise", "vow", "pledge", "swear", "threaten", "guarantee"))


def _misread_infinitive(verb: Token, child: Token) -> bool:
    """True for the infinitive a verb of commitment reports that the parser hung on it as an
    adverbial clause because a phrase stands between them: in 'Reyes vowed at a rally to fight
    "every inch of the way"' the small model reads "to fight" as the rally's purpose. With no
    object or complement of the cue's own, and no subordinator ("in order to" is a purpose),
    the infinitive is what was vowed."""
    if child.dep_ != "advcl" or child.i <= verb.i + 1 or cue_lemma(verb.lower_) not in _COMMITTING:
        return False
    if not any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children):
        return False
    if any(c.dep_ in ("mark", "nsubj") for c in child.children):
        return False  # 'in order to ...', 'so that ...': a purpose, not a promise
    # 'promised Sunday at a rally to end ...': a day the parser took for the object is when
    return not any(
        c.dep_ in ("dobj", "xcomp", "ccomp") and c.ent_type_ not in ("DATE", "TIME")
        for c in verb.children
    )


def past_negated_concession(doc: Doc, lo: int, hi: int) -> int:
    """Where the clause a trailing "according to" attributes starts in tokens [lo, hi): after
    "but" when the clause before it is negated ('The price was not revealed, but it is about
    $40 million, according to ...'). The first clause says what was not given out or is not
    the case, the writer's contrast; the source gives what follows "but". Without a negation
    ('Talks stalled, but the deal is now worth ...') both clauses are the source's (PolNeAR
    annotates them so), and ``lo`` is kept."""
    for tok in doc[lo + 2 : hi - 2]:
        if tok.lower_ != "but" or tok.dep_ != "cc" or doc[tok.i - 1].text != ",":
            continue
        first = tok.head
        second = next((c for c in first.children if c.dep_ == "conj" and c.i > tok.i), None)
        if (
            lo <= first.i < tok.i
            and second is not None
            and any(c.dep_ == "neg" for c in first.children)
            and _has_subject(second)
        ):
            return tok.i + 1
    return lo


def misread_tag(verb: Token) -> tuple[int, int] | None:
    """The clause a tag reports when the parser hung the tag's verb on its speaker as a
    participle: in 'Water bills will rise by 7% from April, the environment minister announced
    on Monday, the largest increase in fifteen years' "announced" (tagged a past tense, which no
    participle is) is read as a clause on "minister", and the writer's gloss after it as its
    object. The verb right after a noun phrase set off by a comma from a clause before it is
    that clause's tag, when nothing but a time or place comes between it and the next comma;
    the content is the clause, and the noun (``verb.head``) the speaker. None for any other
    verb."""
    doc = verb.doc
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBD" or head.i != verb.i - 1:
        return None
    if head.pos_ not in ("NOUN", "PROPN") or any(c.dep_ == "ccomp" for c in verb.children):
        return None
    lead = head.left_edge.i - 1
    start = verb.sent.start
    if lead <= start or doc[lead].text != ",":
        return None
    if not any(t.tag_ in FINITE_TAGS for t in doc[start:lead]):
        return None
    after = next((t.i for t in doc[verb.i + 1 : verb.sent.end] if t.text == ","), verb.sent.end)
    if any(t.is_quote or t.dep_ in ("dobj", "ccomp", "xcomp") for t in doc[verb.i + 1 : after]):
        return None  # '..., a man yelled "Stay there!"': the verb's own words or object follow
    return trim(doc, start, lead)


#: Words inside a body's name after its first ("Customs and Border Protection", "Department
#: of Health", "Procter & Gamble").
_NAME_JOINERS = frozenset(("and", "of", "for", "&", "the"))


def name_run_tag(verb: Token) -> tuple[tuple[int, int], Token] | None:
    """The clause a tag reports, and its speaker's first word, when the parser read the tag's
    name as a conjunct of the place before the comma: in '<clause> near Laredo, Texas, Customs
    and Border Protection announced Tuesday.' "Customs" and "Protection" are read as conjuncts
    of "Texas", and "announced" is left with no subject. A cue in the past or present with no
    subject after the comma (the parser may take a noun of the clause for one: "the drugs"
    in '<clause> found the drugs ..., Customs and Border Protection said') and nothing after
    it but time words, right after capitalised words (with "and",
    "of" between) that follow a comma after a finite clause, is that clause's tag; the name
    opens at the comma. None for any other verb."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ") or verb.dep_ == "ROOT":
        return None
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in verb.children):
        return None
    k = verb.i - 1
    while k > verb.sent.start and (
        doc[k].pos_ == "PROPN" or (doc[k].lower_ in _NAME_JOINERS and doc[k - 1].pos_ == "PROPN")
    ):
        k -= 1
    if k == verb.i - 1 or doc[k].text != "," or doc[k + 1].pos_ != "PROPN":
        return None
    start = verb.sent.start
    if not any(t.tag_ in FINITE_TAGS for t in doc[start:k]):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") and c.i > k for c in verb.children):
        return None  # a subject of its own after the comma (a subject before it is misread)
    rest = [t for t in doc[verb.i + 1 : verb.sent.end] if not t.is_punct]
    if any(t.ent_type_ not in ("DATE", "TIME") and t.pos_ not in ("ADV", "ADP") for t in rest):
        return None  # 'announced Tuesday', 'said on Monday': nothing else after the tag
    return trim(doc, start, k), doc[k + 1]


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
    return trim(doc, verb.sent.start, lead)

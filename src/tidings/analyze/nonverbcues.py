"""Cues that are no verbs: "according to", nouns of saying, "In X's view", stance adjectives,
evidentials.

requires: a paragraph's spaCy Doc with a dependency parse, the paragraph's offset in
``Article.text`` and its quoted stretches (:func:`tidings.analyze.quotemarks.find_quoted`).
assigns: nothing; each reader returns one :class:`~tidings.analyze.attrecord.Attribution` (or
None) for the word :func:`tidings.analyze.attributions.find_attributions` hands it.

A module of its own because these cues are read from a phrase around a noun, a preposition
or an adjective ('according to the lawsuit, ...', 'her remark that ...', 'In Whitaker's view,
...', 'critical of ...', 'is expected to ...'), not from a verb's subject and complements, the
way the verb cues of :mod:`tidings.analyze.attributions` are. PARC's definition of attribution,
which PolNeAR annotates, takes them all: beliefs, stances and views the writer reports without a
source, as well as speech.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from tidings.analyze.attrecord import Attribution, inside
from tidings.analyze.content import (
    clause_end,
    detached_that_clause,
    past_negated_concession,
    trim,
    with_marks,
)
from tidings.analyze.cues import (
    CLAUSE_STANCE_ADJECTIVES,
    EVIDENTIAL_ADVERBS,
    LIGHT_VERBS,
    PASSIVE_EVIDENTIALS,
    RAISING_FORMS,
    SPEECH_NOUNS,
    STANCE_ADJECTIVE_PREPS,
    STANCE_ADJECTIVES,
    STANCE_NOUNS,
    act_lemma,
    cue_lemma,
)
from tidings.analyze.mentions import read_mention
from tidings.analyze.nlp import text_of
from tidings.analyze.quotemarks import OPENING_MARKS, Quoted
from tidings.analyze.sources import person_like, source_like, source_preposition, time_like
from tidings.analyze.subjects import subject_of
from tidings.wordlists import word_list

#: Marks that open a quotation after a colon: the double ones
#: (:data:`~tidings.analyze.quotemarks.OPENING_MARKS`) and a single one ('motto: ‘...’').
_QUOTE_OPENERS = OPENING_MARKS | {"‘"}


def according_to(
    tok: Token,
    sent: SpacySpan,
    offset: int,
    paragraph: int,
    sentence: tuple[int, int],
    quoted: list[Quoted],
) -> Attribution | None:
    """'According to the lawsuit, filed Monday, the firm ...': the source is the object of
    "to"; the content, the sentence without the phrase (both sides of it when the phrase
    interrupts the clause). ``tok`` is "according", followed by "to", or a "per" that stands
    for it ('..., per the Labor Department': :func:`source_preposition`); None when the
    preposition has no object in the parse."""
    doc = tok.doc
    to = source_preposition(tok)
    if to is None:
        return None
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return None
    # the content is the sentence without the "according to X" phrase
    lo, hi = tok.left_edge.i, max(to.right_edge.i, pobj.right_edge.i) + 1
    if lo <= sent.start + 1:
        content = trim(doc, _past_source_aside(doc, hi, sent.end), sent.end)
    elif (
        doc[lo - 1].text == ","
        and hi < sent.end - 3
        and doc[hi].text == ","
        and doc[hi + 1].lower_ != "but"
    ):
        # 'Among the precedents at risk, according to Ms. Epstein, are 16 cases': the
        # phrase interrupts the clause it attributes, which runs on both sides of it
        content = trim(doc, sent.start, sent.end)
    else:
        # at the clause's end, or before a "but" clause, the writer's counterpoint: 'Sales
        # rose, according to the firm, but profits fell' gives the firm the rise only
        content = trim(doc, past_negated_concession(doc, sent.start, lo), lo)
    content = with_marks(text_of(doc), content, quoted)
    end = to.idx + len(to)
    return _attribution(
        tok, pobj, content, offset, paragraph, sentence, lemma="according to", cue_end=end
    )


def _past_source_aside(doc: Doc, i: int, end: int) -> int:
    """Where the attributed clause starts after 'According to the lawsuit, filed Monday in
    Multnomah County Circuit Court, ...': a participle or relative clause set off by commas
    right after the source describes the source, not what it says."""
    if (
        i + 1 >= end
        or doc[i].text != ","
        or not (doc[i + 1].tag_ in ("VBN", "VBG") or doc[i + 1].lower_ in ("which", "who"))
    ):
        return i
    comma = next((k for k in range(i + 2, end) if doc[k].text == ","), None)
    return comma + 1 if comma is not None else i


def noun_attribution(
    noun: Token, offset: int, paragraph: int, sentence: tuple[int, int]
) -> Attribution | None:
    """A noun of saying with its content and its owner: 'her remark that “there's a special
    place in hell ...”', "Trump's claim that he opposed the war", 'his promise to build a
    wall'. The owner is the possessor; the content, the noun's "that" clause or infinitive.
    Without a possessor the noun names no one ('the claim that ...') and is left out."""
    doc = noun.doc
    clause = _noun_clause(noun) or _detached_clause(noun) or _predicate_clause(noun)
    holder = _of_holder(noun) if noun_owner(noun) is None else None
    if clause is None and holder is not None:
        clause = _that_after(holder)
    owner = noun_owner(noun) or (holder if clause is not None else None)
    if owner is None:
        return None
    subject_clause = _for_to_clause(noun) if clause is None else None
    strength = 0.75
    if clause is None and subject_clause is None and noun.lower_ in STANCE_NOUNS:
        # 'her support for the bill', "Trump's attacks on the judge": the object of the
        # stance, after the preposition the noun takes; a stance is a weaker cue than a claim
        prep = next(
            (c for c in noun.rights if c.dep_ == "prep" and c.lower_ in STANCE_NOUNS[noun.lower_]),
            None,
        )
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if pobj is None:
            return None
        content = trim(doc, pobj.left_edge.i, pobj.right_edge.i + 1)
        if content is None and pobj.pos_ == "PROPN":
            content = pobj.idx, pobj.idx + len(pobj)
        strength = 0.5
    elif subject_clause is not None:
        # 'a plea for parents to lock away the tablets': what is asked, from its subject on
        subject, clause = subject_clause
        content = trim(doc, subject.left_edge.i, clause_end(clause))
    elif clause is None:
        return None
    else:
        content = trim(doc, clause.left_edge.i, clause_end(clause))
    if content is None:
        return None
    return _attribution(noun, owner, content, offset, paragraph, sentence, strength=strength)


#: The copula's forms (the pipeline has no lemmatizer).
_BE_FORMS = frozenset(("is", "was", "are", "were", "be", "been", "'s", "’s"))


def _detached_clause(noun: Token) -> Token | None:
    """:func:`detached_that_clause`, unless the noun is the channel of the verb of saying that
    holds the clause: in 'His lawyer told the jury in his opening statement that the banker
    acted alone' the clause is what he told them, read at "told" (with its addressee); the
    statement is where he said it, no second attribution of the same words."""
    clause = detached_that_clause(noun)
    if clause is None or noun.dep_ != "pobj":
        return clause
    verb = noun.head.head
    if clause.head.i == verb.i and cue_lemma(verb.lower_) is not None:
        return None
    return clause


def _noun_clause(noun: Token) -> Token | None:
    """The "that" clause or infinitive the parser hung on a noun of saying ('her claim that
    ...', 'his promise to build ...'); not a relative clause ('the claim that he made')."""
    return next(
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


def _predicate_clause(noun: Token) -> Token | None:
    """The "that" clause a noun of saying is equated with by a copula: 'Her argument was that
    the law violates the constitution', "The senator's view is that ...": what the argument or
    view says. The verb of the clause, or None (the noun not the copula's subject, or no
    "that": 'Her argument was weak')."""
    copula = noun.head
    if noun.dep_ != "nsubj" or copula.lower_ not in _BE_FORMS or copula.i < noun.i:
        return None
    for clause in copula.rights:
        if clause.dep_ == "ccomp" and any(
            g.dep_ == "mark" and g.lower_ == "that" and g.i < clause.i for g in clause.children
        ):
            return clause
    return None


def _of_holder(noun: Token) -> Token | None:
    """Whose concern, fear or claim a noun with a "that" clause (or an infinitive) is, when an
    "of" phrase names them: 'echoing the concerns of rural mayors that the plan would close
    schools', 'the insistence of the union that talks resume'. The holder is the object of
    "of", a possible source (a person, a group, a body: :func:`source_like`, or a noun for
    people: 'of parents', :func:`person_like`) and no time ('the
    fears of the 1990s that ...'). The noun's clause says what the holder thinks, so the verb
    the noun hangs from ('echoing', 'reflecting') is not the holder's act: its subject (the
    letter, the vote) is no speaker of the clause. None otherwise (:func:`noun_owner` reads a
    possessor first: 'their concerns that ...')."""
    of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    if holder is None or time_like(holder):
        return None
    if not (source_like(holder) or person_like(holder)):
        return None
    return holder


def _that_after(holder: Token) -> Token | None:
    """The verb of a "that" clause right after the holder's phrase, which the parser hung on the
    verb before the noun ('illustrating the concerns of rural voters that the tax would hurt
    them': "that" opens the concern, not what was illustrated). The clause needs a subject."""
    doc = holder.doc
    k = holder.right_edge.i + 1
    if k >= len(doc) or doc[k].lower_ != "that" or doc[k].dep_ != "mark":
        return None
    clause = doc[k].head
    if clause.i > k and any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return clause
    return None


def _for_to_clause(noun: Token) -> tuple[Token, Token] | None:
    """(subject, verb) of the "for X to ..." clause a noun of saying or demand takes: 'its
    call for the minister to resign', 'issued a plea for parents to lock away the tablets'.
    The parser hangs it on the noun or, right after the noun, on the light verb before it,
    as an adverbial clause with the mark "for"; both are the noun's. None otherwise."""
    heads = [noun] + ([noun.head] if noun.dep_ == "dobj" else [])
    for head in heads:
        for clause in head.rights:
            if clause.dep_ != "advcl" or clause.pos_ != "VERB":
                continue
            kids = list(clause.children)
            mark = next((c for c in kids if c.dep_ == "mark" and c.lower_ == "for"), None)
            subject = next((c for c in kids if c.dep_ == "nsubj" and c.i < clause.i), None)
            to = any(c.dep_ == "aux" and c.lower_ == "to" for c in kids)
            if mark is None or subject is None or not to:
                continue
            if head is not noun and mark.i != noun.right_edge.i + 1:
                continue  # 'issued a warning on Monday for ...': no longer the noun's
            return subject, clause
    return None


#: Verbs by which their subject holds or gives a message: 'had a message for the new striker:
#: ...', 'sent a warning to the league: ...', 'gave his advice: ...', 'made a statement: ...'.
_MESSAGE_VERBS = frozenset(
    word_list(
        """
have has had having send sends sent sending give gives gave given giving deliver delivers
delivered offer offers offered offering make makes made making
"""
    )
)
#: Verbs whose object is the subject of the infinitive after it: 'allowed the prisoner to give
#: a speech', 'let the witness make a statement' (the prisoner speaks, not who allowed it).
_OBJECT_CONTROL = frozenset(
    word_list(
        """
allow allows allowed allowing let lets letting permit permits permitted permitting invite
invites invited inviting ask asks asked asking urge urges urged urging
"""
    )
)


def message_colon(
    noun: Token, offset: int, paragraph: int, sentence: tuple[int, int]
) -> Attribution | None:
    """A message and its words after a colon: 'The coach had a simple message for the new
    striker: keep running.' The noun is the object of a verb of holding or giving a message
    (:data:`_MESSAGE_VERBS`), whose subject owns it; its phrase ends at the colon ("for the
    new striker" is whom it is for), and what follows the colon to the sentence's end is the
    message. None without the colon right after the noun's phrase ('had a message from the
    club on Monday').

    A noun with a possessor owns its words wherever it stands when a quotation opens after
    the colon: 'filled with the general's grim predictions: "..."' (the general's, not the
    book's the sentence is about): :func:`_possessor_before_quote`."""
    doc = noun.doc
    colon = noun.right_edge.i + 1
    if colon >= len(doc) - 1 or doc[colon].text != ":":
        return None
    verb = noun.head
    owner = _possessor_before_quote(noun, colon)
    if owner is None and noun.dep_ == "dobj" and verb.lower_ in _MESSAGE_VERBS:
        owner = _giver(verb)
    if owner is None:
        return None
    end = noun.sent.end if noun.sent.end > colon + 1 else len(doc)
    content = trim(doc, colon + 1, end)
    if content is None:
        return None
    return _attribution(noun, owner, content, offset, paragraph, sentence)


#: Possessors :func:`_possessor_before_quote` reads as no speaker.
_NO_OWNER = frozenset(("its", "my", "our", "your"))


def _possessor_before_quote(noun: Token, colon: int) -> Token | None:
    """The possessor of a noun of words ('the author's visions', 'her remarks') whose colon
    opens a quotation. None for "its" (a thing's), for the writer's "my" and "our" (and the
    reader's "your"), whose words are the writer's own ('I had to change my answer: "..."',
    as in :func:`in_view`), or without the opening mark."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    after = noun.doc[colon + 1].text
    if owner is None or owner.lower_ in _NO_OWNER or after not in _QUOTE_OPENERS:
        return None
    outer = noun.head.head if noun.dep_ == "pobj" and noun.head.dep_ == "prep" else None
    if outer is not None and any(c.dep_ == "poss" for c in outer.children):
        return None  # "the mayor's reaction to the union's warning: "..."": the mayor's words
    return owner


def _giver(verb: Token) -> Token | None:
    """Who gives or makes the message of ``verb``: its subject; for an infinitive with none
    ('allowed the prisoner to give speeches', 'let the witness make a statement'), the object
    of the verb of letting it hangs from (:data:`_OBJECT_CONTROL`), else that verb's subject
    ('wanted to give a speech')."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None or verb.dep_ not in ("xcomp", "ccomp"):
        return subject
    head = verb.head
    if head.lower_ in _OBJECT_CONTROL:
        obj = next((c for c in head.children if c.dep_ == "dobj" and c.i < verb.i), None)
        if obj is not None:
            return obj
    if verb.dep_ == "xcomp":
        return next((c for c in head.children if c.dep_ == "nsubj"), None)
    return None


def noun_owner(noun: Token) -> Token | None:
    """Who a noun of saying belongs to: its possessor ("Trump's claim that ..."); else the
    object of a "by" after it ('a demand, by the union leader, that ...'); else the subject of
    a light verb it is the object of ('The governor made the charge that ...', 'The union
    raised concerns that ...'). None when the noun names no one ('the claim that ...')."""
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    by = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "by"), None)
    if by is not None:
        return next((c for c in by.children if c.dep_ == "pobj"), None)
    verb = noun.head
    if noun.dep_ == "dobj" and verb.pos_ == "VERB" and verb.lower_ in LIGHT_VERBS:
        if _of_holder(noun) is not None:
            return None  # 'repeated the warnings of economists that ...': the economists'
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return None


def held_by_other(noun: Token) -> bool:
    """True for a noun of saying whose holder an "of" phrase names, with the clause it holds
    ('echoed the concerns of residents that the road would bring traffic', 'repeated the
    warnings of economists that ...'): the clause is the holder's (:func:`noun_attribution`),
    so the verb that takes the noun as object does not report it as its subject's own."""
    if noun.lower_ not in SPEECH_NOUNS and noun.lower_ not in STANCE_NOUNS:
        return False
    if any(c.dep_ == "poss" for c in noun.children):
        return False
    holder = _of_holder(noun)
    if holder is None:
        return False
    return _noun_clause(noun) is not None or _that_after(holder) is not None


#: Nouns of a person's opinion in 'In Whitaker's view, ...', 'In the view of the mayor, ...',
#: 'In her words, ...', 'By his own account, ...'.
VIEW_NOUNS = ("view", "opinion", "estimation", "judgment", "judgement", "words", "account")


def in_view(
    noun: Token, offset: int, paragraph: int, sentence: tuple[int, int], quoted: list[Quoted]
) -> Attribution | None:
    """'In Whitaker's view, the draft "had more holes than a screen door."', 'In the view of
    Mark Fenwick, the town's mayor, the arithmetic missed something': the clause after the
    phrase is the owner's view, attributed as after "according to". Only opening a sentence
    (after "But" or "And" at most), the owner a possessor or the object of "of"; the cue is
    the phrase up to the noun."""
    doc = noun.doc
    prep, sent = noun.head, noun.sent
    if noun.dep_ != "pobj" or inside(noun, quoted):
        return None
    if prep.lower_ != "in" and not (prep.lower_ == "by" and noun.lower_ == "account"):
        return None  # 'By her own account, ...' is the one "by" phrase of this kind
    if prep.i > sent.start and not (
        prep.i == sent.start + 1 and doc[sent.start].lower_ in ("but", "and", "yet")
    ):
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    end = noun.idx + len(noun)  # where the cue phrase ends
    if owner is None:
        of = next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        end = of.idx + len(of) if of is not None else end  # 'In the view of'
    if owner is None or owner.lower_ in ("my", "our", "your", "its"):
        return None  # 'In my view, ...' inside a quotation is the speaker's own hedge
    hi = max(noun.right_edge.i, owner.right_edge.i) + 1
    if doc[hi - 1].text == "," and hi - 1 > owner.i:
        hi -= 1  # the owner's apposition ends in the comma: 'of Mark Fenwick, the mayor,'
    if hi >= sent.end or doc[hi].text != ",":
        return None
    start = _past_source_aside(doc, hi, sent.end)
    if start == hi:
        start = hi + 1
    content = trim(doc, start, sent.end)
    if content is None:
        return None
    content = with_marks(text_of(doc), content, quoted)
    return _attribution(
        prep, owner, content, offset, paragraph, sentence, lemma="view", cue_end=end, strength=0.5
    )


def adjective_attribution(
    adj: Token, offset: int, paragraph: int, sentence: tuple[int, int], quoted: list[Quoted]
) -> Attribution | None:
    """A stance adjective with what it takes and whose stance it is: 'Republicans have been
    critical of Clinton's use of email', 'some Democrats are concerned that ...', 'the White
    House was eager to assuage ...', 'voters worried about the economy'. The content is the
    object after the adjective's preposition, its clause, or its infinitive ("to" kept, as for
    'wants to'); the source is the subject of the linking verb, or the noun the adjective
    describes, and must be one that can hold a view (see :func:`source_like`). An adjective of
    feeling (:data:`CLAUSE_STANCE_ADJECTIVES`, 'appalled that ...') takes a clause only."""
    doc = adj.doc
    content = None
    clause_only = adj.lower_ in CLAUSE_STANCE_ADJECTIVES
    for c in adj.rights:
        if clause_only and (c.dep_ != "ccomp" or c.pos_ not in ("VERB", "AUX")):
            continue
        if c.dep_ == "prep" and c.lower_ in STANCE_ADJECTIVE_PREPS:
            obj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
            if obj is not None:
                end = clause_end(obj) if obj.pos_ == "VERB" else c.right_edge.i + 1
                content = trim(doc, c.i + 1, end)
        elif c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX"):
            content = trim(doc, c.left_edge.i, clause_end(c))
        if content is not None:
            break
    if content is None and adj.dep_ == "acomp":
        content = _linked_clause(adj)
    if content is None:
        return None
    if adj.dep_ in ("acomp", "oprd"):
        # the subject of the linking verb: 'is critical of', 'feels confident about'
        subj = subject_of(adj.head, [(q.start, q.end) for q in quoted])
    elif adj.dep_ in ("amod", "acl", "appos") and adj.head.pos_ in ("NOUN", "PROPN"):
        subj = adj.head  # 'voters worried about jobs', 'Republicans, concerned about ...'
    elif (passive := _passive_stance_subject(adj)) is not None:
        subj = passive
    else:
        return None
    if subj is None or not source_like(subj) or inside(subj, quoted):
        return None
    content = with_marks(text_of(doc), content, quoted)
    return _attribution(adj, subj, content, offset, paragraph, sentence, strength=0.5)


def _linked_clause(adj: Token) -> tuple[int, int] | None:
    """The clause a stance adjective takes when the parser hung it on the linking verb: in
    'The union is adamant that the strike will go ahead' the "that" clause is a complement of
    "is", not of "adamant", though it is what the union is adamant about. Only a finite
    clause with a subject of its own, right after the adjective."""
    doc = adj.doc
    for c in adj.head.rights:
        if (
            c.dep_ == "ccomp"
            and c.i > adj.i
            and c.left_edge.i == adj.i + 1
            and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        ):
            return trim(doc, c.left_edge.i, clause_end(c))
    return None


def _passive_stance_subject(adj: Token) -> Token | None:
    """Whose stance a stance participle is when the parser read "is concerned" as a passive
    verb: in 'The council is concerned the rules would hurt small shops' "concerned" is the
    root with "is" as its passive auxiliary and "council" its passive subject, who holds the
    concern (the small model at times hangs that subject on the auxiliary instead). None
    unless the word has a be-auxiliary and such a subject."""
    aux = next((c for c in adj.lefts if c.dep_ == "auxpass"), None)
    if adj.tag_ != "VBN" or aux is None:
        return None
    subjects = ("nsubj", "nsubjpass")
    return next((c for c in (*adj.lefts, *aux.lefts) if c.dep_ in subjects), None)


def _holds_cue(verb: Token) -> bool:
    """True when the complement chain of a raising verb holds a cue of its own: in 'They seem
    intent on not antagonizing educators' or 'did not seem to be worried about division' the
    stance is the subject's ("intent", "worried"), one attribution with its source, not a
    sourceless view as well."""
    todo = [c for c in verb.rights if c.dep_ in ("xcomp", "acomp", "oprd")]
    while todo:
        tok = todo.pop()
        low = tok.lower_
        if low in STANCE_ADJECTIVES or cue_lemma(low) or act_lemma(low):
            return True
        todo += [c for c in tok.rights if c.dep_ in ("xcomp", "acomp", "oprd")]
    return False


def _reported_hedge(verb: Token) -> bool:
    """True when a raising verb heads the clause a named speaker says or believes:
    in 'Investigators believe the fire appears to have been set on purpose' or 'Police said it
    seems the driver fell asleep' the hedge is the investigators' and the police's own, part of
    the one attribution their cue makes, not a second, sourceless view of the writer's."""
    outer = verb.head
    return (
        verb.dep_ == "ccomp"
        and outer.i < verb.i
        and bool(cue_lemma(outer.lower_))
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in outer.children)
    )


def evidential(
    tok: Token, offset: int, paragraph: int, sentence: tuple[int, int], quoted: list[Quoted]
) -> Attribution | None:
    """A view the writer reports without a source (see :data:`tidings.analyze.cues.
    RAISING_FORMS`): 'The sale is expected to expand ...', 'Trump appeared paralyzed', 'it
    seems that ...', 'he reportedly told aides ...'. The content is
    the whole clause, subject included, with the cue inside it (as PARC marks it); there is no
    speaker. A passive with its agent ('is expected by analysts to ...') is left to the verb
    rules, which read the agent as the source."""
    doc = tok.doc
    low = tok.lower_
    head = tok
    if low in EVIDENTIAL_ADVERBS:
        if tok.dep_ != "advmod" or tok.head.pos_ not in ("VERB", "AUX"):
            return None
        head = tok.head
    elif low in RAISING_FORMS:
        if tok.pos_ not in ("VERB", "AUX") or not any(
            c.dep_ in ("xcomp", "acomp", "oprd", "ccomp", "attr") for c in tok.rights
        ):
            return None  # 'appears on Fox News', 'appears at a rally'
        if _holds_cue(tok):
            return None  # 'They seem intent on ...', 'did not seem to be worried about ...'
        if _reported_hedge(tok):
            return None  # 'Detectives believe the fire appears to have been set'
    elif low in PASSIVE_EVIDENTIALS:
        if tok.tag_ != "VBN" or any(c.dep_ == "agent" for c in tok.children):
            return None
        if not any(c.dep_ == "auxpass" for c in tok.children) or not any(
            c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children) for c in tok.rights
        ):
            return None  # only 'X is expected to ...', not 'he said', 'as expected'
    else:
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass", "expl")), None)
    if subj is None or inside(tok, quoted):
        return None
    if subj.dep_ == "expl" or (subj.lower_ == "it" and any(c.dep_ == "ccomp" for c in head.rights)):
        # 'it seems that Clinton ...': the clause is the content
        clause = next((c for c in head.rights if c.dep_ == "ccomp"), None)
        if clause is None:
            return None
        content = trim(doc, clause.left_edge.i, clause_end(clause))
    else:
        content = trim(doc, subj.left_edge.i, clause_end(head))
    if content is None:
        return None
    content = with_marks(text_of(doc), content, quoted)
    return _attribution(tok, None, content, offset, paragraph, sentence, strength=0.4)


def _attribution(
    cue: Token,
    source: Token | None,
    content: tuple[int, int] | None,
    offset: int,
    paragraph: int,
    sentence: tuple[int, int],
    *,
    lemma: str | None = None,
    cue_end: int | None = None,
    strength: float = 0.75,
) -> Attribution:
    """The record of a cue read here, its offsets moved from the paragraph to ``Article.text``
    in one place: the cue runs from the ``cue`` token to ``cue_end`` (the token's end unless
    the cue is a phrase, "according to", "In the view of"), its lemma is the token's lowercase
    word unless given, and the source, if any, is read as a mention."""
    end = cue.idx + len(cue) if cue_end is None else cue_end
    return Attribution(
        cue=(offset + cue.idx, offset + end),
        lemma=cue.lower_ if lemma is None else lemma,
        mention=read_mention(source, offset) if source is not None else None,
        sentence=sentence,
        paragraph=paragraph,
        content=(offset + content[0], offset + content[1]) if content else None,
        strength=strength,
    )

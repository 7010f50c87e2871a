"""Attributions: every cue in a parsed paragraph, with its speaker, addressee, channel, content.

requires: a paragraph's spaCy Doc with a dependency parse, the paragraph's offset in
``Article.text``, and its quoted stretches (:func:`tidings.analyze.quotemarks.find_quoted`).
assigns: nothing on the Doc; :func:`find_attributions` returns :class:`Attribution` records with
offsets in ``Article.text``, which :mod:`tidings.analyze.quotes` ties to quotes.

A cue is a speech verb outside quote marks ("said", "told AFP", "was quoted as saying"), a
phrase ("according to"), a possessed noun of saying ("her remark that ..."), a stance or act verb
with a clause or object ("believes that ...", "criticized X for ..."), a stance adjective with
what it takes ("critical of ...", "confident that ..."), an evidential with no source ("is
expected to ...", "seems ...", "reportedly"), or any verb that tags or introduces a quote
('"...," Trump shot back'; 'She addressed them again: "..."'). What counts follows PARC's
definition of attribution, which PolNeAR annotates: beliefs, stances and intentions as well as
speech. Separate from the quotes so that what the parse says about each cue can be read and
tested without the rules that assign quotes to cues.

This module holds the driver, :func:`find_attributions`, and the rules of the verb cues: which
verb is a cue, its source, its addressee and channel, its content. The rest is read elsewhere:
the record (:class:`Attribution`) and the quoted-token test in :mod:`tidings.analyze.attrecord`;
the cues that are no verbs in :mod:`tidings.analyze.nonverbcues`; the verbs that tag or
introduce a quote in :mod:`tidings.analyze.quotetags`; what can be a source in
:mod:`tidings.analyze.sources`; who speaks in :mod:`tidings.analyze.subjects`; what was said in
:mod:`tidings.analyze.content` (a clause) and :mod:`tidings.analyze.objects` (no clause).
"""

from __future__ import annotations

import re

from spacy.attrs import LOWER, POS
from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from tidings.analyze.addressees import (
    TOLD_PASSIVE,
    addressee_name,
    addressee_of,
    asked_by,
    joined_passive_subject,
)
from tidings.analyze.attrecord import Attribution, inside, inside_all
from tidings.analyze.content import (
    clause_end,
    content_of,
    misread_conjunct_cue,
    misread_tag,
    name_run_tag,
    trim,
    with_marks,
)
from tidings.analyze.cues import (
    ADDRESSEE_VERBS,
    CHANNEL_NOUNS,
    CLAUSE_ONLY_FORMS,
    CLAUSE_STANCE_ADJECTIVES,
    COLON_NOUNS,
    DOCUMENT_NOUNS,
    EVIDENTIAL_ADVERBS,
    INTENT_VERBS,
    MAKE_FORMS,
    MESSAGE_NOUNS,
    PASSIVE_EVIDENTIALS,
    QUESTION_PARTICIPLES,
    RAISING_FORMS,
    SHARE_WORDS,
    SPEECH_NOUNS,
    STANCE_ADJECTIVES,
    STANCE_NOUNS,
    TAG_ONLY,
    act_lemma,
    cue_lemma,
    is_stance,
    writers_idiom,
)
from tidings.analyze.mentions import read_mention
from tidings.analyze.nlp import text_of
from tidings.analyze.nonverbcues import (
    VIEW_NOUNS,
    according_to,
    adjective_attribution,
    evidential,
    held_by_other,
    in_view,
    message_colon,
    noun_attribution,
)
from tidings.analyze.objects import directive, document_object, object_content, quoted_label
from tidings.analyze.quotemarks import Quoted
from tidings.analyze.quotetags import (
    introduces_quote,
    leads_into_quote,
    read_out,
    reply_after,
    tags_quote,
)
from tidings.analyze.sources import person_like, source_like, source_preposition, time_like
from tidings.analyze.subjects import (
    adjacent_subject,
    inverted_subject,
    plural_read_as_verb,
    subject_of,
    that_clause,
)
from tidings.wordlists import word_list

#: The record is defined in :mod:`tidings.analyze.attrecord`; importers may keep taking it from
#: here, next to :func:`find_attributions`, which makes it.
__all__ = ["OBJECT_NOT_SPEECH", "Attribution", "find_attributions"]


def _put_it(verb: Token) -> str | None:
    """'put' when it is the idiom of saying 'as X put it' ('As Vulture put it, "Hello ..."'),
    else None; 'put' alone ('put the money aside') says nothing."""
    if verb.lower_ not in ("put", "puts") or verb.pos_ != "VERB":
        return None
    kids = list(verb.children)
    has_it = any(c.dep_ == "dobj" and c.lower_ == "it" for c in kids)
    has_as = any(c.dep_ == "mark" and c.lower_ == "as" for c in kids)
    return "put" if has_it and has_as else None


def _made_clear(verb: Token) -> tuple[Token, Token] | None:
    """ "clear" and the clause said in 'The mayor made it clear on Monday that the budget would
    fail' and 'She made clear that she would run': a form of "make" right before "clear" (or
    "it clear"), with a clause of its own (a subject, or "that") after "clear", which the parse
    hangs on the verb or on "clear". None otherwise ('made the roads clear of traffic')."""
    if verb.lower_ not in MAKE_FORMS or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None  # 'the comparisons were made clear as they celebrated': no one says it
    doc = verb.doc
    k = verb.i + 1
    if k < len(doc) - 1 and doc[k].lower_ == "it":
        k += 1
    if k >= len(doc) - 1 or doc[k].lower_ != "clear":
        return None
    clear = doc[k]
    heads = (verb, clear) if clear.head.i == verb.i else (verb,)
    clause = next(
        (
            c
            for h in heads
            for c in h.rights
            if c.i > clear.i
            and c.dep_ in ("ccomp", "advcl")
            and c.pos_ in ("VERB", "AUX")
            and any(g.dep_ in ("nsubj", "nsubjpass") or g.lower_ == "that" for g in c.lefts)
            and not any(g.dep_ == "mark" and g.lower_ != "that" for g in c.lefts)
        ),
        None,
    )
    return (clear, clause) if clause is not None else None


#: Verbs that say something only with the particle "back" ("shot back that ...", "hit back
#: that ..."); alone they are shooting and hitting.
_BACK_VERBS = frozenset(
    word_list("shoot shoots shot shooting fire fires fired firing hit hits hitting snap snapped")
)


def _answered_back(verb: Token) -> str | None:
    """'retort' for a reply with "back" and a clause ('Haley shot back that his opponent had
    "never balanced a budget"'), else None. With a quote right after, such a verb is already a
    cue (:func:`tags_quote`, :func:`leads_into_quote`); with a clause it was not."""
    if verb.lower_ not in _BACK_VERBS or verb.pos_ != "VERB":
        return None
    kids = list(verb.children)
    back = any(c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in kids)
    return "retort" if back and any(c.dep_ == "ccomp" for c in kids) else None


def _conjunct_of(tok: Token) -> Token | None:
    """The verb of saying whose subject a misread second verb of saying shares
    (:func:`~tidings.analyze.content.misread_conjunct_cue`): the first verb of saying above
    the "but" or "and" before it ('Senator Reed said the tariffs were "painful" but insisted
    ...': "said"). None when no verb of saying governs the conjunction."""
    verb = tok.doc[tok.i - 1].head
    while True:
        if verb.pos_ in ("VERB", "AUX") and verb.i < tok.i and cue_lemma(verb.lower_):
            return verb
        if verb.head.i == verb.i:
            return None
        verb = verb.head


def _is_clause(doc: Doc, content: tuple[int, int]) -> bool:
    """True when a content holds a verb: what an unnamed teller told someone ('He was told
    that the plan had failed'), not where someone was let in ('few women were admitted to
    surgical programmes'). An unnamed question's topic stays ('Asked about the dispute,
    Harris said': PolNeAR annotates 5 of 13 such on train 0-499)."""
    return any(t.pos_ in ("VERB", "AUX") for t in doc if content[0] <= t.idx < content[1])


def _ends_in_colon(sent: SpacySpan) -> bool:
    """True when the sentence's last non-space token is a colon."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == ":"


#: Things whose written words a sentence quotes with "read": 'One viral post read: "..."',
#: 'A sign taped to the door read, "Closed until further notice."'.
_WRITTEN = frozenset(
    word_list(
        """
post posts sign signs caption captions note notes message messages tweet tweets banner banners
placard placards headline headlines email emails text texts notice notices inscription plaque
poster posters billboard card cards letter letters label slogan line lines
"""
    )
)


def _written_words(verb: Token, subj: Token | None) -> bool:
    """True for "read" introducing the quoted words of a written thing: 'One viral post from a
    Chicago father read: "Paid $98 ..."' (the post is the source; a post is no speaker, so
    the other verbs that introduce a quote do not take it)."""
    return verb.lower_ in ("read", "reads") and subj is not None and subj.lower_ in _WRITTEN


def _addressee(
    verb: Token, lemma: str, subj: Token | None = None
) -> tuple[Token | None, Token | None]:
    """(addressee head, channel noun) among the cue's dependents: the addressee is
    :func:`tidings.analyze.addressees.addressee_of`'s; the channel, a channel noun the cue went
    through ("said in a statement", "in an interview with X")."""
    via = None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "to", "with", "during", "on"):
            if child.lower_ == "to" and lemma == "say":
                continue  # "said to reporters": a listener, not a channel
            for pobj in child.children:
                if pobj.dep_ == "pobj" and pobj.lower_ in CHANNEL_NOUNS:
                    via = pobj
    return addressee_of(verb, lemma, subj), via


#: The first test in :func:`find_attributions`: a token is read further only if it is a verb
#: (speech, act and tag cues are verbs, the last branch requires one) or one of the words whose
#: own branch reads it whatever its tag. Everything else, about two tokens in three, would reach
#: that last test and fail it. Words as ``LOWER`` ids, so no Token is made for them.
_VERB_POS = frozenset({VERB, AUX})
_NON_VERB_CUES = frozenset(
    get_string_id(w)
    for w in (
        "according",
        "per",
        *RAISING_FORMS,
        *PASSIVE_EVIDENTIALS,
        *EVIDENTIAL_ADVERBS,
        *STANCE_ADJECTIVES,
        *CLAUSE_STANCE_ADJECTIVES,
        *SPEECH_NOUNS,
        *STANCE_NOUNS,
        *VIEW_NOUNS,
        *COLON_NOUNS,  # message nouns among them
    )
)

#: Cue verbs whose base form is also a noun, so that after a plural noun the tagger may read
#: the two as one compound noun: 'The new guidelines state that ...' (like "nation state").
#: :func:`_noun_read_cue` reads them back as verbs; ``LOWER`` ids for the first test.
_NOUN_READ_FORMS = frozenset(("state", "claim", "note", "report", "show", "stress"))
#: Their forms in -s, which close a sentence as its tag: '..., the paper states.' (the tagger
#: reads "paper states" as a plural noun, in apposition; :func:`_tag_read_as_noun`).
_TAG_NOUN_READ_FORMS = frozenset(("states", "claims", "notes", "reports", "shows", "stresses"))
_NOUN_READ_IDS = frozenset(get_string_id(w) for w in _NOUN_READ_FORMS | _TAG_NOUN_READ_FORMS)
#: The words a closing tag's source may hold before its noun: 'the new paper', "the agency's
#: report".
_TAG_SOURCE_WORDS = frozenset(("DET", "ADJ", "NOUN", "PROPN", "PART", "NUM"))


def _noun_read_cue(tok: Token) -> tuple[Token, Token] | None:
    """(source noun, reported clause) when the tagger read a cue verb as the last noun of a
    compound: in 'The new guidelines state that pupils must wear masks' the parse makes
    "guidelines state" one noun, the sentence's root, with the "that" clause as its relative
    clause. A plural noun right before a base form that is the root, with a clause after it
    marked "that" and with a subject of its own, is a subject and its verb of saying: the
    document (or its authors) states the clause. None for any other token ('The nation state
    that emerged ...': "that" is the relative clause's subject, no mark)."""
    doc = tok.doc
    if tok.pos_ != "NOUN" or tok.tag_ != "NN" or tok.dep_ != "ROOT" or tok.i == 0:
        return None
    source = doc[tok.i - 1]
    if (
        source.dep_ != "compound"
        or source.head.i != tok.i
        or source.tag_ not in ("NNS", "NNPS", "VBZ")
        or not source.lower_.endswith("s")
    ):
        return None
    for clause in tok.rights:
        if (
            clause.dep_ in ("relcl", "acl", "ccomp")
            and clause.pos_ in ("VERB", "AUX")
            and that_clause(clause)
        ):
            return source, clause
    return None


def _tag_read_as_noun(tok: Token) -> tuple[Token, int] | None:
    """(source noun, the comma's index) when a sentence closes on a tag whose verb the tagger
    read as a plural noun: in 'Planting trees along rivers is the cheapest defence against
    floods, the paper states.' "paper states" is taken for one noun in apposition. A verb form
    in -s (:data:`_TAG_NOUN_READ_FORMS`) ending the sentence, right after a singular noun that
    can be a source (a document, an organisation, a person's title), with nothing but that
    noun phrase between it and a comma, is the tag: the noun says the clause before the comma
    ('the report notes', 'the agency's review states'). Not a plural noun in a list ('...,
    tax returns and bank statements.'), nor one whose noun before it is no source ('...,
    the nation states.')."""
    doc = tok.doc
    sent = tok.sent
    end = tok.i + 1
    if tok.tag_ != "NNS" or (end < sent.end and not doc[end].is_punct) or tok.i < 3:
        return None
    if any(not doc[k].is_punct for k in range(end, sent.end)):
        return None
    source = doc[tok.i - 1]
    if source.tag_ not in ("NN", "NNP") or not source_like(source):
        return None
    k = tok.i - 2
    while k > sent.start and doc[k].pos_ in _TAG_SOURCE_WORDS and tok.i - k <= 6:
        k -= 1
    if doc[k].text != "," or k - sent.start < 3 or doc[k + 1].pos_ != "DET":
        return None
    return source, k


def _noun_read_attribution(
    tok: Token, offset: int, paragraph: int, sentence: tuple[int, int], quoted: list[Quoted]
) -> Attribution | None:
    """The attribution of a cue verb the tagger read as a noun (:func:`_noun_read_cue`, and
    a closing tag, :func:`_tag_read_as_noun`): the compound's noun speaks, the "that" clause
    (or the clause before the tag) is what it says."""
    doc = tok.doc
    tag = _tag_read_as_noun(tok)
    if tag is not None:
        source, comma = tag
        content = trim(doc, tok.sent.start, comma)
        if content is None:
            return None
        att = _read_noun_cue(tok, source, content, offset, paragraph, sentence, quoted)
        if att.mention is not None:  # the whole noun phrase, 'the paper', not its noun
            words = doc[comma + 1 : tok.i]
            att.mention.start = offset + words[0].idx
            if att.mention.kind != "name":
                att.mention.description = words.text
        return att
    found = _noun_read_cue(tok)
    if found is None:
        return None
    source, clause = found
    content = trim(doc, clause.left_edge.i, clause_end(clause))
    if content is None:
        return None
    return _read_noun_cue(tok, source, content, offset, paragraph, sentence, quoted)


def _read_noun_cue(
    tok: Token,
    source: Token,
    content: tuple[int, int],
    offset: int,
    paragraph: int,
    sentence: tuple[int, int],
    quoted: list[Quoted],
) -> Attribution:
    """The record of a cue verb read as a noun, ``source`` its speaker."""
    content = with_marks(text_of(tok.doc), content, quoted)
    return Attribution(
        cue=(offset + tok.idx, offset + tok.idx + len(tok)),
        lemma=cue_lemma(tok.lower_) or tok.lower_,
        mention=read_mention(source, offset),
        sentence=sentence,
        paragraph=paragraph,
        content=(offset + content[0], offset + content[1]),
    )


#: The reason a source goes unnamed, read as a cue's content ('who did not want to be named',
#: 'asked not to be identified', 'spoke on condition of anonymity'): it says nothing the
#: source said, so it is no attribution (the source's words, if any, have a cue of their own).
_ANONYMITY = re.compile(
    r"(?:not )?to be (?:publicly )?(?:named|identified|quoted by name)\b"
    r"|on (?:the )?condition (?:of anonymity|that (?:he|she|they|his|her|their)\b)",
    re.IGNORECASE,
)


#: Participles of putting a question to someone: "Asked by reporters whether ...", "Pressed by
#: host Kristen Welker on whether ...": the agent asks, the one asked answers elsewhere.
_QUESTIONED = frozenset(("asked", "pressed"))


def _pressed(verb: Token) -> str | None:
    """'press' for "pressed" putting a question on a topic: 'Pressed by host Kristen Welker on
    whether he would sign the bill, Brooks said ...', 'Mr. Trump was pressed on why he had
    said it' (PolNeAR annotates the question, with the asker as its source, as it does
    "asked"). A passive or a participle with "on" or "about"; 'pressed the button', 'pressed
    charges' and 'hard-pressed to' are no question."""
    if verb.lower_ not in QUESTION_PARTICIPLES or verb.tag_ != "VBN":
        return None
    kids = list(verb.children)
    passive = verb.dep_ in ("advcl", "acl") or any(c.dep_ == "auxpass" for c in kids)
    topic = any(c.dep_ == "prep" and c.lower_ in ("on", "about") for c in kids)
    return "press" if passive and topic else None


#: Words after a passive "asked" in an aside: the question's subject or its agent.
_ASKED_NEXT = {"about", "by", "whether", "if", "why", "how", "what", "when", "for", "to"}


def _asked_aside(tok: Token, subj: Token | None) -> bool:
    """True for "asked" opening an aside right after the name it is said of: 'Prime Minister
    Jonas Berg, asked about the criticism during a visit to Brussels, said ...' (the small
    model makes Berg the subject of "asked"; he was asked, by someone unnamed)."""
    doc = tok.doc
    return (
        tok.lower_ in _QUESTIONED
        and subj is not None
        and subj.i == tok.i - 2
        and doc[tok.i - 1].text == ","
        and tok.i + 1 < len(doc)
        and doc[tok.i + 1].lower_ in _ASKED_NEXT
    )


#: Verbs of saying whose object alone is no content: "charged that ..." and '"...," he
#: charged' report a claim, "charged the founder with fraud" a prosecution and "charges a
#: $100,000 fee" a price; quoted words after the verb keep it ('charging the group with
#: "mass atrocities"': the words are the accuser's).
OBJECT_NOT_SPEECH = frozenset(("charge",))


def _quotes_after(verb: Token, quoted: list[Quoted]) -> bool:
    """True when a quoted stretch opens in the verb's phrase, after the verb."""
    end = verb.right_edge.idx + len(verb.right_edge)
    return any(verb.idx < q.start < end for q in quoted)


def _act_source(subj: Token, verb: Token, quoted: list[Quoted]) -> bool:
    """True when an act verb's subject can be its source: one :func:`source_like` reads (a
    person named, a source noun, an organisation, a pronoun), or a noun for a person whose act
    quotes words ('The doctor called the candidate "extremely physically fit"'): the marks
    show that the person's words are reported. Without a quotation, 'the driver saw a
    helicopter', 'the doctors offered to stage a clinic' report no one's words."""
    return source_like(subj) or (person_like(subj) and _quotes_after(verb, quoted))


#: Verbs of a speaker's filler ("you know", "I mean", "you see") and the pronoun before them.
_FILLER_VERBS = {"know": "you", "mean": "i", "see": "you"}


def _filler(verb: Token) -> bool:
    """True for "you know," "I mean," "you see," set off by punctuation: a speaker's filler
    ('"Give me a thousand rounds," you know, well, you might ...'), which names no one who
    speaks and reports nothing."""
    doc = verb.doc
    return (
        verb.i > 0
        and doc[verb.i - 1].lower_ == _FILLER_VERBS[verb.lower_]
        and (verb.i + 1 == len(doc) or doc[verb.i + 1].is_punct)
        and not doc[verb.i + 1 : verb.i + 2].text.startswith(":")
    )


#: Verbs of refusing: a verb of saying in their infinitive reports nothing said.
_REFUSALS = frozenset(("decline", "refuse"))


#: Act verbs of intent whose infinitive is what is intended ('plans to endorse Ms. Diaz',
#: 'sought to portray his rival as ...', 'prefers to back a winner'): they are acts of their
#: own, whose content is the infinitive.
_INTENDING = frozenset(("seek", "plan", "prefer"))


def _wished(verb: Token) -> bool:
    """True for an act verb in the infinitive of a wish ('wanted to support the hospital',
    'hopes to praise the team'): the act is what the subject wants or hopes, reported by the
    verb of wish as its content, not an act done."""
    return verb.dep_ == "xcomp" and cue_lemma(verb.head.lower_) in INTENT_VERBS


def _intended(verb: Token) -> bool:
    """True for a cue in the infinitive of an act of intent ('plans to endorse Ms. Diaz',
    'sought to reassure his investors'): what is planned or sought is reported by that verb,
    with the infinitive as its content, not as an act or a statement of its own (PolNeAR dev +
    train 0-499: 0 of 15 such inner acts and 0 of 7 such inner verbs of saying annotated, the
    outer verb is)."""
    return verb.dep_ == "xcomp" and act_lemma(verb.head.lower_) in _INTENDING


def _refused(verb: Token) -> bool:
    """True for a cue in the infinitive of a refusal: 'He declined to say how much it cost',
    'refused to comment on the talks': nothing was said, so "say" and "comment" are no
    attributions of their own; the refusal is ("declined" with "to say how much it cost", as
    PolNeAR annotates it)."""
    return verb.dep_ == "xcomp" and act_lemma(verb.head.lower_) in _REFUSALS


def _under(verb: Token) -> bool:
    """True for a gerund after "under" ('under questioning', 'under cross-examining'): the state
    of the one being questioned, a noun in all but its tag. In 'While the report said ...,
    under questioning Tom Reyes, the agency's director, acknowledged that ...' the parser makes
    "Tom Reyes" its object, and the questioning took the sentence's cue and its subject."""
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ == "under"


#: Participles that name a thing in a passive aside ('as it is known', 'as they are called').
_NAMING_PARTICIPLES = frozenset(("known", "called", "named", "dubbed", "nicknamed", "termed"))


def _naming_aside(verb: Token) -> bool:
    """True for a passive participle of naming in an "as" aside: 'the Old Mill, as it's known
    locally,', 'the Red Span, as it is also called,': the writer gives another name of a thing,
    nobody's words. The aside carries no clause and no quotation of its own, so without this
    test "known" took the sentence's rest ("is closed") as content, and a quotation later in
    the paragraph as a cue with no speaker. 'as the mayor said', 'as it is known that ...' (a
    clause) and 'known as "the Rock"' (no "as" before the verb) stay."""
    return (
        verb.lower_ in _NAMING_PARTICIPLES
        and any(c.dep_ == "mark" and c.lower_ == "as" and c.i < verb.i for c in verb.children)
        and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        and not any(c.dep_ in ("ccomp", "dobj", "oprd", "attr") for c in verb.children)
    )


#: What one concedes when conceding is an act, not words: a contest ('conceded the race').
_CONTESTS = frozenset(
    ("race", "election", "contest", "nomination", "primary", "seat", "runoff", "vote")
)


def _no_words(verb: Token, lemma: str) -> bool:
    """True for a verb of saying used for a role or an act with no clause, no infinitive and
    no quotation: 'her firm advises Brandt Motors on tax matters' (a line of business; on
    PolNeAR train 0-499 such "advise" with only a noun object was annotated 1 time in 11),
    'conceded the race for governor' (giving up a contest; "conceded that ..." reports what
    was said, and "conceded defeat" is left as PolNeAR annotates it), 'Testifying for the
    defense, ...', 'testified for 11 hours', 'testify before the committee' (an appearance as
    a witness; on PolNeAR dev and train 0-499 none of 8 such "testify" is annotated, the one
    "testified ... that ..." is)."""
    if lemma not in ("advise", "concede", "testify"):
        return False
    kids = list(verb.children)
    if lemma == "testify":  # for or against a side: still no words reported
        return not any(c.dep_ in ("ccomp", "xcomp") or c.lower_ == "that" for c in kids)
    if any(c.dep_ in ("ccomp", "xcomp") or c.lower_ in ("that", "against") for c in kids):
        return False
    if lemma == "concede":
        return any(c.dep_ == "dobj" and c.lower_ in _CONTESTS for c in kids)
    # 'advising foreign leaders on how to win elections': advice in words
    on = [g for c in kids if c.dep_ == "prep" for g in c.children if g.dep_ == "pcomp"]
    return not on and any(c.dep_ in ("dobj", "prep") for c in kids)


#: Reflexive pronouns: 'found himself ...' says where the subject ended up, not what it found.
_REFLEXIVES = frozenset(
    ("myself", "yourself", "himself", "herself", "itself", "ourselves", "yourselves", "themselves")
)


def _no_finding(verb: Token, lemma: str) -> bool:
    """True for a verb of finding or declaring that reports no finding: 'The senator found
    himself defending the bill' (where the subject ended up; on PolNeAR dev and train 0-499 none
    of the three "found himself/itself" is annotated) and 'Paramedics pronounced the man dead'
    (a death certified, as "was pronounced dead" is; 'pronounced his support for ...' stays)."""
    doc = verb.doc
    if lemma == "find":
        reflexive = verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in _REFLEXIVES
        return reflexive or _found_hard(verb) or _found_in_body(verb)
    if lemma == "pronounce":
        return any(t.lower_ == "dead" and t.head.i != t.i for t in verb.subtree if t.i > verb.i)
    return False


#: Adjectives of ease after 'found it': how hard something was for the subject to do.
_EASE = frozenset(
    ("difficult", "hard", "harder", "hardest", "easy", "easier", "impossible", "tough", "tougher")
)

#: A body found, or a person found in a bodily state: what was come upon, not concluded.
_BODIES = frozenset(("body", "bodies", "remains", "corpse", "corpses"))
_BODILY = frozenset(
    ("dead", "alive", "unconscious", "unresponsive", "injured", "wounded", "buried", "lying")
)


def _found_hard(verb: Token) -> bool:
    """True for 'found it difficult to ...', 'will find it harder to ...': the subject's
    experience of a task, no finding (PolNeAR dev + train 0-499: 0 of 2 annotated; the hand
    golds 0 of 1)."""
    doc = verb.doc
    return (
        verb.i + 2 < len(doc) and doc[verb.i + 1].lower_ == "it" and doc[verb.i + 2].lower_ in _EASE
    )


def _found_in_body(verb: Token) -> bool:
    """True when a body, or someone in a bodily state, was found: 'Rescuers found his remains',
    'officers found him unconscious', 'they found her buried in a basket'. Something come
    upon, not a conclusion reported (the hand golds: 0 of 3; 'the jury found him guilty' and
    'the poll found voters uneasy', which judge, stay)."""
    for child in verb.rights:
        if child.dep_ == "dobj" and child.lower_ in _BODIES:
            return True
        if child.dep_ in ("dobj", "ccomp", "oprd", "xcomp"):
            # 'found him unconscious': the parse reads "him" as the subject of "unconscious",
            # or "unconscious" as a word after the object
            nxt = verb.doc[child.right_edge.i + 1 : child.right_edge.i + 2]
            if child.lower_ in _BODILY or (len(nxt) == 1 and nxt[0].lower_ in _BODILY):
                return True
    return False


#: Verbs of saying with an everyday sense that reports no words: "relate to" (concern), "add"
#: with an object (put in), "threaten" said of a thing (endanger).
_OTHER_SENSES = frozenset(("relate", "add", "threaten", "quote", "point"))

#: What a seller quotes, as the object of "quote": 'quoting a three-week lead time', 'quoted
#: a price of $400' (terms of sale, not someone's words).
_TERMS = frozenset(
    word_list(
        """
        price prices time times rate rates fee fees cost costs charge charges premium premiums
        fare fares
        """
    )
)

#: Verbs of saying whose direct object is the thing written or ended, not what was said:
#: 'wrote a letter', 'interrupted the speech', 'concluded the hearing', 'boasts a big lead'
#: (has one). Not "post" or "answer": PolNeAR annotates half and more of 'posted a photo of
#: ...', 'answering questions about ...' (6 of 12 and 7 of 18 on dev + train 0-499).
_OBJECT_NOT_WORDS = frozenset(("write", "interrupt", "conclude", "boast"))


def _words_with(verb: Token, quoted: list[Quoted]) -> bool:
    """True when a clause, a quotation or a parenthetical tag goes with the verb: then it
    reports words whatever its object ('wrote to the board that ...', 'wrote: "..."'). A
    quotation that closes a few words before the verb counts too: the verb may tag it, with
    the speaker read as its object ('"Denver," he answered', '"...!" wrote a man calling
    himself X'); a quoted name further back ('in a forum called "XDA" in posts relating to
    ...') does not."""
    if _quotes_after(verb, quoted):
        return True
    if any(_tagged_before(verb, q) for q in quoted):
        return True
    return any(
        c.dep_ in ("ccomp", "parataxis") or (c.lower_ == "that" and c.i > verb.i)
        for c in verb.children
    )


def _tagged_before(verb: Token, q: Quoted) -> bool:
    """True when the quotation ``q`` ends in a comma, "!" or "?" a few words before the verb,
    which then tags it ('"Denver," he answered', '"...!" wrote a man')."""
    text = verb.doc.text
    if q.end > verb.idx or len(text[q.end : verb.idx].split()) > 4:
        return False
    tail = text[q.end : verb.idx].lstrip("\"'”’ ")
    return text[q.end - 1 : q.end] in (",", "!", "?") or tail[:1] in (",", "!", "?")


def _own_subject(verb: Token) -> Token | None:
    """The verb's written subject; for a relative pronoun, the noun the clause hangs on ('an
    assault that threatened ...': the assault)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in ("that", "which") and verb.dep_ == "relcl":
        return verb.head
    return subj


def _noun_of_words(tok: Token) -> bool:
    """True for a noun of saying or of a stance ('a warning', 'his concerns'), which names
    words even as the object of a verb that may report none."""
    low = tok.lower_
    return low in SPEECH_NOUNS or low in STANCE_NOUNS or low in MESSAGE_NOUNS


def _other_sense(verb: Token, lemma: str, quoted: list[Quoted]) -> bool:
    """True for a verb of saying used in a sense that reports nothing, with no clause and no
    quotation after it: 'posts relating to technical topics', 'costs related to the ads'
    (what something concerns); 'the messages add urgency to the scam', 'could add fuel to the
    dispute' (something put in); 'the smoke threatens the health of ...', 'a case that
    threatened to cripple the unions' (a thing, no source, endangers); 'the dealer is quoting
    a three-week lead time' (a seller's terms); 'pointed a finger at the board' (a gesture;
    on PolNeAR train 0-499 none of three such "point" was annotated). On PolNeAR dev + train
    0-499 the gold matched 0 of 8 "relate to" predictions, 1 of 15 "add" with a noun phrase
    and 2 of 8 "threaten" with one; the hand golds of real pages none. "related that ...",
    '"...," she added', "added that ...", "added a warning" (a noun of saying), "threatened to
    sue" (a person's threat) stay."""
    if lemma not in _OTHER_SENSES or _words_with(verb, quoted):
        return False
    if lemma == "relate":
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
    if lemma == "add":
        # 'added a warning about the costs': a noun of saying as the object is words still
        return any(c.dep_ == "dobj" and not _noun_of_words(c) for c in verb.children)
    if lemma == "point":
        # 'pointed a finger at the board', '2X points on all travel' (a noun read as a verb):
        # a gesture or no verb at all; 'pointed to the figures', 'pointed out' report words
        kids = list(verb.children)
        if any(c.lower_ in ("to", "out", "up") for c in kids):
            return False
        return any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in ("on", "at")) for c in kids
        )
    if lemma == "quote":
        # 'the dealer is quoting a three-week lead time': a seller's terms, not words
        return any(c.dep_ == "dobj" and c.lower_ in _TERMS for c in verb.children)
    subj = _own_subject(verb)
    thing = subj is not None and (subj.pos_ == "NOUN" or subj.lower_ in ("it", "this", "that"))
    return thing and not source_like(subj)


def _object_not_words(verb: Token, lemma: str, quoted: list[Quoted]) -> bool:
    """True for a verb of writing or ending whose direct object is the writing or the event
    itself, with no clause or quotation: 'wrote a letter to the council', 'writes a weekly
    column', 'interrupted the speech', 'concluded its third hearing', 'boasts a 20-point
    lead'. The object names no words said (what the letter says would be a clause or a
    quotation). PolNeAR dev + train 0-499, predictions this drops: "write" 27, of them 7
    matched; "interrupt" 5, "conclude" 2, "boast" 2, none matched; the hand golds of real
    pages none of 7. 'wrote about the forgeries' (a topic) stays."""
    if lemma not in _OBJECT_NOT_WORDS or _words_with(verb, quoted):
        return False
    return any(c.dep_ == "dobj" for c in verb.children)


#: What a business sells, as the object of "offer": 'companies offering cloud computing
#: services', 'the bank offers low-interest loans' (an offer of goods, not of words).
_GOODS = frozenset(
    word_list(
        """
        service services product products goods discount discounts loan loans rebate rebates
        coverage insurance subscription subscriptions course courses class classes flight
        flights room rooms meal meals amenity amenities package packages treatment treatments
        activity activities tour tours dish dishes venue venues program programs programme
        programmes
        """
    )
)


def _goods_offered(verb: Token, lemma: str, quoted: list[Quoted]) -> bool:
    """True for "offer" whose direct object is a thing sold or provided, with no clause or
    quotation: 'companies offering cloud computing services', 'the clinic offers free classes'.
    Offering goods is trade, not speech; 'offered his congratulations', 'offered no proof',
    'offered to pay' (words or a proposal) stay."""
    if lemma != "offer" or _words_with(verb, quoted):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in _GOODS for c in verb.children)


def _comparison(verb: Token) -> bool:
    """True for a comparison that is no one's judgment: "compared to" or "compared with" set
    off by a comma after a clause ('Trump holds 14 percent of the vote, compared to 76 percent
    for Clinton' compares two figures, a participle used as a preposition with no subject of
    its own), and a document that compares ('a new survey compares ten online panels', 'our
    review compared the card to last year's': a study's method, not a view). 'Smith compared
    the plan to a blank cheque' and 'critics compared him to Nixon' stay: people compare. (On
    PolNeAR train 0-499 the gold had none of the five.)"""
    if act_lemma(verb.lower_) != "compare":
        return False
    subj = _own_subject(verb)
    if subj is not None and subj.lower_ in DOCUMENT_NOUNS:
        return True
    doc = verb.doc
    return (
        verb.lower_ == "compared"
        and verb.i > 0
        and doc[verb.i - 1].text == ","
        and verb.i + 1 < len(doc)
        and doc[verb.i + 1].lower_ in ("to", "with")
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _absolute_subject(verb: Token) -> Token | None:
    """The noun a participle follows in an absolute clause after "with", which is its subject:
    in '..., researchers believe, with warmer seas pushing the fish north' the seas push (no
    source, so no act of the researchers'), and in 'The bill passed, with critics calling it a
    giveaway' the critics act. The parser makes the participle a modifier of the noun, and
    the subject search would climb past it to the sentence's speaker."""
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ not in ("VBG", "VBN") or head.dep_ != "pobj":
        return None
    return head if head.head.lower_ == "with" and head.i < verb.i else None


def _passive_subject(cue: Token, lemma: str, subj: Token) -> bool:
    """True when ``subj`` is what a passive cue is done to: its own passive subject ('he was
    told'), or, for a verb of telling, the subject of an active verb it is joined to ('I asked
    about the grape and was told: "..."': the one who asked is the one told, not the teller)
    or hangs on as a passive infinitive ('I asked, only to be told: "..."', 'He called the
    office to be told that ...').
    Not other verbs joined so ('Effron is a donor and has been mentioned as a possible
    secretary': the passive names its topic, as the cue's own passive does)."""
    if subj.dep_ == "nsubjpass" and subj.head.i == cue.i:
        return True
    shared = joined_passive_subject(cue) if lemma in TOLD_PASSIVE else None
    return shared is not None and shared.i == subj.i


def _agent(verb: Token) -> Token | None:
    """The agent of a passive cue ("was criticized by Rubio": Rubio), or None; a "by" phrase of
    time is a deadline, not an agent ("was declared extinct by the 1970s")."""
    by = next((c for c in verb.children if c.dep_ == "agent"), None)
    who = next((c for c in by.children if c.dep_ == "pobj"), None) if by is not None else None
    return None if who is None or time_like(who) else who


def _passive_as_frame(verb: Token) -> bool:
    """True for a passive participle in an "as" clause that frames the clause it hangs on:
    '..., as confirmed by the coast guard', 'as first reported by Politico'. Its agent said
    the framed clause (:func:`tidings.analyze.content.content_of` reads it as the active 'as
    the coast guard confirmed' is read)."""
    return (
        verb.tag_ == "VBN"
        and verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and not any(c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children)
    )


def _named_by(verb: Token, passive: Token) -> tuple[Token, tuple[int, int]] | None:
    """The agent and the content of a passive naming, when the parser hung the agent's "by"
    on the name: in 'The closure was described as "a terrible loss" by the council' or 'The
    deaths were called "heartbreaking" by the agency' the council and the agency speak. What
    they said is the thing named with its name, from the passive subject to the name's end
    (the cue between): PolNeAR annotates it so ('<subject> ... "<name>"'), as it annotates
    the active 'described the closure as "a terrible loss"' with the object and the name.
    Only a name after "as" or a predicate of the verb ('called X'), in quote marks or an
    adjective, with a "by" phrase inside it whose object can be a source (in 'was described
    as a plan by the city to ...' the "by" phrase says whose plan). Returns that object and
    the content's span (paragraph offsets, up to the "by")."""
    for child in verb.rights:
        if child.dep_ == "prep" and child.lower_ == "as":
            name = next((c for c in child.children if c.dep_ == "pobj"), None)
        elif child.dep_ in ("oprd", "attr"):
            name = child
        else:
            continue
        if name is None:
            continue
        by = next((t for t in name.subtree if t.lower_ == "by" and t.dep_ == "prep"), None)
        agent = next((c for c in by.children if c.dep_ == "pobj"), None) if by else None
        if agent is None or not source_like(agent):
            continue
        if not (verb.doc[by.i - 1].is_quote or name.pos_ == "ADJ"):
            continue  # 'was described as a plan by the city to ...': the city's plan
        span = trim(verb.doc, passive.left_edge.i, by.i)
        return (agent, span) if span is not None else None
    return None


def _adjective_subject(verb: Token) -> Token | None:
    """The subject of a cue in the infinitive after an adjective: in 'The senator was quick to
    point out that ...', 'Voters are more likely to say that ...' the cue hangs on the adjective
    ("quick", "likely"), which hangs on the copula; the copula's subject is who speaks. None
    for any other verb, for a verb that is no verb of saying ('was eager to find', 'likely to
    want'), and for "it" ('It is worth noting that ...': no one speaks)."""
    adjective = verb.head
    if verb.dep_ != "xcomp" or adjective.dep_ != "acomp" or adjective.pos_ != "ADJ":
        return None
    if not cue_lemma(verb.lower_) or is_stance(verb.lower_):
        return None  # 'was pleased to find that ...': a feeling and a finding, no words
    copula = adjective.head
    subject = next((c for c in copula.children if c.dep_ == "nsubj" and c.i < adjective.i), None)
    if subject is None or subject.lower_ == "it":
        return None  # 'It is worth noting that ...', 'it is fair to say': the writer's idiom
    return subject


def _misread_modifier_content(verb: Token) -> tuple[int, int] | None:
    """The content of a cue in the past tense the tagger read as an adjective of the noun after
    it: in 'Ms. Ortiz implied immigrants were the ones breaking the law' the parse makes
    "implied immigrants" a noun phrase, yet "implied" has its own subject, Ms. Ortiz, so it is
    the verb, and the clause its noun opens is what was implied. None for a true adjective
    ('the implied threat'), which has no subject."""
    doc = verb.doc
    noun = verb.head
    clause = noun.head
    if (
        verb.dep_ != "amod"
        or verb.tag_ != "VBD"
        or noun.i <= verb.i
        or noun.dep_ not in ("nsubj", "nsubjpass")
        or clause.i <= noun.i
        or clause.pos_ not in ("VERB", "AUX")
        or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    ):
        return None
    return trim(doc, verb.i + 1, clause_end(clause))


def _passes_on(verb: Token) -> bool:
    """True for a verb of saying whose object is someone else's words with their clause ('The
    mayor echoed the concerns of residents that the road would bring traffic', 'repeated the
    warnings of economists that prices would rise'): the clause is the holder's, read at the
    noun (:func:`tidings.analyze.nonverbcues.held_by_other`), not the verb's subject's."""
    return any(c.dep_ == "dobj" and held_by_other(c) for c in verb.children)


def _with_marks_of(att: Attribution, doc: Doc, offset: int, quoted: list[Quoted]) -> Attribution:
    """``att`` with its content grown to the marks of a quotation it ends or starts with, as
    a verb's content is (:func:`tidings.analyze.content.with_marks`): 'her argument that the
    budget "must be balanced."' ends at the closing mark, not at the last word."""
    if att.content is None:
        return att
    span = (att.content[0] - offset, att.content[1] - offset)
    grown = with_marks(text_of(doc), span, quoted)
    if grown is not None:
        att.content = (offset + grown[0], offset + grown[1])
    return att


def _share_subject(verb: Token) -> tuple[Token, int, tuple[int, int]] | None:
    """The share of a group that a cue read as an adjective has for its subject, where the
    phrase starts, and the clause it reports: in 'A third said wages were too low', 'Nearly a
    fifth believed prices would fall' the tagger read "third" as an adjective and the cue as a
    participle of "wages", making "A third said wages" one noun phrase. A past form of a verb
    of saying or stance right after a share word ("half", "a third", "a majority"), with no
    subject of its own, before the subject of a clause, is the verb, the share its subject
    and the clause what was said. None otherwise ('the said wages', 'the reported figures')."""
    doc = verb.doc
    noun = verb.head
    clause = noun.head
    if (
        verb.dep_ != "amod"
        or verb.tag_ not in ("VBD", "VBN")
        or verb.i == 0
        or doc[verb.i - 1].lower_ not in SHARE_WORDS
        or not cue_lemma(verb.lower_)
        or noun.i <= verb.i
        or noun.dep_ not in ("nsubj", "nsubjpass")
        or clause.i <= noun.i
        or clause.pos_ not in ("VERB", "AUX")
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    share = doc[verb.i - 1]
    start = min(share.left_edge.i, noun.left_edge.i)
    if any(t.is_punct for t in doc[start : verb.i]):
        return None  # 'Of those polled, a third ...': the phrase starts after the comma
    content = trim(doc, verb.i + 1, clause_end(clause))
    return (share, start, content) if content is not None else None


def find_attributions(
    doc: Doc, offset: int, paragraph: int, quoted: list[Quoted]
) -> list[Attribution]:
    """Every cue outside quote marks in a parsed paragraph, with speaker, addressee, content."""
    found: list[Attribution] = []
    # each token's sentence and its offsets, from one pass (Token.sent walks back to the
    # sentence start per call), and which tokens are quoted, from one array test
    sents = [(sent, (offset + sent.start_char, offset + sent.end_char)) for sent in doc.sents]
    sent_of = [pair for pair in sents for _ in range(pair[0].start, pair[0].end)]
    quoted_tokens = inside_all(doc, quoted)
    for k, (pos, word) in enumerate(doc.to_array([POS, LOWER]).tolist()):
        if quoted_tokens[k] or (
            pos not in _VERB_POS and word not in _NON_VERB_CUES and word not in _NOUN_READ_IDS
        ):
            continue  # read as ids, without a Token: most words are none of the cues below
        tok = doc[k]
        sent, sentence = sent_of[k]
        if word in _NOUN_READ_IDS and pos not in _VERB_POS:
            noun_read = _noun_read_attribution(tok, offset, paragraph, sentence, quoted)
            if noun_read is not None:
                found.append(noun_read)
                continue  # else a noun of saying ('her claim that ...') is read below
        low = tok.lower_
        if low in _FILLER_VERBS and _filler(tok):
            continue
        if tok.tag_ == "VBZ" and any(plural_read_as_verb(c) is not None for c in tok.rights):
            continue  # 'Police reports state that ...': "reports" is the noun that states
        if low in ("according", "per") and source_preposition(tok) is not None:
            according = according_to(tok, sent, offset, paragraph, sentence, quoted)
            if according is not None:
                found.append(according)
            continue
        if low in RAISING_FORMS or low in PASSIVE_EVIDENTIALS or low in EVIDENTIAL_ADVERBS:
            sourceless = evidential(tok, offset, paragraph, sentence, quoted)
            if sourceless is not None:
                found.append(sourceless)
                continue
        if (low in STANCE_ADJECTIVES or low in CLAUSE_STANCE_ADJECTIVES) and tok.pos_ in (
            "ADJ",
            "VERB",
        ):
            adj = adjective_attribution(tok, offset, paragraph, sentence, quoted)
            if adj is not None:
                found.append(adj)
                continue
        if low in VIEW_NOUNS and tok.pos_ == "NOUN":
            view = in_view(tok, offset, paragraph, sentence, quoted)
            if view is not None:
                found.append(view)
                continue
        if (low in SPEECH_NOUNS or low in STANCE_NOUNS) and tok.pos_ == "NOUN":
            noun = noun_attribution(tok, offset, paragraph, sentence)
            if noun is not None:
                found.append(_with_marks_of(noun, doc, offset, quoted))
                continue
            noun = message_colon(tok, offset, paragraph, sentence)
            if noun is not None:
                found.append(noun)
            continue
        if low in COLON_NOUNS and tok.pos_ == "NOUN":
            message = message_colon(tok, offset, paragraph, sentence)
            if message is not None:
                found.append(message)
            continue
        made_clear = _made_clear(tok) if low in MAKE_FORMS else None
        lemma = cue_lemma(low) or _put_it(tok) or _answered_back(tok) or _pressed(tok)
        lemma = lemma or ("make clear" if made_clear is not None else None)
        if lemma is not None and (
            _refused(tok) or _no_finding(tok, lemma) or _under(tok) or _naming_aside(tok)
        ):
            continue
        if lemma is not None and (
            _other_sense(tok, lemma, quoted) or _object_not_words(tok, lemma, quoted)
        ):
            continue  # 'posts relating to technical topics', 'wrote a letter': no words
        if lemma is not None and _passes_on(tok):
            continue  # 'echoed the concerns of residents that ...': the residents' clause
        act = lemma is None and act_lemma(low) is not None
        if act and _comparison(tok):
            continue  # '14 percent of the vote, compared to 76 percent': figures compared
        if act and _wished(tok) and not _quotes_after(tok, quoted):
            continue  # 'who wanted to support the hospital': what he wanted, not an act
        if (act or lemma is not None) and _intended(tok) and not _quotes_after(tok, quoted):
            continue  # 'plans to endorse Ms. Diaz': what is planned, reported by "plans"
        if act:
            lemma = act_lemma(low)
            if _goods_offered(tok, lemma, quoted):
                continue  # 'companies offering cloud computing services': trade, no words
        # '"...," read a statement from the ministry': the writing after the verb is the source
        writing = (read_out(tok, quoted) or reply_after(tok, quoted)) if lemma is None else None
        tagged = lemma is None and (writing is not None or tags_quote(tok, quoted))
        # 'She then addressed the supporters again: "Here is what I regret."': any verb whose
        # sentence ends in a colon that opens a quote introduces it (its subject must be a
        # possible source, see below)
        intro = lemma is None and not tagged and introduces_quote(tok, quoted)
        intro = intro or (lemma is None and not tagged and leads_into_quote(tok, quoted))
        if tagged or intro:
            lemma = low  # '"Jeb wants to be a tough guy," Trump shot back.'
        label = None if lemma is not None else quoted_label(tok, quoted)
        if label is not None:
            lemma, act = low, True  # 'introduced him as "a fighter for families"'
        if lemma is None or tok.pos_ not in ("VERB", "AUX"):
            continue
        if (
            tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and lemma in ADDRESSEE_VERBS
            and not any(c.dep_ == "ccomp" for c in tok.children)
            # a sentence whose root is the noun is a misparse: '"...?" the 43-year-old asked'
            and tok.head.dep_ != "ROOT"
        ):
            # 'two people briefed on the plans', 'managers informed of the numbers': the noun
            # a past participle of telling follows is who was told, not who said anything
            continue
        if lemma == "deem" and not any(c.dep_ == "nsubj" for c in tok.children):
            continue  # 'messages later deemed "top secret"': judged by no one named
        text = text_of(doc)
        if writers_idiom(
            low, text[sent.start_char : tok.idx], text[tok.idx + len(tok) : sent.end_char]
        ):
            continue  # 'Which is not to say that ...', 'That said, ...': the writer's phrase
        if lemma == "quote" and any(
            c.lower_ == "as" and any(cue_lemma(g.lower_) for g in c.children) for c in tok.children
        ):
            continue  # "quoted as saying": the cue is read at "saying"
        verb, cue_start, cue_end = tok, tok.idx, tok.idx + len(tok)
        if low in _BACK_VERBS and lemma == "retort":
            back = next(c for c in tok.children if c.lower_ == "back")
            cue_end = max(cue_end, back.idx + len(back))  # the cue is "shot back"
        quoted_obj = None  # 'IRNA quoted Eslami as saying': Eslami spoke, through IRNA
        # "was quoted as saying": the cue is the whole phrase; the speaker is the passive subject
        if lemma == "say" and tok.head.lower_ == "as" and tok.head.head.lower_ == "quoted":
            verb = tok.head.head
            cue_start = verb.idx
            quoted_obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i < tok.i), None)
            if quoted_obj is not None and not inside(quoted_obj, quoted):
                cue_end = verb.idx + len(verb)  # the cue is "quoted": the object sits inside
            else:
                quoted_obj = None
        tag = misread_tag(tok)  # '<clause>, the minister announced on Monday, <gloss>'
        tag_speaker = tok.head if tag is not None else None
        run = name_run_tag(tok) if tag is None else None
        if run is not None:
            tag, tag_speaker = run  # '<clause> near Laredo, Texas, Customs and ... announced'
        content = label or tag or content_of(tok) or _misread_modifier_content(tok)
        share = _share_subject(tok) if content is None else None
        if share is not None:
            tag_speaker, _, content = share  # 'A third said wages were too low'
        first = None  # the verb of saying a misread second one shares its subject with
        if (conjunct := misread_conjunct_cue(tok)) is not None:
            first = _conjunct_of(tok)
            if first is None:
                continue
            content = trim(doc, tok.i + 1, clause_end(conjunct))
        if made_clear is not None:
            # 'made it clear that ...': the cue runs to "clear", the content is its clause
            clear, clause = made_clear
            cue_end = clear.idx + len(clear)
            content = trim(doc, clause.left_edge.i, clause_end(clause))
        # "Clinton released the following statement:", "Cruz called them on it:": a verb that
        # is a cue only with a clause or an object is one when its sentence ends in a colon,
        # which announces the words that follow
        announces = intro or ((is_stance(low) or act) and content is None and _ends_in_colon(sent))
        wish = False
        if content is None and low in CLAUSE_ONLY_FORMS:
            content = document_object(tok)
        if content is None and lemma in ADDRESSEE_VERBS:
            content = directive(tok)
        if is_stance(low) and content is None and lemma in INTENT_VERBS:
            # 'Clinton wants to raise the minimum wage': a wish or intent with an infinitive
            # (its subject must be a possible source, see below)
            inf = next((c for c in tok.rights if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
            if inf is not None:
                content, wish = trim(doc, inf.left_edge.i, clause_end(inf)), True
            elif lemma == "want":
                # 'voters want a switch to more liberal policies': a wish for a thing
                obj = next((c for c in tok.rights if c.dep_ == "dobj"), None)
                if obj is not None:
                    content, wish = trim(doc, obj.left_edge.i, clause_end(obj)), True
        if is_stance(low) and content is None and not announces:
            continue
        if content is None and not announces:
            # an addressee verb's object is the addressee, which object_content skips: 'warned
            # of a recession', 'told reporters about the plan' have content after it
            if _no_words(tok, lemma) and not _quotes_after(tok, quoted):
                continue  # 'her firm advises Brandt Motors on tax', 'conceded the race'
            content = object_content(tok, lemma)
            if lemma in OBJECT_NOT_SPEECH and not _quotes_after(tok, quoted):
                continue  # 'prosecutors charged the founder with fraud': no claim quoted
        if lemma in TAG_ONLY:
            if any(c.dep_ in ("dobj", "xcomp") for c in tok.rights):
                continue  # "continues to lead", "continued her tour"
            if tok.dep_ != "parataxis":
                content = None  # a parenthetical tag keeps its clause, as "he said" does
        content = None if tagged or intro else with_marks(text_of(doc), content, quoted)
        if content is not None and _ANONYMITY.match(text_of(doc), content[0], content[1]):
            continue  # 'a nurse, who did not want to be named,': why a source is unnamed
        spans = [(q.start, q.end) for q in quoted]
        subj = tag_speaker if tag_speaker is not None else subject_of(first or verb, spans)
        if subj is None:
            subj = _adjective_subject(verb)  # 'was quick to point out that ...'
        subj = writing or subj
        if act:  # an act's subject only: a verb of saying there may tag a quotation
            subj = _absolute_subject(tok) or subj
        quoted_by = None
        if quoted_obj is not None:
            quoted_by, subj = subj, quoted_obj
        passive = None  # the cue's own passive subject, when it has one
        asked_aside = _asked_aside(tok, subj)
        if asked_aside:
            subj = None  # 'Jonas Berg, asked about the criticism, said': Berg was asked
        if subj is None and low in _QUESTIONED and (tok.tag_ == "VBN" or asked_aside):
            # 'Asked by reporters whether ..., the spokeswoman said': the agent asked; so does
            # a "by" hung inside the topic ('Asked about the plan by a reporter'), which the
            # topic then ends before
            subj = _agent(tok)
            if subj is None and tok.lower_ == "asked" and (subj := asked_by(tok)) is not None:
                by = subj.head
                if content is not None and content[0] < by.idx < content[1]:
                    topic_start = next(t.i for t in doc if t.idx >= content[0])
                    content = trim(doc, topic_start, by.i)
        if subj is None and _passive_as_frame(tok):
            subj = _agent(tok)  # '..., as confirmed by the coast guard': the agent said it
        if (
            (announces or wish)
            and (subj is None or not source_like(subj))
            and not (intro and _written_words(tok, subj))
        ):
            continue
        if subj is not None and verb is tok and _passive_subject(tok, lemma, subj):
            # the cue's own passive ('he was told'); a subject shared with a passive verb it
            # is joined to ('Trump was forced into damage control and said ...') speaks
            # "jets were shown on TV", "he was told": the subject is not the source; the agent
            # ("was criticized by Smith") is
            passive = subj
            subj = _agent(tok)
            by = any(c.dep_ == "agent" for c in tok.children)
            named = _named_by(tok, passive) if not by else None
            if named is not None:
                subj, content = named  # 'was described as "a loss" by the council'
                content = with_marks(text_of(doc), content, quoted)
            if subj is not None and content is None and not announces:
                # 'The meeting was first reported by Politico', 'Cruz was criticized by
                # Rubio': what the agent reported or criticized is the passive's subject
                content = trim(doc, passive.left_edge.i, passive.right_edge.i + 1)
                if content is None and passive.pos_ == "PROPN":
                    content = passive.idx, passive.idx + len(passive)
        if subj is not None and inside(subj, quoted):
            subj = adjacent_subject(verb) or inverted_subject(verb)
            subj = None if subj is None or inside(subj, quoted) else subj
        if subj is not None and subj.i > tok.i and content and content[0] <= subj.idx < content[1]:
            content = None  # '"...," added another Democrat': the object is the speaker
        # 'Asked if he was ever bullied, the candidate said no': the question is attributed
        # content whose asker goes unnamed; so is what a passive with no agent reports ('He
        # was told that the plan had failed': the teller goes unnamed, the listener is not
        # the source)
        unnamed_asker = (
            subj is None
            and content
            and (
                (low in _QUESTIONED and (tok.tag_ == "VBN" or asked_aside))
                or (passive is not None and not act and _is_clause(doc, content))
            )
        )
        if unnamed_asker:
            pass
        elif subj is None or (
            act and not announces and (content is None or not _act_source(subj, tok, quoted))
        ):
            continue
        who, via = _addressee(tok, lemma, subj)
        if who is not None and content and content[0] < who.left_edge.idx < content[1]:
            # never an addressee inside the words reported ("said she had told the board");
            # one the content opens with is the parse's cut ("explained to the council that
            # ..." read as a relative clause of "council"), still the one spoken to
            who = None
        if who is not None and subj is not None and subj.left_edge.i <= who.i <= subj.i:
            who = None  # nor the speaker ("asked Mr. Manafort" read as its object)
        att = Attribution(
            cue=(offset + cue_start, offset + cue_end),
            lemma=lemma,
            mention=read_mention(subj, offset) if subj is not None else None,
            sentence=sentence,
            paragraph=paragraph,
            content=(offset + content[0], offset + content[1]) if content else None,
            strength=0.75 if announces else 0.5 if act else 0.6 if is_stance(low) else 0.75,
        )
        if run is not None and att.mention is not None and att.mention.kind == "name":
            # the parser cut the name at its first conjunct: it runs on to the cue
            last = doc[tok.i - 1]
            att.mention.end = offset + last.idx + len(last)
            att.mention.name = doc[run[1].i : tok.i].text
        if share is not None and att.mention is not None:
            # the parser hung the share's determiner on the next noun: the mention is the
            # whole phrase before the cue ('A third', 'Nearly a fifth')
            first = doc[share[1]]
            att.mention.start = offset + first.idx
            att.mention.description = doc[share[1] : tok.i].text
        if who is not None:
            lo = min([who.i] + [c.left_edge.i for c in who.lefts])
            att.addressee = (offset + doc[lo].idx, offset + who.idx + len(who))
            att.addressee_name = addressee_name(who)
            att.addressee_ref = read_mention(who, offset)
        if quoted_by is not None:
            att.via = (offset + quoted_by.left_edge.idx, offset + quoted_by.idx + len(quoted_by))
        elif via is not None:
            end = via
            for sub in via.children:
                if sub.dep_ == "prep" and sub.lower_ in ("with", "to") and sub.i > via.i:
                    end = sub.right_edge
            att.via = (offset + via.left_edge.idx, offset + end.idx + len(end))
        found.append(att)
    return found

"""Addressees: to whom a cue's words were said or written, read from the parse around the cue.

requires: a cue token of a parsed paragraph, the cue's lemma and subject. assigns: nothing;
returns the head token of the addressee (:func:`addressee_of`) and a readable name for it
(:func:`addressee_name`); :mod:`tidings.analyze.attributions` turns them into offsets, and
:mod:`tidings.analyze.resolve` resolves a pronoun or surname addressee with the speakers' book,
the same code that resolves speakers.

What names the one spoken to, in the order tried (the first found wins):

1. the object of a verb of telling ("told AFP", "assured analysts", "urged ministers to act");
   for "ask", "urge", "warn" and "encourage", whose object may be the content ("urged an end to
   the fighting"), only an object that is someone (:func:`_someone`) or that a clause follows;
2. "to" after a verb that takes a listener so ("said to reporters", "admitted to investigators",
   "wrote to the regulator"), not a reaction ("said to wild applause"); the one "called on" to
   act ("called on his supporters to stay calm");
3. a channel or conversation the cue went through, and who it went to or was with ("in a letter
   to shareholders", "in a statement emailed to Reuters", "in an interview with the BBC", "in a
   phone call with reporters");
4. a participle clause naming who the speaker was talking to or addressing ("Speaking to
   reporters, he said", "Addressing cabin crew, Holm said");
5. who asked the question the words answer ("Asked by reporters whether ..., he said",
   "Responding to a question from a student, ...");
6. the subject of a passive telling ("Staff were told by managers that ...");
7. for a participle cue hanging on a telling ("wrote to the Treasury, saying ...", "urged
   ministers to act, saying ..."), the telling's addressee, and on a verb that delivers a
   channel ("made the remarks to reporters, saying ...", "gave a speech to parliament,
   warning ..."), who the channel went to;
8. one named on the subject, between it and the cue ("Kim Lowe, speaking to reporters, said",
   "Dana Voss, in a note to investors, said"), or by a channel subject ("Her message to
   supporters said");
9. for the question of "Asked by a reporter whether ..., she said", the one asked: the
   subject of the clause it is set off before.

A quote with no cue, introduced by a possessed noun of saying, has the one that noun was
addressed to ("Her message to the company was short: "..."", :func:`listener_in_phrase`).

Never one inside the reported words, nor the speaker (:mod:`tidings.analyze.attributions`
checks both).

A channel said through ("said in a statement", "said on CNN's State of the Union") or a place
("said in parliament") names no addressee: the convention of the gold
(tests/data/quote_gold/README.md, "Addressees").
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from tidings.analyze.cues import ADDRESSEE_VERBS, CHANNEL_NOUNS, cue_lemma
from tidings.analyze.naming import ORG_NOUNS, PERSON_NOUNS, SOURCE_NOUNS
from tidings.analyze.nlp import entities_of
from tidings.analyze.subjects import made_known
from tidings.wordlists import MONTHS, WEEKDAYS, word_list

#: Verbs of telling whose object is always the one told ("told AFP", "informed investors").
_TELLING = frozenset(("tell", "inform", "assure", "remind", "brief"))

#: Verbs that take their listener with "to" ("said to reporters", "admitted to investigators",
#: "wrote to the regulator"), as lemmas of the cue lexicon; "pointed to", "referred to",
#: "objected to", "pleaded guilty to" take a topic, and are not here.
_TO_LISTENER = frozenset(
    word_list(
        """
say write speak talk explain admit confirm announce confide complain declare describe reveal
relay acknowledge report recount repeat mention signal indicate stress insist concede suggest
propose pledge promise apologize apologise lie whisper shout boast deny disclose comment remark
state emphasize emphasise vow argue testify petition send
"""
    )
)

#: Bodies of people the lexicons do not list as sources ("Staff were told", "urged the jury").
_BODIES = frozenset(
    word_list(
        """
staff crew team public audience crowd jury panel board committee parliament congress senate
cabinet assembly class police investigators investigator prosecutors prosecutor detectives
regulators regulator auditors auditor
"""
    )
)

#: What "said to ..." may be said to that is nobody: the audience's reaction, an extent.
_NOT_LISTENERS = frozenset(
    word_list(
        """
applause cheers cheer laughter laughs boos jeers gasps groans acclaim silence murmurs chants
effect extent degree date point end
"""
    )
)

#: Nouns of a conversation held with someone ("in a fireside chat with Marc Benioff", "in a
#: phone call with reporters"): with them, the one it was held with is the addressee.
_CONVERSATION_NOUNS = frozenset(
    word_list(
        """
interview interviews chat conversation conversations call calls teleconference meeting meetings
talk talks exchange discussion podcast briefing session sit-down q&a
"""
    )
)

#: Written things sent to someone, beside the channel nouns of the cue lexicon ("in a note to
#: investors", "in a text to his brother").
_MISSIVE_NOUNS = frozenset(
    word_list("note notes text texts cable telegram letters emails messages memos statements")
)

#: Participles of a clause naming who the speaker talked to ("Speaking to reporters later, he
#: said"; the pipeline has no lemmatizer: the forms are listed).
_TALK_FORMS = frozenset(("speaking", "talking", "spoke", "talked"))

#: Words of a question someone put ("Responding to a question from a student").
_QUESTION_NOUNS = frozenset(("question", "questions", "query", "queries"))
#: Participles that answer a question ("Responding to ...", "Answering ...").
_ANSWER_FORMS = frozenset(("responding", "replying", "answering"))

#: How the parse hangs a participle clause on the cue ("Responding to a question from a
#: student, Ana Ruiz said" is sometimes read as the clause's subject) or on its subject ("Kim
#: Lowe, speaking to reporters, said": "acl").
_CLAUSE_DEPS = frozenset(("advcl", "csubj", "npadvmod", "acl"))

#: What "told" may take as its object that is the content, not a listener ("telling their
#: family stories", "tells the story of how ...").
_TOLD_THINGS = frozenset(
    word_list(
        """
story stories truth lie lies joke jokes tale tales anything something nothing everything
difference time
"""
    )
)

#: Verbs whose passive subject is the one told ("Staff were told", "Rubio was asked whether");
#: not "assure" ("she is assured of winning" is no telling).
TOLD_PASSIVE = frozenset(("tell", "inform", "ask", "warn", "brief", "remind", "urge", "encourage"))

#: Participles that send a channel to someone ("a statement emailed to Reuters"); not "posted"
#: ("a video posted to her Facebook account" went to no listener).
_SENT_FORMS = frozenset(
    ("sent", "emailed", "e-mailed", "mailed", "given", "provided", "addressed", "delivered")
)

#: Endings of plural nouns of people ("politicians", "economists", "followers", "employees",
#: "agents"; not "-ments": "statements", "documents").
_PEOPLE_SUFFIXES = ("ians", "ists", "ers", "ees", "ants", "ents")

#: Entity labels that name an addressee written as a proper noun.
_NAME_LABELS = ("ORG", "PERSON", "GPE", "NORP", "FAC")

#: How the parse hangs "to X" on a verb: a preposition, or a dative ("a letter sent to
#: residents").
_TO_DEPS = frozenset(("prep", "dative"))

#: Pronouns that may be told something (not "it", "this", "that", "what").
_PERSONAL = frozenset(("him", "her", "them", "us", "me", "you", "he", "she", "they", "we", "i"))

#: Entity labels of a possible listener.
_LISTENER_LABELS = frozenset(("PERSON", "ORG", "NORP", "GPE"))


def addressee_of(verb: Token, lemma: str, subj: Token | None = None) -> Token | None:
    """The head token of the addressee of the cue ``verb`` (lemma ``lemma``), or None.
    ``subj``, the cue's subject, may carry it too (:func:`_on_subject`)."""
    return (
        _object(verb, lemma)
        or _let_know(verb)
        or _said_to(verb, lemma)
        or _called_on(verb, lemma)
        or _through_channel(verb)
        or _talked_to(verb)
        or _asker(verb)
        or _passive_subject(verb, lemma)
        or _telling_above(verb)
        or _second_tag(verb)
        or (_on_subject(subj) if subj is not None else None)
        or _one_asked(verb)
    )


def _let_know(verb: Token) -> Token | None:
    """Who is let know: 'The mayor let residents know that ...' tells the residents (the
    subject of "know"; not the "it" of 'made it known that ...')."""
    if made_known(verb) is None:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj" and c.lower_ != "it"), None)


def _on_subject(subj: Token) -> Token | None:
    """The addressee named on the subject, between it and the cue: "Dana Voss, in a note to
    investors, said"; "Kim Lowe, speaking to reporters, said"; "Hanna Roy, asked by a reporter
    ..., said"; or the subject a channel sent to someone: "Her message to supporters said"."""
    if subj.lower_ in CHANNEL_NOUNS:
        found = _listener_after(subj)
        if found is not None:
            return found
    return _through_channel(subj) or _talked_to(subj) or _asker(subj)


def addressee_name(head: Token) -> str:
    """A readable addressee name: the named entity in the phrase, without possessors."""
    doc = head.doc
    lo = min(
        [head.i] + [c.left_edge.i for c in head.lefts if c.dep_ not in ("poss", "det", "case")]
    )
    phrase = doc[lo : head.i + 1]
    # "Russia's Business FM radio" is Business FM; "a North Carolina rally", "Iowa reporters"
    # are not North Carolina or Iowa
    labels = _NAME_LABELS if head.pos_ == "PROPN" else ("ORG", "PERSON", "FAC")
    ents = [e for e in entities_of(phrase) if e.label_ in labels]
    if ents:
        return ents[-1].text
    appos = next((c for c in head.rights if c.dep_ == "appos" and c.ent_type_ == "PERSON"), None)
    if appos is not None and head.pos_ == "NOUN":
        # "a statement to my colleague Michael M. Grynbaum": the person named beside the noun
        return next(e.text for e in entities_of(doc) if e.start <= appos.i < e.end)
    for ent in entities_of(doc):
        if ent.start <= head.i < ent.end:
            return ent.text
    return phrase.text.strip("“”\"'‘’ ")


def _object(verb: Token, lemma: str) -> Token | None:
    """The object of a verb of telling: "told AFP", "urged ministers to act"."""
    if lemma not in ADDRESSEE_VERBS:
        return None
    # "urged ministers to act", "asked Ortega whether ...": a clause says the object was
    # spoken to ("urged a halt ... and for the council to meet" has a clause of its own subject)
    clause = any(
        c.dep_ == "ccomp"
        or (c.dep_ == "xcomp" and not any(g.dep_ == "nsubj" for g in c.children))
        or (c.dep_ == "advcl" and any(g.lower_ in ("if", "whether") for g in c.children))
        for c in verb.children
    )
    objects = [
        c
        for c in verb.children
        if c.dep_ in ("dobj", "dative", "iobj")
        and c.pos_ in ("NOUN", "PROPN", "PRON")
        and (c.pos_ != "PRON" or c.lower_ in _PERSONAL)
        and c.lower_ not in _TOLD_THINGS
    ]
    if not objects:
        return _name_told(verb, lemma)
    # the parse may cut one phrase into several objects ("told co-host Joe Scarborough",
    # "tells MSNBC's “Morning Joe”"): the run of adjacent ones is one addressee, named by its
    # last word; an object further on is something else ("asked the candidates to ..., a
    # request not always honored")
    head = objects[0]
    for nxt in objects[1:]:
        gap = head.doc[head.i + 1 : nxt.left_edge.i]
        if any(t.text == "," or not (t.is_punct or t.dep_ in ("case", "punct")) for t in gap):
            break
        head = nxt
    if lemma in _TELLING or clause or _someone(head) or _someone(objects[0]):
        return head
    return None


#: Capitalised words that may follow "told" and name no one told: a weekday, a month or a day
#: straight after the verb is a time ("Voss told Monday ...").
_TIME_NAMES = frozenset((*WEEKDAYS, *MONTHS, "today", "yesterday", "tonight"))


def _name_told(verb: Token, lemma: str) -> Token | None:
    """The one told, named straight after a verb of telling that the parse did not take as its
    object: '"...," she tells Axios.' (the tagger reads the outlet's unknown name as an adverb).
    The object of "tell" is always the one told, so a capitalised word right after the verb,
    hanging on it, ending the clause (a stop, comma or preposition follows), is its addressee;
    not a time ("told Monday"), not a word the parse gave another role."""
    if lemma not in _TELLING:
        return None
    doc = verb.doc
    if verb.i + 1 >= len(doc):
        return None
    tok = doc[verb.i + 1]
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if not (
        tok.head == verb
        and tok.dep_ in ("advmod", "npadvmod", "dep", "attr", "oprd", "intj")
        and tok.is_alpha
        and tok.text[:1].isupper()
        and tok.lower_ not in _TIME_NAMES
        and tok.ent_type_ not in ("DATE", "TIME")
    ):
        return None
    if after is not None and not (after.is_punct or after.dep_ == "prep"):
        return None
    return tok


#: Verbs of the list above whose "to" also takes what was owned up to ("admitted to the
#: affair", "confessed to the killing", "testified to its safety"): there the listener must be
#: someone ("admitted to the committee").
_TO_TOPIC = frozenset(("admit", "confess", "testify"))


def _said_to(verb: Token, lemma: str) -> Token | None:
    """The listener of "said to X", "admitted to X", "wrote to X"."""
    for prep in verb.children:
        pobj = _to_whom(prep, lemma)
        if pobj is not None:
            return pobj
    return None


def _called_on(verb: Token, lemma: str) -> Token | None:
    """X of "called on X to ...": an appeal to X to act ("called on his supporters to stay
    calm", "called on Congress to act") is said to X, as "urged X to ..." is. Only with the
    infinitive after it: "called on the school last week" is a visit."""
    if lemma != "call" or not any(c.dep_ == "xcomp" and c.i > verb.i for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "on" and prep.i == verb.i + 1:
            pobj = next((t for t in prep.children if t.dep_ == "pobj"), None)
            if pobj is not None and _someone(pobj):
                return pobj
    return None


def to_listener(prep: Token, lemma: str) -> bool:
    """True for "to X" after a verb that takes its listener so ("wrote to the mayor on Friday",
    "spoke to reporters"): X is the one spoken to, never what was said, so no content is read
    from it (:func:`tidings.analyze.objects.object_content`). Not when a clause hangs on X
    ("explained to the board that he had ...", a "that" clause the parse reads as the board's
    relative clause): that clause is the content. A true relative clause, opened by its
    relative pronoun ("apologized to the two workers who accused him of ..."), only says who
    the listener is."""
    pobj = _to_whom(prep, lemma)
    return pobj is not None and not any(
        c.dep_ in ("relcl", "acl") and not _relative_pronoun_first(c) for c in pobj.children
    )


def _relative_pronoun_first(clause: Token) -> bool:
    """True when ``clause`` opens with a relative pronoun standing for the noun it hangs on
    ("who accused him", "the family that had lost its home"), not with a "that" of a clause:
    "explained to the board that he had left the plan" may be read either way, and the
    telling is the likelier."""
    first = clause.left_edge
    if first.lower_ in ("who", "whom", "whose", "which"):
        return True
    return first.lower_ == "that" and first.dep_ in ("nsubj", "nsubjpass")


def _to_whom(prep: Token, lemma: str) -> Token | None:
    """X of ``prep`` when it is "to X" after a verb of lemma ``lemma`` that takes its listener
    with "to", and X may listen: the one rule of :func:`_said_to` and :func:`to_listener`."""
    if lemma not in _TO_LISTENER or prep.dep_ not in _TO_DEPS or prep.lower_ != "to":
        return None
    pobj = next((t for t in prep.children if t.dep_ == "pobj"), None)
    if pobj is None or not _listener(pobj):
        return None
    return pobj if lemma not in _TO_TOPIC or _someone(pobj) else None


def _through_channel(verb: Token) -> Token | None:
    """Who a channel went to or a conversation was with: "in a letter to shareholders", "in a
    statement emailed to Reuters", "in an interview with the BBC"."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _CHANNEL_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ == "pobj" and (
                noun.lower_ in CHANNEL_NOUNS
                or noun.lower_ in _CONVERSATION_NOUNS
                or noun.lower_ in _MISSIVE_NOUNS
            ):
                # "to X" on the noun, or on the preposition ("in a note to investors" parsed
                # with "to" hanging on "in")
                found = _listener_after(noun) or _listener_after(prep)
                if found is not None:
                    return found
    return None


#: Prepositions that put a cue in a channel or a conversation ("said in a letter to ...").
_CHANNEL_PREPS = frozenset(("in", "during", "on", "at", "through", "to", "with"))


def _listener_after(noun: Token) -> Token | None:
    """The listener in "to" or "with" after a channel noun ("a letter to X", "an interview with
    X"), or after the participle that sends it ("a statement emailed to X")."""
    for child in noun.rights:
        if child.dep_ in _TO_DEPS and child.lower_ in ("to", "with"):
            pobj = next((t for t in child.children if t.dep_ == "pobj"), None)
            if pobj is not None and _listener(pobj):
                return pobj
        if child.dep_ == "acl" and child.lower_ in _SENT_FORMS:
            for prep in child.children:
                if prep.dep_ in _TO_DEPS and prep.lower_ == "to":
                    pobj = next((t for t in prep.children if t.dep_ == "pobj"), None)
                    if pobj is not None and _listener(pobj):
                        return pobj
    return None


def _talked_to(verb: Token) -> Token | None:
    """The one spoken to ("Speaking to reporters later, he said") or addressed ("Addressing
    cabin crew at the base, Holm said")."""
    for child in verb.children:
        if child.dep_ in _CLAUSE_DEPS and child.lower_ in ("addressing", "addressed"):
            obj = next((t for t in child.children if t.dep_ == "dobj"), None)
            if obj is not None and _listener(obj):
                return obj
        if child.dep_ in _CLAUSE_DEPS and child.lower_ in _TALK_FORMS:
            for prep in child.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "with"):
                    pobj = next((t for t in prep.children if t.dep_ == "pobj"), None)
                    if pobj is not None:
                        return pobj
    return None


def _asker(verb: Token) -> Token | None:
    """Who asked the question the words answer: "Asked by reporters whether ..., he said";
    "Responding to a question from a student, the minister said"; "In response to a question
    from X". "Asked about the report" names no asker. The clause may hang on a verb the answer
    is joined to ("Asked by reporters ..., Hale smiled and said ...")."""
    heads = [verb, verb.head] if verb.dep_ == "conj" and verb.head.i < verb.i else [verb]
    for child in (c for head in heads for c in head.children):
        if child.dep_ in _CLAUSE_DEPS and child.lower_ == "asked":
            pobj = asked_by(child)
            if pobj is not None and _listener(pobj):
                return pobj
        elif (child.dep_ in _CLAUSE_DEPS and child.lower_ in _ANSWER_FORMS) or (
            child.dep_ == "prep" and child.lower_ == "in"
        ):
            found = _question_from(child)
            if found is not None:
                return found
    return None


def _one_asked(verb: Token) -> Token | None:
    """The one a question set off before a clause was put to: in "Asked by a reporter whether
    she would run again, she said ..." the reporter asks and the subject of "said" is asked
    (the question's addressee; the reply's is the reporter, :func:`_asker`); so is the one
    the question is set off after ("Ruiz, asked by a reporter whether ..., said")."""
    if verb.lower_ not in _ASKED_FORMS or verb.tag_ != "VBN" or verb.dep_ not in _CLAUSE_DEPS:
        return None
    if asked_by(verb) is None:
        return None
    if verb.head.i < verb.i:
        # 'Mark Ellery, asked by a reporter whether he would run, shook his head': an aside
        # set off after the one asked
        aside = verb.dep_ == "acl" and verb.doc[verb.i - 1].text == ","
        return verb.head if aside and _listener(verb.head) else None
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i > verb.i), None)
    return subj if subj is not None and _listener(subj) else None


#: Participles of a question put to someone ("Asked by reporters whether ...").
_ASKED_FORMS = frozenset(("asked", "pressed", "questioned", "quizzed"))


def asked_by(asked: Token) -> Token | None:
    """Who put the question of an "Asked ..." clause: its agent ("Asked by reporters"), or a
    "by" the parser hung inside the topic ("Asked about the painting by the newspaper Dagens
    Nyheter": the newspaper asked, the painting is the topic). A person named there is the
    topic's maker, not the asker ("Asked about the novel by Toni Morrison")."""
    agent = next((t for t in asked.children if t.dep_ == "agent"), None)
    if agent is not None:
        return next((t for t in agent.children if t.dep_ == "pobj"), None)
    topic = next((t for t in asked.children if t.dep_ == "prep" and t.lower_ == "about"), None)
    by = next((t for t in topic.subtree if t.lower_ == "by"), None) if topic else None
    who = next((t for t in by.children if t.dep_ == "pobj"), None) if by else None
    return who if who is not None and who.ent_type_ != "PERSON" else None


def _question_from(clause: Token) -> Token | None:
    """X in "a question from X" within ``clause`` (a participle clause or "in response to")."""
    for tok in clause.subtree:
        if tok.lower_ not in _QUESTION_NOUNS:
            continue
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by"):
                pobj = next((t for t in prep.children if t.dep_ == "pobj"), None)
                if pobj is not None and _listener(pobj):
                    return pobj
    return None


def _passive_subject(verb: Token, lemma: str) -> Token | None:
    """ "Staff were told by managers that ...": the one told is the passive's subject."""
    if lemma not in TOLD_PASSIVE or verb.tag_ != "VBN":
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if subj is None:
        subj = joined_passive_subject(verb)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if subj.pos_ == "NOUN" and not _someone(subj):
        return None  # "a different side of the story was being told": a thing told
    # "who has been asked to ...": a relative pronoun is no one by itself
    return subj if subj.pos_ != "PRON" or subj.lower_ in _PERSONAL else None


def joined_passive_subject(verb: Token) -> Token | None:
    """The subject a passive verb shares with the verb it is joined to or hangs on as an
    infinitive: 'I asked about it and was told: "..."', 'I asked, only to be told ...', 'He
    called the office to be told that ...': the one who asked is the one told (the listener,
    never the teller). None for a verb that is no passive so placed."""
    if verb.dep_ not in ("conj", "xcomp", "advcl"):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubj"), None)


def _telling_above(verb: Token) -> Token | None:
    """For a participle cue on a telling ("wrote to the Treasury, saying ...", "urged
    ministers to act, saying ..."), the telling's addressee: the words went to the same one."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    head = verb.head
    if head.i == verb.i:
        return None
    lemma = cue_lemma(head.lower_)
    if lemma is None:
        return _channel_delivered(head)
    return _object(head, lemma) or _said_to(head, lemma) or _through_channel(head)


def _second_tag(verb: Token) -> Token | None:
    """The one told in a second tag after an inverted one: in '"...," said Jean Moreau, an
    adviser to the board, told Reuters.' the writer ran two tags together, and the parser
    hangs "told" under "said" with the name as its subject (or, with no appositive between,
    "said" under "told", which has no subject: :func:`_run_on`); the one "told" is the
    addressee of the words "said" tags."""
    # "told" under "said" as its clause, or "said" under "told" as an aside (parataxis)
    tellings = [c for c in verb.children if c.dep_ == "ccomp"]
    if verb.dep_ == "parataxis":
        tellings.append(verb.head)
    for told in tellings:
        if told.i < verb.i or told.lower_ not in _TELLING_FORMS:
            continue
        subj = next((c for c in told.children if c.dep_ == "nsubj"), None)
        if subj is not None and verb.i < subj.i < told.i:
            return _object(told, "tell")
        if subj is None and _run_on(verb, told):
            return _object(told, "tell")  # '"...," said Jean Moreau, told Reuters.'
    return None


def _run_on(verb: Token, told: Token) -> bool:
    """True when ``told`` follows the tag ``verb`` heads (with its subject) after nothing but a
    comma: '"...," said Jean Moreau, told Reuters.', '"...," Moreau said, told Reuters.' With
    no subject of its own, the second verb's teller is the first tag's speaker."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    between = verb.doc[max(verb.i, subj.right_edge.i) + 1 : told.i]
    return len(between) > 0 and all(t.text == "," for t in between)


#: Past forms of a second tag of telling ('said X, told Reuters').
_TELLING_FORMS = frozenset(("told", "tells", "informed"))


def _channel_delivered(verb: Token) -> Token | None:
    """Who a channel went to when a verb that is no cue delivers it ("made the remarks to
    reporters", "gave a speech to parliament", "sent a letter to the president"): "to X" on
    the channel noun or on the verb. A participle cue hanging on that verb ("..., saying the
    budget was on track") says what the remarks, speech or letter said, so its words went to X.
    """
    for obj in verb.children:
        if obj.dep_ != "dobj" or not (obj.lower_ in CHANNEL_NOUNS or obj.lower_ in _MISSIVE_NOUNS):
            continue
        found = _listener_after(obj) or _listener_after(verb)
        if found is not None:
            return found
    return None


def _listener(tok: Token) -> bool:
    """True for a noun, name or pronoun that may be spoken to: not a reaction ("to wild
    applause"), not a thing ("pointed to the figures" is no telling at all)."""
    if tok.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False
    low = tok.lower_
    if tok.pos_ == "PRON":
        return low in _PERSONAL
    # "experts I spoke to this week": a time is no one
    return low not in _NOT_LISTENERS and not (
        tok.pos_ == "NOUN" and tok.ent_type_ in ("DATE", "TIME")
    )


def _someone(tok: Token) -> bool:
    """True for an object that names a person or a body ("urged Congress", "warned
    lawmakers"), not a thing ("urged an end to ...", "asked questions")."""
    if tok.pos_ == "PROPN":
        return True
    if tok.pos_ == "PRON":
        return tok.lower_ in _PERSONAL
    if tok.ent_type_ in _LISTENER_LABELS:
        return True
    low = tok.lower_
    if _listed_people(low):
        return True
    # a plural of people the lexicons do not list: "politicians", "followers", "economists"
    return tok.tag_ == "NNS" and low.endswith(_PEOPLE_SUFFIXES) and not low.endswith("ments")


def _listed_people(low: str) -> bool:
    """A lower-case noun, singular or plural, that the lexicons list for people, a body or an
    organisation ("lawmakers", "the board", "agencies")."""
    if low in _BODIES:
        return True
    forms = {low, low[:-1]} if low.endswith("s") else {low}
    if low.endswith("ies"):
        forms.add(low[:-3] + "y")
    return any(f in PERSON_NOUNS or f in SOURCE_NOUNS or f in ORG_NOUNS for f in forms)


#: "to" and the one addressed, after a noun of saying: "to the company", "to Senate Democrats",
#: "to his young players", up to a comma, colon, bracket, "was" or a phrase that follows it
#: ("to the workers in 2012"). Group 1 is the phrase, group 2 the words after its determiner (four
#: at most).
_TO_WHOM = re.compile(
    r"\bto\s+((?:(?:the|a|an|his|her|their|its|our|my)\s+)?"
    r"((?:[\w.'’-]+\s+){0,3}?[\w'’-]+))"
    r"(?=\s*(?:[,:(—–]|$)|\s+(?:was|is|were|are|has|had|remains|in|on|at|during|for|from|"
    r"of|about|after|before|over|last|this|that)\b)"
)


def listener_in_phrase(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """The one a possessed noun of saying was addressed to, in ``text[start:end]`` (the words
    from the possessor to the colon or "was" that introduce a quote with no cue, see
    :func:`tidings.analyze.verbless.said_by_possessor`): 'Her message to the company was short:
    "Fix it."' -> "the company" at its offsets, with its name "company" (the words after the
    determiner, as :func:`addressee_name` gives them). Only someone ("the company", "his
    players", "Congress"): not a thing answered ("His answer to the question was:") or met
    ("her response to the attack:")."""
    m = _TO_WHOM.search(text[:end], start)
    if m is None or not _someone_word(m.group(2).split()[-1]):
        return None
    return m.start(1), m.end(1), m.group(2)


def _someone_word(word: str) -> bool:
    """:func:`_someone` for a word with no parse: a name, a body, a noun for people or for an
    organisation, or a plural of people the lexicons do not list ("players", "donors")."""
    if word[:1].isupper():
        return True
    low = word.lower()
    return _listed_people(low) or (low.endswith(_PEOPLE_SUFFIXES) and not low.endswith("ments"))

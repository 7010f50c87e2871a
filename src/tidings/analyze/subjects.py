"""The speaker token of a cue verb, read from the dependency parse.

requires: a parsed paragraph Doc (tags, dependencies; entity types where NER ran) and a cue verb
in it. assigns: nothing; :func:`subject_of` returns the token whose noun phrase
:func:`tidings.analyze.mentions.read_mention` then reads as the speaker.

Separate because finding who speaks is its own long list of repairs to the small model's parse
(a dateline taken for the subject, an inverted '"...," said X', a participle with the sentence's
subject, a name after an apposition read as a participle), and each is easier to test and to
read next to the others than mixed with the rules for what was said
(:mod:`tidings.analyze.content`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from tidings.analyze.cues import ADDRESSEE_VERBS, CHANNEL_NOUNS, act_lemma, cue_lemma, is_stance
from tidings.analyze.names import TITLE_WORDS
from tidings.analyze.naming import ORG_NOUNS, PERSON_NOUNS
from tidings.wordlists import word_list

#: The causative verbs of "let someone know", "make it known".
_CAUSATIVES = frozenset(("let", "lets", "letting", "make", "makes", "made", "making"))


def made_known(verb: Token) -> Token | None:
    """The causative verb of "let X know that ...", "made it known that ...": who lets others
    know, or makes a thing known, tells it; the subject of "know" is who learns it (the
    addressee: :func:`tidings.analyze.addressees.addressee_of`), or "it", the clause's
    placeholder. None for any other verb, and for "know" alone ('Residents know that ...')."""
    if verb.lower_ not in ("know", "known") or verb.dep_ not in ("ccomp", "xcomp"):
        return None
    causer = verb.head
    if causer.lower_ not in _CAUSATIVES or causer.i > verb.i:
        return None
    return causer


def subject_of(verb: Token, quoted: list[tuple[int, int]] = ()) -> Token | None:  # type: ignore[assignment]
    """The speaker token of a cue verb: its subject, or the subject of the verb it hangs on.

    ``quoted`` are the paragraph's quoted character ranges: a subject inside them is the
    quote's own ('"Full panic mode," said Leslie Wimes' has two subjects).
    """
    if any(_let_us(c) for c in verb.lefts):
        return None  # "Let's hope ...": the writer's own wish, no one's words
    causer = made_known(verb)
    if causer is not None:
        return subject_of(causer, quoted)  # 'The mayor let residents know that ...'
    subjects = [
        c
        for c in verb.children
        if (c.dep_ in ("nsubj", "nsubjpass") or _name_as_gerund(c) or _name_as_compound(c))
        and not c.is_punct  # '„Wir kämpfen weiter“, a union leader told': the mark is no one
        and not any(a <= c.idx < b for a, b in quoted)
    ]
    if subjects:
        # two subjects is a mis-parse ('in Berea, OH, ..., Gov. John Kasich (R-OH), said'):
        # the one nearest before the verb is the speaker
        before = [c for c in subjects if c.i < verb.i]
        child = before[-1] if before else _named_first(subjects)
        if before and is_inverted(verb):
            # '<clause>, said Alan Abramowitz': the parser made the clause before the cue a
            # subject too; the name after the comma and the cue is the speaker
            child = next(c for c in subjects if c.i > verb.i)
        elif before and (named := _name_set_off(verb)) is not None:
            child = named
        if child.lower_ in ("who", "that", "which") and verb.dep_ == "relcl":
            return child
        owner = _owner_of_aside(verb, child)
        if owner is not None:
            return owner
        return _past_like_phrase(
            _past_fronted_phrase(_past_dateline(_past_acronym(_past_placeholder(child))))
        )
    tag = appositive_tag(verb)
    if tag is not None:
        return tag[1]  # '<clause>, the secretary of state, Maria Vigil, said'
    named = (
        _name_after_quote(verb, quoted)
        or _asked_before(verb)
        or _object_after_inverted_cue(verb)
        or _recalled_saying(verb)
        or plural_read_as_verb(verb)
    )
    if named is not None:
        return named
    if (
        verb.tag_ == "VBG"
        and _opens_sentence(verb)
        and (verb.head.i <= verb.i or any(a <= verb.head.idx < b for a, b in quoted))
    ):
        # 'Maher stated that the report "wasn't good." Adding, "..."': a participle that opens
        # its sentence and hangs on nothing after it but the quote (not 'Speaking to
        # reporters, Trump said') goes on from the cue of the sentence before
        before = _cue_of_sentence_before(verb, quoted)
        if before is not None:
            return subject_of(before, quoted)
    if verb.tag_ == "VBG" and verb.i > verb.sent.start and (_after_comma(verb) or _while(verb)):
        # a free participle ('Trump argued that a database would keep people out, saying
        # ...'; 'Flea shared the news last week, writing ...'; 'Gore insisted it was
        # "premature" while adding, "..."') has the sentence's subject, wherever the parser
        # hung it
        root = verb.sent.root
        if root.i != verb.i and root.i < verb.i:
            found = subject_of(_sayer_above(verb, root, quoted), quoted)
            near = _clause_people_before(verb, root, quoted)
            if near is not None and (
                found is None
                or _thing(found)
                or (found.lower_ == "it" and found.head.lower_ in ("is", "was"))
                or _scene_before(near.head, verb)
            ):
                # 'The first incident came during a speech, when Sanders protesters
                # interrupted her, shouting "..."': a thing shouts nothing (nor does the "It"
                # of 'It was there that Smith gave his speech, pointing to ...'); the people
                # of the clause right before the participle do. So do they when that clause
                # sets the scene and runs on to the participle's comma ('Clinton spoke down
                # the street, where about 50 protesters had gathered, chanting "..."')
                found = near
            misread = _scene_people_misread(verb, root, quoted)
            if misread is not None:
                found = misread
            contrast = _contrast_people_before(verb, root, quoted)
            if contrast is not None:
                found = contrast
            if found is not None and found.lower_ in _MARKET_THINGS:
                # 'Shares of Acme fell 8 percent after the company cut its forecast, blaming
                # "..."': shares blame nothing; the company named before does, or whose shares
                # they are
                found = _body_before(verb, root, quoted) or _whose(found) or found
            if found is not None:
                return found
    if (shown := _shown_saying(verb)) is not None:
        return shown
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        # a gerund after a preposition ('After suggesting that he regretted ..., Mr. Rubio
        # only occasionally disagreed'; 'has rallied thousands by promising to ...') shares
        # the subject of the clause the preposition hangs on
        return subject_of(verb.head.head, quoted)
    if (relative := _relative_conjunct(verb)) is not None:
        return relative
    if (sayer := _sayer_of_next_act(verb)) is not None:
        # 'said Moscow hoped the truce would hold but criticized ...': "criticized" cannot
        # join "would hold" (another tense), nor a belief reported inside what was said; it
        # is the sayer's next act
        return subject_of(sayer, quoted)
    if _next_act(verb):
        # 'Ivana Trump's brief said that was not her view and dismissed those reports': the
        # second verb hangs on the reported clause but is the speaker's next act (the same
        # test cuts it off that clause, see content.clause_end), so it has the speaker's subject
        return subject_of(verb.head.head, quoted)
    if verb.dep_ == "xcomp" and (doer := _doer_of_cleft(verb.head)) is not None:
        return doer
    if verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
        if verb.dep_ == "advcl" and _purpose(verb):
            # 'Two aides, who spoke on the condition of anonymity to describe private
            # conversations, said': the infinitive of purpose has its head's subject, not
            # the noun before it ("anonymity")
            return subject_of(verb.head, quoted)
        if verb.dep_ == "advcl" and verb.tag_ != "VBG":
            # 'While ..., Rep. Paul Ryan (R-WI) said "..."' parsed as an adverbial clause of
            # the quote: the noun just before the verb is its subject
            return adjacent_subject(verb)
        return subject_of(verb.head, quoted)
    if _second_act(verb):
        # 'He paused, then added: "..."': the parser hung the cue on the first verb as an
        # unlabelled dependent, not a conjunct; it is the same subject's next act
        return subject_of(verb.head, quoted)
    if verb.dep_ == "relcl":
        return None
    if verb.dep_ == "acl" and verb.head.i == verb.i - 1 and _shown(verb.head) and _saying(verb):
        # 'The spot ends with a narrator saying: "..."': a participle of saying right after
        # the person it describes is that person's, not the sentence subject's (a thing, as
        # in 'banners proclaiming', keeps the old reading)
        return verb.head
    if (
        verb.dep_ == "acl"
        and verb.head.i == verb.i - 1
        and verb.head.pos_ in ("NOUN", "PROPN")
        and thing_run_into_namer(verb, verb.head)
    ):
        # 'closed the library, a move unions called "a scandal"': the parser ran the thing
        # named into its namer ("a move unions"); the noun right before the verb names it
        # (with no noun run into it, "a movement called the People's Party" is a passive)
        return verb.head
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
        return _owner_of_relative(verb) or verb.head
    return adjacent_subject(verb) or inverted_subject(verb)


#: The heads of a pseudo-cleft's subject: 'All she could do', 'The only thing he could do'.
_CLEFT_HEADS = frozenset(("all", "thing"))


def _doer_of_cleft(copula: Token) -> Token | None:
    """The doer of a pseudo-cleft whose copula ``copula`` takes the act: in 'All she could do
    was shout "Yes!"' or 'The only thing he wanted to do was say "thank you"' the one who
    shouts is "she", the subject of the relative clause on "All", not "All" (the copula's
    subject, which the verb of saying hanging on the copula would otherwise take). None for
    any other copula ('All of them were there', 'The thing is ...')."""
    if copula.lower_ not in ("is", "was", "'s", "’s"):
        return None
    subj = next((c for c in copula.children if c.dep_ == "nsubj" and c.i < copula.i), None)
    if subj is None or subj.lower_ not in _CLEFT_HEADS:
        return None
    for rel in subj.children:
        if rel.dep_ != "relcl" or rel.i > copula.i:
            continue
        doer = next((c for c in rel.children if c.dep_ == "nsubj"), None)
        if doer is not None and doer.lower_ not in _RELATIVES and _can_speak(doer):
            return doer
    return None


def _let_us(tok: Token) -> bool:
    """The "'s" of "Let's hope ...", which the parser makes the subject of "hope": the writer
    urging the reader on, no one who said anything."""
    return tok.lower_ in ("'s", "’s") and tok.i > 0 and tok.nbor(-1).lower_ == "let"


def gapped_naming(verb: Token, namer: Token) -> bool:
    """True for a verb of naming in the past tense with what it named and no object of its
    own, right after ``namer``, people or a body: "a move unions called "a scandal"", "a
    decision residents called "cruel"". "Call" takes an object and what the object is called;
    with the object gone, the verb opens a relative clause on the noun before its subject
    (the thing named), and its subject is ``namer``. A singular common noun is what was named
    ("a resistance movement called the People's Party", the tagger's past tense for a
    participle)."""
    return (
        (namer.tag_ in ("NNS", "NNPS") or namer.ent_type_ in ("PERSON", "ORG", "NORP"))
        and verb.lower_ in _NAMING_VERBS
        and verb.tag_ == "VBD"
        and any(c.dep_ == "oprd" for c in verb.children)
        and not any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children)
    )


def thing_run_into_namer(verb: Token, namer: Token) -> bool:
    """True for a gapped naming (:func:`gapped_naming`) whose ``namer`` has the thing named
    run into its phrase as a compound before it: the parser reads 'a move unions called "a
    scandal"' as one noun phrase "a move unions"."""
    doc = namer.doc
    return (
        namer.i > 0
        and doc[namer.i - 1].dep_ == "compound"
        and doc[namer.i - 1].head == namer
        and gapped_naming(verb, namer)
    )


#: Past forms of verbs that name a thing as something ("called it "a scandal"").
_NAMING_VERBS = frozenset(("called", "dubbed", "labeled", "labelled", "termed", "branded"))


#: Participles of a question put to the speaker, set off before the cue.
_ASKED = frozenset(("asked", "pressed", "questioned", "quizzed", "challenged"))


#: Nouns of the unseen speaker of an advertisement or a film ('a narrator saying: "..."').
_VOICES = frozenset(("narrator", "announcer", "voice", "voiceover", "voice-over"))


def _shown_saying(verb: Token) -> Token | None:
    """The person right before a participle of saying who is the object of "of" or "with":
    'The spot concludes with footage of Trump saying, "..."', 'It ends with Clinton telling
    the crowd: "..."'. The parser hangs the participle on the sentence's verb (so it would
    take the sentence's subject, the spot), but the one shown saying it is the speaker. Not a
    participle set off by a comma ('..., with Trump, saying'), nor a thing ('footage of the
    rally showing ...')."""
    if verb.i == 0 or any(c.dep_ == "aux" for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.lower_ == "over" and before.dep_ == "prep" and before.nbor(-1).lower_ == "voice":
        before = before.nbor(-1)  # 'ends with a voice over saying': "over" read as a preposition
    return before if _shown(before) and _saying(verb) else None


#: Verbs of remembering or perceiving whose object may be shown saying something ('She
#: recalled Tom Reed telling her: "..."').
_RECALL_VERBS = frozenset(
    word_list(
        """
recall recalls recalled recalling remember remembers remembered remembering hear hears heard
hearing overheard see sees saw seen watch watches watched watching imagine imagines imagined
picture pictured
"""
    )
)


def _recalled_saying(verb: Token) -> Token | None:
    """The person right before a participle of saying who is the object of a verb of
    remembering or perceiving: in 'Mayor Ada Moss recalled Tom Reed telling her: "..."' the
    parser hangs "telling" on "recalled" (so it would take Moss), but Reed is the one heard
    telling. Not a thing ('recalled the speech saying ...')."""
    if verb.i == 0 or verb.tag_ != "VBG" or not _saying(verb):
        return None
    before = verb.doc[verb.i - 1]
    if before.dep_ != "dobj" or before.head.lower_ not in _RECALL_VERBS:
        return None
    return before if _can_speak(before) else None


#: Nouns of a recording that shows someone speaking ('footage of Trump saying').
_RECORDINGS = frozenset(
    [
        "footage",
        "video",
        "clip",
        "clips",
        "tape",
        "recording",
        "audio",
        "film",
        "images",
        "scenes",
        "shots",
    ]
)


def _shown(tok: Token) -> bool:
    """True for a person (a name, a noun for people, a narrator) who is the object of "with"
    ('ends with a narrator saying') or of "of" after a recording ('footage of Trump saying'):
    not 'a letter to the board of directors urging', 'millions of Americans supporting'."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("of", "with"):
        return False
    if tok.head.lower_ == "of" and tok.head.head.lower_ not in _RECORDINGS:
        return False
    if tok.pos_ == "PROPN":
        return tok.ent_type_ in ("PERSON", "")
    if tok.lower_ == "over" and any(c.lower_ == "voice" for c in tok.lefts):
        return True  # 'a voice-over saying': the parser made "over" the noun
    return tok.pos_ == "NOUN" and (_can_speak(tok) or tok.lower_ in _VOICES)


def _saying(verb: Token) -> bool:
    """True for a participle of a verb of saying ("saying", "asking", "telling")."""
    lemma = cue_lemma(verb.lower_)
    return verb.tag_ == "VBG" and lemma is not None and not is_stance(verb.lower_)


def _asked_before(verb: Token) -> Token | None:
    """The name before an "asked" aside that the parser made the aside's subject: in 'Lane,
    asked whether the hospital could afford it, said: "..."' Lane says it (she was asked)."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.i < verb.i and c.lower_ in _ASKED:
            subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.i == c.i - 2 and verb.doc[c.i - 1].text == ",":
                return subj
    return None


def _named_first(subjects: list[Token]) -> Token:
    """Of several subjects after the cue, the first name: '"...," said co-author Professor
    Kenji Watanabe' splits "co-author" and gives "co" and "-" as subjects beside Watanabe."""
    return next((c for c in subjects if c.pos_ == "PROPN"), subjects[0])


def plural_read_as_verb(verb: Token) -> Token | None:
    """The plural noun right before a verb of saying that the tagger read as the sentence's
    verb: in 'Police reports state that the car was speeding' "reports" is taken for the verb
    (with "Police" its subject) and "state" for its object. A verb of saying in the bare
    present right after a word in -s that governs it, with a "that" clause of its own that has
    a subject, is that noun's verb: the noun (with the words before it) is the speaker.
    :mod:`tidings.analyze.attributions` then reads no cue at the noun. None otherwise ('The
    agency reports that sales rose' has no second verb)."""
    noun = verb.head
    if (
        verb.tag_ not in ("VBP", "VB")
        or verb.dep_ not in ("dobj", "xcomp", "ccomp")
        or noun.i != verb.i - 1
        or noun.tag_ != "VBZ"
        or not noun.lower_.endswith("s")
        or not cue_lemma(verb.lower_)
    ):
        return None
    if any(c.dep_ == "ccomp" and that_clause(c) for c in verb.rights):
        return noun
    return None


def that_clause(clause: Token) -> bool:
    """True for a clause that opens with "that" and has a subject of its own other than the
    "that" ('that the car was speeding'; not 'that emerged', where "that" is the subject of a
    relative clause). The mark is read from the words: the parser hangs it on an auxiliary
    ("was") or reads it as a pronoun object as often as it marks the clause."""
    if clause.doc[clause.left_edge.i].lower_ != "that":
        return False
    verbs = {clause.i} | {g.i for g in clause.children if g.dep_ in ("aux", "auxpass")}
    return any(
        g.dep_ in ("nsubj", "nsubjpass") and g.head.i in verbs and g.lower_ != "that"
        for g in clause.subtree
    )


def _object_after_inverted_cue(verb: Token) -> Token | None:
    """'<clause>, said another witness in the probe, ... Fiona Hill': the small model reads the
    noun phrase after an inverted cue as its object when it opens with a determiner, and leaves
    the cue with no subject (the noun before the comma, 'Brussels', would be taken). A cue
    after a comma, its reported clause before it, and an object right after it: that object
    speaks. "Told" and its kin take an addressee as their object, so after them only a
    proper name on a finite cue speaks ('Prices will rise, warned Tom Reed as he presented the
    budget': no one warns Reed; not ', telling reporters')."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    obj = next((c for c in verb.rights if c.dep_ == "dobj" and c.left_edge.i == verb.i + 1), None)
    if obj is not None and cue_lemma(verb.lower_) in ADDRESSEE_VERBS:
        return obj if verb.tag_ in ("VBD", "VBZ") and obj.pos_ == "PROPN" else None
    return obj


def _name_as_compound(tok: Token) -> bool:
    """True for a name the parser hung on the finite verb right after it as a compound
    modifier, as if the verb were a noun: in 'When someone in the audience shouted, "Cruz,"
    Beck joked, again using an accent, "..."' "Beck" is a compound of "joked". No verb takes a
    compound; a capitalised name right before a verb in the past or present is its subject."""
    return (
        tok.dep_ == "compound"
        and tok.pos_ == "PROPN"
        and tok.i + 1 == tok.head.i
        and tok.head.tag_ in ("VBD", "VBZ")
    )


def _name_as_gerund(tok: Token) -> bool:
    """True for a surname in -ing the tagger read as a gerund and the parser made a clausal
    subject: in 'Schilling describes himself ... as "..."' the subject is "Schilling" (VBG,
    csubj). A gerund that is a subject has words of its own ('Voting matters'; 'Speaking to
    reporters, ...'), and opens with a lower-case letter unless it opens the sentence: a
    capitalised one with no dependents right before its verb is a name."""
    return (
        tok.dep_ == "csubj"
        and tok.tag_ == "VBG"
        and tok.text[:1].isupper()
        and not tok.text.isupper()
        and tok.i + 1 == tok.head.i
        and not any(True for _ in tok.children)
    )


def _thing(tok: Token) -> bool:
    """True for a subject that is a thing: a common noun, not for people or a body ("The first
    incident", "The carefully choreographed speech"; not "Hannity" tagged a noun, "A group of
    doctors")."""
    low = tok.lower_
    return (
        tok.pos_ == "NOUN"
        and tok.text[:1].islower()
        and not _can_speak(tok)
        and low not in ORG_NOUNS
        and low.removesuffix("s") not in ORG_NOUNS
    )


def _can_speak(tok: Token) -> bool:
    """True for a subject that can say something: a name, a pronoun, or a noun for people,
    among them the people of a trade ("a plumber", "the janitor")."""
    low = tok.lower_
    return (
        _names_someone(tok)
        or low in PERSON_NOUNS
        or low.removesuffix("s") in PERSON_NOUNS
        or (tok.pos_ == "NOUN" and low.removesuffix("s") in _TRADES)
    )


#: People of a trade who walk into a scene and speak ('as a plumber walks in, saying ...').
#: A list, not :func:`descriptions.is_role`'s suffixes, which take "the lander" for a person.
_TRADES = frozenset(
    word_list(
        """
        plumber janitor electrician mechanic carpenter painter guard waiter waitress bartender
        cashier gardener courier porter handyman repairman contractor builder guy heckler
        """
    )
)


def _clause_people_before(verb: Token, root: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The subject naming people of the last adverbial or relative clause between the
    sentence's root and a participle ('..., when Sanders protesters interrupted her, shouting';
    '..., where about 50 protesters had gathered, chanting'), or None."""
    for tok in reversed(verb.doc[root.i + 1 : verb.i]):
        if (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.dep_ in ("advcl", "relcl")
            and tok.pos_ != "PRON"
            and _can_speak(tok)
            and not any(a <= tok.idx < b for a, b in quoted)
        ):
            return tok
    return None


#: Subordinators of a clause that sets someone against the main clause ('though a council
#: member used stronger language').
_CONTRAST_MARKS = frozenset(("though", "although", "whereas"))


def _contrast_people_before(
    verb: Token, root: Token, quoted: list[tuple[int, int]]
) -> Token | None:
    """The subject of a contrasting clause ("though", "although", "whereas") that the
    participle hangs on and that runs on to the comma right before it: in 'The mayor has been
    praised by residents, though at a meeting a council member used stronger language, saying
    the plan "must be stopped"' the one saying is the council member, who used the language,
    not the mayor. The clause is set against the main one, so its act is what the participle
    goes on with; a subject that is a thing ('though the margin was slim') says nothing and
    leaves the participle to the main clause. None otherwise."""
    clause = verb.head
    if clause.i == root.i or clause.dep_ != "advcl" or clause.i > verb.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in clause.children):
        return None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if (
        subject is None
        or not _can_speak(subject)
        or subject.lower_ in _RELATIVES
        or any(a <= subject.idx < b for a, b in quoted)
    ):
        return None
    return subject if _runs_to_participle(clause, verb) else None


def _runs_to_participle(clause: Token, verb: Token) -> bool:
    """True when the clause headed by ``clause`` runs on, word after word, to the comma right
    before the participle ``verb`` (the participle's own words aside, where the parser hung
    them on the clause)."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    own = {t.i for t in verb.subtree} | {verb.i - 1}  # the comma may hang on either
    words = [t for t in clause.subtree if t.i not in own]
    last = max(t.i for t in words)
    first = min(t.i for t in words)
    return last == verb.i - 2 and len(words) == last - first + 1


#: Finite verb tags: the verb of a clause a scene word opens ('as a plumber walks').
_FINITE = frozenset(("VBD", "VBZ", "VBP"))


def _scene_people_misread(verb: Token, root: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The people of a scene clause the parser did not read as a clause, right before a
    participle: in 'Lee asks as a plumber walks in front of her, saying he is "..."' or 'The
    senator kept talking as a protester walked by, shouting "Shame!"' the small model makes
    "as" a preposition with "a plumber" (or the whole clause) as its object, so
    :func:`_clause_people_before` finds no clause. Read from the words: "as", "when" or
    "while", a noun phrase for people, a finite verb, and no comma, quote or other scene word
    up to the comma right before the participle. None when the words do not run so, or the
    parser read the clause (then :func:`_scene_before` decides)."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for k in range(verb.i - 3, root.i, -1):
        tok = doc[k]
        if tok.lower_ not in ("as", "when", "while"):
            continue
        if tok.dep_ == "mark" or (k > 0 and doc[k - 1].lower_ in ("such", "just", "so")):
            return None
        j = k + 1
        while j < verb.i - 1 and doc[j].pos_ in ("DET", "ADJ", "NOUN", "PROPN"):
            j += 1
        if j == k + 1 or j >= verb.i - 1 or doc[j].tag_ not in _FINITE:
            return None
        person = doc[j - 1]
        stretch = doc[k + 1 : verb.i - 1]
        if (
            person.pos_ != "NOUN"
            or not _can_speak(person)
            or any(t.is_punct or t.is_quote for t in stretch)
            or any(a <= person.idx < b for a, b in quoted)
        ):
            return None
        return person
    return None


#: What a market report makes the subject of a sentence, which says nothing itself: 'Shares of
#: Acme fell 8 percent, blaming ...' is the company's blaming.
_MARKET_THINGS = frozenset(
    (
        "shares",
        "stock",
        "stocks",
        "bonds",
        "prices",
        "markets",
        "futures",
        "yields",
        "sales",
        "earnings",
        "profits",
        "revenue",
    )
)


def _body_before(verb: Token, root: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The subject of the last adverbial clause between the root and the participle that names
    a person or an organisation ('..., after the company cut its forecast, blaming'), or
    None."""
    for tok in reversed(verb.doc[root.i + 1 : verb.i]):
        if (
            tok.dep_ in ("nsubj", "nsubjpass")
            and tok.head.dep_ == "advcl"
            and (_can_speak(tok) or tok.lower_ in ORG_NOUNS)
            and not any(a <= tok.idx < b for a, b in quoted)
        ):
            return tok
    return None


def _whose(thing: Token) -> Token | None:
    """Whose shares or sales they are: the name in "of Acme Corp." after the noun, or its
    possessor ("Acme's shares"); None for "its shares" or no owner."""
    owner = next((c for c in thing.children if c.dep_ == "poss"), None)
    if owner is None:
        of = next((c for c in thing.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
        owner = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
    return owner if owner is not None and owner.pos_ == "PROPN" else None


#: Pronouns for the ones a participle tells ('telling them').
_TOLD = frozenset(("him", "her", "them"))
#: Words that open a clause setting the scene of the main one: where and when it happened.
_SCENE_MARKS = frozenset(("where", "when", "as", "while"))


def _scene_before(clause: Token, verb: Token) -> bool:
    """True when the clause headed by ``clause`` sets a scene ("where", "when", "as",
    "while") and runs on, word after word, to the comma right before the participle ``verb``
    (the participle's own words aside, where the parser hung them on it): in 'where about 50
    protesters had gathered on Wednesday, chanting' the participle goes on from the
    protesters. Not a clause that describes a thing ('touches that Mr. Biden might
    appreciate, describing ...' is still the sentence subject's describing), nor one that
    stops before the comma, nor a participle telling "them" (the clause's people are the
    ones told: 'as the reporters gathered outside, telling them ...')."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return False
    if not any(
        c.lower_ in _SCENE_MARKS and c.dep_ in ("mark", "advmod") and c.i < clause.i
        for c in clause.children
    ):
        return False
    if any(c.dep_ in ("dobj", "dative") and c.lower_ in _TOLD for c in verb.children):
        return False
    return _runs_to_participle(clause, verb)


def _name_set_off(verb: Token) -> Token | None:
    """The person named right after a cue set off by commas: in 'Any interpretation of the
    deal, said Michael Kofman, an expert on Russia, would see it as ...' the parser makes
    "interpretation" the subject of "said" and Kofman the subject of "see"; the name between
    the cue and the next comma (or the sentence's end) is the speaker."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != "," or cue_lemma(verb.lower_) in ADDRESSEE_VERBS:
        return None
    k = verb.i + 1
    while k < verb.sent.end and doc[k].pos_ == "PROPN" and doc[k].ent_type_ == "PERSON":
        k += 1
    if k == verb.i + 1 or (k < verb.sent.end and doc[k].text not in (",", ".")):
        return None
    return doc[k - 1]


def _opens_sentence(verb: Token) -> bool:
    """True for a verb that opens its sentence, after at most a conjunction ('Adding, ...',
    'And adding, ...')."""
    first = verb.sent.start
    return verb.i == first or (verb.i == first + 1 and verb.doc[first].lower_ in ("and", "also"))


def _cue_of_sentence_before(verb: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The cue of the sentence before ``verb``'s, in the same paragraph: its root when the
    root is a cue with a subject naming someone, else the last such cue outside relative and
    adverbial clauses ('after the interview concluded, Maher stated ...' is Maher's)."""
    start = verb.sent.start
    if start == 0:
        return None
    prev = verb.doc[start - 1].sent
    cues = [
        t
        for t in prev
        if (cue_lemma(t.lower_) or act_lemma(t.lower_))
        and t.pos_ in ("VERB", "AUX")
        and t.dep_ not in ("relcl", "advcl", "acl")
        and not any(a <= t.idx < b for a, b in quoted)
        and any(
            c.dep_ == "nsubj" and _names_someone(c) and c.lower_ not in _RELATIVES
            for c in t.children
        )
    ]
    if not cues:
        return None
    return next((t for t in cues if t.i == prev.root.i), cues[-1])


def _name_after_quote(verb: Token, quoted: list[tuple[int, int]]) -> Token | None:
    """The name after a quote that the parser hung on a noun inside it: in '"Very good
    reporter, this guy," Trump, the GOP frontrunner after winning the primaries, said' the
    subject of "said" is the quoted "reporter" and "Trump" its apposition; the speaker is
    Trump, not the noun just before the verb ("primaries")."""
    for c in verb.children:
        if c.dep_ not in ("nsubj", "nsubjpass") or not any(a <= c.idx < b for a, b in quoted):
            continue
        for a in c.children:
            if (
                a.dep_ == "appos"
                and a.pos_ == "PROPN"
                and a.i < verb.i
                and not any(s <= a.idx < e for s, e in quoted)
            ):
                return a
    return None


def _sayer_above(verb: Token, root: Token, quoted: list[tuple[int, int]]) -> Token:
    """The verb whose subject a free participle shares: the nearest cue above it that has a
    subject of its own, else the sentence's root. The parser often hangs ', adding ...' on
    the reported clause ('Trump told Newsmax that Romney "had a crazy policy," adding, "..."':
    "adding" under "had") or on a cue the root reports ('Comey cannot say that ...,
    Lewandowski added, saying ...'); the one adding and saying is the teller, Trump and
    Lewandowski, not the root's subject when a cue with a subject comes first on the way up.
    A cue inside quote marks or in a relative clause ('an architect who said ...') is the
    quoted words' or the described person's, not the teller's, and is passed over."""
    head = verb.head
    while head.i != root.i and head.head.i != head.i:
        if _scene_of_someone(head):
            return head
        if (
            (cue_lemma(head.lower_) or act_lemma(head.lower_))
            and head.dep_ != "relcl"
            and not any(a <= head.idx < b for a, b in quoted)
            and any(
                c.dep_ == "nsubj" and _names_someone(c) and c.lower_ not in _RELATIVES
                for c in head.children
            )
        ):
            return head
        head = head.head
    return root


_RELATIVES = {"who", "that", "which", "whom"}


def _scene_of_someone(head: Token) -> bool:
    """True for a participle with a subject of its own that something else takes as its
    object: 'I remember Jimmy Carter going on TV in 1977, declaring ..., and telling
    Americans that "..."' (the participles after it go on with Carter, not with "I" who
    remembers); 'footage of Trump standing at the podium, saying ...'."""
    return (
        head.tag_ == "VBG"
        and head.dep_ in ("ccomp", "xcomp", "dobj", "pobj", "pcomp", "acl")
        and not any(c.dep_ == "aux" for c in head.children)
        and any(
            c.dep_ == "nsubj" and c.i < head.i and _names_someone(c) and c.pos_ != "PRON"
            for c in head.children
        )
    )


def _names_someone(tok: Token) -> bool:
    """True for a subject that names a person or a group, or a pronoun for one ("Trump",
    "he"), not a thing ("Clinton's situation reminds him of ...")."""
    return tok.pos_ in ("PROPN", "PRON") or tok.ent_type_ in ("PERSON", "ORG", "NORP")


def _after_comma(verb: Token) -> bool:
    """True when a comma comes right before ``verb``, or a comma and the closing mark of a
    quote (', adding' and '..., ” adding')."""
    doc = verb.doc
    prev = doc[verb.i - 1]
    if prev.text == ",":
        return True
    return prev.is_quote and verb.i >= 2 and doc[verb.i - 2].text == ","


#: Subordinators that open a participle of the main clause's subject ('while adding').
_PARTICIPLE_MARKS = {"while", "before", "after", "when", "as"}


def _while(verb: Token) -> bool:
    """True for an adverbial participle opened by "while", "after"...: 'Gore insisted it was
    "premature" while adding, "..."', 'protesters continued to call for answers - where the
    Panthers played - while chanting, "..."'. The parser hangs it on the nearest verb (the
    reported "was", the relative "played"); the one adding or chanting is the sentence's
    subject, as for a participle after a comma. Also a participle after "and" hung on a
    reported clause: it goes on from the participle before it."""
    if verb.dep_ != "advcl":
        return False
    if verb.i > 0 and verb.doc[verb.i - 1].lower_ == "and" and verb.head.dep_ == "ccomp":
        # 'telling CNN that Trump is a "faker" and questioning how ...': the second
        # participle goes with the first, not with the reported clause it was hung on
        return True
    return any(
        c.dep_ == "mark" and c.lower_ in _PARTICIPLE_MARKS and c.i < verb.i for c in verb.children
    )


#: The tag a finite verb would have in place of do-support: "did say" is a past, "does say" a
#: present third person.
DO_TENSES = {"did": "VBD", "does": "VBZ", "do": "VBP"}


def finite_tense(verb: Token) -> str:
    """``verb``'s tag, read through do-support: in 'he did say he found her "charming" and called
    the plan "a disgrace"' the cue "say" is a bare VB, but its tense is the past of "did", the
    tense of the speaker's next act "called" (:func:`tidings.analyze.content.clause_end` and
    :func:`_next_act` compare the two). Not a negated one: in 'the call did not mention that
    Rubio broke ranks and supported the plan' the "not" holds both verbs of the clause, which
    are Rubio's (a speaker's next act after a denial takes "but")."""
    if verb.tag_ == "VB" and not any(c.dep_ == "neg" for c in verb.children):
        for child in verb.children:
            if child.dep_ == "aux" and child.i < verb.i and child.lower_ in DO_TENSES:
                return DO_TENSES[child.lower_]
    return verb.tag_


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
        and verb.tag_ == finite_tense(head.head)
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


def _past_acronym(subject: Token) -> Token:
    """The person when the parser took the organisation of their title for the subject: in
    '..., said World Health Organization (WHO) Director Ana Ruiz.' the organisation is the
    subject, its acronym and "Director Ana Ruiz" its appositions. A person's name in apposition
    right after the acronym's closing parenthesis, with no comma between, is the title's
    holder: the organisation and its acronym only say whose director she is. Only a title
    word, then two or more capitalised words, after the parenthesis."""
    doc = subject.doc
    for appos in subject.rights:
        if appos.dep_ != "appos" or appos.pos_ != "PROPN":
            continue
        words = list(appos.subtree)
        titled = words[0].lower_ in TITLE_WORDS and len(words) >= 3
        if not titled or not all(w.pos_ == "PROPN" for w in words):
            continue  # "Director Ana Ruiz": a title, then a name of two words or more
        before = doc[appos.left_edge.i - 1] if appos.left_edge.i > 0 else None
        if before is not None and before.text == ")" and before.head.head.i == subject.i:
            return appos
    return subject


#: Determiners and numbers that stand for one of a group named before ("One company ...
#: Another, Corvex, announced"), and say nothing of who it is without the name beside them.
_PLACEHOLDERS = frozenset(("another", "one", "other"))


def _past_placeholder(subject: Token) -> Token:
    """The name when the subject is a placeholder for one of a group and the name follows it
    in commas: in 'Another, Corvex, announced that ...' (or 'One, Brightline, said') the parser
    may hang the name on "Another" as a modifier, not an apposition; the name, set off on both
    sides, is who speaks. Only a bare name ("One, a retired nurse, said" keeps "One"), and
    only for one of the group ("Others, Lopez among them, said" are the others)."""
    if subject.lower_ not in _PLACEHOLDERS or subject.pos_ not in ("DET", "NUM", "PRON", "NOUN"):
        return subject
    doc = subject.doc
    for name in subject.rights:
        if (
            name.dep_ in ("appos", "npadvmod", "nmod", "dep")
            and name.pos_ == "PROPN"
            and all(w.pos_ == "PROPN" for w in name.subtree)
            and name.left_edge.i == subject.i + 2
            and doc[subject.i + 1].text == ","
            and _set_off(name)
        ):
            return name
    return subject


def _past_fronted_phrase(subject: Token) -> Token:
    """The real subject when the parser took the last noun of an opening phrase for it: in
    'In remarks carried by the state news agency Tass, Russia's deputy foreign minister said
    ...' the minister, set off by a comma as if an apposition of "Tass", is the speaker. Only
    when the sentence opens with a preposition and no comma comes before the noun."""
    doc = subject.doc
    sent = subject.sent
    if doc[sent.start].dep_ != "prep" or subject.i == sent.start:  # not "As Tabler, an ..."
        return subject
    if any(t.text == "," for t in doc[sent.start : subject.i]):
        return subject
    appos = next((c for c in subject.rights if c.dep_ == "appos"), None)
    if appos is None or doc[appos.left_edge.i - 1].text != ",":
        return subject
    if subject.ent_type_ == "PERSON" and _set_off(appos):
        # 'In the hearing Lena Ortiz, the agency's chemist, admitted': a person's name with a
        # description set off on both sides is who the description describes, and speaks
        return subject
    return appos


def _set_off(appos: Token) -> bool:
    """True when a comma closes the appositive ``appos`` as one opened it."""
    after = appos.right_edge.i + 1
    return after < len(appos.doc) and appos.doc[after].text == ","


def _past_like_phrase(subject: Token) -> Token:
    """The real subject when the parser took the person of an opening comparison for it: in
    'Like Instagram chief Adam Mosseri, Twitter CEO Jack Dorsey has spoken about ...' it makes
    Mosseri the subject and Dorsey a conjunct of him; the one after the comma speaks, Mosseri
    is only compared with him."""
    doc = subject.doc
    first = doc[subject.sent.start]
    if first.lower_ not in ("like", "unlike") or subject.i == first.i:
        return subject
    comma = next((t.i for t in doc[first.i : subject.i + 1] if t.text == ","), None)
    if comma is not None:
        return subject  # the subject already stands after the opening phrase
    after = [c for c in subject.rights if c.dep_ == "conj" and doc[c.left_edge.i - 1].text == ","]
    return after[0] if after else subject


def inverted_subject(verb: Token) -> Token | None:
    """'Said Ellis: "..."': a name right after a sentence-initial cue."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    when = ("DATE", "TIME", "CARDINAL", "ORDINAL")
    if nxt is not None and nxt.ent_type_ in when and not _counted_speaker(nxt):
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


def _counted_speaker(num: Token) -> bool:
    """True for a number that counts the speakers after an inverted cue: '"...?" asked one
    protester, Jamal Reid', '"...," said two officials' (the tagger makes "one" a number
    entity, as it does the "Tuesday" of "said Tuesday", which is when, not who)."""
    head = num.head
    return (
        num.ent_type_ == "CARDINAL"
        and num.dep_ == "nummod"
        and head.i > num.i
        and head.pos_ == "NOUN"
        and not head.ent_type_
    )


def adjacent_subject(verb: Token) -> Token | None:
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
        if _adverb_name_after_quote(doc, j):
            return doc[j]
        if doc[j].text == ")":  # a party tag or aside: "Paul Ryan (R-WI) said"
            while j > verb.sent.start and doc[j].text != "(":
                j -= 1
        if doc[j].is_quote:
            return None  # '"... at this point," added X': no subject inside the quote
        j -= 1
    if j >= verb.sent.start and _adverb_name_after_quote(doc, j):
        return doc[j]
    # an adjective used as a noun, after its determiner: '"...?" the 43-year-old asked'
    nominal_adj = doc[j].pos_ == "ADJ" and _after_determiner(doc, j)
    if j < verb.sent.start or (doc[j].pos_ not in ("NOUN", "PROPN", "PRON") and not nominal_adj):
        return None
    if doc[j + 1].text == ",":
        named = _before_relative(doc, j, verb.sent.start)
        if named is not None:
            return named
    tok = doc[j]
    rel = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
    if (
        rel is not None
        and rel.right_edge.i == j
        and rel.head.i < rel.i
        and not any(t.is_quote for t in doc[rel.head.i : j])
    ):
        # 'a German union leader who attended a rally in Paris told reporters': the noun
        # before the cue ends a relative clause; the one it describes speaks
        return rel.head
    # up to the head of the noun's phrase, never to the cue itself: in '"...," the ministry
    # states in its report' the parser made "ministry" a compound of "states"
    while tok.dep_ in ("compound", "flat") and tok.i < tok.head.i < verb.i:
        tok = tok.head
    if tok.dep_ in ("compound", "flat") and tok.head.i == verb.i:
        return tok
    if tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.i < tok.i:
        return tok.head
    if _described_person(tok, verb):
        # 'under questioning Tom Reyes, the agency's director, acknowledged ...': the parser
        # made the name an object; the description set off after it is the name's
        return tok.head
    if verb.dep_ == "acl" and verb.head.i == tok.i and tok.lower_ in CHANNEL_NOUNS:
        # 'The Prime Minister faces a revolt after 60 MPs signed a letter opposing the cuts': a
        # participle on a letter or statement says what it says, and whoever signed or issued
        # it is the source, not the subject of the sentence
        gov = tok.head
        if tok.dep_ in _OBJECTS and gov.i != tok.i and gov.pos_ in ("VERB", "AUX"):
            signer = next((c for c in gov.children if c.dep_ == "nsubj"), None)
            if signer is not None:
                return signer
    if tok.dep_ in _OBJECTS and verb.sent.root.i < verb.i:
        # 'Trump gestured to stop the ruckus, then leaned in and boomed': the noun before the
        # verb is an object, so the verb shares the subject of the sentence
        root_subject = next((c for c in verb.sent.root.children if c.dep_ == "nsubj"), None)
        return root_subject or tok
    return tok


def _described_person(tok: Token, verb: Token) -> bool:
    """True when ``tok`` heads a description set off by commas after a person's name ("Tom
    Reyes, the agency's director,"), right before the verb that lacks a subject: the one
    described speaks, and reading the description alone loses the name. Not a verb inside
    the description ('Joe Madison, a radio host considered one of the most influential,')."""
    head = tok.head
    doc = tok.doc
    return (
        tok.right_edge.i < verb.i
        and tok.dep_ == "appos"
        and tok.pos_ == "NOUN"
        and head.pos_ == "PROPN"
        and head.ent_type_ == "PERSON"
        and head.i < tok.i
        and doc[head.i + 1].text == ","
        and _set_off(tok)
    )


def _adverb_name_after_quote(doc: Doc, j: int) -> bool:
    """True when token ``j`` is a one-word name right after a closing quote mark that the
    tagger read as an adverb or a preposition: '"...," Pike, 44, says', '"...," Early says'.
    A word there, capitalised, before the tag's verb can only be who spoke; left as an adverb
    the verb of saying has no subject and the quotation no speaker."""
    tok = doc[j]
    return (
        tok.pos_ in ("ADV", "ADP")
        and tok.is_title
        and j > 0
        and doc[j - 1].is_quote
        and bool(doc[j - 1].whitespace_)  # the closing mark ('," Pike'), not an opening one
        and j - 1 > doc[j - 1].sent.start
    )


def _before_relative(doc: Doc, j: int, start: int) -> Token | None:
    """The name a relative clause or a participle aside describes when the noun before the
    verb ends that clause: in 'Mr. Slinker, whose latest start-up uses big data to help brands
    find suppliers, said ...', 'Mr. Buchanan, who had failed to win his party's nomination,
    called for ...' or 'Jonas Berg, asked about it during a visit to Brussels, said ...' the
    speaker is the name before ", whose" / ", who" / ", asked", not "suppliers",
    "nomination" or "Brussels" (the small model often leaves the verb without a subject after
    such a clause)."""
    for k in range(j, start + 1, -1):
        # ', who ...', ', whose ...'; or a participle's aside: 'Mr. Trump, asked about the
        # deaths of journalists under Mr. Putin, had said' is Trump's, not Putin's
        aside = _opens_aside(doc[k]) or (
            doc[k].tag_ in ("VBN", "VBG", "VBD") and doc[k].dep_ in ("advcl", "acl")
        )
        if (doc[k].lower_ in ("who", "whose") or aside) and doc[k - 1].text == ",":
            name = doc[k - 2]
            if name.pos_ != "PROPN":
                return None
            while name.dep_ in ("compound", "flat") and name.head.i > name.i:
                name = name.head
            return name
        if doc[k].text in (";", ":") or doc[k].is_quote:
            return None
    return None


def _opens_aside(tok: Token) -> bool:
    """True for a participle opening an aside after a name: 'Prime Minister Jonas Berg, asked
    about the criticism during a visit to Brussels, said ...' (the small model makes "Berg"
    the subject of "asked" and leaves "said" none, so the noun before it, "Brussels", looked
    like the speaker); 'Smith, speaking in Paris, said ...'."""
    if any(c.dep_.startswith("aux") for c in tok.children):
        return False
    # the tagger also reads a passive participle as a past tense ("asked" VBD): one with no
    # object cannot be the name's own act before the sentence's verb of saying
    return tok.tag_ in ("VBN", "VBG") or (
        tok.tag_ == "VBD" and not any(c.dep_ in ("dobj", "ccomp") for c in tok.children)
    )


def _after_determiner(doc: Doc, j: int) -> bool:
    """True when token ``j`` ends a short phrase that opens with a determiner ("the
    43-year-old", "the young"), whatever heads the parser gave its words."""
    k = j - 1
    while k >= 0 and j - k <= 5 and (doc[k].pos_ in ("NUM", "NOUN", "ADJ") or doc[k].text == "-"):
        k -= 1
    return k >= 0 and doc[k].pos_ == "DET"


#: Dependencies of a noun that is some verb's object, not the subject of the next verb.
_OBJECTS = {"dobj", "pobj", "dative", "attr", "oprd", "npadvmod"}


def is_inverted(verb: Token) -> bool:
    """True for a cue after a comma with its subject after it: '<clause>, said Alan
    Abramowitz, a demographer'."""
    doc = verb.doc
    return (
        doc[verb.i - 1].text == ","  # the cheap test first: most cues have no comma before
        and verb.i > verb.sent.start + 2
        and any(c.dep_ == "nsubj" and c.i > verb.i for c in verb.children)
    )


def appositive_tag(verb: Token) -> tuple[int, Token] | None:
    """The speaker of a tag '<clause>, the chief of the fire department, Tom Hale, said' when
    the small model hung the noun phrases before the cue on the clause's last noun as
    appositions ('... in the kitchen, the chief ..., Tom Hale,') and left the cue with no
    subject: the index where the tag's first noun phrase starts (what was said ends before
    its comma) and the token that speaks, the name when one stands alone in the tag, else
    the head of the tag's first noun phrase ("the secretary of state, Maria Vigil").
    None when the cue has a subject or no apposition chain ends at its comma."""
    doc = verb.doc
    j = verb.i - 1
    if (
        j <= verb.sent.start
        or doc[j].text != ","
        or verb.tag_ not in ("VBD", "VBZ", "VBP")  # a tag is finite ('..., Oklahoma, arguing')
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    # the cue tags the clause before it: joined to it, or with it as its complement
    before = verb.dep_ == "conj" and verb.head.i < verb.i
    if not before and not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
        return None
    appos = next((a for a in [doc[j - 1], *doc[j - 1].ancestors] if a.dep_ == "appos"), None)
    if appos is None or appos.right_edge.i != j - 1:
        return None
    while appos.head.dep_ == "appos" and appos.head.right_edge.i == j - 1:
        appos = appos.head  # 'the secretary of state, Maria Vigil': the description heads
    chain = [appos]
    while True:  # appositions of the same noun before it, each set off by a comma
        start = chain[0].left_edge.i
        prev = next(
            (
                c
                for c in chain[0].head.children
                if c.dep_ == "appos" and c.right_edge.i == start - 2
            ),
            None,
        )
        if prev is None or doc[start - 1].text != ",":
            break
        chain.insert(0, prev)
    start = chain[0].left_edge.i
    if start <= verb.sent.start + 1 or doc[start - 1].text != "," or chain[0].head.i >= start:
        return None
    if any(a.ent_type_ in _PLACES_AND_TIMES for a in chain):
        return None  # 'in Tulsa, Oklahoma,': a place's apposition, no speaker
    names = [a for a in chain if a.pos_ == "PROPN"]
    return start, (names[-1] if len(chain) > 1 and names else chain[0])


#: Entity types of an apposition that names no speaker.
_PLACES_AND_TIMES = frozenset(("GPE", "LOC", "FAC", "DATE", "TIME", "CARDINAL", "PERCENT"))


def _second_act(verb: Token) -> bool:
    """True for a verb the parser hung on the verb before it as a bare dependent (``dep``)
    after a comma, in the same tense: "He paused, then added: ..."."""
    head = verb.head
    return (
        verb.dep_ == "dep"
        and head.i < verb.i
        and head.pos_ == "VERB"
        and verb.tag_ == head.tag_
        and verb.tag_ in ("VBD", "VBZ")
        and any(t.text == "," for t in verb.doc[head.i + 1 : verb.i])
    )


def _owner_of_aside(verb: Token, subject: Token) -> Token | None:
    """The noun a relative clause set off by commas describes, when the parser took a noun
    inside that clause for the cue's subject: in "The European Shippers' Council, which
    represents companies that ship goods, praised the decision", "praised" follows the
    clause's closing comma and its subject is "goods"; the speaker is "Council"."""
    doc = verb.doc
    if verb.i < 2 or doc[verb.i - 1].text != "," or subject.i > verb.i:
        return None
    for j in range(subject.i - 1, verb.sent.start, -1):
        tok = doc[j]
        if tok.text == ",":
            return None  # another comma first: not one aside
        if tok.lower_ in ("which", "who") and doc[j - 1].text == "," and j >= 2:
            owner = doc[j - 2]
            return owner if owner.pos_ in ("PROPN", "NOUN") else None
    return None


def _owner_of_relative(verb: Token) -> Token | None:
    """The noun a "whose", "who" or "which" clause set off by commas describes when the cue
    comes right after the clause's closing comma and the parser hung the cue on the clause's
    last noun: in 'The band, whose single "Paper Boats" reached number three, announced ...'
    "announced" became a participle on "number"; the band announced, not "number three".
    None when no such clause ends at the comma before the cue."""
    doc = verb.doc
    for j in range(verb.i - 2, verb.sent.start + 1, -1):
        tok = doc[j]
        if tok.text in (";", ":"):
            return None
        if tok.lower_ in ("whose", "who", "which") and doc[j - 1].text == ",":
            owner = doc[j - 2]
            while owner.dep_ in ("compound", "flat") and owner.i < owner.head.i < j:
                owner = owner.head
            return owner if owner.pos_ in ("PROPN", "NOUN") else None
        if tok.text == "," and not any(t.is_quote for t in doc[j : verb.i]):
            return None  # another comma first: the cue follows no single aside
    return None


def _finite_of(verb: Token) -> str:
    """The tag of the finite word of ``verb``'s verb group: its first auxiliary ("has" in
    "has dismissed", "is" in "is backing"), else the verb's own tag."""
    aux = next((c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i), None)
    return aux.tag_ if aux is not None else verb.tag_


def _relative_conjunct(verb: Token) -> Token | None:
    """The relative word of a "who" clause that a second verb with no subject goes on: in
    'Barnes was asked by host Anna Cole, who is backing Barnes, but has previously dismissed
    the story, "..."' the parser joins "dismissed" to the main verb "asked", whose subject is
    Barnes; but "has dismissed" goes on from "is backing" (the same present tense, where
    "was asked" is past), so its subject is the "who" of that clause, the host. Only when the
    clause ends right before the "and" or "but" (a comma between at most) and the tenses say
    so; 'Cole, who backs Barnes, and was asked ...' keeps the main subject."""
    if verb.dep_ != "conj" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    doc, head = verb.doc, verb.head
    cc = next(
        (
            t
            for t in reversed(doc[head.i + 1 : verb.i])
            if t.dep_ == "cc" and t.lower_ in ("and", "but")
        ),
        None,
    )
    if cc is None:
        return None
    end = cc.i - 1 if doc[cc.i - 1].text == "," else cc.i
    for rel in doc[head.i + 1 : cc.i]:
        if rel.dep_ != "relcl" or rel.right_edge.i != end - 1:
            continue
        who = next(
            (c for c in rel.children if c.dep_ == "nsubj" and c.lower_ in ("who", "that")), None
        )
        own = _finite_of(verb)
        if who is not None and own == _finite_of(rel) and own != _finite_of(head):
            return who
    return None


def _sayer_of_next_act(verb: Token) -> Token | None:
    """The speech cue whose next act ``verb`` is, when the parser joined it to a verb of
    another tense deep in the reported clause: in "said Moscow hoped the truce would hold
    but criticized what she called ...", "criticized" (past) is hung on "hold" (bare, after
    "would"); up the reported clauses, past beliefs ("hoped"), the first speech verb of its
    tense is "said"."""
    head = verb.head
    if (
        verb.dep_ != "conj"
        or head.tag_ == verb.tag_
        or verb.tag_ not in ("VBD", "VBZ")
        or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return None
    while head.dep_ == "ccomp" and head.head.pos_ in ("VERB", "AUX"):
        head = head.head
        if head.tag_ == verb.tag_ and not is_stance(head.lower_):
            return head if cue_lemma(head.lower_) is not None else None
    return None


def _purpose(verb: Token) -> bool:
    """True for an infinitive of purpose after its head verb: "spoke ... to describe"."""
    return (
        verb.tag_ == "VB"
        and verb.head.i < verb.i
        and any(c.dep_ == "aux" and c.lower_ == "to" and c.i == verb.i - 1 for c in verb.children)
    )

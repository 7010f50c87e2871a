"""The speech-cue lexicon: verbs and nouns that introduce what someone said, with their forms.

A cue is the word that ties a speaker to what they said ("said", "told", "according to",
"was quoted as saying"). Matching is on lower-cased word forms, so the lemmatizer need not run:
:data:`VERB_FORMS` maps every inflected form to its lemma, generated from the lemma lists below
with English spelling rules plus a table of irregular forms.

Verbs come in three strengths, because the narrower the verb the surer the attribution:
- :data:`SPEECH_VERBS`: verbs of saying ("said", "warned"): a cue with or without a clause.
- :data:`REPORT_VERBS`: verbs that report a source's content ("reported", "found", "showed").
- :data:`STANCE_VERBS`: verbs of belief or intent ("believes", "thinks"): a cue only when they
  take a clause ("she believes that ..."), never alone.

Not handled: cues split across a quote ("I am," he said, "sure" has one cue, fine, but
"said, adding" chains keep only the nearest verb), and noun cues as a sentence's only cue
("His statement: ..."); nouns here only name the channel (``via``: "in a statement").
"""

from __future__ import annotations

import re

from tidings.wordlists import word_list

SPEECH_VERBS = word_list(
    """
acknowledge add admit advise affirm agree allege announce answer argue ask assert assure aver
bark beg boast brag brief caution charge chide chime claim clarify comment complain concede
conclude confess confirm contend continue counter cry declare decry demand deny describe detail
disclose dismiss dispute echo elaborate emphasise emphasize exclaim explain grumble hint inform
insist interject interrupt joke lament maintain mention mumble murmur mutter note object observe
opine plead pledge point post predict proclaim promise pronounce propose protest query question
quip recall recount reiterate relate remark remind repeat reply report respond retort reveal say
scoff scream shout sigh snap speak state stress suggest swear tell testify threaten tweet urge
imply vow warn whisper wonder write yell recommend estimate forecast reason rule rebut concur muse
speculate blast slam criticise criticize praise hail accuse blame deride lambast condemn
denounce apologize apologise attest bellow bemoan boom chuckle convey croak demur divulge
drawl enthuse exhort fume gush hiss holler howl implore insinuate instruct intone laugh lecture
marvel moan nag notify preach profess quote rant rave recite reassure rebuke reflect rejoin
reprimand roar scold shriek smile sneer sniff snort sob stammer stutter summarize summarise
surmise tease theorize theorise thunder underline underscore venture vent volunteer wail
acclaim explain recommend assert insist chant grouse gripe
email text
"""
)

REPORT_VERBS = [
    "find",
    "show",
    "indicate",
    "learn",
    "reveal",
    "conclude",
    "estimate",
    "project",
    "suggest",
    "confirm",
    "publish",
    "release",
]

STANCE_VERBS = [
    "believe",
    "think",
    "feel",
    "hope",
    "fear",
    "expect",
    "know",
    "worry",
    "doubt",
    "reckon",
    "guess",
    "suspect",
    "understand",
    "realize",
    "realise",
    "assume",
    "imagine",
    "contend",
    "want",
]

#: Stance verbs of wish or intent that report content with an infinitive too ("wants to raise
#: the minimum wage", "hopes to win"), not only with a clause.
INTENT_VERBS = {"want", "hope"}

#: Verbs of stance or action toward something, whose object is the attributed content
#: ("called for a ceasefire", "criticized Romney for ...", "promised to triple ..."). PolNeAR
#: counts these as attributions; tidings reports them as indirect with a lower confidence, and
#: only with a subject that can be a source (a person, an organisation, a pronoun).
ACT_VERBS = word_list(
    """
accuse applaud back blame call champion cite condemn criticise criticize decline defend demand
denounce describe discuss dismiss endorse favor favour highlight label lambast mock name oppose
pledge plan praise prefer propose push question recommend refer refuse reject request seek
slam support talk thank tout urge veto welcome attack brand dub characterize portray
express offer decide
see view regard consider identify
address assail challenge cheer compare congratulate embrace encourage focus
herald illustrate list recognize recognise reference savage articulate
advocate liken retweet deem
"""
)

#: Verbs of judgment (among the act verbs): content only when they judge their object ('sees
#: Cruz as a uniter', 'consider Clinton honest', 'identify themselves as independents'); 'saw
#: him there' and 'considered the bill' report nothing. ("deem" is not one of them: it always
#: judges, and the parse often gives its object and its judgment as two objects, 'deemed the
#: plan a trade-off'.)
JUDGMENT_VERBS = {"see", "view", "regard", "consider", "identify"}

#: Nouns for groups of people and for shares of them, the sources of polls and of stances
#: ("About three-quarters support a ban", "voters want change", "critics called it a tax"):
#: a subject of an act or intent verb that can hold a view, though it names no one.
GROUP_NOUNS = set(
    word_list(
        """
voter voters supporter supporters critic critics opponent opponents respondent respondents
men women friend friends leader leaders candidate candidates delegate delegates protester protesters
donor donors economist economists scholar scholars researcher researchers
conservative conservatives liberal liberals progressive progressives moderate moderates
independent independents citizen citizens american americans democrat democrats republican
republicans member members majority minority plurality half third thirds quarter quarters
percent most many some few none all both everyone nobody someone others rest
"""
    )
)

#: Words for a share of a group, which stand as the subject of a poll's finding ("A third said
#: wages were too low", "a majority believed ..."): after "a" or a number the tagger often reads
#: them as adjectives, and the verb after them as a participle of the next noun.
SHARE_WORDS = frozenset(
    word_list(
        """
half third thirds quarter quarters fifth fifths sixth sixths seventh sevenths eighth eighths
ninth ninths tenth tenths majority minority plurality
"""
    )
)

#: Nouns of documents and measurements that report content with an object, not only a clause:
#: "A CNN/ORC poll showed a one-point difference", "the study found no link".
DOCUMENT_NOUNS = set(
    word_list(
        """
poll polls survey surveys study studies report reports analysis data figures numbers
research document documents video footage record records review audit memo letter filing
statement ad advertisement census count tally projection projections estimate estimates
"""
    )
)

#: Nouns of saying, belief and demand that carry their own content in a "that" clause or an
#: infinitive ("her remark that ...", "Trump's claim that ...", "his promise to ...").
SPEECH_NOUNS = set(
    word_list(
        """
claim claims assertion assertions statement remark remarks comment comments argument warning
warnings promise promises pledge vow suggestion charge charges allegation allegations
insistence prediction belief view fear fears concern concerns hope call calls demand demands
accusation accusations admission announcement contention declaration insinuation threat
complaint complaints arguments counterargument report reports plea pleas appeal appeals
"""
    )
)

#: Verbs by which their subject voices a noun of saying it takes as object: 'made the charge
#: that ...', 'raised concerns that ...', 'voiced fears that ...', 'issued a warning that ...'.
#: Not verbs that answer someone else's claim ('dismissed the claim that ...', 'rejected
#: calls to ...'): their object's owner is not their subject.
LIGHT_VERBS = frozenset(
    word_list(
        """
make makes made making raise raises raised raising voice voices voiced voicing express
expresses expressed expressing issue issues issued issuing level levels leveled levelled
leveling repeat repeats repeated repeating reiterate reiterates reiterated reiterating
"""
    )
)


#: Nouns of stance toward something, with the prepositions that take its object: "her support
#: for the bill", "Trump's attacks on the judge", "his opposition to the deal". With a possessor
#: (who holds the stance) they are attributions, like the act verbs they come from. They are
#: read only in sentences parsed for another cue word ("opposition" alone asks for no parse).
STANCE_NOUNS: dict[str, tuple[str, ...]] = {
    "support": ("for", "of"),
    "backing": ("for", "of"),
    "endorsement": ("of",),
    "opposition": ("to",),
    "criticism": ("of",),
    "criticisms": ("of",),
    "attack": ("on",),
    "attacks": ("on",),
    "praise": ("for", "of"),
    "condemnation": ("of",),
    "defense": ("of",),
    "defence": ("of",),
    "embrace": ("of",),
    "rejection": ("of",),
    "call": ("for",),
    "calls": ("for",),
}

#: Adjectives of stance (belief, feeling, attitude, willingness) that attribute what they take:
#: a preposition's object ("critical of Clinton's email use", "worried about the economy"), a
#: clause ("confident that he will win") or an infinitive ("eager to fight", "willing to
#: compromise"). PARC, and so PolNeAR, counts a source's stance as an attribution like a verb's
#: ("Republicans have been critical of ..." as "Republicans criticized ..."); the adjective is
#: the cue, its subject (or the noun it describes: "voters worried about jobs") the source.
STANCE_ADJECTIVES = set(
    word_list(
        """
afraid angry anxious appreciative aware adamant certain committed concerned confident
convinced critical dedicated determined disappointed divided doubtful eager enthusiastic
excited fearful frustrated glad grateful happy hesitant hopeful insistent intent keen
mindful nervous open opposed optimistic outspoken pessimistic proud ready reluctant sceptical
skeptical split supportive sure suspicious tired unaware uncertain unhappy unsure unwilling
upset vocal wary willing worried
"""
    )
)

#: Adjectives of a feeling that are a stance only with a clause ('Parents were appalled that
#: the school had hidden the report', 'Neighbours are furious that the oaks were cut'): the
#: clause is what the holder takes to be so and reacts to, reported as their view, as
#: "concerned that" is. With a preposition or an infinitive they tell a feeling, not a view
#: ('pleased with the result', 'delighted to be here'), and are read as no cue.
CLAUSE_STANCE_ADJECTIVES = set(
    word_list(
        """
appalled astonished delighted dismayed furious incensed outraged pleased relieved shocked
stunned surprised thrilled
"""
    )
)

#: The prepositions a stance adjective takes its object with ("critical of", "worried about").
STANCE_ADJECTIVE_PREPS = {"of", "about", "on", "over", "with", "to", "toward", "towards", "for"}

#: Evidential cues: words by which the writer reports a view without naming whose it is. PARC
#: annotates them as attributions with no source ("The sale is expected to expand ...", "Trump
#: appeared paralyzed", "he reportedly told aides ..."), the whole clause as the content:
#: - raising verbs, with an infinitive, an adjective or a clause ("seems stable", "it appears
#:   that ...");
#: ("likely to win" and "is supposed to" were tried: on PolNeAR train 0-499 only one in five
#: is annotated, most are the writer's own forecast or an obligation.)
#: - passive verbs of saying and belief with an infinitive ("is expected to", "is said to");
#: - sentence adverbs of report ("reportedly", "allegedly").
#: ("appeared" is left out: in past narration it mostly tells what was seen, 'He appeared to
#: make an off-color joke'; on PolNeAR train 0-499, 7 of 25 were annotated.)
RAISING_FORMS = {"seem", "seems", "seemed", "appear", "appears"}
PASSIVE_EVIDENTIALS = {
    "expected",
    "said",
    "believed",
    "thought",
    "rumored",
    "rumoured",
    "reported",
    "alleged",
    "predicted",
    "estimated",
}
EVIDENTIAL_ADVERBS = {"reportedly", "allegedly", "seemingly", "purportedly", "supposedly"}

#: Speech verbs that only tag a quote ('"...," he continued'); with an object or an infinitive
#: they are aspectual ("Clinton continues to lead", "continued her tour") and say nothing.
TAG_ONLY = {"continue"}

#: Irregular forms: lemma -> (past, past participle, 3rd person, -ing).
_IRREGULAR: dict[str, tuple[str, ...]] = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "written", "writes", "writing"),
    "think": ("thought", "thinks", "thinking"),
    "find": ("found", "finds", "finding"),
    "know": ("knew", "known", "knows", "knowing"),
    "feel": ("felt", "feels", "feeling"),
    "speak": ("spoke", "spoken", "speaks", "speaking"),
    "swear": ("swore", "sworn", "swears", "swearing"),
    "show": ("showed", "shown", "shows", "showing"),
    "understand": ("understood", "understands", "understanding"),
    "learn": ("learned", "learnt", "learns", "learning"),
    "cry": ("cried", "cries", "crying"),
    "reply": ("replied", "replies", "replying"),
    "query": ("queried", "queries", "querying"),
    "snap": ("snapped", "snaps", "snapping"),
    "quip": ("quipped", "quips", "quipping"),
    "plead": ("pleaded", "pled", "pleads", "pleading"),
    "rebut": ("rebutted", "rebuts", "rebutting"),
    "concur": ("concurred", "concurs", "concurring"),
    "slam": ("slammed", "slams", "slamming"),
    "guess": ("guessed", "guesses", "guessing"),
    "worry": ("worried", "worries", "worrying"),
    "decry": ("decried", "decries", "decrying"),
    "see": ("saw", "seen", "sees", "seeing"),
    "seek": ("sought", "seeks", "seeking"),
}

#: Multi-word cues, matched on the token sequence; the first word is the anchor.
PHRASE_CUES = ("according to", "quoted as saying", "went on to say", "pointed out")

#: Nouns that name the channel of a statement: "said in a statement", "told ... in an interview".
CHANNEL_NOUNS = set(
    word_list(
        """
statement interview speech remarks comments briefing conference tweet post letter email e-mail
memo op-ed editorial column blog podcast broadcast testimony hearing address message video
appearance release posting
"""
    )
)


#: Nouns for the words someone answers with ('"No," was Hill's reply', 'the response from
#: Hill'): whose reply it is speaks.
REPLY_NOUNS = frozenset(("reply", "response", "answer", "retort", "rejoinder", "comeback"))


#: Verbs that double their final consonant before -ed and -ing (a stressed last syllable
#: ending in one vowel and one consonant: "admitted", "preferred", "referring", "planned").
_DOUBLING = {
    "admit",
    "aver",
    "beg",
    "brag",
    "demur",
    "dub",
    "nag",
    "plan",
    "prefer",
    "refer",
    "sob",
}


def _regular_forms(lemma: str) -> tuple[str, ...]:
    """Past, 3rd person and -ing forms of a regular verb (English spelling rules)."""
    if lemma in _DOUBLING:
        return lemma + lemma[-1] + "ed", lemma + "s", lemma + lemma[-1] + "ing"
    if lemma.endswith(("ee", "ye", "oe")):
        past, ing = lemma + "d", lemma + "ing"  # "agreeing", not "agreing"
    elif lemma.endswith("e"):
        past, ing = lemma + "d", lemma[:-1] + "ing"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        past, ing = lemma[:-1] + "ied", lemma + "ing"
    else:
        past, ing = lemma + "ed", lemma + "ing"
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    return past, third, ing


def _forms(lemmas: list[str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for lemma in lemmas:
        for form in (lemma, *_IRREGULAR.get(lemma, _regular_forms(lemma))):
            table.setdefault(form, lemma)
    return table


#: Every form of a speech verb -> its lemma ("said" -> "say").
VERB_FORMS: dict[str, str] = _forms(SPEECH_VERBS + REPORT_VERBS)
#: Every form of a stance verb -> its lemma; a cue only with a clausal complement.
STANCE_FORMS: dict[str, str] = _forms(STANCE_VERBS)

#: Every form of an act verb -> its lemma; a cue only with an object and a source subject.
ACT_FORMS: dict[str, str] = _forms(ACT_VERBS)

#: Verbs whose object is the addressee ("told AFP"), not the content.
ADDRESSEE_VERBS = {
    "tell",
    "inform",
    "assure",
    "remind",
    "brief",
    "warn",
    "ask",
    "urge",
    "encourage",
    # 'texted her sister that ...', 'emailed supporters on Monday': whom the message went to
    "email",
    "text",
}

#: Participles that put a question to someone without being verbs of saying: 'Pressed by host
#: Kristen Welker on whether ...' (read by :mod:`tidings.analyze.attributions` as "asked" is).
QUESTION_PARTICIPLES = frozenset(("pressed",))

#: The words that may make a sentence hold an attribution (a parse is asked for only there).
_CUE_SET = frozenset(
    {
        *VERB_FORMS,
        *QUESTION_PARTICIPLES,
        *STANCE_FORMS,
        *ACT_FORMS,
        *STANCE_ADJECTIVES,
        *CLAUSE_STANCE_ADJECTIVES,
        *RAISING_FORMS,
        *EVIDENTIAL_ADVERBS,
        "according",
    }
)
#: A quick test of whether a paragraph may hold a cue, so only those are parsed (the same
#: words as :func:`has_cue_word`, which is several times faster than this alternation).
CUE_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted(map(re.escape, _CUE_SET), key=len)[::-1]) + r")\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+")


def has_cue_word(text: str) -> bool:
    """True when ``text`` holds a cue word (the same test as ``CUE_WORDS.search``)."""
    return not _CUE_SET.isdisjoint(map(str.lower, _WORD.findall(text)))


#: Nouns of saying and of stance that are no cue word themselves ("contention", "warnings",
#: "opposition"): a sentence holding one is parsed only when the words around it give it an
#: owner (:func:`has_owned_noun`), since :func:`tidings.analyze.nonverbcues.noun_attribution`
#: reads nothing from a noun with no owner.
_UNLISTED_NOUNS = frozenset((SPEECH_NOUNS | set(STANCE_NOUNS)) - _CUE_SET)
_NOUNS_ALT = "|".join(sorted(_UNLISTED_NOUNS, key=len, reverse=True))
#: The owners :func:`tidings.analyze.nonverbcues.noun_owner` reads, as words: a possessor
#: ("Trump's", "the hawks'", "his") or a light verb ('raised concerns', 'made the argument'),
#: up to two or three words before the noun ('his firm contention'); or "by" after it ('an
#: allegation by the auditors'); or "of" after it with a "that" clause further on ('the fears of
#: local farmers that ...', :func:`tidings.analyze.nonverbcues._of_holder`).
_OWNED_NOUN = re.compile(
    r"(?:(?<=\w)['’]s?|\b(?:his|her|their|its|our|my|your)|\b(?:"
    + "|".join(sorted(LIGHT_VERBS, key=len, reverse=True))
    + r")(?:\s+[\w-]+){0,1})(?:\s+[\w-]+,?){0,2}\s+(?:"
    + _NOUNS_ALT
    + r")\b|\b(?:"
    + _NOUNS_ALT
    + r"),?\s+by\b|\b(?:"
    + _NOUNS_ALT
    + r")\s+of\s[^.!?;:]{1,60}?\bthat\b",
    re.IGNORECASE,
)


#: Nouns of a message whose words follow a colon: 'had a simple message for the new striker:
#: keep running' (read by :func:`tidings.analyze.nonverbcues.message_colon`).
MESSAGE_NOUNS = frozenset(("message", "messages", "advice", "warning", "warnings"))
#: Nouns of a speech someone gives or makes, whose words a colon may open as a message's do:
#: 'The mayor made a short statement: "We will rebuild."', 'allowed the defendant to give
#: long speeches: "..."' (read by :func:`tidings.analyze.nonverbcues.message_colon` only: as
#: objects of other verbs they name no words, 'attended the speech').
SPEECH_ACT_NOUNS = frozenset(
    ("statement", "statements", "speech", "speeches", "remarks", "address", "testimony")
)
#: Nouns of someone's words or thoughts whose quotation a colon opens when a possessor owns
#: them: 'the general's grim visions: "..."', 'the coach's motto: "..."' (read by
#: :func:`tidings.analyze.nonverbcues.message_colon`, with the quote mark after the colon).
OWNED_WORDS_NOUNS = frozenset(
    word_list(
        """
vision visions thought thoughts words motto slogan mantra creed verdict answer answers reply
replies response
"""
    )
)
#: Every noun :func:`tidings.analyze.nonverbcues.message_colon` reads.
COLON_NOUNS = MESSAGE_NOUNS | SPEECH_ACT_NOUNS | OWNED_WORDS_NOUNS
#: A message, speech or words noun and its colon in one sentence, for the parse selection.
MESSAGE_COLON = re.compile(
    r"\b(?:" + "|".join(sorted(COLON_NOUNS)) + r")\b[^:.!?]{0,60}:\s*[\"“]?\w", re.I
)


#: The forms of "make" in 'made it clear that ...', 'makes clear that ...': a phrase of saying
#: whose words are no cue (read by :func:`tidings.analyze.attributions._made_clear`).
MAKE_FORMS = frozenset(("make", "makes", "made", "making"))
MADE_CLEAR = re.compile(r"\b(?:" + "|".join(MAKE_FORMS) + r")\s+(?:it\s+)?clear\b", re.IGNORECASE)


def has_owned_noun(text: str) -> bool:
    """True when ``text`` holds a noun of saying or stance that is no cue word, with words that
    may give it an owner ("the budget hawks' warnings that ...", 'his contention that ...',
    'The union raised concerns that ...'): the parse decides whether they do. A word-set test
    first, so most sentences never reach the pattern."""
    if _UNLISTED_NOUNS.isdisjoint(map(str.lower, _WORD.findall(text))):
        return False
    return _OWNED_NOUN.search(text) is not None


#: "per" where news writing uses it as "according to" ('..., per the Labor Department', 'Per
#: the health department, ...'), at a clause's edge; "per" is no cue word (a rate, '$4 per
#: gallon', is no attribution), so the paragraph is parsed for it (read by
#: :func:`tidings.analyze.sources.source_preposition`).
SOURCE_PER = re.compile(r"(?:^|[,(;—–]\s*|[.!?]\s+)[Pp]er\s+(?!cent\b|capita\b|annum\b|se\b)")

#: A sentence opening 'In the opinion of X,', 'In her words,', 'By his own account,': an
#: attribution whose noun is no cue word ("view" is one), so the paragraph is parsed for it.
IN_VIEW = re.compile(
    r"(?:^|[.!?]\s+|\b(?:But|And|Yet)\s+)(?:[Ii]n|[Bb]y)\s+[^,.;:]{0,40}?\b"
    r"(?:opinion|estimation|judge?ment|words|account)\b"
)


#: A quote closed after a comma, "?", "!", a dash or an ellipsis and followed by words:
#: '"...," Trump shot back', '"We had hoped—" Ames began'.
_TAG_AFTER = re.compile(r"(?:[,?!—–…-]|\.\.\.)[\"”’'»]\s+\w")
#: A colon after a few words, right before an opening mark: 'She addressed them again: "'.
_COLON_BEFORE = re.compile(r"\w\W*\s\W*\w[^:]*:\s*[\"“‘'«„]")
#: A word and a comma right before an opening mark and a word: 'Hillary shot back, "I ...'.
_COMMA_BEFORE = re.compile(r"[^\W\d_]{2,}\s*,\s*[\"“‘«„](?=\w)")
#: The ends of the two patterns above, searched first (:func:`_framing_mark`): every match of
#: a pattern holds a match of its end. A pattern that opens with a word character is tried at
#: every word of a paragraph, and ``[^:]*`` runs on to the paragraph's end each time, so in a
#: paragraph with no such colon or comma the full search costs about the square of its length.
_COLON_MARK = re.compile(r":\s*[\"“‘'«„]")
_COMMA_MARK = re.compile(r",\s*[\"“‘«„](?=\w)")
#: "as" (and a determiner) right before an opening mark: 'introduced him as "a fighter for
#: families"', 'pounding Trump as a "con artist"' (two apostrophes stand for a mark in some
#: archives).
_AS_BEFORE = re.compile(
    r"(?<!such )\bas\s+(?:(?:a|an|the)\s+)?(?:[\"“‘«„]|'')(?=\w)", re.IGNORECASE
)


#: The idiom of saying "as X put it" ('As Ms. Simonyan put it in a statement, RT is "..."'),
#: whose verb is no cue word.
_PUT_IT = re.compile(r"\bas\s+[^,;:\"“”]{1,60}?\s+puts?\s+it\b", re.IGNORECASE)


def frames_quote(text: str) -> bool:
    """True when ``text`` (a whole paragraph, marks and quoted words included) has a quote
    framed by words that may attribute it
    without any word of the cue lexicon: a clause right after a quote that ends in a comma,
    question or exclamation mark ('"...," Trump shot back'; '"...!" beamed Hartley'), a
    clause ending in a colon before a quote ('She addressed the supporters: "..."'), a verb
    running through a comma into a quote ('Hillary shot back, "I suppose ..."'), or a
    paragraph ending in a colon (a block quote follows), or "as X put it".
    :mod:`tidings.analyze.quotes` reads
    these with any verb, so such a paragraph needs a parse even with no cue word in it
    (``needs_parse(text)`` would be ``has_cue_word(outside) or frames_quote(text)``).
    On PolNeAR train (first 300 articles) these add 1% of the words to the parsed ones.
    """
    if _TAG_AFTER.search(text) or _framing_mark(text):
        return True
    if _AS_BEFORE.search(text) or _PUT_IT.search(text):
        return True
    return text.rstrip().endswith(":")


def _framing_mark(text: str) -> bool:
    """True when ``text`` has a clause and a colon, or a word and a comma, right before an
    opening mark (:data:`_COLON_BEFORE`, :data:`_COMMA_BEFORE`); each full pattern is searched
    only when its end is in the text (the same answer, without the square cost)."""
    return bool(
        (_COLON_MARK.search(text) and _COLON_BEFORE.search(text))
        or (_COMMA_MARK.search(text) and _COMMA_BEFORE.search(text))
    )


def cue_lemma(word: str) -> str | None:
    """The lemma of a speech or stance verb form, or None ("told" -> "tell")."""
    low = word.lower()
    return VERB_FORMS.get(low) or STANCE_FORMS.get(low)


def act_lemma(word: str) -> str | None:
    """The lemma of an act verb form ("called" -> "call"), or None."""
    return ACT_FORMS.get(word.lower())


#: Report verbs that are not verbs of saying ("found", "showed", "released"): like stance verbs,
#: cues only with a clause ("the study found that ..."), never with an object alone ("the page
#: shows it as text", "jets were shown on state TV", "the ministry released a video").
CLAUSE_ONLY_FORMS: dict[str, str] = _forms([v for v in REPORT_VERBS if v not in SPEECH_VERBS])


def is_stance(word: str) -> bool:
    """True for verbs that are cues only with a clause: belief or intent ("believes"), and
    report verbs that are not verbs of saying ("showed")."""
    low = word.lower()
    return (low in STANCE_FORMS and low not in VERB_FORMS) or low in CLAUSE_ONLY_FORMS


#: What comes before "say" or "speak" in the writer's own set phrases: "which is not to say",
#: "that is to say", "needless to say", "suffice it to say", "so to speak" (not "his response
#: was to say ...", which reports what he said).
_WRITERS_IDIOM = re.compile(
    r"(?:\b(?:which|that|this|it)\s+(?:is|was|isn['’]t|wasn['’]t)\s+(?:not\s+)?|\bneedless\s+"
    r"|\bsuffice(?:\s+it)?\s+|\bso\s+)to\s+$",
    re.IGNORECASE,
)


#: The writer's connectors built on "said" that open a sentence: "That said, ...", "That being
#: said, ...", "Having said that, ..." (= even so): no one is reported.
_SAID_CONNECTOR = re.compile(r"^\W*(?:(?:that|this)\s+(?:being\s+)?|having\s+)$", re.IGNORECASE)
_SAID_CONNECTOR_AFTER = re.compile(r"^(?:\s+(?:that|this))?\s*,", re.IGNORECASE)


def writers_idiom(word: str, before: str, after: str = "") -> bool:
    """True when the cue ``word``, after the sentence's text ``before`` it and with ``after``
    following it, is the writer's set phrase, not someone's speech: 'Which is not to say that
    it was routine', 'needless to say', 'That said, the two firms might have made a good fit'."""
    low = word.lower()
    if low == "said" and _SAID_CONNECTOR.match(before) and _SAID_CONNECTOR_AFTER.match(after):
        return True
    return low in ("say", "speak") and _WRITERS_IDIOM.search(before) is not None

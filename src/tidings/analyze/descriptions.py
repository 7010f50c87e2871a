"""What the article calls a person where it names them, read from the text around the name.

requires: the article text and the offsets of a person's name mentions (their entity's).
assigns: nothing; :func:`descriptions_at` returns the descriptions found there.

Separate because the speaker rules read a description from the parse of the sentence that
holds the cue ("Hugh Hill, a doctor, said"), and only cue sentences are parsed: the sentence
that introduces someone ("Foreign Minister Ravi Menon met ...", "The company's chief
executive, Lars Eriksen, struck a different tone.") often has no cue, and its description was
lost when the person later spoke as "Menon said" or "He said". Three shapes are read, plain
text only, so that this costs no parse:

- a title before the name: "Finance Minister Elena Vasquez" -> "Finance Minister";
- an apposition after it: "Karen Holt, general secretary of the Metalworkers' Union," ->
  "general secretary of the Metalworkers' Union";
- an apposition before it: "The company's chief executive, Lars Eriksen," -> "The company's
  chief executive";
- where they come from: "Mark Delaney of Hartwell Securities" -> "of Hartwell Securities";
- what they do: "Linda Carver, who chairs the Patients' Alliance," -> "who chairs the
  Patients' Alliance" (a relative clause of a role verb; "who said ..." is no description).
"""

from __future__ import annotations

import re

from tidings.analyze.names import TITLE_WORDS
from tidings.givennames import is_given_name
from tidings.wordlists import MONTHS, WEEKDAYS, word_list

#: Words before a name that are courtesy, not a description ("Mr. Clarke", "Ms Persson").
HONORIFICS = frozenset(
    ("mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "sir", "dame", "lord", "lady", "dr", "dr.")
)
#: Capitalised words that open sentences or dates, never part of a title before a name.
_NOT_TITLE = frozenset(
    (
        *word_list(
            "the a an on in at for and but or as by with from to of after before when while if"
        ),
        *WEEKDAYS,
        *MONTHS,
    )
)
#: Words an apposition after a name may open with (a determiner, a possessive, or a title noun).
_APPOS_OPENERS = {"a", "an", "the", "its", "his", "her", "their", "our", "one", "another"}
_WORD = re.compile(r"[\w.'’-]+")
#: Where an apposition after a name may end, and what it may not hold (quote marks, brackets).
_AFTER_END = re.compile(r"[,;:()\"“”«»\n]|\.(?=\s|$)")
#: Words whose full stop is an abbreviation's, not a sentence's end ("Inc.", "St. Louis").
_ABBREVIATIONS = frozenset(word_list("inc co corp ltd jr sr st mt ft no u.s u.k u.n"))
#: "<phrase>, " right before a name, back to the start of its sentence or clause.
_BEFORE = re.compile(r"(?:^|[.;:!?]\s+|,\s+|\n)([^,.;:()\"“”«»\n]{3,100}),\s$")
#: Words that make a phrase a clause, not a description ("who leads", "said", "is").
_VERBISH = re.compile(
    r"\b(?:who|whom|whose|which|that|said|says|told|is|was|are|were|has|had|have|will|would|did|does)\b",
    re.IGNORECASE,
)
_MAX_WORDS = 16
#: A relative clause that says what someone does, which is what they are: "who chairs the
#: Patients' Alliance", "who leads a volunteer team", "who works for the council".
_ROLE_CLAUSE = re.compile(
    r"who (?:co-)?(?:leads|led|heads|headed|chairs|chaired|runs|ran|directs|directed|founded|"
    r"manages|managed|represents|represented|coaches|coached|owns|owned|edits|edited|"
    r"teaches|taught|advises|advised|oversees|oversaw|hosts|hosted|covers|covered|"
    r"(?:serves|served|works|worked) (?:as|at|for|in|on|with)|sits on|sat on|"
    r"studies|studied|researches|researched)\b"
)
_MAX_BEFORE_WORDS = 7
_PREPOSITIONS = {"of", "at", "for", "in", "with", "on", "to", "from", "now"}
#: Endings of nouns for a person's role ("partner", "investor", "economist", "spokeswoman").
_ROLE_SUFFIXES = ("er", "or", "ist", "ian", "man", "woman", "person", "ant", "ee", "ate")
#: Role nouns without those endings.
_ROLES = frozenset(
    word_list(
        """
scholar czar veteran head member chief ally friend son daughter wife husband host star heir
envoy emissary deputy delegate attaché rookie sophomore
chef staff coach nurse surgeon pilot guard cook poet athlete winger forward citizen resident
democrat independent conservative liberal progressive
activist student graduate owner partner colleague rival critic boss
"""
    )
)
#: Frequent nouns with those endings that name no person.
_NOT_ROLES = frozenset(
    word_list(
        """
door floor other number order matter water power paper letter center centre error factor
sector color colour labor labour favor honor mirror border corner quarter summer winter
dinner weather cancer computer shelter chapter theater theatre disaster answer danger finger
debate estate state climate senate mandate rate date plant grant
"""
    )
)


#: Words with a role noun's ending that are not nouns at all ("her", "after", "however").
_FUNCTION_WORDS = frozenset(
    word_list(
        """
her after under never ever over other another either neither whether rather however together
later per for nor
"""
    )
)


def is_role(low: str) -> bool:
    """True for a lower-case word that names a person's role: "boss", "striker", "founder"."""
    if low in TITLE_WORDS or low in _ROLES:
        return True
    return (
        len(low) >= 5
        and low.endswith(_ROLE_SUFFIXES)
        and low not in _NOT_ROLES
        and low not in _FUNCTION_WORDS
    )


def descriptions_at(text: str, start: int, end: int) -> list[str]:
    """The descriptions the text gives the person named at ``text[start:end]``."""
    found = [
        d for d in (_title_before(text, start), _appos_after(text, end), _of_after(text, end)) if d
    ]
    before = appos_before(text, start, end)
    if before:
        found.append(before)
    return found


#: What ends a sentence before its first word: a capitalised role noun after one opens it.
_SENTENCE_ENDS = (".", "?", "!", '"', "”")


def _title_before(text: str, start: int) -> str | None:
    """The run of title words right before a name: "Russian President", "Homeland Security
    Secretary", "Secretary of State", "New Jersey Gov."; not a courtesy ("Mr.") alone. A
    lower-case role noun counts too, alone or qualified: "the former president", "retired
    judge", "Millbrook boss", "Apple founder"; so does one capitalised because it opens the
    sentence ("Midfielder Carlos Vela said")."""
    window = text[max(0, start - 80) : start]
    if not window[-1:].isspace():
        return None  # the name does not follow a space (a quote mark, a bracket...)
    run: list[str] = []
    qualifiers = 0
    words = window.rsplit("\n", 1)[-1].split()
    for at in range(len(words) - 1, -1, -1):
        word = words[at]
        low = word.lower().removesuffix("'s").removesuffix("’s")
        titled = bool(run) and run[-1].lower() not in HONORIFICS
        opening = (at == 0 or words[at - 1][-1:] in _SENTENCE_ENDS) and not is_given_name(word)
        if low in TITLE_WORDS and not qualifiers:
            run.append(word)
        elif not run and (word.islower() or opening) and is_role(low):
            run.append(word)  # "boss" in "Millbrook boss Ian Crossley"; "Midfielder Carlos"
        elif low == "of" and titled:
            run.append(word)  # "Secretary of State": kept only if a title word comes before
        elif titled and qualifiers < 2 and word[:1].isupper() and low.isalpha():
            if low in _NOT_TITLE:
                break
            # capitalised words may qualify the title ("Health Secretary", "Russia's Foreign
            # Minister", "Supreme Court Justice")
            run.append(word)
            qualifiers += 1
        else:
            break
    while run and (run[-1].lower() == "of" or run[-1].lower() in _NOT_TITLE):
        run.pop()
    run.reverse()
    if not any(is_role(w.lower()) and w.lower() not in HONORIFICS for w in run):
        return None
    if run[-1].islower():
        # a lower-case title must end in a role and start where the phrase starts: "the
        # former president", "by judge"; not "state" alone, nor "director" cut out of
        # "communications director"
        before = words[-len(run) - 1].lower() if len(words) > len(run) else ""
        if run[-1].lower() in _QUALIFIERS or not (
            before in _PHRASE_OPENERS or not before[-1:].isalnum() or run[0][:1].isupper()
        ):
            return None
    return " ".join(run)


#: Title words that qualify a role but are none alone ("state", "former", "presidential").
_QUALIFIERS = frozenset(
    word_list(
        """
vice foreign defence defense interior finance state former acting senior assistant associate
deputy minority majority house senate democratic republican gop presidential u.s. us american
british french russian syrian chinese german israeli iranian iraqi ukrainian turkish european
un u.n. nato national political military economic security intelligence top campaign press
"""
    )
)
#: Words after which a noun phrase starts: a lower-case title right after one is whole.
_PHRASE_OPENERS = frozenset(
    word_list(
        """
the a an his her their its our my your by with from to for and or of at as said says told
asked according including like
"""
    )
)


#: " of " and a capitalised name after a person's name: "Mark Delaney of Hartwell Securities".
_OF_NAME = re.compile(
    r" of ((?:the )?[A-Z][\w.&'’-]*(?: (?:of|for|and|the|de|in|on|at|&|[A-Z][\w.&'’-]*))*)"
)


def _of_after(text: str, end: int) -> str | None:
    """ "of Hartwell Securities" right after a name: the organisation or place they are of."""
    m = _OF_NAME.match(text, end)
    if m is None:
        return None
    words = m.group(1).split()
    while words and words[-1].lower() in ("of", "for", "and", "the", "de", "in", "on", "at", "&"):
        words.pop()
    if words and words[-1].endswith(".") and words[-1][:-1].lower() not in _ABBREVIATIONS:
        words[-1] = words[-1][:-1]  # the sentence's full stop
    if not words or words[-1][:1].islower():
        return None
    return "of " + " ".join(words)


def _appos_after(text: str, end: int) -> str | None:
    """ ", general secretary of the union," right after a name (after an age: "Cornett, 71,
    a retired miner who ..." -> "a retired miner")."""
    if not text.startswith(", ", end):
        return None
    if age := _AGE.match(text, end):
        end = age.end()
    phrase = _until_end(text, end + 2)
    if phrase is not None and (cut := _RELATIVE_TAIL.search(phrase)):
        phrase = phrase[: cut.start()]  # "a retired miner who has lived there all his life"
    if phrase is None:
        return None
    for who_is in ("who is ", "who was ", "who is now ", "who was then "):
        if phrase.startswith(who_is):
            phrase = phrase[len(who_is) :]  # "Tom Okafor, who is a chemist at Imperial,"
    if _ROLE_CLAUSE.match(phrase) and len(_WORD.findall(phrase)) <= _MAX_WORDS:
        return phrase  # "Linda Carver, who chairs the Patients' Alliance,"
    first = phrase.split(" ", 1)[0]
    low = first.lower()
    possessive = low.endswith(("'s", "’s"))
    if not (low in _APPOS_OPENERS or low in TITLE_WORDS or possessive):
        return None  # "Li Wei, in Singapore on Saturday,": not what he is
    if not _role_head(phrase):
        return None  # "For Mr. Clarke, the agreement opened the door to other deals."
    return _phrase(phrase)


#: An age set off after a name: ", 71" (then ", a retired miner").
_AGE = re.compile(r", \d{1,3}(?=, )")
#: A relative clause closing an apposition: " who has lived in the hollow all his life".
_RELATIVE_TAIL = re.compile(r" (?:who|whose|which|that) ")


def _until_end(text: str, pos: int) -> str | None:
    """The words from ``pos`` to the comma or full stop that closes an apposition (a full stop
    after an abbreviation or an initial goes on), or None when a quote mark or bracket comes
    first."""
    limit = min(len(text), pos + 160)
    at = pos
    while True:
        m = _AFTER_END.search(text, at, limit)
        if m is None:
            return None
        if m.group() == ".":
            word = text[pos : m.start()].rsplit(" ", 1)[-1].lower()
            if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
                at = m.end()
                continue
        elif m.group() not in ",;":
            return None
        phrase = text[pos : m.start()].strip()
        return phrase if len(phrase) >= 3 else None


def appos_before(text: str, start: int, end: int) -> str | None:
    """ "The company's chief executive, " right before a name that the apposition closes."""
    if not text.startswith(",", end):
        return None  # 'deals, Mr. Clarke said': the clause before is what he said
    m = _BEFORE.search(text, max(0, start - 110), start)
    if m is None:
        return None
    phrase = m.group(1).strip()
    for conj in ("and ", "or "):
        # 'The mayor, Alicia Gomez, and the city's police chief, Robert Kane, disagreed'
        phrase = phrase.removeprefix(conj)
    first = phrase.split(" ", 1)[0].lower()
    if first not in _APPOS_OPENERS and not first.endswith(("'s", "’s")):
        return None
    if len(phrase.split()) > _MAX_BEFORE_WORDS or not _role_head(phrase):
        return None  # "Oz's show proved to be a safe space, Trump said": a clause
    return _phrase(phrase)


def _role_head(phrase: str) -> bool:
    """True when the phrase's head noun (its last word before a preposition) names a role:
    "The company's chief executive", "His former business partner at Lenox"."""
    words = phrase.lower().split()
    cut = next((k for k, w in enumerate(words) if k and w in _PREPOSITIONS), len(words))
    head = words[cut - 1].strip(".,")
    if head in TITLE_WORDS or head in _ROLES:
        return True
    return head.endswith(_ROLE_SUFFIXES) and head not in _NOT_ROLES


def _phrase(phrase: str) -> str | None:
    if _VERBISH.search(phrase) or len(_WORD.findall(phrase)) > _MAX_WORDS:
        return None
    return phrase

"""Person and organisation names as the corpus compares them.

One place for the rules that split "Russian President Vladimir Putin" into a description
("Russian President") and a name (given names ["vladimir"], surname "putin"), so that merge.py can
put "Putin", "Vladimir Putin" and "Russian President Vladimir Putin" in one speaker.

Not handled: surname-first orders (Chinese, Hungarian names are taken as written), particles
("de", "van") are kept in the given names, and a name that is only a title ("the President") stays
an unmerged description.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass

_TITLE_WORDS = """
    mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend fr father sister
    president presidentelect vice vicepresident prime minister premier chancellor secretary
    general gen lt col colonel major maj capt captain commander admiral adm sgt sergeant
    senator sen rep representative congressman congresswoman congressmember assemblyman
    governor gov mayor councillor councilman councilwoman ambassador envoy spokesman spokeswoman
    spokesperson chief deputy acting former ex interim foreign defence defense interior justice
    finance economy health state home attorney judge king queen prince princess pope emperor
    sheikh ayatollah chairman chairwoman chair ceo cfo coo founder director head leader
    opposition party minority majority speaker house white press officer official
    coach manager striker midfielder defender goalkeeper player star actor actress singer
    rapper author writer economist analyst lawyer doctor affairs
"""
#: Words that introduce a name without being part of it (lower case, dots removed): common
#: titles and roles in English news style. Extend when a real name form is seen split wrongly.
TITLES = frozenset(_TITLE_WORDS.split())
#: Titles that say which gender the person is, used to keep apart two people with one surname.
GENDERED = {
    "mr": "male",
    "sir": "male",
    "lord": "male",
    "king": "male",
    "prince": "male",
    "father": "male",
    "fr": "male",
    "congressman": "male",
    "spokesman": "male",
    "chairman": "male",
    "mrs": "female",
    "ms": "female",
    "miss": "female",
    "dame": "female",
    "lady": "female",
    "queen": "female",
    "princess": "female",
    "sister": "female",
    "congresswoman": "female",
    "spokeswoman": "female",
    "chairwoman": "female",
}
#: Small words inside a title ("Secretary of State", "Minister for Foreign Affairs").
_JOINERS = frozenset({"of", "for", "the", "and"})
#: Name suffixes that are not the surname.
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})
#: Country/affiliation words that may precede a title ("Russian President", "US Senator").
_AFFILIATION = re.compile(r"^(?:[A-Z][a-z]+(?:an|ian|ese|ish|ic|i)|U\.?S\.?|UK|EU|UN|NATO)$")
_WORD = re.compile(r"[\w'’.-]+", re.UNICODE)
_LEADING_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.I)


@dataclass(frozen=True)
class PersonName:
    """A person's name split for comparison: lower-case, accents folded."""

    given: tuple[str, ...]  # given and middle names or initials, in order
    surname: str
    titles: tuple[str, ...]  # words stripped in front ("russian", "president")
    display: str  # the name as it should be shown ("Vladimir Putin")

    @property
    def first(self) -> str | None:
        return self.given[0] if self.given else None

    @property
    def gender(self) -> str | None:
        for t in self.titles:
            if t in GENDERED:
                return GENDERED[t]
        return None


def fold(text: str) -> str:
    """Lower case, accents removed, curly apostrophes straightened: the comparison form."""
    if text.isascii():  # the common case, 20x faster than decomposing
        return text.lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return text.replace("’", "'").lower()


def _key(word: str) -> str:
    return fold(word).replace(".", "").strip("'-")


def parse_person(name: str) -> PersonName | None:
    """Split a person's name; None when nothing name-like is left once titles are removed."""
    words = _WORD.findall(name)
    titles: list[str] = []
    i = 0
    while i < len(words):
        k = _key(words[i])
        nxt = _key(words[i + 1]) if i + 1 < len(words) else ""
        if (
            (k in TITLES or (k in _JOINERS and titles and nxt in TITLES)) and i + 1 < len(words)
        ) or (_AFFILIATION.match(words[i]) and nxt in TITLES and i + 2 < len(words)):
            titles.append(k)
            i += 1
        else:
            break
    rest = words[i:]
    while rest and _key(rest[-1]) in SUFFIXES:
        rest = rest[:-1]
    rest = [w for w in rest if _key(w)]
    if not rest:
        return None
    keys = [_key(w) for w in rest]
    display = " ".join(w.strip(",") for w in rest)
    return PersonName(
        given=tuple(keys[:-1]), surname=keys[-1], titles=tuple(titles), display=display
    )


def org_key(name: str) -> str:
    """The comparison form of an organisation name ('The Kremlin' -> 'kremlin')."""
    name = _LEADING_ARTICLE.sub("", name.strip())
    return " ".join(_key(w) for w in _WORD.findall(name) if _key(w))


def group_key(name: str, speaker_type: str) -> str | None:
    """The merge group of an article speaker: 'person:<surname>' or 'org:<name>'.

    Anonymous sources ("a senior official") are never merged across articles: two of them are
    rarely the same source, so they get no group (None).
    """
    if speaker_type == "anonymous" or not name.strip():
        return None
    if speaker_type == "person":
        parsed = parse_person(name)
        return f"person:{parsed.surname}" if parsed else None
    key = org_key(name)
    return f"{'org' if speaker_type == 'organization' else 'other'}:{key}" if key else None


def compatible_given(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two given-name lists can name one person ('vladimir' ~ 'v'; 'john' !~ 'mary')."""
    if not a or not b:
        return True
    x, y = a[0], b[0]
    if x == y:
        return True
    if len(x) == 1 or len(y) == 1:
        return x[0] == y[0]
    return False


_TEXT_WORD = re.compile(r"\w+", re.UNICODE)


def text_words(text: str) -> list[str]:
    """The words of a quote as compared across outlets (case, accents, punctuation ignored)."""
    return _TEXT_WORD.findall(fold(text))


def text_key(text: str) -> str:
    """A short hash of a quote's words: two outlets' wordings with the same words share it."""
    return hashlib.blake2b(" ".join(text_words(text)).encode(), digest_size=10).hexdigest()


def stable_id(prefix: str, *parts: str) -> str:
    """A short id derived from its parts, the same in every run and on every machine."""
    digest = hashlib.blake2b("\x1f".join(parts).encode(), digest_size=8).hexdigest()
    return f"{prefix}_{digest}"

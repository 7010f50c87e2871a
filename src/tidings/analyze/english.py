"""Is an article's text English? Quotes, speakers and entities are read only from English text.

requires: Article.text. assigns: nothing; :func:`not_english` says why a text is not analysed.

Why: the analysis (spaCy's English model, the cue lexicon, the speaker and name rules) reads
English. On other languages it still finds the spans inside „…“ or « » marks, but gives them
speakers such as "des", "zum Arbeiten" or "muito ao Carlos" and entities made of common words
(the German and French pages of trafilatura's evaluation set, AEB's Portuguese ones: bench
/english_share.py). A page's declared language does not settle it: AEB pages declared "en" hold
German text, and pages declared "de" English. So the text itself is read: the share of its
words that are among the commonest English function words (:data:`FUNCTION_WORDS`), and of
those of other languages. Running prose in English has about a quarter or more English ones
(the PolNeAR articles 13% and up); German or French prose, 2-5%, and a fifth of its own.

A text is not analysed when it has :data:`MIN_WORDS` words or more and any of these holds:
- most of its words are in another script than Latin (Cyrillic, Greek, Arabic, CJK ...);
- under :data:`MIN_SHARE` (5%) of its words are English function words: no English prose has
  so few, whatever the language it is in instead;
- the function words of another language (:data:`OTHER_FUNCTION_WORDS`: German, French,
  Spanish, Portuguese, Italian, Dutch; words that are also English left out) outnumber the
  English ones.
Each test needs evidence of its own, so a short or list-like English text is not thrown out
on a thin margin. Measured with ``bench/english_share.py`` over every page of
../shared/data/extraction (2026-11-30): of 236 pages declared English, 229 are analysed and 7
are not (6 are German or lorem ipsum, 1 a table of basketball scores with 1% function words);
of 87 declared in another language, 3 are analysed (English pages declared "de", and a German
address list of 62 words); all 924 PolNeAR articles are analysed (the lowest English share is
13%).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from tidings.wordlists import word_list

#: The commonest English function words (and "said"), lower case.
FUNCTION_WORDS = frozenset(
    word_list(
        """
        the of and to a in is that for on with as was it by at from he said his be are this
        have has not but an or they which we their were her she will its been had who would i
        you
        """
    )
)
_OTHER = {
    "German": "der die das und ist nicht ein eine mit von zu den dem des auf für sich auch es im "
    "sie wir ich er",
    "French": "le la les et est un une des du que qui dans pour pas sur au aux ce avec il elle "
    "nous sont",
    "Spanish": "el la los las y es un una que del en por con para se su lo como",
    "Portuguese": "o os as e é um uma que da dos das em para com não se por na",
    "Italian": "il lo la gli le e è un una che di del della non con si sono",
    "Dutch": "de het een en van is dat niet op te zijn met voor er die",
}
#: The commonest function words of the languages most often met beside English in news
#: crawls, without those that are English words too ("in", "a", "is", "an").
OTHER_FUNCTION_WORDS = {
    language: frozenset(word_list(words)) - FUNCTION_WORDS for language, words in _OTHER.items()
}
#: Under this share of English function words a text is taken as not English.
MIN_SHARE = 0.05
#: A text of fewer words is analysed whatever it reads as: too few to tell.
MIN_WORDS = 40
#: Characters above this code point are outside the Latin script (and its extensions).
_LATIN_END = 0x24F
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Reading:
    """What a text's words say about its language."""

    words: int  #: runs of letters, any script
    english: float  #: share of English function words
    other: float  #: the largest share of another language's function words
    other_language: str | None  #: that language
    non_latin: float  #: share of words in another script than Latin


def read_language(text: str) -> Reading:
    """The shares of :class:`Reading` for ``text``."""
    words = _WORD.findall(text.lower())
    n = len(words)
    if not n:
        return Reading(0, 0.0, 0.0, None, 0.0)
    counts = Counter(words)  # then each list costs a lookup per listed word, not per word

    def share(listed: frozenset[str]) -> float:
        return sum(counts[w] for w in listed if w in counts) / n

    other_language, other = max(
        ((lang, share(ws)) for lang, ws in OTHER_FUNCTION_WORDS.items()), key=lambda p: p[1]
    )
    return Reading(
        words=n,
        english=share(FUNCTION_WORDS),
        other=other,
        other_language=other_language if other else None,
        non_latin=sum(c for w, c in counts.items() if ord(w[0]) > _LATIN_END) / n,
    )


def not_english(text: str, declared: str | None = None) -> str | None:
    """Why ``text`` is not analysed (a warning for the article's record), or None when it
    reads as English or is too short to tell (the tests: module docstring). ``declared`` is
    the page's own language tag, named in the warning but not trusted."""
    r = read_language(text)
    if r.words < MIN_WORDS:
        return None
    if r.non_latin >= 0.5:
        why = f"{r.non_latin:.0%} of its {r.words} words are in another script than Latin"
    elif r.other > r.english:
        why = (
            f"{r.other:.0%} of its {r.words} words are common {r.other_language} words, "
            f"{r.english:.0%} common English ones"
        )
    elif r.english < MIN_SHARE:
        why = f"{r.english:.0%} of its {r.words} words are common English words"
    else:
        return None
    said = f"; declared language {declared!r}" if declared else ""
    return (
        f"analysis skipped: the text does not read as English ({why}{said}); quotes, "
        "speakers and entities are read from English text only"
    )


__all__ = [
    "FUNCTION_WORDS",
    "MIN_SHARE",
    "MIN_WORDS",
    "OTHER_FUNCTION_WORDS",
    "Reading",
    "not_english",
    "read_language",
]

"""Name knowledge written down, not downloaded: first names by gender, titles, honorifics.

The first-name lists live in :mod:`tidings.givennames` (plain data, importable by extraction
without loading spaCy). A name on neither list gives no gender; pronouns that resolve to a
speaker ("she said" after "Sarah Lain ...") can still supply it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from tidings.givennames import FEMALE, MALE, unaccented
from tidings.wordlists import word_list

#: Words that precede a name as a title or office; split off into the description.
TITLE_WORDS = set(
    word_list(
        """
president vice prime minister secretary senator sen. sen rep. rep representative congressman
congresswoman governor gov. gov mayor chancellor king queen prince princess sheikh emir pope
general gen. gen colonel col. col lieutenant lt. lt captain capt. capt major maj. sergeant sgt.
admiral adm. commander chief judge justice attorney ambassador director chairman chairwoman
chair spokesman spokeswoman spokesperson chief executive ceo cfo coo founder leader deputy
foreign defence defense interior finance state former acting senior assistant associate
professor prof. prof dr. dr mr. mr mrs. mrs ms. ms miss sir dame lord lady rev. rev reverend
father bishop archbishop cardinal rabbi imam premier commissioner inspector officer detective
constable superintendent corporal trooper marshal councillor councilman councilwoman alderman
magistrate coach mp mep msp sheriff minority majority whip speaker house senate democratic
republican gop presidential
nominee candidate analyst economist contributor editor reporter correspondent columnist
strategist pollster researcher fellow specialist expert author writer lawyer attorney adviser
advisor aide official officials campaign manager chairman press secretary u.s. us american
british french russian syrian chinese german israeli iranian iraqi ukrainian turkish european un
u.n. nato national political military economic defense defence security intelligence foreign top
"""
    )
)

#: Titles that go with the one name a person is called by, a monarch's, a pope's, a prince's
#: or a sheikh's: "Pope Leo", "Queen Elizabeth", "Prince Harry", "Sheikh Tamim" are names,
#: title and all (the name alone is a given name, shared by many). An office held under a
#: surname is not one ("President Biden", "Sen. Warren", "Cardinal Parolin": the surname is
#: the name, and the full name when the article gives it).
NAMED_WITH_TITLE = frozenset(
    word_list("pope king queen prince princess sheikh sheikha emir sultan emperor empress")
)

#: A regnal number after the name ("King Charles III", "Pope Benedict XVI").
_REGNAL_NUMBER = re.compile(r"[IVX]+")


def called_with_title(words: Sequence[str]) -> bool:
    """True when the words are a capitalised title of :data:`NAMED_WITH_TITLE` and the single
    name (with its regnal number, if any) it goes with: "Pope Leo", "King Charles III", not
    "Crown Prince Mohammed bin Salman" nor "Prince George's County"."""
    if len(words) < 2 or not words[0][:1].isupper() or words[0].lower() not in NAMED_WITH_TITLE:
        return False
    rest = list(words[1:])
    if len(rest) == 2 and _REGNAL_NUMBER.fullmatch(rest[1]):
        rest = rest[:1]
    return len(rest) == 1 and rest[0][:1].isupper() and rest[0].isalpha()


#: Title words that only qualify an office in a title chain ("state Sen.", "Foreign Minister",
#: "former President", "U.S. Attorney") and name none alone: "the state said" after "state Sen.
#: Bill Cray" is the state, not the senator; "the former" or "the national" is no one's office.
OFFICE_QUALIFIERS = frozenset(
    word_list(
        """
vice foreign defence defense interior finance state former acting senior assistant associate
minority majority house senate democratic republican gop presidential u.s. us american british
french russian syrian chinese german israeli iranian iraqi ukrainian turkish european un u.n.
nato national political military economic security intelligence top press campaign
"""
    )
)

#: Honorifics that fix gender.
MALE_HONORIFICS = {"mr", "mr.", "sir", "lord", "king", "prince", "father", "congressman"}
FEMALE_HONORIFICS = {
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "miss",
    "dame",
    "lady",
    "queen",
    "princess",
    "congresswoman",
    "chairwoman",
    "spokeswoman",
}


@lru_cache(maxsize=4096)
def gender_of(name: str) -> str | None:
    """'female', 'male' or None, from the first given name or an honorific in ``name``.

    Kept for the last 4,096 names: the speaker and entity rules ask it of the same few dozen
    names of an article ~80 times (6,533 calls on PolNeAR dev's 84 articles)."""
    words = [w.strip(",.").lower() for w in name.split()]
    for word in words:
        if word in FEMALE_HONORIFICS or word + "." in FEMALE_HONORIFICS:
            return "female"
        if word in MALE_HONORIFICS or word + "." in MALE_HONORIFICS:
            return "male"
    for word in words:
        if word in TITLE_WORDS:
            continue
        word = unaccented(word)
        if word in FEMALE:
            return "female"
        if word in MALE:
            return "male"
        return None
    return None


#: Nouns for people that say their gender ("a government spokesman", "the woman").
_MALE_NOUNS = set(
    word_list(
        """
man spokesman chairman congressman businessman policeman fireman sportsman father husband son
boy schoolboy brother uncle grandfather king prince nephew
"""
    )
)
_FEMALE_NOUNS = set(
    word_list(
        """
woman spokeswoman chairwoman congresswoman businesswoman policewoman sportswoman mother wife
daughter girl schoolgirl sister aunt grandmother queen princess niece actress
"""
    )
)


def noun_gender(noun: str) -> str | None:
    """'female', 'male' or None for the head noun of an unnamed source ("spokeswoman")."""
    low = noun.lower()
    return "male" if low in _MALE_NOUNS else "female" if low in _FEMALE_NOUNS else None


#: Words whose full stop belongs to them, at the end of a name.
NAME_ABBREVIATIONS = set(
    word_list(
        """
jr. sr. inc. co. corp. ltd. st. bros. ala. ariz. ark. calif. colo. conn. del. fla. ga. ill. ind.
kan. ky. la. md. mass. mich. minn. miss. mo. mont. neb. nev. okla. ore. pa. tenn. tex. va. vt.
wash. wis. wyo.
"""
    )
)


#: Words that are a title or rank before a name, never a name alone: the tagger sometimes
#: splits "Associate Professor Laura Revell" into an organisation "Associate" and a person.
TITLE_ONLY = frozenset(
    word_list("associate assistant acting deputy former senior professor prof dr mr mrs ms")
)


#: Last words that mark a company's full name; news then calls it by the rest ("Veltrix
#: Semiconductor" ... "Veltrix"). Only such suffixes: "Ohio" is not "Ohio State University".
#: The words of show business ("productions", "records", "studios") end the names of firms
#: called after their founders ("Dick Clark Productions"), which no person's name ends in.
COMPANY_SUFFIXES = frozenset(
    word_list(
        """
inc inc. corp corp. corporation co co. company ltd ltd. limited llc plc ag sa nv gmbh group
holdings semiconductor semiconductors technologies technology systems securities capital
partners airlines airways motors pharmaceuticals pharma industries labs productions records
studios pictures entertainment enterprises
"""
    )
)


def named_for_founder(words: list[str]) -> bool:
    """A company called after its founder, from its lowercased words: a person's full name,
    then a company's suffix ("Dick Clark Productions", "Walt Disney Co."). The tagger types it
    by the person's name it opens with; then "the production company said" finds no company
    to name, and "he" may go to it."""
    return len(words) > 2 and words[-1] in COMPANY_SUFFIXES


#: Words after a surname that are not the surname: "James P. Kennedy Jr." is called Kennedy.
NAME_SUFFIXES = frozenset(word_list("jr jr. sr sr. ii iii iv"))


def without_suffix(words: tuple[str, ...]) -> tuple[str, ...]:
    """A person's name words without a trailing "Jr.", "Sr.", "III" (compared lower-case),
    so its last word is the surname news calls the person by ("Carlineo" for "Patrick W.
    Carlineo Jr."). A name that is only such words stays as it is."""
    end = len(words)
    while end > 1 and words[end - 1].lower() in NAME_SUFFIXES:
        end -= 1
    return words[:end]


def surname(name: str) -> str:
    """The word news calls a person by again, as written: the last word of the full name
    but a "Jr." or "III" ("Carlineo" for "Patrick W. Carlineo Jr."); "" for no words. Every
    rule that finds a person again by the surname reads it here, so two men named "... Jr."
    never share one."""
    words = without_suffix(tuple(name.split()))
    return words[-1] if words else ""


#: Words of a minister's portfolio, which a title carries ("Energy Secretary", "National
#: Security Adviser", "Secretary of State", "UK Home Secretary"): the tagger takes them for an
#: organisation, but they are part of a title.
PORTFOLIOS = frozenset(
    word_list(
        """
energy home foreign interior defence defense health education treasury justice finance trade
transport transportation agriculture labor labour commerce environment culture state national
security homeland housing veterans affairs economy economic development communications
"""
    )
)


#: Last words that make a name an organisation's, the kind of body it is: "HM Coastguard",
#: "the Gazette", "Tottenham Hotspur". A person's name rarely ends in one (and then opens
#: with a given name: "Emily Post").
ORG_HEADS = frozenset(
    word_list(
        """
gazette times post herald tribune journal chronicle telegraph observer courier mirror
reporter examiner inquirer bulletin coastguard police council committee ministry department
agency authority commission court university college school academy hospital party union
association federation institute foundation trust society club bank fund board office army
navy guard rovers wanderers athletic hotspur fc rescue service services brigade patrol district
bureau
"""
    )
)

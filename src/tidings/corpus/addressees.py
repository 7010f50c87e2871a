"""Who a quote was said to, as a filter matches it: the one rule the corpus API, the web search,
the HTTP API and ``tidings quotes --to`` (on files too) share.

An addressee is kept as the article wrote it ("AFP", "reporters", "the BBC"); a filter matches
the **whole name, without regard to ASCII case**, after trimming the spaces around and between
its words. That is SQLite's ``NOCASE`` collation, which the index on
``quote_occurrences.addressee`` is built with, so the corpus answers from the index; the Python
side (:func:`same_addressee`, :func:`addressee_group`) folds exactly as ``NOCASE`` does, so a
file, the corpus and the speaker page's grouping never disagree (Python's ``lower()`` would also
fold "É", which ``NOCASE`` leaves).

The news agencies and broadcasters a reader meets are each **one** addressee under all their
names (:data:`ALIASES`: "AFP", "Agence France-Presse"; "AP", "the Associated Press"; "Reuters",
"Thomson Reuters"): a filter by one name matches every name of the group, and the speaker page
counts the group once, under its first name (:func:`canonical_addressee`). The rule lives here,
at query time, not in the analysis: a quote keeps the addressee as its article wrote it, with
the mention's offsets (the evidence stays the article's words), a corpus ingested before the
list grew follows it without re-analysis, and every face (the corpus API, the planner of the
web search, ``tidings quotes --to`` on files) reads the same list. Other addressees are not
merged ("the board", "the committee" name a different body in each article).
"""

from __future__ import annotations

#: ASCII capitals to small letters: what SQLite's NOCASE folds (and nothing else).
_NOCASE = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

#: The names of one news agency or broadcaster, the name shown first: the wire services and the
#: broadcasters and papers that quotes are most often "told" (each also with "the" before it,
#: "told the Associated Press"). A name several bodies share stays out ("ABC": the American
#: network or the Australian corporation; "Fox": Fox News or Fox Business).
ALIASES: tuple[tuple[str, ...], ...] = (
    ("AFP", "Agence France-Presse", "Agence France Presse", "Agence France-Press"),
    ("Associated Press", "AP"),
    ("Reuters", "Thomson Reuters", "Reuters news agency"),
    ("BBC", "BBC News", "British Broadcasting Corporation", "British Broadcasting Corp."),
    ("CNN", "Cable News Network"),
    ("NPR", "National Public Radio"),
    ("UPI", "United Press International"),
    ("dpa", "Deutsche Presse-Agentur"),
    ("Xinhua", "Xinhua News Agency"),
    ("Kyodo", "Kyodo News"),
    ("Yonhap", "Yonhap News Agency"),
    ("TASS", "ITAR-TASS"),
    ("RIA Novosti", "RIA"),
    ("IRNA", "Islamic Republic News Agency"),
    ("ANSA", "Agenzia Nazionale Stampa Associata"),
    ("Al Jazeera", "Al-Jazeera"),
    ("Bloomberg", "Bloomberg News"),
    ("CBS", "CBS News"),
    ("NBC", "NBC News"),
    ("Fox News", "Fox News Channel"),
    ("New York Times", "NYT"),
    ("Wall Street Journal", "WSJ"),
    ("Washington Post",),
    ("HuffPost", "Huffington Post"),
)


def addressee_key(name: str) -> str:
    """The name a filter looks up: its words, single-spaced (case is left to the comparison)."""
    return " ".join(name.split())


def _fold(name: str) -> str:
    return addressee_key(name).translate(_NOCASE)


def _with_the(names: tuple[str, ...]) -> list[str]:
    return [form for name in names for form in (name, f"the {name}")]


#: Every spelling of an alias group (folded as NOCASE folds) -> that group's spellings.
_GROUPS: dict[str, list[str]] = {
    _fold(form): _with_the(names) for names in ALIASES for form in _with_the(names)
}


def canonical_addressee(name: str) -> str:
    """The name one addressee is counted under: the first name of its :data:`ALIASES` group
    ("Agence France-Presse" -> "AFP", "the AP" -> "Associated Press"), else the name as
    written."""
    group = _GROUPS.get(_fold(name))
    return group[0] if group else name


def addressee_names(asked: str) -> list[str]:
    """Every name a filter by ``asked`` matches: its alias group's, else the name itself."""
    return _GROUPS.get(_fold(asked)) or [addressee_key(asked)]


def addressee_group(name: str) -> str:
    """The key under which spellings of one addressee count as the same ("AFP", "afp",
    "Agence France-Presse")."""
    return _fold(canonical_addressee(name))


def same_addressee(written: str | None, asked: str) -> bool:
    """Whether a quote said to ``written`` (None: to no one named) matches the filter ``asked``."""
    return written is not None and addressee_group(written) == addressee_group(asked)


def addressee_clause(column: str, asked: str) -> tuple[str, list[str]]:
    """SQL for "``column`` names the addressee ``asked``" (any of its names), and its
    parameters; usable by the index ``quote_occurrences_addressee`` (whose collation it names:
    one seek per name)."""
    names = addressee_names(asked)
    if len(names) == 1:
        return f"{column} = ? COLLATE NOCASE", names
    return f"{column} COLLATE NOCASE IN ({', '.join('?' * len(names))})", names

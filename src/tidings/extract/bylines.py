"""Bylines -> author names and other credits, with names in normal capitalisation.

One place for byline rules, shared by the text and HTML extractors. It reads:

- "By Jane Doe and John Smith", "Text by Sam BALL", "Par Jean DUPONT", "Von Anna Schmidt",
  "Por María López", "Door Jan de Vries", "Words: Jane Doe" -> authors;
- "Jane Doe, Reuters", "Tom Krisher, AP Auto Writer" -> author, and the agency or affiliation as a
  credit ("agency": "Reuters", "affiliation": "AP Auto Writer");
- "Video by FRANCE 24", "Photos: Jane Doe", "Reporting by Jane Doe; Editing by John Smith",
  "Additional reporting by ..." -> credits keyed by the role ("video", "photo", "editing"...).
  The reporting role of a Reuters-style line gives the authors.

Names are written as people write them: all-caps words become "Ball" ("Sam BALL" -> "Sam Ball"),
mixed case is kept ("McDonald", "al-Assad", "de la Cruz"), particles inside a name stay lower case.
Organisations in credits keep their own spelling ("FRANCE 24").

Rejected (``parse_byline`` returns None): lines that are not bylines even though they look close,
such as "Email the author", "CNN Wire", "Staff", "Updated 3pm", a date, a URL, "By clicking ...".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tidings.extract.dates import MONTHS, find_date, find_dates
from tidings.givennames import is_given_name

#: Role words that introduce a credit, in several languages -> the credit key.
CREDIT_ROLES: dict[str, str] = {
    "video": "video", "videos": "video", "vidéo": "video", "vídeo": "video", "filmed": "video",
    "camera": "video", "photo": "photo", "photos": "photo", "photograph": "photo",
    "photographs": "photo", "photography": "photo", "pictures": "photo", "picture": "photo",
    "images": "photo", "image": "photo", "foto": "photo", "fotos": "photo", "bild": "photo",
    "bilder": "photo", "graphics": "graphics", "graphic": "graphics", "illustration": "graphics",
    "illustrations": "graphics", "infographic": "graphics", "design": "graphics",
    "map": "graphics", "maps": "graphics", "editing": "editing", "edited": "editing",
    "editor": "editing", "additional reporting": "additional reporting",
    "produced": "production", "production": "production", "producer": "production",
    "animation": "production", "audio": "audio", "sound": "audio", "podcast": "audio",
    "translation": "translation", "translated": "translation", "traduction": "translation",
    "interview": "interview", "data": "data", "research": "research", "compiled": "research",
    "edition": "editing", "illustriert": "graphics", "fotografie": "photo",
}  # fmt: skip
#: Role words whose credit is authorship: "Written by", "Ein Artikel von", "Verfasst von",
#: "Publié par", "Escrito por", "Posted by", "Eine Kolumne von", "Autorin:".
AUTHOR_ROLES = (
    "text", "texte", "words", "story", "article", "written", "writing", "reporting", "reported",
    "report", "author", "authors", "auteur", "auteurs", "autor", "autora", "autore", "autores",
    "reportage", "posted", "published", "compiled and written", "autorin", "autoren", "artikel",
    "beitrag", "kolumne", "column", "essay", "kommentar", "verfasst", "geschrieben", "erstellt",
    "gespeichert", "eingestellt", "publiziert", "veröffentlicht", "auteure", "autrice", "rédigé",
    "écrit", "publié", "escrito", "redactado", "publicado", "scritto", "pubblicato", "articolo",
    "geplaatst", "geschreven",
    # "Redaktion: Eberhard Fuhr (Pressesprecher)": the editor who signs a press item; with a
    # person's full name only, one word after it is the desk's or the outlet's name
    "redaktion",
)  # fmt: skip
#: "By" in the languages tidings reads.
BY_WORDS = ("by", "par", "von", "por", "door", "di", "da", "de", "af", "av")
#: "By" words that are also common words or name particles ("de", "da"): enough after a
#: byline's label, not on their own to call a line a byline.
_WEAK_BY = re.compile(r"^(?:de|da|di|af|av)\s", re.I)
#: Well-known news agencies: named after a comma, they are the agency, not a second author.
AGENCIES = {
    "reuters", "ap", "associated press", "the associated press", "afp", "agence france-presse",
    "agence france presse", "dpa", "bloomberg", "ansa", "efe", "pa", "press association",
    "pa media", "upi", "xinhua", "kyodo", "tass", "anadolu", "aap", "cp", "the canadian press",
    "bloomberg news", "reuters staff", "ap news", "sid", "kna", "epd", "apa", "belga", "anp",
    "europa press", "lusa", "ap photo", "getty images", "afp photo",
}  # fmt: skip
#: Words that make an after-comma part a job title ("AP Auto Writer", "Staff Reporter").
ROLE_WORDS = {
    "writer", "correspondent", "reporter", "editor", "columnist", "contributor", "journalist",
    "staff", "producer", "analyst", "critic", "chief", "senior", "bureau", "redakteur",
    "redakteurin", "korrespondent", "korrespondentin", "envoyé", "envoyée", "spécial", "spéciale",
    "corresponsal", "redacción", "redaction", "rédaction", "newsroom", "desk",
}  # fmt: skip
#: Words that are never part of a person's name on a byline.
NOT_NAME_WORDS = {
    "staff", "wire", "wires", "news", "email", "e-mail", "author", "authors", "the", "updated",
    "published", "posted", "share", "follow", "twitter", "facebook", "contact", "more", "from",
    "read", "view", "all", "profile", "comments", "comment", "editorial", "board", "team",
    "desk", "agencies", "agency", "service", "services", "newsroom", "press", "bio", "opinion",
    "columnist", "correspondent", "reporter", "editor", "writer", "contributor", "sign",
    "subscribe", "login", "log", "in", "on", "at", "with", "this", "that", "our", "your", "click",
    "continuing", "using", "video", "photo", "photos", "image", "images", "about", "latest",
    "and", "und", "for", "of", "copyright", "user", "unknown", "anonymous", "admin",
    "administrator", "webmaster", "redaktion", "redacción", "rédaction", "redazione",
    "redactie", "redaction",
    # what author boxes run on into: "Über Steffi", "Johanna Kropfitsch Alle Artikel",
    # "Martin Junker Alles von ...", "Nesselsetzer sagt:", "Jule Radeck Vom 3. Februar"
    "über", "alle", "alles", "vom", "sagt", "says", "artikel", "beiträge", "posts", "mehr",
    "weitere", "zum", "zur", "profil",
    # a forum's or a feed's advertising slot signed like a post: "von Gesponserte Inhalte"
    "sponsored", "gesponserte", "gesponsert", "inhalte", "anzeige", "werbung",
}  # fmt: skip
#: Legal-form words: a text holding one names a company ("Haufe-Lexware GmbH & Co. KG").
COMPANY_MARKERS = {
    "gmbh", "co.", "kg", "ag", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "e.v.", "s.a.",
    "s.l.", "srl", "s.r.l.", "b.v.", "n.v.", "corp", "corp.",
}  # fmt: skip
#: Words that name an organisation, not a person ("Betty Crocker Kitchens", "Wirtualna Polska
#: Media", "Feuerwehr Oldenburg", "Deutsches Rotes Kreuz"): a name holding one is the
#: publisher's or an institution's, which tidings does not give as an author.
ORG_WORDS = {
    "media", "solutions", "kitchens", "kitchen", "group", "gruppe", "verband", "verein",
    "department", "departement", "abteilung", "ministerium", "ministry", "feuerwehr",
    "gasthaus", "hotel", "restaurant", "stiftung", "foundation", "institut", "institute",
    "university", "universität", "hochschule", "kreuz", "association", "society", "agentur",
    "verlag", "zeitung", "magazin", "magazine", "partei", "polizei", "gemeinde", "akademie",
    "academy", "zentrum", "labs", "kollektiv", "collective", "netzwerk", "network",
    "familie", "gazette", "tribune", "diario", "república", "republica", "noticias",
    "project", "projekt", "program", "programme", "initiative", "center", "centre", "council",
    "business", "today", "sport", "sports", "online", "illustrierte", "rundschau", "kurier",
    "anzeiger", "nachrichten", "zeitschrift", "journal", "volksblatt", "tageblatt",
    "abendblatt", "wochenblatt", "amtsblatt",
}  # fmt: skip
#: Endings of German compound organisation names ("Bundesverband", "Umweltbundesamt",
#: "Landesanstalt", "Caritasverband"); words longer than 8 letters only.
ORG_ENDINGS = (
    "verband", "ministerium", "verein", "gesellschaft", "behörde", "departement", "institut",
    "stiftung", "zentrum", "verlag", "zeitung", "akademie", "anstalt", "amt",
)  # fmt: skip
#: Words that follow "By" on a line, or stand alone in an author element, yet name no one: a
#: one-word value there is a user name or handle ("Posted by jancak", "von Ulrike", "gnaddrig"
#: in rel=author) unless it is one of these (or of NOT_NAME_WORDS), a role or the "by" itself.
NOT_HANDLES = {
    "admin", "administrator", "redaktion", "redaction", "rédaction", "redacción", "redazione",
    "redactie", "editor", "editors", "staff", "team", "guest", "gast", "anonymous", "anonym",
    "unknown", "unbekannt", "user", "webmaster", "moderator", "editorial", "newsroom",
    "red", "redak", "red.", "by", "von", "par", "por", "door", "di", "author", "autor",
    "auteur",
}  # fmt: skip
_BY_AFTER = re.compile(r"\s*,?\s*(?:by|von|par|por|door)\s", re.I)
#: A credit that starts inside a line with no separator before it ("Text von Jane Doe
#: Illustration von John Smith", "Auteur : Jane Doe Edition : John Smith").
_CREDIT_START = re.compile(
    r"\s+(?=(?:"
    + "|".join(sorted(CREDIT_ROLES, key=len, reverse=True))
    + r")\s*(?:by|von|par|por|:)\s)",
    re.I,
)
#: A "Label:" inside a line of page facts ("Datum: 19.11.2021 Autor: Jane Doe Quelle: X"):
#: each label starts a clause of its own.
_LABEL_START = re.compile(r"\s+(?=[A-ZÄÖÜÉ][^\W\d_]{2,20}\s?:\s)")
_FACTS_OPEN = re.compile(r"^[^\W\d_]{2,20}\s?:\s")
_HANDLE_AT = re.compile(r"\s+@\w+\b")
_HANDLE = re.compile(r"^[^\W\d_][\w.\-]{1,29}$")
#: A date, or "am"/"on"/"le" and a date, ending a byline: "Posted by Jane Doe on 21.10.2019".
_DATE_LEAD = re.compile(
    r"[\s,|/\-–—]*(?:\b(?:am|on|le|el|il|em|op|den|the)\s+)?"
    r"(?:\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|samstag|sonnabend|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)[\s,]*)?$",
    re.I,
)

#: Lower-case particles allowed inside a name ("Jan de Vries", "Ludwig van Beethoven").
PARTICLES = {
    "de", "la", "le", "du", "des", "del", "della", "di", "da", "dos", "das", "do", "van", "von",
    "der", "den", "ten", "ter", "bin", "ibn", "al", "el", "y", "e", "zu", "af", "st.",
}  # fmt: skip

_SEPARATORS = re.compile(r"\s*(?:;|\||•|·|/(?!\w+\.)|\s-\s|\s–\s|\s—\s)\s*")
_AND = re.compile(
    r"\s*(?:,\s*(?:and|&|et|und|y|e|en)\s+|\s+(?:[Aa]nd|&|et|[Uu]nd|y|e|en)\s+|,)\s*"
)  # "And"/"Und" too, in a title-cased byline ("Glen Owen And Brendan Carlin")
_URL = re.compile(r"https?://|www\.|@\w+\.\w+", re.I)
#: A label for the text and its pictures at once ("Text & Fotos: X", "Words and pictures by X"):
#: X wrote the piece and took its photos.
_TEXT_AND_PHOTOS = re.compile(
    r"^(?:text|texte|words|texto|testo)\s*(?:&|und|and|et|y|/)\s*"
    r"(?:fotos?|photos?|bild(?:er)?|pictures|images|photographs)\b\s*(?:by|von|par|:)?\s*",
    re.I,
)
#: Kinds of piece a writer signs with "von"/"by" ("Pressemitteilung von Katja Kipping", "Ein
#: Gastbeitrag von ...", "Review by ..."). After a colon they name the subject instead
#: ("Rezension: Härting - Internetrecht" reviews Härting's book), so only before a "by" word.
PIECE_NOUNS = frozenset(
    [
        "pressemitteilung",
        "medienmitteilung",
        "gastbeitrag",
        "gastkommentar",
        "rezension",
        "glosse",
        "kritik",
        "analyse",
        "bericht",
        "porträt",
        "review",
        "communiqué",
    ]
)
_LABEL = re.compile(
    r"^(?P<label>[^\W\d_][\w ]{0,30}?)\s*(?:\bby\b|\bpar\b|\bvon\b|\bpor\b|:(?=\s|$))\s*", re.I
)
_TRAILERS = re.compile(
    r"\s*(?:\b(?:updated|published|posted|last updated|mis à jour|publié|aktualisiert|"
    r"actualizado|aggiornato)\b|\|).*$",
    re.I,
)  # fmt: skip
_IN_PLACE = re.compile(r"\s+in\s+[A-Z][\w.-]+(?:\s+[A-Z][\w.-]+)*\s*$")
_NAME_TOKEN = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|[a-zß-öø-ÿ]{1,4}-[A-ZÀ-Ö][\w'’-]*)$")


@dataclass
class Byline:
    """What one byline line says: authors in order, and other credits by role."""

    authors: list[str] = field(default_factory=list)
    credits: dict[str, str] = field(default_factory=dict)


#: "By" glued to the name that follows it: sites print the label and the name in elements of
#: their own, spaced by CSS ("<span>By</span><span>J.R. Stone</span>"), so the page's text
#: reads "ByJ.R. Stone" where a reader sees "By J.R. Stone". Only before a capital: "Byron",
#: "ByteDance" and "Vonage" stay whole.
_GLUED_BY = re.compile(r"^(By|Von|Par|Por)(?=[A-ZÀ-ÖØ-Þ])")


def _clean_line(line: str) -> str:
    """A byline candidate with its whitespace collapsed, its edge punctuation stripped, a
    glued "By" label spaced ("ByAlex Bozarjian" -> "By Alex Bozarjian") and soft hyphens
    removed (hyphenation hints a CMS sprinkles into every word: "Von Mat\u00adthi\u00adas
    Lauerer" reads "Von Matthias Lauerer")."""
    line = line.replace("\u00ad", "")
    return _GLUED_BY.sub(r"\1 ", " ".join(line.split()).strip(" .-–—|·•"))


def parse_byline(line: str) -> Byline | None:
    """Authors and credits of a byline line, or None when the line is not a byline.

    >>> parse_byline("Text by Sam BALL").authors
    ['Sam Ball']
    >>> parse_byline("Video by FRANCE 24").credits
    {'video': 'FRANCE 24'}
    """
    line = _clean_line(line)
    if not line or len(line) > 160 or _URL.search(line):
        return None
    result = Byline()
    both = _TEXT_AND_PHOTOS.match(line)
    if both:
        line = "Text: " + line[both.end() :]
    line = _drop_inner_date(line)
    line = _without_dateline_place(line)
    line = _facts_split(_CREDIT_START.sub("; ", line))
    for clause in _SEPARATORS.split(line):
        clause = clause.strip(" ,.")
        if clause:
            _read_clause(clause, result)
    if not result.authors and not result.credits:
        return None
    if both and result.authors:
        result.credits.setdefault("photo", ", ".join(result.authors))
    return result


def _read_clause(clause: str, result: Byline) -> None:
    """Read one clause ("Reporting by X", "Photos: Y", "Jane Doe, Reuters") into ``result``."""
    label, value = _split_label(clause)
    if label is None and find_date(clause):
        return
    if label in CREDIT_ROLES:
        value = _TRAILERS.sub("", value).strip(" ,.")
        if value and not find_date(value) and _is_credit_value(value):
            key = CREDIT_ROLES[label]
            result.credits[key] = _join(result.credits.get(key), _as_credit(value))
        return
    value = without_date(_TRAILERS.sub("", value)).strip(" ,.:")
    value = _HANDLE_AT.sub("", value).strip(" ,.:")  # "Jane Doe @janedoe": her account
    value = _IN_PLACE.sub("", value)
    # only after a byline's label: "WASHINGTON (AP) — The Latest on ..." opens a story
    value, notes = _without_notes(value) if label is not None else (value, [])
    outlet = _FOR_OUTLET.search(value) if label is not None else None
    if outlet:  # "By Glen Owen and Brendan Carlin for the Mail on Sunday": who they wrote for
        notes.append(("affiliation", outlet.group(1).strip()))
        value = value[: outlet.start()]
    names, extras = _names_and_extras(value)
    extras += notes
    desk = clause.lower().startswith("redaktion")  # "Redaktion: Stadtmagazin": a desk's name
    if (
        label is not None
        and not names
        and not extras
        and not desk
        and is_handle(value)
        and _plain_label(clause)
    ):
        names = [value]  # "Posted by jancak", "von Ulrike": a user name, kept as written
    if label is None and not names:
        for key, text in extras:  # "... | Reuters": the agency of the byline before it
            result.credits[key] = _join(result.credits.get(key), text)
        return
    if label is None and len(names) == 1 and not extras and not _had_by(clause):
        # A bare "Jane Doe" is a byline only in context; the caller decides (looks_like_name).
        return
    for name in names:
        if name not in result.authors:
            result.authors.append(name)
    for key, text in extras:
        result.credits[key] = _join(result.credits.get(key), text)


#: The outlet a byline's writers wrote for, after the last name ("... for The Mail on Sunday",
#: "... für den Tagesspiegel", "... pour Le Monde").
_FOR_OUTLET = re.compile(
    r"(?<=\w)\s+(?:for|für|pour|para)\s+((?:the|den|die|das|der|le|la|les|el)?\s*[A-ZÀ-Þ][^,;]*)$",
    re.I,
)
_NOTE = re.compile(r"\s*\(([^()]{1,40})\)")
_NOTED_NAME = re.compile(r"(?:^|,\s*|\s(?:and|&|und|et|y)\s)([^(),;]+?)\s*\(([^()]{1,40})\)", re.I)


def _without_notes(value: str) -> tuple[str, list[tuple[str, str]]]:
    """A byline's value less its notes in parentheses after a name: "Jane Doe (AP)" gives the
    agency as a credit; a credit's role ("and Adrian Malloch (photography)") takes the name
    before it out of the authors as that credit; other notes ("(Sponsored Post)",
    "(Gastautor)", "(@jdoe)") say what the piece or the writer is, and are no part of the
    name."""
    extras: list[tuple[str, str]] = []
    for m in reversed(list(_NOTED_NAME.finditer(value))):
        role = CREDIT_ROLES.get(m.group(2).strip().lower())
        if role and role != "interview":
            extras.insert(0, (role, m.group(1).strip()))
            value = value[: m.start()] + value[m.end() :]
    for note in _NOTE.findall(value):
        if note.strip().lower() in AGENCIES:
            extras.append(("agency", note.strip()))
    return _NOTE.sub("", value).strip(" ,.:"), extras


_PLACE_COUNTRY = re.compile(r"\s+([A-ZÀ-Þ][\w-]+)\s+/\s*([A-ZÀ-Þ][a-zß-ÿ][\w-]*)$")


def _without_dateline_place(line: str) -> str:
    """A byline less the place it was filed from, written "Place /Country" at its end ("Von
    Roland Brockmann und Sebastian Drescher Kakuma /Kenia"): not a surname. Not an agency
    after the slash ("Jane Doe /AP", "Peter Maahn/SP-X"), and two words of the name stay."""
    m = _PLACE_COUNTRY.search(line)
    if m is None or m.group(2).lower() in AGENCIES:
        return line
    head = line[: m.start()]
    last = re.split(r"\s(?:and|und|&|et|y)\s|,", head)[-1].split()
    return head if len(last) >= 2 else line


def _facts_split(line: str) -> str:
    """A line of page facts ("Datum: 19.11.2021 Autor: Jane Doe Quelle: X") split before each
    label. Only a line that opens with a label is one: in "American Horror Story: Coven" the
    colon ends a title, and "Story:" is no byline label."""
    if not _FACTS_OPEN.match(line):
        return line
    return _LABEL_START.sub("; ", line)


def _drop_inner_date(line: str) -> str:
    """ "Posted on September 21, 2020 by Jane Doe" -> "Posted by Jane Doe": a date between an
    author label and its "by" (WordPress writes them so)."""
    found = find_date(line)
    if found is None or found.start == 0 or not _BY_AFTER.match(line[found.end :]):
        return line
    head = line[: found.start]
    return head[: _DATE_LEAD.search(head).start()] + line[found.end :]  # type: ignore[union-attr]


def without_date(value: str) -> str:
    """The byline before a date written after it: "Jane Doe on 21.10.2019" -> "Jane Doe"."""
    found = find_date(value)
    if found is None or found.start == 0:
        return value
    head = value[: found.start]
    return head[: _DATE_LEAD.search(head).start()]  # type: ignore[union-attr]


#: The pieces of a date-and-name line ("25.10.2022 - Reiner Nagel", "04.02.2022 | 13:10 Uhr |
#: Uta Helkenberg"), and a time alone among them.
_DATED_PIECES = re.compile(r"\s*(?:[|·•]|\s[-–—]\s|,)\s*")
_CLOCK = re.compile(r"^\d{1,2}[:.]\d\d(?:\s?(?:uhr|h|am|pm))?$", re.I)
#: Longest date-and-name line.
MAX_DATED_NAME = 80


def dated_name(line: str) -> str | None:
    """The name of a line that is a date and a person's name and nothing else, as small sites
    print their byline under the headline ("25.10.2022 - Reiner Nagel", "04.02.2022 | 13:10
    Uhr | Uta Helkenberg"), or None. The name must start with a listed given name: "Aktuelle
    Meldung 12.10.2021" is a label and a date, not a byline."""
    line = " ".join(line.split())
    if len(line) > MAX_DATED_NAME:
        return None
    dates = find_dates(line)
    if len(dates) != 1:
        return None
    rest = f"{line[: dates[0].start]} | {line[dates[0].end :]}"
    pieces = [p.strip(" .:-–—") for p in _DATED_PIECES.split(rest)]
    pieces = [p for p in pieces if p and not _CLOCK.match(p)]
    if len(pieces) != 1:
        return None
    name = pieces[0]
    words = name.split()
    if 2 <= len(words) <= 3 and looks_like_name(name) and is_given_name(words[0]):
        return normalise_name(name)
    return None


def is_handle(value: str) -> bool:
    """One word that can be a user name ("jancak", "Marianne1"), not a generic role nor a news
    agency ("Reuters" marked rel=author is the wire's credit)."""
    low = value.lower()
    return bool(_HANDLE.match(value)) and low not in NOT_HANDLES | NOT_NAME_WORDS | AGENCIES


def signed_byline(line: str) -> Byline | None:
    """``parse_byline`` for a line that says it is a byline: one of its clauses starts with "By"
    or an author label ("Ein Artikel von", "Written by:", "Datum: ... Autor: ..."). Lines near
    an article that are only names ("Tom and Jerry") are not taken on their own."""
    line = _clean_line(line)
    for clause in _SEPARATORS.split(_facts_split(line)):
        clause = clause.strip(" ,.")
        if _split_label(clause)[0] in ("text", "reporting") and not _WEAK_BY.match(clause):
            return parse_byline(line)
    return None


def bare_label(line: str) -> bool:
    """The line is a byline's label alone ("By", "Autor:", "Written by"): sites put the label
    and the name in elements of their own, so the name is the next line."""
    words = line.strip(" :").lower().split()
    if not 1 <= len(words) <= 2 or _WEAK_BY.match(words[0] + " "):
        return False
    if len(words) == 1:  # not "Artikel", "Story": alone they name the kind of page
        return words[0] in BY_WORDS or words[0] in _PERSON_LABELS
    return words[0] in AUTHOR_ROLES and words[1] in BY_WORDS


#: Labels that name a person's role, so a name must follow them.
_PERSON_LABELS = frozenset(w for w in AUTHOR_ROLES if w.startswith(("aut", "auteur")))


def author_label_clause(line: str) -> str | None:
    """The clause of a line that opens with a label naming its author as a person ("Autor:
    Klausmartin Friedrich" of "Autor: Klausmartin Friedrich Tags: 1907, Büssing, ..."), or
    None. Not a "von"/"by", which a teaser's line or a credit may also open with."""
    line = _clean_line(line)
    if ":" not in line or line.split(":")[0].strip().lower() not in _PERSON_LABELS:
        return None
    return _LABEL_START.split(line)[0]


def opens_with_by(line: str) -> bool:
    """The line starts with a "By" word ("By Jane Doe", "Von Ulrike"), not a longer label."""
    line = _clean_line(line)
    return _had_by(line) and not _WEAK_BY.match(line)


def _plain_label(clause: str) -> bool:
    """A label that can only mean authorship: "By", "Posted by", "Blog Beitrag von", "Autor:".
    A longer heading with a colon ("Main article: Friendship", "American Horror Story: Coven")
    ends in a role word by chance, so the one word after it is no user name."""
    m = _LABEL.match(clause)
    if _had_by(clause) or m is None:
        return True
    return not m.group(0).rstrip().endswith(":") or len(m.group("label").split()) == 1


def _had_by(clause: str) -> bool:
    return bool(re.match(rf"^(?:{'|'.join(BY_WORDS)})\s", clause, re.I))


def _split_label(clause: str) -> tuple[str | None, str]:
    """("reporting", "Jane Doe") for "Reporting by Jane Doe"; (None, clause) for a bare name.

    A plain "By Jane Doe" gives the label "text" (authorship).
    """
    by = re.match(rf"^(?:{'|'.join(BY_WORDS)})\s*:?\s+(?=\S)", clause, re.I)
    if by:
        rest = clause[by.end() :]
        if rest[:1].islower() and not re.match(r"^(?:de|van|von|al|el|di|da)\b", rest):
            return "not-a-byline", ""  # "By clicking", "by continuing to use this site"
        return "text", rest
    m = _LABEL.match(clause)
    if m:
        label = m.group("label").strip().lower()
        words = label.split()
        if label in CREDIT_ROLES or label in AUTHOR_ROLES:
            return (label if label in CREDIT_ROLES else "text"), clause[m.end() :].lstrip(": ")
        if words and words[-1] in CREDIT_ROLES and len(words) <= 3:
            key = "additional reporting" if label.startswith("additional") else words[-1]
            return key, clause[m.end() :]
        if words and (words[-1] in AUTHOR_ROLES or words[0] in AUTHOR_ROLES) and len(words) <= 3:
            return "text", clause[m.end() :].lstrip(": ")
        if (
            words
            and words[-1] in PIECE_NOUNS
            and len(words) <= 3
            and not m.group(0).rstrip().endswith(":")
        ):
            return "text", clause[m.end() :]  # "Pressemitteilung von Katja Kipping"
        if label.startswith("additional"):
            return "additional reporting", clause[m.end() :]
    return None, clause


def _names_and_extras(value: str) -> tuple[list[str], list[tuple[str, str]]]:
    """Split "Jane Doe and John SMITH, Reuters" into names and (credit key, text) extras."""
    names: list[str] = []
    extras: list[tuple[str, str]] = []
    role_seen = False
    seps = [""] + [m.group(0) for m in _AND.finditer(value)]
    for sep, part in zip(seps, _AND.split(value), strict=True):
        part = part.strip(" .,")
        if not part:
            continue
        if sep.strip(" ,"):  # "..., Reporter, and John Smith": an "and" starts a new name
            role_seen = False
        low = part.lower()
        if low in AGENCIES or low.removeprefix("the ") in AGENCIES:
            extras.append(("agency", part))
        elif names and _is_role(low):
            extras.append(("affiliation", part))
            role_seen = True
        elif role_seen:  # "X, Senior Technologist, ACLU Speech, Privacy": the role's employer
            extras.append(("affiliation", part))
        elif looks_like_name(part):
            names.append(normalise_name(part))
        elif names and _is_org(part):
            extras.append(("affiliation", part))
            # "By Nada Tawfik, BBC News, New York": after the employer comes its bureau's place
            # (a one-word part may itself be the place: "X, London, Jane Doe")
            role_seen = len(part.split()) > 1
    return names, extras


#: Endings of job titles written as one word ("Projektleiterin", "Pressesprecher", "Chefredakteur").
ROLE_ENDINGS = (
    "leiter", "leiterin", "sprecher", "sprecherin", "redakteur", "redakteurin", "referent",
    "referentin", "direktor", "direktorin", "präsident", "präsidentin", "beauftragter",
    "beauftragte", "korrespondent", "korrespondentin", "officer", "manager", "director",
    "president", "professor", "professorin",
)  # fmt: skip


#: Articles that open a phrase or a title, never a person's name.
_LEADING_ARTICLES = frozenset(
    [
        "die",
        "der",
        "das",
        "den",
        "dem",
        "des",
        "les",
        "los",
        "las",
        "el",
        "il",
        "lo",
        "gli",
        "het",
        "ein",
        "eine",
    ]
)
#: Author labels are not name words ("Eingestellt von Unknown" is no one's name).
_LABEL_WORDS = frozenset(w for w in AUTHOR_ROLES if " " not in w) - set(PARTICLES)


def _is_role(low: str) -> bool:
    return any(
        word in ROLE_WORDS or word.endswith(ROLE_ENDINGS) for word in re.findall(r"[^\W\d_]+", low)
    )


def _is_org(part: str) -> bool:
    words = part.split()
    return 0 < len(words) <= 5 and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _is_credit_value(value: str) -> bool:
    words = value.split()
    return 0 < len(words) <= 12 and value.lower() not in NOT_NAME_WORDS


def _as_credit(value: str) -> str:
    """Credit text as written, except a person's all-caps name is normalised."""
    if looks_like_name(value) and value.lower() not in AGENCIES and not re.search(r"\d", value):
        name = normalise_name(value)
        return name if len(value.split()) > 1 else value
    return value


def _join(old: str | None, new: str) -> str:
    return new if not old or new in old else f"{old}, {new}"


def looks_like_name(text: str) -> bool:
    """Whether ``text`` reads like a person's name: 2-5 capitalised words, particles allowed.

    >>> looks_like_name("Sam BALL"), looks_like_name("Email the author")
    (True, False)
    """
    words = text.replace("\u00a0", " ").split()
    if not 2 <= len(words) <= 5 or any(ch.isdigit() for ch in text):
        return False
    if words[0].lower() in _LEADING_ARTICLES:  # "Die Lyrikerin Lisa Jeschke": a phrase
        return False
    capitals = 0
    for i, word in enumerate(words):
        low = word.lower().strip(".,")
        if low in NOT_NAME_WORDS or low in _LABEL_WORDS or word.lower() in COMPANY_MARKERS:
            return False
        if len(low) > 3 and low in MONTHS and not is_given_name(low):
            return False  # "Reuters November 18, 2019"; not "April", nor "Jan" (Lukas Strozyk)
        if len(low) > 8 and low.endswith(ROLE_ENDINGS):  # "Pressesprecherin", "Chefredakteur"
            return False
        if low in ORG_WORDS or (len(low) > 8 and low.endswith(ORG_ENDINGS)):
            return False
        if 0 < i < len(words) - 1 and low in PARTICLES:
            continue
        if not _NAME_TOKEN.match(word):
            return False
        capitals += 1
    return capitals >= 2


#: A word of initials only ("J.R.", "J.-P."): its capitals are the name's, not a shout.
_INITIALS = re.compile(r"^(?:[^\W\d_]\.-?)+$")


def normalise_name(name: str) -> str:
    """A person's name in normal capitalisation: "Sam BALL" -> "Sam Ball", "McDonald" kept."""
    words = " ".join(name.split()).split(" ")
    out = []
    for i, word in enumerate(words):
        low = word.lower()
        if 0 < i < len(words) - 1 and low in PARTICLES and (word.isupper() or word.islower()):
            out.append(low)
        elif _INITIALS.match(word):
            out.append(word.upper())  # "J.R." stays "J.R.", not "J.r."
        elif (word.isupper() and sum(ch.isalpha() for ch in word) > 1) or (
            word.islower() and len(word) > 1
        ):
            out.append(_capitalise(word))
        else:
            out.append(word)
    return " ".join(out)


def _capitalise(word: str) -> str:
    """'BALL' -> 'Ball', "O'NEILL" -> "O'Neill", 'AL-ASSAD' -> 'Al-Assad', 'MCDONALD' -> 'McDonald'.

    Only called on words written all in one case, where the writer's capitalisation is lost.
    """
    parts = re.split(r"([-'’])", word.lower())
    out = "".join(p[:1].upper() + p[1:] if p not in "-'’" else p for p in parts)
    if re.match(r"^Mc[a-z]", out):
        out = "Mc" + out[2].upper() + out[3:]
    return out


__all__ = [
    "AGENCIES",
    "Byline",
    "author_label_clause",
    "bare_label",
    "dated_name",
    "looks_like_name",
    "normalise_name",
    "opens_with_by",
    "parse_byline",
    "signed_byline",
]

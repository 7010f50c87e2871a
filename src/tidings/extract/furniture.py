"""Page furniture: the one place for the rules that tell a furniture line from article text.

Each rule is a named reason and a pattern; :func:`furniture_reason` gives the reason of the first
rule that matches a line, so a dropped line is always recorded with why it was dropped. The rules
read English, French, German, Spanish, Italian, Portuguese and Dutch where sites commonly differ.
They are deliberately about *short* lines (labels, buttons, notices): an article sentence that
happens to mention cookies or a newsletter is long and is never matched by the label rules.

Captions and photo credits are split here too (:func:`split_caption`): "© credit | caption",
"caption (AFP Photo / credit)", "caption. Photograph: credit", "Photo: credit", "Credit: credit",
"caption Credit... credit", "Image source, credit" / "Image caption, caption" (BBC).

Not handled here: which *block* of lines is a teaser list or related links; that needs the
lines around and lives in ``text.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Lines longer than this are article text or a notice; label rules only look at shorter ones.
MAX_LABEL_CHARS = 80
#: Notices (cookies, newsletters) can be long sentences; beyond this they are not notices.
MAX_NOTICE_CHARS = 400


def _words(*alternatives: str) -> str:
    return "|".join(alternatives)


_LABEL_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("read-more", re.compile(r"^(?:" + _words(
        r"read (?:the )?(?:more|full (?:story|article)|on|next|this next)", r"continue reading",
        r"full story", r"more\s*[»›>]+", r"lire la suite", r"lire plus", r"en savoir plus",
        r"weiterlesen", r"mehr lesen", r"mehr dazu", r"leer más", r"seguir leyendo",
        r"leggi (?:di più|tutto|anche)", r"continua a leggere", r"lees meer", r"verder lezen",
        r"ler mais", r"continue lendo", r"see more", r"view more", r"show more", r"load more",
        r"more stories", r"read more stories", r"keep reading", r"view all", r"see all",
        r"more", r"less", r"expand", r"collapse",
    ) + r")\s*[.…:»›>]*$", re.I)),
    ("dont-miss", re.compile(r"^(?:" + _words(
        r"don'?t miss", r"do not miss", r"à ne pas manquer", r"à ne pas rater",
        r"nicht verpassen", r"no te pierdas", r"da non perdere", r"niet te missen",
        r"não perca", r"must read", r"must watch",
    ) + r")\s*[!:.]*$", re.I)),
    ("share", re.compile(r"^(?:(?:" + _words(
        r"share(?: this)?(?: (?:article|story|page|on \w+|via \w+))?", r"tweet", r"pin(?: it)?",
        r"e-?mail(?: this)?(?: article)?", r"print(?: this)?(?: article)?", r"whatsapp",
        r"linkedin", r"facebook", r"twitter", r"x", r"reddit", r"flipboard", r"pinterest",
        r"messenger", r"telegram", r"copy(?: the)? link", r"link copied", r"partager",
        r"partagez", r"teilen", r"compartir", r"condividi", r"delen", r"compartilhar",
        r"imprimer", r"drucken", r"save(?: article)?", r"saved", r"bookmark",
        r"gift (?:this )?article",
        r"share full article", r"share this with", r"sms", r"mail", r"pint", r"baixar",
        r"download", r"compartilhe",
        r"print this (?:article|page|story)", r"share it with (?:friends|a friend)",
        r"click to (?:share|email|print|tweet)[\w ]{0,40}(?:\(opens in new window\))?",
    ) + r")[\s,|/•·:]*){1,8}$", re.I)),
    ("account", re.compile(r"^(?:" + _words(
        r"subscribe(?: now| today)?", r"sign ?in", r"sign ?up", r"sign out", r"log ?in",
        r"log ?out", r"register", r"my account", r"account", r"create (?:a free )?account",
        r"se connecter", r"s'abonner", r"abonnez-vous", r"anmelden", r"abonnieren",
        r"iniciar sesión", r"suscríbete", r"accedi", r"abbonati", r"inloggen", r"entrar",
        r"assine", r"subscribe sign in", r"log in subscribe", r"sign in subscribe",
        r"already a subscriber\??", r"manage (?:my )?account",
    ) + r")\s*[.!]?$", re.I)),
    ("advertisement", re.compile(r"^(?:" + _words(
        r"advertisement", r"advertising", r"advert", r"ad", r"ads", r"sponsored(?: content)?",
        r"paid (?:content|post|partner content)", r"promoted(?: stories| content)?",
        r"publicité", r"anzeige", r"werbung", r"publicidad", r"pubblicità", r"advertentie",
        r"publicidade", r"continue reading (?:the )?main story",
        r"(?:the )?story continues below(?: (?:this )?advertisement)?",
        r"article continues below(?: advertisement)?", r"scroll to continue(?: with content)?",
        r"skip advert(?:isement)?", r"ad feedback", r"report (?:this )?ad",
        r"supported by", r"presented by", r"partner content",
    ) + r")\s*[.:]?$", re.I)),
    ("navigation", re.compile(r"^(?:(?:" + _words(
        r"home", r"homepage", r"menu", r"main menu", r"search", r"skip to (?:main )?content",
        r"skip to (?:site )?(?:navigation|index|search)", r"skip(?: navigation)?",
        r"jump to (?:content|navigation)", r"back to top", r"top", r"go to top", r"next",
        r"previous", r"prev", r"close", r"open", r"sections", r"all sections",
        r"open menu", r"close menu", r"back to (?:gallery|article|story|video)",
        r"toggle navigation", r"navigation", r"site index",
        r"accueil", r"startseite", r"inicio", r"zurück", r"retour", r"today'?s paper",
        r"english edition", r"edition", r"print edition", r"video", r"videos", r"watch",
        r"listen", r"play", r"pause", r"mute", r"live", r"live tv", r"audio", r"podcasts?",
        r"latest", r"just in", r"breaking", r"follow", r"following", r"follow us",
        r"contact(?: us)?", r"about(?: us)?", r"help", r"faq", r"careers", r"jobs",
        r"terms(?: of (?:use|service))?", r"privacy(?: policy| notice)?", r"sitemap",
        r"rss", r"newsletters?", r"weather", r"more from \w+", r"more sections",
        r"image \d+ of\s*/?\s*\d+", r"\d+\s*(?:/|of)\s*\d+", r"caption", r"hide caption",
        r"toggle caption", r"enlarge this image", r"view (?:image|gallery|photos?)",
        r"photo gallery", r"gallery", r"(?:open|view) (?:image )?in gallery", r"fullscreen",
        r"full screen", r"zoom", r"play video", r"watch video", r"play audio",
        r"\d+[ -]min(?:ute)?s?(?: read| reading| to read|\. lesezeit| de lecture| lectura)",
        r"(?:reading time|lesezeit|temps de lecture|tiempo de lectura):? \d+ min(?:ute)?s?",
        r"media playback is (?:unsupported|not supported) on your device",
        r"your browser does not support (?:the )?(?:video|audio)(?: tag| element)?",
        r"copy (?:this )?link", r"close share panel", r"share this story(?: about sharing)?",
        r"about sharing", r"read more about sharing", r"loading", r"loading\.\.\.",
    ) + r")\s*[.:»›>|•]*\s*){1,4}$", re.I)),
    ("comments", re.compile(r"^[\[(]?\s*(?:" + _words(
        r"\d* ?comments?(?: \(?\d+\)?)?", r"(?:leave|post|add|write) a (?:comment|reply)",
        r"(?:show|view|read|see|load) (?:all )?(?:\d+ )?comments", r"(?:top rated|top|reader|user|"
        r"most recent|latest|newest|oldest|featured) comments", r"comments? (?:are )?closed",
        r"\d+ (?:responses|replies)(?: to .{1,60})?", r"discussion", r"conversation",
        r"join the (?:conversation|discussion)", r"commentaires?",
        r"log in to (?:comment|reply)", r"tell us what you think", r"have your say",
        r"lascia un commento(?: annulla risposta)?", r"laisser un commentaire",
        r"kommentar schreiben", r"deja un comentario", r"deixe um comentário",
        r"what do you think\?",
        r"kommentare?", r"comentarios?", r"commenti", r"reacties", r"comentários",
        r"\d+ (?:comments|commentaires|kommentare|comentarios|reacties)",
    ) + r")\s*[\]).:]?$", re.I)),
    ("timestamp", re.compile(
        r"^(?:\d+\s?(?:[smhdw]|mins?|minutes?|hrs?|hours?|days?|weeks?)\s+ago|just now|"
        r"il y a \d+ (?:min|minutes?|heures?|h|jours?)|vor \d+ (?:min|minuten?|stunden?|tagen?)|"
        r"hace \d+ (?:min|minutos?|horas?|días?))$", re.I)),
    ("comment-meta", re.compile(r"^(?:" + _words(
        r"reply", r"report(?: comment| abuse)?", r"\d+ (?:likes?|votes?|points?)",
        r"rating: \d+ votes?", r"(?:up|down)vote", r"flag",
    ) + r")$", re.I)),
    ("recommended", re.compile(r"^(?:" + _words(
        r"recommended(?: for you| stories| articles)?",
        r"most (?:read|popular|viewed|shared|emailed|commented)(?: (?:stories|articles|now))?",
        r"you (?:may|might) (?:also )?like",
        r"you may also be interested in", r"you might be interested in",
        r"você (?:também )?pode gostar", r"mais lidas", r"lo más leído", r"más leídas",
        r"les plus lus", r"meistgelesen", r"i più letti", r"meest gelezen",
        r"das könnte sie auch interessieren", r"te puede interesar", r"from around the web",
        r"around the web", r"(?:sponsored|promoted) (?:links|stories)", r"editor'?s picks",
        r"what to read next", r"more to explore",
    ) + r")\s*[:.…]*$", re.I)),
    ("related-heading", re.compile(r"^(?:" + _words(
        r"related", r"related (?:articles?|stories|content|coverage|news|topics|links|reading)",
        r"more (?:on|about) (?:this|that) (?:story|topic)", r"more stories", r"more news",
        r"see also", r"also read", r"read also", r"trending(?: now| stories)?",
        r"top stories in [\w ]{1,30}", r"explore further", r"further reading",
        r"most (?:read|popular|viewed|shared|emailed|commented) (?:in|on|from) [\w ]{1,30}",
        r"also on \w+", r"lire aussi", r"à lire aussi", r"a lire aussi", r"sur le même sujet",
        r"dans la même rubrique", r"mehr zum thema", r"lesen sie auch", r"auch interessant",
        r"das könnte sie auch interessieren", r"te puede interesar", r"lee también",
        r"noticias relacionadas", r"leggi anche", r"articoli correlati", r"lees ook",
        r"gerelateerde artikelen", r"leia também", r"veja também", r"top stories",
        r"você (?:também )?pode gostar", r"(?:posts|artigos|notícias) relacionad[oa]s",
        r"relacionad[oa]s", r"leia mais", r"mais lidas", r"lo más leído", r"más leídas",
        r"les plus lus", r"meistgelesen", r"i più letti", r"meest gelezen",
        r"latest news", r"latest stories", r"editor'?s picks", r"what to read next",
        r"up next", r"more from (?:the )?[\w ]{1,30}", r"more in [\w ]{1,30}",
        r"in other news", r"elsewhere on [\w ]{1,30}", r"popular(?: now)?",
        r"next up(?: in [\w &]{1,40})?",
        r"more (?:great |top |popular |latest )?[\w.&'’ -]{1,30} (?:stories|news|articles|videos)",
        r"more (?:U\.S\.|world|politics|business|sports?|tech|science|health|entertainment|"
        r"news)", r"trending(?: news| topics)?", r"more to explore",
        r"more (?:videos|photos|galleries)", r"from around the web", r"around the web",
        r"(?:sponsored|promoted) (?:links|stories)", r"you might be interested in",
        r"related video", r"watch next", r"recommended video",
    ) + r")\s*[:.…]*$", re.I)),
    ("inline-link", re.compile(
        r"^\(?(?:read more|more|related|see also|see more|also read|read also|also|"
        r"leggi anche(?: su)?|"
        r"also on [\w.-]+\.\w+|"
        r"recommended|watch|listen|read next|lire aussi|à lire aussi|voir aussi|lesen sie auch|"
        r"mehr zum thema|auch interessant|leia também|veja também|leer también|"
        r"te puede interesar|leggi anche|lees ook)\s*(?:[:|»>]|\s-)\s*\S.{0,200}$", re.I)),
    ("author-bio", re.compile(
        r"^(?:(?i:about the authors?|about the writer|à propos de l'auteur|über den autor|"
        r"über die autorin|sobre el autor|sobre o autor)|(?i:about|sobre|über|à propos de|"
        r"acerca de) [A-ZÀ-Þ][\w'’.-]+(?: [A-ZÀ-Þa-z][\w'’.-]+){0,3}|"
        # an author box's head: "Latest posts by Jane Doe (see all)", "View all posts by Jane Doe"
        r"(?i:(?:latest |recent |more |view all |see all )?posts by) [A-ZÀ-Þ][\w'’.-]+"
        r"(?: [A-ZÀ-Þa-z][\w'’.-]+){0,3}(?: \((?i:see all)\))?)\s*:?$")),
    ("social", re.compile(
        r"^(?:follow (?:us|me|@\w+|the [\w .&-]{1,50}?|[A-Z][\w.]+(?: [A-Z][\w.]+){0,3})"
        r"(?: on [\w ,&()@]+)?|like us on facebook|like this (?:story|article)\? share it.*|"
        r"have a (?:news )?tip\?.*|"
        r"find us on \w+|suivez-nous(?: sur [\w ,&]+)?|folgen sie uns(?: auf [\w ,&]+)?|"
        r"síguenos(?: en [\w ,&]+)?|seguici(?: su [\w ,&]+)?)\s*[.!:]?$", re.I)),
]  # fmt: skip

_NOTICE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("cookie", re.compile(
        r"\b(?:we|we and our partners|this (?:site|website)|our (?:site|website)|ce site|nous|"
        r"wir|diese (?:website|seite)|este sitio|questo sito|deze (?:site|website))\b.{0,60}"
        r"\bcookies?\b|\bcookies?\b.{0,80}\b(?:accept|consent|akzeptier|accepte|acepta|"
        r"accetta|toestemming)|\bcookie (?:policy|settings|preferences|notice|banner)\b|"
        r"\bby (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:site|website)|"
        r"\b(?:utilizziamo i|nous utilisons des|wir verwenden|utilizamos|usamos|wij gebruiken) "
        r"cookies?\b|\bprotected by recaptcha\b",
        re.I)),
    ("newsletter", re.compile(
        r"\b(?:sign up|subscribe|register) (?:(?:now|today|here) )?(?:for|to) (?:our|the|my)?\s*"
        r"(?:\S+ ){0,4}(?:newsletters?|emails?|alerts?|briefing|digest|updates)|"
        r"\bopt-in box|\bright in your inbox|\bsuccessfully subscribed|\bactivation link|"
        r"\b(?:meet|to) your inbox\b|\bdelivered (?:to your inbox|weekday|every|each)|"
        r"\bjoin (?:the|our) [\w' ]{0,30}newsletter|^subscribe to \S+|"
        r"\bunsubscribe at any time|\bno spam\b|"
        r"\b(?:can|may) send me\b.{0,60}newsletter|"
        r"\bnewsletters?\b.{0,80}\b(?:sign up|subscribe|inbox|email address|delivered)|"
        r"\benter your e-?mail|\b(?:get|receive) (?:our|the) [\w ]{0,30}(?:newsletter|"
        r"briefing) |\binscrivez-vous à (?:notre|la) newsletter|"
        r"\bnewsletter abonnieren|\bsuscr[ií]bete a (?:nuestro|la) (?:newsletter|boletín)",
        re.I)),
    ("copyright", re.compile(
        r"^(?:©|\(c\)|copyright\b).{0,160}(?:\b(?:19|20)\d\d\b|all rights reserved|"
        r"tous droits réservés|alle rechte vorbehalten|todos los derechos)|"
        r"\ball rights reserved\b|\btous droits réservés\b|\balle rechte vorbehalten\b|"
        r"\bsubject to copyright\b",
        re.I)),
    # Short lines only (120 characters): "click here" inside a paragraph is the article's.
    ("promo", re.compile(
        r"^(?=.{0,120}$).*(?:\bclick(?:ing)? here\b|\bget the [\w ]{1,30} app\b|"
        r"\bdownload (?:the|our) [\w ]{1,30} app\b)",
        re.I)),
    ("paywall", re.compile(
        r"^(?:this (?:article|content|story) is (?:for|only available to) subscribers|"
        r"subscribe to (?:continue|read|unlock)|you have reached your (?:free )?article limit|"
        r"to continue reading,? (?:please )?(?:subscribe|log in|sign in))", re.I)),
]  # fmt: skip


#: Rules about how a line ends, tried only on lines that end that way (a pattern anchored at
#: the end would otherwise be tried from every position of every line: slow).
_ENDING_RULES: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    ("inline-link", ("]", "]|"), re.compile(
        r"\[\s?(?:insight|video|reaction|pics|latest|poll|reveal|analysis|comment|live|photos|"
        r"gallery|explained)\s?\]\s?\|?$", re.I)),
    # A commenter's line: "Kate says:", "1. name says:", "Name on May 2, 2018 at 4:47 pm said:".
    # Not "The minister said:" before a quote: "said" needs the comment's time.
    ("comment-meta", (":",), re.compile(
        r"^(?:\d+\.\s)?(?:(?:[^\s.!?]+\s){0,4}[^\s.!?]+\s(?:says|writes|wrote|commented|"
        r"replied)|[^.!?]{1,100}\d:\d\d\s?(?:[ap]\.?m\.?)?\s(?:said|says|wrote|commented|"
        r"replied))\s?:$", re.I)),
]  # fmt: skip

#: Rules about how a line starts, tried on lines up to MAX_NOTICE_CHARS that start so.
_PREFIX_RULES: list[tuple[str, tuple[str, ...], re.Pattern[str]]] = [
    ("tags", ("tag", "topic", "keyword", "mots-clés", "schlagworte", "themen", "etiquetas",
              "temas", "argomenti"), re.compile(
        r"^(?:tags?|topics?|keywords?|mots-clés|schlagworte|themen|etiquetas|temas|argomenti)"
        r"\s*:", re.I)),
    ("contact", ("write to", "contact", "email", "e-mail", "reach", "you can reach", "send"),
     re.compile(
        r"^(?:write to|contact|e-?mail|reach|you can reach|send (?:us )?(?:a )?tips? to)\b"
        r".{0,80}\b[\w.+-]+@[\w-]+\.[\w.]+\b", re.I)),
]  # fmt: skip


def _lower_pattern(pattern: str) -> str:
    """``pattern`` for lower-cased text: literals lower-cased, escapes (``\\S``, ``\\W``) kept."""
    out = []
    escaped = False
    for ch in pattern:
        out.append(ch if escaped else ch.lower())
        escaped = ch == "\\" and not escaped
    return "".join(out)


#: The case-insensitive label rules as one pattern over the lower-cased line (one match per
#: line instead of one per rule, and no IGNORECASE, which is slow); the group that matched names
#: the rule. Alternation keeps the rules' order of precedence. Case-sensitive rules (author bios:
#: "About Jane Doe") are tried after, one by one.
_CI_RULES = [(reason, p) for reason, p in _LABEL_RULES if p.flags & re.I]
_CS_RULES = [(reason, p) for reason, p in _LABEL_RULES if not p.flags & re.I]
_LABELS = re.compile(
    "|".join(
        f"(?P<r{i}>(?:{_lower_pattern(pattern.pattern)}))"
        for i, (_reason, pattern) in enumerate(_CI_RULES)
    )
)
_LABEL_REASONS = {f"r{i}": reason for i, (reason, _pattern) in enumerate(_CI_RULES)}
#: Words without which a notice rule cannot match: a plain substring test skips the regexes
#: for almost every line (speed: most lines are article text).
_NOTICE_WORDS: dict[str, tuple[str, ...]] = {
    "cookie": ("cookie", "recaptcha"),
    "newsletter": ("newsletter", "sign up", "subscribe", "register", "mail", "briefing", "opt-in",
                   "spam",
                   "inbox",
                   "inscrivez", "abonnieren", "suscr"),
    "copyright": ("©", "(c)", "copyright", "rights reserved", "droits réservés",
                  "rechte vorbehalten", "derechos"),
    "paywall": ("subscri", "article limit", "continue reading"),
    "promo": ("click", " app"),
}  # fmt: skip


_NOTICE_HINT = re.compile("|".join(re.escape(w) for ws in _NOTICE_WORDS.values() for w in ws))


def _folded(line: str) -> str:
    """``line`` with whitespace folded (lines from ``lines.py`` already are: kept as they are)."""
    if "  " in line or "\n" in line or "\t" in line or line[:1].isspace() or line[-1:].isspace():
        return " ".join(line.split())
    return line


def furniture_reason(line: str) -> str | None:
    """Why ``line`` is page furniture ('read-more', 'share', 'cookie'...), or None if it is not.

    >>> furniture_reason("Read more"), furniture_reason("Don't miss")
    ('read-more', 'dont-miss')
    >>> furniture_reason("Putin said the task had been fulfilled.") is None
    True
    """
    text = _folded(line)
    if not text:
        return None
    if len(text) <= MAX_LABEL_CHARS:
        m = _LABELS.match(text.lower())
        if m:
            return _LABEL_REASONS[m.lastgroup or ""]
        for reason, pattern in _CS_RULES:
            if pattern.match(text):
                return reason
    if len(text) <= MAX_NOTICE_CHARS:
        start = text[:16].lower()
        for reason, prefixes, pattern in _PREFIX_RULES:
            if start.startswith(prefixes) and pattern.match(text):
                return reason
        for reason, endings, pattern in _ENDING_RULES:
            if text.endswith(endings) and pattern.search(text):
                return reason
        if _is_symbols(text):
            return "symbols"
    if len(text) <= MAX_NOTICE_CHARS and _NOTICE_HINT.search(low := text.lower()):
        for reason, pattern in _NOTICE_RULES:
            if any(word in low for word in _NOTICE_WORDS[reason]) and pattern.search(text):
                if reason == "copyright" and split_caption(text) is not None:
                    return None  # "© credit | caption" is a caption, not a copyright notice
                return reason
    return None


def is_markup(line: str) -> bool:
    """Whether ``line`` is HTML source that leaked into the text (any length)."""
    return "&lt;" in line or "&amp;lt;" in line or ("<" in line and bool(_MARKUP.search(line)))


_MARKUP = re.compile(r"<(?:span|div|p|a|img|script|iframe|style)\b[^>]*>|</(?:span|div|p|a)>")


def is_related_heading(line: str) -> bool:
    """Whether ``line`` announces a list of related links ("Related", "Lire aussi"...)."""
    return furniture_reason(line) in ("related-heading", "recommended")


def _is_symbols(text: str) -> bool:
    """Lines without a single letter (separators, arrows, lone numbers, '|', '•')."""
    return not any(ch.isalpha() for ch in text)


@dataclass(frozen=True)
class Caption:
    """An image caption and its credit, as split from one line (either may be missing)."""

    caption: str | None
    credit: str | None


_CREDIT_WORD = (
    r"(?:photo(?:graph|graphie|s)?|picture|pic|image|img|credit|credits|crédits?(?: photo)?|"
    r"foto(?:s|grafie)?|bild(?:er)?|imagen|immagine|afbeelding|image source|image copyright|"
    r"file photo|file|"
    r"source)"
)
_AGENCY = (
    r"(?:afp|reuters|ap|epa|getty images|getty|dpa|anadolu|xinhua|ansa|efe|shutterstock|"
    r"alamy|istock|pa|pa images|pa media|bloomberg|aap|picture alliance|imago|sipa|"
    r"the associated press|associated press|afp photo|ap photo|reuters/[\w .-]+)"
)
_COPYRIGHT_FIRST = re.compile(r"^©\s*(?P<credit>[^|]{2,120}?)\s*[|]\s*(?P<caption>.+)$")
_COPYRIGHT_LAST = re.compile(r"^(?P<caption>.+?)\s*[|]\s*©\s*(?P<credit>[^|]{2,120})$")
_PAREN_CREDIT = re.compile(
    rf"^(?P<caption>.*?)\s*[(\[]\s*(?P<credit>(?:{_CREDIT_WORD}\s*(?::|by|/|-)\s*[^()\[\]]{{2,100}}|"
    rf"{_AGENCY}(?:\s*(?:photo|/|-)[^()\[\]]{{0,100}})?))\s*[)\]]\s*\.?$",
    re.I,
)
_LABEL_CREDIT = re.compile(
    rf"^(?:(?P<caption>.*?[.!?\"”)])\s+|(?P<caption2>.*?)\s+(?=credits?\s*(?:\.\.\.|…|:)))?"
    rf"(?P<label>{_CREDIT_WORD})\s*(?:credit)?\s*(?::|\.\.\.|…|,|\bby\b)\s*(?P<credit>[^:]{{2,120}})$",
    re.I,
)
_BBC_CAPTION = re.compile(
    r"^(?:image caption|media caption|caption)\s*[,:]?\s+(?P<caption>.+)$", re.I
)
_AGENCY_SLASH = re.compile(
    r"^(?P<caption>.{10,}?)\s+(?P<credit>(?:REUTERS|Reuters|AFP|AP|EPA|EPA-EFE|Getty Images|"
    r"GETTY IMAGES|AP Photo|AFP Photo|Bloomberg)\s?/\s?[\w .'’-]{2,60}?)\.?$"
)
#: A photographer/agency credit line on its own: "Sakib Ali/Hindustan Times/Getty Images",
#: "Natalie Naccache | Bloomberg | Getty Images".
_CREDIT_ONLY = re.compile(
    r"^[^.!?]{2,80}?\s?[/|]\s?(?:via )?(?:Getty Images|AFP|Reuters|REUTERS|AP|EPA|EPA-EFE|"
    r"Shutterstock|Alamy|iStock|iStockphoto|Bloomberg|Corbis|NurPhoto|SOPA Images|"
    r"LightRocket|Sipa USA|Xinhua|Anadolu Agency|AFP via Getty Images|The New York Times|"
    r"The Washington Post|dpa|picture alliance)$"
)
#: A gallery caption with its counter: "2 of 4 A shopper looks at extension cords...".
_GALLERY_CAPTION = re.compile(r"^\d{1,3} (?:of|/) \d{1,3}\s+(?P<caption>\S.{10,})$")
_IMAGE_COPYRIGHT = re.compile(
    r"^(?:image|photo|picture) (?:copyright|source|credit)\s*[,:]?\s+(?P<credit>.{2,80})$", re.I
)
#: Words of the labelled credit forms ("Photo: X", "Credit... X", "Foto: dpa").
_CREDIT_HINTS = ("photo", "pic", "image", "img", "credit", "foto", "bild", "source", "file",
                 "afbeelding", "immagine", "imagen", "crédit")  # fmt: skip
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TRAILING_COPYRIGHT = re.compile(r"^(?P<caption>.{20,}?)\s*©\s*(?P<credit>[^©]{2,80})$")


def split_caption(line: str) -> Caption | None:
    """Caption and credit of a caption line, or None when the line has no caption/credit marker.

    >>> split_caption("© Jane Doe, AFP | Pilots at the airbase.")
    Caption(caption='Pilots at the airbase.', credit='Jane Doe, AFP')
    >>> split_caption("Photo: Damian Dovarganes, AP")
    Caption(caption=None, credit='Damian Dovarganes, AP')
    """
    text = _folded(line)
    if not text or len(text) > 600:
        return None
    low = text.lower()
    # Each form is tried only when its marker is there (most lines are prose: speed).
    copyright_sign = "©" in text
    if copyright_sign:
        for pattern in (_COPYRIGHT_FIRST, _COPYRIGHT_LAST):
            m = pattern.match(text)
            if m:
                return _caption(m.group("caption"), m.group("credit"))
    if "/" in text or "|" in text:
        if len(text) <= 90 and _CREDIT_ONLY.match(text):
            return Caption(caption=None, credit=text)
        m = _AGENCY_SLASH.match(text)
        if m:
            caption = re.sub(r"^FILE PHOTO:\s*", "", m.group("caption"))
            return _caption(caption, m.group("credit"))
    if text[:1].isdigit():
        m = _GALLERY_CAPTION.match(text)
        if m:
            inner = split_caption(m.group("caption"))
            return inner or Caption(caption=m.group("caption"), credit=None)
    if low.startswith(("image", "media", "caption", "photo", "picture")):
        m = _IMAGE_COPYRIGHT.match(text)
        if m:
            return _caption(None, m.group("credit"))
        m = _BBC_CAPTION.match(text)
        if m:
            return Caption(caption=m.group("caption").strip(), credit=None)
    if text.rstrip(". ").endswith((")", "]")):
        m = _PAREN_CREDIT.match(text)
        if m:
            return _caption(m.group("caption"), m.group("credit"))
    if any(hint in low for hint in _CREDIT_HINTS):
        m = _LABEL_CREDIT.match(text)
        if m and len(m.group("credit").split()) <= 12:
            caption = m.group("caption") or m.group("caption2")
            return _caption(caption, m.group("credit"))
    if copyright_sign:
        m = _TRAILING_COPYRIGHT.match(text)
        if m:
            return _caption(m.group("caption"), m.group("credit"))
        if text.startswith("©") and len(text) <= MAX_LABEL_CHARS and not _YEAR.search(text):
            return Caption(caption=None, credit=text.lstrip("© ").strip())
    return None


def _caption(caption: str | None, credit: str | None) -> Caption:
    caption = (caption or "").strip(" |-–—") or None
    credit = (credit or "").strip(" .|()[]") or None
    if credit:
        credit = re.sub(rf"^{_CREDIT_WORD}\s*(?::|by|/|-)\s*", "", credit, flags=re.I).strip()
        credit = re.sub(r"^©\s*", "", credit)
    return Caption(caption=caption, credit=credit or None)


__all__ = ["Caption", "furniture_reason", "is_related_heading", "split_caption"]

"""Scraped page text -> Article on small hand-written pages in other outlets' styles.

Each page is written the way a scraper renders it: furniture above and below, one block per line.
The extractor is called directly (no spaCy).
"""

from __future__ import annotations

from datetime import UTC, datetime

from tidings.extract.templates import extract_text_batch, learn_template
from tidings.extract.text import extract_text
from tidings.model import Capture

PARAS = [
    "The city council voted on Tuesday to close the old bridge to cars from next spring, "
    "ending months of debate over the cost of repairs.",
    "Engineers found cracks in two of the supporting piers last year, and the council said "
    "repairs would cost more than building a new crossing.",
    '"We cannot ask people to drive over a bridge we know is failing," the mayor, Anna '
    "Lindqvist, told reporters after the vote.",
    "Local businesses on the east bank said the closure would cut them off from customers, "
    "and some asked the council to delay the decision until a new bridge is built.",
    "The council said buses and cyclists would still be allowed to use the bridge while "
    "a replacement is designed, a process expected to take at least three years.",
]

BBC_LIKE = "\n\n".join(
    [
        "Old bridge to close to cars - BBC News",
        "Skip to content",
        "Home",
        "News",
        "Sport",
        "Weather",
        "Old bridge to close to cars",
        "12 March 2019",
        "Share this with Facebook",
        "Share this with Twitter",
        "Image copyright Getty Images",
        "Image caption The bridge was built in 1886",
        PARAS[0],
        PARAS[1],
        "Why is the bridge closing?",
        PARAS[2],
        PARAS[3],
        PARAS[4],
        "Related Topics",
        "Transport",
        "Local government",
        "Top Stories",
        "Storm brings flooding to coastal towns",
        "© 2019 BBC. The BBC is not responsible for the content of external sites.",
    ]
)


def test_text_extract_bbc_like_page() -> None:
    article = extract_text(BBC_LIKE)
    assert article.status == "article"
    assert article.title == "Old bridge to close to cars"
    assert article.published == "2019-03-12"
    assert [p.text for p in article.body] == PARAS
    assert article.subheadings == ["Why is the bridge closing?"]
    assert article.images[0].caption == "The bridge was built in 1886"
    assert article.images[0].credit == "Getty Images"
    assert "Share" not in article.text and "Storm brings" not in article.text


REUTERS_LIKE = "\n".join(
    [
        "Business News",
        "March 15, 2016 / 3:04 PM / Updated 3 years ago",
        "Carmaker recalls 40,000 vehicles over faulty brakes",
        "Jane Doe, John SMITH",
        "3 Min Read",
        "DETROIT (Reuters) - " + PARAS[0],
        PARAS[1],
        PARAS[2],
        PARAS[3],
        "Reporting by Jane Doe in Detroit; Editing by Peter Cooney",
        "Our Standards: The Thomson Reuters Trust Principles.",
        "Apps",
        "Newsletters",
        "Advertise with Us",
    ]
)


def test_text_extract_reuters_like_page_without_blank_lines() -> None:
    article = extract_text(REUTERS_LIKE)
    assert article.title == "Carmaker recalls 40,000 vehicles over faulty brakes"
    assert article.published == "2016-03-15T15:04:00"
    assert article.authors[:1] == ["Jane Doe"]
    assert article.other_credits.get("editing") == "Peter Cooney"
    assert len(article.body) == 4
    assert "Editing by" not in article.text


GERMAN = "\n\n".join(
    [
        "Startseite",
        "Politik",
        "Mehr zum Thema",
        "Wahlen in Bayern: Neue Umfrage sieht Kopf-an-Kopf-Rennen",
        "Lesen Sie auch",
        "Inland",
        "Stadtrat beschließt Sperrung der alten Brücke",
        "Von Anna SCHMIDT",
        "Veröffentlicht am 15. März 2016, 10.30 Uhr",
        "Der Stadtrat hat am Dienstag beschlossen, die alte Brücke ab dem kommenden Frühjahr "
        "für Autos zu sperren. Damit endet eine monatelange Debatte über die Kosten.",
        "Ingenieure hatten im vergangenen Jahr Risse in zwei Pfeilern gefunden. Eine Sanierung "
        "wäre nach Angaben der Stadt teurer als ein Neubau.",
        "„Wir können niemanden über eine Brücke fahren lassen, von der wir wissen, dass sie "
        "marode ist“, sagte die Bürgermeisterin nach der Abstimmung.",
        "Foto: dpa",
        "Teilen",
        "Kommentare",
        "Impressum",
    ]
)


def test_text_extract_german_page() -> None:
    article = extract_text(GERMAN)
    assert article.title == "Stadtrat beschließt Sperrung der alten Brücke"
    assert article.section == "Inland"
    assert article.authors == ["Anna Schmidt"]
    assert article.published == "2016-03-15T10:30:00"
    assert len(article.body) == 3
    assert "Kopf-an-Kopf" not in article.text


FRENCH = "\n\n".join(
    [
        "À ne pas manquer",
        "Élections : les résultats du second tour en 2018",
        "Lire la suite",
        "Société",
        "Le conseil municipal ferme le vieux pont aux voitures",
        "© Jean Dupont, AFP | Le vieux pont, construit en 1886, le 3 mars 2016.",
        "Texte par Marie DURAND",
        "Publié le : 15/03/2016 - 10:12",
        "Modifié le : 16/03/2016 - 08:40",
        "Le conseil municipal a voté mardi la fermeture du vieux pont aux voitures à partir du "
        "printemps prochain, mettant fin à des mois de débat sur le coût des réparations.",
        "Des ingénieurs avaient découvert l'an dernier des fissures dans deux piles du pont, et "
        "la mairie estime qu'une réparation coûterait plus cher qu'un nouvel ouvrage.",
        "« Nous ne pouvons pas demander aux gens de rouler sur un pont dont nous savons qu'il "
        "est défaillant », a déclaré la maire à l'issue du vote.",
        "Sur le même sujet",
        "Un nouveau pont pour 2020 ?",
        "Les commerçants inquiets de la fermeture",
    ]
)


def test_text_extract_french_page_dates_not_from_teasers() -> None:
    article = extract_text(FRENCH)
    assert article.title == "Le conseil municipal ferme le vieux pont aux voitures"
    assert article.section == "Société"
    assert article.authors == ["Marie Durand"]
    assert article.published == "2016-03-15T10:12:00"
    assert article.modified == "2016-03-16T08:40:00"
    assert article.images[0].credit == "Jean Dupont, AFP"
    assert [link.title for link in article.related] == [
        "Un nouveau pont pour 2020 ?",
        "Les commerçants inquiets de la fermeture",
    ]
    assert {d.reason for d in article.dropped if d.line == 2} == {"teaser"}


BLOG = "\n\n".join(
    [
        "My Garden Diary",
        "Home",
        "About",
        "Recipes",
        "How I saved my tomatoes from blight",
        "Posted on August 3, 2018 by Kate",
        "This summer was so wet that I was sure I would lose every tomato plant in the garden, "
        "and for a few weeks it really looked that way.",
        "The first thing I did was cut away every leaf that showed brown spots, and I burned "
        "them instead of putting them on the compost heap.",
        "Then I moved the pots under the porch roof so the rain could not splash soil onto the "
        "leaves, which is how the spores spread.",
        "By September the plants had recovered and I picked more tomatoes than last year.",
        "12 Comments",
        "Kate says:",
        "August 4, 2018 at 9:12 am",
        "Thank you so much for this, I had the same problem in my garden this year and I will "
        "try moving the pots next time it rains for a week.",
        "Reply",
        "Tom says:",
        "This is great advice, and it worked for me too when the blight hit my allotment two "
        "summers ago after a very rainy July.",
    ]
)


def test_text_extract_blog_page_stops_before_comments() -> None:
    article = extract_text(BLOG)
    assert article.title == "How I saved my tomatoes from blight"
    assert article.published == "2018-08-03"
    assert len(article.body) == 4
    assert "Thank you so much" not in article.text


INDEX = "\n\n".join(
    ["World News", "Home", "World", "Business"]
    + [
        line
        for i in range(8)
        for line in (f"Headline number {i} about events in a faraway place", "Read more")
    ]
    + ["© 2019 Example News"]
)


def test_text_extract_index_page_has_no_article() -> None:
    article = extract_text(INDEX)
    assert article.status == "no_article"
    assert "headlines" in article.reason or "prose" in article.reason
    assert article.text == ""


def test_text_extract_index_page_with_blurbs_has_no_article() -> None:
    blurbs = "\n\n".join(
        line
        for i in range(8)
        for line in (
            f"Story {i}: council votes on the bridge",
            f"March {i + 1}, 2019",
            "The city council met again this week to discuss the future of the bridge and "
            f"the budget for item {i}.",
        )
    )
    article = extract_text("Latest stories\n\nHome\n\n" + blurbs)
    assert article.status == "no_article"
    assert "index page" in article.reason or "no run of article prose" in article.reason


def test_text_extract_rejects_dates_after_capture() -> None:
    page = BBC_LIKE.replace("12 March 2019", "12 March 2031")
    capture = Capture.from_bytes(
        page.encode(), source="x.txt", captured_at=datetime(2019, 3, 13, tzinfo=UTC)
    )
    article = extract_text(page, capture=capture)
    assert article.published is None


def test_text_extract_undoes_fixed_width_wrapping() -> None:
    import textwrap

    wrapped = "\n\n".join(
        ["Old bridge to close to cars"] + [textwrap.fill(p, width=72) for p in PARAS]
    )
    article = extract_text(wrapped)
    assert [p.text for p in article.body] == PARAS


def test_text_extract_every_line_is_accounted_for() -> None:
    """Each input line is in the body, used as metadata, or dropped with a reason."""
    article = extract_text(BBC_LIKE)
    dropped = {d.line for d in article.dropped}
    assert all(d.reason for d in article.dropped)
    lines = [i for i, line in enumerate(BBC_LIKE.split("\n")) if line.strip()]
    body_or_meta = [i for i in lines if i not in dropped]
    assert len(body_or_meta) == len(PARAS) + 1 + 4  # paragraphs, subheading, title/date/image x2


SITE_HEADER = ["Riverside Gazette", "Home", "Local", "Sport", "Subscribe to the Gazette"]
SITE_FOOTER = [
    "The Riverside Gazette is published by Riverside Media Ltd, 1 Mill Lane, Riverside, and is "
    "a member of the Independent Press Standards Organisation.",
    "Contact the newsroom",
    "Gazette Classifieds",
]


def _capture(title: str, paras: list[str]) -> str:
    return "\n\n".join([*SITE_HEADER, title, *paras, *SITE_FOOTER])


MARKET = [
    "The Saturday market will return to the town square next month after two years on the "
    "car park behind the station, the traders' association said.",
    "Stallholders had complained that fewer shoppers found them at the station, and takings "
    "fell by a third over the first winter.",
    '"The square is where the market belongs," said Ruth Okafor, who has sold cheese there '
    "for twenty years.",
]
LIBRARY = [
    "The central library will close at five o'clock on weekdays from April, two hours earlier "
    "than now, to save money on staff and heating.",
    "Readers' groups said the change would shut out people who work during the day, and a "
    "petition against it has gathered more than two thousand names.",
    "The council said it would review the hours after six months and could open later on "
    "Thursdays if volunteers came forward to help.",
]


def test_text_extract_site_template_is_learnt_from_three_captures() -> None:
    pages = [
        _capture("Bridge to close", PARAS[:3]),
        _capture("Market returns to the square", MARKET),
        _capture("Library opening hours cut", LIBRARY),
    ]
    template = learn_template(pages)
    assert "gazette classifieds" in template and "home" in template
    assert not any("stallholders" in line or "engineers" in line for line in template)
    articles = extract_text_batch([(p, "https://riverside-gazette.example/news") for p in pages])
    for article in articles:
        assert "Independent Press Standards" not in article.text
        reasons = {d.text: d.reason for d in article.dropped}
        assert reasons["Gazette Classifieds"] == "template"
        assert reasons[SITE_FOOTER[0]] == "template"
    assert articles[0].title == "Bridge to close"
    assert [p.text for p in articles[0].body] == PARAS[:3]


def test_text_extract_without_template_keeps_site_notice_risk() -> None:
    """Alone, the long site notice looks like prose; the template is what removes it."""
    page = _capture("Bridge to close", PARAS[:2])
    assert learn_template([page]) == frozenset()


def _page(*blocks: str) -> str:
    return "\n\n".join(blocks)


def test_text_extract_list_closing_the_article_is_kept() -> None:
    tour = [f"June {d} – City {d}, ST @ Arena {d}" for d in range(1, 7)]
    article = extract_text(_page("Home", "Band announces tour", *PARAS[:3], "Tour dates", *tour))
    assert article.text.endswith(tour[-1])
    assert "Tour dates" in article.text


def test_text_extract_trailing_story_list_is_not_body() -> None:
    entries = [
        line
        for i in range(4)
        for line in (
            f"Another story number {i} about the town",
            "Jane Reporter",
            f"November {i + 1}, 2019",
            f"A short summary of story {i}, which is about something else that happened "
            "in the town this week.",
        )
    ]
    article = extract_text(_page("Bridge to close", *PARAS, "More Local News", *entries))
    assert [p.text for p in article.body] == PARAS


def test_text_extract_you_may_also_like_ends_the_article() -> None:
    article = extract_text(
        _page("Bridge to close", *PARAS[:3], "You may also like", *MARKET, *LIBRARY)
    )
    assert [p.text for p in article.body] == PARAS[:3]


def test_text_extract_lone_credit_takes_the_caption_above() -> None:
    caption = "Cars queue to cross the old bridge on Monday morning."
    article = extract_text(
        _page("Bridge to close", *PARAS[:2], caption, "Jane Doe/Getty Images", *PARAS[2:])
    )
    assert caption not in article.text
    assert (article.images[0].caption, article.images[0].credit) == (
        caption,
        "Jane Doe/Getty Images",
    )


def test_text_extract_standfirst_before_byline_is_the_description() -> None:
    standfirst = "The council says repairs would cost more than a new crossing, and it will act."
    article = extract_text(_page("Bridge to close", standfirst, "By Jane Doe", *PARAS))
    assert article.description == standfirst
    assert article.authors == ["Jane Doe"]
    assert [p.text for p in article.body] == PARAS


def test_text_extract_keeps_embedded_tweet_signature_and_joins_drop_capital() -> None:
    tweet = "— Anna Lindqvist (@annal) March 12, 2019"
    article = extract_text(
        _page("Bridge to close", "T" + " " + PARAS[0][1:], *PARAS[1:3], tweet, *PARAS[3:])
    )
    assert article.body[0].text == PARAS[0]
    assert tweet in article.text


def test_text_extract_list_of_items_and_links_closing_the_article_is_kept() -> None:
    items = [
        line
        for i in range(1, 6)
        for line in (f"{i}) Product number {i}: a board game", f"http://example.com/p{i}")
    ]
    article = extract_text(_page("Gift ideas", *PARAS[:3], "Here are our picks:", *items))
    assert article.text.endswith(items[-1])


def test_text_extract_long_comment_thread_does_not_outweigh_a_short_post() -> None:
    post = (
        "Our goal with hosting open threads is to give readers a place to ask questions about "
        "our research, our recommendations and anything else about our work this quarter, and "
        "we will answer as many of them as we can in the comments below."
    )
    thread = [
        line
        for i in range(6)
        for line in (f"Reader {i} on September {i + 10}, 2018 at 4:47 pm said:", *PARAS)
    ]
    article = extract_text(_page("September open thread", post, "Comments", *thread))
    assert [p.text for p in article.body] == [post]


def test_text_extract_cli_site_templates_group_a_folder(tmp_path) -> None:
    """`tidings extract --site-templates FOLDER`: files of one folder are one site's captures."""
    import json
    import subprocess
    import sys

    site = tmp_path / "gazette"
    site.mkdir()
    for name, title, paras in [
        ("bridge.txt", "Bridge to close", PARAS[:3]),
        ("market.txt", "Market returns to the square", MARKET),
        ("library.txt", "Library opening hours cut", LIBRARY),
    ]:
        (site / name).write_text(_capture(title, paras), encoding="utf-8")
    cmd = [sys.executable, "-m", "tidings", "extract", str(site), "--no-analyze"]
    done = subprocess.run([*cmd, "--site-templates"], capture_output=True, text=True, check=True)
    articles = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(articles) == 3
    for article in articles:
        reasons = {d["text"]: d["reason"] for d in article["dropped"]}
        assert reasons["Gazette Classifieds"] == "template"
        assert "Independent Press Standards" not in article["text"]


def test_text_extract_quoted_short_line_is_no_subheading() -> None:
    """A letter quoted in full opens with a short line in quote marks: body, not a heading."""
    page = "\n\n".join(
        [
            "Teacher's letter read at board meeting",
            "A letter from a retired teacher, Margaret Dunn, was read aloud at the school board "
            "meeting on Thursday. The letter asked the board to keep the town library open.",
            '"Dear members of the board,',
            '"I taught in this town for thirty-one years. In that time I watched hundreds of '
            "children find their first real book in the library on Elm Street.",
            '"Please keep it open, and let the children of this town keep their library."',
        ]
    )
    article = extract_text(page)
    assert article.subheadings == []
    assert [p.text for p in article.body][1] == '"Dear members of the board,'
    titled = page.replace('"Dear members of the board,', "‘Hamilton’ and the library")
    assert extract_text(titled).subheadings == ["‘Hamilton’ and the library"]

"""Title rules for pages whose <title> is the only or the deciding signal (session 4).

Each test is one kind of page, hand-made, with the shape real sites write: a "Headline | Site"
<title> whose site part must be told from the headline, a logo <h1>, a blog's name in the <h1>
and the post's headline in an <h2>, a date label in front of the headline.
"""

from __future__ import annotations

import pytest

from tidings.extract.html import extract_html

BODY = "".join(
    f"<p>{s}</p>"
    for s in [
        "The choir was founded in 1968 by the parish's music teacher and a handful of boys.",
        "It has sung in forty countries since then, and recorded eleven albums of sacred music.",
        "Rehearsals take place twice a week in the old school hall next to the church.",
        "New singers between seven and ten years old are welcome to join at any time.",
    ]
)


def page(title: str, body: str, head: str = "") -> str:
    return (
        f"<!doctype html><html lang='de'><head><meta charset='utf-8'><title>{title}</title>"
        f"{head}</head><body><nav><a href='/'>Start</a> <a href='/a'>Termine</a></nav>"
        f"{body}<footer><p>Impressum</p></footer></body></html>"
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://www.chorknaben-ulm.de/geschichte.html",
        # a Wayback Machine capture names the archived site's host
        "https://web.archive.org/web/20200101000000/https://www.chorknaben-ulm.de/geschichte.html",
    ],
)
def test_title_site_end_named_after_the_host_is_the_site(url: str) -> None:
    """A short headline before a longer site name ("Geschichte - St. Georgs Chorknaben Ulm" on
    chorknaben-ulm.de): the end that holds the host's name is the site's, even when longer."""
    html = page("Geschichte - St. Georgs Chorknaben Ulm", f"<article>{BODY}</article>")
    assert extract_html(html, url).title == "Geschichte"
    html = page(
        "Geschichte - St. Georgs Chorknaben Ulm",
        f"<article><h1>Chorgeschichte</h1>{BODY}</article>",
    )
    assert extract_html(html, url).title == "Chorgeschichte"


def test_title_product_named_like_the_host_is_not_the_site() -> None:
    """A part that only starts with the host's name ("Parallels Desktop 15 Virtual Machine for
    Mac" on parallels.com) is a product's name, not the site's: its <h1> stays the title."""
    html = page(
        "Run Windows on Mac - Parallels Desktop 15 Virtual Machine for Mac",
        f"<main><h1>Parallels Desktop 15 for Mac</h1>{BODY}</main>",
    )
    assert extract_html(html, "https://www.parallels.com/products/desktop/").title == (
        "Parallels Desktop 15 for Mac"
    )


def test_title_date_label_before_the_headline() -> None:
    """News rooms that put the day in front of the headline ("23.01.2022 - Headline - Site"):
    the date is a label, not part of the headline."""
    head = (
        "<meta property='og:title' content='23.01.2022 - Wierer darf beim Abschluss noch jubeln"
        " - Biathlon Antholz'>"
    )
    html = page(
        "23.01.2022 - Wierer darf beim Abschluss noch jubeln - Biathlon Antholz",
        f"<main><h2>23.01.2022 - Wierer darf beim Abschluss noch jubeln</h2>{BODY}</main>",
        head,
    )
    url = "https://www.biathlon-antholz.it/de/newsroom/wierer/17-378.html"
    assert extract_html(html, url).title == "Wierer darf beim Abschluss noch jubeln"


def test_title_blog_name_h1_equal_to_a_later_title_part() -> None:
    """A blog whose <h1> is its name, which its <title> also carries after the post's headline
    ("Headline : Krimiblog-Archiv | Motto | Since 2005"): the <h2> equal to the first part is
    the headline."""
    html = page(
        "Das schönste Musikvideo der Welt : Krimiblog-Archiv | Ermittlungen zum Genre | Seit 2005",
        f"<div id='header'><h1>Krimiblog-Archiv</h1></div><div class='post'>"
        f"<h2>Das schönste Musikvideo der Welt</h2>{BODY}</div>",
    )
    assert extract_html(html, "http://archiv.krimiblog.de/?p=2895").title == (
        "Das schönste Musikvideo der Welt"
    )


def test_title_heading_equal_to_the_title_less_its_site_end() -> None:
    """A logo <h1> with the site's name, and the headline in an <h2> that is the <title> less
    that name ("Offshore-Windenergie – Sauberer Strom vom Meer | Stiftung Offshore-Windenergie",
    the headline itself split by a dash)."""
    html = page(
        "Offshore-Windenergie – Sauberer Strom vom Meer | Stiftung OFFSHORE-WINDENERGIE",
        "<header><h1>Stiftung Offshore Windenergie</h1></header><main>"
        f"<h2>Offshore-Windenergie – Sauberer Strom vom Meer</h2>{BODY}</main>",
    )
    assert extract_html(html, "https://www.offshore-stiftung.de/offshore-windenergie").title == (
        "Offshore-Windenergie – Sauberer Strom vom Meer"
    )


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        # Chinese news sites join headline, channel and site with a bare "_" or "-"
        ("武汉的声音：有英勇的你，才有英雄的城！-新华网", "武汉的声音：有英勇的你，才有英雄的城！"),
        (
            "海外留学生看两会：出国前后关注点大不同_教育频道_中国青年网",
            "海外留学生看两会：出国前后关注点大不同",
        ),
        # the site first, then the headline and the section labels after it
        (
            "EFC Bayrische Bembel Regensburg - Eintracht stellt Weichen für die Zukunft - "
            "Eintracht Presse - News",
            "Eintracht stellt Weichen für die Zukunft",
        ),
    ],
)
def test_title_site_and_section_labels_of_a_title_tag(title: str, expected: str) -> None:
    """A page with no headline element: its <title> less the site's name and the section
    labels around the headline."""
    html = page(title, f"<article>{BODY}</article>")
    url = "http://bayrische-bembel.de/bbr/modules/news/article.php?storyid=504"
    assert extract_html(html, url).title == expected


def test_title_site_name_with_its_motto() -> None:
    """og:site_name that holds a separator itself ("Mady Morrison - Yoga Lifestyle") is cut
    from the title whole; the headline keeps its own dash."""
    head = "<meta property='og:site_name' content='Mady Morrison - Yoga Lifestyle'>"
    html = page(
        "Energy Rising - 33 Tage Yoga Challenge - Mady Morrison - Yoga Lifestyle",
        f"<article>{BODY}</article>",
        head,
    )
    assert extract_html(html).title == "Energy Rising - 33 Tage Yoga Challenge"

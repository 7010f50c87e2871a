"""Title rules for the page's own heading (session 6): a kicker styled apart inside the <h1>,
and a short <h1> that the page's address names.

Each page is hand-made in the shape real sites write it; each test fails without its rule.
"""

from __future__ import annotations

from tidings.extract.html import extract_html

BODY = "".join(
    f"<p>{s}</p>"
    for s in [
        "The dealers expect customers to come back slowly once the showrooms open again.",
        "Many buyers have postponed their purchase, the association's spokesman said on Monday.",
        "Workshops were allowed to stay open throughout and kept most of their staff busy.",
        "The association expects the first normal month of sales not before the summer.",
    ]
)


def page(title: str, h1: str, head: str = "") -> str:
    return (
        f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"{head}</head><body><nav><a href='/'>Home</a> <a href='/b'>Business</a></nav>"
        f"<article>{h1}{BODY}</article><footer><p>Imprint</p></footer></body></html>"
    )


def og(title: str) -> str:
    return f"<meta property='og:title' content=\"{title}\">"


URL = "https://news.example.org/region/dealers-slow-start-100.html"


def test_kicker_span_before_the_headline_when_the_meta_title_runs_it_in() -> None:
    """``<h1><span class=kicker>After the lockdown</span> <span>Headline</span></h1>`` with a
    meta title "Lockdown: Headline | Site": the kicker is a label; the headline is the rest."""
    h1 = (
        "<h1><span class='kicker'>After the lockdown</span> "
        "<span class='headline'>Car dealers expect a slow start to business</span></h1>"
    )
    title = "Lockdown: Car dealers expect a slow start to business | NEWS.ORG"
    assert extract_html(page(title, h1, og(title)), URL).title == (
        "Car dealers expect a slow start to business"
    )


def test_kicker_block_element_before_the_headline() -> None:
    """A kicker in a block of its own (``<div class=topic-label>100th birthday</div>``), the
    meta title joining both: the headline is what follows the label."""
    h1 = (
        "<h1><div class='topic-label'>100th birthday</div>"
        " Holocaust survivor Margot Friedländer turns 100</h1>"
    )
    title = "100th birthday: Holocaust survivor Margot Friedländer turns 100"
    assert extract_html(page(title, h1, og(title)), URL).title == (
        "Holocaust survivor Margot Friedländer turns 100"
    )


def test_kicker_in_small_inside_the_headline_span() -> None:
    """``<h1><span><small>Workout of the week</small><br>Medley pyramid</span></h1>`` under
    "Workout of the week | Medley pyramid with GA2 - SWIM": the label is nested one level."""
    h1 = (
        "<h1><span class='post-title'><small>Workout of the week</small><br>"
        "Medley pyramid with GA2</span></h1>"
    )
    title = "Workout of the week | Medley pyramid with GA2 - SWIM.DE"
    assert extract_html(page(title, h1, og(title)), URL).title == "Medley pyramid with GA2"


def test_forum_label_before_a_thread_title() -> None:
    """A forum's prefix label (``<span class=label>Patch Notes</span>``) in a thread's <h1>,
    the JSON-LD headline the thread title alone."""
    h1 = (
        "<h1><a href='/t/1'><span class='label'>Patch Notes</span><span>&nbsp;</span>"
        "Patchnotes 4.47.4 - Equinox bugfix build</a></h1>"
    )
    head = og("Patch Notes - Patchnotes 4.47.4 - Equinox bugfix build") + (
        '<script type="application/ld+json">{"@type": "DiscussionForumPosting",'
        ' "headline": "Patchnotes 4.47.4 - Equinox bugfix build"}</script>'
    )
    html = page("Patch Notes - Patchnotes 4.47.4 - Equinox bugfix build | Forums", h1, head)
    assert extract_html(html, URL).title == "Patchnotes 4.47.4 - Equinox bugfix build"


def test_labelled_headline_published_whole_keeps_its_label() -> None:
    """``<h1><b>Editor's Letter:</b><i> bye OC Baby</i></h1>`` whose meta title is the whole
    heading: the site publishes the label as part of the headline; an emphasised first word
    ("<span>Feud</span> at the Pochers escalates") is no kicker either."""
    title = "Editor's Letter: bye OC Baby, hi Bernsi Baby!"
    h1 = "<h1><b>Editor's Letter:</b><i> bye <b>OC</b> Baby, hi Bernsi <b>Baby!</b></i></h1>"
    assert extract_html(page(title, h1, og(title)), URL).title == title
    title = "Feud at the Pochers escalates - now Olli hits out at Amira"
    h1 = (
        "<h1><span class='mc'>Feud</span> at the Pochers escalates - now Olli hits out at"
        " Amira</h1>"
    )
    assert extract_html(page(title, h1, og(title)), URL).title == title


def test_short_h1_named_by_the_address() -> None:
    """A short <h1> ("Ischgl", "Design") that no meta title repeats is the page's name when its
    address ends with it ("/mountainbikeregion/ischgl/"); on another address it is a logo or
    a label and the meta title wins."""
    html = page("Trails! Ischgl", "<h1>Ischgl</h1>")
    assert extract_html(html, "https://trails.example/mountainbikeregion/ischgl/").title == "Ischgl"
    assert extract_html(html, "https://trails.example/mountainbikeregion/12345/").title == (
        "Trails! Ischgl"
    )


def test_site_end_whose_words_spell_the_host() -> None:
    """ "Headline | Parco Nazionale d'Abruzzo, Lazio e Molise" on parcoabruzzo.it: the host is
    two of the longer end's words run together, so that end is the site's, though longer."""
    body = f"<main>{BODY}</main>"
    html = page(
        "ORSO MARSICANO: 2019 UN ANNO DA RECORD | Parco Nazionale d'Abruzzo, Lazio e Molise", ""
    )
    html = html.replace(f"<article>{BODY}</article>", body)
    url = "http://www.parcoabruzzo.it/dettaglio.php?id=58354"
    assert extract_html(html, url).title == "ORSO MARSICANO: 2019 UN ANNO DA RECORD"


def test_ruby_readings_are_not_words_of_the_headline_or_the_text() -> None:
    """Japanese furigana (``<ruby>子<rt>こ</rt></ruby>``) sit above the characters they read:
    neither the headline nor the body repeats them ("子こども" is not a word)."""
    ruby = "<ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>ども"
    sentences = [
        f"{ruby}への体罰を禁止する法律が四月からできることになりました。",
        "親が子どもをたたくなどの体罰は法律で禁止されます。",
        "国は体罰をしないで子どもを育てる方法を知らせていきます。",
        "専門家は社会全体で子どもを守ることが大切だと話しています。",
    ]
    html = (
        "<html lang='ja'><head><title>NEWS WEB EASY|子どもへの体罰を禁止する法律ができる</title>"
        "</head><body><article><h1>"
        f"{ruby}への<ruby>体罰<rt>たいばつ</rt></ruby>を禁止する法律ができる</h1>"
        + "".join(f"<p>{s}</p>" for s in sentences)
        + "</article></body></html>"
    )
    article = extract_html(html, "https://www3.nhk.or.jp/news/easy/k1/k1.html")
    assert article.title == "子どもへの体罰を禁止する法律ができる"
    assert "子こども" not in article.text and "子どもへの体罰" in article.text


def test_topic_line_after_the_headline_in_the_h1() -> None:
    """``<h1><span>Headline</span><span class=aural>: </span><small><span class=aural>,
    Thema:</span> Forschung</small></h1>``: the topic line the page shows over the headline
    (written after it in the source) and the separators hidden from sight are not the title."""
    h1 = (
        "<h1><span>Energy transition, mobility and sustainable business</span>"
        "<span class='aural'>: </span><small class='c-topline'><span class='aural'>, Topic:"
        "</span><span>Research</span></small></h1>"
    )
    title = "Energy transition and sustainable business - BMBF"
    assert extract_html(page(title, h1, og(title)), URL).title == (
        "Energy transition, mobility and sustainable business"
    )


def test_kicker_span_in_an_h2_headline() -> None:
    """A page whose <h1> heads a section ("Corona: Report from the border") and whose article
    headline is an <h2> opening with a kicker span: the kicker goes as it does in an <h1>."""
    h1 = (
        "<h1>Corona: Report from the Franco-German border</h1><h2><span class='kicker'>Border"
        " closures</span> <span>Germany, France and the return of old resentments</span></h2>"
    )
    title = "Border closures: Germany, France and the return of old resentments"
    assert extract_html(page("Germany and France drift apart", h1, og(title)), URL).title == (
        "Germany, France and the return of old resentments"
    )


def test_breadcrumb_title_last_step_is_the_page() -> None:
    """ "Gamers and Friends of Kassel e.V. - News » The events of late": the <title>'s last
    step after "»" is the page's headline (an <h2> over the post), not the site's name
    (though the shorter end), and the <h1> "News" is the section's."""
    html = (
        "<html><head><title>Gamers and Friends of Kassel e.V. - News » The events of late</title>"
        "</head><body><h1>News</h1><div class='post'><h2>The events of late</h2>"
        + BODY
        + "</div></body></html>"
    )
    assert extract_html(html, "http://club.example/index.php?site=news&id=111").title == (
        "The events of late"
    )


def test_heading_with_a_date_label_run_into_the_meta_title() -> None:
    """A blog theme's <h2> "Jun 17 The loveliest end of the world: Montauk" (the day run into
    the heading) under og:title "The loveliest end of the world: Montauk", and a section's
    <h1> inside the post: the meta title the heading carries is the headline."""
    head = og("The loveliest end of the world: Montauk")
    html = (
        f"<html><head><title>BeFifty - the blog for women over 50</title>{head}</head><body>"
        "<div class='post'><h2><span class='date'>Jun 17</span> The loveliest end of the world:"
        " Montauk</h2>" + BODY + "<h1>When, if not now...</h1>" + BODY + "</div></body></html>"
    )
    assert extract_html(html, "https://blog.example/2017/7/12/montauk").title == (
        "The loveliest end of the world: Montauk"
    )

"""The server-rendered pages and the safety rules, in-process against the real corpus."""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import time
from html.parser import HTMLParser

import httpx
import pytest
from web_fixture_pages import HOSTILE_QUOTE, HOSTILE_TITLE, free_port

from tidings.web.security import CONTENT_SECURITY_POLICY


class _InlineCode(HTMLParser):
    """Collects what a strict CSP forbids: inline scripts, style elements and attributes,
    event-handler attributes, javascript: URLs."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        names = {k for k, _ in attrs}
        if tag == "script" and "src" not in names:
            self.found.append("inline <script>")
        if tag == "style":
            self.found.append("<style>")
        for key, value in attrs:
            if key == "style" or key.startswith("on"):
                self.found.append(f"{tag} {key}=")
            if key in ("href", "src", "action") and (value or "").strip().lower().startswith(
                "javascript:"
            ):
                self.found.append(f"{tag} {key}=javascript:")


def inline_code(html: str) -> list[str]:
    parser = _InlineCode()
    parser.feed(html)
    return parser.found


def page_urls(db_conn) -> list[str]:
    sid = db_conn.execute("SELECT id FROM speakers ORDER BY n_quotes DESC LIMIT 1").fetchone()[0]
    aid = db_conn.execute(
        "SELECT a.id FROM articles a JOIN quote_occurrences qo ON qo.article_pk = a.pk"
        " GROUP BY a.pk ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()[0]
    hostile = db_conn.execute("SELECT id FROM articles WHERE url LIKE '%hostile%'").fetchone()[0]
    return [
        "/",
        "/search?q=river",
        "/search?q=alert&kind=articles",
        "/speakers",
        f"/speakers/{sid}",
        f"/articles/{aid}",
        f"/articles/{hostile}",
        "/compare",
        "/compare?by=speaker",
        "/api",
    ]


def test_web_pages_render_with_strict_csp(client, db_conn):
    for url in page_urls(db_conn):
        r = client.get(url)
        assert r.status_code == 200, url
        assert r.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
        assert r.headers["x-content-type-options"] == "nosniff"
        # no inline script or style, no event-handler attributes: the CSP would block them
        assert inline_code(r.text) == [], url
    assert "unsafe" not in CONTENT_SECURITY_POLICY
    assert "default-src 'self'" in CONTENT_SECURITY_POLICY


@pytest.mark.parametrize("url", ["/api/stats", "/static/style.css", "/nope", "/api/nope"])
def test_web_pages_headers_on_every_response(client, url):
    assert client.get(url).headers["content-security-policy"] == CONTENT_SECURITY_POLICY


def test_web_pages_escape_page_text(client, db_conn):
    hostile = db_conn.execute("SELECT id FROM articles WHERE url LIKE '%hostile%'").fetchone()[0]
    html = client.get(f"/articles/{hostile}").text
    assert "<script>alert(1)" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(2)&gt;" in html
    assert "javascript:" not in html
    results = client.get("/search", params={"q": "onerror"}).text
    assert "<img src=x" not in results and "&lt;img" in results
    assert HOSTILE_TITLE not in client.get("/search?q=alert&kind=articles").text
    assert HOSTILE_QUOTE not in results  # its < and > are entities


def test_web_pages_article_marks_quotes_cues_speakers(client, db_conn):
    aid = db_conn.execute(
        "SELECT id FROM articles WHERE url LIKE '%river-wall-inquiry'"
    ).fetchone()[0]
    html = client.get(f"/articles/{aid}").text
    mark = re.search(r'<mark class="quote kind-direct" id="q-(\d+)"[^>]*>([^<]*)', html)
    assert mark and mark.group(2).startswith("I want every weld")
    sid = db_conn.execute("SELECT id FROM speakers WHERE name = 'Ana Ruiz'").fetchone()[0]
    assert f'<a class="speaker" href="/speakers/{sid}"' in html
    assert '<span class="cue" title="cue">told</span>' in html
    assert "https://news.alpha.example/2025/03/17/river-wall-inquiry" in html  # the original


def test_web_pages_search_paging_and_problems(client):
    first = client.get("/search", params={"q": "said OR told OR says"}).text
    assert 'rel="next"' in first and 'rel="prev"' not in first
    second = client.get("/search", params={"q": "said OR told OR says", "page": 2}).text
    assert 'rel="prev"' in second
    bad = client.get("/search", params={"q": "river", "since": "last week"})
    assert bad.status_code == 200 and "is not a date" in bad.text


def test_web_pages_not_found_is_a_page(client):
    r = client.get("/speakers/spk_missing")
    assert r.status_code == 404 and "text/html" in r.headers["content-type"]
    assert "no speaker" in r.text.lower()
    assert client.get("/articles/missing").status_code == 404


@pytest.mark.parametrize("method", ["POST", "PUT", "PATCH", "DELETE", "OPTIONS"])
def test_web_pages_read_only_methods(client, method):
    for url in ["/", "/api/quotes", "/static/style.css"]:
        r = client.request(method, url)
        assert r.status_code == 405, (method, url)
        assert r.headers["allow"] == "GET, HEAD"


def test_web_pages_openapi_only_get(client):
    schema = client.get("/api/openapi.json").json()
    methods = {m for ops in schema["paths"].values() for m in ops}
    assert methods == {"get"}
    assert all(p.startswith("/api/") for p in schema["paths"])


def test_web_pages_database_is_never_written(web_db, client, db_conn):
    before = hashlib.sha256(web_db.read_bytes()).hexdigest()
    for url in page_urls(db_conn):
        client.get(url)
    client.get("/api/quotes", params={"format": "csv"})
    assert hashlib.sha256(web_db.read_bytes()).hexdigest() == before
    conn = client.app.state.corpus.connection()
    with pytest.raises(Exception, match=r"readonly|query_only|read-only"):
        conn.execute("DELETE FROM errors")


def test_web_pages_trusted_hosts(web_db):
    from fastapi.testclient import TestClient

    from tidings.web import create_app

    app = create_app(web_db, allowed_hosts=["127.0.0.1", "localhost"])
    with TestClient(app, base_url="http://127.0.0.1") as c:
        assert c.get("/api/stats").status_code == 200
        assert c.get("/api/stats", headers={"host": "evil.example"}).status_code == 400


def test_web_pages_serve_cli(web_db, tmp_path):
    """`tidings serve` as a user runs it: a subprocess on loopback, then stopped."""
    missing = subprocess.run(
        [sys.executable, "-m", "tidings", "serve", "--db", str(tmp_path / "none.db")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert missing.returncode == 1 and "no corpus at" in missing.stderr
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "tidings", "serve", "--db", str(web_db), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
                break
            except httpx.TransportError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "tidings serve did not answer in 60 s"
                time.sleep(0.2)
        assert r.status_code == 200 and r.json()["quotes"] > 0
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_web_pages_filtered_search_skips_the_other_count(client):
    tabs = re.compile(r'role="tab">([^<]*)<')
    plain = tabs.findall(client.get("/search", params={"q": "river"}).text)
    assert re.fullmatch(r"Quotes \(\d+\)", plain[0]) and re.fullmatch(r"Articles \(\d+\)", plain[1])
    filtered = client.get("/search", params={"q": "river", "outlet": "alpha.example"}).text
    assert tabs.findall(filtered)[1] == "Articles"
    assert "every family will be safe" in filtered


def test_web_pages_shutdown_waits_for_the_cache_warmer(web_db):
    """Stopping the app while its start-up warmer still runs queries must not close the
    connections under it (that crashed the test process once): the warmer is stopped and
    joined before the corpus closes, however early the app stops."""
    import threading

    from fastapi.testclient import TestClient

    from tidings.web import create_app
    from tidings.web.app import warm_speaker_cache

    for _ in range(20):
        app = create_app(web_db, warm_speakers=10_000)
        with TestClient(app) as c:
            assert c.get("/api/stats").status_code == 200
        running = [
            t for t in threading.enumerate() if getattr(t, "_target", None) is warm_speaker_cache
        ]
        assert running == []


def test_web_pages_search_by_quote_kind(client, db_conn):
    indirect = client.get("/search", params={"quote_kind": "indirect"}).text
    assert '<option value="indirect" selected>' in indirect
    tags = re.findall(r'<li class="quote-item".*?</li>\s*</ul>', indirect, re.S)
    assert tags and all('<span class="tag">indirect</span>' in t for t in tags)
    # the downloads keep the filter under the API's name for it
    assert "/api/quotes?quote_kind" not in indirect and "kind=indirect" in indirect
    direct = client.get("/search", params={"quote_kind": "direct"}).text
    assert '<span class="tag">indirect</span>' not in direct
    bad = client.get("/search", params={"quote_kind": "scare"})
    assert bad.status_code == 200 and "is not one of direct, indirect, mixed" in bad.text
    (sid,) = db_conn.execute("SELECT id FROM speakers ORDER BY n_quotes DESC").fetchone()
    page = client.get(f"/speakers/{sid}", params={"quote_kind": "indirect"}).text
    assert '<option value="indirect" selected>' in page
    assert '<span class="tag">direct</span>' not in page


@pytest.mark.issue(4)
def test_web_pages_quote_card_and_article_say_when_it_was_said(client, db_conn):
    card = client.get("/search", params={"q": '"every family will be safe"'}).text
    assert (
        'said <time datetime="2025-W10">week of 3 Mar 2025</time> <mark class="when">last week'
        "</mark>"
    ) in card
    aid = db_conn.execute("SELECT id FROM articles WHERE url LIKE '%beta.example%'").fetchone()[0]
    html = client.get(f"/articles/{aid}").text
    assert '<span class="when" title="said week of 3 Mar 2025">last week</span>' in html


@pytest.mark.issue(4)
def test_web_pages_addressee_field_and_links(client, db_conn):
    """The search form has a "Said to" field; each quote card and a speaker's "Talking to" list
    link an addressee to the quotes said to them."""
    html = client.get("/search", params={"addressee": "Reporters"}).text
    assert 'name="addressee" value="Reporters"' in html
    cards = re.findall(r'<li class="quote-item".*?</li>\s*</ul>', html, re.S)
    told = '<span class="tag told">to <a class="addressee" href="/search?addressee=reporters"'
    assert cards and all(told in c for c in cards)  # said to them, whichever report says so
    assert "addressee=Reporters&amp;format=csv" in html  # the downloads keep it
    assert "addressee=Reporters&amp;kind=articles" in html  # and the other tab
    (sid,) = db_conn.execute("SELECT id FROM speakers WHERE name = 'Ana Ruiz'").fetchone()
    speaker = client.get(f"/speakers/{sid}").text
    assert f'href="/speakers/{sid}?addressee=city%20council#quotes"' in speaker
    assert 'href="/search?addressee=city%20council"' in speaker
    council = client.get(f"/speakers/{sid}", params={"addressee": "city council"}).text
    assert 'name="addressee" value="city council"' in council
    assert len(re.findall('class="quote-item"', council)) == 1

"""The web UI in a real browser: Debian's chromium, headless, driven by Playwright.

The server is the real app under uvicorn on 127.0.0.1 (conftest ``live_server``). Screenshots of
each step go to artifacts/. Never `playwright install`: the browser is /usr/bin/chromium.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from web_fixture_pages import HOSTILE_QUOTE, HOSTILE_TITLE

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.skip(
            "browser tests need Debian's chromium at /usr/bin/chromium "
            "(apt-get install chromium; `make test` installs it)"
        )
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watch:
    """What a page did that it should not: JS errors, dialogs, CSP reports, failed requests."""

    def __init__(self, page) -> None:
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.console: list[str] = []
        page.on("pageerror", lambda exc: self.errors.append(str(exc)))
        page.on("console", lambda m: self.console.append(f"{m.type}: {m.text}"))

        def on_dialog(dialog) -> None:
            self.dialogs.append(f"{dialog.type}: {dialog.message}")
            dialog.dismiss()

        page.on("dialog", on_dialog)

    def assert_clean(self) -> None:
        assert self.errors == []
        assert self.dialogs == []
        problems = [c for c in self.console if c.startswith("error")]
        assert problems == [], problems


@pytest.fixture
def page(browser, live_server):
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})
    p = context.new_page()
    p.watch = Watch(p)
    yield p
    context.close()


def shot(page, artifacts: Path, name: str) -> None:
    page.screenshot(path=str(artifacts / f"web-{name}.png"), full_page=True)


def test_web_browser_search_speaker_chart_article(page, artifacts):
    page.goto("/")
    page.fill("header input[name=q]", "weld bolt")
    page.press("header input[name=q]", "Enter")
    page.wait_for_url(re.compile(r"/search\?q=weld"))
    hit = page.locator(".quote-item", has_text="every weld").first
    assert hit.locator("mark", has_text="weld").count() == 1
    shot(page, artifacts, "1-search")

    hit.locator("a.who", has_text="Ana Ruiz").click()
    page.wait_for_url(re.compile(r"/speakers/spk_"))
    assert page.locator("h1").inner_text() == "Ana Ruiz"
    bars = page.locator(".chart svg rect.bar")
    bars.first.wait_for()
    assert bars.count() >= 3
    assert page.locator(".chart svg .axis text").count() > 3
    outlets = {bars.nth(k).get_attribute("data-series") for k in range(bars.count())}
    assert outlets == {"news.alpha.example", "beta.example"}
    assert "Mayor" in page.locator(".descriptions").inner_text()
    assert "city council" in page.locator(".addressees").inner_text()
    shot(page, artifacts, "2-speaker")

    quote = page.locator(".quote-item", has_text="every weld")
    quote.locator("a.article-link").first.click()
    page.wait_for_url(re.compile(r"/articles/\w+#q-\d+"))
    anchor = page.url.split("#", 1)[1]
    target = page.locator(f"mark.quote#{anchor}")
    assert "every weld and every bolt" in target.inner_text()
    assert target.is_visible()
    assert page.evaluate("document.querySelector(':target').id") == anchor
    # its speaker is linked back from the text, its cue is marked
    assert page.locator(".article-text a.speaker", has_text="Ana Ruiz").count() >= 1
    assert page.locator(".article-text .cue", has_text="told").count() >= 1
    shot(page, artifacts, "3-article")
    page.watch.assert_clean()


def test_web_browser_hostile_title_runs_nothing(page, artifacts, db_conn):
    article_id = db_conn.execute(
        "SELECT id FROM articles WHERE url LIKE '%hostile.example%'"
    ).fetchone()[0]
    page.goto(f"/articles/{article_id}")
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text() == HOSTILE_TITLE
    hostile = page.locator(".article-text mark.quote", has_text="onerror")
    assert HOSTILE_QUOTE in hostile.first.inner_text()
    assert page.title().startswith(HOSTILE_TITLE)
    # the only script is ours, the only images none
    assert page.evaluate("[...document.scripts].map(s => s.src.split('/').pop())") == ["chart.js"]
    assert page.locator("main img").count() == 0
    assert page.locator("a[href^='javascript']").count() == 0
    shot(page, artifacts, "4-hostile-article")

    page.goto("/search?q=onerror")
    assert HOSTILE_QUOTE in page.locator(".quote-item").first.inner_text()
    page.goto("/search?q=alert&kind=articles")
    assert HOSTILE_TITLE in page.locator(".article-item h3").first.inner_text()
    shot(page, artifacts, "5-hostile-search")
    page.wait_for_timeout(300)
    page.watch.assert_clean()


def test_web_browser_csp_blocks_inline_script(page):
    page.goto("/")
    # an inline script slipped into the page never runs: the CSP has no 'unsafe-inline'
    outcome = page.evaluate(
        """async () => {
            const violations = [];
            document.addEventListener('securitypolicyviolation',
                e => violations.push(e.violatedDirective));
            const s = document.createElement('script');
            s.textContent = 'window.__injected = true';
            document.body.appendChild(s);
            await new Promise(r => setTimeout(r, 100));
            return {injected: window.__injected === true, violations};
        }"""
    )
    assert outcome["injected"] is False
    assert outcome["violations"] and outcome["violations"][0].startswith("script-src")


def test_web_browser_overview(page, artifacts):
    page.goto("/")
    page.locator(".chart svg rect.bar").first.wait_for()
    assert page.locator("#errors td.error-reason", has_text="bad-jsonl").count() == 1
    shot(page, artifacts, "6-overview")
    page.watch.assert_clean()


def test_web_browser_dropped_furniture_on_request(page, db_conn):
    article_id = db_conn.execute(
        "SELECT id FROM articles WHERE json_array_length(dropped) > 0 LIMIT 1"
    ).fetchone()
    if article_id is None:
        pytest.skip("no article in the test corpus has dropped furniture (extractor v1)")
    page.goto(f"/articles/{article_id[0]}")
    dropped = page.locator("details.dropped li").first
    assert not dropped.is_visible()
    page.locator("details.dropped summary").click()
    assert dropped.is_visible()
    page.watch.assert_clean()


def test_web_browser_compare(page, artifacts):
    page.goto("/compare?by=outlet&value=alpha.example&value=beta.example&q=river")
    columns = page.locator(".compare-column")
    assert columns.count() == 2
    assert "Ana Ruiz" in columns.nth(0).inner_text()
    assert "Maria Okonkwo" in columns.nth(1).inner_text()
    shot(page, artifacts, "7-compare")
    page.watch.assert_clean()


def test_web_browser_search_by_quote_kind(page):
    page.goto("/search")
    every = page.locator(".quote-item").count()
    page.select_option("form.filters select[name=quote_kind]", "indirect")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"quote_kind=indirect"))
    items = page.locator(".quote-item")
    assert 0 < items.count() <= every
    for k in range(items.count()):
        assert items.nth(k).locator(".tag", has_text="indirect").count() == 1
    # the choice stays selected on the results page
    assert page.locator("select[name=quote_kind]").input_value() == "indirect"
    page.watch.assert_clean()


@pytest.mark.issue(4)
def test_web_browser_who_was_told_what(page, artifacts):
    """From a speaker's "Talking to" list to their quotes said to that addressee, then from a
    quote card's addressee to everything said to them, then the search form's field."""
    page.goto("/search?q=weld")
    page.locator(".quote-item a.who", has_text="Ana Ruiz").first.click()
    page.wait_for_url(re.compile(r"/speakers/spk_"))
    page.locator(".addressees a.addressee", has_text="city council").click()
    page.wait_for_url(re.compile(r"addressee=city"))
    assert page.locator("form.filters input[name=addressee]").input_value() == "city council"
    items = page.locator(".quote-item")
    assert items.count() == 1 and "every weld" in items.first.inner_text()
    assert items.first.locator(".tag.told a.addressee", has_text="city council").count() == 1
    shot(page, artifacts, "8-speaker-told")

    page.goto("/search?q=%22every%20family%22")
    page.locator(".quote-item a.addressee", has_text="reporters").first.click()
    page.wait_for_url(re.compile(r"/search\?addressee=reporters"))
    told = page.locator(".quote-item")
    assert told.count() >= 2
    for k in range(told.count()):
        assert told.nth(k).locator("a.addressee", has_text="reporters").count() >= 1
    shot(page, artifacts, "9-said-to")

    page.fill("form.filters input[name=addressee]", "CITY COUNCIL")
    page.click("form.filters button[type=submit]")
    page.wait_for_url(re.compile(r"addressee=CITY"))
    assert "every weld" in page.locator(".quote-item").first.inner_text()
    assert page.locator(".quote-item").count() == 1
    page.watch.assert_clean()

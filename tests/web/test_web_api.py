"""The JSON API against a real corpus built by the real ingest (see conftest.py)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from web_fixture_pages import HOSTILE_QUOTE, HOSTILE_TITLE


def ruiz_id(db_conn) -> str:
    return db_conn.execute("SELECT id FROM speakers WHERE name = 'Ana Ruiz'").fetchone()[0]


def test_web_api_quote_search_marks_matches(client):
    page = client.get("/api/quotes", params={"q": "family safe"}).json()
    assert page["total"] >= 1
    top = page["items"][0]
    assert "every family will be safe" in top["text"]
    assert "<mark>family</mark>" in top["text_html"]
    assert "<mark>safe</mark>" in top["text_html"]
    assert top["speaker"] == "Ana Ruiz"


def test_web_api_quote_merged_across_outlets(client):
    page = client.get("/api/quotes", params={"q": '"every family will be safe"'}).json()
    (quote,) = page["items"]
    outlets = {o["outlet"] for o in quote["occurrences"]}
    assert outlets == {"news.alpha.example", "beta.example"}
    assert quote["n_outlets"] == 2
    assert all(o["article_id"] and o["date"] for o in quote["occurrences"])


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        pytest.param({"outlet": "beta.example"}, {"beta.example"}, id="outlet"),
        pytest.param({"outlet": "alpha.example"}, {"news.alpha.example"}, id="subdomain"),
        pytest.param({"since": "2025-03-15"}, {"news.alpha.example"}, id="since"),
        pytest.param({"until": "2025-03-09"}, {"news.alpha.example"}, id="until"),
    ],
)
def test_web_api_quote_filters(client, db_conn, params, expected):
    page = client.get(
        "/api/quotes", params={"speaker": ruiz_id(db_conn), "limit": 100, **params}
    ).json()
    assert page["items"], params
    for quote in page["items"]:
        dates = [o["date"][:10] for o in quote["occurrences"]]
        outlets = {o["outlet"] for o in quote["occurrences"]}
        assert outlets & expected
        if "since" in params:
            assert max(dates) >= params["since"]
        if "until" in params:
            assert min(dates) <= params["until"]


def test_web_api_speaker_filter_by_name(client, db_conn):
    by_name = client.get("/api/quotes", params={"speaker": "Ruiz", "limit": 100}).json()
    by_id = client.get("/api/quotes", params={"speaker": ruiz_id(db_conn), "limit": 100}).json()
    assert by_name["total"] == by_id["total"] >= 3
    assert {q["speaker"] for q in by_name["items"]} == {"Ana Ruiz"}
    nobody = client.get("/api/quotes", params={"speaker": "Zzyzx Nobody"}).json()
    assert nobody["items"] == [] and nobody["total"] == 0 and nobody["total_exact"]


def test_web_api_paging_covers_every_row_once(client, db_conn):
    total = db_conn.execute("SELECT COUNT(*) FROM quotes").fetchone()[0]
    seen = []
    for offset in range(0, total + 7, 7):
        page = client.get("/api/quotes", params={"limit": 7, "offset": offset}).json()
        assert page["total"] == total
        seen += [q["id"] for q in page["items"]]
    assert len(seen) == len(set(seen)) == total


def test_web_api_article_search_snippets(client):
    page = client.get("/api/articles", params={"q": "inspection"}).json()
    assert page["total"] >= 1
    assert any("<mark>inspection</mark>" in (a["snippet_html"] or "") for a in page["items"])
    by_speaker = client.get("/api/articles", params={"speaker": "Maria Okonkwo"}).json()
    assert by_speaker["total"] == 2
    assert {a["outlet"] for a in by_speaker["items"]} == {"beta.example", "news.alpha.example"}


def test_web_api_bad_fts_syntax_falls_back_to_words(client):
    for q in ['"unbalanced', "AND OR (", "NEAR(", "*", "river)"]:
        response = client.get("/api/quotes", params={"q": q})
        assert response.status_code == 200, q
        assert client.get("/api/articles", params={"q": q}).status_code == 200
    assert client.get("/api/quotes", params={"q": "river)"}).json()["total"] >= 1


def test_web_api_speaker_detail(client, db_conn):
    sid = ruiz_id(db_conn)
    s = client.get(f"/api/speakers/{sid}").json()
    assert s["name"] == "Ana Ruiz" and s["n_quotes"] >= 3
    tl = s["timeline"]
    assert tl["unit"] == "week"
    assert tl["buckets"][0] == "2025-03-03"  # Monday of the first report's week
    assert len(tl["buckets"]) == 3  # 3, 10 and 17 March: consecutive weeks, none skipped
    per_outlet = {x["name"]: sum(x["values"]) for x in tl["series"]}
    assert per_outlet == {o["value"]: o["n"] for o in s["outlets"]}
    reports = db_conn.execute(
        "SELECT COUNT(*) FROM quote_occurrences qo JOIN quotes q ON q.pk = qo.quote_pk"
        " JOIN speakers s ON s.pk = q.speaker_pk WHERE s.id = ?",
        (sid,),
    ).fetchone()[0]
    assert sum(per_outlet.values()) == reports
    mayor = next(d for d in s["descriptions"] if d["value"] == "Mayor")
    assert set(mayor["outlets"]) == {"beta.example", "news.alpha.example"}
    assert {"reporters", "city council"} <= {a["value"] for a in s["addressees"]}


def test_web_api_speaker_quotes_and_404(client, db_conn):
    sid = ruiz_id(db_conn)
    page = client.get(f"/api/speakers/{sid}/quotes", params={"q": "weld"}).json()
    assert page["total"] == 1 and "weld" in page["items"][0]["text"]
    assert client.get("/api/speakers/spk_nope").status_code == 404
    assert client.get("/api/speakers/spk_nope/quotes").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404


def test_web_api_article_links_quotes_and_speakers(client, db_conn):
    aid = db_conn.execute(
        "SELECT id FROM articles WHERE url LIKE '%river-wall-inquiry'"
    ).fetchone()[0]
    d = client.get(f"/api/articles/{aid}").json()
    text = d["article"]["text"]
    assert d["quotes"]
    for q in d["quotes"]:
        assert text[q["start"] : q["end"]] == q["text"]
        assert q["quote_id"].startswith("q")
    weld = next(q for q in d["quotes"] if "weld" in q["text"])
    assert weld["speaker_id"] == ruiz_id(db_conn)
    assert weld["addressee"] == "city council"


def test_web_api_keeps_hostile_text_verbatim(client, db_conn):
    aid = db_conn.execute("SELECT id FROM articles WHERE url LIKE '%hostile.example%'").fetchone()[
        0
    ]
    d = client.get(f"/api/articles/{aid}").json()
    assert d["article"]["title"] == HOSTILE_TITLE
    page = client.get("/api/quotes", params={"q": "onerror"}).json()
    assert HOSTILE_QUOTE in page["items"][0]["text"]
    assert "<img" not in page["items"][0]["text_html"]
    assert "&lt;img" in page["items"][0]["text_html"]


def test_web_api_compare_outlets(client):
    c = client.get(
        "/api/compare",
        params=[
            ("by", "outlet"),
            ("value", "alpha.example"),
            ("value", "beta.example"),
            ("value", "nowhere.example"),
            ("q", "river"),
        ],
    ).json()
    alpha, beta, nowhere = c["columns"]
    assert alpha["found"] and beta["found"] and not nowhere["found"]
    assert alpha["top"][0]["value"] == "Ana Ruiz"
    assert {t["value"] for t in beta["top"]} >= {"Ana Ruiz", "Maria Okonkwo"}
    assert alpha["n_quotes"] >= 3 and alpha["n_articles"] == 2
    assert any(d["value"] == "Mayor" and d["of"] == "Ana Ruiz" for d in beta["descriptions"])


def test_web_api_compare_speakers(client, db_conn):
    c = client.get(
        "/api/compare", params=[("by", "speaker"), ("value", "Ana Ruiz"), ("value", "Okonkwo")]
    ).json()
    ruiz, lopez = c["columns"]
    assert ruiz["key"] == ruiz_id(db_conn)
    assert {t["value"] for t in ruiz["top"]} == {"news.alpha.example", "beta.example"}
    assert lopez["label"] == "Maria Okonkwo" and lopez["n_quotes"] == 2


def test_web_api_overview_lists_errors(client, db_conn):
    o = client.get("/api/overview").json()
    assert (
        o["stats"]["articles"]
        == db_conn.execute("SELECT COUNT(*) FROM articles WHERE status = 'article'").fetchone()[0]
    )
    assert o["errors"]["total"] == 1
    assert o["errors"]["items"][0]["code"] == "bad-jsonl"
    dated = db_conn.execute(
        "SELECT COUNT(*) FROM articles WHERE status = 'article' AND date IS NOT NULL"
    ).fetchone()[0]
    assert sum(sum(s["values"]) for s in o["articles_timeline"]["series"]) == dated
    assert o["top_speakers"][0]["n_quotes"] >= o["top_speakers"][-1]["n_quotes"]


@pytest.mark.parametrize("path", ["/api/quotes", "/api/articles", "/api/speakers", "/api/errors"])
def test_web_api_downloads_whole_list(client, path):
    total = client.get(path, params={"limit": 1}).json()["total"]
    csv_resp = client.get(path, params={"format": "csv"})
    assert csv_resp.headers["content-type"].startswith("text/csv")
    assert "attachment" in csv_resp.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(csv_resp.text)))
    assert len(rows) == total
    assert not any(k.endswith("_html") for k in (rows[0] if rows else {}))
    lines = client.get(path, params={"format": "jsonl"}).text.splitlines()
    assert len(lines) == total
    assert all(isinstance(json.loads(line), dict) for line in lines)


def test_web_api_download_keeps_filters(client):
    lines = client.get("/api/quotes", params={"q": "river", "format": "jsonl"}).text.splitlines()
    assert lines and all("river" in json.loads(x)["text"].lower() for x in lines)


def test_web_api_rejects_bad_parameters(client):
    assert client.get("/api/quotes", params={"since": "yesterday"}).status_code == 422
    assert client.get("/api/quotes", params={"limit": 0}).status_code == 422
    assert client.get("/api/quotes", params={"limit": 5000}).status_code == 422
    assert client.get("/api/quotes", params={"format": "xml"}).status_code == 422


def test_web_api_many_matches_come_newest_first(client, monkeypatch):
    from tidings.web import queries

    ranked = client.get("/api/quotes", params={"q": "said OR told", "limit": 50}).json()
    assert ranked["order"] == "relevance"
    monkeypatch.setattr(queries, "RANK_MAX", 2)
    newest = client.get("/api/quotes", params={"q": "said OR told", "limit": 50}).json()
    assert newest["order"] == "newest"
    assert newest["total"] == ranked["total"]
    assert {q["id"] for q in newest["items"]} == {q["id"] for q in ranked["items"]}
    page = client.get("/search", params={"q": "said OR told"}).text
    assert "newest come first" in page


def test_web_api_speaker_cache_keeps_and_forgets(tmp_path):
    from tidings.web.cache import KEEP_MIN_QUOTES, SpeakerCache

    db = tmp_path / "c.db"
    db.write_bytes(b"x")
    cache = SpeakerCache(db)
    calls = []

    def compute():
        calls.append(1)
        return {"n": len(calls)}

    assert cache.get("big", KEEP_MIN_QUOTES, compute) == {"n": 1}
    assert cache.get("big", KEEP_MIN_QUOTES, compute) == {"n": 1}  # kept
    assert cache.get("small", 1, compute) == {"n": 2}
    assert cache.get("small", 1, compute) == {"n": 3}  # small speakers are not kept
    (tmp_path / "c.db-wal").write_bytes(b"a commit")  # an ingest beside the server
    assert cache.get("big", KEEP_MIN_QUOTES, compute) == {"n": 4}


@pytest.mark.parametrize("kind", ["direct", "indirect"])
def test_web_api_quote_kind_filter(client, db_conn, kind):
    every = client.get("/api/quotes", params={"limit": 1000}).json()["items"]
    page = client.get("/api/quotes", params={"kind": kind, "limit": 1000}).json()
    assert page["items"] and len(page["items"]) < len(every)
    assert {q["kind"] for q in page["items"]} == {kind}
    assert len(page["items"]) == sum(q["kind"] == kind for q in every)
    # the speaker's quote list and the downloads take the same filter
    ruiz = client.get(
        f"/api/speakers/{ruiz_id(db_conn)}/quotes", params={"kind": kind, "limit": 100}
    ).json()
    assert all(q["kind"] == kind for q in ruiz["items"])
    lines = client.get("/api/quotes", params={"kind": kind, "format": "jsonl"}).text.splitlines()
    assert len(lines) == len(page["items"])
    assert client.get("/api/quotes", params={"kind": "scare"}).status_code == 422


@pytest.mark.issue(4)
def test_web_api_quote_occurrences_say_when_the_words_were_said(client, db_conn):
    # beta.example (published Monday 10 March 2025): 'Mayor Ana Ruiz said last week.'
    page = client.get("/api/quotes", params={"q": '"every family will be safe"'}).json()
    (quote,) = page["items"]
    by_outlet = {o["outlet"]: o for o in quote["occurrences"]}
    assert (by_outlet["beta.example"]["said_on"], by_outlet["beta.example"]["said_on_words"]) == (
        "2025-W10",
        "last week",
    )
    assert by_outlet["news.alpha.example"]["said_on"] is None  # told reporters: no time given
    aid = db_conn.execute("SELECT id FROM articles WHERE url LIKE '%beta.example%'").fetchone()[0]
    d = client.get(f"/api/articles/{aid}").json()
    wall = next(q for q in d["quotes"] if "every family" in q["text"])
    assert (wall["said_on"], wall["said_on_words"]) == ("2025-W10", "last week")


@pytest.mark.issue(4)
def test_web_api_quotes_said_to_an_addressee(client, web_db):
    """``addressee=`` keeps the quotes one report says were said to them, whatever the case,
    with the other filters applying to that same report; the HTTP API, the article list and the
    corpus API answer alike."""
    from tidings.corpus import Corpus

    page = client.get("/api/quotes", params={"addressee": "REPORTERS", "limit": 100}).json()
    assert page["total"] >= 2
    for q in page["items"]:
        assert "reporters" in [o["addressee"] for o in q["occurrences"]]
    with Corpus(web_db, create=False) as corpus:
        assert [q["id"] for q in page["items"]] == [
            q["id"] for q in corpus.quotes(addressee=" reporters ", limit=100)
        ]
    # Ana Ruiz told reporters what news.alpha.example printed; beta.example printed it as said
    wall = {"q": '"every family will be safe"', "addressee": "reporters"}
    assert client.get("/api/quotes", params=wall).json()["total"] == 1
    assert client.get("/api/quotes", params={**wall, "outlet": "beta.example"}).json()["total"] == 0
    assert (
        client.get("/api/quotes", params={**wall, "outlet": "alpha.example"}).json()["total"] == 1
    )
    assert client.get("/api/quotes", params={"addressee": "report"}).json()["total"] == 0
    # a speaker's quotes, the articles, the downloads
    ruiz = client.get(
        f"/api/speakers/{page['items'][0]['speaker_id']}/quotes", params={"addressee": "Reporters"}
    ).json()
    assert ruiz["total"] >= 1
    articles = client.get("/api/articles", params={"addressee": "reporters"}).json()
    assert {a["outlet"] for a in articles["items"]} >= {"news.alpha.example"}
    assert "beta.example" not in {a["outlet"] for a in articles["items"]}
    lines = client.get("/api/quotes", params={"addressee": "reporters", "format": "jsonl"}).text
    assert len(lines.splitlines()) == page["total"]
    # documented in the schema
    schema = client.get("/api/openapi.json").json()
    for path in ("/api/quotes", "/api/articles", "/api/speakers/{speaker_id}/quotes"):
        (param,) = [
            p for p in schema["paths"][path]["get"]["parameters"] if p["name"] == "addressee"
        ]
        assert "AFP" in param["description"]

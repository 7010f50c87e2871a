"""The compare page's one query per column gives what four plain queries over every report give.

``reference_outlet`` and ``reference_speaker`` are the compare queries as they were before they
were merged into :func:`tidings.web.queries.compare` (each aggregate its own pass over the
reports): the definition the faster form must keep. Descriptions tied on count and value may
come in any order there, so they are compared as sets of rows.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from tidings.web import queries
from tidings.web.db import open_corpus
from tidings.web.queries import _in, outlet_clause, plain_words, quotes_by_pk


@pytest.fixture(scope="module")
def corpus(web_db):
    c = open_corpus(web_db)
    yield c
    c.close()


def _topic(query: str | None) -> tuple[str, list[Any]]:
    """Keep articles matching a full-text topic (as a clause on ``a.pk``), or everything."""
    if not query:
        return "1=1", []
    return "a.pk IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)", [query]


def _fts_safe(
    conn: sqlite3.Connection, sql: str, params: list[Any], query: str | None
) -> list[sqlite3.Row]:
    """Run a query whose params include the topic; retry as plain words on FTS syntax errors."""
    try:
        return conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError:
        if not query:
            raise
        plain = plain_words(query)
        if not plain:
            return []
        return conn.execute(sql, [plain if p == query else p for p in params]).fetchall()


def reference_outlet(
    conn: sqlite3.Connection, outlet: str, query: str | None, top: int
) -> dict[str, Any]:
    """Who an outlet quotes on a topic, how often, with which descriptions, and recent quotes."""
    oc, op = outlet_clause(outlet)
    tc, tp = _topic(query)
    scope = (
        "FROM quote_occurrences qo JOIN articles a ON a.pk = qo.article_pk"
        " JOIN outlets o ON o.pk = a.outlet_pk LEFT JOIN quotes q ON q.pk = qo.quote_pk"
        f" LEFT JOIN speakers s ON s.pk = q.speaker_pk WHERE {oc} AND {tc}"
    )
    totals = _fts_safe(conn, f"SELECT COUNT(*), COUNT(DISTINCT a.pk) {scope}", [*op, *tp], query)
    speakers = _fts_safe(
        conn,
        f"SELECT s.id AS key, COALESCE(s.name, qo.speaker, '(unattributed)') AS value,"
        f" COUNT(*) AS n {scope} GROUP BY COALESCE(s.pk, qo.speaker)"
        " ORDER BY n DESC, value LIMIT ?",
        [*op, *tp, top],
        query,
    )
    descriptions = _fts_safe(
        conn,
        "SELECT s.name AS of, j.value AS value, COUNT(*) AS n"
        " FROM article_speakers x JOIN json_each(x.descriptions) j"
        " JOIN articles a ON a.pk = x.article_pk JOIN outlets o ON o.pk = a.outlet_pk"
        f" LEFT JOIN speakers s ON s.pk = x.speaker_pk WHERE {oc} AND {tc}"
        " GROUP BY x.speaker_pk, j.value ORDER BY n DESC, value LIMIT ?",
        [*op, *tp, top],
        query,
    )
    recent = _fts_safe(
        conn,
        f"SELECT qo.quote_pk AS pk, MAX(a.date) AS d {scope} AND qo.quote_pk IS NOT NULL"
        " GROUP BY qo.quote_pk ORDER BY d DESC, pk DESC LIMIT 5",
        [*op, *tp],
        query,
    )
    n_quotes, n_articles = (totals[0][0], totals[0][1]) if totals else (0, 0)
    return {
        "n_quotes": n_quotes,
        "n_articles": n_articles,
        "top": [dict(r) for r in speakers],
        "descriptions": [dict(r) for r in descriptions],
        "quotes": quotes_by_pk(conn, [r["pk"] for r in recent]),
    }


def reference_speaker(
    conn: sqlite3.Connection, pks: list[int], query: str | None, top: int
) -> dict[str, Any]:
    """Which outlets quote a speaker on a topic, how often, how they describe them, and quotes."""
    tc, tp = _topic(query)
    scope = (
        "FROM quotes q JOIN quote_occurrences qo ON qo.quote_pk = q.pk"
        " JOIN articles a ON a.pk = qo.article_pk LEFT JOIN outlets o ON o.pk = a.outlet_pk"
        f" WHERE {_in('q.speaker_pk', pks)} AND {tc}"
    )
    totals = _fts_safe(conn, f"SELECT COUNT(*), COUNT(DISTINCT a.pk) {scope}", [*pks, *tp], query)
    outlets = _fts_safe(
        conn,
        f"SELECT NULL AS key, COALESCE(o.domain, '(no outlet)') AS value, COUNT(*) AS n {scope}"
        " GROUP BY o.domain ORDER BY n DESC, value LIMIT ?",
        [*pks, *tp, top],
        query,
    )
    descriptions = _fts_safe(
        conn,
        "SELECT COALESCE(o.domain, '(no outlet)') AS of, j.value AS value, COUNT(*) AS n"
        " FROM article_speakers x JOIN json_each(x.descriptions) j"
        " JOIN articles a ON a.pk = x.article_pk LEFT JOIN outlets o ON o.pk = a.outlet_pk"
        f" WHERE {_in('x.speaker_pk', pks)} AND {tc}"
        " GROUP BY o.domain, j.value ORDER BY n DESC, value LIMIT ?",
        [*pks, *tp, top],
        query,
    )
    recent = _fts_safe(
        conn,
        f"SELECT q.pk AS pk, MAX(a.date) AS d {scope}"
        " GROUP BY q.pk ORDER BY d DESC, pk DESC LIMIT 5",
        [*pks, *tp],
        query,
    )
    n_quotes, n_articles = (totals[0][0], totals[0][1]) if totals else (0, 0)
    return {
        "n_quotes": n_quotes,
        "n_articles": n_articles,
        "top": [dict(r) for r in outlets],
        "descriptions": [dict(r) for r in descriptions],
        "quotes": quotes_by_pk(conn, [r["pk"] for r in recent]),
    }


# -- overview -----------------------------------------------------------------------------------


def _same(new: dict[str, Any], old: dict[str, Any]) -> None:
    assert (new["n_quotes"], new["n_articles"]) == (old["n_quotes"], old["n_articles"])
    assert new["top"] == old["top"]
    key = lambda d: sorted((str(k), str(v)) for k, v in d.items())  # noqa: E731
    assert sorted(map(key, new["descriptions"])) == sorted(map(key, old["descriptions"]))
    assert [q["id"] for q in new["quotes"]] == [q["id"] for q in old["quotes"]]


TOPICS = [None, "said", "the government", '"unbalanced']


@pytest.mark.parametrize("topic", TOPICS)
def test_web_compare_outlets_as_the_plain_queries(corpus, topic) -> None:
    conn = corpus.connection()
    outlets = [r[0] for r in conn.execute("SELECT domain FROM outlets ORDER BY pk")]
    assert len(outlets) >= 3
    compared = 0
    for domain in outlets:
        keys = queries.outlet_pks(conn, domain)
        new = queries.compare(conn, "outlet", keys, topic, 10)
        _same(new, reference_outlet(conn, domain, topic, 10))
        compared += bool(new["n_quotes"])
    assert compared >= (2 if topic in (None, "said") else 0)


@pytest.mark.parametrize("topic", TOPICS)
def test_web_compare_speakers_as_the_plain_queries(corpus, topic) -> None:
    conn = corpus.connection()
    names = [r[0] for r in conn.execute("SELECT name FROM speakers ORDER BY n_quotes DESC LIMIT 8")]
    for value in [*names, names[0].split()[-1]]:
        pks = corpus.speaker_pks(value)
        new = queries.compare(conn, "speaker", pks, topic, 10)
        _same(new, reference_speaker(conn, pks, topic, 10))


def test_web_compare_columns_and_overview_are_kept_from_an_empty_cache(web_db) -> None:
    """An empty cache is still a cache (it once counted as none: the overview and the outlet
    suggestions were recomputed until something else was cached first)."""
    from tidings.web import views
    from tidings.web.cache import SpeakerCache

    corpus = open_corpus(web_db)
    corpus.speaker_cache = SpeakerCache(web_db)
    views.overview(corpus)
    assert len(corpus.speaker_cache) == 1
    data = views.compare(corpus, "outlet", [], None)  # the biggest outlets, no topic: kept
    assert len(corpus.speaker_cache) == 1 + len([c for c in data.columns if c.found])
    assert views.compare(corpus, "outlet", [], "said").columns  # with a topic: not kept
    assert len(corpus.speaker_cache) == 1 + len([c for c in data.columns if c.found])
    corpus.close()

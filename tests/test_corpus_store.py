"""The corpus store and read API on a real SQLite file, with hand-built articles."""

from __future__ import annotations

import sqlite3

import pytest
from corpus_builders import make_article

from tidings.corpus import Corpus
from tidings.corpus.merge import merge_pending
from tidings.corpus.schema import LATEST, connect, migrate, version
from tidings.corpus.store import Store
from tidings.model import Article


def _putin(key: str, outlet: str, name: str, words: str, **kw) -> Article:
    return make_article(
        key,
        outlet,
        [f'{name} said on Monday: "{words}" The remarks came in Moscow.'],
        [(name, words)],
        **kw,
    )


def _store(db, articles: list[Article]) -> None:
    with Store(db) as store:
        store.add([(a, None, None) for a in articles])
        merge_pending(store.conn)


def test_schema_migrates_once_and_records_its_version(tmp_path):
    conn = connect(str(tmp_path / "c.db"))
    assert migrate(conn) == list(range(1, LATEST + 1))
    assert migrate(conn) == []
    assert version(conn) == LATEST
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_schema_refuses_a_newer_database(tmp_path):
    conn = connect(str(tmp_path / "c.db"))
    migrate(conn)
    conn.execute("INSERT INTO schema_version VALUES (999, 'future', 'now')")
    with pytest.raises(RuntimeError, match="newer"):
        migrate(conn)


def test_store_article_round_trips(tmp_path):
    a = make_article(
        "round-trip",
        "example.com",
        ['Jane Doe, the mayor, said: "We will rebuild the bridge." Nobody objected.'],
        [("Jane Doe", "We will rebuild the bridge.")],
        descriptions={"Jane Doe": ["the mayor"]},
        entities=[("Jane Doe", "PERSON"), ("Nobody", "ORG")],
    )
    _store(tmp_path / "c.db", [a])
    back = Corpus(tmp_path / "c.db").article(a.id)
    assert back == a


def test_store_skips_a_capture_seen_before(tmp_path):
    a = _putin("one", "a.com", "Vladimir Putin", "We are leaving Syria now.")
    with Store(tmp_path / "c.db") as store:
        first = store.add([(a, None, None)])
        again = store.add([(a, None, None)])
    assert (first.articles, again.articles, again.skipped) == (1, 0, 1)
    conn = sqlite3.connect(tmp_path / "c.db")
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM quote_occurrences").fetchone()[0] == 1


def test_store_keeps_errors_with_their_reason(tmp_path):
    err = Article(id="e" * 64, source="bad.pdf", status="error", reason="binary: this is a PDF")
    _store(tmp_path / "c.db", [err])
    corpus = Corpus(tmp_path / "c.db")
    [row] = corpus.errors()
    assert (row["source"], row["code"], row["reason"]) == ("bad.pdf", "binary", "this is a PDF")
    assert corpus.article(err.id).reason == "binary: this is a PDF"
    assert corpus.stats()["errors"] == 1


def test_search_finds_articles_by_words_in_text_and_title(tmp_path):
    a = make_article("bridge", "a.com", ["The council voted to rebuild the old bridge."])
    b = make_article("budget", "b.com", ["The budget passed without debate."], title="Budget")
    _store(tmp_path / "c.db", [a, b])
    corpus = Corpus(tmp_path / "c.db")
    assert [r["id"] for r in corpus.search("bridge")] == [a.id]
    assert [r["id"] for r in corpus.search("budget")] == [b.id]
    assert "[bridge]" in corpus.search("bridge")[0]["snippet"]
    # not valid FTS5 syntax: searched as plain words instead of failing
    assert [r["id"] for r in corpus.search('old bridge "(')] == [a.id]
    assert [r["id"] for r in corpus.search("bridge", outlet="b.com")] == []


def test_schema_upgrade_from_version_1_keeps_name_forms(tmp_path):
    from tidings.corpus import schema

    db = str(tmp_path / "old.db")
    conn = connect(db)
    first = schema.MIGRATIONS[:1]
    saved, schema.MIGRATIONS = schema.MIGRATIONS, first
    try:
        schema.LATEST, latest = 1, schema.LATEST
        migrate(conn)
    finally:
        schema.MIGRATIONS, schema.LATEST = saved, latest
    conn.execute(
        "INSERT INTO speakers(pk, id, name, type) VALUES (1, 'spk_1', 'Ann Lee', 'person')"
    )
    conn.execute("INSERT INTO speaker_aliases(speaker_pk, alias) VALUES (1, 'ann lee')")
    assert migrate(conn) == list(range(2, LATEST + 1))
    corpus = Corpus(db)
    assert corpus.speaker_pks("Lee") == [1]


def test_quotes_plans_agree_and_common_words_are_bounded(tmp_path, monkeypatch):
    from tidings.corpus import query

    arts = [
        _putin(f"k{i}", f"o{i % 3}.com", name, f"The harbour {i} will reopen soon.")
        for i, name in enumerate(["Vladimir Putin", "Jane Doe", "Jane Doe", "Jane Doe"])
    ]
    _store(tmp_path / "c.db", arts)
    corpus = Corpus(tmp_path / "c.db")
    assert len(corpus.quotes(query="harbour")) == 4
    assert [q["speaker"] for q in corpus.quotes(query="harbour", speaker="Putin")] == [
        "Vladimir Putin"
    ]
    monkeypatch.setattr(query, "FTS_CANDIDATES", 2)
    # text first, bounded: the latest 2 matches only
    assert len(corpus.quotes(query="harbour")) == 2
    # a narrower filter goes first and is exact
    assert [q["speaker"] for q in corpus.quotes(query="harbour", speaker="Putin")] == [
        "Vladimir Putin"
    ]


def test_corpus_readonly_reads_and_refuses_writes(tmp_path):
    db = tmp_path / "c.db"
    _store(db, [_putin("one", "a.com", "Vladimir Putin", "We are leaving Syria now.")])
    corpus = Corpus(db, readonly=True)
    assert corpus.speakers()[0]["name"] == "Vladimir Putin"
    with pytest.raises(sqlite3.OperationalError, match="readonly"):
        corpus.connection().execute("DELETE FROM quotes")
    with pytest.raises(FileNotFoundError):
        Corpus(tmp_path / "missing.db", readonly=True)
    assert not (tmp_path / "missing.db").exists()

"""When a quote was said, in the corpus: migration 7 adds ``said_on`` and ``said_on_mention`` to
``quote_occurrences``; an older corpus file migrates and keeps working (issue 4, 'when')."""

from __future__ import annotations

import sqlite3

import pytest
from corpus_builders import make_article

from tidings.corpus import Corpus, schema
from tidings.corpus.merge import merge_pending
from tidings.corpus.schema import connect, migrate
from tidings.corpus.store import Store
from tidings.model import Article, Span


def _dated_article() -> Article:
    a = make_article(
        "dated",
        "example.com",
        ['Jane Doe said on Tuesday: "We will rebuild the bridge." Nobody objected.'],
        [("Jane Doe", "We will rebuild the bridge.")],
        published="2016-03-17",
    )
    at = a.text.index("Tuesday")
    when = Span(start=at, end=at + len("Tuesday"), text="Tuesday")
    quotes = [
        q.model_copy(update={"said_on": "2016-03-15", "said_on_mention": when}) for q in a.quotes
    ]
    return a.model_copy(update={"quotes": quotes})


def _store(db, articles: list[Article]) -> None:
    with Store(db) as store:
        store.add([(a, None, None) for a in articles])
        merge_pending(store.conn)


def test_corpus_said_on_round_trips_in_its_own_columns(tmp_path):
    a = _dated_article()
    _store(tmp_path / "c.db", [a])
    corpus = Corpus(tmp_path / "c.db")
    assert corpus.article(a.id) == a
    row = (
        sqlite3.connect(tmp_path / "c.db")
        .execute("SELECT said_on, said_on_mention, extra FROM quote_occurrences")
        .fetchone()
    )
    assert row[0] == "2016-03-15" and '"Tuesday"' in row[1] and row[2] is None
    [q] = corpus.quotes()
    assert (q["occurrences"][0]["said_on"], q["occurrences"][0]["said_on_mention"]) == (
        "2016-03-15",
        "Tuesday",
    )


def _old_corpus(tmp_path, a: Article, *, in_extra: bool) -> str:
    """A corpus file at schema version 6 holding ``a``: copied table by table from a current
    one, the quote's time left out (a corpus written before the field existed) or, with
    ``in_extra``, kept in the ``extra`` JSON (a build that had the field but not the columns)."""
    new = str(tmp_path / "new.db")
    _store(new, [a])
    old = str(tmp_path / "old.db")
    conn = connect(old)
    saved, latest = schema.MIGRATIONS, schema.LATEST
    schema.MIGRATIONS, schema.LATEST = saved[:6], 6
    try:
        migrate(conn)
    finally:
        schema.MIGRATIONS, schema.LATEST = saved, latest
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("ATTACH ? AS n", (new,))
    tables = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM main.sqlite_master WHERE type='table' AND sql NOT LIKE '%VIRTUAL%'"
            " AND name NOT LIKE '%fts%' AND name != 'schema_version'"
        )
    ]
    for table in tables:
        cols = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
        picked = [f'"{c}"' for c in cols]
        if table == "quote_occurrences" and in_extra:
            picked[cols.index("extra")] = (
                "json_set(coalesce(extra, '{}'), '$.said_on', said_on,"
                " '$.said_on_mention', json(said_on_mention))"
            )
        names = ", ".join(f'"{c}"' for c in cols)
        conn.execute(f"INSERT INTO main.{table}({names}) SELECT {', '.join(picked)} FROM n.{table}")
    conn.execute("DETACH n")
    conn.close()
    return old


@pytest.mark.issue(4)
@pytest.mark.parametrize("in_extra", [False, True], ids=["before-the-field", "field-in-extra"])
def test_corpus_said_on_an_old_corpus_migrates_and_keeps_working(tmp_path, in_extra):
    a = _dated_article()
    old = _old_corpus(tmp_path, a, in_extra=in_extra)
    assert schema.version(connect(old)) == 6
    corpus = Corpus(old)  # reading migrates
    assert schema.version(connect(old)) == schema.LATEST
    back = corpus.article(a.id)
    if in_extra:
        assert back == a  # moved from extra into the columns
    else:
        assert [q.said_on for q in back.quotes] == [None]
        assert back.model_copy(update={"quotes": a.quotes}) == a
    assert [q["text"] for q in corpus.quotes(query="bridge")] == ["We will rebuild the bridge."]
    # and it takes new articles with their dates
    b = _dated_article().model_copy(update={"id": "b" * 64, "url": "https://example.org/b"})
    _store(old, [b])
    assert Corpus(old).article(b.id).quotes[0].said_on == "2016-03-15"

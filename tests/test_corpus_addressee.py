"""What was said to whom, in the corpus: ``Corpus.quotes(addressee=...)`` and ``tidings quotes
--to`` keep the quotes a report says were said to that addressee (migration 8 indexes
``quote_occurrences.addressee``)."""

from __future__ import annotations

import sqlite3

import pytest
from corpus_builders import make_article
from typer.testing import CliRunner

from tidings.cli import app
from tidings.corpus import Corpus, plans, schema
from tidings.corpus.addressees import (
    addressee_clause,
    addressee_group,
    canonical_addressee,
    same_addressee,
)
from tidings.corpus.merge import merge_pending
from tidings.corpus.schema import connect, version
from tidings.corpus.store import Store
from tidings.model import Article, Span
from tidings.web import queries
from tidings.web.views import addressee_counts


def _told(a: Article, addressee: str) -> Article:
    """``a`` with each quote said to ``addressee`` (the name found in the text)."""
    at = a.text.index(addressee)
    mention = Span(start=at, end=at + len(addressee), text=addressee)
    quotes = [
        q.model_copy(update={"addressee": addressee, "addressee_mention": mention})
        for q in a.quotes
    ]
    return a.model_copy(update={"quotes": quotes})


def _corpus(tmp_path) -> str:
    """Three reports: the same words told AFP by one outlet and only "said" by another, and
    another quote told reporters."""
    words = "We will rebuild the bridge."
    told = _told(
        make_article("a", "one.com", [f'"{words}" Jane Doe told AFP.'], [("Jane Doe", words)]),
        "AFP",
    )
    said = make_article(
        "b", "two.com", [f'"{words}" Jane Doe said.'], [("Jane Doe", words)], published="2024-05-03"
    )
    other = _told(
        make_article(
            "c",
            "two.com",
            ['"The road stays shut." John Roe told reporters.'],
            [("John Roe", "The road stays shut.")],
        ),
        "reporters",
    )
    db = str(tmp_path / "c.db")
    with Store(db) as store:
        store.add([(a, None, None) for a in (told, said, other)])
        merge_pending(store.conn)
    return db


def test_corpus_quotes_by_addressee_keep_the_quotes_said_to_them(tmp_path) -> None:
    corpus = Corpus(_corpus(tmp_path))
    assert len(corpus.quotes()) == 2
    [q] = corpus.quotes(addressee="afp")  # without regard to case
    assert q["text"] == "We will rebuild the bridge."
    assert q["n_outlets"] == 2  # the merged quote, with the report that names no addressee
    assert {o["addressee"] for o in q["occurrences"]} == {"AFP", None}
    assert [q["speaker"] for q in corpus.quotes(addressee="reporters")] == ["John Roe"]
    assert corpus.quotes(addressee="Reuters") == []
    assert corpus.quotes(addressee="AFP", outlet="two.com") == []
    assert corpus.quotes(addressee="AFP", query="bridge")[0]["speaker"] == "Jane Doe"
    assert corpus.quotes(addressee="AFP", since="2024-05-02") == []


def test_cli_quotes_to_filters_the_corpus(tmp_path) -> None:
    db = _corpus(tmp_path)
    result = CliRunner().invoke(app, ["quotes", "--to", "AFP", "--db", db, "--json"])
    assert result.exit_code == 0, result.output
    assert "rebuild the bridge" in result.output
    assert "road stays shut" not in result.output


def test_addressee_rule_is_whole_name_and_ascii_case() -> None:
    """One rule for the corpus, the web and files: the whole name, spaces trimmed, ASCII case
    ignored as SQLite's NOCASE ignores it (and no further: "É" is not "é" there)."""
    assert same_addressee("AFP", " afp ")
    assert same_addressee("the  BBC", "The BBC")
    assert not same_addressee("AFP", "AP")
    assert not same_addressee("reporters", "report")
    assert not same_addressee(None, "AFP")
    assert not same_addressee("Élysée", "élysée")
    assert addressee_group(" ÉLYSÉE  Palace") == "ÉlysÉe palace"  # only ASCII letters fold
    conn = sqlite3.connect(":memory:")
    pairs = [("AFP", "afp"), ("Élysée", "élysée"), ("the BBC", " the  bbc"), ("AFP", "AP")]
    pairs += [("Agence France-Presse", "afp"), ("The Associated Press", "AP")]
    for written, asked in pairs:
        sql, params = addressee_clause("?", asked)
        (db,) = conn.execute(f"SELECT {sql}", [written, *params]).fetchone()
        assert bool(db) == same_addressee(written, asked), (written, asked)


@pytest.mark.parametrize(
    ("written", "asked"),
    [
        pytest.param("Agence France-Presse", "AFP", id="afp"),
        pytest.param("the Associated Press", "AP", id="ap"),
        pytest.param("Thomson Reuters", "reuters", id="reuters"),
        pytest.param("British Broadcasting Corporation", "the BBC", id="bbc"),
        pytest.param("Xinhua News Agency", "Xinhua", id="xinhua"),
    ],
)
def test_addressee_an_agency_is_one_addressee_under_all_its_names(written, asked) -> None:
    assert same_addressee(written, asked) and same_addressee(asked, written)
    assert canonical_addressee(written) == canonical_addressee(asked)
    conn = sqlite3.connect(":memory:")
    sql, params = addressee_clause("?", asked)
    assert conn.execute(f"SELECT {sql}", [written, *params]).fetchone()[0]


def test_addressee_names_no_agency_groups_stay_whole_names() -> None:
    assert canonical_addressee("the board") == "the board"
    assert canonical_addressee("Agence France-Presse") == "AFP"
    assert not same_addressee("ABC News", "ABC")  # two networks share the letters
    assert not same_addressee("Associated Press", "Associated Press of Pakistan")


def test_corpus_an_agency_asked_by_any_name_keeps_its_reports_under_every_name(tmp_path) -> None:
    """ "told AFP" in one article, "told Agence France-Presse" in another: one addressee for
    the corpus API, every plan of the web search and the speaker page's counts; each report
    keeps the name and the offsets its article wrote."""
    first = _told(
        make_article(
            "a",
            "one.com",
            ['"We will rebuild." Jane Doe told AFP.'],
            [("Jane Doe", "We will rebuild.")],
        ),
        "AFP",
    )
    second = _told(
        make_article(
            "b",
            "two.com",
            ['"The road stays shut." Jane Doe told Agence France-Presse.'],
            [("Jane Doe", "The road stays shut.")],
            published="2024-05-03",
        ),
        "Agence France-Presse",
    )
    db = str(tmp_path / "c.db")
    with Store(db) as store:
        store.add([(a, None, None) for a in (first, second)])
        merge_pending(store.conn)
    corpus = Corpus(db)
    for asked in ("AFP", "agence france-presse", "the AFP"):
        found = corpus.quotes(addressee=asked)
        assert sorted(q["text"] for q in found) == ["The road stays shut.", "We will rebuild."]
        assert corpus.quotes(addressee=asked, query="road")[0]["text"] == "The road stays shut."
        f = queries.Filters(addressee=asked)
        scope = plans.measure(corpus.connection(), queries.quote_scope(corpus, f))
        for plan in [None, *plans.every_plan(scope, False)]:
            assert queries.search_quotes(corpus, f, 10, 0, plan=plan).total == 2, plan
    names = {o["addressee"] for q in corpus.quotes(addressee="AFP") for o in q["occurrences"]}
    assert names == {"AFP", "Agence France-Presse"}  # as written
    stored = corpus.article(found[0]["occurrences"][0]["article_id"])
    assert stored is not None
    mention = stored.quotes[0].addressee_mention
    assert mention is not None and stored.text[mention.start : mention.end] == mention.text
    reports = [
        {"addressee": "AFP", "n": 1, "outlet": "one.com"},
        {"addressee": "Agence France-Presse", "n": 1, "outlet": "two.com"},
    ]
    assert [(c.value, c.n) for c in addressee_counts(reports)] == [("AFP", 2)]


def test_cli_quotes_to_on_files_follows_the_rule(tmp_path) -> None:
    page = tmp_path / "told.txt"
    page.write_text(
        "Bridge to reopen\n\n"
        '"We will rebuild the bridge by the spring," Mayor Jane Doe told AFP on Monday at the'
        " town hall, where the council met to vote on the repairs.\n\n"
        '"The road stays shut until then," Doe said later in the day, after the vote.\n'
    )
    result = CliRunner().invoke(app, ["quotes", str(page), "--to", " afp", "--json"])
    assert result.exit_code == 0, result.output
    assert "rebuild the bridge" in result.output and "road stays shut" not in result.output


def _back_to_version_8(db: str) -> None:
    """The corpus file as version 8 left it: the addressee index without the article, no
    ``quotes_facets``."""
    conn = connect(db)
    conn.execute("DROP INDEX quote_occurrences_addressee")
    conn.execute(
        "CREATE INDEX quote_occurrences_addressee ON quote_occurrences(addressee COLLATE NOCASE,"
        " quote_pk) WHERE addressee IS NOT NULL"
    )
    conn.execute("DROP INDEX quotes_facets")
    conn.execute("DELETE FROM schema_version WHERE version > 8")
    assert version(conn) == 8
    conn.close()


def test_corpus_addressee_index_migrates_from_version_8(tmp_path) -> None:
    """A corpus file at version 8 with data in it (the addressee index without the article)
    migrates to 9: the index then holds (addressee, quote, article), the web's addressee probe
    and set read it alone, and every answer stays the same."""
    db = _corpus(tmp_path)
    before = [q["id"] for q in Corpus(db).quotes(addressee="AFP")]
    _back_to_version_8(db)
    corpus = Corpus(db)  # opening migrates
    conn = corpus.connection()
    assert version(conn) == schema.LATEST >= 9
    columns = [r["name"] for r in conn.execute("PRAGMA index_info(quote_occurrences_addressee)")]
    assert columns == ["addressee", "quote_pk", "article_pk"]
    facets = [r["name"] for r in conn.execute("PRAGMA index_info(quotes_facets)")]
    assert facets == ["pk", "first_date", "kind", "speaker_pk"]
    assert [q["id"] for q in corpus.quotes(addressee="AFP")] == before != []
    scope = queries.quote_scope(corpus, queries.Filters(addressee="afp", outlet="one.com"))
    for sql, params in (scope.reports_probe("?"), scope.reports_set()):
        text = sql[len("EXISTS (") : -1] if sql.startswith("EXISTS (") else sql
        plan = " ".join(
            r["detail"]
            for r in conn.execute(f"EXPLAIN QUERY PLAN {text}", [*params, 1][: text.count("?")])
        )
        assert "COVERING INDEX quote_occurrences_addressee" in plan, plan
    for plan in (None, plans.Plan("addressee")):  # its own driver reads quotes_facets
        found = queries.search_quotes(corpus, queries.Filters(addressee="AFP"), 10, 0, plan)
        assert [r["id"] for r in found.rows] == before


def test_cli_serve_migrates_an_older_corpus_before_serving_it(tmp_path, monkeypatch) -> None:
    """`tidings serve` on a corpus written at version 8 migrates it (saying so), then serves
    it read-only; before, it refused and sent the user to a command that needs capture paths."""
    import uvicorn

    db = _corpus(tmp_path)
    _back_to_version_8(db)
    served: list[object] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: served.append(app))
    result = CliRunner().invoke(app, ["serve", "--db", db])
    assert result.exit_code == 0, result.output
    assert f"migrating {db} from corpus schema version 8 to {schema.LATEST}" in result.output
    assert served and version(connect(db, readonly=True)) == schema.LATEST
    again = CliRunner().invoke(app, ["serve", "--db", db])
    assert again.exit_code == 0 and "migrating" not in again.output

"""Corpus commands and exports: run the command, then check through the library or the file."""

from __future__ import annotations

import csv
import json

import pyarrow.parquet as pq
import pytest
from corpus_builders import make_article
from typer.testing import CliRunner

from tidings.cli import app
from tidings.cli.corpus import sample_dir
from tidings.corpus import Corpus
from tidings.corpus.export import export
from tidings.corpus.merge import merge_pending
from tidings.corpus.store import Store

runner = CliRunner()
WORDS = "The people of this town were promised a barrier that would hold."


@pytest.fixture
def quoted_db(tmp_path):
    """A corpus of three outlets quoting one speaker under three name forms."""
    db = tmp_path / "c.db"
    arts = [
        make_article(
            f"story-{n}",
            outlet,
            [
                f'{name} said: "{WORDS}" Officials declined to comment.',
                'Peter Lindqvist said: "Nobody will be left without a roof."',
            ],
            [(name, WORDS), ("Peter Lindqvist", "Nobody will be left without a roof.")],
            published=f"2025-03-1{n}",
            descriptions={name: ["Prime Minister"]},
        )
        for n, (outlet, name) in enumerate(
            [
                ("wire.example", "Helena Varga"),
                ("times.example", "Prime Minister Helena Varga"),
                ("post.example", "Varga"),
            ]
        )
    ]
    with Store(db) as store:
        store.add([(a, None, None) for a in arts])
        merge_pending(store.conn)
    return db


def test_cli_quotes_filters_and_json(quoted_db):
    result = runner.invoke(app, ["quotes", "--speaker", "Varga", "--db", str(quoted_db), "--json"])
    assert result.exit_code == 0, result.output
    [q] = json.loads(result.output)
    assert q["speaker"] == "Helena Varga" and q["n_outlets"] == 3
    result = runner.invoke(
        app, ["quotes", "roof", "--outlet", "post.example", "--db", str(quoted_db), "--jsonl"]
    )
    lines = [json.loads(line) for line in result.output.splitlines()]
    assert [q["speaker"] for q in lines] == ["Peter Lindqvist"]
    result = runner.invoke(app, ["quotes", "--since", "2025-03-10", "--db", str(quoted_db)])
    assert result.exit_code == 0 and "Varga" in result.output  # the rich table
    result = runner.invoke(app, ["quotes", "--kind", "direct", "--db", str(quoted_db), "--jsonl"])
    assert {json.loads(line)["kind"] for line in result.output.splitlines()} == {"direct"}
    result = runner.invoke(app, ["quotes", "--kind", "indirect", "--db", str(quoted_db), "--json"])
    assert result.exit_code == 0 and json.loads(result.output) == []


def test_cli_speakers_search_stats_errors(quoted_db):
    result = runner.invoke(app, ["speakers", "--db", str(quoted_db), "--json"])
    speakers = json.loads(result.output)
    assert [(s["name"], s["n_outlets"]) for s in speakers] == [
        ("Helena Varga", 3),
        ("Peter Lindqvist", 3),
    ]
    assert "Prime Minister" in speakers[0]["descriptions"]
    result = runner.invoke(app, ["speakers", "--db", str(quoted_db)])
    assert result.exit_code == 0 and "Lindqvist" in result.output
    result = runner.invoke(app, ["search", "officials", "--db", str(quoted_db), "--json"])
    assert len(json.loads(result.output)) == 3
    result = runner.invoke(app, ["stats", "--db", str(quoted_db), "--json"])
    stats = json.loads(result.output)
    assert (stats["articles"], stats["quotes"], stats["quote_occurrences"]) == (3, 2, 6)
    result = runner.invoke(app, ["errors", "--db", str(quoted_db), "--json"])
    assert json.loads(result.output) == []


def test_cli_refuses_a_missing_corpus(tmp_path):
    result = runner.invoke(app, ["speakers", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no corpus" in result.output
    assert not (tmp_path / "none.db").exists()


@pytest.mark.parametrize("kind", ["articles", "quotes", "occurrences", "speakers"])
def test_export_every_kind_in_every_format(quoted_db, tmp_path, kind):
    corpus = Corpus(quoted_db)
    expected = {"articles": 3, "quotes": 2, "occurrences": 6, "speakers": 2}[kind]
    out = tmp_path / f"{kind}.jsonl"
    assert export(corpus, kind, "jsonl", out) == expected
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(rows) == expected
    out = tmp_path / f"{kind}.csv"
    assert export(corpus, kind, "csv", out) == expected
    with out.open() as fh:
        assert len(list(csv.DictReader(fh))) == expected
    out = tmp_path / f"{kind}.parquet"
    assert export(corpus, kind, "parquet", out) == expected
    assert pq.read_table(out).num_rows == expected
    if kind == "articles":  # JSONL articles are whole records: they read back as Articles
        from tidings.model import Article

        assert Article.model_validate(rows[0]) == corpus.article(rows[0]["id"])
    if kind == "quotes":
        merged = next(r for r in rows if r["n_occurrences"] == 3)
        assert len(merged["occurrences"]) == 3
        assert sorted(pq.read_table(out).column("outlets")[0].as_py()) == sorted(merged["outlets"])


def test_cli_export_to_a_file_and_refuses_parquet_on_stdout(quoted_db, tmp_path):
    out = tmp_path / "q.csv"
    result = runner.invoke(
        app, ["export", "quotes", "--format", "csv", "-o", str(out), "--db", str(quoted_db)]
    )
    assert result.exit_code == 0 and out.exists()
    result = runner.invoke(app, ["export", "quotes", "--format", "parquet", "--db", str(quoted_db)])
    assert result.exit_code == 2 and "output file" in result.output


def test_cli_ingest_then_query(tmp_path):
    db = tmp_path / "c.db"
    result = runner.invoke(
        app, ["ingest", str(sample_dir() / "eastport"), "--db", str(db), "--no-analyze", "-w", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "articles stored" in result.output
    assert Corpus(db).stats()["articles"] == 7
    result = runner.invoke(app, ["ingest", str(tmp_path / "nothing-here"), "--db", str(db)])
    assert "not-found" in result.output


def test_quotes_table_names_a_nominal_speaker_once_and_prints_markup_as_text() -> None:
    """An unnamed speaker ("the city's engineering department") is not described as itself, and
    a description holding rich markup is printed as written."""
    from rich.console import Console

    from tidings.cli.corpus import quotes_table

    def occurrence(description: str) -> dict:
        return {
            "speaker_as_written": "the city's engineering department",
            "speaker_description": description,
        }

    quotes = [
        {
            "speaker": None,
            "text": "The gate jammed.",
            "occurrences": [occurrence("The City's Engineering Department")],
            "outlets": ["citypost.example"],
        },
        {
            "speaker": "Ann Lee",
            "text": "It held.",
            "occurrences": [occurrence("[bold]chief[/bold]")],
            "outlets": ["citypost.example"],
        },
    ]
    console = Console(width=200, record=True)
    console.print(quotes_table(quotes))
    out = console.export_text()
    assert out.lower().count("engineering department") == 1
    assert "[bold]chief[/bold]" in out

"""`tidings load`: a run's Parquet output loaded into the corpus = what `tidings ingest` stores."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from engine_inputs import make_inputs
from typer.testing import CliRunner

from tidings.cli import app
from tidings.corpus import Corpus
from tidings.corpus.ingest import ingest
from tidings.engine import run
from tidings.engine.load import NotARunOutput, load

#: Corpus columns that must match whichever way the records arrived (no pks, no timestamps).
COMPARED = {
    "captures": "id, source, url, captured_at, content_type, charset, warc_record_id, status",
    "articles": "id, source, status, title, text, minhash, paragraphs, published",
    "errors": "capture_id, source, code, reason",
    "entities": "(SELECT id FROM articles a WHERE a.pk = article_pk), local_id, name, label",
    "speakers": "id, name, type, n_quotes, n_articles, n_outlets",
    "quotes": "id, text, kind, (SELECT id FROM speakers s WHERE s.pk = speaker_pk), n_occurrences",
    "duplicates": "(SELECT id FROM articles a WHERE a.pk = article_pk), "
    "(SELECT id FROM articles a WHERE a.pk = other_pk), similarity",
}


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> Path:
    root = make_inputs(tmp_path_factory.mktemp("inputs"))
    wire = (root / "a.html").read_text().replace("Home | World", "Wire copy")
    (root / "a-wire.html").write_text(wire)  # another capture of the same story: a duplicate
    return root


def dump(db: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(db)
    try:
        return {
            t: sorted(conn.execute(f"SELECT {c} FROM {t}").fetchall()) for t, c in COMPARED.items()
        }
    finally:
        conn.close()


def test_engine_load_gives_the_corpus_ingest_gives(inputs: Path, tmp_path: Path) -> None:
    files = [inputs / n for n in ("a.html", "a-wire.html", "b.html", "e.warc.gz", "f.pdf")]
    run(files, tmp_path / "out", chunk_size=2, workers=1)  # with analysis
    report = load(tmp_path / "out", tmp_path / "loaded.db")
    ingest(files, tmp_path / "ingested.db", workers=1)
    loaded, ingested = dump(tmp_path / "loaded.db"), dump(tmp_path / "ingested.db")
    assert loaded == ingested
    assert len(loaded["articles"]) == 6 and len(loaded["errors"]) == 1
    assert len(loaded["duplicates"]) == 1 and report.stored.duplicates == 1
    assert loaded["entities"]
    with Corpus(tmp_path / "loaded.db") as corpus, Corpus(tmp_path / "ingested.db") as other:
        assert {**corpus.stats(), "path": ""} == {**other.stats(), "path": ""}
        assert corpus.search("Idlib")


def test_engine_load_twice_adds_nothing(inputs: Path, tmp_path: Path) -> None:
    run([inputs], tmp_path / "out", chunk_size=3, workers=1, options=_fast())
    first = load(tmp_path / "out", tmp_path / "c.db")
    again = load(tmp_path / "out", tmp_path / "c.db")
    assert first.stored.articles + first.stored.errors == 12
    assert (again.stored.articles, again.stored.errors, again.stored.skipped) == (0, 0, 12)


def test_engine_load_cli_and_a_folder_that_is_no_run(inputs: Path, tmp_path: Path) -> None:
    run([inputs / "b.html"], tmp_path / "out", workers=1, options=_fast())
    done = CliRunner().invoke(app, ["load", str(tmp_path / "out"), "--db", str(tmp_path / "c.db")])
    assert done.exit_code == 0, done.output
    assert "1 articles" in done.output
    assert len(Corpus(tmp_path / "c.db").articles()) == 1
    with pytest.raises(NotARunOutput):
        load(inputs, tmp_path / "c.db")
    refused = CliRunner().invoke(app, ["load", str(inputs), "--db", str(tmp_path / "c.db")])
    assert refused.exit_code == 2 and "manifest.json" in refused.output


def _fast():
    from tidings.options import Options

    return Options(analyze=False)

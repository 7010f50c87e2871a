"""What was said to whom, in the corpus: ``Corpus.quotes(addressee=...)`` and ``tidings quotes
--to`` keep the quotes a report says were said to that addressee (migration 8 indexes
``quote_occurrences.addressee``)."""

from __future__ import annotations

from corpus_builders import make_article
from typer.testing import CliRunner

from tidings.cli import app
from tidings.corpus import Corpus
from tidings.corpus.merge import merge_pending
from tidings.corpus.store import Store
from tidings.model import Article, Span


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

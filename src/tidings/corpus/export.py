"""Corpus tables out to files: JSON Lines, CSV or Parquet, for articles, quotes, occurrences or
speakers.

Rows stream from SQLite in order of their key, so memory stays flat on any corpus. JSONL keeps
nesting (an article is its full record; a quote carries its occurrences); CSV flattens lists to
"; "-joined text; Parquet keeps lists as list columns (pyarrow), written in row groups of
``PARQUET_ROWS``.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal, TextIO

from tidings.corpus.query import Corpus

Kind = Literal["articles", "quotes", "occurrences", "speakers"]
Format = Literal["jsonl", "csv", "parquet"]
KINDS: tuple[Kind, ...] = ("articles", "quotes", "occurrences", "speakers")
PARQUET_ROWS = 10_000


def rows(corpus: Corpus, kind: Kind, *, nested: bool = False) -> Iterator[dict[str, Any]]:
    """The rows of one export, flat (``nested=False``) or with nested records (JSONL)."""
    conn = corpus.connection()
    if kind == "articles" and nested:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles WHERE status = 'article'")]
        for article_id in ids:
            yield corpus.article(article_id).model_dump(mode="json")  # type: ignore[union-attr]
    elif kind == "articles":
        for r in conn.execute(
            "SELECT a.id, a.url, o.domain AS outlet, a.title, a.published, a.date, a.authors,"
            " a.section, a.language, d.id AS duplicate_of,"
            " (SELECT COUNT(*) FROM quote_occurrences qo WHERE qo.article_pk = a.pk) AS n_quotes,"
            " a.text FROM articles a LEFT JOIN outlets o ON o.pk = a.outlet_pk"
            " LEFT JOIN articles d ON d.pk = a.duplicate_of WHERE a.status = 'article'"
            " ORDER BY a.pk"
        ):
            d = dict(r)
            d["authors"] = json.loads(d["authors"])
            yield d
    elif kind == "quotes":
        ids = [r[0] for r in conn.execute("SELECT id FROM quotes ORDER BY pk")]
        for i in range(0, len(ids), 500):
            for q in _quotes_by_id(corpus, ids[i : i + 500]):
                if not nested:
                    q = {k: v for k, v in q.items() if k != "occurrences"}
                yield q
    elif kind == "occurrences":
        for r in conn.execute(
            "SELECT q.id AS quote_id, s.id AS speaker_id, s.name AS speaker,"
            " qo.speaker AS speaker_as_written, qo.speaker_description, a.id AS article_id,"
            ' o.domain AS outlet, a.url, a.date, qo.kind, qo.start, qo."end", qo.text,'
            " qo.attribution, qo.confidence, qo.said_on FROM quote_occurrences qo"
            " JOIN articles a ON a.pk = qo.article_pk LEFT JOIN outlets o ON o.pk = a.outlet_pk"
            " LEFT JOIN quotes q ON q.pk = qo.quote_pk LEFT JOIN speakers s ON s.pk = q.speaker_pk"
            " ORDER BY qo.pk"
        ):
            yield dict(r)
    elif kind == "speakers":
        ids = [r[0] for r in conn.execute("SELECT id FROM speakers WHERE n_quotes > 0 ORDER BY pk")]
        for sid in ids:
            yield corpus.speaker(sid)  # type: ignore[misc]
    else:
        raise ValueError(f"unknown export {kind!r}; choose one of {', '.join(KINDS)}")


def _quotes_by_id(corpus: Corpus, ids: list[str]) -> list[dict[str, Any]]:
    return [q for qid in ids if (q := corpus.quote(qid)) is not None]


def export(corpus: Corpus, kind: Kind, fmt: Format, out: str | Path | None = None) -> int:
    """Write one export to ``out`` (stdout for jsonl/csv when None); return the rows written.

    :param kind: 'articles', 'quotes', 'occurrences' or 'speakers'.
    :param fmt: 'jsonl', 'csv' or 'parquet' (parquet needs a file).
    """
    if kind not in KINDS:
        raise ValueError(f"unknown export {kind!r}; choose one of {', '.join(KINDS)}")
    if fmt == "parquet":
        if out is None:
            raise ValueError("parquet is a binary format: give an output file (--output)")
        return _write_parquet(rows(corpus, kind), Path(out))
    if fmt not in ("jsonl", "csv"):
        raise ValueError(f"unknown format {fmt!r}; choose jsonl, csv or parquet")
    fh: TextIO = open(out, "w", encoding="utf-8", newline="") if out else sys.stdout  # noqa: SIM115
    try:
        if fmt == "jsonl":
            n = 0
            for row in rows(corpus, kind, nested=True):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                n += 1
            return n
        return _write_csv(rows(corpus, kind), fh)
    finally:
        if out:
            fh.close()


def _flat(value: Any) -> Any:
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _write_csv(items: Iterator[dict[str, Any]], fh: TextIO) -> int:
    writer: csv.DictWriter | None = None
    n = 0
    for row in items:
        if writer is None:
            writer = csv.DictWriter(fh, fieldnames=list(row))
            writer.writeheader()
        writer.writerow({k: _flat(v) for k, v in row.items()})
        n += 1
    return n


def _concrete(schema: Any) -> Any:
    """Columns that were all empty in the first row group get a string type, not 'null'."""
    import pyarrow as pa

    def fix(t: Any) -> Any:
        if pa.types.is_null(t):
            return pa.string()
        if pa.types.is_list(t):
            return pa.list_(fix(t.value_type))
        return t

    return pa.schema([pa.field(f.name, fix(f.type)) for f in schema])


def _write_parquet(items: Iterator[dict[str, Any]], path: Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    writer: pq.ParquetWriter | None = None
    schema: pa.Schema | None = None
    n = 0
    chunk: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal writer, schema
        if not chunk:
            return
        table = pa.Table.from_pylist(chunk, schema=schema)
        if writer is None:
            schema = _concrete(table.schema)
            table = table.cast(schema)
            writer = pq.ParquetWriter(path, schema)
        writer.write_table(table)
        chunk.clear()

    try:
        for row in items:
            chunk.append(row)
            n += 1
            if len(chunk) >= PARQUET_ROWS:
                flush()
        flush()
        if writer is None:  # nothing to export: still write a valid, empty file
            pq.write_table(pa.table({}), path)
    finally:
        if writer is not None:
            writer.close()
    return n

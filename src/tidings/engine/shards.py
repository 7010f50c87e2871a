"""Parquet shards and the manifest: how a batch run's output is laid out and written.

    OUT/
      manifest.json            inputs, options, shards done, counts, timings (rewritten atomically)
      articles/<key>.parquet   one row per capture: flat columns, MinHash, full Article ``json``
      quotes/<key>.parquet     one row per quote, with its article id
      entities/<key>.parquet   one row per entity, with its article id and mention offsets
      errors/<key>.parquet     one row per failed capture, with its reason

A shard is the output of one chunk of one input file; ``key`` names both. Each file is written
to a temporary name and renamed into place, and ``articles/<key>.parquet`` is renamed LAST: its
presence is what marks the shard done, so a crash mid-shard leaves nothing a rerun would trust.
The ``json`` column holds ``Article.model_dump_json()``, so records round-trip exactly
(``Article.model_validate_json``); the flat columns are for queries (DuckDB, pandas, Ray Data).
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from tidings.model import Article, Capture

#: Version of the table layout below; bump when a column changes meaning or disappears.
TABLES_VERSION = "1"

TABLES = ("articles", "quotes", "entities", "errors")
MANIFEST = "manifest.json"

_WHERE = [("input", pa.string()), ("chunk", pa.int32()), ("seq", pa.int32())]

SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema(
        [
            ("id", pa.string()),
            ("source", pa.string()),
            *_WHERE,
            ("status", pa.string()),
            ("reason", pa.string()),
            ("input_type", pa.string()),
            ("url", pa.string()),
            ("canonical_url", pa.string()),
            ("outlet", pa.string()),
            ("captured_at", pa.string()),
            ("title", pa.string()),
            ("section", pa.string()),
            ("authors", pa.list_(pa.string())),
            ("published", pa.string()),
            ("modified", pa.string()),
            ("language", pa.string()),
            ("description", pa.string()),
            ("text", pa.large_string()),
            ("n_paragraphs", pa.int32()),
            ("n_quotes", pa.int32()),
            ("n_speakers", pa.int32()),
            ("n_entities", pa.int32()),
            ("content_type", pa.string()),
            ("charset", pa.string()),
            ("warc_record_id", pa.string()),
            ("minhash", pa.binary()),
            ("json", pa.large_string()),
        ]
    ),
    "quotes": pa.schema(
        [
            ("article_id", pa.string()),
            *_WHERE,
            ("quote_id", pa.string()),
            ("kind", pa.string()),
            ("content_start", pa.int32()),
            ("content_end", pa.int32()),
            ("content", pa.string()),
            ("cue", pa.string()),
            ("speaker_id", pa.string()),
            ("speaker", pa.string()),
            ("speaker_type", pa.string()),
            ("speaker_description", pa.string()),
            ("addressee", pa.string()),
            ("attribution", pa.string()),
            ("confidence", pa.float64()),
            ("paragraph", pa.int32()),
            ("said_on", pa.string()),
            ("said_on_mention", pa.string()),
        ]
    ),
    "entities": pa.schema(
        [
            ("article_id", pa.string()),
            *_WHERE,
            ("entity_id", pa.string()),
            ("name", pa.string()),
            ("label", pa.string()),
            ("n_mentions", pa.int32()),
            ("mentions", pa.list_(pa.struct([("start", pa.int32()), ("end", pa.int32())]))),
        ]
    ),
    "errors": pa.schema(
        [
            ("article_id", pa.string()),
            ("source", pa.string()),
            *_WHERE,
            ("url", pa.string()),
            ("code", pa.string()),
            ("reason", pa.string()),
        ]
    ),
}


def shard_key(input_name: str, chunk: int) -> str:
    """A file-name-safe key for (input file, chunk): readable stem + hash of the full name."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", input_name.rstrip("/").rsplit("/", 1)[-1])[:40]
    digest = hashlib.sha1(input_name.encode("utf-8")).hexdigest()[:10]
    return f"{stem}-{digest}-c{chunk:05d}"


def rows(
    records: Iterable[tuple[int, Article, Capture | None]], input_name: str, chunk: int
) -> dict[str, list[dict[str, Any]]]:
    """The rows of each table for the (seq, article, capture) triples of one chunk.

    The articles table also keeps what the corpus needs from the capture (content type,
    charset, WARC record id) and the article's MinHash signature (``corpus.dedup.signature``,
    a pure function of the text): the workers compute it, so the near-duplicate pass that
    ``tidings load`` runs only compares signatures.
    """
    from tidings.corpus.dedup import signature

    out: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for seq, a, capture in records:
        where = {"input": input_name, "chunk": chunk, "seq": seq}
        out["articles"].append(
            {
                "id": a.id,
                "source": a.source,
                **where,
                "status": a.status,
                "reason": a.reason,
                "input_type": a.input_type,
                "url": a.url,
                "canonical_url": a.canonical_url,
                "outlet": a.outlet,
                "captured_at": a.captured_at.isoformat() if a.captured_at else None,
                "title": a.title,
                "section": a.section,
                "authors": a.authors,
                "published": a.published,
                "modified": a.modified,
                "language": a.language,
                "description": a.description,
                "text": a.text,
                "n_paragraphs": len(a.paragraphs),
                "n_quotes": len(a.quotes),
                "n_speakers": len(a.speakers),
                "n_entities": len(a.entities),
                "content_type": capture.content_type if capture else None,
                "charset": capture.charset if capture else None,
                "warc_record_id": capture.warc_record_id if capture else None,
                "minhash": signature(a.text) if a.status == "article" else None,
                "json": a.model_dump_json(),
            }
        )
        for q in a.quotes:
            out["quotes"].append(
                {
                    "article_id": a.id,
                    **where,
                    "quote_id": q.id,
                    "kind": q.kind,
                    "content_start": q.content.start,
                    "content_end": q.content.end,
                    "content": q.content.text,
                    "cue": q.cue.text if q.cue else None,
                    "speaker_id": q.speaker_id,
                    "speaker": q.speaker,
                    "speaker_type": q.speaker_type,
                    "speaker_description": q.speaker_description,
                    "addressee": q.addressee,
                    "attribution": q.attribution,
                    "confidence": q.confidence,
                    "paragraph": q.paragraph,
                    "said_on": q.said_on,
                    "said_on_mention": q.said_on_mention.text if q.said_on_mention else None,
                }
            )
        for e in a.entities:
            out["entities"].append(
                {
                    "article_id": a.id,
                    **where,
                    "entity_id": e.id,
                    "name": e.name,
                    "label": e.label,
                    "n_mentions": len(e.mentions),
                    "mentions": [{"start": m.start, "end": m.end} for m in e.mentions],
                }
            )
        if a.status == "error":
            code, _, message = (a.reason or "internal: no reason").partition(": ")
            out["errors"].append(
                {
                    "article_id": a.id,
                    "source": a.source,
                    **where,
                    "url": a.url,
                    "code": code,
                    "reason": message or code,
                }
            )
    return out


def open_out(out: str):  # -> (fsspec.AbstractFileSystem, str)
    """The filesystem and root path of an output location (a local folder or an fsspec URL)."""
    import fsspec

    return fsspec.core.url_to_fs(str(out))


def shard_done(fs, root: str, key: str) -> bool:
    """A shard is done when its articles file exists (it is renamed into place last)."""
    return fs.exists(f"{root}/articles/{key}.parquet")


def write_shard(fs, root: str, key: str, table_rows: dict[str, list[dict[str, Any]]]) -> None:
    """Write the four Parquet files of a shard, each via a temporary name, articles last."""
    for table in (*TABLES[1:], "articles"):
        folder = f"{root}/{table}"
        fs.makedirs(folder, exist_ok=True)
        tmp = f"{folder}/.tmp-{key}-{uuid.uuid4().hex}.parquet"
        data = pa.Table.from_pylist(table_rows[table], schema=SCHEMAS[table])
        with fs.open(tmp, "wb") as fh:
            pq.write_table(data, fh, compression="zstd")
        fs.mv(tmp, f"{folder}/{key}.parquet")


def read_table(out: str, table: str) -> pa.Table:
    """One table of a run's output, all shards, in input order (input, chunk, seq)."""
    fs, root = open_out(out)
    files = sorted(fs.glob(f"{root}/{table}/*.parquet"))
    files = [f for f in files if not f.rsplit("/", 1)[-1].startswith(".tmp-")]
    if not files:
        return SCHEMAS[table].empty_table()
    parts = []
    for f in files:
        with fs.open(f, "rb") as fh:
            parts.append(pq.read_table(fh, schema=SCHEMAS[table]))
    data = pa.concat_tables(parts)
    return data.sort_by([("input", "ascending"), ("chunk", "ascending"), ("seq", "ascending")])


def read_articles(out: str) -> list[Article]:
    """Every Article record of a run's output, exactly as processed, in input order."""
    return [Article.model_validate_json(j) for j in read_table(out, "articles")["json"].to_pylist()]


@dataclass
class Manifest:
    """What a run's output holds: written as ``OUT/manifest.json`` after every shard.

    ``shards`` maps a shard key to its summary (input, chunk, last, counts, seconds, worker);
    ``runs`` keeps one entry per invocation (engine, workers, wall time) so a resumed run shows
    its history. ``settings`` (options and chunk size) must match for a rerun to reuse shards.
    """

    settings: dict[str, Any]
    inputs: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    shards: dict[str, dict[str, Any]] = field(default_factory=dict)
    runs: list[dict[str, Any]] = field(default_factory=list)
    complete: bool = False
    incomplete: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        """Totals over all shards done."""
        total: dict[str, int] = {}
        for s in self.shards.values():
            for k, v in s["counts"].items():
                total[k] = total.get(k, 0) + v
        return total

    def check(self) -> None:
        """Set ``complete``/``incomplete``: every input file has chunks 0..last, all done."""
        by_input: dict[str, list[dict[str, Any]]] = {}
        for s in self.shards.values():
            by_input.setdefault(s["input"], []).append(s)
        missing = []
        for name in self.files:
            got = by_input.get(name, [])
            chunks = {s["chunk"] for s in got}
            last = [s["chunk"] for s in got if s["last"]]
            if not last or chunks != set(range(last[0] + 1)):
                missing.append(name)
        self.incomplete = missing
        self.complete = not missing

    def to_json(self) -> dict[str, Any]:
        from tidings import __version__
        from tidings.model import SCHEMA_VERSION

        return {
            "tidings_version": __version__,
            "schema_version": SCHEMA_VERSION,
            "tables_version": TABLES_VERSION,
            "settings": self.settings,
            "inputs": self.inputs,
            "files": self.files,
            "complete": self.complete,
            "incomplete": self.incomplete,
            "counts": self.counts(),
            "tables": {t: f"{t}/*.parquet" for t in TABLES},
            "runs": self.runs,
            "shards": dict(sorted(self.shards.items())),
        }

    def save(self, out: str) -> None:
        """Write the manifest atomically (temp file + rename)."""
        fs, root = open_out(out)
        fs.makedirs(root, exist_ok=True)
        tmp = f"{root}/.tmp-{MANIFEST}-{uuid.uuid4().hex}"
        with fs.open(tmp, "w") as fh:
            json.dump(self.to_json(), fh, indent=1, sort_keys=False)
        fs.mv(tmp, f"{root}/{MANIFEST}")

    @classmethod
    def load(cls, out: str) -> Manifest | None:
        """The manifest in ``out``, or None if there is none yet."""
        fs, root = open_out(out)
        path = f"{root}/{MANIFEST}"
        if not fs.exists(path):
            return None
        with fs.open(path, "r") as fh:
            data = json.load(fh)
        return cls(
            settings=data["settings"],
            inputs=data.get("inputs", []),
            files=data.get("files", []),
            shards=data.get("shards", {}),
            runs=data.get("runs", []),
            complete=data.get("complete", False),
            incomplete=data.get("incomplete", []),
        )

"""The second pass: Parquet shards of a run -> the SQLite corpus, then the cross-article steps.

    for each articles shard (in input order):
        rebuild (Article, capture origin, MinHash) from its rows     - exact: the ``json`` column
        Store.add: one transaction per shard; near-duplicates are linked on insert by LSH over
                   the signatures the workers computed (corpus/dedup.py)
    merge_pending: speakers and quotes merged across articles (corpus/merge.py), also every
                   ``MERGE_EVERY`` articles so a long load is searchable as it goes

The cross-article steps are the corpus's own (the same code ``tidings ingest`` runs), so a crawl
processed on a cluster and loaded here gives the same corpus as ingesting it on this machine. The
Store is the one writer; loading is idempotent (a capture already in the corpus is skipped), so a
load that was killed is finished by running it again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow.parquet as pq

from tidings.corpus.ingest import MERGE_EVERY
from tidings.corpus.merge import merge_pending
from tidings.corpus.store import Store, Stored
from tidings.engine.shards import Manifest, open_out
from tidings.model import Article, Capture

_COLUMNS = ["source", "url", "content_type", "charset", "warc_record_id", "minhash", "json"]


class NotARunOutput(ValueError):
    """The folder has no manifest.json: it is not the output of ``tidings run``."""


@dataclass
class LoadReport:
    """What a load did."""

    db: str
    shards: int = 0
    stored: Stored = field(default_factory=Stored)
    merged_speakers: int = 0
    merged_quotes: int = 0
    elapsed: float = 0.0
    incomplete: list[str] = field(default_factory=list)


def load(
    out: str | Path, db: str | Path, *, on_shard: Callable[[LoadReport], None] | None = None
) -> LoadReport:
    """Load every shard of the run output ``out`` into the corpus ``db``; return what was added.

    :param out: a ``tidings run`` output folder or URL, e.g. ``"run-2024-05"``
    :param db: the corpus file, e.g. ``"tidings.db"`` (created if missing)
    """
    out = str(out)
    manifest = Manifest.load(out)
    if manifest is None:
        raise NotARunOutput(f"{out} has no manifest.json: is it the --out of `tidings run`?")
    fs, root = open_out(out)
    report = LoadReport(db=str(db), incomplete=list(manifest.incomplete))
    started = time.perf_counter()
    since_merge = 0
    order = {name: n for n, name in enumerate(manifest.files)}
    keys = sorted(
        manifest.shards,
        key=lambda k: (
            order.get(manifest.shards[k]["input"], len(order)),
            manifest.shards[k]["chunk"],
        ),
    )
    with Store(db) as store:
        for key in keys:  # in input order, as `tidings ingest` would have stored them
            with fs.open(f"{root}/articles/{key}.parquet", "rb") as fh:
                table = pq.read_table(fh, columns=_COLUMNS)
            stored = store.add([_record(row) for row in table.to_pylist()])
            report.stored.add(stored)
            report.shards += 1
            since_merge += stored.articles
            if since_merge >= MERGE_EVERY:
                _merge(store, report)
                since_merge = 0
            report.elapsed = time.perf_counter() - started
            if on_shard:
                on_shard(report)
        _merge(store, report)
    report.elapsed = time.perf_counter() - started
    return report


def _record(row: dict) -> tuple[Article, Capture, bytes | None]:
    article = Article.model_validate_json(row["json"])
    origin = Capture(  # what the corpus keeps of a capture: its id and origin, not its bytes
        id=article.id,
        source=row["source"],
        content=b"",
        url=row["url"],
        captured_at=article.captured_at,
        content_type=row["content_type"],
        charset=row["charset"],
        warc_record_id=row["warc_record_id"],
    )
    return article, origin, row["minhash"]


def _merge(store: Store, report: LoadReport) -> None:
    stats = merge_pending(store.conn)
    report.merged_speakers += stats.speakers
    report.merged_quotes += stats.quotes

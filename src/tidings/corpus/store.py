"""The one writer of a corpus: articles (with speakers, quotes, entities) and errors go in here.

Every write goes through :class:`Store`, in the process that owns the database (the ingest main
process; workers only compute records), in batched transactions: a batch is all or nothing, and
the ``captures`` row of each record is written in the same transaction as the record itself. So a
process killed at any moment leaves whole captures or none, and a rerun skips exactly the
captures already stored (:meth:`Store.known`) - no record lost, none doubled.

After storing, :func:`tidings.corpus.merge.merge_pending` places new article speakers and quotes
in corpus-level speakers and quotes (see merge.py); new rows wait with ``merged = 0`` /
``quote_pk IS NULL`` until then, which also survives a kill.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from pydantic import BaseModel

from tidings.corpus import dedup
from tidings.corpus.names import group_key, text_key
from tidings.corpus.schema import connect, migrate
from tidings.extract.common import outlet_of
from tidings.model import Article, Capture


@dataclass
class Stored:
    """What one batch added (records already in the corpus are not counted)."""

    articles: int = 0
    no_article: int = 0
    errors: int = 0
    quotes: int = 0
    duplicates: int = 0
    skipped: int = 0
    error_reasons: list[tuple[str, str]] = field(default_factory=list)

    def add(self, other: Stored) -> None:
        self.articles += other.articles
        self.no_article += other.no_article
        self.errors += other.errors
        self.quotes += other.quotes
        self.duplicates += other.duplicates
        self.skipped += other.skipped
        self.error_reasons += other.error_reasons


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


#: When no group original is close enough, at most this many other LSH candidates are compared.
MAX_NON_ROOT_COMPARISONS = 20

#: The record fields that have columns of their own; any other field goes to ``extra`` (JSON).
ARTICLE_COLUMNS = frozenset(
    [
        "schema_version",
        "id",
        "source",
        "status",
        "reason",
        "input_type",
        "url",
        "canonical_url",
        "outlet",
        "captured_at",
        "title",
        "section",
        "authors",
        "other_credits",
        "published",
        "modified",
        "language",
        "description",
        "lead_image",
        "images",
        "paragraphs",
        "related",
        "dropped",
        "text",
        "quotes",
        "speakers",
        "entities",
    ]
)
SPEAKER_COLUMNS = frozenset(
    ["id", "name", "type", "descriptions", "gender", "entity_id", "mentions"]
)
QUOTE_COLUMNS = frozenset(
    [
        "id",
        "kind",
        "content",
        "cue",
        "speaker_id",
        "speaker",
        "speaker_type",
        "speaker_mention",
        "speaker_description",
        "addressee",
        "addressee_mention",
        "attribution",
        "confidence",
        "paragraph",
        "said_on",
        "said_on_mention",
    ]
)
ENTITY_COLUMNS = frozenset(["id", "name", "label", "mentions"])


def extra_json(record: BaseModel, columns: frozenset[str]) -> str | None:
    """The record's fields that have no column, as JSON (None when there are none set)."""
    names = set(type(record).model_fields) - columns
    if not names:
        return None
    extra = {k: v for k, v in record.model_dump(mode="json", include=names).items() if v}
    return json.dumps(extra, ensure_ascii=False) if extra else None


def compact_paragraphs(a: Article) -> list:
    """Paragraphs as [role, start, end] when their text is the slice of ``a.text`` they cover
    (always, for text built by ``model.layout``): the text is stored once, not twice."""
    if all(a.text[p.start : p.end] == p.text for p in a.paragraphs):
        return [[p.role, p.start, p.end] for p in a.paragraphs]
    return [p.model_dump(mode="json") for p in a.paragraphs]


def _span_json(span: object | None) -> str | None:
    return span.model_dump_json() if span is not None else None  # type: ignore[attr-defined]


class Store:
    """The write side of a corpus file. Not thread-safe: one Store, one writer.

    >>> store = Store("tidings.db")
    >>> store.add([(article, capture, None)])
    """

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self.conn: sqlite3.Connection = connect(self.path)
        migrate(self.conn)
        self._outlets: dict[str, int] = {}

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def known(self, ids: Iterable[str]) -> set[str]:
        """Which of these capture ids are already stored (the idempotence check)."""
        ids = list(ids)
        found: set[str] = set()
        for i in range(0, len(ids), 500):
            chunk = ids[i : i + 500]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(f"SELECT id FROM captures WHERE id IN ({marks})", chunk)
            found.update(r[0] for r in rows)
        return found

    def add(self, records: Sequence[tuple[Article, Capture | None, bytes | None]]) -> Stored:
        """Store a batch of (article, its capture or None, MinHash signature or None) at once.

        Records whose capture id is already in the corpus are skipped (counted as ``skipped``).
        """
        stats = Stored()
        conn = self.conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            for article, capture, minhash in records:
                self._add_one(article, capture, minhash, stats)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        return stats

    # -- one record -----------------------------------------------------------------------------

    def _add_one(
        self, a: Article, capture: Capture | None, minhash: bytes | None, stats: Stored
    ) -> None:
        now = _now()
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO captures(id, source, url, captured_at, content_type, charset,"
            " warc_record_id, status, ingested_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (
                a.id,
                capture.source if capture else a.source,
                (capture.url if capture else None) or a.url,
                _iso(capture.captured_at if capture else a.captured_at),
                capture.content_type if capture else None,
                capture.charset if capture else None,
                capture.warc_record_id if capture else None,
                a.status,
                now,
            ),
        )
        if cur.rowcount == 0:
            stats.skipped += 1
            return
        if a.status == "error":
            code, _, message = (a.reason or "error: unknown").partition(": ")
            self.conn.execute(
                "INSERT INTO errors(capture_id, source, url, outlet, code, reason, captured_at,"
                " ingested_at) VALUES (?,?,?,?,?,?,?,?)",
                (a.id, a.source, a.url, a.outlet, code, message or code, _iso(a.captured_at), now),
            )
            stats.errors += 1
            stats.error_reasons.append((a.source, a.reason or ""))
            return
        article_pk = self._insert_article(a, minhash, now)
        if a.status == "no_article":
            stats.no_article += 1
            return
        stats.articles += 1
        speaker_pks = self._insert_speakers(article_pk, a)
        stats.quotes += self._insert_quotes(article_pk, a, speaker_pks)
        self._insert_entities(article_pk, a)
        if minhash is not None and self._link_duplicates(article_pk, minhash):
            stats.duplicates += 1

    def _outlet_pk(self, domain: str | None) -> int | None:
        if not domain:
            return None
        if domain not in self._outlets:
            self.conn.execute("INSERT OR IGNORE INTO outlets(domain) VALUES (?)", (domain,))
            row = self.conn.execute("SELECT pk FROM outlets WHERE domain = ?", (domain,)).fetchone()
            self._outlets[domain] = row[0]
        return self._outlets[domain]

    def _insert_article(self, a: Article, minhash: bytes | None, now: str) -> int:
        d = a.model_dump(
            mode="json",
            include={"lead_image", "images", "paragraphs", "related", "dropped"},
        )
        cur = self.conn.execute(
            "INSERT INTO articles(id, schema_version, source, status, reason, input_type, url,"
            " canonical_url, outlet_pk, captured_at, title, section, authors, other_credits,"
            " published, modified, date, language, description, lead_image, images, paragraphs,"
            " related, dropped, text, minhash, ingested_at, extra)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                a.id,
                a.schema_version,
                a.source,
                a.status,
                a.reason,
                a.input_type,
                a.url,
                a.canonical_url,
                self._outlet_pk(a.outlet or outlet_of(a.canonical_url)),
                _iso(a.captured_at),
                a.title,
                a.section,
                json.dumps(a.authors),
                json.dumps(a.other_credits),
                a.published,
                a.modified,
                a.published or _iso(a.captured_at),
                a.language,
                a.description,
                json.dumps(d["lead_image"]) if d["lead_image"] is not None else None,
                json.dumps(d["images"]),
                json.dumps(compact_paragraphs(a)),
                json.dumps(d["related"]),
                json.dumps(d["dropped"]),
                a.text,
                minhash,
                now,
                extra_json(a, ARTICLE_COLUMNS),
            ),
        )
        return int(cur.lastrowid)  # type: ignore[arg-type]

    def _insert_speakers(self, article_pk: int, a: Article) -> dict[str, int]:
        pks: dict[str, int] = {}
        for s in a.speakers:
            cur = self.conn.execute(
                "INSERT INTO article_speakers(article_pk, local_id, name, type, descriptions,"
                " gender, entity_id, group_key, extra) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    article_pk,
                    s.id,
                    s.name,
                    s.type,
                    json.dumps(s.descriptions),
                    s.gender,
                    s.entity_id,
                    group_key(s.name, s.type),
                    extra_json(s, SPEAKER_COLUMNS),
                ),
            )
            pk = int(cur.lastrowid)  # type: ignore[arg-type]
            pks[s.id] = pk
            self.conn.executemany(
                'INSERT INTO speaker_mentions(article_speaker_pk, start, "end", text)'
                " VALUES (?,?,?,?)",
                [(pk, m.start, m.end, m.text) for m in s.mentions],
            )
        return pks

    def _insert_quotes(self, article_pk: int, a: Article, speaker_pks: dict[str, int]) -> int:
        rows = [
            (
                article_pk,
                q.id,
                text_key(q.content.text),
                q.kind,
                q.content.start,
                q.content.end,
                q.content.text,
                _span_json(q.cue),
                q.speaker_id,
                speaker_pks.get(q.speaker_id) if q.speaker_id else None,
                q.speaker,
                q.speaker_type,
                _span_json(q.speaker_mention),
                q.speaker_description,
                q.addressee,
                _span_json(q.addressee_mention),
                q.attribution,
                q.confidence,
                q.paragraph,
                seq,
                extra_json(q, QUOTE_COLUMNS),
                q.said_on,
                _span_json(q.said_on_mention),
            )
            for seq, q in enumerate(a.quotes)
        ]
        self.conn.executemany(
            'INSERT INTO quote_occurrences(article_pk, local_id, key, kind, start, "end", text,'
            " cue, speaker_local_id, article_speaker_pk, speaker, speaker_type, speaker_mention,"
            " speaker_description, addressee, addressee_mention, attribution, confidence,"
            " paragraph, seq, extra, said_on, said_on_mention)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        return len(rows)

    def _insert_entities(self, article_pk: int, a: Article) -> None:
        for seq, e in enumerate(a.entities):
            cur = self.conn.execute(
                "INSERT INTO entities(article_pk, local_id, name, label, seq, extra)"
                " VALUES (?,?,?,?,?,?)",
                (article_pk, e.id, e.name, e.label, seq, extra_json(e, ENTITY_COLUMNS)),
            )
            pk = cur.lastrowid
            self.conn.executemany(
                'INSERT INTO entity_mentions(entity_pk, start, "end", text) VALUES (?,?,?,?)',
                [(pk, m.start, m.end, m.text) for m in e.mentions],
            )

    def _link_duplicates(self, article_pk: int, minhash: bytes) -> bool:
        """Link the article to the earlier near-duplicates it has; True if it has any."""
        band_hashes = dedup.bands(minhash)
        candidates: set[int] = set()
        for band, h in enumerate(band_hashes):
            rows = self.conn.execute(
                "SELECT article_pk FROM lsh_bands WHERE band = ? AND hash = ?", (band, h)
            )
            candidates.update(r[0] for r in rows)
        self.conn.executemany(
            "INSERT OR IGNORE INTO lsh_bands(band, hash, article_pk) VALUES (?,?,?)",
            [(band, h, article_pk) for band, h in enumerate(band_hashes)],
        )
        # compare with each group's original first (one comparison per group, however many
        # copies it has), then with a few other candidates when no original is close enough
        root_of = {
            r[0]: r[1]
            for r in self.conn.execute(
                "SELECT pk, COALESCE(duplicate_of, pk) FROM articles WHERE pk IN"
                f" ({','.join('?' * len(candidates))})",
                sorted(candidates),
            )
        }
        roots = sorted(set(root_of.values()))
        others = sorted(c for c in candidates if c not in roots)[:MAX_NON_ROOT_COMPARISONS]
        linked: dict[int, float] = {}  # group original -> similarity
        for other in [*roots, *others]:
            root = root_of.get(other, other)
            if root in linked:
                continue
            row = self.conn.execute(
                "SELECT minhash FROM articles WHERE pk = ?", (other,)
            ).fetchone()
            if row is None or row[0] is None:
                continue
            sim = dedup.similarity(minhash, row[0])
            if sim >= dedup.THRESHOLD:
                self.conn.execute(
                    "INSERT OR IGNORE INTO duplicates(article_pk, other_pk, similarity)"
                    " VALUES (?,?,?)",
                    (article_pk, other, sim),
                )
                linked[root] = sim
        if linked:
            self._join_groups(article_pk, set(linked))
        return bool(linked)

    def _join_groups(self, article_pk: int, roots: set[int]) -> None:
        """Put the article in its group(s), every copy pointing at the original: the earliest
        dated, then the first stored. Usually one UPDATE; a whole group is re-pointed only when
        the new article is older than its original or joins two groups."""
        marks = ",".join("?" * len(roots))
        rows = self.conn.execute(
            f"SELECT pk, date FROM articles WHERE pk IN ({marks}) OR pk = ?",
            [*sorted(roots), article_pk],
        ).fetchall()
        original = min(rows, key=lambda r: (r[1] or "~", r[0]))[0]
        if len(roots) == 1 and original in roots:
            self.conn.execute(
                "UPDATE articles SET duplicate_of = ? WHERE pk = ?", (original, article_pk)
            )
            return
        self.conn.execute(
            "UPDATE articles SET duplicate_of = CASE pk WHEN ? THEN NULL ELSE ? END"
            f" WHERE pk IN ({marks}) OR duplicate_of IN ({marks}) OR pk = ?",
            [original, original, *sorted(roots), *sorted(roots), article_pk],
        )

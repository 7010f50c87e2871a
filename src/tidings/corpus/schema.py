"""The corpus schema: one SQLite file, versioned, migrated one transaction per step.

Tables (``pk`` is an integer row key used for joins and FTS; ``id`` is the stable text id that
users, URLs and exports see):

    outlets              one row per site (domain)
    captures             every capture ever offered to ingest, by content hash: the idempotence key
    articles             one per capture with an article or a no_article verdict (record fields)
    duplicates           near-duplicate links between articles (wire copies), with similarity
    lsh_bands            MinHash LSH band hashes of each article, to find duplicates on ingest
    speakers             corpus-level people/organisations, merged across articles
    speaker_aliases      every name form of a corpus speaker ("Putin", "Vladimir Putin"), with
                         speaker_aliases_fts over them
    article_speakers     the Speaker records of each article, pointing at their corpus speaker
    speaker_mentions     the spans naming an article speaker
    quotes               corpus-level quotes: one per thing said, merged across outlets
    quote_occurrences    the Quote records of each article (offsets, cue, description...),
                         pointing at their corpus quote: provenance is never lost
    entities             the Entity records of each article
    entity_mentions      the spans of each entity
    errors               every failed capture, with its reason
    articles_fts         FTS5 over article titles and text (kept in sync by triggers)
    quotes_fts           FTS5 over quote text (kept in sync by triggers); *_fts_vocab: term counts
    schema_version       one row per applied migration

Records round-trip whatever their version: fields without a column of their own (optional fields
added to model.py after this schema) are kept as JSON in the ``extra`` column of their table
(migration 2) and read back into the record.

A migration is a SQL script appended to :data:`MIGRATIONS`; never edit an applied one. Each step
runs in its own transaction together with its ``schema_version`` row, so a crash leaves the
database at the previous version, never half-way.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

#: Ordered migrations: (version, description, SQL). Append only.
MIGRATIONS: list[tuple[int, str, str]] = [
    (
        1,
        "initial corpus schema",
        """
CREATE TABLE outlets (
    pk INTEGER PRIMARY KEY,
    domain TEXT NOT NULL UNIQUE,
    name TEXT
);

CREATE TABLE captures (
    id TEXT PRIMARY KEY,              -- Capture.id: SHA-256 of the content
    source TEXT NOT NULL,
    url TEXT,
    captured_at TEXT,
    content_type TEXT,
    charset TEXT,
    warc_record_id TEXT,
    status TEXT NOT NULL,             -- article | no_article | error
    ingested_at TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE articles (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE REFERENCES captures(id),
    schema_version TEXT NOT NULL,
    source TEXT NOT NULL,
    status TEXT NOT NULL,             -- article | no_article
    reason TEXT,
    input_type TEXT,
    url TEXT,
    canonical_url TEXT,
    outlet_pk INTEGER REFERENCES outlets(pk),
    captured_at TEXT,
    title TEXT,
    section TEXT,
    authors TEXT NOT NULL DEFAULT '[]',          -- JSON list
    other_credits TEXT NOT NULL DEFAULT '{}',    -- JSON object
    published TEXT,
    modified TEXT,
    date TEXT,                        -- published, else captured_at: what date filters use
    language TEXT,
    description TEXT,
    lead_image TEXT,                  -- JSON Image or NULL
    images TEXT NOT NULL DEFAULT '[]',
    paragraphs TEXT NOT NULL DEFAULT '[]',
    related TEXT NOT NULL DEFAULT '[]',
    dropped TEXT NOT NULL DEFAULT '[]',
    text TEXT NOT NULL DEFAULT '',
    duplicate_of INTEGER REFERENCES articles(pk),  -- the first-seen copy, when a near-duplicate
    minhash BLOB,                     -- MinHash signature of the text (dedup.py), or NULL
    ingested_at TEXT NOT NULL
);
CREATE INDEX articles_outlet ON articles(outlet_pk, date);
CREATE INDEX articles_date ON articles(date);

CREATE TABLE duplicates (
    article_pk INTEGER NOT NULL REFERENCES articles(pk),
    other_pk INTEGER NOT NULL REFERENCES articles(pk),
    similarity REAL NOT NULL,         -- estimated Jaccard of word shingles
    PRIMARY KEY (article_pk, other_pk)
) WITHOUT ROWID;
CREATE INDEX duplicates_other ON duplicates(other_pk);

CREATE TABLE lsh_bands (
    band INTEGER NOT NULL,
    hash INTEGER NOT NULL,
    article_pk INTEGER NOT NULL REFERENCES articles(pk),
    PRIMARY KEY (band, hash, article_pk)
) WITHOUT ROWID;

CREATE TABLE speakers (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    gender TEXT,
    group_key TEXT,                   -- the merge group it came from ('person:putin')
    n_quotes INTEGER NOT NULL DEFAULT 0,
    n_articles INTEGER NOT NULL DEFAULT 0,
    n_outlets INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX speakers_quotes ON speakers(n_quotes DESC);
CREATE INDEX speakers_group ON speakers(group_key);

CREATE TABLE speaker_aliases (
    speaker_pk INTEGER NOT NULL REFERENCES speakers(pk),
    alias TEXT NOT NULL,              -- lower-cased name form
    PRIMARY KEY (alias, speaker_pk)
) WITHOUT ROWID;

CREATE TABLE article_speakers (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk),
    local_id TEXT NOT NULL,           -- Speaker.id within the article
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    descriptions TEXT NOT NULL DEFAULT '[]',
    gender TEXT,
    entity_id TEXT,
    group_key TEXT,                   -- merge group ('person:putin'); NULL = never merged
    speaker_pk INTEGER REFERENCES speakers(pk),
    merged INTEGER NOT NULL DEFAULT 0, -- 0 until merge.py has placed it in a corpus speaker
    UNIQUE (article_pk, local_id)
);
CREATE INDEX article_speakers_speaker ON article_speakers(speaker_pk);
CREATE INDEX article_speakers_group ON article_speakers(group_key);
CREATE INDEX article_speakers_dirty ON article_speakers(group_key) WHERE merged = 0;

CREATE TABLE speaker_mentions (
    article_speaker_pk INTEGER NOT NULL REFERENCES article_speakers(pk),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX speaker_mentions_owner ON speaker_mentions(article_speaker_pk);

CREATE TABLE quotes (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    text TEXT NOT NULL,               -- the fullest wording reported
    kind TEXT NOT NULL,
    speaker_pk INTEGER REFERENCES speakers(pk),
    first_date TEXT,
    n_occurrences INTEGER NOT NULL DEFAULT 0,
    n_outlets INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quotes_speaker ON quotes(speaker_pk, first_date);
CREATE INDEX quotes_date ON quotes(first_date);

CREATE TABLE quote_occurrences (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk),
    local_id TEXT NOT NULL,           -- Quote.id within the article
    quote_pk INTEGER REFERENCES quotes(pk),   -- NULL until merge.py has placed it
    key TEXT NOT NULL,                -- hash of the normalised words, the exact-merge key
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL,
    cue TEXT,                         -- JSON Span or NULL
    speaker_local_id TEXT,            -- Quote.speaker_id within the article
    article_speaker_pk INTEGER REFERENCES article_speakers(pk),
    speaker TEXT,
    speaker_type TEXT NOT NULL,
    speaker_mention TEXT,             -- JSON Span or NULL
    speaker_description TEXT,
    addressee TEXT,
    addressee_mention TEXT,           -- JSON Span or NULL
    attribution TEXT NOT NULL,
    confidence REAL NOT NULL,
    paragraph INTEGER,
    seq INTEGER NOT NULL,             -- position in Article.quotes
    UNIQUE (article_pk, seq)
);
CREATE INDEX quote_occurrences_quote ON quote_occurrences(quote_pk);
CREATE INDEX quote_occurrences_speaker ON quote_occurrences(article_speaker_pk);
CREATE INDEX quote_occurrences_key ON quote_occurrences(key);
CREATE INDEX quote_occurrences_dirty ON quote_occurrences(article_pk) WHERE quote_pk IS NULL;

CREATE TABLE entities (
    pk INTEGER PRIMARY KEY,
    article_pk INTEGER NOT NULL REFERENCES articles(pk),
    local_id TEXT NOT NULL,
    name TEXT NOT NULL,
    label TEXT NOT NULL,
    seq INTEGER NOT NULL,
    UNIQUE (article_pk, seq)
);
CREATE INDEX entities_name ON entities(name, label);

CREATE TABLE entity_mentions (
    entity_pk INTEGER NOT NULL REFERENCES entities(pk),
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX entity_mentions_owner ON entity_mentions(entity_pk);

CREATE TABLE errors (
    pk INTEGER PRIMARY KEY,
    capture_id TEXT NOT NULL UNIQUE REFERENCES captures(id),
    source TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    code TEXT NOT NULL,
    reason TEXT NOT NULL,
    captured_at TEXT,
    ingested_at TEXT NOT NULL
);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, text, content='articles', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.pk, old.title, old.text);
END;
CREATE TRIGGER articles_fts_au AFTER UPDATE OF title, text ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, text)
    VALUES ('delete', old.pk, old.title, old.text);
    INSERT INTO articles_fts(rowid, title, text) VALUES (new.pk, new.title, new.text);
END;

CREATE VIRTUAL TABLE quotes_fts USING fts5(
    text, content='quotes', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN
    INSERT INTO quotes_fts(rowid, text) VALUES (new.pk, new.text);
END;
CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.pk, old.text);
END;
CREATE TRIGGER quotes_fts_au AFTER UPDATE OF text ON quotes BEGIN
    INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.pk, old.text);
    INSERT INTO quotes_fts(rowid, text) VALUES (new.pk, new.text);
END;
""",
    ),
    (
        2,
        "extra: record fields without a column of their own (added to model.py later)",
        """
ALTER TABLE articles ADD COLUMN extra TEXT;
ALTER TABLE article_speakers ADD COLUMN extra TEXT;
ALTER TABLE quote_occurrences ADD COLUMN extra TEXT;
ALTER TABLE entities ADD COLUMN extra TEXT;
""",
    ),
    (
        3,
        "indexes for search at scale: name forms (FTS), term counts, near-duplicate groups",
        """
CREATE TABLE speaker_aliases_v3 (
    pk INTEGER PRIMARY KEY,
    speaker_pk INTEGER NOT NULL REFERENCES speakers(pk),
    alias TEXT NOT NULL,
    UNIQUE (alias, speaker_pk)
);
INSERT INTO speaker_aliases_v3(speaker_pk, alias) SELECT speaker_pk, alias FROM speaker_aliases;
DROP TABLE speaker_aliases;
ALTER TABLE speaker_aliases_v3 RENAME TO speaker_aliases;
CREATE INDEX speaker_aliases_speaker ON speaker_aliases(speaker_pk);
CREATE VIRTUAL TABLE speaker_aliases_fts USING fts5(
    alias, content='speaker_aliases', content_rowid='pk', tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO speaker_aliases_fts(speaker_aliases_fts) VALUES ('rebuild');
CREATE TRIGGER speaker_aliases_fts_ai AFTER INSERT ON speaker_aliases BEGIN
    INSERT INTO speaker_aliases_fts(rowid, alias) VALUES (new.pk, new.alias);
END;
CREATE TRIGGER speaker_aliases_fts_ad AFTER DELETE ON speaker_aliases BEGIN
    INSERT INTO speaker_aliases_fts(speaker_aliases_fts, rowid, alias)
    VALUES ('delete', old.pk, old.alias);
END;
CREATE VIRTUAL TABLE quotes_fts_vocab USING fts5vocab(quotes_fts, 'row');
CREATE VIRTUAL TABLE articles_fts_vocab USING fts5vocab(articles_fts, 'row');
CREATE INDEX articles_duplicate_of ON articles(duplicate_of) WHERE duplicate_of IS NOT NULL;
""",
    ),
    (
        4,
        "speakers.profile: outlets, name forms and descriptions, kept by the merge",
        """
ALTER TABLE speakers ADD COLUMN profile TEXT;
""",
    ),
    (
        5,
        "covering index: an outlet's (or article's) quotes read from the index alone",
        """
CREATE INDEX quote_occurrences_article_quote ON quote_occurrences(article_pk, quote_pk);
""",
    ),
    (
        6,
        "covering indexes for search filters (corpus/plans.py): a quote's articles, a speaker's"
        " articles, an article's outlet, date and status without reading its (large) row",
        """
CREATE INDEX articles_facets ON articles(pk, outlet_pk, date, status);
CREATE INDEX articles_date_status ON articles(date, status);
DROP INDEX articles_date;
CREATE INDEX quote_occurrences_quote_article ON quote_occurrences(quote_pk, article_pk);
DROP INDEX quote_occurrences_quote;
CREATE INDEX article_speakers_speaker_article ON article_speakers(speaker_pk, article_pk);
DROP INDEX article_speakers_speaker;
""",
    ),
    (
        7,
        "quote_occurrences.said_on, said_on_mention: when the quote was said (Quote.said_on)",
        """
ALTER TABLE quote_occurrences ADD COLUMN said_on TEXT;          -- ISO 8601, partial allowed
ALTER TABLE quote_occurrences ADD COLUMN said_on_mention TEXT;  -- JSON Span or NULL
UPDATE quote_occurrences
SET said_on = json_extract(extra, '$.said_on'),
    said_on_mention = json_extract(extra, '$.said_on_mention')
WHERE extra IS NOT NULL AND json_extract(extra, '$.said_on_mention') IS NOT NULL;
UPDATE quote_occurrences
SET extra = nullif(json_remove(extra, '$.said_on', '$.said_on_mention'), '{}')
WHERE extra IS NOT NULL AND said_on_mention IS NOT NULL;
""",
    ),
    (
        8,
        "index: the reports said to an addressee (Corpus.quotes(addressee=...), `tidings quotes"
        " --to`), matched without regard to case",
        """
CREATE INDEX quote_occurrences_addressee
ON quote_occurrences(addressee COLLATE NOCASE, quote_pk) WHERE addressee IS NOT NULL;
""",
    ),
    (
        9,
        "covering indexes for the addressee filter of the web search (corpus/plans.py): a report's"
        " article next to its addressee and quote, so the addressee's quotes in an outlet or"
        " date range, and 'was this quote said to them?', are read from the index alone; a"
        " quote's date, kind and speaker without reading its row (which holds its text)",
        """
DROP INDEX quote_occurrences_addressee;
CREATE INDEX quote_occurrences_addressee
ON quote_occurrences(addressee COLLATE NOCASE, quote_pk, article_pk) WHERE addressee IS NOT NULL;
CREATE INDEX quotes_facets ON quotes(pk, first_date, kind, speaker_pk);
""",
    ),
]

#: The version a fresh database reaches.
LATEST = MIGRATIONS[-1][0]


def connect(path: str, *, readonly: bool = False) -> sqlite3.Connection:
    """Open the corpus database with the settings every connection needs.

    WAL lets readers (search, the web UI) run while the one writer ingests; ``synchronous=NORMAL``
    is safe in WAL mode (a power cut may lose the last commits, never corrupt the file), and a
    killed process loses nothing that was committed.
    """
    if readonly:
        uri = f"file:{quote(str(Path(path).resolve()))}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA query_only=ON")
    else:
        conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    conn.execute("PRAGMA cache_size=-65536")  # 64 MiB page cache
    conn.execute("PRAGMA temp_store=MEMORY")
    return conn


def version(conn: sqlite3.Connection) -> int:
    """The schema version of this database (0 for an empty file)."""
    row = conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name='schema_version'"
    ).fetchone()
    if row is None:
        return 0
    return conn.execute("SELECT COALESCE(MAX(version), 0) FROM schema_version").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Apply the pending migrations, each in its own transaction; return the versions applied.

    Raises RuntimeError for a database written by a newer tidings (never downgrade silently).
    """
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_version ("
        "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    current = version(conn)
    if current > LATEST:
        raise RuntimeError(
            f"this corpus has schema version {current}, newer than this tidings supports "
            f"({LATEST}); upgrade tidings to read it"
        )
    applied = []
    for number, description, sql in MIGRATIONS:
        if number <= current:
            continue
        now = datetime.now(UTC).isoformat(timespec="seconds")
        try:
            conn.execute("BEGIN IMMEDIATE")
            if version(conn) >= number:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_version(version, description, applied_at) VALUES (?, ?, ?)",
                (number, description, now),
            )
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        applied.append(number)
    return applied


def migrate_file(path: str | Path) -> tuple[int, list[int]]:
    """Bring the corpus file at ``path`` to :data:`LATEST`: (the version it had, the versions
    applied). For a reader that opens files read-only (``tidings serve``) and so must migrate
    first, with one write connection, closed again.

    Raises RuntimeError for a file written by a newer tidings, ``sqlite3`` errors for a file it
    cannot write.
    """
    conn = connect(str(path))
    try:
        return version(conn), migrate(conn)
    finally:
        conn.close()


def _statements(sql: str) -> list[str]:
    """Split a migration script into statements (``executescript`` would commit mid-way).

    ``sqlite3.complete_statement`` knows that a trigger body's inner ``;`` does not end it.
    """
    out: list[str] = []
    buf = ""
    for line in sql.splitlines(keepends=True):
        if not buf and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out

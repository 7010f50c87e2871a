"""The corpus: captures ingested into one SQLite file, speakers and quotes merged across outlets.

schema.py   tables, FTS indexes and migrations        store.py   the one writer
ingest.py   captures -> process pool -> store          merge.py   speakers and quotes across
dedup.py    near-duplicate articles (MinHash/LSH)      query.py   the read API (Corpus)
export.py   JSONL / CSV / Parquet                      names.py   name parsing for merging
addressees.py  how a filter by addressee matches (one rule for the corpus, web and CLI)
"""

from tidings.corpus.query import Corpus

__all__ = ["Corpus"]

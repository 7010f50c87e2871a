"""The shapes the JSON API returns (and the pages render): one pydantic model per result.

These are the OpenAPI schema's components, so schemathesis checks every response against them.
"""

from __future__ import annotations

from typing import Generic, TypeVar

from pydantic import BaseModel, Field

T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a result list. ``total`` is exact unless ``total_exact`` is false (then it is a
    lower bound: counting stops at :data:`tidings.web.queries.COUNT_CAP`)."""

    items: list[T]
    total: int
    total_exact: bool = True
    order: str | None = Field(
        None,
        description="relevance (best match first), newest (a query with more than 1,000 "
        "matches: newest first), or date (no query)",
    )
    offset: int
    limit: int


class Occurrence(BaseModel):
    """Where a quote was reported: one article, with what that article said around it."""

    article_id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    date: str | None = None
    start: int
    end: int
    cue: str | None = None
    speaker_as_written: str | None = None
    speaker_description: str | None = None
    addressee: str | None = None
    said_on: str | None = Field(
        None, description="when the words were said, as this article dates them (ISO 8601)"
    )
    said_on_words: str | None = Field(None, description="the time words, e.g. 'Tuesday'")


class QuoteItem(BaseModel):
    """A quote merged across outlets; ``text_html`` is the escaped text with matches in <mark>."""

    id: str
    text: str
    text_html: str = Field(description="escaped HTML of the text, search matches in <mark>")
    kind: str
    speaker_id: str | None = None
    speaker: str | None = None
    first_date: str | None = None
    n_occurrences: int = 0
    n_outlets: int = 0
    occurrences: list[Occurrence] = Field(default_factory=list)


class ArticleItem(BaseModel):
    """An article in a result list; ``snippet_html`` holds the matches in <mark> when searching."""

    id: str
    title: str | None = None
    title_html: str = ""
    url: str | None = None
    outlet: str | None = None
    date: str | None = None
    section: str | None = None
    authors: list[str] = Field(default_factory=list)
    n_quotes: int = 0
    snippet_html: str | None = None


class SpeakerItem(BaseModel):
    id: str
    name: str
    type: str
    gender: str | None = None
    n_quotes: int = 0
    n_articles: int = 0
    n_outlets: int = 0


class Count(BaseModel):
    """A value and how often it occurs; ``key`` links it (a speaker id), ``of`` says whose
    description it is (compare page), ``outlets`` where it was seen."""

    value: str
    n: int
    key: str | None = None
    of: str | None = None
    outlets: list[str] = Field(default_factory=list)


class Series(BaseModel):
    name: str
    values: list[int]


class Timeline(BaseModel):
    """Counts per time bucket (``unit`` week or month; buckets are their first days) and series."""

    unit: str
    label: str
    buckets: list[str]
    series: list[Series]


class SpeakerDetail(SpeakerItem):
    aliases: list[str] = Field(default_factory=list)
    outlets: list[Count] = Field(default_factory=list)
    descriptions: list[Count] = Field(default_factory=list)
    addressees: list[Count] = Field(default_factory=list)
    timeline: Timeline


class ArticleQuote(BaseModel):
    """A quote as this article reported it, linked to the corpus quote and speaker."""

    seq: int
    quote_id: str | None = None
    kind: str
    text: str
    start: int
    end: int
    cue: str | None = None
    speaker: str | None = None
    speaker_id: str | None = None
    speaker_description: str | None = None
    addressee: str | None = None
    said_on: str | None = Field(None, description="when the words were said (ISO 8601)")
    said_on_words: str | None = Field(None, description="the time words, e.g. 'Tuesday'")
    n_outlets: int = 0


class DuplicateItem(BaseModel):
    id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    date: str | None = None
    similarity: float | None = None


class ArticleDetail(BaseModel):
    """The article as stored (the full record) plus its links into the corpus."""

    article: dict = Field(description="the Article record (model.py), as JSON")
    quotes: list[ArticleQuote]
    speaker_ids: dict[str, str] = Field(description="article speaker id -> corpus speaker id")
    duplicates: list[DuplicateItem]


class CompareColumn(BaseModel):
    """One outlet or speaker on the compare page (``found`` is false for an unknown one)."""

    key: str
    label: str
    found: bool = True
    n_quotes: int
    n_articles: int
    top_label: str = Field(description="what ``top`` counts: who is quoted, or by which outlets")
    top: list[Count]
    descriptions: list[Count]
    quotes: list[QuoteItem]


class Comparison(BaseModel):
    by: str
    query: str | None = None
    columns: list[CompareColumn]


class OutletItem(BaseModel):
    domain: str
    n_articles: int
    n_quotes: int


class ErrorItem(BaseModel):
    capture_id: str
    source: str
    url: str | None = None
    outlet: str | None = None
    code: str
    reason: str
    captured_at: str | None = None
    ingested_at: str


class Stats(BaseModel):
    captures: int
    articles: int
    no_article: int
    errors: int
    outlets: int
    quotes: int
    quote_occurrences: int
    speakers: int
    entities: int
    duplicate_articles: int
    first_date: str | None = None
    last_date: str | None = None
    schema_version: int


class Overview(BaseModel):
    stats: Stats
    articles_timeline: Timeline
    outlets: list[OutletItem]
    top_speakers: list[SpeakerItem]
    errors: Page[ErrorItem]

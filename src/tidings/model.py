"""The records that flow through tidings: capture -> article -> analysis.

Every stage is a pure function over these records, so the same code runs in a loop, a process
pool or a Ray map and gives the same records. Annotations never copy the article: they point into
``Article.text`` with character offsets (a :class:`Span`), the way spaCy's ``Span`` points into its
``Doc``. A span also carries the text it covers so a reader of the JSON can check the evidence
(``article.text[span.start:span.end] == span.text`` always holds; a test pins it).

The JSON form of each record is pydantic's; ``schema/*.json`` is generated from these classes
(``python -m tidings.schema``) and a test checks it is current. Bump :data:`SCHEMA_VERSION` when a
field changes meaning or disappears; adding an optional field is a minor bump.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from typing import Literal, get_args

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"

ParagraphRole = Literal["body", "subheading", "quote-block", "list-item", "preformatted"]
ArticleStatus = Literal["article", "no_article", "error"]
QuoteKind = Literal["direct", "indirect", "mixed"]
#: The kinds a quote can be, in the order filters list them.
QUOTE_KINDS: tuple[str, ...] = get_args(QuoteKind)
SpeakerType = Literal["person", "organization", "anonymous", "unknown"]
InputType = Literal["html", "text", "auto"]


class Record(BaseModel):
    """Base of every record: strict fields, no surprises in the JSON."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


class Span(Record):
    """A stretch of ``Article.text``: ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


class Capture(Record):
    """What came in, untouched: the bytes and where and when they came from.

    ``id`` is the SHA-256 of the content, so the same capture read twice has the same id (ingest
    relies on this to be idempotent).
    """

    id: str
    source: str = Field(description="path, '-' for stdin, or 'file.warc.gz#offset'")
    content: bytes = Field(exclude=True, repr=False)
    url: str | None = None
    captured_at: datetime | None = None
    content_type: str | None = Field(None, description="declared MIME type, e.g. from HTTP")
    charset: str | None = Field(None, description="declared charset, e.g. from HTTP")
    warc_record_id: str | None = None

    @staticmethod
    def digest(content: bytes) -> str:
        """The id of a capture with these bytes."""
        return hashlib.sha256(content).hexdigest()

    @classmethod
    def from_bytes(cls, content: bytes, source: str, **origin: object) -> Capture:
        """Build a capture from raw bytes; ``origin`` holds url, captured_at, charset..."""
        return cls(id=cls.digest(content), source=source, content=content, **origin)


class Paragraph(Record):
    """One block of the article text, with its role and its place in ``Article.text``."""

    role: ParagraphRole = "body"
    start: int
    end: int
    text: str


class Image(Record):
    """An image of the article; caption and credit are separate fields."""

    url: str | None = None
    caption: str | None = None
    credit: str | None = None
    alt: str | None = None


class Link(Record):
    """A related link (a 'read more' or 'related articles' entry), kept out of the body."""

    title: str
    url: str | None = None


class DroppedLine(Record):
    """A piece of the input that extraction left out of the article, and why.

    Users can check these: nothing they gave is dropped silently.
    """

    text: str
    reason: str = Field(description="e.g. 'teaser', 'share', 'cookie', 'template', 'read-more'")
    line: int | None = Field(None, description="0-based line number in the input (text mode)")


class Entity(Record):
    """A person, organisation or place named in the body, merged within the article."""

    id: str
    name: str = Field(description="canonical name: the longest form used in the article")
    label: str = Field(description="spaCy label: PERSON, ORG, GPE, LOC, NORP, ...")
    mentions: list[Span] = Field(default_factory=list)
    found_in: list[str] = Field(
        default_factory=list,
        description="metadata fields naming it outside the body: 'authors', 'image credit', "
        "'image caption' (those have no offsets into the text)",
    )


class Speaker(Record):
    """Someone (or something) quoted in the article, resolved to one canonical name."""

    id: str
    name: str = Field(description="canonical name, or the description for anonymous sources")
    type: SpeakerType = "person"
    descriptions: list[str] = Field(default_factory=list)
    gender: Literal["female", "male"] | None = None
    entity_id: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Quote(Record):
    """A quotation: who said what (content), how (cue), to whom (addressee)."""

    id: str
    kind: QuoteKind
    content: Span
    content_pieces: list[Span] = Field(
        default_factory=list,
        description='when a cue interrupts the content (\'Universities had been "squeezed", '
        "she said, and many were ...'), its pieces without the cue's aside; empty when the "
        "content is one piece (``content`` spans the aside too, as PolNeAR annotates it)",
    )
    cue: Span | None = None
    speaker_id: str | None = None
    speaker: str | None = Field(None, description="the speaker's canonical name")
    speaker_type: SpeakerType = "unknown"
    speaker_mention: Span | None = Field(None, description="the words that name the speaker here")
    speaker_description: str | None = None
    addressee: str | None = None
    addressee_mention: Span | None = None
    via: Span | None = Field(None, description="the channel: 'a statement', 'an interview'")
    attribution: Literal["explicit", "continuation", "floating", "interview", "none"] = Field(
        "explicit",
        description="how the speaker is known: a cue, the quote before (continuation, "
        "floating), an interview's layout (the answers of a Q&A), or not at all",
    )
    continues: str | None = Field(
        None, description="id of the quote this one carries on (a continuation or floating quote)"
    )
    confidence: float = Field(0.0, ge=0.0, le=1.0)
    paragraph: int | None = Field(None, description="index in Article.paragraphs of the start")
    said_on: str | None = Field(
        None,
        description="when the words were said, as the attribution dates them: ISO 8601 at the "
        "precision the text gives ('2016-03-15', '2016-W10' for a week, '2016-03', '2012'); "
        "null when the text gives no time, or time words that cannot be resolved "
        "(then said_on_mention holds them); the article's published date is not copied here",
    )
    said_on_mention: Span | None = Field(
        None, description="the time words of the attribution: 'Tuesday', 'in a 2012 interview'"
    )


class Article(Record):
    """One record per capture: the article and its metadata, or the reason there is none.

    ``text`` is the body (paragraphs, subheadings, block quotes) joined by blank lines; captions
    live in ``images`` and related links in ``related``, never in ``text``. Analysis fills
    ``quotes``, ``speakers`` and ``entities`` with offsets into ``text``.
    """

    schema_version: str = SCHEMA_VERSION
    id: str = Field(description="the capture id")
    source: str
    status: ArticleStatus = "article"
    reason: str | None = Field(None, description="why there is no article, or what failed")
    input_type: Literal["html", "text"] | None = None
    url: str | None = None
    canonical_url: str | None = None
    outlet: str | None = Field(None, description="the site, e.g. 'france24.com'")
    captured_at: datetime | None = None
    title: str | None = None
    section: str | None = None
    authors: list[str] = Field(default_factory=list)
    other_credits: dict[str, str] = Field(default_factory=dict)
    published: str | None = Field(None, description="ISO 8601 date or date-time")
    modified: str | None = None
    language: str | None = None
    description: str | None = None
    lead_image: Image | None = None
    images: list[Image] = Field(default_factory=list)
    paragraphs: list[Paragraph] = Field(default_factory=list)
    related: list[Link] = Field(default_factory=list)
    dropped: list[DroppedLine] = Field(default_factory=list)
    warnings: list[str] = Field(
        default_factory=list, description="what went wrong without losing the article"
    )
    text: str = ""
    quotes: list[Quote] = Field(default_factory=list)
    speakers: list[Speaker] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)

    @property
    def body(self) -> list[Paragraph]:
        """The body paragraphs alone (no subheadings)."""
        return [p for p in self.paragraphs if p.role == "body"]

    @property
    def subheadings(self) -> list[str]:
        return [p.text for p in self.paragraphs if p.role == "subheading"]

    def span(self, start: int, end: int) -> Span:
        """A span of this article's text."""
        return Span(start=start, end=end, text=self.text[start:end])


def layout(blocks: list[tuple[ParagraphRole, str]]) -> tuple[str, list[Paragraph]]:
    """Join (role, text) blocks into the article text and paragraphs with offsets.

    The one place where ``Article.text`` is built, so offsets mean the same in every extractor.
    """
    parts: list[str] = []
    paragraphs: list[Paragraph] = []
    pos = 0
    for role, text in blocks:
        text = text.strip()
        if not text:
            continue
        if parts:
            parts.append("\n\n")
            pos += 2
        paragraphs.append(Paragraph(role=role, start=pos, end=pos + len(text), text=text))
        parts.append(text)
        pos += len(text)
    return "".join(parts), paragraphs

"""Hand-built Article records for corpus tests: fast (no spaCy), and every offset is real.

``make_article`` lays out paragraphs with :func:`tidings.model.layout` and finds each quote and
speaker mention in the text, so the records are the shape analysis produces.
"""

from __future__ import annotations

import hashlib

from tidings.model import Article, Entity, Quote, Speaker, layout


def make_article(
    key: str,
    outlet: str,
    paragraphs: list[str],
    quotes: list[tuple[str, str]] = (),
    *,
    title: str | None = None,
    published: str | None = "2024-05-01",
    descriptions: dict[str, list[str]] | None = None,
    entities: list[tuple[str, str]] = (),
    speaker_types: dict[str, str] | None = None,
    genders: dict[str, str] | None = None,
) -> Article:
    """An article on ``outlet`` whose ``quotes`` are (speaker name, quote words in the text)."""
    text, paras = layout([("body", p) for p in paragraphs])
    descriptions = descriptions or {}
    speaker_types = speaker_types or {}
    speakers: dict[str, Speaker] = {}
    found: list[Quote] = []
    for n, (name, words) in enumerate(quotes):
        start = text.index(words)
        if name not in speakers:
            mentions = []
            if name in text:
                at = text.index(name)
                mentions.append({"start": at, "end": at + len(name), "text": name})
            speakers[name] = Speaker(
                id=f"s{len(speakers)}",
                name=name,
                type=speaker_types.get(name, "person"),
                descriptions=descriptions.get(name, []),
                gender=(genders or {}).get(name),
                mentions=mentions,
            )
        found.append(
            Quote(
                id=f"q{n}",
                kind="direct",
                content={"start": start, "end": start + len(words), "text": words},
                speaker_id=speakers[name].id,
                speaker=name,
                speaker_type=speakers[name].type,
                confidence=0.9,
            )
        )
    ents = []
    for n, (name, label) in enumerate(entities):
        mentions = []
        if name in text:
            at = text.index(name)
            mentions.append({"start": at, "end": at + len(name), "text": name})
        ents.append(Entity(id=f"e{n}", name=name, label=label, mentions=mentions))
    return Article(
        id=hashlib.sha256(f"{outlet}/{key}".encode()).hexdigest(),
        source=f"{outlet}/{key}.html",
        input_type="html",
        url=f"https://www.{outlet}/{key}",
        outlet=outlet,
        title=title or key.replace("-", " ").title(),
        published=published,
        authors=["A. Reporter"],
        paragraphs=paras,
        text=text,
        quotes=found,
        speakers=list(speakers.values()),
        entities=ents,
    )

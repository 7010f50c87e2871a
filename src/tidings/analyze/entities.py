"""Named entities over the article body, merged within the article (Putin = Vladimir Putin)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from tidings.model import Article, Entity, Span

#: spaCy labels kept as entities: people, organisations, places and nationalities/groups.
KEPT_LABELS = {"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"}


def find_entities(article: Article, docs: Iterable[tuple[int, Doc]]) -> list[Entity]:
    """Entities from parsed paragraphs; ``docs`` pairs each Doc with its offset in the text."""
    mentions: list[tuple[str, str, Span]] = []
    for offset, doc in docs:
        for ent in doc.ents:
            if ent.label_ not in KEPT_LABELS:
                continue
            name = ent.text.strip()
            start = offset + ent.start_char
            mentions.append((ent.label_, name, article.span(start, start + len(ent.text))))
    return merge_mentions(mentions)


def merge_mentions(mentions: list[tuple[str, str, Span]]) -> list[Entity]:
    """Group mentions into entities: a short form joins the longest name that ends with it."""
    by_key: dict[tuple[str, str], list[Span]] = {}
    for label, name, span in mentions:
        by_key.setdefault((label, _norm(name)), []).append(span)
    names = sorted(by_key, key=lambda k: -len(k[1]))
    canonical: dict[tuple[str, str], tuple[str, str]] = {}
    for label, name in names:
        target = (label, name)
        for other_label, other in names:
            if (
                other_label == label
                and len(other) > len(name)
                and (other.endswith(" " + name) or other.startswith(name + " "))
                and label == "PERSON"
            ):
                target = canonical.get((other_label, other), (other_label, other))
                break
        canonical[(label, name)] = target
    groups: dict[tuple[str, str], list[Span]] = {}
    for key, spans in by_key.items():
        groups.setdefault(canonical[key], []).extend(spans)
    entities = []
    for n, ((label, _), spans) in enumerate(
        sorted(groups.items(), key=lambda kv: min(s.start for s in kv[1]))
    ):
        spans.sort(key=lambda s: s.start)
        name = max((s.text for s in spans), key=len)
        entities.append(Entity(id=f"e{n}", name=name, label=label, mentions=spans))
    return entities


def _norm(name: str) -> str:
    return " ".join(name.replace("\u2019s", "").replace("'s", "").split()).lower()

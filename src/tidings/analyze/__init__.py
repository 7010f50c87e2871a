"""Article -> analysis: entities, quotes and speakers, all with offsets into ``Article.text``.

requires: Article.text, Article.paragraphs (and authors, images for metadata entities).
assigns: Article.entities, Article.quotes, Article.speakers.

Stages, in order:
1. Decide per paragraph whether it may hold speech: a cue word outside its quote marks
   (:func:`tidings.analyze.cues.has_cue_word`). Only those are parsed (tagger + parser + NER); the
   rest get NER alone, which is about twice as fast (10.3k vs 4.9k words/s on PolNeAR
   paragraphs, one busy core, 2026-11-29), so an article costs a full parse only where someone
   may speak. On PolNeAR about 80% of the words sit in such paragraphs.
2. Entities from every paragraph's NER, merged within the article; names from the byline and the
   image credits and captions are added as entities with no body mention (``found_in``).
3. Quotes and speakers (:func:`tidings.analyze.quotes.find_quotes`), then each speaker is tied to
   its entity.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from tidings.analyze.cues import has_cue_word
from tidings.analyze.entities import find_entities, link_speakers, metadata_entities
from tidings.analyze.nlp import load, single_blas_thread
from tidings.analyze.quotemarks import find_quoted
from tidings.analyze.quotes import find_quotes
from tidings.model import Article, Paragraph
from tidings.options import Options


def needs_parse(text: str) -> bool:
    """True when ``text`` has a cue word outside its quote marks (so a parse can attribute)."""
    outside = list(text)
    for q in find_quoted(text):
        outside[q.start : q.end] = " " * (q.end - q.start)
    return has_cue_word("".join(outside))


def parse_paragraphs(nlp: Language, paragraphs: list[Paragraph]) -> tuple[list[Doc], list[bool]]:
    """One Doc per paragraph: fully parsed where speech may be, NER only elsewhere."""
    wanted = [p.role != "subheading" and needs_parse(p.text) for p in paragraphs]
    full = nlp.pipe([p.text for p, w in zip(paragraphs, wanted, strict=True) if w])
    ner_only = nlp.pipe(
        [p.text for p, w in zip(paragraphs, wanted, strict=True) if not w],
        # NER has its own tok2vec in this model, so it runs alone
        disable=[name for name in nlp.pipe_names if name != "ner"],
    )
    docs = [next(full) if w else next(ner_only) for w in wanted]
    return docs, wanted


def analyze(article: Article, options: Options | None = None) -> Article:
    """Return a copy of ``article`` with entities, quotes and speakers (no-op for non-articles)."""
    options = options or Options()
    if article.status != "article" or not article.text:
        return article
    nlp = load(options.spacy_model)
    with single_blas_thread():
        docs, parsed = parse_paragraphs(nlp, article.paragraphs)
        entities = find_entities(
            article, zip((p.start for p in article.paragraphs), docs, strict=True)
        )
        entities += metadata_entities(article, nlp, entities)
    quotes, speakers = find_quotes(
        article, [d if w else None for d, w in zip(docs, parsed, strict=True)], entities
    )
    entities += link_speakers(article, speakers, entities)
    return article.model_copy(update={"entities": entities, "quotes": quotes, "speakers": speakers})


__all__ = ["analyze", "needs_parse", "parse_paragraphs"]

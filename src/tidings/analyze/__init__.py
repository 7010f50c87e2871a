"""Article -> analysis: entities, quotes and speakers, all with offsets into ``Article.text``.

requires: Article.text, Article.paragraphs (and authors, images for metadata entities).
assigns: Article.entities, Article.quotes (with said_on), Article.speakers; or, for a text
that does not read as English (:func:`tidings.analyze.english.not_english`), a warning saying
why none of them were read.

Stages, in order:
1. One spaCy Doc per paragraph (:func:`tidings.analyze.parse.parse_paragraphs`): NER wherever
   a kept entity can be (near a capital letter); tagger + parser only on the sentences that may
   hold an attribution (a cue word outside their quote marks, or a quote tagged by the words
   around it; the rest of a paragraph gets a flat tree), so an article costs a parse only where
   someone may speak. On PolNeAR dev 73% of the tokens are parsed (87% when whole paragraphs
   with a cue word were) and NER reads 60% of them.
2. Entities from every paragraph's NER, merged within the article; names from the byline and the
   image credits and captions are added as entities with no body mention (``found_in``).
3. Quotes and speakers (:func:`tidings.analyze.quotes.find_quotes`), then each speaker is tied to
   its entity.
4. When each quote was said (:func:`tidings.analyze.quotetime.date_quotes`): the time words of
   its attribution, resolved against the published date.
"""

from __future__ import annotations

from tidings.analyze.english import not_english
from tidings.analyze.entities import find_entities, link_speakers, metadata_entities
from tidings.analyze.interviews import interview_answers
from tidings.analyze.nlp import load, single_blas_thread
from tidings.analyze.parse import needs_parse, parse_paragraphs
from tidings.analyze.quotes import find_quotes
from tidings.analyze.quotetime import date_quotes
from tidings.analyze.repeats import add_untagged_repeats
from tidings.model import Article
from tidings.options import Options


def analyze(article: Article, options: Options | None = None) -> Article:
    """Return a copy of ``article`` with entities, quotes and speakers (no-op for non-articles)."""
    options = options or Options()
    if article.status != "article" or not article.text:
        return article
    skipped = not_english(article.text, article.language)
    if skipped:
        return article.model_copy(update={"warnings": [*article.warnings, skipped]})
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
    quotes, speakers = interview_answers(article, quotes, speakers, entities)
    quotes = date_quotes(article, quotes, docs)
    entities += link_speakers(article, speakers, entities)
    add_untagged_repeats(article, entities)
    return article.model_copy(update={"entities": entities, "quotes": quotes, "speakers": speakers})


__all__ = ["analyze", "needs_parse", "parse_paragraphs"]

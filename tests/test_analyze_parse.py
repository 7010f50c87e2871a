"""Parse where speech is: sentence cuts, which sentences get the parser, one Doc per paragraph."""

from __future__ import annotations

import pytest

from tidings.analyze.entities import KEPT_LABELS
from tidings.analyze.parse import (
    _blank_quotes,
    entity_spans,
    parse_paragraphs,
    recognise_entities,
    sentence_starts,
    speech_spans,
)
from tidings.analyze.quotemarks import find_quoted
from tidings.model import Paragraph


def _paragraphs(*texts: str) -> list[Paragraph]:
    out, start = [], 0
    for text in texts:
        out.append(Paragraph(start=start, end=start + len(text), text=text))
        start += len(text) + 2
    return out


def test_parse_sentences_never_cut_inside_quotes_or_after_titles(nlp) -> None:
    text = (
        'Mr. Smith arrived at 9 a.m. on Monday. "We will win. They will lose," he said. It rained.'
    )
    doc = nlp.make_doc(text)
    starts = sentence_starts(doc, find_quoted(text))
    assert [doc[i].text for i in starts] == ["Mr.", '"', "It"]


def test_parse_only_sentences_with_a_cue_word_outside_marks(nlp) -> None:
    text = (
        'The meeting ran late. "Nobody said a word," Lain told AFP. '
        "The city was quiet. The mayor thanked the police."
    )
    doc = nlp.make_doc(text)
    spans = speech_spans(doc, find_quoted(text))
    # the quote and its cue, then "thanked" (an act verb); not the two sentences without a cue
    assert [doc[a:b].text for a, b in spans] == [
        '"Nobody said a word," Lain told AFP.',
        "The mayor thanked the police.",
    ]


def test_parse_paragraph_doc_has_parse_on_speech_and_ner_everywhere(nlp) -> None:
    paragraphs = _paragraphs(
        "Rain fell on Moscow all week. Vladimir Putin said the troops would leave Syria.",
        "The Kremlin declined to comment on the report.",
        "Snow covered Berlin.",
    )
    docs, parsed = parse_paragraphs(nlp, paragraphs)
    assert parsed == [True, True, False]
    first = docs[0]
    assert [e.text for e in first.ents if e.label_ != "DATE"] == [
        "Moscow",
        "Vladimir Putin",
        "Syria",
    ]
    said = next(t for t in first if t.text == "said")
    assert said.dep_ == "ROOT" and [c.text for c in said.children if c.dep_ == "nsubj"] == ["Putin"]
    # the sentence with no cue word is not parsed: a flat tree under its first word
    sents = list(first.sents)
    assert len(sents) == 2 and {t.dep_ for t in sents[0][1:]} == {"dep"}
    assert not docs[2].has_annotation("DEP") and [e.text for e in docs[2].ents] == ["Berlin"]


def test_parse_ner_reads_only_near_capitalised_words(nlp) -> None:
    text = (
        "He said the plan would cost more than anyone had expected and that the work would take "
        ", but the committee in Ottawa approved it anyway."
    )
    doc = nlp.make_doc(text)
    # "He" opens the sentence (no sign of a name); "Ottawa" is read with 5 tokens each side
    assert [doc[a:b].text for a, b in entity_spans(doc)] == [
        ", but the committee in Ottawa approved it anyway."
    ]
    assert entity_spans(nlp.make_doc("it was cold and wet all week long.")) == []
    assert entity_spans(nlp.make_doc("US troops left.")) == [(0, 4)]


def test_parse_ner_windows_find_the_entities_of_a_whole_paragraph_run(nlp) -> None:
    texts = [
        "Vladimir Putin said on Monday that the main part of the Russian military contingent in "
        "Syria would start to withdraw, a move that was welcomed in Washington and in Geneva.",
        "the talks, which were expected to last for weeks and to cover every question of the "
        "ceasefire and of the elections, were cut short when the delegation from Damascus left.",
    ]
    whole = list(nlp.pipe(texts, disable=[n for n in nlp.pipe_names if n != "ner"]))
    docs = [nlp.make_doc(t) for t in texts]
    recognise_entities(nlp, docs)
    assert any(len(entity_spans(d)) and entity_spans(d) != [(0, len(d))] for d in docs)
    for a, b in zip(whole, docs, strict=True):
        kept = [(e.start_char, e.end_char, e.label_) for e in a.ents if e.label_ in KEPT_LABELS]
        got = [(e.start_char, e.end_char, e.label_) for e in b.ents if e.label_ in KEPT_LABELS]
        assert got == kept and kept


@pytest.mark.parametrize(
    "text",
    [
        "He said \"yes\" and 'no' then “more” and ‘less’.",
        '"Unclosed quote runs on',
        "No marks at all.",
        "«Nous gagnerons» dit-il, \"and 'nested' too\".",
    ],
)
def test_parse_blank_quotes_blanks_exactly_the_quoted_characters(text: str) -> None:
    quoted = find_quoted(text)
    blank = _blank_quotes(text, quoted)
    inside = {i for q in quoted for i in range(q.start, q.end)}
    assert len(blank) == len(text)
    assert all((c == " ") if i in inside else (c == text[i]) for i, c in enumerate(blank))


def test_parse_sentence_lookups_give_spacys_own_sentences(nlp) -> None:
    """``Token.sent`` and ``Span.sent`` on the Docs parse_paragraphs returns are looked up
    (nlp.sentence_hooks), and give the sentence spaCy's own walk gives, for every token and
    span, in a parsed paragraph and in one with parsed and flat sentences."""
    paras = _paragraphs(
        'Mr. Smith arrived at 9 a.m. on Monday. "We will win," he said. It rained all day.',
        "The river rose. Officials said the bridge would close. Nobody knew for how long.",
    )
    docs, _parsed = parse_paragraphs(nlp, paras)
    for doc in docs:
        assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
        hooked = [(t.sent.start, t.sent.end) for t in doc]
        spans = [(a, b) for a in range(len(doc)) for b in range(a + 1, len(doc) + 1)]
        hooked_spans = [(doc[a:b].sent.start, doc[a:b].sent.end) for a, b in spans]
        del doc.user_token_hooks["sent"], doc.user_span_hooks["sent"]
        assert hooked == [(t.sent.start, t.sent.end) for t in doc]
        assert hooked_spans == [(doc[a:b].sent.start, doc[a:b].sent.end) for a, b in spans]
        assert len(set(hooked)) > 1  # more than one sentence: the lookup is tested


def test_parse_sentence_lookup_on_a_doc_without_sentences_raises_as_spacy(nlp) -> None:
    from tidings.analyze.nlp import sentence_hooks

    doc = nlp.make_doc("No parse here at all")
    with pytest.raises(ValueError) as spacy_error:
        _ = doc[1].sent
    sentence_hooks(doc)
    with pytest.raises(ValueError) as hooked_error:
        _ = doc[1].sent
    assert str(hooked_error.value) == str(spacy_error.value)


def test_parse_entity_lookups_give_spacys_own_entities(nlp) -> None:
    """``entities_of`` on the Docs parse_paragraphs returns reads the entities kept once
    (nlp.keep_entities) and gives spaCy's own ``Doc.ents`` and ``Span.ents``, for the Doc and
    every span of it."""
    from tidings.analyze.nlp import entities_of

    paras = _paragraphs(
        "Vladimir Putin told Sergei Shoigu in Moscow on Monday that Russia would leave Syria.",
        "The river rose. Officials in New York said the bridge would close.",
    )
    docs, _parsed = parse_paragraphs(nlp, paras)

    def keys(ents) -> list[tuple[int, int, str]]:
        return [(e.start, e.end, e.label_) for e in ents]

    for doc in docs:
        assert "tidings.ents" in doc.user_data
        assert keys(entities_of(doc)) == keys(doc.ents) and len(doc.ents) > 0
        spans = [doc[a:b] for a in range(len(doc)) for b in range(a, len(doc) + 1)]
        assert [keys(entities_of(s)) for s in spans] == [keys(s.ents) for s in spans]
    bare = nlp("Angela Merkel spoke in Berlin.")  # no entities kept: spaCy's own answer
    assert keys(entities_of(bare)) == keys(bare.ents)
    assert keys(entities_of(bare[0:3])) == keys(bare[0:3].ents)

"""The cue lexicon: verb forms without a lemmatizer, and the quick speech test."""

from __future__ import annotations

import pytest

from tidings.analyze.cues import (
    ACT_FORMS,
    ACT_VERBS,
    CUE_WORDS,
    REPORT_VERBS,
    SPEECH_VERBS,
    STANCE_FORMS,
    STANCE_VERBS,
    VERB_FORMS,
    act_lemma,
    cue_lemma,
    is_stance,
)


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("said", "say"),
        ("told", "tell"),
        ("tweeted", "tweet"),
        ("replied", "reply"),
        ("argues", "argue"),
        ("insisting", "insist"),
        ("wrote", "write"),
        ("quipped", "quip"),
        ("believes", "believe"),
        ("Warned", "warn"),
    ],
)
def test_cues_forms(form: str, lemma: str) -> None:
    assert cue_lemma(form) == lemma


def test_cues_lexicon_is_a_few_hundred_verbs_with_their_forms() -> None:
    lemmas = set(SPEECH_VERBS) | set(REPORT_VERBS) | set(STANCE_VERBS) | set(ACT_VERBS)
    assert len(lemmas) > 200
    assert len(VERB_FORMS) + len(STANCE_FORMS) + len(ACT_FORMS) > 800


def test_cues_stance_and_act_verbs_are_told_apart() -> None:
    assert is_stance("thinks") and not is_stance("said")
    assert act_lemma("criticized") == "criticize" and cue_lemma("criticized") == "criticize"
    assert act_lemma("called") == "call" and cue_lemma("called") is None


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Putin said in a statement on Monday.", True),
        ("According to Lain, it was opportunistic.", True),
        ("The jets took off from the base.", False),
        ("The saidia is a river.", False),
    ],
)
def test_cues_quick_test(text: str, found: bool) -> None:
    assert (CUE_WORDS.search(text) is not None) is found


def test_cues_frames_quote_finds_tag_and_colon_positions() -> None:
    from tidings.analyze.cues import frames_quote

    assert frames_quote('"Jeb wants to be a tough guy tonight," Trump shot back.')
    assert frames_quote("\u201cThis is fantastic!\u201d beamed Donald Hartley.")
    assert frames_quote("She then addressed them again: \u201cHere is what I regret.\u201d")
    assert frames_quote("Stated Stone:")
    assert not frames_quote('"We will win." The crowd went home.')
    assert not frames_quote("The jets took off from the base at 10:30 on Monday.")
    assert not frames_quote('He called it a "crazy system" on Monday.')


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("admitted", "admit"), ("admitting", "admit"), ("admits", "admit"), ("begged", "beg")],
)
def test_doubled_consonant_forms_of_speech_verbs(form: str, lemma: str) -> None:
    assert cue_lemma(form) == lemma


@pytest.mark.parametrize(
    ("form", "lemma"), [("preferred", "prefer"), ("referring", "refer"), ("planned", "plan")]
)
def test_doubled_consonant_forms_of_act_verbs(form: str, lemma: str) -> None:
    assert act_lemma(form) == lemma
    assert not {"prefered", "refering", "planed"} & set(ACT_FORMS)


def test_cues_frames_quote_finds_a_verb_running_through_a_comma_into_a_quote() -> None:
    """'Hillary shot back, "I suppose ..."' has no cue word but needs a parse to be read; a
    list of quoted titles ('"Peace," "Order"') does not."""
    from tidings.analyze.cues import frames_quote

    assert frames_quote('Hillary shot back, "I suppose that is the plan."')
    assert frames_quote("He went on, \u201cWe are not done yet.\u201d")
    assert not frames_quote('Their slogans were "Peace Through Strength," "Law and Order".')
    assert not frames_quote("In 2015, the town grew.")

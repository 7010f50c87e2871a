"""Who speaks, read from the parse (:mod:`tidings.analyze.subjects`): short hand-written
sentences through ``analyze`` (loads the spaCy model once)."""

from __future__ import annotations

import pytest
from conftest import quotes_of

from tidings.analyze import analyze
from tidings.model import Article, Quote, layout


@pytest.fixture(scope="module")
def quotes():
    return quotes_of  # one paragraph


def _by_cue(qs: list[Quote], cue: str) -> Quote:
    found = [q for q in qs if q.cue is not None and q.cue.text == cue]
    assert len(found) == 1, [(q.cue and q.cue.text, q.content.text, q.speaker) for q in qs]
    return found[0]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        # the participle hangs on the reported clause; the teller adds
        (
            "Trump told Newsmax that Mitt Romney “had a crazy policy of self-deportation which"
            " was maniacal,” adding, “He lost all of the Latino vote and he lost everybody.”",
            "adding",
            "Trump",
        ),
        # the participle hangs on a cue that the root reports: that cue's subject says
        (
            "Comey cannot say that “from his perspective,” Lewandowski added, saying it should"
            " be “up to the prosecutor to move forward or not.”",
            "saying",
            "Lewandowski",
        ),
        # a cue whose subject is a thing ("Clinton's situation reminds him") is passed over
        (
            "Starr said Clinton's situation reminds him of the 1969 book titled \"The Tragedy of"
            ' Lyndon Johnson," explaining, "because what could have been and so there are'
            ' certain tragic dimensions of it, which we all lament."',
            "explaining",
            "Starr",
        ),
    ],
)
def test_free_participle_has_the_tellers_subject(quotes, text, cue, speaker) -> None:
    assert _by_cue(quotes(text), cue).speaker == speaker


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ("Several senators endorsed the proposal on Monday.", "endorsed", "senators"),
        ("Many trial lawyers opposed those decisions.", "opposed", "lawyers"),
        ("Hedge fund executives are supporting her campaign.", "supporting", "executives"),
    ],
)
def test_plural_of_a_source_noun_can_hold_a_view(quotes, text, cue, speaker) -> None:
    """An act verb needs a subject that can hold a view; the lexicons list such nouns in the
    singular ("campaign", "lawyer", "executive"), and their plurals count too."""
    q = _by_cue(quotes(text), cue)
    assert speaker in (q.speaker_mention.text if q.speaker_mention else "")


def _direct(qs: list[Quote]) -> Quote:
    found = [q for q in qs if q.kind == "direct"]
    assert len(found) == 1, [(q.kind, q.content.text, q.speaker) for q in qs]
    return found[0]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Asked whether the campaign should take responsibility, Mr. Smith shot back:"
            " “That would be good.”",
            "Smith",
        ),
        (
            "As if addressing the magnate directly, the Illinois Board of Elections was"
            " conclusive in its findings: “Further discussion on this issue is unnecessary.”",
            "Illinois Board of Elections",
        ),
        (
            "Hoff’s letter makes a libertarian-style case: “Followers of radical Islam hate"
            " everything we stand for as Americans.”",
            "Hoff",  # the letter's owner speaks through it (mentions._owner)
        ),
    ],
)
def test_clause_before_a_colon_introduces_the_quote(quotes, text, speaker) -> None:
    """The parser often makes the quoted sentence the root and hangs the clause before the
    colon on it; that clause's subject still speaks the quote, whatever its verb."""
    assert _direct(quotes(text)).speaker == speaker


def _quotes_of(paragraphs: list[str]) -> list[Quote]:
    body, paras = layout([("body", p) for p in paragraphs])
    return analyze(Article(id="t", source="t", text=body, paragraphs=paras)).quotes


@pytest.mark.parametrize(
    ("paragraphs", "speaker"),
    [
        # the paragraph before also reports a view ("we know ..."): the colon's cue, not
        # that view, announces the quote (a floating quote would take the view's)
        (
            [
                "The moderators gave in to snark, and we know how tempting that can be."
                " Cruz called them on it:",
                "“The questions asked in this debate illustrate why the American people don’t"
                " trust the media.”",
            ],
            "Cruz",
        ),
        # the last cue before the colon is inside what Breitbart News reported
        (
            [
                "Breitbart News reported that the Obama White House was refusing to call the"
                " San Bernardino Christmas party slaughter as terrorism:",
                "“The administration is still reluctant to call the attack in California an act"
                " of terrorism, citing the ongoing investigation.”",
            ],
            "Breitbart News",
        ),
    ],
)
def test_paragraph_ending_in_a_colon_announces_the_next_quote(paragraphs, speaker) -> None:
    direct = [q for q in _quotes_of(paragraphs) if q.kind == "direct"]
    assert [q.speaker for q in direct] == [speaker]


@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "Mr. Slinker, whose latest start-up, Paradata, uses big data to help brands find"
            " suppliers, said Mr. Trump was a candidate very much in the spirit of Silicon Valley.",
            "said",
            "Slinker",
        ),
        (
            "That was in 1992, when Mr. Buchanan, who had failed to win his party's nomination,"
            " called for a “cultural war” against “liberals and radicals.”",
            "called",
            "Buchanan",
        ),
    ],
)
def test_name_before_a_relative_clause_speaks(quotes, text, cue, speaker) -> None:
    """With no subject parsed, the noun before the verb ends a relative clause ('suppliers',
    'nomination'); the name it describes speaks."""
    assert _by_cue(quotes(text), cue).speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Prime Minister Jonas Berg, asked about the criticism during a visit to Brussels,"
            " said he had “full confidence” in his finance minister.",
            "Jonas Berg",
        ),
        (
            "Mayor Anne Lowe, speaking to reporters outside City Hall in Leeds, said the"
            " council would appeal the ruling.",
            "Anne Lowe",
        ),
    ],
)
def test_name_before_a_participle_aside_speaks(quotes, text, speaker) -> None:
    """'X, asked about ... in Brussels, said': the noun before the verb ends the aside; the
    name the aside describes speaks, not the place."""
    assert _by_cue(quotes(text), "said").speaker == speaker

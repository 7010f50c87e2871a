"""Descriptions read from the text where a person is named (:mod:`tidings.analyze.descriptions`)
and given to speakers whose cue sentence described nothing."""

from __future__ import annotations

import pytest
from conftest import analyzed, quotes_of

from tidings.analyze.descriptions import descriptions_at


def _at(text: str, name: str) -> list[str]:
    start = text.index(name)
    return descriptions_at(text, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("Foreign Minister Ravi Menon met Li Wei.", "Ravi Menon", ["Foreign Minister"]),
        (
            "Russia's Foreign Minister Sergei Lavrov spoke.",
            "Sergei Lavrov",
            ["Russia's Foreign Minister"],
        ),
        ("Health Secretary Paul Grant welcomed it.", "Paul Grant", ["Health Secretary"]),
        (
            "Karen Holt, general secretary of the Metalworkers' Union, accused the firm.",
            "Karen Holt",
            ["general secretary of the Metalworkers' Union"],
        ),
        (
            "said Ingrid Maier, an analyst at Baader Bank.",
            "Ingrid Maier",
            ["an analyst at Baader Bank"],
        ),
        (
            "The company's chief executive, Lars Eriksen, struck a different tone.",
            "Lars Eriksen",
            ["The company's chief executive"],
        ),
        # a full stop after an abbreviation does not end the apposition
        (
            "Megan Baldridge, a microbiologist at Washington University in St. Louis, said so.",
            "Megan Baldridge",
            ["a microbiologist at Washington University in St. Louis"],
        ),
        # the paragraph before ends at the line break
        (
            "Officials said so.\n\nPrime Minister Helena Varga spoke.",
            "Helena Varga",
            ["Prime Minister"],
        ),
        # a capitalised word qualifying a lower-case role noun
        ("Millbrook boss Ian Crossley was left to rue.", "Ian Crossley", ["Millbrook boss"]),
        ("Apple founder Steve Jobs spoke.", "Steve Jobs", ["Apple founder"]),
        # a lower-case title that starts where its phrase starts
        ("Former president Bill Clinton spoke.", "Bill Clinton", ["Former president"]),
        ("It was chaired by judge Helen Marsh.", "Helen Marsh", ["judge"]),
        ("He thanked the former president Bill Clinton.", "Bill Clinton", ["former president"]),
        # where they are from or with
        (
            "Mark Delaney of Hartwell Securities said the cuts were overdue.",
            "Mark Delaney",
            ["of Hartwell Securities"],
        ),
        (
            "A team led by Dr Alex Aves of the University of Canterbury collected it.",
            "Alex Aves",
            ["of the University of Canterbury"],
        ),
        ("A photo of Jane Roe of the U.S. Army.", "Jane Roe", ["of the U.S. Army"]),
        # "who is" before an apposition
        (
            "Tom Okafor, who is a chemist at Imperial, said so.",
            "Tom Okafor",
            ["a chemist at Imperial"],
        ),
        # a relative clause of a role verb says what they do
        (
            "Ahmed Karim, who leads a volunteer team, spoke.",
            "Ahmed Karim",
            ["who leads a volunteer team"],
        ),
        (
            "said Linda Carver, who chairs the Patients' Alliance.",
            "Linda Carver",
            ["who chairs the Patients' Alliance"],
        ),
        # none of these describe the person
        ("Tom Okafor, who was not involved, said so.", "Tom Okafor", []),
        ("He told Jane Roe of his plan.", "Jane Roe", []),
        ("Clinton communications director Jennifer Palmieri said", "Jennifer Palmieri", []),
        ("He met the state Jane Roe.", "Jane Roe", []),
        ("Fighting for Jane Roe was hard.", "Jane Roe", []),
        ("Dr. Owen Dempsey spoke.", "Owen Dempsey", []),
        ("Lenox was a juggernaut, Mr. Clarke said.", "Clarke", []),
        ("On Tuesday Vladimir Putin said so.", "Vladimir Putin", []),
        ("He met his counterpart, Li Wei, in Singapore on Saturday.", "Li Wei", []),
        ("Ahmed Karim, who said so twice, spoke.", "Ahmed Karim", []),
        ("In Iowa, Ted Cruz won.", "Ted Cruz", []),
        ("Trump, Clinton and Sanders all spoke.", "Clinton", []),
    ],
)
def test_descriptions_around_a_name(text: str, name: str, want: list[str]) -> None:
    assert _at(text, name) == want


def test_a_speaker_named_in_a_sentence_with_no_cue_keeps_its_description() -> None:
    """'Menon said' and 'He said' describe nothing; the sentence that introduced them did, and
    has no cue, so it was never parsed."""
    quotes = quotes_of(
        "Foreign Minister Ravi Menon met his counterpart on Saturday.",
        "The company's chief executive, Lars Eriksen, struck a different tone.",
        'Menon said the talks had been "frank and useful". He said more talks were needed.',
        "Eriksen said the offer was generous.",
    )
    by_speaker = {q.speaker: q.speaker_description for q in quotes}
    assert by_speaker["Ravi Menon"] == "Foreign Minister"
    assert by_speaker["Lars Eriksen"] == "The company's chief executive"


def test_a_quoted_title_read_as_an_apposition_is_no_description() -> None:
    """From a bundled sample page (src/tidings/sample/pages/aeb, IndieWire)."""
    quotes = quotes_of(
        "Flash-forward to 2017, when Harper — a young British filmmaker hot off directing a lush"
        " BBC adaptation of “War & Peace” — had just found his next project. He’d fallen in love"
        " with an electric Nicole Taylor script called “Wild Rose,” a fish-out-of-water story"
        " about a self-destructive Glaswegian country singer and single mom whose only dream in"
        " life is to sing Patsy Cline ballads at Nashville’s Grand Ole Opry. Buckley —"
        " who landed a key role in “War & Peace” after surging to fame on the U.K. singing"
        " competition “I’d Do Anything” — had agreed to play Rose-Lynn Harlan, and Harper knew"
        " in his bones that she was perfect for the part."
    )
    assert quotes and all("Anything" not in (q.speaker_description or "") for q in quotes), [
        (q.speaker, q.speaker_description) for q in quotes
    ]


@pytest.mark.parametrize(
    "text",
    [
        'The Hollywood Reporter said the studio had "no plans" to sell.',
        "Ms Persson said the vote would go ahead.",
        "Sarah Patel, 34, who travels to Leeds every day, said she would switch to driving.",
    ],
)
def test_a_determiner_a_courtesy_or_an_age_alone_is_no_description(text: str) -> None:
    quotes = quotes_of(text)
    assert quotes and all(q.speaker_description is None for q in quotes), [
        (q.speaker, q.speaker_description) for q in quotes
    ]


def test_a_description_already_given_in_longer_words_is_not_repeated() -> None:
    from tidings.analyze import analyze
    from tidings.model import Article, layout

    text, paras = layout(
        [
            ("body", "Longtime Democratic pollster Pat Caddell was not impressed."),
            ("body", "Democratic pollster Pat Caddell later spoke again."),
            ("body", '"It was a disaster," Caddell said.'),
        ]
    )
    article = analyze(Article(id="t", source="t", text=text, paragraphs=paras))
    (caddell,) = [sp for sp in article.speakers if sp.name == "Pat Caddell"]
    assert caddell.descriptions == ["Longtime Democratic pollster"]


@pytest.mark.parametrize(
    ("paragraph", "name", "description"),
    [
        ("Midfielder Carlos Vela said the team was tired.", "Carlos Vela", "Midfielder"),
        ("Nurse Maria Ocampo said the ward was full.", "Maria Ocampo", "Nurse"),
        ("Goalkeeper Tim Rhodes said he never saw the ball.", "Tim Rhodes", "Goalkeeper"),
        ("Walker Buehler said his arm felt fine.", "Walker Buehler", None),
    ],
)
def test_a_role_opening_the_sentence_is_a_description(paragraph, name, description) -> None:
    """A role noun capitalised because it opens the sentence, which the tagger takes into the
    name, is the speaker's description; a given name in that place ("Walker") is not."""
    speaker = analyzed(paragraph).speakers[0]
    assert speaker.name == name
    assert (speaker.descriptions[0] if speaker.descriptions else None) == description

"""Quote marks of every style, found without a model; unbalanced marks never raise."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tidings.analyze.quotemarks import find_quoted, outer_quotation


def quoted(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quoted(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param('"We will win," he said.', ["We will win,"], id="straight"),
        pytest.param("“We will win,” he said.", ["We will win,"], id="curly"),
        pytest.param("„Wir gewinnen“, sagte er.", ["Wir gewinnen"], id="low-high"),
        pytest.param("« Nous gagnerons », a-t-il dit.", ["Nous gagnerons"], id="guillemets"),
        pytest.param("»Wir gewinnen«, sagte er.", ["Wir gewinnen"], id="reversed-guillemets"),
        pytest.param("‘We will win,’ he said.", ["We will win,"], id="single-curly"),
        pytest.param("'We will win,' he said.", ["We will win,"], id="single-straight"),
        pytest.param(
            "“He called it ‘a disaster’ today,” she said.",
            ["He called it ‘a disaster’ today,"],
            id="single-inside-double",
        ),
        pytest.param("Russia’s and the Smiths’ view", [], id="apostrophes-are-not-marks"),
        pytest.param("It was “opportunistic” and “cheap”.", ["opportunistic", "cheap"], id="two"),
        pytest.param(
            '"It led to Assad becoming overconfident.',
            ["It led to Assad becoming overconfident."],
            id="left-open",
        ),
        pytest.param("He said” nothing", [], id="stray-closer"),
        pytest.param(
            '"“You don’t win the nomination,” Rubio responded before adding more."',
            ["You don’t win the nomination,"],
            id="straight-glued-to-curly-opener",
        ),
        pytest.param(
            "‘We will send a team to help the hospital.",
            ["We will send a team to help the hospital."],
            id="single-left-open-at-paragraph-start",
        ),
        pytest.param("'90s music is back, she said.", [], id="elision-opens-no-paragraph-quote"),
        pytest.param("He called it ‘a disaster and left.", [], id="single-left-open-mid-line"),
        pytest.param(
            "She grew up in the '90s and said the era was 'magical'.",
            ["magical"],
            id="decade-elision-opens-nothing",
        ),
        pytest.param(
            "The class of ’04 said the vote was ‘rigged’.", ["rigged"], id="year-elision-curly"
        ),
        pytest.param("Fish 'n' chips sales rose, the owners' group said.", [], id="n-elision"),
        pytest.param(
            "He called it 'rock 'n' roll politics' and laughed.",
            ["rock 'n' roll politics"],
            id="n-elision-inside-single-quote",
        ),
        pytest.param(
            "Davey said the ministers' plan was 'a disaster' and the PM's 'worst week'.",
            ["a disaster", "worst week"],
            id="possessives-beside-single-quotes",
        ),
        pytest.param("''Yes,'' he said, ''it is.''", ["Yes,", "it is."], id="two-apostrophes"),
        pytest.param(
            '"Trump walked in, chanting “U-S-A! U-S-A!”',
            ["U-S-A! U-S-A!"],
            id="stray-straight-opener",
        ),
    ],
)
def test_quotemarks_styles(text: str, expected: list[str]) -> None:
    assert quoted(text) == expected


def test_quotemarks_open_quote_is_flagged() -> None:
    (q,) = find_quoted("“It led to Assad becoming overconfident.")
    assert not q.closed


@given(st.text(alphabet="ab \"“”„«»‘’'.,:", max_size=60))
def test_quotemarks_never_raise_and_stay_in_bounds(text: str) -> None:
    for q in find_quoted(text):
        assert 0 < q.start <= q.end <= len(text)
    outer = outer_quotation(text)
    assert outer is None or 0 < outer.start < outer.end <= len(text)


def test_quotemarks_space_typed_before_the_closing_mark() -> None:
    text = "\u201cI regret having listened to that advice, \u201d he said. \u201cWe move on.\u201d"
    assert [text[q.start : q.end] for q in find_quoted(text)] == [
        "I regret having listened to that advice,",
        "We move on.",
    ]


@pytest.mark.parametrize(
    ("text", "expected", "closed"),
    [
        pytest.param(
            '"The Department isn’t about “Equal Justice” anymore. It’s about power.',
            "The Department isn’t about “Equal Justice” anymore. It’s about power.",
            False,
            id="curly-inside-left-open",
        ),
        pytest.param(
            '"“I will stay on until a successor is found.”"',
            "I will stay on until a successor is found.",
            True,
            id="glued-straight-around-curly",
        ),
        pytest.param(
            '"“I have spent eleven years at this hospital.',
            "I have spent eleven years at this hospital.",
            False,
            id="glued-left-open",
        ),
        pytest.param('"We will win," he said, "and “soon”."', None, None, id="straight-inside"),
        pytest.param('"We will win this year.', None, None, id="no-curly"),
        pytest.param("“We will win this year.”", None, None, id="curly-only"),
    ],
)
def test_quotemarks_outer_quotation(text: str, expected: str | None, closed: bool | None) -> None:
    q = outer_quotation(text)
    if expected is None:
        assert q is None
        return
    assert q is not None and (text[q.start : q.end], q.closed) == (expected, closed)
    assert q.open_mark == 0 and (q.close_mark == len(text) - 1) == closed


def test_a_double_quoted_quotation_inside_single_marks_is_part_of_it() -> None:
    """British style nests the other way round: '‘... tell me, “I’ve given up hoping.”’' is one
    quotation (single marks outside), as '"... tell me, 'I've given up.'"' is in US style; a
    double-quoted stretch after a closed single one stays its own."""
    text = (
        "‘We’re seeing people who should have been treated two years ago,’ said Dr Helen Marsh. "
        "‘Some of them tell me, “I’ve given up hoping.”’"
    )
    got = [(text[q.start : q.end], q.single) for q in find_quoted(text)]
    assert got == [
        ("We’re seeing people who should have been treated two years ago,", True),
        ("Some of them tell me, “I’ve given up hoping.”", True),
    ]
    after = "‘We will fight,’ she said, calling the cuts “a disgrace to this city.”"
    assert [after[q.start : q.end] for q in find_quoted(after)] == [
        "We will fight,",
        "a disgrace to this city.",
    ]


@given(st.text(alphabet="ab \"“”„«»‘’'‚‹›.,:", max_size=40))
def test_quotemarks_text_without_a_mark_skips_the_search_with_the_same_answer(text: str) -> None:
    from tidings.analyze.quotemarks import _find_quoted

    assert find_quoted(text) == list(_find_quoted(text))
    plain = "".join(c for c in text if c in "ab .,:")
    assert find_quoted(plain) == list(_find_quoted(plain)) == []

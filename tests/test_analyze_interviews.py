"""Questions and answers: the answers are the interviewee's words (analyze.interviews)."""

from __future__ import annotations

from tidings.analyze import analyze
from tidings.model import Article, layout

PREFIXED = [
    "Eastport mayor Lina Berg spoke to the Harbour Times about the failed barrier, the repairs "
    "and her own future in office after a difficult winter for the city.",
    "Q: Who is responsible for what happened?",
    "A: The engineers who signed off on the gate, and the council that cut the maintenance "
    "budget. That includes me, and I have said so publicly.",
    "Q: Will you resign?",
    "A: No. I intend to fix this, and I think the people want the person who made the promise "
    "to keep it.",
]

PLAIN = [
    "Dr Nadia Kerimova has spent twenty years studying Arctic ice. In her new book, she argues "
    "that fear is a poor motivator. She spoke to our reporter Tim Walsh.",
    "Why write this book now?",
    "Because I kept meeting young people who had given up. It isn't too late, and I wanted to "
    "explain why.",
    "Isn't there a risk of complacency?",
    "Of course. But despair is also a form of complacency.",
    "Kerimova's book, The Thaw and After, is published next month.",
]


def _analyze(paragraphs: list[str], title: str | None = None) -> Article:
    text, paras = layout([("body", p) for p in paragraphs])
    article = analyze(Article(id="t", source="t", text=text, paragraphs=paras, title=title))
    for q in article.quotes:
        assert article.text[q.content.start : q.content.end] == q.content.text
    return article


def _answers(article: Article) -> list[tuple[str, str]]:
    return [(q.speaker, q.content.text) for q in article.quotes if q.attribution == "interview"]


def test_prefixed_answers_are_the_interviewees_direct_quotes() -> None:
    article = _analyze(PREFIXED)
    answers = _answers(article)
    assert [a[0] for a in answers] == ["Lina Berg", "Lina Berg"]
    # the "A:" prefix is not part of the words
    assert answers[0][1].startswith("The engineers who signed off")
    assert answers[1][1].startswith("No. I intend")
    assert all(q.kind == "direct" for q in article.quotes if q.attribution == "interview")
    # quotes come in reading order, numbered in that order
    starts = [q.content.start for q in article.quotes]
    assert starts == sorted(starts)
    assert [q.id for q in article.quotes] == [f"q{n}" for n in range(len(article.quotes))]
    # "I think ..." inside an answer is the interviewee's
    thinks = [q for q in article.quotes if q.cue is not None and q.cue.text == "think"]
    assert thinks and all(q.speaker == "Lina Berg" for q in thinks)


def test_plain_questions_in_an_interview_not_the_interviewer_not_the_closing_line() -> None:
    answers = _answers(_analyze(PLAIN))
    assert [a[0] for a in answers] == ["Nadia Kerimova", "Nadia Kerimova"]
    assert answers[1][1] == "Of course. But despair is also a form of complacency."
    # the writer's closing line names her: not an answer
    assert not any("published next month" in a[1] for a in answers)


def test_questions_in_an_ordinary_article_make_no_answers() -> None:
    # two rhetorical questions, nothing saying it is an interview
    paragraphs = [
        "The council met on Monday to discuss the budget, which Mayor Lina Berg presented.",
        "What happens next?",
        "The vote is due in March, and the opposition has promised to fight every line.",
        "Will it pass?",
        "Berg has a majority of one, and two of her councillors are ill.",
    ]
    assert _answers(_analyze(paragraphs)) == []
    # two questions in a row are not a question and its answer
    paragraphs = [PLAIN[0], "Why write this book now?", "Why now?", PLAIN[2], PLAIN[3], PLAIN[4]]
    assert _answers(_analyze(paragraphs)) == []


def test_the_editors_note_closing_an_interview_is_no_answer() -> None:
    """'This interview has been edited and condensed.' is the writer's (branch content11)."""
    for note in (
        "This interview has been edited and condensed.",
        "The conversation was edited for length and clarity.",
    ):
        answers = _answers(_analyze([*PREFIXED, note]))
        assert [a[0] for a in answers] == ["Lina Berg", "Lina Berg"]
        assert not any("edited" in a[1] for a in answers)

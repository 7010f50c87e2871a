"""Only English text is analysed: a German article keeps its text and gets a warning, not
quotes with speakers such as "des" (tidings.analyze.english)."""

from __future__ import annotations

from conftest import analyzed

from tidings.analyze import analyze
from tidings.analyze.english import MIN_WORDS, not_english, read_language
from tidings.model import Article, layout

GERMAN = [
    "Die Stadt Freiburg will den Busverkehr in der Innenstadt bis zum nächsten Sommer neu "
    "ordnen. Der Gemeinderat stimmte am Dienstag mit großer Mehrheit für den Plan der "
    "Verwaltung.",
    "„Wir haben lange genug gewartet“, sagte Bürgermeisterin Anna Keller nach der Sitzung. "
    "„Jetzt müssen die Busse endlich pünktlich fahren.“",
    "Kritik kam von den Grünen. Ihr Sprecher Jonas Weber sagte, die neuen Linien seien zu "
    "teuer und würden die Dörfer im Umland vergessen.",
]

ENGLISH = [
    "The city of Freiburg will reorganise bus services in the city centre by next summer. The "
    "council voted on Tuesday by a large majority for the administration's plan.",
    '"We have waited long enough," Mayor Anna Keller said after the meeting. "Now the buses '
    'must finally run on time."',
    "Criticism came from the Greens. Their spokesman, Jonas Weber, said the new routes were too "
    "expensive and would forget the villages around the city.",
]


def test_read_language_counts_function_words_and_scripts() -> None:
    english = read_language("The cat sat on the mat.")
    assert (english.words, english.english, english.other) == (6, 3 / 6, 0.0)
    german = read_language("Der Hund schläft und die Katze auch.")
    assert german.english == 0.0 and german.other == 4 / 7 and german.other_language == "German"
    assert read_language("Привет, как дела? Hello.").non_latin == 3 / 4
    assert read_language("").words == 0


def test_english_prose_is_analysed() -> None:
    article = analyzed(*ENGLISH)
    assert not article.warnings
    assert {q.speaker for q in article.quotes} >= {"Anna Keller", "Jonas Weber"}
    assert any(e.name == "Freiburg" for e in article.entities)


def test_german_article_gets_a_warning_and_no_quotes_speakers_or_entities() -> None:
    text, paras = layout([("body", p) for p in GERMAN])
    article = Article(id="t", source="t", text=text, paragraphs=paras, language="en")
    out = analyze(article)
    assert out.quotes == [] and out.speakers == [] and out.entities == []
    assert out.text == article.text  # the text itself is kept
    assert len(out.warnings) == 1
    assert "does not read as English" in out.warnings[0]
    assert "common German words" in out.warnings[0]
    assert "declared language 'en'" in out.warnings[0]  # a wrong declaration is no help


def test_short_text_is_analysed_whatever_its_language() -> None:
    line = "„Wir haben lange genug gewartet“, sagte Anna Keller."
    assert read_language(line).words < MIN_WORDS
    assert not_english(line) is None
    assert not analyzed(line).warnings


def test_text_in_another_script_is_not_analysed() -> None:
    text = " ".join(["Правительство объявило о новых мерах поддержки семей с детьми."] * 6)
    assert "another script than Latin" in not_english(text)


def test_english_list_with_few_function_words_is_still_analysed() -> None:
    """A results list has few function words (here 8%) but no other language's: analysed."""
    rows = [f"Heat {k}: Ana Ruiz 12.{k}1, Mia Cole 12.{k}4, Eve Sand 12.{k}9." for k in range(8)]
    text = " ".join(rows) + " The final is on Sunday in the main hall."
    reading = read_language(text)
    assert reading.words >= MIN_WORDS and reading.english < 0.12 and reading.other == 0
    assert not_english(text) is None

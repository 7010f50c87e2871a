"""Invisible format characters (soft hyphens, zero-width spaces) leave the extracted text.

Some newspapers put a soft hyphen (U+00AD) inside nearly every word so browsers can hyphenate;
a page shows "Massy" while its text holds "Mas\u00adsy". Kept, such a word is no longer the word
for the tokenizer, the entity tagger or a reader's search: "al\u00adso stressed" gave the speaker
"also". Both extractors drop them (extract/common.py ``visible``).
"""

from __future__ import annotations

from tidings.extract.html import extract_html
from tidings.extract.text import extract_text

SOFT = "\u00ad"

PARAGRAPHS = [
    f"The gro{SOFT}cery chain Massy Stores closed all of its branch{SOFT}es on Friday after a "
    f"cy{SOFT}ber{SOFT}se{SOFT}cu{SOFT}ri{SOFT}ty attack stopped every checkout in the country.",
    f"Ronald Walcott, the man{SOFT}ag{SOFT}ing director of a security firm, said the attack looked "
    "like a denial of service rather than an attempt to steal personal information.",
    f"He al{SOFT}so stressed that companies would have to increase vig{SOFT}i{SOFT}lance "
    "concerning these attacks, and that the government would need new laws.",
    "Customers were turned away from the stores for most of the day, and the company said it "
    "hoped to open them again on Saturday morn\u200bing.",
]


def _page() -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Stores shut | Gazette"
        f"</title></head><body><main><article><h1>Stores shut</h1>{body}</article></main>"
        "</body></html>"
    )


def test_html_text_has_no_soft_hyphens_or_zero_width_spaces() -> None:
    art = extract_html(_page())
    assert art.status == "article"
    assert SOFT not in art.text and "\u200b" not in art.text
    assert "grocery chain Massy Stores" in art.text
    assert "He also stressed that companies would have to increase vigilance" in art.text
    assert "Saturday morning." in art.text


def test_scraped_text_has_no_soft_hyphens() -> None:
    text = "Stores shut\n\n" + "\n\n".join(PARAGRAPHS) + "\n"
    art = extract_text(text)
    assert SOFT not in art.text and "\u200b" not in art.text
    assert "cybersecurity attack" in art.text

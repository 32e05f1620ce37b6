"""The clean reader's fast path for simple markup gives markdown-it's tokens, and so the same
text, spans and note anchors.

``readers.simple_markup.tokens`` reads single-star italics, ``<sup>`` tags and line breaks
without markdown-it; anything else it leaves to markdown-it (None).
"""

from __future__ import annotations

from pathlib import Path
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akn_convert import lang as languages
from akn_convert.readers import clean, simple_markup

DATA = Path(__file__).parent / "data"
SETTINGS = settings(max_examples=600, deadline=None, derandomize=True)


def markdown_it_tokens(src: str) -> list[tuple[str, str]]:
    """markdown-it's inline tokens as the clean reader reads them (type; content for text and tags)."""
    children = clean._markdown().parseInline(src)[0].children or []
    return [(t.type, t.content if t.type in ("text", "html_inline") else "") for t in children]


def fast_tokens(src: str) -> list[tuple[str, str]] | None:
    got = simple_markup.tokens(src)
    return None if got is None else [(t.type, t.content) for t in got]


def slow_text(src: str, **kw):
    """``clean.to_text`` with markdown-it reading every text."""
    with mock.patch.object(simple_markup, "tokens", lambda s: None):
        return clean.to_text(src, **kw)


@pytest.mark.parametrize("src, expected", [
    ("*Rappelant* les fonctions", [("em_open", ""), ("text", "Rappelant"), ("em_close", ""), ("text", " les fonctions")]),
    ("organisée<sup>1</sup>, en vertu", [("text", "organisée"), ("html_inline", "<sup>"), ("text", "1"),
                                         ("html_inline", "</sup>"), ("text", ", en vertu")]),
    ("1. *Décide* de", [("text", "1. "), ("em_open", ""), ("text", "Décide"), ("em_close", ""), ("text", " de")]),
    ("la fin  \n  suite \net", [("text", "la fin"), ("hardbreak", ""), ("text", "suite"), ("softbreak", ""),
                                ("text", "et")]),
    ("*La Conférence …,*", [("em_open", ""), ("text", "La Conférence …,"), ("em_close", "")]),
    ("**Dixième session**", [("text", ""), ("strong_open", ""), ("text", "Dixième session"), ("strong_close", ""),
                             ("text", "")]),
    ("x **a**  \n*b* c", [("text", "x "), ("strong_open", ""), ("text", "a"), ("strong_close", ""), ("text", ""),
                         ("hardbreak", ""), ("em_open", ""), ("text", "b"), ("em_close", ""), ("text", " c")]),
])
def test_simple_markup_read_without_markdown_it(src, expected):
    assert fast_tokens(src) == expected == markdown_it_tokens(src)


@pytest.mark.parametrize("src", [
    "***Dixième session***",  # a run of three stars
    "**Dixième session*",  # runs of two lengths
    "*Dixième **session***",  # (nested)
    "Union européenne\\* : projet",  # an escape
    "a*b*c",  # stars inside a word may both open and close
    "a * b",  # a star between spaces does neither
    "*Rappelant * les*",  # (nor after an opener)
    "a*b c*",  # a star that may both open and close, as the opener
    "*Rappelant les fonctions",  # an emphasis left open
    "*a *b* c*",  # two openers in a row (nested)
    "snake_case", "`code`", "[lien](x)", "A &amp; B", "<sub>2</sub>", "a\rb", "a\x00b",
])
def test_other_markup_left_to_markdown_it(src):
    assert fast_tokens(src) is None


def test_the_reference_paragraphs_mostly_read_fast():
    """The clean reference input's paragraphs: nearly all read without markdown-it, each as markdown-it reads it."""
    text = (DATA / "CTOC-COP-2020-L.6-Rev.1.fr.clean.txt").read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    fast = [p for p in paragraphs if fast_tokens(p) is not None]
    assert len(fast) >= 0.8 * len(paragraphs)
    for p in fast:
        assert fast_tokens(p) == markdown_it_tokens(p), p


def test_every_test_text_block_as_markdown_it_reads_it():
    """Each block (between blank lines) of every test input, clean or PDF text, in every language."""
    fast = 0
    for path in sorted(DATA.rglob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        for block in text.split("\n\n"):
            got = fast_tokens(block)
            if got is not None:
                assert got == markdown_it_tokens(block), (path.name, block)
                fast += "*" in block or "<sup>" in block
    assert fast > 1000


#: pieces of text and markup, with the characters around a star that decide what it does
#: (letters, digits, white space of several kinds, ASCII and Unicode punctuation, symbols)
_PIECES = st.sampled_from(["*", "*", "**", "<sup>", "</sup>", "\n", " ", "  ", "\t", "\u00a0", "\u202f", "a", "é", "Rappelant",
                           "1", ",", ".", ";", ":", "(", ")", "«", "»", "“", "”", "’", "-", "—", "…", "/", "$",
                           "€", "+", "=", "!", "?", "#", "%", "'", '"', "中", "١", "ا"])


@SETTINGS
@given(st.lists(_PIECES, max_size=30))
def test_generated_text_fast_tokens_are_markdown_its(pieces):
    src = "".join(pieces)
    got = fast_tokens(src)
    if got is not None:
        assert got == markdown_it_tokens(src)


@SETTINGS
@given(st.lists(_PIECES, max_size=30), st.booleans(), st.booleans())
def test_generated_text_same_text_either_way(pieces, star, spaced):
    src = "".join(pieces)
    assert clean.to_text(src, star=star, spaced=spaced) == slow_text(src, star=star, spaced=spaced)


def test_reference_read_same_either_way(monkeypatch):
    """The whole clean reference input read with and without the fast path: the same blocks and notes."""
    text = (DATA / "CTOC-COP-2020-L.6-Rev.1.fr.clean.txt").read_text(encoding="utf-8")
    lang = languages.get("fr")
    fast = clean.read(text, lang)
    with monkeypatch.context() as m:
        m.setattr(simple_markup, "tokens", lambda s: None)
        slow = clean.read(text, lang)
    assert fast == slow
    assert len(fast.blocks) > 40 and [f.marker for f in fast.notes][:2] == ["*", "1"]

"""The words-in-order check: every word of the body (formula to last paragraph, notes
included) is in the XML once, in order.

Input side: the reader's blocks from the opening formula on (the adoption line and the annexes
included), then the footnotes (by marker).  Output side: the text of ``preamble``,
``mainBody``, ``conclusions`` and ``attachments`` (notes excluded), then the text of every
``authorialNote`` (by marker, ``aknxml.marker_key``).  Words are runs of letters and digits,
so punctuation and spacing do not count, but every word does, in its place.
"""

from __future__ import annotations

import re

from lxml import etree

from ..aknxml import AKN, marker_key, text_without_notes
from ..errors import TextCheckError

#: a run of letters and digits; each Chinese character is a word of its own (Chinese is not
#: spaced, so an element boundary such as the end of an italic opener may fall inside a run)
WORD_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\W\u3400-\u9fff\uf900-\ufaff]+")
BODY_PARTS = ("preamble", "mainBody", "conclusions", "attachments")


_CJK_RE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_SIMPLE_WORD_RE = re.compile(r"\w+")


def words(text: str) -> list[str]:
    if _CJK_RE.search(text) is None:  # (most texts: the simpler pattern is quicker)
        return _SIMPLE_WORD_RE.findall(text)
    return WORD_RE.findall(text)


def input_parts(body_texts: list[str], notes: dict[str, str]) -> list[str]:
    """The input side as texts: the body, then each note (by marker)."""
    return [" ".join(body_texts), *(notes[marker] for marker in sorted(notes, key=marker_key))]


def input_words(body_texts: list[str], notes: dict[str, str]) -> list[str]:
    return _words_of(input_parts(body_texts, notes))


def _words_of(parts: list[str]) -> list[str]:
    out: list[str] = []
    for part in parts:
        out.extend(words(part))
    return out


def output_parts(root: etree._Element) -> list[str]:
    """The output side as texts: the body (notes left out), then each note (by marker)."""
    statement = root.find(AKN + "statement")
    parts: list[str] = []
    for name in BODY_PARTS:
        part = statement.find(AKN + name) if statement is not None else None
        if part is not None:
            parts.append(text_without_notes(part))
    notes = {}
    for note in root.iter(AKN + "authorialNote"):
        notes.setdefault(note.get("marker", ""), text_without_notes(note))
    return [" ".join(parts), *(notes[marker] for marker in sorted(notes, key=marker_key))]


def output_words(root: etree._Element) -> list[str]:
    return _words_of(output_parts(root))


def compare(expected: list[str], actual: list[str]) -> str | None:
    """None when the two word lists are equal, else where and how they differ."""
    if expected == actual:
        return None
    n = next((i for i, (a, b) in enumerate(zip(expected, actual)) if a != b), min(len(expected), len(actual)))
    ctx = lambda ws: " ".join(ws[max(0, n - 6):n + 6]) or "(nothing)"  # noqa: E731
    if n >= len(actual):
        return f"the output stops at word {n + 1} of {len(expected)}; missing from: “{ctx(expected)}”"
    if n >= len(expected):
        return f"the output has {len(actual) - n} extra words from word {n + 1}: “{ctx(actual)}”"
    return (f"word {n + 1} differs: expected “{expected[n]}” in “{ctx(expected)}”, "
            f"the output has “{actual[n]}” in “{ctx(actual)}”")


def check(expected: list[str], root: etree._Element) -> None:
    problem = compare(expected, output_words(root))
    if problem:
        raise TextCheckError(f"words-in-order check failed: {problem}")


def check_texts(body_texts: list[str], notes: dict[str, str], root: etree._Element) -> None:
    """:func:`check` from the input's texts.  When the two sides split on white space into the
    same pieces they hold the same words (a word never spans white space), and the slower
    word-by-word comparison is skipped."""
    expected, actual = input_parts(body_texts, notes), output_parts(root)
    if [p.split() for p in expected] == [p.split() for p in actual]:
        return
    problem = compare(_words_of(expected), _words_of(actual))
    if problem:
        raise TextCheckError(f"words-in-order check failed: {problem}")

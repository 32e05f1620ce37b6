"""More fast paths of the inline parsers, each set beside the plain code it replaces, over the
lines of the test inputs of every language (and texts built to hit the edge cases):

- ``treaties.find``: a text without digits is searched for numbers written in words only when
  it holds one of the ``numerals`` pattern's needles.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from akn_convert import lang as languages
from akn_convert.parse.inline.grammar import grammar
from akn_convert.parse.inline.prefilter import may_match

DATA = Path(__file__).parent / "data"
CODES = ["fr", "en", "es", "ru", "ar", "zh"]


@lru_cache(maxsize=None)
def lines_of(code: str) -> tuple[str, ...]:
    """The distinct non-blank lines of the test inputs written in ``code`` (by their file name)."""
    out: dict[str, None] = {}
    for path in sorted(DATA.rglob(f"*.{code}.*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip():
                out[line] = None
    return tuple(out)


@pytest.mark.parametrize("code", CODES)
def test_the_test_inputs_of_every_language_are_there(code):
    assert len(lines_of(code)) > 100


#: a number written in words, in each language
NUMERALS = {"fr": "selon l'article premier de la Convention", "en": "under Article IV of the Treaty",
            "es": "según el artículo primero", "ru": "статья IV Договора", "ar": "المادة IV من المعاهدة",
            "zh": "《公约》第九条"}


@pytest.mark.parametrize("code", CODES)
def test_numbers_in_words_are_looked_for_only_where_a_needle_stands(code):
    g = grammar(languages.get(code))
    found = 0
    for line in (*lines_of(code), NUMERALS[code]):
        plain = g.numerals.search(line) is not None
        assert (may_match(g.numerals, line) and g.numerals.search(line) is not None) == plain, line
        found += plain
    assert found

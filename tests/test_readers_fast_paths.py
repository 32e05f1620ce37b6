"""The readers' quicker ways of working something out give what the plain ways give.

Each test sets a fast path beside the straightforward code it stands for (written out here as
it was) and compares them on generated input and on the test data.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akn_convert import lang as languages
from akn_convert.readers import lines as L
from akn_convert.readers import markers as M
from akn_convert.readers import pdf as P

DATA = Path(__file__).parent / "data"
SETTINGS = settings(max_examples=400, deadline=None, derandomize=True)
CODES = ("fr", "en", "es", "ru", "ar", "zh")


def _data_lines() -> list[str]:
    return [ln.strip() for p in sorted(DATA.rglob("*.txt"))
            for ln in p.read_text(encoding="utf-8", errors="replace").splitlines() if ln.strip()]


_LINES = _data_lines()


@pytest.mark.parametrize("code", CODES)
def test_conclusion_lines_found_as_by_each_pattern(code):
    """``is_conclusion`` (the patterns as one alternation) agrees with trying each pattern."""
    lang = languages.get(code)
    found = [t for t in _LINES if L.is_conclusion(t, lang)]
    assert found == [t for t in _LINES if any(re.match(p, t, re.I) for p in lang.conclusion_patterns)]
    assert not L.is_conclusion("Recalling its resolution 1/2,", lang)


def test_conclusion_lines_found_in_every_language():
    en, fr = languages.get("en"), languages.get("fr")
    assert L.is_conclusion("53rd plenary meeting", en) and L.is_conclusion("Adopted without a vote", en)
    assert L.is_conclusion("12e séance plénière", fr) and not L.is_conclusion("adoptée par", fr)  # ("A" as written)


_SPACEY = st.lists(st.sampled_from([" ", "  ", "\t", "\u00a0", "a", "é", "1", ".", "\n"]), max_size=30).map("".join)


@SETTINGS
@given(_SPACEY)
def test_squeeze_as_collapsing_then_stripping(s):
    assert L.squeeze(s) == re.sub(r"[ \t]+", " ", s).strip(" \t")


_DIGITY = st.text(alphabet=st.sampled_from(["1", "2", "0", "٣", "٠", "۴", "۱", "७", "８", "a", " ", "/", ",", "é"]),
                  max_size=25)


@SETTINGS
@given(_DIGITY)
def test_digit_runs_as_the_pattern_finds_them(text):
    assert [m.span() for m in M._digit_runs(text)] == [m.span() for m in M._DIGITS.finditer(text)]


def test_digit_runs_cut_by_script():
    assert [m.group() for m in M._digit_runs("en ٢٠٢٣1، 12 ۱۲١ ७८9")] == ["٢٠٢٣", "1", "12", "۱۲", "١", "७८9"]


_WORDY = st.lists(st.sampled_from(["a", "b", "-", "‑", " ", "é", "1", "_", "ab", "ba"]), max_size=30).map("".join)


@SETTINGS
@given(_WORDY, st.sampled_from(["a", "ab", "b-a", "ba", "é"]))
def test_dehyphenator_finds_whole_words_as_its_pattern_does(text, word):
    d = L.Dehyphenator(text, languages.get("fr"))
    edge = r"[^\W\d_]"
    pattern = rf"(?<!{edge})(?<!{edge}[-‑]){re.escape(word)}(?!{edge})(?![-‑]{edge})"
    assert d.occurs(word) == (re.search(pattern, text.casefold()) is not None)


@SETTINGS
@given(st.lists(st.text(alphabet="ab -–/", max_size=4), max_size=6), st.integers(1, 9))
def test_joined_tail_is_the_text_end(parts, n):
    joined = L._Joined()
    for p in parts:
        if p:
            joined.add(p)
    assert joined.tail(n) == "".join(parts)[-n:]


@pytest.mark.parametrize("raw, symbol", [
    ("A/RES/79/215      Protection of the rights", "A/RES/79/215"),
    ("Protection of the rights      CTOC/COP/2020/L.6/Rev.1", "CTOC/COP/2020/L.6/Rev.1"),
    ("Protection of the rights      of migrants", None),  # (no slash: no symbol)
    ("A/RES/79/215 Protection", None),  # (one space: not set apart)
])
def test_header_symbol(raw, symbol):
    assert P.header_symbol(raw) == symbol


def plain_known_formula(text: str, lang) -> bool:
    return text[-1:] in ",،，" and lang.fold(text).rstrip(" ,،，") in lang.folded_formulas


_PARAGRAPHS = [p.replace("\n", " ").strip() for path in sorted(DATA.rglob("*.txt"))
               for p in path.read_text(encoding="utf-8", errors="replace").split("\n\n") if p.strip()]


@pytest.mark.parametrize("code", CODES)
def test_known_formula_as_folding_the_whole(code):
    """``is_known_formula`` tells a long text apart by its first words: as folding it whole does,
    on every line and paragraph of the test data, and on each formula with more after it."""
    lang = languages.get(code)
    texts = _LINES + _PARAGRAPHS + [f"{f} " + "x" * 300 + "," for f in lang.formulas.values()]
    assert [t for t in texts if L.is_known_formula(t, lang)] == [t for t in texts if plain_known_formula(t, lang)]
    assert all(L.is_known_formula(f.rstrip(" ,،，") + ",", lang) for f in lang.formulas.values())


#: letters, combining marks (which folding drops), spaces, commas and what folding changes
_FOLDY = st.lists(st.sampled_from(["a", "É", "ß", "İ", "\u0301", "\u0651", "\u0f73", " ", "  ", ",", "，", "’", "x" * 40,
                                    "The General Assembly", "La Conférence des Parties"]), max_size=12).map("".join)


@SETTINGS
@given(_FOLDY, st.sampled_from(CODES))
def test_known_formula_on_generated_text(text, code):
    lang = languages.get(code)
    for t in (text + ",", next(iter(lang.formulas.values())) + text + ","):
        assert L.is_known_formula(t, lang) == plain_known_formula(t, lang)

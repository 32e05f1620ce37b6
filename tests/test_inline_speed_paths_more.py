"""More fast paths of the inline parsers, each set beside the plain code it replaces, over the
lines of the test inputs of every language (and texts built to hit the edge cases):

- ``treaties.find``: a text without digits is searched for numbers written in words by each
  alternative of the ``numerals`` pattern apart, and only where one of its needles stands;
- ``names.word_trie``: the first words of names written as a tree of their shared starts find
  what the flat list of them finds;
- ``prefilter.iter_matches``, ``prefilter.search``: a regex tried only where one of the strings
  its matches start with stands (``prefilter.starts``) finds what its ``finditer`` and its
  ``search`` find;
- ``prefilter.per_regex``: what is worked out for a regex is looked up by the regex's identity
  (not by its hash, which reads its whole compiled code).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akn_convert import lang as languages
from akn_convert.parse.inline.grammar import grammar
from akn_convert.organs import SYMBOL_RE, SYMBOL_UNSPACED_RE
from akn_convert.parse.inline.names import names, word_trie
from akn_convert.parse.inline.prefilter import guard, iter_matches, needles, per_regex, search, starts
from akn_convert.parse.inline.treaties import _numbers_in_words
from test_inline_speed_paths import _regexes

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
        assert _numbers_in_words(line, g) == plain, line
        found += plain
    assert found


@pytest.mark.parametrize("code", ["fr", "en", "es", "ru", "ar"])  # (Chinese names have no first words)
def test_the_tree_of_first_words_finds_what_their_list_finds(code):
    words = names(languages.get(code)).scan.by_word
    flat = re.compile(rf"(?:{'|'.join(map(re.escape, sorted(words, key=lambda w: (-len(w), w))))})(?!\w)")
    tree = re.compile(rf"(?:{word_trie(words)})(?!\w)")
    # the words, each run into the next, cut short or made longer, inside other words
    texts = [*lines_of(code), " ".join(words), "".join(words), " ".join(w[:-1] for w in words),
             " ".join(w + "s" for w in words), " ".join("x" + w for w in words)]
    for text in texts:
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)], text


def test_a_tree_of_words():
    assert word_trie(["Conseil", "Convention", "Comité", "CS", "Cour"]) == "C(?:S|o(?:mité|n(?:seil|vention)|ur))"
    assert word_trie(["Bonn", "Bonne", "Bonnes"]) == "Bonn(?:e(?:s)?)?"
    tree = re.compile(rf"(?:{word_trie(['Bonn', 'Bonne', 'Bonnes'])})(?!\w)")
    assert [m.group() for m in tree.finditer("Bonn Bonnet Bonnes Bonne")] == ["Bonn", "Bonnes", "Bonne"]


# ----------------------------------------------------------------------------- where matches start


@pytest.mark.parametrize("pattern, expected", [
    (r"abc", ("abc",)),
    (r"(?:x\s+)?ab", ("ab", "x")),  # an optional part: its start, or what follows it
    (r"\b(?:sa\s+)?[Rr]ésolutions?", ("Résolution", "résolution", "sa")),  # "résolutions" starts so too
    (r"(?<!\w)(?:و|ف)?(?=\w)ab", ("ab", "ف", "و")),  # look-arounds are zero width
    (r"(?:ab)+c", ("ab",)),  # the first time, then unknown
    (r"a{2,3}b", ("a",)),  # (the first time only)
    (r"(?!x)x|ab", ("ab",)),  # what never matches starts nowhere
    (r"(?!x)x", ()),
    (r"\w+ab", None),  # any character may start a match
    (r"(?:ab)?", None),  # a match may be empty
    (r"a|\d", None),
    (r"(?i)ab", None),
    (r"x(?i:ab)", ("x",)),
])
def test_starts_of_patterns(pattern, expected):
    assert starts(pattern) == expected


def test_starts_of_the_reference_grammar():
    fr = grammar(languages.get("fr"))
    assert starts(fr.keyword) == ("Décision", "Résolution", "décision", "résolution", "sa", "ses")
    assert starts(fr.citation) == ("Ibid.", "Nations")
    assert starts(re.compile("ab", re.IGNORECASE)) is None


#: the atoms of random regexes: anchors and look-behinds too (a match tried at a place must read
#: what stands before it as a search does)
_ATOMS = st.sampled_from(["a", "b", "ab", "ba", "/", r"\.", "[ab]", "[a-c]", "[^a]", ".", r"\b", r"\B", r"\s",
                          r"(?=a)", r"(?!b)", r"(?<=a)", r"(?<!b)", r"(?i:ab)", r"\d", r"(?!a)a", r"$", r"^"])


@settings(max_examples=400, deadline=None, derandomize=True)
@given(pattern=_regexes(_ATOMS), text=st.text(alphabet="abcAB/. 1", max_size=14),
       pos=st.integers(0, 15), endpos=st.integers(0, 15))
def test_tried_where_matches_start_finds_what_finditer_finds(pattern, text, pos, endpos):
    rx = re.compile(pattern)
    expected = [m.span() for m in rx.finditer(text)]
    found = starts(rx)
    if found is not None:
        assert all(text.startswith(found, s) for s, _ in expected), (pattern, text, found)
    assert [m.span() for m in iter_matches(rx, text)] == expected, (pattern, text, found)
    first = rx.search(text, pos, endpos)  # (a stretch of the text: what stands before it is read)
    assert _seen(search(rx, text, pos, endpos)) == _seen(first), (pattern, text)


@pytest.mark.parametrize("code", CODES)
def test_tried_where_matches_start_in_every_language(code):
    lang = languages.get(code)
    g = grammar(lang)
    regexes = [g.keyword, g.article, g.chapter, g.citation, g.internal, SYMBOL_RE, SYMBOL_UNSPACED_RE]
    found = 0
    for line in lines_of(code):
        for rx in regexes:
            expected = [(m.span(), m.groupdict()) for m in rx.finditer(line)]
            assert [(m.span(), m.groupdict()) for m in iter_matches(rx, line)] == expected, (rx.pattern, line)
            found += len(expected)
    assert found > 50


def _seen(m: re.Match | None):
    return None if m is None else (m.span(), m.groups())


@pytest.mark.parametrize("code", CODES)
def test_searched_where_matches_start_in_every_language(code):
    established = grammar(languages.get(code)).established  # (searched up to a reference)
    found = 0
    for line in (*lines_of(code), "the Security Council Committee established pursuant to resolution 1267 (1999)",
                 "le Comité du Conseil de sécurité créé par la résolution 1540 (2004)"):
        for end in range(0, len(line) + 1, 7):
            expected = established.search(line, max(0, end - 160), end)
            got = search(established, line, max(0, end - 160), end)
            assert _seen(got) == _seen(expected), line
            found += expected is not None
    assert found or code in ("ru", "ar", "zh")  # (whose grammars name no such body)


def test_worked_out_once_for_each_regex():
    seen = []
    first_letter = per_regex(lambda rx: seen.append(rx.pattern) or rx.pattern[0])
    a, b = re.compile("abc"), re.compile("xyz")
    assert [first_letter(a), first_letter(b), first_letter(a), first_letter(b)] == ["a", "x", "a", "x"]
    assert seen == ["abc", "xyz"]


@pytest.mark.parametrize("code", CODES)
def test_the_needles_kept_for_each_regex_are_its_needles(code):
    g = grammar(languages.get(code))
    for rx in (g.keyword, g.article, g.citation, g.internal, g.chapter, g.title, *g.numeral_parts):
        assert guard(rx) == needles(rx) and guard(rx) is guard(rx)

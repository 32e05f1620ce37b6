"""The fast paths of the inline parsers give what the slow ones give.

- ``prefilter.needles``: every text a regex matches in holds one of its needles (a text that
  holds none is skipped without running the regex);
- ``names.NameScan``: the six name indexes searched in one pass find what each index's own
  ``find`` finds, in every language.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from akn_convert import lang as languages
from akn_convert.organs import SYMBOL_RE
from akn_convert.parse.inline.grammar import grammar
from akn_convert.parse.inline.names import name_alternatives, names
from akn_convert.parse.inline.prefilter import may_match, needles

SETTINGS = settings(max_examples=300, deadline=None, derandomize=True)


# ----------------------------------------------------------------------------- needles


@pytest.mark.parametrize("pattern, expected", [
    (r"ab(c|d)?e", ("abce", "abde", "abe")),
    (r"(ab|cd)x+(efg|hij)", ("abx", "cdx")),  # the first repeat, then unknown
    (r"q(ab){2,3}", ("qab",)),
    (r"(?:/x)+y", ("/x",)),
    (r"ab(?:cd)+efghi", ("efghi",)),  # the longest promise wins
    (r"x(?i:abc)", ("x",)),  # a case-blind part promises nothing
    (r"[Rr]ésolutions?", ("Résolution", "résolution")),  # "résolutions" holds "résolution"
    (r"(?i)abc", None),
    (r"a*", None),
    (r"\w+", None),
    (r"[^a]bc", ("bc",)),
    # a part that never matches (what a language without some construct has): no needle of its own
    (r"(?!x)x", ()),
    (r"(?!x)x|\bpremier\b|[Aa]rticle", ("Article", "article", "premier")),
    (r"a(?!x)xb|cd", ("cd",)),
    (r"(?:(?!x)x)?ab", ("ab",)),
    (r"(?!x)y", ("y",)),  # a look-ahead that refuses another letter promises nothing
])
def test_needles_of_patterns(pattern, expected):
    assert needles(pattern) == expected


def test_needles_of_the_reference_grammar():
    fr, en = grammar(languages.get("fr")), grammar(languages.get("en"))
    assert needles(fr.keyword) == ("Décision", "Résolution", "décision", "résolution")
    assert needles(en.keyword) == ("Decision", "Resolution", "decision", "resolution")
    # "paragraphe 2 ci-dessus", "paragraphe 2 de la présente résolution"
    assert needles(fr.internal) == ("ci-après", "ci-dessous", "ci-dessus", "décision", "résolution")
    assert needles(SYMBOL_RE) == ("/",)
    # French writes no numbers in characters of their own: its numerals are "premier" and
    # roman articles, and a text without them is skipped (not every text with an "x")
    assert needles(fr.numerals) == ("Article", "article", "premier")
    assert needles(re.compile("abc", re.IGNORECASE)) is None


def test_may_match_skips_only_texts_without_needles():
    kw = grammar(languages.get("fr")).keyword
    assert may_match(kw, "rappelant sa résolution 5/2")
    assert not may_match(kw, "rappelant sa décla ration 5/2")
    never = re.compile(r"(?!x)x")
    assert not may_match(never, "x x x") and not never.search("x x x")


_ATOMS = st.sampled_from(["a", "b", "ab", "ba", "/", r"\.", "[ab]", "[a-c]", "[^a]", ".", r"\b", r"\s",
                          r"(?=a)", r"(?!b)", r"(?<=a)", r"(?i:ab)", r"\d", r"(?!a)a", r"(?!b)a"])


def _regexes(atoms=_ATOMS):
    return st.recursive(
        atoms,
        lambda inner: st.one_of(
            st.tuples(inner, inner).map("".join),
            st.tuples(inner, inner).map(lambda t: f"(?:{t[0]}|{t[1]})"),
            st.tuples(inner, st.sampled_from(["?", "*", "+", "{2}", "{1,3}", "+?"])).map(
                lambda t: f"(?:{t[0]}){t[1]}"),
            inner.map(lambda r: f"({r})"),
        ),
        max_leaves=8,
    )


@SETTINGS
@given(pattern=_regexes(), text=st.text(alphabet="abcAB/. 1", max_size=12))
def test_a_match_holds_a_needle(pattern, text):
    found = needles(pattern)
    if found is not None and re.search(pattern, text):
        assert any(n in text for n in found), (pattern, text, found)


# ----------------------------------------------------------------------------- one-pass names


def _name_words(code: str) -> list[str]:
    """Words and pieces of the language's names, to build texts that hold names, parts of
    names, names inside words and names run together."""
    lang = languages.get(code)
    n = names(lang)
    forms = [f for index in (lang.body_names, lang.body_short_names, lang.treaty_names, lang.role_names)
             for fs in index.values()
             for f in fs] + list(lang.organ_names.values()) + list(lang.places) + list(lang.treaty_heads)
    words = {w for f in forms for w in re.split(r"(\W)", f) if w.strip()}
    # an unspaced language's names have no first word to look for: each index searches alone
    assert (n.scan.regex is not None) == lang.spaced
    return sorted(words) + sorted(set(forms))


@pytest.mark.parametrize("code", ["fr", "en", "es", "ru", "ar", "zh"])
def test_one_pass_finds_what_each_index_finds(code):
    lang = languages.get(code)
    n = names(lang)
    pieces = _name_words(code) + [" ", " ", ", ", "-", "x", "’", "'", "\n"]

    @settings(max_examples=150, deadline=None, derandomize=True)
    @given(st.lists(st.sampled_from(pieces), max_size=25).map("".join))
    def check(text):
        alone = tuple(index.find(text) for index in (n.treaties, n.bodies, n.shorts, n.heads, n.places, n.roles))
        assert n.scan.find(text) == alone

    check()


def test_one_pass_on_a_french_sentence():
    n = names(languages.get("fr"))
    text = ("Rappelant la Convention des Nations Unies contre la criminalité transnationale organisée, "
            "le Groupe de travail sur la traite des personnes, l'Office à Vienne et la sous-Commission, "
            "le Secrétaire général adjoint et le Secrétaire général")
    treaties, bodies, shorts, heads, places, roles = n.scan.find(text)
    assert [text[m.start:m.end] for m in treaties] == [
        "Convention des Nations Unies contre la criminalité transnationale organisée"]
    assert [m.ids for m in bodies] == [("un-ctoc-cop-wg-tip",)]
    assert [text[m.start:m.end] for m in shorts] == ["Groupe de travail", "Office"]  # not "sous-Commission"
    assert [text[m.start:m.end] for m in heads] == ["Convention"]
    assert [m.ids for m in places] == [("vienna",)]
    assert [m.ids for m in roles] == [("under-secretary-general",), ("secretary-general",)]


def test_a_lower_case_first_letter_gives_both_cases():
    assert name_alternatives("troisième Convention") == ("troisième\\s+Convention", "Troisième\\s+Convention")
    assert name_alternatives("Convention") == ("Convention",)

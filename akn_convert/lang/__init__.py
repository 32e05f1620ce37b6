"""Language knowledge, one data module per language.

``get("fra")`` or ``get("fr")`` returns a :class:`~akn_convert.lang.base.Language`;
``detect(text)`` guesses the language of a text.  Adding a language means adding a module
here and its code to ``MODULES``; no code elsewhere changes.
"""

from __future__ import annotations

import importlib
import re
from collections import Counter
from functools import lru_cache

from .base import Language, _fold

#: ISO 639-2 code -> module name
MODULES = {"fra": "fr", "eng": "en", "spa": "es", "rus": "ru", "ara": "ar", "zho": "zh"}
#: ISO 639-1 -> ISO 639-2
CODE3 = {mod: code for code, mod in MODULES.items()}


def codes() -> list[str]:
    return list(MODULES)


def known() -> str:
    """The languages as ``--lang`` takes them, for messages: "fr, en, es, ru, ar, zh"."""
    return ", ".join(get(code).code2 for code in MODULES)


@lru_cache(maxsize=None)
def get(code: str) -> Language:
    code = code.lower()
    code = CODE3.get(code, code)
    if code not in MODULES:
        raise KeyError(code)
    return importlib.import_module(f".{MODULES[code]}", __name__).LANGUAGE


def detect(text: str) -> Language:
    """The language of ``text``.

    First the opening formula: a line that is one language's formula ("The General Assembly,",
    "大会，") decides, whatever the masthead (in English on every language's cover page) or a
    quoted title says.  Then the script: a language with a script of its own (Cyrillic,
    Arabic, Chinese) wins when its letters outnumber Latin ones, or when the lines it is written
    on are as many as the lines in Latin letters only (a short text under an English masthead;
    a Russian text quotes Latin symbols, an English one rarely Cyrillic).  Among languages written in Latin
    letters, the one whose frequent short words and paragraph openers ("Recordando", "Décide")
    occur most outside quotations (an English text quoting a French title is English).
    """
    sample = text[:20000]
    by_formula = _formula_languages(sample)
    if len(by_formula) == 1:
        return by_formula.pop()
    own_script = [lang for lang in map(get, MODULES) if lang.script_regex]
    if _any_script(tuple(own_script)).search(sample):
        scripts = [(_letters(_script_runs(lang), sample), lang) for lang in own_script]
        count, lang = max(scripts, key=lambda c: c[0])
        lines = [ln for ln in sample.splitlines() if _LATIN_RE.search(ln) or lang.script_regex.search(ln)]
        own_lines = sum(1 for ln in lines if lang.script_regex.search(ln))
        if count > _letters(_LATIN_RE, sample) or own_lines >= len(lines) - own_lines:
            return lang
    counts = Counter(re.findall(r"\w+", _QUOTATION_RE.sub(" ", sample[:_WORDS_SAMPLE]).casefold()))
    best, best_score = get("eng"), -1
    for code in MODULES:
        lang = get(code)
        if lang.script_regex:
            continue
        score = sum(counts[w] for w in _frequent_words(lang) if w in counts)
        if score > best_score:
            best, best_score = lang, score
    return best


#: how much of the text the frequent words are counted in (a few pages: plenty to tell the
#: languages apart, and the count is the slowest step of detection)
_WORDS_SAMPLE = 8000
_LATIN_RE = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")


#: a quotation (a title quoted in another language): left out of the count of frequent words;
#: quotation marks that open and close differently may hold a line break (a title wrapped in
#: PDF text), straight ones are taken on one line only
_QUOTATION_RE = re.compile(r"“[^”]{0,400}”|«[^»]{0,400}»|„[^“”]{0,400}[“”]|\"[^\"\n]{0,400}\"")
#: what marks a formula up in clean text ("*The General Assembly*,") and the spaces around it
_FORMULA_MARKUP = " \t*_\u00a0"


def _formula_languages(sample: str) -> set[Language]:
    """The languages one of whose opening formulas stands alone on a line of ``sample``."""
    found: set[Language] = set()
    by_formula = _formulas()
    for line in sample.splitlines()[:400]:
        line = line.strip(_FORMULA_MARKUP).replace("*", "")
        if not line or line[-1] not in ",،，" or len(line) > 200:
            continue
        found.update(by_formula.get(_fold(line.rstrip(",،， ")), ()))
    return found


@lru_cache(maxsize=None)
def _formulas() -> dict[str, tuple[Language, ...]]:
    """Every language's opening formulas, folded, with the languages that have each one (a
    line is folded once, not once per language)."""
    out: dict[str, tuple[Language, ...]] = {}
    for lang in map(get, MODULES):
        for formula in lang.folded_formulas:
            out[formula] = (*out.get(formula, ()), lang)
    return out


def _letters(runs: re.Pattern, text: str) -> int:
    """How many characters of ``text`` the run pattern ``runs`` matches."""
    return sum(map(len, runs.findall(text)))


@lru_cache(maxsize=None)
def _any_script(langs: tuple[Language, ...]) -> re.Pattern:
    return re.compile("|".join(lang.script for lang in langs))


@lru_cache(maxsize=None)
def _script_runs(lang: Language) -> re.Pattern:
    """Runs of the letters of a language's own script (counted by length: fewer matches)."""
    return re.compile(f"(?:{lang.script})+")


@lru_cache(maxsize=None)
def _frequent_words(lang: Language) -> frozenset[str]:
    """Short words and one-word paragraph openers of a language, lower-cased."""
    openers = (w for w in (*lang.preamble_openers, *lang.operative_openers) if " " not in w)
    return frozenset(w.casefold() for w in (*lang.stopwords, *openers))

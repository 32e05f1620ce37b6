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

from .base import Language

#: ISO 639-2 code -> module name
MODULES = {"fra": "fr", "eng": "en", "spa": "es", "rus": "ru", "ara": "ar", "zho": "zh"}
#: ISO 639-1 -> ISO 639-2
CODE3 = {mod: code for code, mod in MODULES.items()}


def codes() -> list[str]:
    return list(MODULES)


@lru_cache(maxsize=None)
def get(code: str) -> Language:
    code = code.lower()
    code = CODE3.get(code, code)
    if code not in MODULES:
        raise KeyError(code)
    return importlib.import_module(f".{MODULES[code]}", __name__).LANGUAGE


def detect(text: str) -> Language:
    """The language of ``text``.

    First the script: a language with a script of its own (Cyrillic, Arabic, Chinese) wins
    when its letters outnumber Latin ones (a Russian text quotes Latin symbols, an English one
    rarely Cyrillic).  Among languages written in Latin letters, the one whose frequent short
    words and paragraph openers ("Recordando", "Décide") occur most.
    """
    sample = text[:20000]
    own_script = [lang for lang in map(get, MODULES) if lang.script_regex]
    if _any_script(tuple(own_script)).search(sample):
        scripts = [(_letters(_script_runs(lang), sample), lang) for lang in own_script]
        count, lang = max(scripts, key=lambda c: c[0])
        if count > _letters(_LATIN_RE, sample):
            return lang
    counts = Counter(re.findall(r"\w+", sample[:_WORDS_SAMPLE].casefold()))
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

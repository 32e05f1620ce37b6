"""Language knowledge, one data module per language.

``get("fra")`` or ``get("fr")`` returns a :class:`~akn_convert.lang.base.Language`;
``detect(text)`` guesses the language of a text.  Adding a language means adding a module
here and its code to ``MODULES``; no code elsewhere changes.
"""

from __future__ import annotations

import importlib
import re
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
    latin = len(re.findall(r"[A-Za-zÀ-ÖØ-öø-ÿ]", sample))
    scripts = [(len(lang.script_regex.findall(sample)), lang) for lang in map(get, MODULES) if lang.script_regex]
    count, lang = max(scripts, key=lambda c: c[0], default=(0, None))
    if lang is not None and count > latin:
        return lang
    folded = sample.casefold()
    words = re.findall(r"\w+", folded)
    best, best_score = get("eng"), -1
    for code in MODULES:
        lang = get(code)
        if lang.script_regex:
            continue
        known = _frequent_words(lang)
        score = sum(1 for w in words if w in known)
        if score > best_score:
            best, best_score = lang, score
    return best


@lru_cache(maxsize=None)
def _frequent_words(lang: Language) -> frozenset[str]:
    """Short words and one-word paragraph openers of a language, lower-cased."""
    openers = (w for w in (*lang.preamble_openers, *lang.operative_openers) if " " not in w)
    return frozenset(w.casefold() for w in (*lang.stopwords, *openers))

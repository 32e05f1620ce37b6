"""How common a word is in a language, from the word lists of the wordfreq library (built from
Wikipedia, subtitles, news, books and the web, for each of the UN's languages): what decides a
hyphen at a line end that the document's own words leave open ("good-" / "neighbourliness")."""

from __future__ import annotations

from functools import lru_cache


@lru_cache(maxsize=8192)
def zipf(word: str, lang: str) -> float:
    """The word's frequency on the Zipf scale (0: not in the list; 3: once per million words;
    6: "the"); a word with a hyphen is its parts' combined frequency."""
    from wordfreq import zipf_frequency  # (loads the language's list once: 0.1-0.3 s)

    try:
        return zipf_frequency(word, lang)
    except (LookupError, ImportError):  # a language wordfreq has no list for, or whose words it
        return 0.0  # cuts with a library that is not installed (Chinese: jieba)

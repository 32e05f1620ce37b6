"""Footnote markers that PDF extraction glued to the text.

A PDF's superscript note numbers come out as plain digits: ``organisée1,`` (glued to a word),
``juillet 20173`` (glued to a year: 2017 + note 3), ``72/4;1`` (after punctuation) or, in
scanned yearbooks, ``Lebanon, 29`` (a bare number).  Only numbers that have a footnote are
looked for, so ordinary numbers stay as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.base import Language, ascii_digits
from ..model import NoteAnchor

GLUED, YEAR, BARE = 0, 1, 2  # strength of a candidate, strongest first


@dataclass
class Candidate:
    block: int
    start: int  # offset of the marker digits in the block text
    end: int
    marker: str
    strength: int


#: what may follow a marker: white space, punctuation, the end of the text
_AFTER = frozenset(",.;:)»”’\"，；：。、）،؛")
#: closing punctuation a marker may be glued to: "»3", "《公约》1"
CLOSING = frozenset(")»”’\"》」』）")
#: a run of digits of one script: "٢٠٢٣1" is a year in Arabic-Indic digits and the note "1"
_DIGITS = re.compile(r"[0-9]+|[٠-٩]+|[۰-۹]+|\d+")
_ANY_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"1[6-9]\d\d|20\d\d")
#: a year that ends the text before it
_YEAR_END = re.compile(r"(?<![\d.,/])(?:1[6-9]\d\d|20\d\d)$")
#: a resolution's number or a symbol before a comma ("79/173,5", "A/80/215,2"): no decimal comma
_NUMBER_END = re.compile(r"(?<!\S)\S*/[^\s/]*\d$")
_NEXT = re.compile(r"\s*(\S)")


def _digit_runs(text: str):
    """What ``_DIGITS.finditer(text)`` finds, faster: the runs of digits of any script first (one
    class of characters, which the regex engine skips to fast), and only a run with digits that
    are not ASCII cut by script (``_DIGITS`` has no context: its matches lie in those runs)."""
    for run in _ANY_DIGITS.finditer(text):
        if run.group().isascii():
            yield run  # (``[0-9]+`` takes it whole)
        else:
            yield from _DIGITS.finditer(text, run.start(), run.end())


def _next_is_digit(text: str, pos: int) -> bool:
    """Whether the first character after the white space at ``pos`` is a digit."""
    m = _NEXT.match(text, pos)
    return bool(m) and m.group(1).isdigit()


def _token_start(text: str, pos: int) -> int:
    """Where the run of non-space characters that ends at ``pos`` starts."""
    while pos > 0 and not text[pos - 1].isspace():
        pos -= 1
    return pos


def _letter(c: str) -> bool:
    """``c`` is a letter (what ``[^\\W\\d_]`` matches)."""
    return c.isalnum() and not c.isdecimal()


def _other_digits(c: str, digits: str) -> bool:
    """``c`` is a digit of another script than ``digits`` ("٣" before the note number "1")."""
    return c.isdecimal() and digits.isascii() != c.isascii()


def _candidates(text: str, markers: frozenset[str], block: int, lang: Language) -> list[Candidate]:
    """Every place in ``text`` where one of ``markers`` may be a footnote number: each run of
    digits is looked at once, by what stands before and after it."""
    out: list[Candidate] = []
    # no marker's number in the block: no scan needed (a number in ASCII digits is seen as it
    # is; only a block without any has its other digits made ASCII, "١" the note "1", and is
    # looked at again)
    if not any(marker in text for marker in markers):
        digits_only = ascii_digits(text)
        if not any(marker in digits_only for marker in markers):
            return out
    for run in _digit_runs(text):
        a, b = run.span()
        digits = ascii_digits(run.group())  # (notes numbered "١", "٢" in Arabic-Indic digits: "1", "2")
        if digits not in markers and not (len(digits) > 4 and digits[4:] in markers):
            continue  # (most numbers: no note's number, alone or after a year; nothing below takes them)
        nxt = text[b:b + 1]
        prev, prev2 = text[a - 1:a], text[a - 2:a - 1]
        if nxt and not (nxt in _AFTER or nxt.isspace()) and not (
                not lang.spaced and prev in CLOSING and _letter(nxt)):
            continue  # (without spaces, a word may follow: "《残疾人权利公约》1第九条")
        if digits in markers and prev == "(" and nxt == ")" and (
                _letter(prev2) or prev2 in CLOSING or _YEAR_END.search(ascii_digits(text[max(0, a - 9):a - 1]))):
            # in parentheses, as Arabic documents print a note's number: "والثقافية(1)،", "لعام 2023(1)"
            # (after a year only, not after a number: "المادة 2(1)" is paragraph 1 of article 2)
            out.append(Candidate(block, a - 1, b + 1, digits, GLUED))
        elif digits in markers:
            if _letter(prev) or prev in CLOSING or _other_digits(prev, run.group()):
                # "organisée1," "Convention2," "Goals2" "»3" "٢٠٢٣1،"
                out.append(Candidate(block, a, b, digits, GLUED))
            elif (nxt == "" or nxt.isspace()) and prev and (
                    (prev in ",;:." and (_letter(prev2) or prev2 in CLOSING)) or (prev in ";:" and prev2.isdecimal())
                    or (prev == "," and (_YEAR_END.search(text, max(0, a - 8), a - 1)
                                         or _NUMBER_END.search(text, max(0, a - 65), a - 1))
                        and not _next_is_digit(text, b))):
                # glued after punctuation that ends a clause: "72/4;1" "Development,2 of"
                # "Plan of Action on Ageing, 2002,1" "… Criminal Justice”,3" "resolution 79/173,5"
                # (each looked for in the few characters around: a paragraph may hold thousands)
                token = text[_token_start(text, a):a]
                if not (token.endswith(".") and ("/" in token or re.fullmatch(r"\(?[A-Z]\.", token))):
                    out.append(Candidate(block, a, b, digits, GLUED))  # not "A/73/L.6", "No.6"
            elif prev == " " and prev2 and not prev2.isspace() and not _bare_number(text, a - 1, b, lang):
                # a bare number after a word or a year: "Lebanon, 29" "Agreement 4 requires"
                out.append(Candidate(block, a - 1, b, digits, BARE))
        elif len(digits) > 4 and digits[4:] in markers and _YEAR.fullmatch(digits[:4]):
            out.append(Candidate(block, a + 4, b, digits[4:], YEAR))  # "juillet 20173" = 2017 + note 3
    return out


def _bare_number(text: str, start: int, end: int, lang: Language) -> bool:
    """Whether the bare number at ``[start, end)`` (its space first) is an ordinary number (of
    an article, a date, a list, a percentage), not a footnote marker."""
    before = text[:start].rstrip(",;:")
    prev_word = re.search(r"(\S+)$", before)
    if not prev_word:
        return True
    word = prev_word.group(1)
    folded = lang.fold(word.strip("(«“\"'"))
    if re.fullmatch(r"[\d.,:/()\-–]*\d", word) and not re.search(r"(?<!\d)(1[6-9]\d\d|20\d\d)$", word):
        return True  # "25 and 26": a list of numbers, not a marker (a year is fine)
    if folded in lang.number_words or lang.month(folded) is not None:
        return True  # "article 4", "vol. 2", "6 juillet", "than 50"
    nxt = text[end:].lstrip()
    if nxt[:1].isdigit() or lang.month(re.split(r"[\s,.;:]", nxt, maxsplit=1)[0] or "-") is not None:
        return True  # part of a date or a list of numbers
    return bool((nxt and nxt[0] in "%‰") or re.match(r"(?:per\s?cent|pour\s?cent)\b", nxt))


def find_markers(texts: list[str], markers: list[str], lang: Language) -> dict[int, list[Candidate]]:
    """Find each numeric footnote marker in the block texts, per block index.

    The first candidate of the strongest kind is the note's place; a note cited again later
    (a glued marker after its first citation) gets a second anchor.  A candidate's
    ``[start, end)`` is what :func:`strip_markers` removes (a bare marker takes its space).
    """
    if not markers:
        return {}
    every = [c for i, t in enumerate(texts) for c in _candidates(t, frozenset(markers), i, lang)]
    by_marker: dict[str, list[Candidate]] = {}
    for c in sorted(every, key=lambda c: (c.block, c.start)):
        by_marker.setdefault(c.marker, []).append(c)
    chosen: list[Candidate] = []
    taken: set[tuple[int, int]] = set()  # (block, character) of the candidates chosen: a marker is a few characters
    for marker in markers:
        cands = by_marker.get(marker)
        if not cands:
            continue
        best = min(c.strength for c in cands)
        first = min((c for c in cands if c.strength == best), key=lambda c: (c.block, c.start))
        later = [c for c in cands if c.strength == GLUED and (c.block, c.start) > (first.block, first.start)]
        for c in [first, *later]:
            spot = [(c.block, k) for k in range(c.start, c.end)]
            if taken.isdisjoint(spot):
                chosen.append(c)
                taken.update(spot)
    out: dict[int, list[Candidate]] = {}
    for c in chosen:
        out.setdefault(c.block, []).append(c)
    return out


def strip_markers(text: str, found: list[Candidate]) -> tuple[str, list[NoteAnchor]]:
    """Remove the markers found in ``text``; return the text and anchors at their places."""
    out, anchors, pos, removed = [], [], 0, 0
    for c in sorted(found, key=lambda c: c.start):
        out.append(text[pos:c.start])
        anchors.append(NoteAnchor(c.start - removed, c.marker))
        removed += c.end - c.start
        pos = c.end
    out.append(text[pos:])
    return "".join(out), anchors

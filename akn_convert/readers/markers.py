"""Footnote markers that PDF extraction glued to the text.

A PDF's superscript note numbers come out as plain digits: ``organisée1,`` (glued to a word),
``juillet 20173`` (glued to a year: 2017 + note 3), ``72/4;1`` (after punctuation) or, in
scanned yearbooks, ``Lebanon, 29`` (a bare number).  Only numbers that have a footnote are
looked for, so ordinary numbers stay as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.base import Language
from ..model import NoteAnchor

GLUED, YEAR, BARE = 0, 1, 2  # strength of a candidate, strongest first


@dataclass
class Candidate:
    block: int
    start: int  # offset of the marker digits in the block text
    end: int
    marker: str
    strength: int


def _candidates(text: str, marker: str, block: int, lang: Language) -> list[Candidate]:
    out: list[Candidate] = []
    if marker not in text:  # (most blocks: no scan needed)
        return out
    m = re.escape(marker)
    after = r"(?=[\s,.;:)»”’\"，；：。、）]|$)"
    # glued to a word or to closing punctuation: "organisée1," "Convention2," "Goals2" "»3"
    for hit in re.finditer(r"(?<=[^\W\d_]|[)»”’\"])" + m + after, text):
        out.append(Candidate(block, hit.start(), hit.end(), marker, GLUED))
    # glued after punctuation that ends a clause: "72/4;1" "Development,2 of"
    for hit in re.finditer(r"(?:(?<=[^\W\d_\s][,;:.])|(?<=\d[;:]))" + m + r"(?=\s|$)", text):
        token = re.search(r"\S*$", text[: hit.start()]).group(0)
        if token.endswith(".") and ("/" in token or re.fullmatch(r"\(?[A-Z]\.", token)):
            continue  # a symbol or an abbreviation: "A/73/L.6", "L.6", "No.6"
        out.append(Candidate(block, hit.start(), hit.end(), marker, GLUED))
    # glued to a year: "juillet 20173" = 2017 + note 3
    for hit in re.finditer(r"(?<!\d)(1[6-9]\d\d|20\d\d)(" + m + r")" + after, text):
        out.append(Candidate(block, hit.start(2), hit.end(2), marker, YEAR))
    # a bare number after a word or a year: "Lebanon, 29" "1980 30 and" "Agreement 4 requires"
    for hit in re.finditer(r"(?<=\S) " + m + after, text):
        before = text[: hit.start()].rstrip(",;:")
        prev_word = re.search(r"(\S+)$", before)
        if not prev_word:
            continue
        word = prev_word.group(1)
        folded = lang.fold(word.strip("(«“\"'"))
        if re.fullmatch(r"[\d.,:/()\-–]*\d", word) and not re.search(r"(?<!\d)(1[6-9]\d\d|20\d\d)$", word):
            continue  # "25 and 26": a list of numbers, not a marker (a year is fine)
        if folded in lang.number_words or lang.month(folded) is not None:
            continue  # "article 4", "vol. 2", "6 juillet", "than 50"
        nxt = text[hit.end():].lstrip()
        if nxt[:1].isdigit() or lang.month(re.split(r"[\s,.;:]", nxt, maxsplit=1)[0] or "-") is not None:
            continue  # part of a date or a list of numbers
        if (nxt and nxt[0] in "%‰") or re.match(r"(?:per\s?cent|pour\s?cent)\b", nxt):
            continue
        out.append(Candidate(block, hit.start(), hit.end(), marker, BARE))
    return out


def find_markers(texts: list[str], markers: list[str], lang: Language) -> dict[int, list[Candidate]]:
    """Find each numeric footnote marker in the block texts, per block index.

    The first candidate of the strongest kind is the note's place; a note cited again later
    (a glued marker after its first citation) gets a second anchor.  A candidate's
    ``[start, end)`` is what :func:`strip_markers` removes (a bare marker takes its space).
    """
    chosen: list[Candidate] = []
    for marker in markers:
        cands = [c for i, t in enumerate(texts) for c in _candidates(t, marker, i, lang)]
        if not cands:
            continue
        best = min(c.strength for c in cands)
        first = min((c for c in cands if c.strength == best), key=lambda c: (c.block, c.start))
        later = [c for c in cands if c.strength == GLUED and (c.block, c.start) > (first.block, first.start)]
        for c in [first, *later]:
            if not any(c.block == o.block and c.start < o.end and o.start < c.end for o in chosen):
                chosen.append(c)
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

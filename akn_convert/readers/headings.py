"""Headed sections of the operative part, as lines show them.

A section's number stands alone on its line with its heading below ("I" / "Protection of
sites"), or before its heading on one line ("II. Follow-up"); a long heading runs on over a
line or two.  Each of those is a block of its own: never joined to the paragraph before or
after it.  A heading counts only where a paragraph has just ended and a numbered paragraph
follows it, so that a number of a paragraph misread ("I." for "1.") or a line that happens to
start with a capital letter and a full stop is not taken for one.  A head right after a head
("I" / "Protection of sites" / "A. Sites of worship") opens a sub-section.
"""

from __future__ import annotations

from ..lang.base import Language
from . import lines as L

#: what a line is in a section's head: nothing, the bare number, the heading's first line,
#: a further line of the heading
NONE, NUMBER, HEADING, MORE = 0, 1, 2, 3
#: further lines a heading may run on to
MAX_MORE = 2


def section_marks(lines: list[L.Line], lang: Language, terminal: list[bool] | None = None) -> list[int]:
    """For each line, its part in a section's head (``NONE`` for most); ``terminal``: for each
    line, whether it ends as a paragraph may (``lines.ends_terminal``), when worked out already."""
    if terminal is None:
        terminal = [L.ends_terminal(line.text, lang) for line in lines]
    marks = [NONE] * len(lines)
    i = 0
    while i < len(lines):
        if i and not terminal[i - 1]:
            i += 1
            continue
        i = _mark_heads(lines, i, lang, marks) or i + 1
    return marks


def _mark_heads(lines: list[L.Line], i: int, lang: Language, marks: list[int], sub: bool = False) -> int | None:
    """Mark the section's head at ``lines[i]`` when a numbered paragraph follows it, or (at the
    top level) the head of its first sub-section ("I" / "Protection of sites" / "A. Sites of
    worship" / "2. …"); return where the heads end, None when there is no head there."""
    head = _head(lines, i, lang)
    if head is None:
        if not sub and _bare_head(lines, i, lang):
            marks[i] = NUMBER
            return i + 1
        return None
    first, end = head
    if end < len(lines) and lang.number_regex.match(lines[end].text):
        after = end
    elif not sub and end < len(lines):
        after = _mark_heads(lines, end, lang, marks, sub=True)
        if after is None:
            return None
    else:
        return None
    marks[i] = NUMBER if first > i else HEADING
    marks[first] = HEADING
    for k in range(first + 1, end):
        marks[k] = MORE
    return after


def _head(lines: list[L.Line], i: int, lang: Language) -> tuple[int, int] | None:
    """Where the heading of the section whose number starts ``lines[i]`` starts and ends
    (its number and heading on one line, or the number alone with the heading below, the
    heading on up to ``1 + MAX_MORE`` lines); None when ``lines[i]`` starts no section."""
    n = len(lines)
    head = lang.section_head(lines[i].text)
    if head is None:
        return None
    first = i if head[1] else i + 1  # the heading's first line
    if first >= n or not lang.heading_like(head[1] or lines[first].text):
        return None
    end = first + 1
    # (a heading goes on after a page break where its next line starts in lower case:
    # "… emergency humanitarian" / page / "assistance of the United Nations")
    while (end < n and end - first <= MAX_MORE
           and (lines[end].gap == L.NONE or lines[end].gap == L.PAGE and L.starts_lower(lines[end].text))
           and not _stops_heading(lines[end].text, lang)):
        end += 1
    heading = " ".join([head[1] or lines[first].text, *(ln.text for ln in lines[first + 1:end])])
    return (first, end) if lang.heading_like(heading) else None


def _bare_head(lines: list[L.Line], i: int, lang: Language) -> bool:
    """Whether ``lines[i]`` is a section's number with no heading, as older resolutions print
    them: "II" then "4. Welcomes …", or "I" then the lead-in "Declares that:" then "1. …"."""
    head = lang.section_head(lines[i].text)
    if head is None or head[1] or i + 1 >= len(lines):
        return False
    nxt = lines[i + 1].text
    if lang.number_regex.match(nxt):
        return True
    return (nxt.rstrip().endswith((":", "：")) and L.opens_paragraph(nxt, lang)
            and i + 2 < len(lines) and bool(lang.number_regex.match(lines[i + 2].text)))


def _stops_heading(text: str, lang: Language) -> bool:
    """A line that cannot go on a heading: a paragraph's number or label, an opener, another
    section's number."""
    return L.is_label_start(text, lang) or L.opens_paragraph(text, lang) or lang.section_head(text) is not None

"""Reader for clean, markdown-like text.

What comes in: one paragraph per block (blocks separated by blank lines, a stray hard break
possible), ``**bold**`` and ``*italic*``, ``<sup>N</sup>`` note markers, footnote blocks after a
``---`` rule (``<sup>N</sup> text``, ``\\* text`` for the sponsors' note), ``\\*`` as the
sponsors' marker.  A paragraph cut by a footnote block or a page break is joined again.
Inline markup is parsed by markdown-it (CommonMark), not by hand.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang.base import Language, ascii_digits
from ..model import Block, Footnote, NoteAnchor, Source, Span, Text
from . import lines as L
from . import simple_markup

RULE_RE = re.compile(r"^(?:-{3,}|\*{3,}|_{3,})$")
NOTE_RE = re.compile(r"^(?:<sup>\s*(?P<sup>[^<\s]+)\s*</sup>|\\\*|\*(?=\s))\s*(?P<text>.*)$")
#: (the lookahead first: each alternative starts with one of its characters, and one test of
#: them at each character is quicker than trying the four alternatives there)
MARKUP_RE = re.compile(r"(?=[*<\\])(?:\*\*|(?<!\\)\*|<sup>[^<]*</sup>|\\(?=[*_\\]))")
_WHITE_RE = re.compile(r"[ \t\n\r]+")
#: what markdown-it's inline rules start at (CommonMark: emphasis, escapes, code, links, HTML,
#: entities; a NUL it replaces); a text without any of them is plain text, its white space collapsed
_INLINE_SYNTAX_RE = re.compile(r"[*_\\`\[<&\x00]")


@lru_cache(maxsize=1)
def _markdown():
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")


def _collapse_white(s: str) -> str:
    """``s`` with each run of white space one space (checked for first: a single space is
    replaced by itself)."""
    if "  " in s or "\n" in s or "\t" in s or "\r" in s:
        s = _WHITE_RE.sub(" ", s)
    return s


def plain(s: str) -> str:
    """``s`` without its markup: what the paragraph rules look at."""
    if "*" in s or "<" in s or "\\" in s:
        s = MARKUP_RE.sub("", s)
    return s.strip()


class _TextBuilder:
    """Builds a :class:`Text` from markdown-it inline tokens, collapsing white space."""

    def __init__(self, star: bool, spaced: bool = True):
        self.spaced = spaced  # a line break is a space (not in Chinese: see lines.join)
        self.line_break = False  # a line break stands before the next text
        self.buf: list[str] = []
        self.len = 0
        self.spans: list[Span] = []
        self.anchors: list[NoteAnchor] = []
        self.open: dict[str, list[int]] = {"i": [], "b": []}
        self.star = star  # a "*" in the text is the sponsors' note marker

    def _ends_space(self) -> bool:
        return not self.buf or self.buf[-1].endswith(" ")

    def add(self, s: str) -> None:
        if self.line_break and s.strip(" "):
            self.line_break = False
            if not self._ends_space() and L.break_is_space(self.buf[-1], s.lstrip(" ")):
                self.buf.append(" ")
                self.len += 1
        s = _collapse_white(s)
        if s.startswith(" ") and self._ends_space():
            s = s.lstrip(" ")
        if not s:
            return
        if self.star and "*" in s:
            head, _, tail = s.partition("*")
            self.add(head)
            self.anchors.append(NoteAnchor(self.len, "*"))
            self.add(tail)  # (a star further on in this block marks the same note: "Marruecos*, … Portugal*")
            return
        self.buf.append(s)
        self.len += len(s)

    def build(self, tokens) -> Text:
        sup = None
        for t in tokens:
            if t.type == "text" or t.type == "code_inline":
                if sup is not None:
                    sup += t.content
                else:
                    self.add(t.content)
            elif t.type in ("softbreak", "hardbreak"):
                if self.spaced:
                    self.add(" ")
                else:
                    self.line_break = True
            elif t.type in ("em_open", "strong_open"):
                self.open["i" if t.type == "em_open" else "b"].append(self.len)
            elif t.type in ("em_close", "strong_close"):
                kind = "i" if t.type == "em_close" else "b"
                if self.open[kind]:
                    self.spans.append(Span(self.open[kind].pop(), self.len, kind))
            elif t.type == "html_inline":
                tag = t.content.lower().replace(" ", "")
                if tag.startswith("<sup"):
                    sup = ""
                elif tag.startswith("</sup") and sup is not None:
                    if _is_note_marker(sup.strip()):
                        self.anchors.append(NoteAnchor(self.len, _note_number(sup)))
                    else:  # an ordinal's letters set up ("7<sup>e</sup>", "1<sup>st</sup>"): text
                        self.add(sup.strip())
                    sup = None
            else:
                self.add(t.content)
        text = "".join(self.buf)
        stripped = text.rstrip(" ")
        n = len(stripped)
        spans = []
        for sp in self.spans:
            start, end = sp.start, min(sp.end, n)
            while start < end and text[start] == " ":
                start += 1
            while end > start and text[end - 1] == " ":
                end -= 1
            if start < end:
                spans.append(Span(start, end, sp.kind))
        anchors = [NoteAnchor(min(a.offset, n), a.marker) for a in self.anchors]
        return Text(stripped, sorted(spans, key=lambda s: (s.start, -s.end)), anchors)


def _note_number(sup: str) -> str:
    """A note's marker as the profile writes it (``marker="N"``): its number in ASCII digits,
    without the parentheses Arabic documents print around it ("(1)", "١" -> "1"), as the PDF
    reader reads it; the sponsors' star unescaped ("\\*" -> "*")."""
    return ascii_digits(sup.replace("\\", "").strip().strip("()（）"))


def _is_note_marker(sup: str) -> bool:
    """Whether a superscript is a footnote's marker (a number, the sponsors' star), not an
    ordinal's ending ("e", "er", "st", "ª")."""
    sup = sup.replace("\\", "")
    return bool(sup) and (set(sup) == {"*"} or any(c.isdigit() for c in sup))  # ("**": a second star note)


def to_text(src: str, star: bool = False, spaced: bool = True) -> Text:
    if not _INLINE_SYNTAX_RE.search(src):  # (no markup: what markdown-it would give, without it)
        if not spaced and "\n" in src:
            return Text(L.join([ln.strip() for ln in src.split("\n")], spaced=False))
        return Text(_collapse_white(src).strip(" "))
    tokens = simple_markup.tokens(src)  # (most paragraphs: "*Rappelant* …<sup>1</sup>", read without markdown-it)
    if tokens is None:
        tokens = _markdown().parseInline(src)[0].children or []
    return _TextBuilder(star, spaced).build(tokens)


def _next_nonblank(raw: list[str]) -> list[str]:
    """For each line, the next line that is not blank, stripped ("" at the end): read from the
    end once, not looked for from each line (a page of thousands of rules)."""
    out = [""] * len(raw)
    after = ""
    for i in range(len(raw) - 1, -1, -1):
        out[i] = after
        after = raw[i].strip() or after
    return out


def read(text: str, lang: Language) -> Source:
    text = L.normalise(text).replace("\f", "\n")  # (a form feed: a page break, a line end here)
    raw = text.split("\n")
    body: list[L.Line] = []
    notes: list[tuple[str, list[str], int]] = []
    gap, in_notes, blank_in_notes = L.NONE, False, False
    following = _next_nonblank(raw)
    for i, line in enumerate(raw):
        s = line.strip()
        if RULE_RE.match(s):
            nxt = following[i]
            if NOTE_RE.match(nxt):
                in_notes, blank_in_notes, gap = True, False, L.PAGE
            elif gap == L.NONE:
                gap = L.BLANK
            continue
        if not s:
            if in_notes:
                blank_in_notes = True
            elif gap == L.NONE:
                gap = L.BLANK
            continue
        if in_notes:
            m = NOTE_RE.match(s)
            if m:
                marker = _note_number(m.group("sup") or "*")  # "<sup>\\*</sup>": the sponsors' "*"
                notes.append((marker, [m.group("text")], i + 1))
                blank_in_notes = False
                continue
            if not blank_in_notes and notes:
                notes[-1][1].append(s)
                continue
            in_notes, gap = False, L.PAGE
        indent = len(line) - len(line.lstrip(" \t"))
        body.append(L.Line(plain(s), i + 1, indent, gap, raw=line.rstrip("\n")))
        gap = L.NONE

    star = any(m == "*" for m, _, _ in notes)
    blocks = []
    for g in L.group(body, lang):
        src = "\n".join(ln.raw.strip() if not ln.raw.endswith("  ") else ln.raw.strip() + "  " for ln in g)
        t = to_text(src, star=star, spaced=lang.spaced)
        if any(a.marker == "*" for a in t.anchors):
            star = False
        blocks.append(Block(t, line=g[0].no, lines=[ln.text for ln in g]))
    footnotes = [Footnote(m, to_text("\n".join(ls)), no) for m, ls, no in notes]
    return Source([b for b in blocks if b.text.text or b.text.anchors], footnotes, shape="clean")

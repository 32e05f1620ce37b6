"""Reader for text extracted from a PDF (or OCR'd from a scan).

What comes in: hard-wrapped lines, running headers (the symbol, sometimes the title), job and
page lines (``V.20-05923 2/8``, ``2/8 V.20-05923``, ``18-18418 (E)  071118``, ``*1818418*``),
form feeds, footnote blocks after a ``_____`` rule (the sponsors' note first, its ``*`` lost),
footnote numbers glued to words.  What goes out: the body as logical paragraphs and the
footnotes, with no page furniture.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ..lang.base import Language, ascii_digits
from ..model import Block, Footnote, NoteAnchor, Source, Text
from ..organs import SYMBOL_RE, normalise_symbol
from . import lines as L
from .markers import CLOSING, find_markers, strip_markers
from .splits import mend

#: a job number line, with page numbers on either side: "V.20-05923 2/8", "2/8 V.20-05923",
#: "GE.25-04321(E)", "2 GE.24-05678" (a bare page number, as Geneva documents print it),
#: "18-18418 (E)    071118", "02-72318 (E)", "18-17962", a reissue's "25-20456* (E)    051225",
#: "GE.24-12345 (F)    050724    080724" (Geneva prints two dates: the text's and the translation's)
JOB_RE = re.compile(
    r"^(?:\d{1,3}(?:/\d{1,3})?\s+)?(?:[A-Z]{1,2}\.)?\d{2}-\d{5}\*?\s*(?:\([A-Z]\))?(?:\s+\d{6}){0,2}"
    r"(?:\s+\d{1,3}(?:/\d{1,3})?)?$"
)
#: a running header that holds the symbol and the running title side by side, as a layout
#: extraction prints them: "A/RES/79/215      Protection of …", "Protection of …      A/RES/79/215"
_WIDE_GAP = re.compile(r"\s{3,}")
#: a page number on its own: "2/5", "- 3 -", "Page 3"
PAGE_RE = re.compile(r"^(?:(?P<n>\d{1,3})/(?P<of>\d{1,3})|[-–]\s*\d{1,3}\s*[-–]|Page\s+\d{1,3}(?:\s+of\s+\d+)?)$")
#: a barcode line: "*1818418*"; the job number as the document's file is named, with its
#: page numbers, as some footers print it: "N2412345", "2/9 N2412345"
BARCODE_RE = re.compile(r"^\*\d{5,}\*$|^(?:\d{1,3}(?:/\d{1,3})?\s+)?[A-Z]\d{7}(?:\s+\d{1,3}(?:/\d{1,3})?)?$")
#: a word, as running titles are compared with the text above them
_WORD = re.compile(r"[^\W_]+")
#: the rule above a footnote block
SEPARATOR_RE = re.compile(r"^_{5,}$")
#: a footnote's first line: " 1  Nations Unies", "* Également", "31 United Nations", and the
#: number in parentheses as Arabic documents print it: "(1)  الأمم المتحدة"
NOTE_RE = re.compile(r"^(?P<open>\()?(?P<marker>\d{1,3}|\*)(?(open)\))\s+(?P<text>\S.*)$")


def is_symbol_line(s: str) -> bool:
    m = SYMBOL_RE.fullmatch(s)
    return bool(m)


def header_symbol(raw: str) -> str | None:
    """The symbol of a running header that prints the symbol and the running title on one
    line, set apart by a wide gap; None for any other line."""
    if "/" not in raw:
        return None  # (a symbol has a slash: most lines have none)
    parts = _WIDE_GAP.split(raw.strip())
    if len(parts) != 2:
        return None
    for symbol, title in (parts, parts[::-1]):
        if SYMBOL_RE.fullmatch(symbol) and not SYMBOL_RE.search(title) and not title[:1].isdigit():
            return symbol
    return None


def is_job_or_page(s: str) -> bool:
    if JOB_RE.match(s) or BARCODE_RE.match(s):
        return True
    m = PAGE_RE.match(s)
    if not m:
        return False
    if m.group("n"):
        return 0 < int(m.group("n")) <= int(m.group("of")) <= 500
    return True


@dataclass
class _Note:
    marker: str
    lines: list[str] = field(default_factory=list)
    line: int = 0
    column: int = 0  # where the note's text starts on its first line (its further lines align there)

    def complete(self, lang: Language) -> bool:
        return bool(self.lines) and L.ends_terminal(self.lines[-1], lang) and not self.lines[-1].rstrip().endswith(",")


class _PdfReader:
    def __init__(self, text: str, lang: Language):
        self.lang = lang
        self.text = L.normalise(text)
        self.raw_lines = [L.close_number_gaps(ln, lang) for ln in self.text.split("\n")]
        self.body: list[L.Line] = []
        self.notes: list[_Note] = []
        self.header_symbols: Counter[str] = Counter()
        self.pages = 0  # job and page lines seen so far
        self.warnings: list[str] = []
        self._words: set[str] = set()  # words of the lines above line _words_upto
        self._words_upto = 0
        self._first_page: list[str] | None = None  # see _first_page_blocks

    # ------------------------------------------------------------------ pass 1: lines

    def _own_symbol(self, symbol: str) -> bool:
        """Whether ``symbol`` is the document's: a running header's so far, or the masthead's."""
        return normalise_symbol(symbol) in self.header_symbols or any(
            symbol in line for line in self.raw_lines[:10])

    def _symbol_and_title(self, s: str) -> str | None:
        """The symbol of a running header printed with the running title one space apart
        ("A/RES/80/60 Улучшение положения …", "… de la traite A/RES/80/45"), as an extraction
        without layout may print it; None for any other line."""
        if "/" not in s[:30] and "/" not in s[-30:]:
            return None  # (most lines: no symbol at either end)
        for m in (SYMBOL_RE.match(s), SYMBOL_RE.search(s, max(len(s) - 40, 0))):
            if not m or (m.start() and m.end() < len(s)) or not self._own_symbol(m.group()):
                continue
            title = (s[m.end():] if m.start() == 0 else s[:m.start()]).strip()
            folded = re.sub(r"\s+", "", title).casefold()
            # (the title as the first page prints it, on lines of its own, blank lines around or not)
            # (a few characters make a title where words are not spaced out: "发展权")
            shortest = 8 if self.lang.spaced else 2
            if len(folded) >= shortest and not L.ends_terminal(title, self.lang) \
                    and folded in "".join(self._first_page_blocks()):
                return m.group()
        return None

    def _furniture_after_symbol(self, i: int) -> int:
        """After a running-header symbol at line ``i``: how many following lines are the
        running title (lines up to a job/page line close below).  A running title repeats the
        title, so its words are all printed above it; lines with a word of their own are text
        (a last page's few lines above its job line: "45th meeting"), and so are a date and a
        line that ends a sentence ("resolution.")."""
        j, seen = i + 1, 0
        while j < len(self.raw_lines) and j <= i + 7:
            s = self.raw_lines[j].strip()
            if "\f" in self.raw_lines[j]:
                return 0
            if s and is_job_or_page(s):
                return j - i
            if s:
                seen += 1
                if (seen > 4 or L.is_label_start(s, self.lang) or L.ends_terminal(s, self.lang)
                        or not self._words_above(s, i) or L.is_date_line(s, self.lang)):
                    return 0
            j += 1
        return 0

    def _page_ends_after(self, i: int) -> bool:
        """Whether the next line with text after line ``i`` starts a page or is page furniture
        (or there is none: the last page's number, at the end of the text)."""
        for raw in self.raw_lines[i + 1:i + 4]:
            s = L.squeeze(raw.replace("\f", ""))
            if "\f" in raw or (s and (is_job_or_page(s) or is_symbol_line(s))):
                return True
            if s:
                return False
        return i + 4 >= len(self.raw_lines)

    def _first_page_blocks(self) -> list[str]:
        """The first page's runs of lines between blank lines (the cover's items, the title),
        white space removed and case folded."""
        if self._first_page is None:
            blocks, cur = [], ""
            for raw in self.raw_lines:
                s = raw.strip()
                if "\f" in raw or (s and is_job_or_page(s)):
                    break
                if s:
                    cur += re.sub(r"\s+", "", s).casefold()
                elif cur:
                    blocks.append(cur)
                    cur = ""
            self._first_page = [*blocks, cur] if cur else blocks
        return self._first_page

    def _running_title(self, s: str) -> bool:
        """Whether ``s``, a line beside a running header's symbol, is the running title: most
        or all of one of the first page's items, at its end (the title, "79/312. Protección del
        derecho …"), as an extraction without layout prints a running header ("A/RES/79/312" /
        "Protección del derecho a la educación …")."""
        folded = re.sub(r"\s+", "", s).casefold()
        return len(folded) >= 4 and not L.ends_terminal(s, self.lang) and any(
            b.endswith(folded) and (2 * len(folded) >= len(b) or len(b) - len(folded) <= 12)
            for b in self._first_page_blocks())  # (a title's number before it: "79/325.")

    def _next_text(self, i: int) -> int:
        """The index of the first line with text after line ``i`` (-1: none)."""
        for j in range(i + 1, min(i + 4, len(self.raw_lines))):
            if self.raw_lines[j].strip():
                return j
        return -1

    def _recycle_notice(self, s: str) -> bool:
        notice = self.lang.recycle_notice
        return bool(notice) and s.startswith(notice) and not _WORD.search(s[len(notice):])

    def _words_above(self, s: str, i: int) -> bool:
        """Whether every word of ``s`` occurs in the lines above line ``i``."""
        while self._words_upto < i:
            self._words.update(_WORD.findall(self.raw_lines[self._words_upto].casefold()))
            self._words_upto += 1
        return all(w in self._words for w in _WORD.findall(s.casefold()))

    def split(self) -> None:
        gap = L.NONE
        in_notes = False
        skip_until = -1
        for i, raw in enumerate(self.raw_lines):
            if i <= skip_until:
                continue
            if "\f" in raw:
                if not in_notes:
                    self._notes_without_rule()
                gap = L.PAGE
                in_notes = False
                raw = raw.replace("\f", "")
            s = L.squeeze(raw)
            if not s:
                if gap == L.NONE:
                    gap = L.BLANK
                continue
            # symbol and running title side by side: a running header, from the second page on
            # (on the first, "United Nations      A/RES/79/215" is the masthead)
            symbol = s if is_symbol_line(s) else (header_symbol(raw) or self._symbol_and_title(s)) if self.pages else None
            if symbol:
                if not in_notes:
                    self._notes_without_rule()
                self.header_symbols[normalise_symbol(symbol)] += 1
                skip_until = i + self._furniture_after_symbol(i)
                if self.pages:  # the running title on a line of its own, under the symbol or above it
                    j = self._next_text(i)
                    if skip_until == i and j > 0 and self._running_title(L.squeeze(self.raw_lines[j])):
                        skip_until = j
                    k = next((k for k in (i - 1, i - 2) if k >= 0 and self.raw_lines[k].strip()), -1)
                    above = L.squeeze(self.raw_lines[k].replace("\f", "")) if k >= 0 else ""
                    if above and self._running_title(above):  # (with a blank line at most between)
                        if self.body and self.body[-1].no == k + 1:
                            self.body.pop()
                        elif self.notes and len(self.notes[-1].lines) > 1 and self.notes[-1].lines[-1] == above:
                            self.notes[-1].lines.pop()  # (under a footnote block)
                gap, in_notes = L.PAGE, False
                continue
            if is_job_or_page(s):
                if not in_notes:
                    self._notes_without_rule()
                gap, in_notes = L.PAGE, False
                self.pages += 1
                continue
            if self._recycle_notice(s):  # "Please recycle ♲", under the first page's job number
                gap, in_notes = L.PAGE, False
                continue
            if s.isdecimal() and len(s) <= 3 and (gap == L.PAGE or self._page_ends_after(i)):
                gap, in_notes = L.PAGE, False  # a page number alone, by the page's edge
                continue
            if SEPARATOR_RE.match(s):
                in_notes = True
                gap = L.PAGE
                continue
            indent = len(raw) - len(raw.lstrip(" \t\u00a0"))
            if in_notes:
                if self._note_line(s, raw, indent, i + 1):
                    continue
                in_notes = False  # the body starts again on the next page
                gap = L.PAGE
            self.body.append(L.Line(s, i + 1, indent, gap))
            gap = L.NONE
        if not in_notes:
            self._notes_without_rule()  # (the last page's foot)

    def _notes_without_rule(self) -> None:
        """At the page's foot (its furniture next): a footnote block printed without its rule
        ("… de Asia" / "" / " 1  Resolución 73/291, anexo." / "25-21061"), taken out of the
        body.  It is one only where its first line, after a blank line, starts with the next
        note's number, that number is glued to a word above it on the page ("Sur-Sur1,"), and
        each further note of the block takes the next number.  Above it, or alone, the end of
        the last note when that note was left unfinished on the page before ("… du Plan
        d'action mondial des" / page / … / "" / "Nations Unies pour la lutte … personnes.")."""
        body, numbers = self.body, [int(n.marker) for n in self.notes if n.marker.isdigit()]
        expected = max(numbers, default=0) + 1
        start = star = None
        for j in range(len(body) - 1, max(len(body) - 12, 0) - 1, -1):
            m = NOTE_RE.match(body[j].text)
            if m and m.group("marker") == str(expected) and body[j].gap == L.BLANK:
                start, star = j, None
            elif m and m.group("marker") == str(expected) and body[j].gap == L.NONE:
                star, start = self._lost_star_note(j), j
                if star is None:
                    start = None
            if body[j].gap == L.PAGE:
                break
        first = start if star is None else star
        if start is not None and (first == 0 or any(L.is_label_start(ln.text, self.lang) for ln in body[first:])
                                  or not _glued_before(expected).search(
                                      " ".join(ln.text for ln in body[max(first - 40, 0):first]))):
            start = star = None
        if star is not None:  # the sponsors' note first, its "*" lost
            self.notes.append(_Note("*", [ln.text for ln in body[star:start]], body[star].no))
            del body[star:start]
            start = star
        end = len(body) if start is None else start
        rest = self._rest_of_last_note(end)
        if rest is not None:
            self.notes[-1].lines.extend(ln.text for ln in body[rest:end])
            del body[rest:end]
            start = None if start is None else rest
        if start is None:
            return
        block, want = [], expected
        for ln in body[start:]:
            m = NOTE_RE.match(ln.text)
            if m and m.group("marker") == str(want):
                block.append(_Note(m.group("marker"), [m.group("text")], ln.no))
                want += 1
            else:
                block[-1].lines.append(ln.text)
        del body[start:]
        self.notes.extend(block)

    def _lost_star_note(self, j: int) -> int | None:
        """Where the sponsors' note starts whose "*" was lost, above the first page's first note
        at line ``j`` of a block without its rule ("" / "Also on behalf of …" / "1 Resolution
        69/15, annex."): a line or two after a blank line, no label first, punctuation last;
        None when there is none (or not on the first page, or a note is known)."""
        if self.pages or self.notes:
            return None
        k = j - 1
        while k >= 0 and j - k <= 2 and self.body[k].gap == L.NONE:
            k -= 1
        if k < 1 or j - k > 2 or self.body[k].gap != L.BLANK:
            return None
        run = self.body[k:j]
        # (no opener test: the note may well start like a paragraph, "Also on behalf of …")
        if (L.is_label_start(run[0].text, self.lang) or not L.ends_terminal(run[-1].text, self.lang)
                or L.is_known_formula(run[0].text, self.lang)):
            return None
        return k

    def _rest_of_last_note(self, end: int) -> int | None:
        """Where the end of the last note starts among the body lines before ``end`` at a page's
        foot: the last note stops unfinished on an earlier page ("… des", "… chap. I,"), and a short run of
        lines after a blank line, that opens no paragraph and ends with punctuation, stands
        last on this page; None when there is none."""
        if not self.notes or self.notes[-1].complete(self.lang):
            return None
        k = end - 1
        while k >= 0 and end - k <= 3 and self.body[k].gap == L.NONE:
            k -= 1
        if k < 1 or end - k > 3 or self.body[k].gap != L.BLANK or self.body[k].no < self.notes[-1].line:
            return None
        run = self.body[k:end]
        first = run[0].text
        if (L.is_label_start(first, self.lang) or L.opens_paragraph(first, self.lang)
                or not L.ends_terminal(run[-1].text, self.lang)):
            return None
        return k

    def _note_line(self, s: str, raw: str, indent: int, no: int) -> bool:
        """Take ``s`` as part of a footnote block when it is one; False when the body resumes."""
        m = NOTE_RE.match(s)
        if m and self._next_marker_ok(m.group("marker")) and not self._goes_on(m.group("marker")):
            column = indent + re.match(r"\S+\s+", raw.lstrip(" \t\u00a0")).end()
            self.notes.append(_Note(ascii_digits(m.group("marker")), [m.group("text")], no, column))  # ("١" -> "1")
            return True
        if not self.notes:
            if self._looks_like_body(s, indent) and L.is_label_start(s, self.lang):
                return False
            self.notes.append(_Note("*", [s], no))  # the sponsors' note, its "*" lost
            return True
        last = self.notes[-1]
        # (a note's further line in a layout extraction stands under its text, deep in the
        # margin: "1  Report of …, Sales No." / "   E.02.IV.4), chap. I")
        hanging = last.column > 4 and indent == last.column and not L.is_label_start(s, self.lang)
        if last.complete(self.lang) and self._looks_like_body(s, indent) and not hanging:
            return False
        last.lines.append(s)
        return True

    def _looks_like_body(self, s: str, indent: int) -> bool:
        """A line after a complete footnote that starts a body paragraph (next page's text)."""
        if L.is_label_start(s, self.lang) or L.opens_paragraph(s, self.lang):
            return True
        return indent >= 2 and not L.starts_lower(s)

    def _goes_on(self, marker: str) -> bool:
        """Whether a line that starts with a number, after an unfinished note whose number is
        not the one before it, goes on with that note ("… Supplément n°" / page / "7 (E/2024/27),
        chap. I": a note continued at the foot of the next page)."""
        if not self.notes or marker == "*" or self.notes[-1].complete(self.lang):
            return False
        last = self.notes[-1].marker
        return not (last == "*" or int(marker) == int(last) + 1)

    def _next_marker_ok(self, marker: str) -> bool:
        if marker == "*":
            return not any(n.marker == "*" for n in self.notes)
        numbers = [int(n.marker) for n in self.notes if n.marker != "*"]
        last = max(numbers) if numbers else 0
        return last < int(marker) <= last + 10

    # ------------------------------------------------------------------ trailing notes

    def trailing_notes(self) -> None:
        """Yearbook footnotes gathered after the adoption line, with no rule above them: the
        last note-like line that follows two blank lines starts them, when all lines from
        there on are notes or their continuations."""
        body = self.body
        # (one blank line is enough after the adoption line or the meeting: "Adopted at the
        # 1111th meeting by 9 votes …" / "" / "1 Official Records …")
        last = max((i for i, ln in enumerate(body) if self.lang.number_regex.match(ln.text)), default=0)
        closed = next((i for i in range(last, len(body)) if L.is_conclusion(body[i].text, self.lang)),
                      len(body))
        # (one blank line is enough before a "*" note too: no paragraph of a resolution opens with a star)
        starts = [i for i, ln in enumerate(body) if i > 0 and (m := NOTE_RE.match(ln.text))
                  and not self.lang.number_regex.match(ln.text)
                  and self._blank_lines_before(ln.no) >= (1 if i > closed or m.group("marker") == "*" else 2)
                  and not L.is_date_line(ln.text, self.lang)]  # ("18 December 2024", a page's only line)
        if not starts:
            return
        start = starts[-1]
        while True:  # extend back over earlier note runs ("27 …" two blank lines above "29 …")
            earlier = [i for i in starts if i < start]
            if not earlier or any(L.is_label_start(ln.text, self.lang) or L.opens_paragraph(ln.text, self.lang)
                                  for ln in body[earlier[-1]:start]):
                break
            start = earlier[-1]
        tail = body[start:]
        if any(self.lang.number_regex.match(ln.text) for ln in tail):
            return  # an operative paragraph further on ("4. Calls upon …"): the body goes on
        markers = [m.group("marker") for ln in tail if (m := NOTE_RE.match(ln.text))]
        numbers = [int(n) for n in markers if n.isdigit()]
        known = {int(n.marker) for n in self.notes if n.marker.isdigit()}
        if numbers != sorted(set(numbers)) or known & set(numbers):
            return
        if markers.count("*") > (0 if any(n.marker == "*" for n in self.notes) else 1):
            return  # (one sponsors' note: "* État non membre du Conseil des droits de l'homme")
        for ln in tail:  # (the first line starts a note: it is one of ``starts``)
            m = NOTE_RE.match(ln.text)
            if m:
                self.notes.append(_Note(ascii_digits(m.group("marker")), [m.group("text")], ln.no))
            else:
                self.notes[-1].lines.append(ln.text)
        del body[start:]

    def _blank_lines_before(self, no: int) -> int:
        n, i = 0, no - 2
        while i >= 0 and not self.raw_lines[i].strip():
            n += 1
            i -= 1
        return n

    # ------------------------------------------------------------------ pass 2: paragraphs

    # ------------------------------------------------------------------ fragments out of order

    def reorder_fragments(self) -> None:
        """pdfminer cuts the first line of some justified paragraphs into fragments, each on its
        own between blank lines, and lets the opener come after some of them ("the" / "that" /
        "Convinced" / "fulfilment of"; "in" / "that" / "Reaffirming," / "regard, …").  In such a
        run of short fragments after a complete paragraph, the one opener goes first, so that
        the fragments start its paragraph instead of ending the one before."""
        body, i = self.body, 1
        while i < len(body):
            if body[i].gap != L.BLANK or not L.ends_terminal(body[i - 1].text, self.lang):
                i += 1
                continue
            j = i
            # (a section's number alone, "I" above the lead-in "Declares that:", is no fragment)
            while (j < len(body) and _fragment(body[j].text) and (j == i or body[j].gap == L.BLANK)
                   and not self._bare_section_number(body[j].text)):
                j += 1
            openers = [k for k in range(i, j) if L.opens_paragraph(body[k].text, self.lang)]
            if j - i >= 2 and len(openers) == 1 and openers[0] > i:
                k = openers[0]
                body[i].gap, body[k].gap = body[k].gap, body[i].gap
                body.insert(i, body.pop(k))
            i = max(j, i + 1)

    def _bare_section_number(self, s: str) -> bool:
        head = self.lang.section_head(s)
        return head is not None and not head[1]

    def build(self) -> Source:
        self.split()
        self.trailing_notes()
        self.reorder_fragments()
        dehyphen = L.Dehyphenator(self.text, self.lang)
        groups = L.group(self.body, self.lang)
        texts = [L.join([ln.text for ln in g], dehyphen) for g in groups]
        note_texts = [L.join(n.lines, dehyphen) for n in self.notes]
        mended = mend(texts + note_texts, self.lang)  # words pdfminer split in two
        texts, note_texts = mended[:len(texts)], mended[len(texts):]
        notes = [Footnote(n.marker, Text(t), n.line) for n, t in zip(self.notes, note_texts)]
        numeric = [n.marker for n in notes if n.marker != "*"]
        found = find_markers(texts, numeric, self.lang)
        star = any(n.marker == "*" for n in notes)
        blocks = []
        for i, (g, t) in enumerate(zip(groups, texts)):
            t, anchors = strip_markers(t, found.get(i, []))
            if star and "*" in t and _symbol_star(t):  # "A/79/L.12*": a reissued document's note
                t, anchors = _take_stars(t, anchors, _symbol_star(t))
            if star and "*" in t and _STAR_RE.search(t):  # "Uruguay* : projet de résolution", "Marruecos*, … Portugal*"
                t, anchors = _take_stars(t, anchors)
                star = t.rstrip()[-1:] in ",،、，"  # a list of sponsors that goes on in the next block
            blocks.append(Block(Text(t, anchors=anchors), line=g[0].no, lines=[ln.text for ln in g]))
        symbols = [s for s, _ in self.header_symbols.most_common()]
        return Source(blocks, notes, shape="pdf", header_symbols=symbols, warnings=self.warnings)


#: the sponsors' note marker, kept by the extraction: a "*" right after a word, or after the
#: comma or colon that follows it ("Albania,* Andorra,* Australia", "Uganda:* draft resolution"),
#: or after a closing bracket ("Netherlands (Kingdom of the),* Paraguay"); in Chinese, between two
#: characters ("临时议程*项目3")
_STAR_RE = re.compile(r"(?:(?<=[^\W\d_])|(?<=[^\W\d_][,،、，:：])|(?<=\))|(?<=\)[,،、，:：]))\*(?=[\s:：,،、，\u4e00-\u9fff]|$)")


def _glued_before(number: int) -> re.Pattern:
    """A note number glued to the word, closing quote or punctuation before it ("Sur-Sur1,",
    "《巴黎协定》2", "Justice”,3")."""
    return re.compile(rf"(?:[^\W\d_]|[{re.escape(''.join(CLOSING))}][,;:.，；：。]?|[^\W\d_][,;:.，；：。]){number}(?!\d)")


def _symbol_star(t: str) -> list[int]:
    """Where a "*" follows a document symbol ("A/79/L.12*", the note "* Reissued for technical
    reasons …"): the star's offset, or nothing."""
    return [m.end() for m in SYMBOL_RE.finditer(t) if t[m.end():m.end() + 1] == "*"][:1]


def _take_stars(t: str, anchors: list[NoteAnchor], stars: list[int] | None = None) -> tuple[str, list[NoteAnchor]]:
    """``t`` without its "*" markers (those of ``_STAR_RE``, or at the offsets ``stars``), and
    its anchors with one for each (later anchors moved back)."""
    stars = [m.start() for m in _STAR_RE.finditer(t)] if stars is None else stars
    for pos in reversed(stars):
        t = t[:pos] + t[pos + 1:]
    moved = [NoteAnchor(a.offset - sum(1 for pos in stars if pos < a.offset), a.marker) for a in anchors]
    added = [NoteAnchor(pos - k, "*") for k, pos in enumerate(stars)]
    return t, sorted([*moved, *added], key=lambda a: a.offset)


def _fragment(s: str) -> bool:
    """A piece of a line, as pdfminer leaves them: three words at most."""
    return len(s) <= 30 and len(s.split()) <= 3


def read(text: str, lang: Language) -> Source:
    return _PdfReader(text, lang).build()

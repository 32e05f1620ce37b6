"""Physical lines to logical paragraphs: the rules both readers share.

A reader turns its input into a list of :class:`Line` (with what separated it from the line
before: nothing, blank lines, or a page break / footnote block), and :func:`group` decides
where paragraphs start.  :func:`join` glues a paragraph's lines into one string, resolving
end-of-line hyphens.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

from ..lang.base import Language
from .wordlist import zipf

#: what stood between a line and the previous body line
NONE, BLANK, PAGE = 0, 1, 2

#: a dash-led item
DASH_RE = re.compile(r"^[—–-]\s+")
#: a note number printed apart after the punctuation that ends a paragraph ("Protocol, 28", as
#: yearbooks print them)
SPACED_MARKER_END_RE = re.compile(r"[,;:.،؛，；：。]\s+\d{1,3}$")
#: a line that ends on a word's hyphen ("COVID-", "Member-"): the word goes on below
WORD_HYPHEN_END_RE = re.compile(r"[^\W_][-‑]$")
#: a joined word at least this common (Zipf scale: once per million words) may drop a line-end hyphen
_COMMON = 3.0
#: characters that may close a paragraph after its last punctuation (quotes and brackets)
CLOSERS = "»”’\"') \u00a0」』）"
#: a footnote number glued after the punctuation that ends a line ("resolution 72/4;1"), also
#: after a closing quote or bracket and its punctuation ("… Criminal Justice”,3", "… (2019).4")
#: or after punctuation and its closing quote ("… of the Child.”2")
GLUED_MARKER_RE = re.compile(r"(?:(?<=[^\W_][,;:،؛，；：])|(?<=[^\W\d_][.。])"
                             r"|(?<=[)\]»”’\"][,;:.،؛，；：。])|(?<=[,;:.،؛，；：。][)\]»”’\"]))\d{1,3}$")


@dataclass
class Line:
    """A physical line of body text."""

    text: str  # without leading/trailing white space or markup: what the rules look at
    no: int  # 1-based line number in the input
    indent: int = 0
    gap: int = NONE  # NONE, BLANK or PAGE before this line
    raw: str = ""  # the line with its markup (clean text), when it has some


#: Arabic presentation forms, as the fonts of some PDFs map their glyphs ("ﻷ" lam-alef): the
#: letters they stand for
_PRESENTATION_RE = re.compile("[\ufb50-\ufdff\ufe70-\ufefe]+")
#: tatweels that stretch an Arabic word to justify its line ("الجمعيـــة"), between two letters
#: (not the one of a label, "(هـ)", nor of a prefix set apart, "بـ")
_KASHIDA_RE = re.compile("(?<=[\u0620-\u064a])\u0640+(?=[\u0620-\u064a])")


#: Latin ligatures as some PDFs map their glyphs ("ﬁnancial", "eﬀective"): the letters
_LIGATURE_RE = re.compile("[\ufb00-\ufb06]")
#: the block of Unicode that holds both (a single range: searched faster than the two)
_COMPATIBILITY_BLOCK_RE = re.compile("[\ufb00-\ufefe]")


#: soft hyphens, zero-width spaces and joiners, byte order marks: nothing to read
_INVISIBLE = "\u00ad\u200b\u200c\u200d\ufeff"
_INVISIBLE_RE = re.compile(f"[{_INVISIBLE}]")


def normalise(text: str) -> str:
    """Line ends to ``\\n``, NFC, soft hyphens and zero-width characters removed, Arabic
    presentation forms, Latin ligatures and justifying tatweels undone."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = unicodedata.normalize("NFC", text)
    if "\u0640" in text:
        text = _KASHIDA_RE.sub("", text)
    if not text.isascii() and _COMPATIBILITY_BLOCK_RE.search(text):  # (most texts: neither, one quick scan)
        if _PRESENTATION_RE.search(text):
            text = _PRESENTATION_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
        if _LIGATURE_RE.search(text):
            text = _LIGATURE_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    if any(c in text for c in _INVISIBLE):  # (five quick tests: most texts hold none)
        text = _INVISIBLE_RE.sub("", text)
    return text


_SPACES = re.compile(r"[ \t]+")


def squeeze(s: str) -> str:
    """Collapse runs of ASCII white space (PDF layout spacing); keep non-breaking spaces."""
    s = s.strip(" \t")  # (first: a line's indent is most of its runs, and stripped it needs no collapsing)
    if "  " in s or "\t" in s:
        s = _SPACES.sub(" ", s)
    return s


def close_number_gaps(line: str, lang: Language) -> str:
    """A PDF line of a language written without spaces, without the one or two spaces that
    typesetting puts between its characters and a number beside them ("第 41/128 号决议",
    "人权理事会 2023 年 10 月 12 日" -> "第41/128号决议", "人权理事会2023年10月12日"): spacing
    between scripts, no space of the text.  A short number opening the line keeps the gap
    after it (a note's number: "1  见A/78/123。"), so does a symbol (a running header:
    "A/RES/80/71 农业技术…") and a wider gap (a layout's columns)."""
    if lang.spaced or lang.script_regex is None or not any(c.isdigit() for c in line):
        return line
    c = lang.script
    head = re.match(r"\s*\d{1,3}(?= )", line)
    cut = head.end() if head else 0
    rest = re.sub(rf"(\S*\d) {{1,2}}(?={c})", lambda m: m.group(1) if not _LATIN_LETTER.search(m.group(1)) else m.group(),
                  line[cut:])
    return re.sub(rf"(?<={c}) {{1,2}}(?=\d)", "", line[:cut] + rest)


_LATIN_LETTER = re.compile("[A-Za-z]")


def ends_terminal(text: str, lang: Language) -> bool:
    """Whether ``text`` ends with punctuation that may end a paragraph (a glued footnote
    number after it does not count: "…resolution 72/4;1")."""
    tail = text.rstrip()[-12:]  # the end is enough
    last = tail[-1:]
    if last == "." and lang.sentence_abbreviations and tail.rsplit(None, 1)[-1] in lang.sentence_abbreviations:
        return False  # "… 5 млн долл." / "США, …"
    if last.isalpha() or (last in lang.terminal_punct and last not in CLOSERS):
        return last in lang.terminal_punct  # (most lines: decided by their last character)
    t = _bare_end(tail)
    return bool(t) and t[-1] in lang.terminal_punct


def ends_comma(text: str) -> bool:
    """Whether ``text`` ends with a comma (a glued footnote number or a closing quote after it
    aside): a recital ends so, and so does a line cut in a list ("… Economic,")."""
    return _bare_end(text.rstrip()[-12:])[-1:] in ",،，"


def _bare_end(tail: str) -> str:
    """A line's end without a footnote number glued to it and the quotes or brackets after its
    punctuation."""
    return GLUED_MARKER_RE.sub("", tail).rstrip(CLOSERS)


_WORD = re.compile(r"[^\W_]+")


def is_date_line(text: str, lang: Language) -> bool:
    """A date alone on its line ("3 April 2025", "18 décembre 2024"): the meeting's date in the
    conclusions."""
    words = _WORD.findall(text)
    year_word = lang.cover_res.get("year_word", ())  # "17 декабря 2024 года"
    if (any(lang.month(w) for w in words) and any(len(w) == 4 and w.isdecimal() for w in words)
            and all(w.isdecimal() or len(w) <= 3 or lang.month(w) or any(rx.fullmatch(w) for rx in year_word)
                    for w in words)):
        return True
    # the language's own date forms: "١٧ كانون الأول/ديسمبر ٢٠٢٤", "2024年12月17日"
    s = text.strip().rstrip(".。")
    return len(s) <= 40 and any(rx.fullmatch(s) for rx in lang.date_pattern_res)


def ends_function_word(text: str, lang: Language) -> bool:
    """Whether ``text`` ends with one of the language's short function words ("of the",
    "de la"): a sentence cut there is not finished."""
    last = text[text.rfind(" ") + 1:]
    return bool(last) and last.isalpha() and last.islower() and last in lang.function_words


def starts_lower(text: str) -> bool:
    c = text[:1]
    return c.islower() or c in ",;:)]»”’.，；：、。）"


def _label_end(text: str, lang: Language) -> int:
    """Where a paragraph number or point label at the start of ``text`` ends; -1: none."""
    m = lang.number_regex.match(text) or lang.match_label(text)
    return m.end() if m else -1


def is_label_start(text: str, lang: Language) -> bool:
    return _label_end(text, lang) >= 0 or bool(DASH_RE.match(text))


def quote_balance(text: str, lang: Language) -> tuple[int, ...]:
    """Per pair of quotation marks: opening minus closing marks in ``text``."""
    pairs = lang.quote_pairs
    if not lang.quote_marks_re.search(text):
        return (0,) * len(pairs)
    return tuple(text.count(o) - text.count(c) for o, c in pairs)


def is_known_formula(text: str, lang: Language) -> bool:
    """Whether ``text`` is one of the language's opening formulas ("大会，", "The Security Council,")."""
    if text[-1:] not in ",،，":
        return False
    # a long text (a recital ends with a comma too) is told apart by its first words alone:
    # folding works character by character but for combining marks, so a space cuts it in two
    # (the fold of the whole starts with the fold of the words before the space), and words
    # that fold longer than the longest formula are no formula
    longest = _longest_formula(lang)
    cut = text.find(" ", longest + 1)
    if cut > 0 and len(lang.fold(text[:cut]).rstrip(" ,،，")) > longest:
        return False
    return lang.fold(text).rstrip(" ,،，") in lang.folded_formulas


@lru_cache(maxsize=None)
def _longest_formula(lang: Language) -> int:
    """The length of the language's longest formula, folded."""
    return max(map(len, lang.folded_formulas), default=0)


def leads_with_formula(text: str, lang: Language) -> bool:
    """Whether ``text`` opens with a formula the sentence goes on from, as a decision of one
    paragraph does ("The Commission on Crime Prevention and Criminal Justice, recalling …")."""
    for m in re.finditer(r"[,،，]", text[:200]):
        if is_known_formula(text[:m.end()], lang):
            return starts_lower(text[m.end():].lstrip()) and bool(text[m.end():].strip())
    return False


def is_conclusion(text: str, lang: Language) -> bool:
    """Whether ``text`` starts as a line that closes a resolution does ("Adopted without a
    vote", "53rd plenary meeting"): one of the language's conclusion patterns matches it."""
    return lang.conclusion_re.match(text) is not None


def opens_paragraph(text: str, lang: Language) -> bool:
    """Whether ``text`` starts with a preambular or operative opener of the language."""
    folded = lang.fold(text[:60])
    return bool(lang.preamble_re.match(folded) or lang.operative_re.match(folded))


@dataclass(slots=True)
class _Seen:
    """What the rules look at in a line, worked out once per line."""

    text: str
    label: bool  # starts with a paragraph number, a point label or a dash
    bare_label: bool  # a number or label alone on its line
    terminal: bool  # ends with punctuation that may end a paragraph
    formula: bool  # an opening formula the language knows ("The General Assembly,")


def _seen(text: str, lang: Language) -> _Seen:
    end = _label_end(text, lang)
    return _Seen(text, end >= 0 or bool(DASH_RE.match(text)), end >= 0 and not text[end:].strip(),
                 ends_terminal(text, lang), is_known_formula(text, lang))


def _label_goes_on(text: str, lang: Language) -> bool:
    """Whether what looks like a label at the start of ``text``, after a line that does not end
    a paragraph, is the sentence going on: a point cited ("… paragraph 2" / "(a) of article 9")
    or a number ("… durable" / "16, d'ici à 2030"), with words in lower case after it."""
    end = _label_end(text, lang)
    return end >= 0 and not lang.lower_case_openers and starts_lower(text[end:].lstrip())


def starts_new(prev: _Seen, line: Line, seen: _Seen, lang: Language, base_indent: int,
               in_quote: bool = False, in_body: bool = True, prev_short: bool = False) -> bool:
    """Whether ``line`` (``seen``: what it shows) starts a new paragraph after a paragraph
    whose last line is ``prev`` (``in_quote``: the paragraph so far leaves a quotation open;
    ``in_body``: the opening formula has been seen; ``prev_short``: in right-aligned lines,
    ``prev`` starts right of the margin, short, as a paragraph's last line does)."""
    s = line.text
    if prev.bare_label:
        return False  # "2." alone on its line: the text follows, even after a blank line
    if WORD_HYPHEN_END_RE.search(prev.text[-3:]):  # (its two characters at the end: no need to scan the line)
        return False  # "(COVID-" / "19) selon …": a word cut at its hyphen goes on
    if seen.formula:
        return True  # "The General Assembly," under a title that does not end with punctuation
    if not prev.terminal and in_body and (dash := DASH_RE.match(s)) and not lang.list_end_re.search(prev.text) \
            and not opens_paragraph(s[dash.end():], lang):
        return False  # "… а другое" / page / "— с 1 по 12 июля": a dash in the sentence, no item
        # (but "… indicted by the Tribunal, and" / "— Reiterates its demand …")
    if s[:1] == "[" and is_conclusion(s[1:], lang):
        return True  # "[Adopted without a vote.]" under the meeting's date
    if is_conclusion(prev.text, lang) and is_date_line(s, lang):
        return False  # "53rd plenary meeting" / (blank line or page) / "17 December 2024"
    if not in_body and line.gap != NONE and is_known_formula(f"{prev.text} {s}", lang):
        return False  # "The Conference of the States Parties to the United Nations" / page / "Convention against Corruption,"
    terminal = prev.terminal
    if line.gap == PAGE:
        # a page break or a footnote block: the paragraph goes on unless the last one was complete;
        # above the formula, cover lines end without punctuation ("… : draft resolution", then a
        # note block, then the title), and only a line that starts in lower case goes on.  A number
        # or point label at the top of the page starts a paragraph ("g) Envisager", "(a) By …"),
        # unless the sentence above stops on a function word; so does an opener after a note
        # number printed apart ("… Protocol, 28" / page / "Deeply concerned …")
        if seen.label and (terminal or not ends_function_word(prev.text, lang) or lang.list_end_re.search(prev.text)):
            # (but "… in particular paragraph 2" / page / "(a) of article 9": a cited point)
            return terminal or not _label_goes_on(s, lang)
        if in_quote and not opens_paragraph(s, lang):
            return False  # "题为“变革我们的世界：" / page / "2030年可持续发展议程”的…": a quotation goes on
        if not terminal:
            if in_body and SPACED_MARKER_END_RE.search(prev.text) and opens_paragraph(s, lang):
                return True
            return not in_body and not starts_lower(s)
        if in_body and ends_comma(prev.text):
            # "… Covenant on Economic," / page / "Social and Cultural Rights …": after a comma,
            # what starts a paragraph at the top of a page shows it as it would anywhere else
            return (not starts_lower(s) or lang.lower_case_openers) and (
                opens_paragraph(s, lang) or line.indent > base_indent or is_conclusion(s, lang))
        return not starts_lower(s) or opens_paragraph(s, lang)
    if line.gap == BLANK:
        if seen.label:
            return True
        if starts_lower(s):
            return terminal and opens_paragraph(s, lang)
        # "… the report of the" / blank line / "Secretary-General, …": a sentence cut after a
        # short function word goes on, unless the new line opens a paragraph of its own
        return not (ends_function_word(prev.text, lang) and not opens_paragraph(s, lang))

    # consecutive lines: a label, or an opener after a complete paragraph, starts a new one
    if seen.label:  # (a point ended "…; and" is complete: "(b) Identify gaps; and" / "(c) …")
        return terminal or not prev.text or bool(lang.list_end_re.search(prev.text))
    if in_quote:
        return False  # "… entitled “Declaration on …,\nTaking into Particular Account …”"
    if starts_lower(s) and not lang.lower_case_openers:
        return False  # "… à cette fin," / "soulignant qu'il importe …": a clause going on
    if terminal and (opens_paragraph(s, lang) or line.indent > base_indent or prev_short
                     or is_conclusion(s, lang)):
        return True
    return False


def group(lines: list[Line], lang: Language) -> list[list[Line]]:
    """Lines grouped into paragraphs."""
    if not lines:
        return []
    base_indent = _base_indent(lines, lang)
    margin = base_indent
    flush_right = _right_aligned(lines, lang, base_indent)
    if flush_right:
        base_indent = 1 << 30  # right-aligned lines: a deeper indent is no paragraph's first line
    groups: list[list[Line]] = []
    balance: list[int] = []  # quotation marks left open by the current paragraph
    prev: _Seen | None = None
    in_body = False
    from .headings import MORE, section_marks  # (headings reads lines with this module's rules)

    seens = [_seen(line.text, lang) for line in lines]
    # a section's number and heading: blocks of their own
    marks = section_marks(lines, lang, [seen.terminal for seen in seens])
    annex = _AnnexLines(lang)
    for i, (line, seen) in enumerate(zip(lines, seens)):
        in_body = in_body or seen.formula or leads_with_formula(line.text, lang)
        forced = annex.starts_new(prev, line) if in_body and prev is not None else None  # (it follows every line)
        if prev is None:
            goes_on = False
        elif marks[i] or marks[i - 1]:
            goes_on = marks[i] == MORE  # only a heading's further lines join the line before
        elif forced is not None:
            goes_on = not forced
        elif not in_body and line.gap != NONE and _formula_at(lines, i, lang, " ".join(ln.text for ln in groups[-1])):
            goes_on = True  # a formula cut by a page ("La Conferencia de las Partes en la" / page / "Convención …,")
        else:
            prev_short = flush_right and lines[i - 1].indent > margin + _SHORT
            goes_on = not starts_new(prev, line, seen, lang, base_indent, any(b > 0 for b in balance), in_body,
                                     prev_short)
        if goes_on:
            groups[-1].append(line)
            # a number that goes on with the sentence above is no label alone on its line: the
            # next line need not go on ("… Desarrollo Sostenible" / "16," / "1. Exhorta …")
            seen.bare_label = False
            balance = [b + d for b, d in zip(balance, quote_balance(line.text, lang))]
            # a formula on two lines ("The Conference of the States Parties to the … Convention" /
            # "against Corruption,")
            in_body = in_body or (seen.terminal and is_known_formula(" ".join(ln.text for ln in groups[-1]), lang))
        else:
            groups.append([line])
            balance = list(quote_balance(line.text, lang))
        prev = seen
    return groups


def _base_indent(lines: list[Line], lang: Language) -> int:
    """The indent of a paragraph's further lines: the least indent that a good share of the
    body's lines have (the cover's lines aside).  Not merely the most frequent one: where most
    paragraphs fit on two lines, first lines, indented, are as many as the others."""
    start = next((i for i in range(len(lines)) if _formula_at(lines, i, lang)), 0)
    indents = Counter(ln.indent for ln in lines[start:] or lines)
    total = sum(indents.values())
    return min(i for i, n in indents.items() if n >= 0.15 * total or n == max(indents.values()))


#: a right-aligned line that starts this many columns right of the margin is a paragraph's last
_SHORT = 8


def _right_aligned(lines: list[Line], lang: Language, base_indent: int) -> bool:
    """Whether the lines are a right-to-left layout extraction set flush right ("… ٢٥" /
    "                    حزيران/يونيه ١٩٩٣،"): the paragraphs' first lines at the margin with
    the justified ones (their indent is on the right, where the lines start), their last
    lines, shorter, pushed right."""
    if not lang.rtl:
        return False
    firsts = [ln.indent for ln in lines if opens_paragraph(ln.text, lang) or is_label_start(ln.text, lang)]
    at_margin = sum(i == base_indent for i in firsts)
    indented = sum(base_indent < i <= base_indent + _SHORT for i in firsts)  # (as left-to-right text prints them)
    return at_margin >= 3 and indented < at_margin and any(ln.indent > base_indent + 2 * _SHORT for ln in lines)


def _formula_at(lines: list[Line], i: int, lang: Language, head: str = "") -> bool:
    """Whether the opening formula starts at line ``i`` (or goes on there after ``head``), on
    that line or on up to three lines ("La Conferencia de las Partes en la Convención …" /
    "… Transnacional,")."""
    text = head
    for ln in lines[i:i + 3]:
        text = f"{text} {ln.text}" if text else ln.text
        if ends_comma(ln.text):
            return is_known_formula(text, lang)
    return False


class _AnnexLines:
    """Where the paragraphs of an annex start that the general rules would run together: an
    annex label alone on its line ("Annex", "Annex II") is a paragraph of its own, and so is
    the line after it (the annex's title); in an annex, an article's or a chapter's label alone
    on its line ("Article 2") and the line after it (its heading) too, and a headed section
    ("II. Goals and targets").  A title or a heading
    goes on to its next line only where that line starts in lower case or the title stops on a
    short function word ("Declaration on the Rights of" / "Coastal Communities"), or both lines
    are in capitals ("CODE OF CONDUCT ON" / "TAX MATTERS"), or where the
    title's line is a long one, wrapped ("… for the Small Island Developing" / "States and …"),
    and the next line opens no paragraph (a number, an opener, a formula)."""

    #: a title's line at least this long was wrapped (a heading that ends is shorter)
    WRAPPED = 50

    def __init__(self, lang: Language):
        self.lang = lang
        self.in_annex = False
        self.state = ""  # "label": a label was the last line; "heading": a title or heading is

    def starts_new(self, prev: _Seen, line: Line) -> bool | None:
        """True: ``line`` starts a paragraph; False: it goes on with the one before; None: the
        general rules decide."""
        s, lang = line.text, self.lang
        if s[:1].isupper() or not s[:1].isalpha():
            if (len(s) <= 40 and lang.annex_label_re.fullmatch(s) and not ends_function_word(prev.text, lang)
                    and not prev.text.endswith((",", "،", "，"))):  # ("… in document A/1," / "Annex I" / "to …")
                self.in_annex, self.state = True, "label"
                return True
            if self.in_annex and len(s) <= 40 and lang.appendix_label_re.fullmatch(s):
                self.state = "label"  # "Appendix" (its title after it)
                return True
            if self.in_annex and (m := lang.article_label_re.match(s) or lang.chapter_label_re.match(s)):
                self.state = "label" if not s[m.end():].strip() else "heading"
                return True
            if self.in_annex and (m := lang.annex_section_re.match(s)) and not ends_terminal(s, lang):
                self.state = "heading"  # "II. Goals and targets"
                return True
            if self.in_annex and (head := lang.section_head(s)) is not None and not head[1]:
                self.state = "label"  # "II" alone on its line, its heading below
                return True
        if self.state == "label":
            self.state = "heading"
            return True
        if self.state == "heading":
            if starts_lower(s) or ends_function_word(prev.text, lang) or (
                    len(prev.text) >= self.WRAPPED and not is_label_start(s, lang)
                    and not opens_paragraph(s, lang) and not lang.formula_regex.match(s)) or (
                    _upper_case(prev.text) and _upper_case(s) and not is_label_start(s, lang)):
                return False
            self.state = ""
            return True
        return None


def _upper_case(text: str) -> bool:
    """A line in capitals ("CODE OF CONDUCT ON THE"): a title in capitals wrapped goes on in
    capitals, and its function words are in capitals too."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


_LAST_WORD = re.compile(r"[^\W\d_]+$")
_WORD_TAIL = 64


def _last_word(text: str, end: int) -> re.Match | None:
    """The word (letters) ``text[:end]`` ends with, looked for in its last characters first: a
    paragraph joined line by line is not searched whole at each line."""
    start = max(0, end - _WORD_TAIL)
    m = _LAST_WORD.search(text, start, end)
    if m is not None and m.start() == start and start > 0:
        return _LAST_WORD.search(text, 0, end)  # (a word as long as the tail: maybe longer)
    return m


class Dehyphenator:
    """Decides whether a hyphen at a line end is part of the word (``auto-évaluation``) or a
    word break (``dis-charging``), from the document's own words first, then the language."""

    def __init__(self, text: str, lang: Language):
        self.lang = lang
        self.text = text
        self.prefixes = {lang.fold(p) for p in lang.hyphen_prefixes}
        self.closed_stems = tuple(lang.fold(w) for w in lang.closed_stems)
        self.compounds = {lang.fold(w) for w in lang.hyphen_compounds}
        self.particles = {lang.fold(w) for w in lang.hyphen_particles}
        # the language's ordinals, their endings aside ("восьмидесятая" -> "восьмидесят"): a
        # word cut there is one word in any of its forms ("восьми-" / "десятой сессии")
        self.ordinal_stems = {lang.fold(o)[:-2] for o in lang.ordinals if len(o) >= 7 and "-" not in o and " " not in o}
        self._occurs: dict[str, bool] = {}

    @cached_property
    def folded(self) -> str:
        return self.text.casefold()

    def occurs(self, word: str) -> bool:
        """Whether the document has ``word`` (case-folded) as a whole word: letters, with
        hyphens inside, and no letter or hyphenated part joined on either side."""
        if word not in self._occurs:  # (each word's answer once: a search of the whole text)
            self._occurs[word] = self._search(word)
        return self._occurs[word]

    def _search(self, word: str) -> bool:
        if word not in self.folded:  # (a quick test first)
            return False
        edge = r"[^\W\d_]"
        whole = re.compile(rf"(?<!{edge})(?<!{edge}[-‑]){re.escape(word)}(?!{edge})(?![-‑]{edge})")
        # the word's places found by str.find and its edges checked there (what a search of the
        # pattern finds, without trying it at every character of the text)
        at = self.folded.find(word)
        while at >= 0:
            if whole.match(self.folded, at):
                return True
            at = self.folded.find(word, at + 1)
        return False

    def keep_hyphen(self, before: str, after: str) -> bool:
        """``before`` ends with the hyphen's word part, ``after`` starts the next line."""
        left = _last_word(before, len(before) - 1)
        right = re.match(r"[^\W\d_]+", after)
        if not left or not right:
            return True  # "2015-\n2030", "(1)-\n..." keep as printed
        lw, rw = left.group(0), right.group(0)
        if rw[0].isupper() or lw[-1].isupper() and rw[0].isupper():
            return True  # Secretary-\nGeneral, Sud-\nEst
        joined, hyphened = (lw + rw).casefold(), (lw + "-" + rw).casefold()
        if self.occurs(hyphened):
            return True
        if self.occurs(joined):
            return False
        if self.lang.fold(lw + rw)[:-2] in self.ordinal_stems:
            return False
        style = self._style(lw, rw)
        if style is not None:
            return style
        if self.lang.fold(rw) in self.particles and zipf(lw + rw, self.lang.code2) < _COMMON:
            return True  # "какой-" / "либо", "каких-" / "либо": a particle keeps its hyphen
        usage = self._usage(lw, rw)
        if usage is not None:
            return usage
        if self.lang.fold(lw) in self.prefixes:
            return True
        return False

    def _style(self, lw: str, rw: str) -> bool | None:
        """What the language's UN style says, where the document does not: join inside a word
        written closed up ("re-" / "affirms"), keep the hyphen of a compound written so
        ("in-" / "depth"); else None."""
        joined, left = self.lang.fold(lw + rw), self.lang.fold(lw)
        if any(joined.startswith(stem) and len(left) < len(stem) for stem in self.closed_stems):
            return False
        return True if f"{left}-{self.lang.fold(rw)}" in self.compounds else None

    def _usage(self, lw: str, rw: str) -> bool | None:
        """What the language's word list says, where it is decisive: keep the hyphen when the
        joined word is no word at all but both halves are ("good-neighbourliness",
        "réunion-débat"); join when the joined word is common and more common than the two
        words apart ("state-" / "ment", "inter-" / "national"); else None."""
        joined = zipf(lw + rw, self.lang.code2)
        if joined == 0:
            return True if zipf(lw, self.lang.code2) > 0 and zipf(rw, self.lang.code2) > 0 else None
        if joined >= _COMMON and joined > zipf(f"{lw}-{rw}", self.lang.code2):
            return False
        return None


def _latin(c: str) -> bool:
    return c.isascii() and c.isalpha()


#: a number's group of thousands at a line's start, and the digits before it at the line end
#: above ("有1" / "000人参加": 1 000)
_GROUP_START = re.compile(r"\d{3}(?!\d)")
_GROUP_END = re.compile(r"(?<![\d/.,])\d{1,3}$")


def _latin_words(before: str, s: str) -> bool:
    """Whether a line ending on ``before`` and the next, ``s``, hold two Latin words or numbers,
    a space apart in unspaced text ("第75/290" / "A号决议": resolution 75/290 A).  A number
    cut in two is one ("第79/9" / "99号决议"), unless the cut falls before a group of thousands
    ("有1" / "000人")."""
    a, b = before[-1], s[0]
    if a.isdecimal() and b.isdecimal():
        # (the end of ``before`` alone: three digits and the one character before them)
        return bool(_GROUP_END.search(before[-8:]) and _GROUP_START.match(s))
    return (_latin(a) or (a.isascii() and a.isdecimal())) and (_latin(b) or (b.isascii() and b.isdecimal()))


def break_is_space(before: str, after: str) -> bool:
    """Whether a line break between ``before`` and ``after`` in unspaced text (Chinese) is a
    space: only between two Latin words or numbers."""
    return _latin_words(before, after)


def join(lines: list[str], dehyphen: Dehyphenator | None = None, spaced: bool | None = None) -> str:
    """Join a paragraph's lines with single spaces, resolving line-end hyphens (in unspaced
    text, ``spaced`` False or the dehyphenator's language so, a line break is no space)."""
    if spaced is None:
        spaced = dehyphen is None or dehyphen.lang.spaced
    out = _Joined()
    for raw in lines:
        s = squeeze(raw)
        if not s:
            continue
        if not out:
            out.add(s)
            continue
        end = out.tail(2)  # (what the rules below read of the paragraph so far)
        if end.endswith(" -") and s[0].islower():
            out.cut(2)
            out.add("-" + s)  # "capacity -" / "building": a hyphen pdfminer set apart
        elif end.endswith(("–", "/")) and not end[-2:-1].isspace() and not s[:1] in "–/":
            out.add(s)  # "2015–" / "2030", "9 September–" / "11 October", "www.un.org/" / "sdgs": no space
        elif end.endswith(("-", "‑")) and not end.endswith((" -", " ‑")) and dehyphen is not None:
            if not dehyphen.keep_hyphen(out.word_end(), s):
                out.cut(1)
            out.add(s)
        elif not spaced and not _latin_words(out.tail(8), s):
            out.add(s)  # Chinese: a line break is not a space (but between two Latin words)
        else:
            out.add(" " + s)
    return str(out)


class _Joined:
    """A paragraph joined line by line: its pieces in a list, joined once at the end (adding to
    one string would copy all of it at each line), and its end read from the last pieces."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def __bool__(self) -> bool:
        return bool(self.parts)

    def __str__(self) -> str:
        return "".join(self.parts)

    def add(self, s: str) -> None:
        self.parts.append(s)

    def tail(self, n: int) -> str:
        """The last ``n`` characters (fewer when shorter)."""
        if self.parts and len(self.parts[-1]) >= n:
            return self.parts[-1][-n:]  # (most calls: the last piece holds them all)
        got, k = [], 0
        for part in reversed(self.parts):
            got.append(part)
            k += len(part)
            if k >= n:
                break
        return "".join(reversed(got))[-n:]

    def cut(self, n: int) -> None:
        """Drop the last ``n`` characters."""
        while n > 0 and self.parts:
            last = self.parts.pop()
            if len(last) > n:
                self.parts.append(last[:-n])
            n -= len(last)

    def word_end(self) -> str:
        """An end of the text that holds its last word whole (what ``keep_hyphen`` reads)."""
        n = _WORD_TAIL
        while True:
            end = self.tail(n)
            word = _last_word(end, len(end) - 1)
            if len(end) < n or word is None or word.start() > 0:
                return end
            n *= 4

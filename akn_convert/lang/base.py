"""What the converter knows about one language, as data.

Each language module (``fr.py``, ``en.py`` ...) defines ``LANGUAGE = Language(...)``.  Code never
tests which language it is working on; it reads these fields.  Month names come from CLDR
through babel, never from hand-typed lists.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache


def _fold(s: str) -> str:
    """Lower-case and strip accents, for matching words typed with or without them."""
    s = unicodedata.normalize("NFD", s.casefold())
    if not s.isascii():
        s = _combining_re().sub("", s)
    return s.replace("’", "'")


#: a digit read by OCR inside a word for the letter it resembles ("Counci1", "C0uncil")
_OCR_DIGIT_IN_WORD_RE = re.compile(r"(?<=[^\W\d_])[10]|[10](?=[^\W\d_])")


def ocr_fold(s: str, lookalikes: dict[str, str] | None = None) -> str:
    """``s`` folded (see ``_fold``) with the commonest OCR confusions of letters undone on
    both sides of a comparison: a digit 1 or 0 inside a word read as l or o, "rn" as "m",
    and letters of another script that look like the language's own (``lookalikes``: Latin
    "e" for Cyrillic "е")."""
    if lookalikes:
        s = s.translate(str.maketrans(lookalikes))
    s = _OCR_DIGIT_IN_WORD_RE.sub(lambda m: "l" if m.group() == "1" else "o", _fold(s))
    return s.replace("rn", "m")


def one_edit_apart(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by at most one letter replaced, added or dropped."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = next((k for k, (x, y) in enumerate(zip(a, b)) if x != y), len(a))
    return a[i + (len(a) == len(b)):] == b[i + 1:]


def ascii_digits(s: str) -> str:
    """``s`` with every decimal digit as an ASCII one, in any script ("٧٨/٩٩٩" -> "78/999",
    "２０２０" -> "2020"); one character for one, so offsets stay valid."""
    if s.isascii() or _OTHER_DIGIT_RE.search(s) is None:
        return s
    return _OTHER_DIGIT_RE.sub(lambda m: str(unicodedata.decimal(m.group())), s)


#: a decimal digit of any script but ASCII
_OTHER_DIGIT_RE = re.compile(r"[^\D0-9]")


@lru_cache(maxsize=1)
def _combining_re() -> re.Pattern:
    """The combining marks of the Basic Multilingual Plane (as ``unicodedata.combining`` says)."""
    ranges, start, prev = [], None, None
    for cp in range(0x300, 0x10000):
        if unicodedata.combining(chr(cp)):
            if start is None:
                start = cp
            elif cp != prev + 1:
                ranges.append((start, prev))
                start = cp
            prev = cp
    if start is not None:
        ranges.append((start, prev))
    return re.compile("[" + "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges) + "]")


#: what ends an article's or a chapter's label: the line's end, a full stop or colon, a dash, an
#: ideographic space ("Article 2", "Chapter I. Goals", "Article 3 — Rights", "第一章\u3000总则")
_HEAD_LABEL_END = r"(?:\s*$|\s*[.:：]\s+|\s+[—–-]\s+|\u3000)"


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one object per language
class Language:
    code: str  # ISO 639-2 (three letters): the code in FRBR IRIs
    code2: str  # ISO 639-1: babel locale and file-name suffix
    name: str  # the language's name in itself, as a cover page prints it ("Français")
    #: opening formulas of organs ("The General Assembly,"): exact texts, matched without case/accents
    formulas: dict[str, str] = field(default_factory=dict)
    #: generic shape of an opening formula (an organ as subject, ending with a comma)
    formula_re: str = r"^$"
    #: names of organs and bodies, as the language writes them: actor id -> name (TLC showAs)
    organ_names: dict[str, str] = field(default_factory=dict)
    #: words that open preambular paragraphs (participles, adjectives); first word(s), no case
    preamble_openers: tuple[str, ...] = ()
    #: words that open operative paragraphs (third-person verbs)
    operative_openers: tuple[str, ...] = ()
    #: hyphenated prefixes that keep their hyphen at a line end ("auto-", "ex-")
    hyphen_prefixes: tuple[str, ...] = ()
    #: words after which a bare number is a quantity or a label, not a footnote marker
    number_words: tuple[str, ...] = ()
    #: frequent short words, for language detection
    stopwords: tuple[str, ...] = ()
    #: regular expressions of cover-page lines, by field name (see parse.cover); a field may
    #: have several patterns (a tuple); named groups carry values (number, year, date, title ...)
    cover_patterns: dict[str, str | tuple[str, ...]] = field(default_factory=dict)
    #: places as the language names them -> language-neutral id ("Vienne" -> "vienna")
    places: dict[str, str] = field(default_factory=dict)
    #: document kinds as printed after the sponsors ("projet de résolution révisé") -> statement name
    doc_stages: dict[str, str] = field(default_factory=dict)
    #: lines that close a resolution (adoption line, meeting); a match starts the conclusions
    conclusion_patterns: tuple[str, ...] = ()
    #: the notice printed at the foot of a document's first page ("Please recycle"): page
    #: furniture, never text
    recycle_notice: str = ""
    #: operative lead-ins that are neither preamble nor paragraph ("Resolves that:")
    lead_in_patterns: tuple[str, ...] = ()
    #: ordinal words for session numbers: word -> value ("dixième": 10, "seventy": 70 ...)
    ordinals: dict[str, int] = field(default_factory=dict)
    #: day-of-month forms that are not plain digits ("1er" -> 1)
    day_forms: dict[str, int] = field(default_factory=dict)
    #: characters that end a paragraph or an enumeration item
    terminal_punct: str = ".,;:"
    #: the words that join the last items of a list after a semicolon ("(b) Identify gaps; and"
    #: / "(c) …"): a point ended so is complete
    list_conjunctions: tuple[str, ...] = ()
    #: writing direction
    rtl: bool = False
    #: whether words are separated by spaces (Chinese: no)
    spaced: bool = True
    #: whether paragraphs open with a word in lower case (Russian: "напоминая", "постановляет");
    #: elsewhere a line in lower case goes on with the paragraph above
    lower_case_openers: bool = False
    # ------------------------------------------------------------------ structure (numbering, script)
    #: characters of the language's own script (a regex class), for detection; "" = Latin
    script: str = ""
    #: other languages whose forms a masthead may print ("Distr.: General" and an English date
    #: on a Russian, Arabic or Chinese cover page): their cover patterns and months are tried too
    masthead_languages: tuple[str, ...] = ()
    #: date forms other than "17 octobre 2008" / "December 18, 2019": regexes with the named
    #: groups d (day), m (month name or number) and y (year); {month} stands for any month name
    date_patterns: tuple[str, ...] = ()
    #: an operative paragraph number as printed at the start of a paragraph: a regex with the
    #: groups "value" (digits, or OCR look-alikes such as "S" for 5) and "sep"
    paragraph_number: str = r"(?P<value>[0-9SIlOo]{1,3})(?P<sep>[.,])(?=\s|$)"
    #: the separators of a true paragraph number; another "sep" (OCR "4,") or a non-digit value
    #: (OCR "S.") is taken only where that number is the one due
    paragraph_separators: str = "."
    #: point labels as printed at the start of a line, each a regex with the group "label"
    point_labels: tuple[str, ...] = (r"\(?(?P<label>[a-z]{1,2}|[ivxl]{1,7}|\d{1,2})\)(?=\s|$)",)
    #: letters of lettered points, in order ("a", "b" ...; Arabic "أ", "ب", "ج" ...): a letter's
    #: place gives the language-neutral label of the eId ("para_2__list_1__point_c")
    point_letters: tuple[str, ...] = tuple("abcdefghijklmnopqrstuvwxyz")
    #: labels printed otherwise than as letters, roman or arabic numbers -> the label they stand
    #: for ("㈠" -> "i")
    label_aliases: dict[str, str] = field(default_factory=dict)
    #: quotation marks (opening, closing): a paragraph does not end inside a quotation
    quotes: tuple[tuple[str, str], ...] = (("“", "”"), ("«", "»"))
    #: roman numerals as OCR reads them in the language's script (Cyrillic "Х", "У") -> Latin
    roman_lookalikes: dict[str, str] = field(default_factory=dict)
    #: letters of another script that OCR puts in this language's words for its own (Latin
    #: "C", "e" in "Coвет Бeзопасности"): undone when a formula is looked up
    ocr_lookalikes: dict[str, str] = field(default_factory=dict)
    #: operative paragraphs that close a resolution and stand on their own even when printed
    #: without a number ("Decides to remain seized of the matter.")
    closing_patterns: tuple[str, ...] = ()
    #: words of a paragraph that recommends a draft for adoption by another organ and quotes it
    #: whole after a colon ("Recommends to the Economic and Social Council the approval of the
    #: following draft resolution …:"): matched without case or accents anywhere in the paragraph
    draft_announcements: tuple[str, ...] = ()
    #: a cover line naming the draft's kind and who submits it, the kind first or last ("Draft
    #: decision submitted by the Vice-President of the Council, … on the basis of informal
    #: consultations", "主席提交的决议草案"): regexes (no case), ``{stage}`` standing for the kinds of
    #: draft of ``doc_stages``, with the groups stage, sep (the words between), sponsors and an
    #: optional tail (the words after the proposer, kept outside ``docProponent``)
    submitted_patterns: tuple[str, ...] = ()
    # ------------------------------------------------------------------ inline semantics (parse.inline)
    #: words joining the first and last day of a range besides a dash ("12 au 16 octobre")
    date_range_words: tuple[str, ...] = ()
    #: names of organs and bodies as running text writes them, besides ``organ_names``: id ->
    #: names (full names, abbreviations); the first is the TLC showAs of an id not in organ_names
    body_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: letters written onto the next word (Arabic "و" and, "ب" by, "ل" for ...): a name with one
    #: of them in front is still that name ("ومجلس الأمن" names the Security Council)
    clitics: tuple[str, ...] = ()
    #: offices held by a person that resolutions address ("the Secretary-General"): id -> names
    #: as running text writes them (Russian: each case); the first is the TLC showAs.  Ranks
    #: that contain another ("Deputy Secretary-General") are listed too, so that the longer
    #: name is taken whole
    role_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: the sponsors of a draft as a role (the TLCRole of ``docProponent``): its name
    sponsors_role: str = "sponsors"
    #: short names ("l'Office", "the Council") that stand for a body once the document has named
    #: it in full, or is its own: id -> short names; two candidates and it stays plain text
    body_short_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: a regex that must stand right before a short name or a treaty's bare head ("the ", "l'")
    determiner: str = r"(?!x)x"
    #: a regex that must stand right before a short name, where it is not ``determiner``: in a
    #: language with no articles, what ends the word before (Russian "резолюцию 5/1 Совета")
    short_name_before: str = ""
    #: a regex that must match right after a short name or a treaty's bare head: what may
    #: follow such a word without making it part of a longer name ("le Groupe de travail sur
    #: ...", "la Commission européenne", "the Office of ...")
    short_name_follow: str = r"(?!x)x"
    #: treaties: short name in the IRI (parse.inline.works.TREATIES) -> names as written, full
    #: names first, then short forms
    treaty_names: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: head nouns of treaty names ("Convention", "Protocole"); after a determiner and alone
    #: ("la Convention") they stand for the one treaty of that kind the document names
    treaty_heads: tuple[str, ...] = ()
    #: a head noun -> its other forms in a language that declines it (Russian "Конвенция" ->
    #: "Конвенции", "Конвенцию" ...): each form stands for the head
    treaty_head_forms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    #: head nouns that stand for the one treaty of that kind named with no determiner before
    #: them, in a language with no articles (Russian "статьи 25 и 103 Устава": the Charter)
    bare_heads: tuple[str, ...] = ()
    #: the reference grammar, as regex pieces (see parse.inline.grammar for the keys)
    ref_grammar: dict[str, str] = field(default_factory=dict)
    #: month names that UN texts spell otherwise than CLDR, besides CLDR's (Arabic "يونيه",
    #: "يوليه" for CLDR's "يونيو", "يوليو") -> month number
    month_variants: dict[str, int] = field(default_factory=dict)
    #: a clitic written together with the start of the next word, as written -> the word's own
    #: start, of the same length (Arabic "ل" + "ال" is written "لل": "للمادة" is "ل" + "المادة")
    contractions: dict[str, str] = field(default_factory=dict)
    #: the sessions of resolution numbers as the language writes them otherwise than in Latin
    #: ("S-26/2", "ES-10/2", "2625 (XXV)"): a written prefix -> its Latin form ("دإ-" -> "S-",
    #: "دإط-" -> "ES-"), the one the work's IRI carries
    session_prefixes: dict[str, str] = field(default_factory=dict)
    #: an early General Assembly number's session in parentheses written otherwise than in
    #: roman numerals, a regex (Arabic "2625 (د-25)" for "2625 (XXV)")
    early_session: str = ""
    #: the opening of a decision printed as one narrative paragraph, with no opening formula
    #: ("At its 65th plenary meeting, on 19 December 2023, the General Assembly … decided …"):
    #: regexes (no case) with the groups "date" (the meeting's date, the adoption date) and
    #: "organ" (where the organ's name starts, its article left out)
    narrative_decision_patterns: tuple[str, ...] = ()
    # ------------------------------------------------------------------ sections of the operative part
    #: numbers of headed sections as printed, a regex ("I", "II" …, "A", "B" …): a section's
    #: number stands alone on its line above its heading, or before it on one line
    section_numbers: str = r"[IVX]{1,5}|[A-Z]"
    #: what stands between a section's number and a heading on the same line ("II. Follow-up");
    #: a bare number may end with it too ("I.")
    section_separator: str = r"\."
    #: section numbers written as words or in another script -> the Latin label of the eId
    #: ("أولا" -> "I", "一" -> "I", Cyrillic "Б" -> "B")
    section_labels: dict[str, str] = field(default_factory=dict)
    # ------------------------------------------------------------------ annexes (parse.annexes)
    #: the label of an annex alone on its line ("Annex", "Annex II"), a regex matched against the
    #: whole line without case; its group "num" is the annex's number when it has one
    annex_label: str = r"(?!x)x"
    #: the label of an article of an annex ("Article 12"), the whole line or followed by its
    #: heading after a full stop or a colon; group "num" is the article's number
    article_label: str = r"(?!x)x"
    #: the label of a chapter of an annex ("Chapter IV"); group "num" is its number
    chapter_label: str = r"(?!x)x"
    #: the number of a headed section of an annex, its heading after it on the line ("II. Goals
    #: and targets"); group "num".  Roman numerals in every language unless it says otherwise
    annex_section_label: str = r"(?P<num>[IVXLC]{1,6})\."
    #: the label of an appendix of an annex alone on its line ("Appendix", "Appendix II"), a
    #: regex matched against the whole line without case; group "num" its number when it has one
    appendix_label: str = r"(?!x)x"
    #: abbreviations that end with a full stop inside a sentence ("5 млн долл." / "США"): a
    #: line that ends on one does not end a paragraph
    sentence_abbreviations: tuple[str, ...] = ()
    #: the starts of words that UN style writes closed up though they open with a hyphen
    #: prefix ("reaffirm", "cooperat", "extrabudgetar"): a line-end hyphen inside one is a
    #: word break ("re-" / "affirms" is "reaffirms")
    closed_stems: tuple[str, ...] = ()
    #: compounds that UN style writes with a hyphen though the two words joined are a word
    #: of the word list too ("in-depth", "small-scale"): a line-end hyphen there stays
    hyphen_compounds: tuple[str, ...] = ()
    #: particles written after a hyphen ("какой-либо", "кто-то", "где-нибудь"): a line-end
    #: hyphen before one stays, unless the two halves joined make a common word ("ме-" / "сто")
    hyphen_particles: tuple[str, ...] = ()

    # ------------------------------------------------------------------ derived data

    @cached_property
    def months(self) -> dict[str, int]:
        """Month names (wide and abbreviated, format and stand-alone) folded -> month number."""
        from babel import dates

        out: dict[str, int] = {}
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                names = dates.get_month_names(width, context=context, locale=self.code2)
                for num, name in names.items():
                    out.setdefault(_fold(name).rstrip("."), num)
        for name, num in self.month_variants.items():
            out.setdefault(_fold(name), num)
        return out

    @cached_property
    def month_re(self) -> str:
        """A regex alternative matching any month name (longest first)."""
        names = sorted(set(self.months) | self._raw_month_names, key=len, reverse=True)
        return "|".join(re.escape(n) for n in names)

    @cached_property
    def preamble_re(self) -> re.Pattern:
        return _openers_re(self.preamble_openers, self.spaced)

    @cached_property
    def operative_re(self) -> re.Pattern:
        return _openers_re(self.operative_openers, self.spaced)

    @cached_property
    def date_pattern_res(self) -> tuple[re.Pattern, ...]:
        """The compiled ``date_patterns``, any month name in place of ``{month}``."""
        return tuple(re.compile(p.replace("{month}", f"(?:{self.month_re})"), re.I) for p in self.date_patterns)

    @cached_property
    def conclusion_re(self) -> re.Pattern:
        """The conclusion patterns as one alternation, each case-blind: it matches where one of
        them does, in one call (none refers to a group by its number, which would count the
        groups of the patterns before it)."""
        return re.compile("|".join(f"(?:{p})" for p in self.conclusion_patterns) or r"(?!x)x", re.I)

    @cached_property
    def lead_in_res(self) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p, re.I) for p in self.lead_in_patterns)

    @cached_property
    def cover_res(self) -> dict[str, tuple[re.Pattern, ...]]:
        return {
            k: tuple(re.compile(p, re.I) for p in ((v,) if isinstance(v, str) else v))
            for k, v in self.cover_patterns.items()
        }

    @cached_property
    def narrative_decision_res(self) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p, re.I | re.S) for p in self.narrative_decision_patterns)

    @cached_property
    def annex_label_re(self) -> re.Pattern:
        return re.compile(r"(?:%s)\s*" % self.annex_label, re.I)

    @cached_property
    def article_label_re(self) -> re.Pattern:
        return re.compile(r"(?P<label>%s)%s" % (self.article_label, _HEAD_LABEL_END), re.I)

    @cached_property
    def annex_section_re(self) -> re.Pattern:
        return re.compile(r"(?P<label>%s)[ \t\u3000]*(?=\S)" % self.annex_section_label)

    @cached_property
    def list_end_re(self) -> re.Pattern:
        """A line that ends an item of a list with its conjunction ("…; and", "…; et")."""
        words = "|".join(map(re.escape, self.list_conjunctions)) or r"(?!x)x"
        return re.compile(r"[;؛；]\s*(?:%s)$" % words, re.I)

    @cached_property
    def appendix_label_re(self) -> re.Pattern:
        return re.compile(r"(?:%s)\s*" % self.appendix_label, re.I)

    @cached_property
    def chapter_label_re(self) -> re.Pattern:
        return re.compile(r"(?P<label>%s)%s" % (self.chapter_label, _HEAD_LABEL_END), re.I)

    @cached_property
    def formula_regex(self) -> re.Pattern:
        return re.compile(self.formula_re)

    @cached_property
    def folded_formulas(self) -> dict[str, str]:
        return {_fold(text).rstrip(" ,،，"): organ for organ, text in self.formulas.items()}

    @cached_property
    def ocr_folded_formulas(self) -> dict[str, str]:
        """The formulas as ``ocr_fold`` leaves them, for a formula OCR misread ("The Security
        Counci1,")."""
        return {self.ocr_fold(text).rstrip(" ,،，"): organ for organ, text in self.formulas.items()}

    def close_formula(self, folded: str) -> str | None:
        """The organ of the one formula that ``folded`` (as ``ocr_fold`` leaves it) is a letter
        away from ("The Sccurity Council,"), or None; short formulas are not guessed at."""
        if len(folded) < 12:
            return None
        near = {organ for text, organ in self.ocr_folded_formulas.items() if one_edit_apart(folded, text)}
        return next(iter(near)) if len(near) == 1 else None

    def ocr_fold(self, s: str) -> str:
        """``s`` as ``ocr_fold`` leaves it, with this language's ``ocr_lookalikes``."""
        return ocr_fold(s, self.ocr_lookalikes)

    @cached_property
    def folded_draft_announcements(self) -> tuple[str, ...]:
        return tuple(_fold(p) for p in self.draft_announcements)

    def announces_draft(self, text: str) -> bool:
        """Whether ``text`` is a paragraph that quotes a draft after it ("… the following draft
        resolution …:")."""
        text = text.strip()
        if not text.endswith((":", "：")) or len(text) > 600:
            return False
        folded = " ".join(_fold(text).split())
        return any(p in folded for p in self.folded_draft_announcements)

    def fold(self, s: str) -> str:
        return _fold(s)

    def month(self, name: str) -> int | None:
        return self.months.get(_fold(name).rstrip("."))

    def ordinal(self, phrase: str) -> int | None:
        """The number of an ordinal phrase ("Dixième", "Seventy-third"), or None."""
        if not self.spaced:
            return _cjk_number(phrase.strip())
        words = re.split(r"[\s\-‑]+", _fold(phrase))
        total, seen, i = 0, False, 0
        while i < len(words):
            # the longest run of words that is one ordinal ("quatre-vingt" 80, not 4 + 20)
            k = next((k for k in range(min(3, len(words) - i), 1, -1)
                      if "-".join(words[i:i + k]) in self._folded_ordinals), 1)
            w = "-".join(words[i:i + k])
            i += k
            if w in self._folded_ordinals:
                total += self._folded_ordinals[w]
                seen = True
            elif m := re.fullmatch(r"(\d+)(?:\.?[ºª°]|\.|[^\W\d_]{1,3})?", w):
                return int(m.group(1))  # "57º", "57.º", "57th": a number with its ordinal sign
            else:
                return None
        return total if seen else None

    # ------------------------------------------------------------------ structure (derived)

    @cached_property
    def _folded_ordinals(self) -> dict[str, int]:
        return {_fold(k): v for k, v in self.ordinals.items()}

    @cached_property
    def _raw_month_names(self) -> set[str]:
        """Month names as written (with accents and hamzas), lower-cased."""
        from babel import dates

        return {name.casefold().rstrip(".") for width in ("wide", "abbreviated")
                for context in ("format", "stand-alone")
                for name in dates.get_month_names(width, context=context, locale=self.code2).values()
                } | {name.casefold() for name in self.month_variants}

    @cached_property
    def number_regex(self) -> re.Pattern:
        """A paragraph number at the start of a text; group "num" is the number as printed."""
        return re.compile(r"^(?P<num>%s)[ \t\u3000]*" % self.paragraph_number)

    @cached_property
    def label_regexes(self) -> tuple[re.Pattern, ...]:
        """Point labels at the start of a text; group "num" is the label as printed."""
        return tuple(re.compile(r"^(?P<num>%s)[ \t\u3000]*" % p) for p in self.point_labels)

    def match_label(self, text: str) -> re.Match | None:
        for rx in self.label_regexes:
            m = rx.match(text)
            if m:
                return m
        return None

    def point_label(self, label: str) -> str:
        """The language-neutral label of a printed label: its alias, or the Latin letter at
        the same place ("ب" -> "b"), or the label itself; digits of any script and full-width
        letters as ASCII ones ("١" -> "1", "ａ" -> "a")."""
        label = ascii_digits(label).translate(_FULL_WIDTH_LATIN)
        label = self.label_aliases.get(label, label)
        letter = label.replace("\u0640", "")  # Arabic tatweel ("هـ")
        if letter in self.point_letters and self.point_letters != _LATIN:
            index = self.point_letters.index(letter)
            return _LATIN[index] if index < len(_LATIN) else f"l{index + 1}"
        return label

    @cached_property
    def section_regexes(self) -> tuple[re.Pattern, re.Pattern]:
        """A bare section number ("I", "A.", "أولا -"), and a number before a heading on one line."""
        number, sep = self.section_numbers, self.section_separator
        gap = r"[ \t\u3000]+" if self.spaced else r"[ \t\u3000]*"
        bare = r"^(?P<num>(?:%s)(?:[ \t]*(?:%s))?)$" % (number, sep)
        inline = r"^(?P<num>(?:%s)[ \t]*(?:%s))%s(?P<heading>\S.*)$" % (number, sep, gap)
        return re.compile(bare), re.compile(inline, re.S)

    def section_head(self, text: str) -> tuple[str, str] | None:
        """``(number, heading)`` when ``text`` is a section's number alone (heading ``""``) or
        a number and a heading on one line ("II. Follow-up"); None otherwise.  A heading is
        short, does not start in lower case nor end with a paragraph's punctuation."""
        text = text.strip()
        if not text or len(text) > 200:
            return None
        bare, inline = self.section_regexes
        m = bare.match(text)
        if m:
            return m.group("num"), ""
        m = inline.match(text)
        if m and self.heading_like(m.group("heading")):
            return m.group("num"), m.group("heading")
        return None

    def heading_like(self, text: str) -> bool:
        """Whether ``text`` may be a section's heading: short, not in lower case first, no
        paragraph's punctuation at its end, no paragraph number or opener at its start."""
        text = text.strip()
        if not text or len(text) > 200 or text[0].islower() or text[-1] in self.terminal_punct:
            return False
        folded = self.fold(text[:60])
        return not (self.number_regex.match(text) or self.preamble_re.match(folded) or self.operative_re.match(folded))

    def section_label(self, num: str) -> str:
        """The eId label of a section number as printed: "II." -> "II", "أولا -" -> "I"."""
        core = "".join(c for c in num if c.isalnum())
        return self.section_labels.get(core, core)

    @cached_property
    def closing_res(self) -> tuple[re.Pattern, ...]:
        return tuple(re.compile(p, re.I) for p in self.closing_patterns)

    @cached_property
    def function_words(self) -> frozenset[str]:
        """The stop words in lower case (a line that ends with one is unfinished)."""
        return frozenset(w.casefold() for w in self.stopwords)

    @cached_property
    def quote_pairs(self) -> tuple[tuple[str, str], ...]:
        """The quotation marks that open and close differently (“ ”, « »)."""
        return tuple((o, c) for o, c in self.quotes if o != c)

    @cached_property
    def quote_marks_re(self) -> re.Pattern:
        """Any of those marks (a quick test before counting them)."""
        marks = sorted({m for pair in self.quote_pairs for m in pair}, key=len, reverse=True)
        return re.compile("|".join(map(re.escape, marks)) or r"(?!x)x")

    @cached_property
    def script_regex(self) -> re.Pattern | None:
        return re.compile(self.script) if self.script else None


_LATIN = tuple("abcdefghijklmnopqrstuvwxyz")
#: full-width Latin letters ("ａ", "Ｂ") -> ASCII ones: a label's letter as Chinese text may print it
_FULL_WIDTH_LATIN = {cp: cp - 0xFEE0 for r in ((0xFF21, 0xFF3A), (0xFF41, 0xFF5A)) for cp in range(r[0], r[1] + 1)}
_CJK_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


def _cjk_number(s: str) -> int | None:
    """A number written in Chinese numerals below 1,000 ("七十三" = 73, "十" = 10) or digits."""
    if s.isdigit():
        return int(s)
    if not s or any(c not in _CJK_DIGITS and c not in "十百" for c in s):
        return None
    total, digit = 0, None
    for c in s:
        if c in _CJK_DIGITS:
            digit = _CJK_DIGITS[c]
        else:
            total += (1 if digit is None else digit) * (10 if c == "十" else 100)
            digit = None
    return total + (digit or 0)


def _openers_re(words: tuple[str, ...], spaced: bool = True) -> re.Pattern:
    if not words:
        return re.compile(r"(?!x)x")
    alts = sorted({_fold(w) for w in words}, key=len, reverse=True)
    end = r"(?=[\s,:;،؛]|$)" if spaced else ""  # words are not spaced out in Chinese
    return re.compile(r"^(?:%s)%s" % ("|".join(re.escape(a) for a in alts), end))


def roman_label(n: int) -> str:
    """A number below 40 as a sub-point's roman label, lower case (14 -> "xiv"): the label
    that other ways of numbering sub-points stand for (Arabic "’14‘", Chinese "（十四）")."""
    tens, units = divmod(n, 10)
    return "x" * tens + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix")[units]


def number_value(s: str) -> int | None:
    """A number as written: decimal digits of any script ("٢٥", "25") or Chinese numerals
    below 1,000 ("二十五", "一百零三"); None for anything else."""
    s = ascii_digits(s)
    return int(s) if s.isascii() and s.isdigit() else _cjk_number(s)

"""Body structure: opening formula, preambular paragraphs, operative paragraphs with their
points, conclusions.  Works on the reader's blocks; knows nothing of XML."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..errors import NotAResolution, StructureError
from ..lang.base import Language
from ..model import Block, Draft, Item, Paragraph, Point, Recital, Section, Text
from ..organs import roman_value, to_roman
from . import textops

#: OCR misreadings of digits in paragraph numbers ("S." for "5.")
OCR_DIGITS = str.maketrans({"S": "5", "I": "1", "l": "1", "O": "0", "o": "0"})
DASH_RE = re.compile(r"^(?P<num>[—–-])\s+")
#: the highest roman label of a point ("(xxxix)"); a bigger "numeral" is a word
ROMAN_MAX = 39


def find_formula(blocks: list[Block], lang: Language) -> int | None:
    """Index of the block holding the opening formula ("The General Assembly,")."""
    for i, block in enumerate(blocks[:80]):
        if is_formula(block.text.text, lang):
            return i
    return None


def is_formula(text: str, lang: Language) -> bool:
    text = text.strip()
    if not text or len(text) > 320:
        return False
    if text[-1:] in ",،，" and formula_organ(text, lang):
        return True
    return bool(lang.formula_regex.match(text))


@dataclass
class Narrative:
    """A decision printed as one narrative paragraph ("At its 65th plenary meeting, on 19
    December 2023, the General Assembly … decided …"): its block, the organ the sentence names
    (actor id) and the meeting's date as printed (None in a draft decision: "The Human Rights
    Council decides …")."""

    index: int
    organ: str
    date: str | None


def find_narrative(blocks: list[Block], lang: Language) -> Narrative | None:
    """The first block that opens a narrative decision naming a known organ, or None."""
    for i, block in enumerate(blocks[:80]):
        text = " ".join(block.text.text.split())
        for rx in lang.narrative_decision_res:
            m = rx.match(text)
            organ = _organ_at(text[m.start("organ"):], lang) if m else None
            if organ is not None:
                return Narrative(i, organ, m.groupdict().get("date"))
    return None


def _organ_at(text: str, lang: Language) -> str | None:
    """The organ whose name ``text`` starts with (the longest name), or None."""
    folded = lang.fold(text)
    best = None
    for actor, name in lang.organ_names.items():
        name = lang.fold(name)
        # (a word goes on after the name in a spaced language; in Chinese the verb follows it: "人权理事会决定")
        if folded.startswith(name) and not (
                lang.spaced and folded[len(name):len(name) + 1].isalnum()):
            if best is None or len(name) > len(lang.fold(lang.organ_names[best])):
                best = actor
    return best


def formula_organ(text: str, lang: Language) -> str | None:
    text = text.strip()
    found = lang.folded_formulas.get(lang.fold(text).rstrip(" ,،，"))
    if found is None and len(text) <= 120:  # (OCR: "The Security Counci1,", "The Sccurity Council,")
        ocr = lang.ocr_fold(text).rstrip(" ,،，")
        found = lang.ocr_folded_formulas.get(ocr) or lang.close_formula(ocr)
    return found


def paragraph_number(text: str, expected: int, lang: Language) -> tuple[str, int, int] | None:
    """The printed number, its value and where the text starts, when ``text`` opens an
    operative paragraph; an OCR-damaged number ("4,", "S.") only where it is the one due."""
    m = lang.number_regex.match(text)
    if not m:
        return None
    raw = m.group("value")
    printed = m.group("num").strip()
    if raw.isdigit() and m.group("sep") in lang.paragraph_separators:
        return printed, int(raw), m.end()
    value = raw.translate(OCR_DIGITS)
    if value.isdigit() and int(value) == expected:  # "4," or "S." where 4 or 5 is due
        return printed, int(value), m.end()
    return None


def true_number(text: str, lang: Language) -> bool:
    """Whether ``text`` opens with a well-printed paragraph number ("12.", not "4,")."""
    m = lang.number_regex.match(text)
    return bool(m) and m.group("value").isdigit() and m.group("sep") in lang.paragraph_separators


def _label_kinds(label: str) -> set[str]:
    kinds = set()
    if len(label) == 1 and label.isalpha() or (len(label) == 2 and label[0] == label[1] and label.isalpha()):
        kinds.add("alpha")
    if _roman(label):
        kinds.add("roman")
    if label.isdigit():
        kinds.add("digit")
    return kinds


def _roman(label: str) -> int | None:
    """The value of a lower-case roman label ("xxiii" -> 23), up to ``ROMAN_MAX``; else None."""
    value = roman_value(label.upper()) if label.islower() else None
    return value if value and value <= ROMAN_MAX else None


def _successor(label: str, kind: str) -> str | None:
    if kind == "alpha":
        if len(label) == 1:
            return chr(ord(label) + 1) if label != "z" else "aa"
        return chr(ord(label[0]) + 1) * 2  # "aa" -> "bb"
    if kind == "roman":
        value = _roman(label)
        return to_roman(value + 1).lower() if value and value < ROMAN_MAX else None
    if kind == "digit":
        return str(int(label) + 1)
    return None


def _first(kind: str) -> str:
    return {"alpha": "a", "roman": "i", "digit": "1"}[kind]


@dataclass
class _Level:
    kind: str
    last: str
    points: list[Point]  # where points of this level go
    owner: Point | None  # the point these are sub-points of


@dataclass
class PointNester:
    """Places labelled points at their level: ``a)`` ... ``k)``, sub-points ``(i)`` under a letter."""

    paragraph: Paragraph
    warnings: list[str]
    levels: list[_Level] = field(default_factory=list)

    def add(self, num: str, label: str, text: Text) -> Point:
        kinds = _label_kinds(label)
        point = Point(num=num, label=label, text=text)
        if not self.levels:
            kind = "roman" if label == "i" else ("alpha" if "alpha" in kinds else next(iter(kinds), "alpha"))
            if label == "1":
                kind = "digit"
            self.levels.append(_Level(kind, label, self.paragraph.points, None))
            self.paragraph.points.append(point)
            return point
        # continue a level, innermost first (but "(i)" after "(h) …, including by:" opens
        # the sub-points of (h): a point that ends with a colon has its sub-points next)
        last = self.levels[-1].points[-1]
        opens = last.text.text.rstrip().endswith((":", "：")) and not (last.points or last.items)
        for depth in range(len(self.levels) - 1, -1, -1):
            level = self.levels[depth]
            if opens and depth == len(self.levels) - 1 and "roman" in kinds and label == _first("roman") \
                    and level.kind != "roman":
                continue
            if level.kind in kinds and _successor(level.last, level.kind) == label:
                del self.levels[depth + 1:]
                level.last = label
                level.points.append(point)
                return point
        # open a sub-level under the last point
        top = self.levels[-1]
        for kind in ("roman", "alpha", "digit"):
            if kind in kinds and kind != top.kind and label == _first(kind):
                owner = top.points[-1]
                self.levels.append(_Level(kind, label, owner.points, owner))
                owner.points.append(point)
                return point
        self.warnings.append(f"point {num} out of order after {top.last}")
        top.last = label
        top.points.append(point)
        return point

    def last_point(self) -> Point | None:
        return self.levels[-1].points[-1] if self.levels else None


def wrap_up_back(para: Paragraph, last: Point | None) -> None:
    """Text taken for a paragraph's closing words, with more of its list or items after it,
    was the rest of what stood before it (a piece the reader could not join): the last point
    ``last``, else the last item, else the paragraph's text; it goes back there, so that the
    paragraph keeps the order of the text."""
    if para.wrap_up is None:
        return
    if last is not None and (last.points or last.items):
        last.wrap_up = para.wrap_up if last.wrap_up is None else textops.append(last.wrap_up, para.wrap_up)
    else:
        textops.append(last.text if last else para.items[-1].text if para.items else para.text, para.wrap_up)
    para.wrap_up = None


def _fix_ocr_labels(labels: list[str]) -> list[str]:
    """``(1)`` followed by ``(ii)`` is an OCR'd ``(i)``."""
    out = list(labels)
    for k, lab in enumerate(out[:-1]):
        if lab in ("1", "l") and out[k + 1] == "ii":
            out[k] = "i"
    return out


@dataclass
class Body:
    formula: Text | None  # None for a decision in narrative form
    recitals: list[Recital]
    lead_in: Text | None
    paragraphs: list[Paragraph]
    conclusions: list[Text]
    warnings: list[str]
    sections: list[Section] = field(default_factory=list)


def section_at(blocks: list[Block], k: int, expected: int, lang: Language,
               sub: bool = False) -> tuple[Section, int] | None:
    """The section whose head starts at ``blocks[k]`` ("I" then "Protection of sites", or "II.
    Follow-up") and how many blocks its head takes, when a numbered paragraph follows it (or,
    not ``sub``, the head of a sub-section that a numbered paragraph follows); None otherwise.
    Its paragraphs are added by the caller."""
    head = lang.section_head(blocks[k].text.text)
    if head is None:
        return None
    num, heading = head
    if not heading and k + 1 < len(blocks) and not lang.heading_like(blocks[k + 1].text.text):
        return _bare_section(blocks, k, num, expected, lang)
    after = k + 1 if heading else k + 2
    if after >= len(blocks) or (not heading and not lang.heading_like(blocks[k + 1].text.text)):
        return None
    nxt = blocks[after].text.text
    if (paragraph_number(nxt, expected, lang) is None and not true_number(nxt, lang)
            and (sub or section_at(blocks, after, expected, lang, sub=True) is None)):
        return None
    text = blocks[k].text if heading else blocks[k + 1].text
    text = textops.cut(text, len(text.text) - len(heading)) if heading else textops.cut(text, 0)
    text.spans = [sp for sp in text.spans if sp.kind != "b"]  # bold is the heading's layout
    return Section(num, lang.section_label(num), text, line=blocks[k].line), after - k


def _bare_section(blocks: list[Block], k: int, num: str, expected: int,
                  lang: Language) -> tuple[Section, int] | None:
    """A section numbered with no heading, as older resolutions print them: "II" then "4.
    Welcomes …", or "I" then the lead-in "Declares that:" (the section's intro) then "1. …"."""
    nxt = blocks[k + 1].text.text
    if paragraph_number(nxt, expected, lang) is not None or true_number(nxt, lang):
        return Section(num, lang.section_label(num), Text(), line=blocks[k].line), 1
    if (k + 2 < len(blocks) and is_lead_in(nxt, lang)
            and (paragraph_number(blocks[k + 2].text.text, expected, lang) is not None
                 or true_number(blocks[k + 2].text.text, lang))):
        return Section(num, lang.section_label(num), Text(), line=blocks[k].line,
                       intro=textops.cut(blocks[k + 1].text, 0)), 2
    return None


def is_lead_in(text: str, lang: Language) -> bool:
    """Whether ``text`` is an operative lead-in ("Resolves that:", "Declares that:")."""
    if any(r.match(text) for r in lang.lead_in_res):
        return True
    folded = lang.fold(text[:60])
    return (bool(lang.operative_re.match(folded)) and not lang.preamble_re.match(folded)
            and text.rstrip().endswith((":", "：")))


def _kind(label: str) -> str:
    return "roman" if re.fullmatch(r"[IVX]+", label) else "letter" if re.fullmatch(r"[A-Z]", label) else label


@dataclass
class _SectionNester:
    """Places each section's head at its level: a head right after another head opens the
    first sub-section of that section, and so does a head "A" after paragraphs of a section
    numbered in roman ("II" / "3. …" / "A"); later heads numbered the same way as that
    sub-section ("B" after "A") are further sub-sections, others ("III") close the section."""

    opened: list[tuple[int, Section, bool]] = field(default_factory=list)  # (first paragraph, section, sub)
    sub_last: str | None = None  # label of the last sub-section of the open section

    def add(self, section: Section, start: int) -> None:
        """Open ``section`` at paragraph ``start`` of the flat list."""
        label = section.label
        last = self.opened[-1] if self.opened else None
        top = next((s for _, s, sub in reversed(self.opened) if not sub), None)
        if last is not None and last[0] == start and not last[2]:
            sub = _kind(label) != _kind(last[1].label)  # right under its section's head ("I" then "A.")
        elif self.sub_last is not None:
            # the next sub-section: numbered as the last one, unlike the section ("B" after "A"
            # under "I"), or the letter after it ("I" after "H")
            sub = (_kind(label) == _kind(self.sub_last) != _kind(top.label)
                   or len(label) == 1 == len(self.sub_last) and ord(label) == ord(self.sub_last) + 1)
        else:
            # the head "A" inside a section numbered in roman ("II" … paragraph 3 … "A. Data
            # collection") opens its sub-sections, wherever it stands among its paragraphs
            sub = top is not None and _kind(top.label) == "roman" and label == "A"
        self.sub_last = label if sub else None
        self.opened.append((start, section, sub))

    def sections(self, paragraphs: list[Paragraph]) -> list[Section]:
        """The top-level sections, each with its run of paragraphs and its sub-sections."""
        tops: list[tuple[int, Section]] = []
        subs: dict[int, list[tuple[int, Section]]] = {}
        for at, section, sub in self.opened:
            if sub and tops:
                subs[id(tops[-1][1])].append((at, section))
            else:
                tops.append((at, section))
                subs[id(section)] = []
        out = _runs(tops, len(paragraphs), paragraphs)
        for n, (start, section) in enumerate(tops):
            end = tops[n + 1][0] if n + 1 < len(tops) else len(paragraphs)
            section.sections = _runs(subs[id(section)], end, paragraphs)
        return out


def _runs(sections: list[tuple[int, Section]], end: int, paragraphs: list[Paragraph]) -> list[Section]:
    """Each section with the run of paragraphs from where it opened to the next one (or ``end``)."""
    for n, (start, section) in enumerate(sections):
        section.paragraphs = paragraphs[start:sections[n + 1][0] if n + 1 < len(sections) else end]
    # (a head with nothing under it, a line printed twice say, stays: its words are the text's)
    return [s for _, s in sections]


def parse_body(blocks: list[Block], lang: Language, narrative: bool = False) -> Body:
    """Parse the blocks from the formula (``blocks[0]``) to the end; for a decision in
    narrative form, ``blocks[0]`` is its narrative paragraph: no formula, no preamble, that
    paragraph is the first (unnumbered) operative one."""
    recitals: list[Recital] = []
    paragraphs: list[Paragraph] = []
    formula: Text | None = blocks[0].text
    if narrative:
        formula = None
        paragraphs.append(Paragraph(None, None, textops.cut(blocks[0].text, 0), line=blocks[0].line))
    rest = blocks[1:]
    conclusions: list[Text] = []
    warnings: list[str] = []
    lead_in: Text | None = None
    lead_in_line = 0
    nester: PointNester | None = None
    expected = 1
    sections = _SectionNester()
    skip = 0  # blocks of a section's head already taken

    # whether a well-numbered paragraph comes after each block (suffix "or")
    later = [False] * (len(rest) + 1)
    for k in range(len(rest) - 1, -1, -1):
        later[k] = later[k + 1] or true_number(rest[k].text.text, lang)
    # point labels, language-neutral ("ب" -> "b", "㈠" -> "i"), with OCR fixes ("(1)" before "(ii)")
    matches = [lang.match_label(b.text.text) for b in rest]
    fixed = _fix_ocr_labels([lang.point_label(m.group("label")) if m else "" for m in matches])

    for k, block in enumerate(rest):
        if skip:
            skip -= 1
            continue
        text = textops.cut(block.text, 0)  # a copy: parsing never changes the reader's blocks
        s = text.text
        if conclusions or lang.conclusion_re.match(s):
            conclusions.append(text)
            continue
        if paragraphs and s.rstrip()[-1:] in ",،，" and formula_organ(s, lang) and is_formula(s, lang):
            # ("A" / "The General Assembly," … "1." … "B" / "The General Assembly," …)
            raise StructureError(f"a second opening formula {s.strip()!r} (line {block.line}) after the operative "
                                 f"paragraphs: a resolution in parts (A, B …), each with its own formula, is not "
                                 f"supported")
        found = section_at(rest, k, expected, lang)
        if found is not None:
            section, taken = found
            sections.add(section, len(paragraphs))
            skip = taken - 1
            nester = None
            continue
        num = paragraph_number(s, expected, lang)
        if num is not None and (paragraphs or not any(r.match(s) for r in lang.lead_in_res)):
            printed, value, end = num
            if paragraphs and paragraphs[-1].number is not None:
                prev = paragraphs[-1].number
                if value == prev:
                    warnings.append(f"paragraph {value} is numbered twice")
                elif value != prev + 1:
                    warnings.append(f"paragraph numbering jumps from {prev} to {value}")
            elif value != 1:
                warnings.append(f"operative paragraphs start at {value}, not 1")
            body = textops.cut(text, len(s) - len(s[end:].lstrip()))
            para = Paragraph(num=printed, number=value, text=body, line=block.line)
            paragraphs.append(para)
            nester = PointNester(para, warnings)
            expected = value + 1
            continue
        lab = matches[k]
        if lab and (paragraphs or recitals):
            rest_text = textops.cut(text, len(s) - len(s[lab.end():].lstrip()))
            printed = lab.group("num").strip()
            if paragraphs:
                if nester is None:  # points under an unnumbered paragraph ("Decides:" then "a) ...")
                    nester = PointNester(paragraphs[-1], warnings)
                if nester.last_point() is not None:
                    wrap_up_back(paragraphs[-1], nester.last_point())
                nester.add(printed, fixed[k], rest_text)
            else:
                recitals[-1].items.append(Item(printed, rest_text))
            continue
        dash = DASH_RE.match(s)
        if dash and (paragraphs or recitals):
            item = Item(dash.group("num"), textops.cut(text, dash.end()))
            if paragraphs:
                # dashes after a point are that point's ("(b) … :" then "— …")
                last = nester.last_point() if nester else None
                wrap_up_back(paragraphs[-1], last)
                (last.items if last else paragraphs[-1].items).append(item)
            else:
                recitals[-1].items.append(item)
            continue
        if paragraphs:
            para = paragraphs[-1]
            last = nester.last_point() if nester else None
            if any(r.match(s) for r in lang.closing_res):  # "Decides to remain seized of the matter."
                paragraphs.append(Paragraph(None, None, text, line=block.line))
                nester = None
            elif textops.starts_lower(s):  # a piece the reader could not join
                target = last.text if last else para.text
                textops.append(target, text)
            elif para.number is None and not para.points:
                paragraphs.append(Paragraph(None, None, text, line=block.line))
            elif last is not None or para.items:
                para.wrap_up = text if para.wrap_up is None else textops.append(para.wrap_up, text)
            else:
                textops.append(para.text, text)
            continue
        # still in the preamble
        folded = lang.fold(s[:60])
        operative = bool(lang.operative_re.match(folded)) and not lang.preamble_re.match(folded)
        later_numbers = later[k + 1]
        if any(r.match(s) for r in lang.lead_in_res) or (operative and later_numbers and s.rstrip().endswith(":")):
            if lead_in is not None:  # two lead-ins: the first was a paragraph of the preamble
                recitals.append(Recital(lead_in, line=lead_in_line))
            lead_in, lead_in_line = text, block.line
            continue
        if lead_in is not None:  # more preamble after it: the "lead-in" was one of its paragraphs
            recitals.append(Recital(lead_in, line=lead_in_line))
            lead_in = None
        if operative and not later_numbers:
            paragraphs.append(Paragraph(None, None, text, line=block.line))
            continue
        if recitals and textops.starts_lower(s) and not lang.preamble_re.match(folded):
            textops.append(recitals[-1].text, text)
            continue
        recitals.append(Recital(text, line=block.line))

    if not paragraphs:
        raise NotAResolution("no operative paragraph found after the preamble")
    found = sections.sections(paragraphs)
    warnings += [f"section {s.num} has no paragraph under its heading"
                 for s in _all_sections(found) if not s.paragraphs]
    return Body(formula, recitals, lead_in, paragraphs, conclusions, warnings, found)


def _all_sections(sections: list[Section]) -> list[Section]:
    return [x for s in sections for x in (s, *_all_sections(s.sections))]


def no_formula(lang: Language) -> NotAResolution:
    """The refusal of a text with no opening formula (and no decision in narrative form)."""
    return NotAResolution(
        f"not a resolution: no opening formula such as {next(iter(lang.formulas.values()), 'The General Assembly,')!r}"
    )


@dataclass
class Nesting:
    """Where a recommended draft stands: the recommending organ's formula ("The Commission on
    Crime Prevention and Criminal Justice", with or without its comma), the recommending
    paragraph ("Recommends … the following draft resolution …:"), the draft's title when printed,
    the draft's own formula ("The General Assembly,"); indices into the blocks."""

    formula: int
    recommendation: int
    title: int | None
    inner: int


def find_nesting(blocks: list[Block], lang: Language) -> Nesting | None:
    """The layout of a draft that recommends another draft for adoption, or None."""
    for k in range(1, min(len(blocks), 80)):
        if not lang.announces_draft(blocks[k].text.text):
            continue
        before = blocks[k - 1].text.text
        if formula_organ(before, lang) is None and not is_formula(before, lang):
            continue
        for j in (k + 1, k + 2):
            if j < len(blocks) and is_formula(blocks[j].text.text, lang):
                return Nesting(k - 1, k, k + 1 if j == k + 2 else None, j)
    return None


def parse_nested(blocks: list[Block], nesting: Nesting, lang: Language) -> Body:
    """The body of a recommending draft: its formula, one unnumbered paragraph (the
    recommendation) that holds the recommended draft, parsed as a body of its own."""
    inner = parse_body(blocks[nesting.inner:], lang)
    title = textops.cut(blocks[nesting.title].text, 0) if nesting.title is not None else None
    if title is not None:  # bold is the title's layout, as on the cover page
        title.spans = [sp for sp in title.spans if sp.kind != "b"]
    draft = Draft(inner.formula, formula_organ(inner.formula.text, lang), title, inner.recitals, inner.lead_in,
                  inner.paragraphs, sections=inner.sections)
    block = blocks[nesting.recommendation]
    para = Paragraph(None, None, textops.cut(block.text, 0), line=block.line, draft=draft)
    return Body(blocks[nesting.formula].text, [], None, [para], inner.conclusions, inner.warnings)

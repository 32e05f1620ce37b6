"""Annexes: the texts a resolution adopts "annexed to the present resolution", printed after its
operative part and its adoption lines: the language's annex label alone on its line ("Annex",
"Annex II", "Annexe", "Приложение", "附件"), a title, then the annex's own text (a preamble with
its own formula, numbered paragraphs, articles, chapters, plain paragraphs), and its appendices
("Appendix" alone on its line, a title, the appendix's own paragraphs numbered from 1).

Works on the reader's blocks, as ``structure`` does; knows nothing of XML.  The word "annex"
inside a paragraph ("annexed to the present resolution") is never a label: a label is a whole
block.
"""

from __future__ import annotations

import re

from ..lang.base import Language, number_value
from ..model import Annex, Article, Block, Chapter, Item, NoteAnchor, Paragraph, Recital, Text
from . import textops
from .structure import DASH_RE, PointNester, wrap_up_back, is_formula, paragraph_number, true_number

#: a title or a heading is a line, not a sentence: it is short and ends without these
_SENTENCE_END = ".;:,،؛。；：，"
_MAX_HEADING = 300


def find_annexes(blocks: list[Block], start: int, lang: Language) -> int | None:
    """Index of the block that opens the first annex: an annex label alone on its line, after
    the operative part (a numbered paragraph or an adoption line comes before it)."""
    operative = False
    for k in range(start + 1, len(blocks)):
        text = blocks[k].text.text.strip()
        if operative and _label_at(blocks, k, lang):
            return k
        if not operative and (true_number(text, lang) or lang.conclusion_re.match(text)):
            operative = True
    return None


def is_label(text: str, lang: Language) -> bool:
    return len(text) <= 40 and lang.annex_label_re.fullmatch(text.strip()) is not None


def _label_at(blocks: list[Block], k: int, lang: Language) -> bool:
    """Whether ``blocks[k]`` is an annex label: alone on its line, and the sentence does not go
    on in lower case after it ("… contained in" / "Annex I" / "to the present resolution")."""
    return is_label(blocks[k].text.text, lang) and not (
        k + 1 < len(blocks) and textops.starts_lower(blocks[k + 1].text.text.strip()))


def parse_annexes(blocks: list[Block], lang: Language, warnings: list[str]) -> list[Annex]:
    """The annexes of ``blocks`` (the first block is the first annex's label)."""
    starts = [k for k in range(len(blocks)) if _label_at(blocks, k, lang)]
    ends = starts[1:] + [len(blocks)]
    return [_annex(blocks[a:b], lang, warnings) for a, b in zip(starts, ends)]


def _annex(blocks: list[Block], lang: Language, warnings: list[str]) -> Annex:
    label = textops.cut(blocks[0].text, 0)
    m = lang.annex_label_re.fullmatch(label.text.strip())
    annex = Annex(label=label, num=m.group("num") if m else None, line=blocks[0].line)
    texts = [textops.cut(b.text, 0) for b in blocks[1:]]  # copies: parsing never changes the reader's blocks
    lines = [b.line for b in blocks[1:]]
    k = 0
    if texts and _is_heading(texts[0].text, lang) and not _opens_part(texts[0].text, lang):
        annex.title = _plain_title(texts[0])
        k = 1
    k = _preamble(annex, texts, k, lang)
    annex.parts = _parts(texts[k:], lines[k:], lang, warnings, chapters=True)
    return annex


def _plain_title(text: Text) -> Text:
    """A title without its bold (bold is the layout of a title, as on the cover page)."""
    text.spans = [sp for sp in text.spans if sp.kind != "b"]
    return text


def _is_heading(s: str, lang: Language) -> bool:
    s = s.strip()
    return bool(s) and len(s) <= _MAX_HEADING and s[-1] not in _SENTENCE_END and not true_number(s, lang)


def _opens_part(s: str, lang: Language) -> bool:
    s = s.strip()
    return bool(lang.article_label_re.match(s) or lang.chapter_label_re.match(s) or _section(s, lang)
                or _appendix(s, lang))


def _appendix(s: str, lang: Language) -> re.Match | None:
    """The label of an appendix of the annex alone on its line ("Appendix", "Appendix II")."""
    s = s.strip()
    return lang.appendix_label_re.fullmatch(s) if len(s) <= 40 else None


def _section(s: str, lang: Language) -> re.Match | None:
    """The number of a headed section ("II. Goals and targets": a heading, not a sentence)."""
    m = lang.annex_section_re.match(s)
    return m if m and _is_heading(s[m.end():], lang) else None


_BARE_SECTION = re.compile(r"(?P<label>(?P<num>.+))", re.S)


def _bare_section(s: str, texts: list[Text], k: int, lang: Language) -> re.Match | None:
    """A headed section's number alone on its line, its heading on the next ("II" / "Principles"),
    as in the operative part; ``texts[k]`` is the line after ``s``."""
    head = lang.section_head(s)
    if head is None or head[1] or k >= len(texts):
        return None
    after = texts[k].text
    return _BARE_SECTION.fullmatch(s.strip()) if _is_heading(after, lang) and not _opens_part(after, lang) else None


def _preamble(annex: Annex, texts: list[Text], k: int, lang: Language) -> int:
    """The annex's own preamble from ``texts[k]`` when it opens with a formula ("The States
    Members of the United Nations,") and an operative lead-in ends it ("Declare the
    following:"); returns where the annex's parts start."""
    if k >= len(texts) or not _is_formula(texts[k].text, lang):
        return k
    recitals: list[Recital] = []
    for j in range(k + 1, len(texts)):
        s = texts[j].text.strip()
        if _opens_part(s, lang) or true_number(s, lang):
            break  # the parts start without a lead-in: no preamble after all
        if lang.match_label(s) and recitals:
            m = lang.match_label(s)
            recitals[-1].items.append(Item(m.group("num").strip(), textops.cut(texts[j], len(s) - len(s[m.end():].lstrip()))))
            continue
        if textops.starts_lower(s) and recitals:
            textops.append(recitals[-1].text, texts[j])
            continue
        if s.endswith((":", "：")) and not lang.preamble_re.match(lang.fold(s[:60])):
            annex.formula, annex.recitals, annex.lead_in = texts[k], recitals, texts[j]
            return j + 1
        recitals.append(Recital(texts[j]))
    return k


def _is_formula(s: str, lang: Language) -> bool:
    s = s.strip()
    return is_formula(s, lang) or (len(s) <= 200 and s[-1:] in ",،，" and not true_number(s, lang))


def _parts(texts: list[Text], lines: list[int], lang: Language, warnings: list[str], chapters: bool):
    """Paragraphs, articles and (at the annex's level) chapters, in order."""
    parts: list = []
    container: list = parts  # where paragraphs go: the annex, a chapter or an article
    chapter: Chapter | None = None
    article: Article | None = None
    nester: PointNester | None = None
    expected = 1
    k = 0
    while k < len(texts):
        text = textops.strip(texts[k])
        s, line = text.text, lines[k]
        k += 1
        appendix = _appendix(s, lang) if chapters and not (k < len(texts) and textops.starts_lower(texts[k].text)) else None
        if appendix:  # an appendix: its title, then its own text, its paragraphs numbered from 1
            heading = None
            if k < len(texts) and _is_heading(texts[k].text, lang) and not _opens_part(texts[k].text, lang):
                heading, k = _plain_title(texts[k]), k + 1
            label = _eid_label(appendix.group("num") or "") or str(
                1 + sum(isinstance(x, Chapter) and x.kind == "appendix" for x in parts))
            chapter = Chapter(text, label, heading, line=line, kind="appendix")
            parts.append(chapter)
            container, article, nester, expected = chapter.parts, None, None, 1
            continue
        m = (lang.chapter_label_re.match(s) or _section(s, lang) or _bare_section(s, texts, k, lang)
             ) if chapters else None
        a = lang.article_label_re.match(s)
        if m or a:
            num, heading = _label_part(text, (m or a).end("label"))
            if heading is None and k < len(texts) and _is_heading(texts[k].text, lang) and not _opens_part(texts[k].text, lang):
                heading, k = texts[k], k + 1
            siblings = parts if m else chapter.parts if chapter else parts
            kind = Chapter if m else Article
            section = m is not None and m.re is not lang.chapter_label_re
            label = (lang.section_label(m.group("num")) if m is not None and m.re is _BARE_SECTION
                     else _eid_label((m or a).group("num"))) or str(1 + sum(isinstance(x, kind) for x in siblings))
            if m:
                chapter = Chapter(num, label, heading, line=line, kind="section" if section else "chapter")
                parts.append(chapter)
                container, article = chapter.parts, None
            else:
                article = Article(num, label, heading, line=line)
                (chapter.parts if chapter else parts).append(article)
                container = article.paragraphs
            nester = None
            if not section:
                expected = 1  # (an article's or a chapter's paragraphs start again at 1; a headed
                # section's go on with the annex's numbering)
            continue
        number = paragraph_number(s, expected, lang)
        if number is not None:
            printed, value, end = number
            para = Paragraph(printed, value, textops.cut(text, len(s) - len(s[end:].lstrip())), line=line)
            container.append(para)
            nester, expected = PointNester(para, warnings), value + 1
            continue
        last = container[-1] if container and isinstance(container[-1], Paragraph) else None
        lab = lang.match_label(s)
        if lab and last is not None:
            if nester is None:
                nester = PointNester(last, warnings)
            if nester.last_point() is not None:
                wrap_up_back(last, nester.last_point())
            rest = textops.cut(text, len(s) - len(s[lab.end():].lstrip()))
            nester.add(lab.group("num").strip(), lang.point_label(lab.group("label")), rest)
            continue
        dash = DASH_RE.match(s)
        if dash and last is not None:
            point = nester.last_point() if nester else None
            wrap_up_back(last, point)
            (point.items if point else last.items).append(Item(dash.group("num"), textops.cut(text, dash.end())))
            continue
        if last is not None and textops.starts_lower(s):  # a piece the reader could not join
            point = nester.last_point() if nester else None
            textops.append(point.text if point else last.wrap_up or last.text, text)
            continue
        container.append(Paragraph(None, None, text, line=line))
        nester = None
    return parts


def _label_part(text: Text, end: int) -> tuple[Text, Text | None]:
    """An article's or chapter's label and the heading printed after it on the same line
    ("Article 1. Definitions"), or None."""
    s = text.text
    rest = s[end:].lstrip(" .:：—–-\u3000")
    num = textops.strip(textops.cut(text, 0, end))
    if not rest.strip():
        num.anchors += [NoteAnchor(len(num.text), a.marker) for a in text.anchors if a.offset > end]  # (a note after the label)
        return num, None
    return num, textops.cut(text, len(s) - len(rest))


def _eid_label(num: str) -> str | None:
    """The number of an eId: ASCII digits for any script, roman numerals as printed ("sec_II", as
    the sections of the operative part); None for a number written in words."""
    if num in ("premier", "1er"):
        return "1"
    value = number_value(num)
    if value is not None:
        return str(value)
    return num if num.isascii() and num.isalnum() else None

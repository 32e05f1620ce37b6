"""PDF-extracted renditions of the Spanish, Russian, Arabic and Chinese test resolutions, as
pdftotext gives them (page breaks in every kind of place, job lines, barcodes, recycling
notices, running headers, Russian and Spanish hyphens at line ends, Chinese lines cut between
any two characters, footnote blocks): each gives the structure, eIds and words of its clean
rendition.

The renditions are in ``tests/data/pdf-world``; each holds one layout that the reader once got
wrong (named in its test).
"""

from __future__ import annotations

import pytest
from lxml import etree

from akn_convert.lang import get
from akn_convert.pipeline import Options, convert_file
from akn_convert.readers import read
from conftest import DATA, LANG_DATA, NS, texts
from test_pdf_more import structure

WORLD = DATA / "pdf-world"
RENDITIONS = sorted(p.name for p in WORLD.glob("*.pdf.txt"))


def _stem(name: str) -> tuple[str, str]:
    """'A-RES-79-904.ru.abbreviation-page.pdf.txt' -> ('A-RES-79-904', 'ru')."""
    parts = name.split(".")
    i = next(i for i, p in enumerate(parts) if p in ("es", "ru", "ar", "zh"))
    return ".".join(parts[:i]), parts[i]


def _symbol(name: str) -> str:
    return _stem(name)[0].replace("-", "/")


def _convert(name: str):
    return convert_file(WORLD / name, Options(symbol=_symbol(name)))


def _root(name: str):
    return etree.fromstring(_convert(name).xml)


def test_every_rendition_is_here():
    assert len(RENDITIONS) == 25


@pytest.mark.parametrize("name", RENDITIONS)
def test_a_pdf_rendition_has_the_structure_eids_and_words_of_its_clean_rendition(name):
    stem, lang = _stem(name)
    pdf = _convert(name)
    clean = convert_file(LANG_DATA / f"{stem}.{lang}.clean.txt", Options(symbol=_symbol(name)))
    assert pdf.shape == "pdf" and clean.shape == "clean"
    assert structure(pdf.xml) == structure(clean.xml)


@pytest.mark.parametrize("stem", ["A-RES-79-318.ru", "A-RES-79-906.zh"])
def test_the_real_extractions_give_their_clean_renditions(stem):
    pdf = convert_file(LANG_DATA / f"{stem}.pdf.txt", Options())
    clean = convert_file(LANG_DATA / f"{stem}.clean.txt", Options())
    assert structure(pdf.xml) == structure(clean.xml)


def test_a_note_number_glued_to_a_year_in_arabic_indic_digits():
    """'… المؤرخ ٥ كانون الأول/ديسمبر ٢٠٢٣1،': the year in Arabic-Indic digits and the note 1 in
    Latin ones (one run of digits to the reader, so the note stayed in the text and went to the
    last paragraph that cites nothing)."""
    root = _root("A-79-L.99.ar.year-marker.pdf.txt")
    notes = root.xpath("//a:authorialNote", namespaces=NS)
    assert [n.getparent().getparent().get("eId") for n in notes] == ["recs_1__rec_1"]
    assert texts(root, "//a:authorialNote/a:p") == ["انظر A/78/999."]
    assert root.xpath("//a:recital[@eId='recs_1__rec_1']//a:date/@date", namespaces=NS) == ["2023-12-05"]
    assert "٢٠٢٣1" not in etree.tostring(root, encoding="unicode")


def test_the_meeting_and_its_date_with_its_year_word_are_one_line_of_the_conclusions():
    """'50-е пленарное заседание,' / '17 декабря 2024 года': the meeting's line ends with a comma
    and the date with 'года'; they were two paragraphs."""
    root = _root("A-RES-79-318.ru.meeting-date.pdf.txt")
    assert texts(root, "//a:conclusions/a:p") == ["50-е пленарное заседание, 17 декабря 2024 года"]
    assert root.xpath("//a:conclusions//a:date/@date", namespaces=NS) == ["2024-12-17"]


def test_an_abbreviation_at_a_page_end_does_not_end_the_recital():
    """'… было собрано 5 млн долл.' / page / 'США,': the recital goes on."""
    root = _root("A-RES-79-904.ru.abbreviation-page.pdf.txt")
    assert len(root.xpath("//a:recital", namespaces=NS)) == 10
    assert texts(root, "//a:recital[@eId='recs_1__rec_10']")[0].endswith("было собрано 5 млн долл. США,")


def test_an_arabic_date_alone_on_the_last_page_is_kept():
    """The meeting's date alone under the running header of the last page: its words are all
    above it, and it was not read as a date ('كانون الأول/ديسمبر'), so it went as the running title."""
    root = _root("A-RES-79-320.ar.date-page.pdf.txt")
    assert texts(root, "//a:conclusions/a:p") == ["الجلسة العامة ٥٠ ١٧ كانون الأول/ديسمبر ٢٠٢٤"]
    assert root.xpath("//a:conclusions//a:date/@date", namespaces=NS) == ["2024-12-17"]


def test_a_resolution_part_letter_on_the_next_line_keeps_its_space_in_chinese():
    """'…第75/290' / 'A号决议，': two Latin words, a space apart, though Chinese lines join
    without one."""
    text = "  回顾2021年6月25日第75/290\nA号决议和第2200 A (XXI)号决议，\n  又回顾其2030\n年议程，\n"
    blocks = read(text, get("zh"), "pdf").blocks
    assert [b.text.text for b in blocks] == ["回顾2021年6月25日第75/290 A号决议和第2200 A (XXI)号决议，", "又回顾其2030年议程，"]


def test_a_formula_on_two_lines_on_a_short_first_page_leaves_the_further_lines_indent():
    """'La Conferencia de las Partes en la Convención de las Naciones Unidas contra la' /
    'Delincuencia Organizada Transnacional,': the body's lines were counted from the top (the
    formula fits on no one line), the cover's lines, flush left, made the base indent 0, and
    every further line (indented 10) started a paragraph after a comma ('… Trata de Personas,'
    / 'Especialmente Mujeres y Niños, …')."""
    root = _root("CTOC-COP-2020-L.98.es.formula-lines.pdf.txt")
    assert len(root.xpath("//a:recital", namespaces=NS)) == 5
    first = texts(root, "//a:recital[@eId='recs_1__rec_1']")[0]
    assert "Trata de Personas, Especialmente Mujeres y Niños, que complementa la Convención" in first
    assert root.xpath("//a:recital[@eId='recs_1__rec_1']//a:authorialNote/@marker", namespaces=NS) == ["1", "2"]


@pytest.mark.parametrize(("name", "notice"), [("A-RES-79-325.zh.recycle.pdf.txt", "请回收"),
                                              ("S-RES-2762-2024.ar.recycle.pdf.txt", "الرجاء إعادة الاستعمال")])
def test_the_recycling_notice_under_the_first_page_is_furniture(name, notice):
    """'请回收 ♲', 'الرجاء إعادة الاستعمال ♲' under the first page's barcode went into the recital
    that runs over the page."""
    root = _root(name)
    assert notice not in etree.tostring(root, encoding="unicode")
    assert "♲" not in etree.tostring(root, encoding="unicode")


def test_a_formula_on_three_lines_leaves_the_further_lines_indent():
    """Narrow lines: the formula on three lines; '… Justicia Penal 27/2,' / '27/3 y 27/4, de 18 de
    mayo de 2018, …' started a recital of its own."""
    root = _root("CTOC-COP-2020-L.98.es.formula-three-lines.pdf.txt")
    assert len(root.xpath("//a:recital", namespaces=NS)) == 5
    second = texts(root, "//a:recital[@eId='recs_1__rec_2']")[0]
    assert "Justicia Penal 27/2, 27/3 y 27/4, de 18 de mayo de 2018" in second


def test_a_number_that_goes_on_with_the_sentence_is_no_label_alone():
    """'… para el Objetivo de Desarrollo Sostenible' / '16,' / blank / '1. Exhorta …': '16,'
    (a paragraph number to the OCR-tolerant rule) went on with the recital, and as a label
    alone it took the first operative paragraph into the preamble."""
    root = _root("A-RES-79-903.es.number-line.pdf.txt")
    assert texts(root, "//a:recital[last()]")[0].endswith("Objetivo de Desarrollo Sostenible 16,")
    assert root.xpath("//a:mainBody/a:paragraph/@eId", namespaces=NS) == ["para_1", "para_2", "para_3", "para_4"]
    assert root.xpath("//a:paragraph[@eId='para_1']//a:point/@eId", namespaces=NS) == [
        "para_1__list_1__point_a", "para_1__list_1__point_b"]


@pytest.mark.parametrize("name", ["A-RES-79-905.ar.right-aligned.pdf.txt", "A-RES-79-905.ar.right-aligned-wide.pdf.txt"])
def test_right_aligned_arabic_lines(name):
    """pdftotext -layout sets Arabic lines flush right: a paragraph's first line at the margin
    with the justified ones, its short last line pushed right.  '… في جلسته الثامنة،' /
    '           قراره ٢٠٢٠/١٢،': the deep indent was read as a new recital.  Wide lines: most
    paragraphs on one line, pushed right, fewer first lines at the margin."""
    root = _root(name)
    assert len(root.xpath("//a:recital", namespaces=NS)) == 10
    assert root.xpath("//a:recital[@eId='recs_1__rec_7']//a:ref/text()", namespaces=NS) == ["قراره ٢٠٢٠/١٢"]
    assert root.xpath("//a:mainBody/a:paragraph/@eId", namespaces=NS) == ["para_1", "para_2", "para_3", "para_4"]


def _flush_right(paragraphs: list[list[str]], width: int = 70, margin: int = 10) -> str:
    """Paragraphs of lines as a right-to-left layout extraction prints them: every line but a
    paragraph's last justified (spaces widened) to the full width, the last one flush right."""
    out = []
    for lines in paragraphs:
        for k, t in enumerate(lines):
            if k < len(lines) - 1:
                first, rest = t.split(" ", 1)
                out.append(" " * margin + first + " " * (width - len(t)) + " " + rest)
            else:
                out.append(" " * (margin + width - len(t)) + t)
    return "\n".join(out) + "\n"


def test_right_aligned_lines_a_short_line_ends_its_paragraph():
    """In right-aligned lines, a line that stops short of the others' end closes its paragraph:
    the next one starts a recital though it opens with no word the language knows."""
    text = _flush_right([
        ["إن الجمعية العامة،"],
        ["إذ تشير إلى قرارها ٧٨/١٦٢ المؤرخ ١٩ كانون الأول/ديسمبر ٢٠٢٣ وإلى قرار", "مجلس الأمن ١٣٢٥ (٢٠٠٠)،"],
        ["ولما كانت النساء الريفيات يتحملن عبئا غير متناسب من العمل غير", "المأجور،"],
        ["وإذ تحيط علما بتقرير الأمين العام،"],
        ["وإذ تعيد تأكيد المادة ١٤ من اتفاقية القضاء على جميع أشكال التمييز ضد", "المرأة،"],
        ["وإذ تشير أيضا إلى قرار المجلس الاقتصادي والاجتماعي ٢٠٢٣/١٥ المؤرخ ٧", "حزيران/يونيه ٢٠٢٣،"],
    ])
    blocks = [b.text.text for b in read(text, get("ar"), "pdf").blocks]
    assert blocks == [
        "إن الجمعية العامة،",
        "إذ تشير إلى قرارها ٧٨/١٦٢ المؤرخ ١٩ كانون الأول/ديسمبر ٢٠٢٣ وإلى قرار مجلس الأمن ١٣٢٥ (٢٠٠٠)،",
        "ولما كانت النساء الريفيات يتحملن عبئا غير متناسب من العمل غير المأجور،",
        "وإذ تحيط علما بتقرير الأمين العام،",
        "وإذ تعيد تأكيد المادة ١٤ من اتفاقية القضاء على جميع أشكال التمييز ضد المرأة،",
        "وإذ تشير أيضا إلى قرار المجلس الاقتصادي والاجتماعي ٢٠٢٣/١٥ المؤرخ ٧ حزيران/يونيه ٢٠٢٣،",
    ]


def test_an_ordinal_cut_at_a_line_end_is_one_word_in_any_of_its_forms():
    """'на ее восьми-' / 'десятой сессии': 'восьмидесятой' is in no word list (an inflected form),
    both halves are words, so the hyphen stayed; the language's ordinal 'восьмидесятая' has
    the same stem."""
    root = _root("A-RES-79-318.ru.ordinal-hyphen.pdf.txt")
    (last,) = texts(root, "//a:paragraph[last()]/a:content")
    assert "на ее восьмидесятой сессии доклад" in last
    text = "  1.  просит Генерального секретаря представить на ее семьдесят девятой и шести-\nдесятой сессиях доклад;\n"
    (block,) = read(text, get("ru"), "pdf").blocks
    assert block.text.text == "1. просит Генерального секретаря представить на ее семьдесят девятой и шестидесятой сессиях доклад;"


@pytest.mark.parametrize("name", ["CTOC-COP-2020-L.98.es.formula-page.pdf.txt",
                                  "CTOC-COP-2020-L.98.es.formula-first-line.pdf.txt"])
def test_a_formula_on_three_lines_cut_by_a_page(name):
    """'La Conferencia de las Partes en la Convención' / 'de las Naciones Unidas contra la
    Delincuencia' / page / 'Organizada Transnacional,', or 'La Conferencia de las Partes en la'
    / page (with 'Se ruega reciclar ♲') / the rest: the document was refused (no formula)."""
    root = _root(name)
    assert texts(root, "//a:formula") == [
        "La Conferencia de las Partes en la Convención de las Naciones Unidas contra la Delincuencia Organizada Transnacional,"]
    assert len(root.xpath("//a:recital", namespaces=NS)) == 5


def test_a_quotation_goes_on_over_a_page_in_chinese():
    """'题为“变革我们的世界：' / page / '2030年可持续发展议程”的第70/1号决议…': the quotation is
    open and the next page starts with no opener; the recital was cut in two."""
    root = _root("A-RES-79-906.zh.quote-page.pdf.txt")
    first = texts(root, "//a:recital[@eId='recs_1__rec_1']")[0]
    assert "题为“变革我们的世界：2030年可持续发展议程”的第70/1号决议" in first
    assert len(root.xpath("//a:recital", namespaces=NS)) == 10


def test_a_number_cut_between_its_groups_keeps_its_space_in_chinese():
    """'…有1' / '000人参加': a number is cut only where its groups are set apart."""
    root = _root("A-RES-79-906.zh.number-groups.pdf.txt")
    assert "有1 000人参加" in texts(root, "//a:recital[last()]")[0]


def test_a_dash_at_the_top_of_a_page_after_an_unfinished_line_is_no_item():
    """'… 2024 года, а другое' / page / '— с 1 по 12 июля 2024 года …': the dash is the
    sentence's; it started a list item in the recital."""
    root = _root("A-RES-79-904.ru.dash-page.pdf.txt")
    assert root.xpath("//a:preamble//a:blockList", namespaces=NS) == []
    assert "а другое — с 1 по 12 июля 2024 года" in texts(root, "//a:recital[last()]")[0]
    text = "  отмечая, что одно совещание состоялось в апреле, а другое\n— в июле,\n  1.  призывает государства:\n"
    assert [b.text.text for b in read(text, get("ru"), "pdf").blocks] == [
        "отмечая, что одно совещание состоялось в апреле, а другое — в июле,", "1. призывает государства:"]
    # an item that opens with an opener after an item ended "…, and" is an item of its own
    text = ("  The Security Council,\n  13. Decides:\n— Calls also for the surrender of any persons indicted by the Tribunal, and\n"
            "\n— Reiterates its demand for Kisangani to be demilitarized;\n")
    assert [b.text.text for b in read(text, get("en"), "pdf").blocks] == [
        "The Security Council,", "13. Decides:", "— Calls also for the surrender of any persons indicted by the Tribunal, and",
        "— Reiterates its demand for Kisangani to be demilitarized;"]


def test_notes_numbered_in_arabic_indic_digits():
    """Notes '١  الأمم المتحدة …' and their markers 'المرأة١،' in Arabic-Indic digits: the
    note's eId took the digit ('authorialNote_١'), and a marker glued to a year in the same
    digits ('٢٠٢٣١،': 2023 and the note 1) was not found."""
    root = _root("A-RES-79-320.ar.indic-notes.pdf.txt")
    assert root.xpath("//a:authorialNote/@eId", namespaces=NS) == [
        "recs_1__rec_3__authorialNote_1", "recs_1__rec_4__authorialNote_2"]
    assert root.xpath("//a:authorialNote/@marker", namespaces=NS) == ["1", "2"]
    root = _root("A-79-L.99.ar.indic-year-marker.pdf.txt")
    assert root.xpath("//a:authorialNote/@eId", namespaces=NS) == ["recs_1__rec_1__authorialNote_1"]
    assert root.xpath("//a:recital[@eId='recs_1__rec_1']//a:date/@date", namespaces=NS) == ["2023-12-05"]


def test_justifying_tatweels_and_presentation_forms_are_undone():
    """Justified Arabic lines stretch a word with tatweels ('ديسمـبر', 'لعــــام'), and some
    fonts map lam-alef to its ligature ('اﻷول'): dates, organs and references were lost."""
    root = _root("A-RES-79-320.ar.kashida.pdf.txt")
    assert root.xpath("//a:recital[@eId='recs_1__rec_1']//a:date/@date", namespaces=NS) == ["2023-12-19", "2000-10-31"]
    assert texts(root, "//a:recital[@eId='recs_1__rec_1']//a:organization") == ["مجلس الأمن"]
    xml = etree.tostring(root, encoding="unicode")
    assert "\u0640" not in xml and "\ufef7" not in xml and "\ufefb" not in xml
    text = "  (هـ)  تعزيز الخدمات الصحيـــة في المناطق الريفيـة؛\n"
    (block,) = read(text, get("ar"), "pdf").blocks
    assert block.text.text == "(هـ) تعزيز الخدمات الصحية في المناطق الريفية؛"


@pytest.mark.parametrize(("name", "title"), [
    ("A-RES-79-312.es.header-lines.pdf.txt", "Protección del derecho a la educación de los niños afectados por los conflictos armados"),
    ("A-RES-79-325.zh.header-lines.pdf.txt", "残疾人的权利"),
    # (a page number "- 3 -" under the symbol, the title above it)
    ("A-RES-79-903.es.header-lines-page-numbers.pdf.txt", "Derechos humanos y Estado de derecho"),
    # (the title above the symbol right under a footnote block; pages with no form feed)
    ("CTOC-COP-2020-L.98.ar.header-lines-notes.pdf.txt", "التعاون الدولي على مكافحة الاتجار بالأشخاص"),
    ("A-RES-79-320.ar.header-lines-no-form-feed.pdf.txt", "تحسين حالة المرأة والفتاة في المناطق الريفية")])
def test_a_running_title_on_a_line_of_its_own_is_furniture(name, title):
    """An extraction without layout prints a running header's symbol and title on lines of
    their own, the title under the symbol or above it: the title ran into the paragraph that
    goes on over the page."""
    root = _root(name)
    body = etree.tostring(root.xpath("//a:preamble", namespaces=NS)[0], encoding="unicode") + \
        etree.tostring(root.xpath("//a:mainBody", namespaces=NS)[0], encoding="unicode")
    assert title not in body
    assert all(title not in t for t in texts(root, "//a:authorialNote"))
    assert texts(root, "//a:docTitle") == [title]

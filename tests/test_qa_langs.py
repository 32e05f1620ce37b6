"""Resolutions written for this QA pass in each language's UN style, each in both shapes (clean
text and a PDF extraction with running headers, job/page lines, footnotes after a rule,
paragraphs split across pages, glued note numbers), converted without --lang or --symbol:
identity, counts, IRIs, the same eIds from both shapes, and what each one brought up (Spanish
"25.ª sesión plenaria", Chinese "2023年12月19日大会决议" and a letter-spaced masthead, Arabic "(1)"
footnotes and quoted sub-point numbers, a French decision's "7<sup>e</sup>"); then language
detection on short and mixed texts."""

from __future__ import annotations

import pytest
from lxml import etree

from akn_convert.lang import detect
from akn_convert.pipeline import Options, convert_file, convert_text
from akn_convert.validate import validate_tree
from conftest import DATA, NS, texts

QA = DATA / "qa-langs"
BASE = "/akn/un/statement/deliberation"

#: stem -> (language, organ, symbol, statement name, FRBR date, date kind, FRBR number, counts)
EXPECTED = {
    "E-RES-2023-97.es": ("spa", "un-ecosoc", "E/RES/2023/97", "resolution", "2023-07-25", "adoption", "2023-97",
                         {"preamble": 4, "operative": 3, "points": 6, "notes": 2}),
    "S-RES-2987-2023.ru": ("rus", "un-sc", "S/RES/2987 (2023)", "resolution", "2023-12-14", "adoption", "2987",
                           {"preamble": 6, "operative": 4, "points": 4, "notes": 1}),
    "A-HRC-RES-54-97.ar": ("ara", "un-hrc", "A/HRC/RES/54/97", "resolution", "2023-10-12", "adoption", "54-97",
                           {"preamble": 4, "operative": 3, "points": 5, "notes": 2}),
    "A-RES-78-987.zh": ("zho", "un-ga", "A/RES/78/987", "resolution", "2023-12-19", "adoption", "78-987",
                        {"preamble": 3, "operative": 3, "points": 5, "notes": 2}),
    "CAC-COSP-2023-L.5-Rev.1.en": ("eng", "un-cac-cosp", "CAC/COSP/2023/L.5/Rev.1", "resolutionDraft", "2023-12-14",
                                   "distribution", "CAC-COSP-2023-L.5-Rev.1",
                                   {"preamble": 4, "operative": 3, "points": 5, "notes": 2}),
    "E-DEC-2023-215.fr": ("fra", "un-ecosoc", "E/DEC/2023/215", "decision", "2023-03-08", "adoption", "2023-215",
                          {"preamble": 0, "operative": 1, "points": 3, "notes": 1}),
    "A-78-L.97.ru": ("rus", "un-ga", "A/78/L.97", "resolutionDraft", "2023-11-28", "distribution", "A-78-L.97",
                     {"preamble": 3, "operative": 2, "points": 5, "notes": 1}),
    "E-RES-2023-98.zh": ("zho", "un-ecosoc", "E/RES/2023/98", "resolution", "2023-07-25", "adoption", "2023-98",
                         {"preamble": 2, "operative": 2, "points": 2, "notes": 1}),
    "A-HRC-RES-54-96.es": ("spa", "un-hrc", "A/HRC/RES/54/96", "resolution", "2023-10-12", "adoption", "54-96",
                           {"preamble": 2, "operative": 2, "points": 4, "notes": 0}),
    **{f"E-DEC-2023-215.{code}": (lang, "un-ecosoc", "E/DEC/2023/215", "decision", "2023-03-08", "adoption", "2023-215",
                                  {"preamble": 0, "operative": 1, "points": 0, "notes": 1})
       for code, lang in (("zh", "zho"), ("ar", "ara"))},
}
#: clean text, a layout extraction (pdftotext -layout) and one without layout (-raw: no margins,
#: one space between the masthead's columns and between a running header's symbol and title)
SHAPES = ("clean", "pdf", "pdf-raw")
CASES = [(stem, shape) for stem in EXPECTED for shape in SHAPES]
_CACHE: dict = {}


def convert(stem: str, shape: str):
    if (stem, shape) not in _CACHE:
        result = convert_file(QA / f"{stem}.{shape}.txt", Options())
        _CACHE[stem, shape] = result, etree.fromstring(result.xml)
    return _CACHE[stem, shape]


def xp(root, path: str) -> list:
    return root.xpath(path, namespaces=NS)


@pytest.mark.parametrize("stem,shape", CASES)
def test_identity_counts_and_validity(stem, shape):
    result, root = convert(stem, shape)
    lang, organ, symbol, name, date, date_name, number, counts = EXPECTED[stem]
    doc = result.document
    assert result.shape == shape.split("-")[0]
    assert (result.lang, doc.organ, doc.symbol, doc.name) == (lang, organ, symbol, name)
    assert (doc.date, doc.date_name, doc.number) == (date, date_name, number)
    assert {k: v for k, v in result.counts.items() if k != "star_note"} == counts
    assert result.warnings == []
    assert validate_tree(root) == []


@pytest.mark.parametrize("stem,shape", CASES)
def test_frbr_iris(stem, shape):
    _, root = convert(stem, shape)
    lang, organ, symbol, name, date, _, number, _ = EXPECTED[stem]
    work = f"{BASE}/{organ}/{date}/{number}"
    assert xp(root, "//a:FRBRWork/a:FRBRuri/@value") == [work]
    assert xp(root, "//a:FRBRExpression/a:FRBRuri/@value") == [f"{work}/{lang}@{date}"]
    assert xp(root, "//a:FRBRlanguage/@language") == [lang]
    assert xp(root, "//a:FRBRWork/a:FRBRauthor/@href") == [f"#{organ}"]
    assert xp(root, "/a:akomaNtoso/a:statement/@name") == [name]
    assert xp(root, "//a:docNumber/text()") == [symbol]


@pytest.mark.parametrize("stem,shape", [(stem, shape) for stem in EXPECTED for shape in SHAPES[1:]])
def test_both_shapes_same_structure(stem, shape):
    (_, clean), (_, pdf) = convert(stem, "clean"), convert(stem, shape)
    for path in ("//@eId", "//a:num/text()", "//a:authorialNote/@marker", "//a:date/@date", "//a:ref/@href"):
        assert xp(clean, path) == xp(pdf, path), path
    for path in ("//a:formula", "//a:recital", "//a:mainBody", "//a:conclusions", "//a:docTitle",
                 "//a:inline[@name='agendaItemTitle']", "//a:docProponent", "//a:docStage"):
        assert texts(clean, path) == texts(pdf, path), path
    # the front matter's items, one for one (no running header, no item title swallowing a heading)
    assert len(xp(clean, "//a:preface/a:p")) == len(xp(pdf, "//a:preface/a:p"))
    assert xp(clean, "//a:preface//a:date/@date") == xp(pdf, "//a:preface//a:date/@date")


@pytest.mark.parametrize("shape", SHAPES)
def test_spanish_ecosoc(shape):
    _, root = convert("E-RES-2023-97.es", shape)
    assert texts(root, "//a:formula") == ["El Consejo Económico y Social,"]
    assert xp(root, "//a:docDate/@date") == ["2023-08-02"]
    assert xp(root, "//a:session/@value") == ["2023"]
    assert texts(root, "//a:inline[@name='agendaItem']") == ["Tema 19 e) del programa"]
    # "25.ª sesión plenaria": the ordinal sign after a full stop still closes the resolution
    assert texts(root, "//a:conclusions") == ["25.ª sesión plenaria 25 de julio de 2023"]
    assert texts(root, "//a:mainBody/a:paragraph[last()]") == [
        "3. Decide seguir examinando la cuestión en su período de sesiones de 2025."]
    assert xp(root, "//a:point/@eId") == [
        "para_1__list_1__point_a", "para_1__list_1__point_b", "para_1__list_1__point_b__list_1__point_i",
        "para_1__list_1__point_b__list_1__point_ii", "para_1__list_1__point_b__list_1__point_iii",
        "para_1__list_1__point_c"]
    assert xp(root, "//a:point/a:num/text()") == ["a)", "b)", "i)", "ii)", "iii)", "c)"]
    assert xp(root, "//a:ref/@href") == [
        f"{BASE}/un-ga/2015-09-25/70-1", f"{BASE}/un-ecosoc/2019-06-06/2019-7", f"{BASE}/un-statcom/53-101"]
    assert xp(root, "//a:preamble//a:date/@date") == ["2015-09-25", "2019-06-06", "2023-04-10", "2023-04-13"]


@pytest.mark.parametrize("shape", SHAPES)
def test_russian_security_council_capitalised(shape):
    _, root = convert("S-RES-2987-2023.ru", shape)
    assert texts(root, "//a:formula") == ["Совет Безопасности,"]
    assert [t.split()[0] for t in texts(root, "//a:recital")] == [
        "Ссылаясь", "Вновь", "Приветствуя", "Принимая", "Определяя,", "Действуя"]
    assert texts(root, "//a:mainBody/a:paragraph[last()]") == ["4. Постановляет продолжать заниматься этим вопросом."]
    assert xp(root, "//a:point/@eId") == [
        "para_2__list_1__point_a", "para_2__list_1__point_b", "para_2__list_1__point_b__list_1__point_i",
        "para_2__list_1__point_b__list_1__point_ii"]
    # words cut at a line end: "Центральноафрикан-" / "ской", "по-" / "прежнему"
    assert "по-прежнему представляет угрозу" in texts(root, "//a:recital")[4]
    assert "Центральноафриканской Республики" in texts(root, "//a:recital")[1]
    assert xp(root, "//a:ref/@href") == [
        f"{BASE}/un-sc/2022/2659", f"{BASE}/un-sc/2023/2693", "/akn/un/treaty/1945-06-26/un-charter/!main#chp_VII"]
    assert xp(root, "//a:mainBody//a:date/@date") == ["2024-11-15"]
    assert texts(root, "//a:authorialNote") == ["S/2019/145, приложение."]


@pytest.mark.parametrize("shape", SHAPES)
def test_arabic_human_rights_council(shape):
    _, root = convert("A-HRC-RES-54-97.ar", shape)
    assert texts(root, "//a:formula") == ["إن مجلس حقوق الإنسان،"]
    assert xp(root, "//a:mainBody/a:paragraph/a:num/text()") == ["١ -", "٢ -", "٣ -"]
    # sub-points numbered between quotes, in Arabic-Indic digits: the "(i)", "(ii)" of (ب)
    assert xp(root, "//a:point/a:num/text()") == ["(أ)", "(ب)", "’١‘", "’٢‘", "(ج)"]
    assert xp(root, "//a:point/@eId") == [
        "para_1__list_1__point_a", "para_1__list_1__point_b", "para_1__list_1__point_b__list_1__point_i",
        "para_1__list_1__point_b__list_1__point_ii", "para_1__list_1__point_c"]
    # markers printed "١" (clean) or "(١)" (PDF): the note's number, as the profile writes it
    assert xp(root, "//a:authorialNote/@marker") == ["1", "2"]
    assert texts(root, "//a:authorialNote") == ["انظر قرار الجمعية العامة ٢٢٠٠ ألف (د-٢١)، المرفق.", "انظر A/HRC/53/27."]
    assert xp(root, "//a:preface//a:date/@date") == ["2023-09-11", "2023-10-13", "2023-10-12"]
    assert xp(root, "//a:session/@value") == ["54"]
    assert texts(root, "//a:conclusions") == ["الجلسة ٤٢ ١٢ تشرين الأول/أكتوبر ٢٠٢٣ [اعتُمد دون تصويت.]"]
    assert xp(root, "//a:ref/@href") == [f"{BASE}/un-hrc/2022-07-07/50-5", f"{BASE}/un-ga/2022-12-15/77-181"]


@pytest.mark.parametrize("shape", SHAPES)
def test_chinese_general_assembly(shape):
    _, root = convert("A-RES-78-987.zh", shape)
    assert texts(root, "//a:formula") == ["大会，"]
    # the masthead's organ, letter-spaced in the PDF text ("大   会")
    assert texts(root, "//a:docAuthority") == ["大会"]
    assert xp(root, "//a:docDate/@date") == ["2023-12-22"]
    assert xp(root, "//a:mainBody/a:paragraph/a:num/text()") == ["1．", "2．", "3．"]
    assert xp(root, "//a:point/a:num/text()") == ["（a）", "（b）", "㈠", "㈡", "（c）"]
    assert xp(root, "//a:point/@eId") == [
        "para_1__list_1__point_a", "para_1__list_1__point_b", "para_1__list_1__point_b__list_1__point_i",
        "para_1__list_1__point_b__list_1__point_ii", "para_1__list_1__point_c"]
    # the meeting's date above the meeting closes the resolution; the adoption line's date is the work's
    assert texts(root, "//a:conclusions") == ["2023年12月19日第50次全体会议"]
    assert texts(root, "//a:mainBody/a:paragraph[last()]") == ["3． 决定在第七十九届会议题为“促进和保护人权”的项目下继续审议这一问题。"]
    assert xp(root, "//a:ref/@href") == [
        f"{BASE}/un-ga/1986-12-04/41-128", f"{BASE}/un-ga/2022-12-15/77-215", f"{BASE}/un-hrc/2023-10-12/54-18"]
    assert xp(root, "//a:preamble//a:date/@date") == ["1986-12-04", "2022-12-15", "2023-10-12"]
    assert texts(root, "//a:authorialNote") == ["见《大会正式记录，第七十八届会议，补编第53号》（A/78/53），第五章，A节。", "见A/78/123。"]


@pytest.mark.parametrize("shape", SHAPES)
def test_english_cac_cosp_revised_draft(shape):
    _, root = convert("CAC-COSP-2023-L.5-Rev.1.en", shape)
    assert texts(root, "//a:formula") == [
        "The Conference of the States Parties to the United Nations Convention against Corruption,"]
    assert texts(root, "//a:docProponent") == ["Angola, Argentina, Chile, Ghana, Philippines and Spain"]
    assert texts(root, "//a:docStage") == ["revised draft resolution"]
    assert texts(root, "//a:docTitle") == ["Promoting the meaningful participation of youth in preventing and combating corruption"]
    assert xp(root, "//a:session/@value") == ["10"]
    assert xp(root, "//a:preface//a:location/@refersTo") == ["#atlanta"]
    assert xp(root, "//a:preface//a:date/@date") == ["2023-12-11", "2023-12-15"]
    assert xp(root, "//a:point/@eId") == [
        "para_1__list_1__point_a", "para_1__list_1__point_a__list_1__point_i",
        "para_1__list_1__point_a__list_1__point_ii", "para_1__list_1__point_b", "para_1__list_1__point_c"]
    assert xp(root, "//a:ref/@href") == [
        "/akn/un/treaty/2003-10-31/uncac/!main#art_13", "/akn/un/treaty/2003-10-31/uncac/!main",
        f"{BASE}/un-cac-cosp/2021-12-17/9-6"]
    assert xp(root, "//a:preamble//a:date/@date") == ["2021-12-17", "2023-07-03", "2023-07-05"]


@pytest.mark.parametrize("shape", SHAPES)
def test_french_ecosoc_decision(shape):
    _, root = convert("E-DEC-2023-215.fr", shape)
    assert xp(root, "//a:formula") == [] and xp(root, "//a:preamble") == []
    # "7<sup>e</sup>" in clean text: an ordinal's ending, kept, not a footnote marker dropped
    intro = texts(root, "//a:mainBody/a:paragraph/a:list/a:intro")
    assert intro == ["À sa 7e séance plénière, le 8 mars 2023, le Conseil économique et social :"]
    assert xp(root, "//a:point/a:num/text()") == ["a)", "b)", "c)"]
    assert xp(root, "//a:mainBody//a:date/@date") == ["2023-03-08", "2023-05-15", "2023-05-24"]
    assert texts(root, "//a:authorialNote") == ["E/2023/32 (Part I)."]
    assert xp(root, "//a:docDate/@date") == ["2023-03-10"]


def test_superscript_ordinals_are_text_in_every_language():
    text = ("**United Nations** A/RES/79/990<sup>**</sup>\n\nDistr.: General  \n20 December 2024\n\n"
            "*The General Assembly*,\n\n"
            "*Recalling* its 1<sup>st</sup> plenary meeting and the 2<sup>nd</sup> report<sup>1</sup>,\n\n"
            "1. *Decides* to remain seized of the matter.\n\n---\n\n<sup>**</sup> Reissued for technical reasons."
            "\n\n<sup>1</sup> A/79/1.\n")
    result = convert_text(text, Options())
    assert result.document.recitals[0].text.text == "Recalling its 1st plenary meeting and the 2nd report,"
    assert [a.marker for a in result.document.recitals[0].text.anchors] == ["1"]
    # (stars are markers still: "**", a second star note)
    assert xp(etree.fromstring(result.xml), "//a:authorialNote/@marker") == ["**", "1"]
    assert result.warnings == []


# --------------------------------------------------------------------------- language detection

@pytest.mark.parametrize("text,code", [
    # short texts under an English masthead: the formula, then the script, decide
    ("United Nations S/RES/2999 (2025)\nSecurity Council Distr.: General\n30 June 2025\nOriginal: English\n"
     "安全理事会，\n1. 决定继续处理此案。", "zho"),
    ("United Nations A/HRC/RES/54/1 General Assembly Distr.: General 16 October 2023 Arabic Original: English\n"
     "إن مجلس حقوق الإنسان،\n١ - يقرر أن يبقي المسألة قيد نظره.", "ara"),
    ("United Nations S/RES/2987 (2023) Security Council Distr.: General 14 December 2023 Russian Original: English\n"
     "Совет Безопасности,\n1. постановляет продолжать заниматься этим вопросом.", "rus"),
    ("United Nations S/RES/2999 (2025) Distr.: General 30 June 2025\nприняла\nрезолюцию о мире.", "rus"),
    ("*El Consejo de Seguridad*,\n\n1. *Decide* seguir ocupándose de la cuestión.", "spa"),
    ("Le Conseil de sécurité,\n1. Décide de rester saisi de la question.", "fra"),
    ("The Security Council,\n1. Decides to remain seized of the matter.", "eng"),
    # a title quoted in another language does not make the text that language's
    ("The General Assembly,\nRecalling the declaration entitled « Déclaration de la Conférence de Paris sur la "
     "protection des données et de la vie privée des enfants dans le monde numérique », adopted at Paris,\n"
     "1. Decides to remain seized of the matter.", "eng"),
    ("L'Assemblée générale,\nRappelant la déclaration intitulée \"Transforming our world: the 2030 Agenda for "
     "Sustainable Development and the role of the United Nations in the world of today\",\n"
     "1. Décide de rester saisie de la question.", "fra"),
    ("La Asamblea General,\nRecordando la resolución titulada “Strengthening of the coordination of emergency "
     "humanitarian assistance of the United Nations and of the international community”,\n"
     "1. Decide seguir examinando la cuestión.", "spa"),
    # no formula (a decision's narrative): frequent words outside the quotation
    ("At its 7th plenary meeting, on 8 March 2023, the Council took note of the report entitled “Informe de la "
     "Comisión de Estadística sobre la labor de su período de sesiones de la región de América Latina y el "
     "Caribe” and decided to consider the question at its next session.", "eng"),
    # the same quotation wrapped over lines, as PDF text prints it
    ("At its 7th plenary meeting, on 8 March 2023, the Council took note of the report entitled “Informe de la\n"
     "Comisión de Estadística sobre la labor de su período de sesiones de la región de América\nLatina y el "
     "Caribe” and decided to consider the question at its next session.", "eng"),
])
def test_detect_short_and_mixed(text, code):
    assert detect(text).code == code


@pytest.mark.parametrize("shape", SHAPES)
def test_russian_draft_cyrillic_points_and_sponsors_star(shape):
    result, root = convert("A-78-L.97.ru", shape)
    assert result.counts["star_note"] == 1
    assert xp(root, "//a:point/a:num/text()") == ["а)", "б)", "i)", "ii)", "в)"]
    assert xp(root, "//a:point/@eId") == [
        "para_1__list_1__point_a", "para_1__list_1__point_b", "para_1__list_1__point_b__list_1__point_i",
        "para_1__list_1__point_b__list_1__point_ii", "para_1__list_1__point_c"]
    assert texts(root, "//a:docStage") == ["проект резолюции"]
    assert xp(root, "//a:docProponent//a:authorialNote/@marker") == ["*"]
    assert xp(root, "//a:session/@value") == ["78"]
    assert "по-прежнему не владеют" in texts(root, "//a:recital")[2]
    # a particle after a line-end hyphen keeps it ("каких-" / "либо")
    assert texts(root, "(//a:point)[last()]/a:content") == ["выделять достаточные ресурсы на эти цели без каких-либо дополнительных условий;"]


@pytest.mark.parametrize("shape", SHAPES)
def test_chinese_ecosoc_adoption_line_date_first(shape):
    _, root = convert("E-RES-2023-98.zh", shape)
    assert texts(root, "//a:formula") == ["经济及社会理事会，"]
    assert texts(root, "//a:docAuthority") == ["经济及社会理事会"]
    assert xp(root, "//a:session/@value") == ["2023"]
    assert texts(root, "//a:conclusions") == ["2023年7月25日第28次全体会议"]
    assert xp(root, "//a:ref/@href") == [f"{BASE}/un-ecosoc/2019-07-23/2019-25", f"{BASE}/un-cnd/2023-03-17/66-3"]


#: stem -> (docAuthority, distribution, docDate, agenda item), the same from every shape
COVERS = {
    "E-RES-2023-97.es": ("Consejo Económico y Social", "Distr. general", "2023-08-02", "Tema 19 e) del programa"),
    "S-RES-2987-2023.ru": ("Совет Безопасности", "Distr.: General", "2023-12-14", None),
    "A-HRC-RES-54-97.ar": ("مجلس حقوق الإنسان", "Distr.: General", "2023-10-16", "البند ٣ من جدول الأعمال"),
    "A-RES-78-987.zh": ("大会", "Distr.: General", "2023-12-22", "议程项目71(b)"),
    "CAC-COSP-2023-L.5-Rev.1.en": ("Conference of the States Parties to the United Nations Convention against "
                                   "Corruption", "Distr.: Limited", "2023-12-14", "Agenda item 4"),
    "E-DEC-2023-215.fr": ("Conseil économique et social", "Distr. générale", "2023-03-10", "Point 4 de l'ordre du jour"),
    "A-78-L.97.ru": ("Генеральная Ассамблея", "Distr.: Limited", "2023-11-28", "Пункт 27 b повестки дня"),
    "E-RES-2023-98.zh": ("经济及社会理事会", "Distr.: General", "2023-08-03", "议程项目18(b)"),
    "A-HRC-RES-54-96.es": ("Consejo de Derechos Humanos", "Distr. general", "2023-10-16", "Tema 3 de la agenda"),
    "E-DEC-2023-215.zh": ("经济及社会理事会", "Distr.: General", "2023-03-10", "议程项目4"),
    "E-DEC-2023-215.ar": ("المجلس الاقتصادي والاجتماعي", "Distr.: General", "2023-03-10", "البند ٤ من جدول الأعمال"),
}


@pytest.mark.parametrize("stem,shape", CASES)
def test_cover_fields(stem, shape):
    _, root = convert(stem, shape)
    authority, distribution, date, agenda = COVERS[stem]
    assert texts(root, "//a:docAuthority") == [authority]
    assert texts(root, "//a:inline[@name='distribution']") == [distribution]
    assert xp(root, "//a:docDate/@date") == [date]
    assert [t.replace("’", "'") for t in texts(root, "//a:inline[@name='agendaItem']")] == ([agenda] if agenda else [])


@pytest.mark.parametrize("one,two", [("(一)", "(二)"), ("（一）", "（二）")])
def test_chinese_sub_points_spelt_out(one, two):
    """"㈠", "㈡" as a text normalised for compatibility writes them: the same sub-points."""
    text = (QA / "A-RES-78-987.zh.clean.txt").read_text(encoding="utf-8").replace("㈠", one).replace("㈡", two)
    result = convert_text(text, Options())
    root = etree.fromstring(result.xml)
    _, original = convert("A-RES-78-987.zh", "clean")
    assert xp(root, "//@eId") == xp(original, "//@eId")
    assert xp(root, "//a:point/a:num/text()") == ["（a）", "（b）", one, two, "（c）"]
    assert result.counts["points"] == 5 and result.warnings == []


def test_chinese_full_width_letters():
    """"（ａ）" with a full-width letter: the point (a), its eId in ASCII."""
    text = (QA / "A-RES-78-987.zh.clean.txt").read_text(encoding="utf-8")
    for c in "abc":
        text = text.replace(f"（{c}）", f"（{chr(ord(c) + 0xFEE0)}）")
    result = convert_text(text, Options())
    root = etree.fromstring(result.xml)
    _, original = convert("A-RES-78-987.zh", "clean")
    assert xp(root, "//@eId") == xp(original, "//@eId")
    assert xp(root, "//a:point/a:num/text()") == ["（ａ）", "（ｂ）", "㈠", "㈡", "（ｃ）"]


@pytest.mark.parametrize("shape", SHAPES)
def test_spanish_ordinal_sign_after_a_full_stop(shape):
    """"54.º período de sesiones", "42.ª sesión": the ordinal sign after a full stop, as current
    Spanish style writes it, in the session and in the closing meeting line."""
    _, root = convert("A-HRC-RES-54-96.es", shape)
    assert xp(root, "//a:session/@value") == ["54"]
    assert texts(root, "//a:session") == ["54.º período de sesiones"]
    assert texts(root, "//a:conclusions") == ["42.ª sesión 12 de octubre de 2023 [Aprobada sin votación.]"]
    assert xp(root, "//a:preface//a:date/@date") == ["2023-09-11", "2023-10-13", "2023-10-12"]


def test_english_text_quoting_a_french_title_converts_as_english():
    text = ("**United Nations** A/RES/79/992\n\nDistr.: General  \n20 December 2024\n\n"
            "**Resolution adopted by the General Assembly on 17 December 2024**\n\n"
            "**79/992. Children in the digital world**\n\n*The General Assembly*,\n\n"
            "*Recalling* the declaration entitled « Déclaration de la Conférence de Paris sur la protection des "
            "données et de la vie privée des enfants dans le monde numérique, adoptée par les États participants "
            "à la Conférence de Paris le 12 juin 2023 »,\n\n"
            "1. *Decides* to remain seized of the matter.\n")
    result = convert_text(text, Options())
    root = etree.fromstring(result.xml)
    assert result.lang == "eng"
    assert xp(root, "//a:FRBRExpression/a:FRBRuri/@value") == [f"{BASE}/un-ga/2024-12-17/79-992/eng@2024-12-17"]
    assert result.counts == {"preamble": 1, "operative": 1, "points": 0, "notes": 0, "star_note": 0}


def test_eval_on_the_qa_resolutions():
    """``akn-convert eval`` over these resolutions and their manifest: every one exact, in every
    language and shape."""
    from akn_convert.evaluation import evaluate

    report = evaluate(QA, QA / "MANIFEST.tsv")
    assert {o.row.file: (o.error or o.off()) for o in report.outcomes if not o.exact} == {}
    assert len(report.outcomes) == len(CASES) == 33
    totals = report.totals()
    for code in ("ara", "zho", "eng", "fra", "rus", "spa"):
        assert totals[(code, "*")].exact == totals[(code, "*")].documents > 0
    everything = totals[("*", "*")]
    assert everything.got == {"preamble": 84, "operative": 75, "points": 117, "notes": 42}
    for shape in SHAPES:
        assert totals[("*", shape)].got == {"preamble": 28, "operative": 25, "points": 39, "notes": 14}


def test_chinese_pdf_with_spaces_between_characters_and_numbers():
    """PDF text that keeps the typesetter's spacing between Chinese characters and numbers
    ("以及 1986 年 12 月 4 日第 41/128 号决议", "决议 1，"): the same resolution as the clean text,
    its references, dates and glued note numbers found."""
    result = convert_file(QA / "A-RES-78-987.zh.pdf-autospace.txt", Options())
    root = etree.fromstring(result.xml)
    _, clean = convert("A-RES-78-987.zh", "clean")
    assert result.warnings == []
    for path in ("//@eId", "//a:ref/@href", "//a:date/@date", "//a:authorialNote/@marker"):
        assert xp(root, path) == xp(clean, path), path
    for path in ("//a:recital", "//a:mainBody", "//a:conclusions"):
        body = f"{path}//text()[not(ancestor::a:authorialNote)]"
        assert "".join(xp(root, body)) == "".join(xp(clean, body)), path
    # (a gap beside a Latin letter stays: "第五章，A 节", as a masthead's "大会 Distr.: General" must)
    assert texts(root, "//a:authorialNote")[0].endswith("第五章，A 节。")


def test_arabic_pdf_right_aligned():
    """The Arabic resolution as a layout extraction of right-aligned text prints it (each line
    ending at the right margin, a paragraph's first line short of it, the masthead's Latin
    column first): the same resolution as the clean text."""
    result = convert_file(QA / "A-HRC-RES-54-97.ar.pdf-right.txt", Options())
    root = etree.fromstring(result.xml)
    _, clean = convert("A-HRC-RES-54-97.ar", "clean")
    assert result.warnings == [] and result.lang == "ara"
    for path in ("//@eId", "//a:num/text()", "//a:ref/@href", "//a:date/@date", "//a:authorialNote/@marker"):
        assert xp(root, path) == xp(clean, path), path
    for path in ("//a:formula", "//a:recital", "//a:mainBody", "//a:conclusions", "//a:docAuthority"):
        assert texts(root, path) == texts(clean, path), path


@pytest.mark.parametrize("stem", ["E-DEC-2023-215.zh", "E-DEC-2023-215.ar"])
@pytest.mark.parametrize("shape", SHAPES)
def test_chinese_and_arabic_decisions_in_narrative_form(stem, shape):
    """"在2023年3月8日第7次全体会议上，经济及社会理事会……", "في الجلسة العامة ٧ المعقودة في ٨
    آذار/مارس ٢٠٢٣، أحاط المجلس الاقتصادي والاجتماعي …": a decision of one narrative paragraph,
    the organ it names speaking, its note at its marker ("(١)" after a year in the Arabic PDF)."""
    _, root = convert(stem, shape)
    assert xp(root, "//a:formula") == [] and xp(root, "//a:preamble") == []
    assert xp(root, "//a:mainBody/a:paragraph/@eId") == ["para_1"]
    assert xp(root, "//a:mainBody//a:date/@date") == ["2023-03-08", "2023-05-15", "2023-05-24"]
    assert xp(root, "//a:authorialNote/@marker") == ["1"]
    assert texts(root, "//a:authorialNote")[0].startswith("E/2023/32 (Part I)")


@pytest.mark.parametrize("code,text", [
    ("rus", "На своем 7-м пленарном заседании, состоявшемся 8 марта 2023 года, Экономический и Социальный Совет "
            "постановил продлить мандат Комитета."),
    ("spa", "En su 7.ª sesión plenaria, celebrada el 8 de marzo de 2023, el Consejo Económico y Social tomó nota del informe."),
    ("zho", "在2023年3月8日举行的第7次全体会议上，经济及社会理事会注意到委员会的报告。"),
    ("ara", "في جلسته العامة ٧، المعقودة في ٨ آذار/مارس ٢٠٢٣، قرر المجلس الاقتصادي والاجتماعي تمديد ولاية اللجنة."),
])
def test_narrative_decision_openings(code, text):
    from akn_convert.lang import get
    from akn_convert.model import Block, Text
    from akn_convert.parse.dates import parse_date
    from akn_convert.parse.structure import find_narrative

    found = find_narrative([Block(Text(text), line=1)], get(code))
    assert found is not None and found.organ == "un-ecosoc"
    assert parse_date(found.date, get(code)) == "2023-03-08"

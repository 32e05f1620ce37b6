"""The resolutions written for the tests in each language's UN style (both shapes for French
and English), converted without --lang or --symbol: identity, counts and IRIs; then what is
particular to Spanish, Russian, Arabic and Chinese."""

from __future__ import annotations

import pytest

from conftest import LANG_DATA, NS, convert_lang, texts, xml

BASE = "/akn/un/statement/deliberation"

#: file -> (language, organ, symbol, name, date, date kind, FRBR number, counts)
EXPECTED = {
    **{f"A-HRC-RES-58-99.en.{shape}.txt": (
        "eng", "un-hrc", "A/HRC/RES/58/99", "resolution", "2025-04-03", "adoption", "58-99",
        {"preamble": 5, "operative": 5, "points": 5, "notes": 3}) for shape in ("clean", "pdf")},
    "S-RES-2999-2025.en.clean.txt": (
        "eng", "un-sc", "S/RES/2999 (2025)", "resolution", "2025-06-30", "adoption", "2999",
        {"preamble": 4, "operative": 4, "points": 2, "notes": 0}),
    **{f"A-C.3-79-L.99-Rev.1.fr.{shape}.txt": (
        "fra", "un-ga-c3", "A/C.3/79/L.99/Rev.1", "resolutionDraft", "2024-11-14", "distribution",
        "A-C.3-79-L.99-Rev.1", {"preamble": 4, "operative": 4, "points": 5, "notes": 2}) for shape in ("clean", "pdf")},
    "E-RES-2025-99.es.clean.txt": (
        "spa", "un-ecosoc", "E/RES/2025/99", "resolution", "2025-07-23", "adoption", "2025-99",
        {"preamble": 3, "operative": 3, "points": 2, "notes": 1}),
    "S-RES-2998-2025.ru.clean.txt": (
        "rus", "un-sc", "S/RES/2998 (2025)", "resolution", "2025-06-27", "adoption", "2998",
        {"preamble": 3, "operative": 4, "points": 4, "notes": 1}),
    "A-79-L.99.ar.clean.txt": (
        "ara", "un-ga", "A/79/L.99", "resolutionDraft", "2024-11-12", "distribution", "A-79-L.99",
        {"preamble": 3, "operative": 3, "points": 3, "notes": 1}),
    **{f"E-CN.15-2025-L.99-Rev.1.zh.{shape}.txt": (
        "zho", "un-ccpcj", "E/CN.15/2025/L.99/Rev.1", "resolutionDraft", "2025-05-21", "distribution",
        "E-CN.15-2025-L.99-Rev.1", {"preamble": 3, "operative": 3, "points": 2, "notes": 1}) for shape in ("clean", "pdf")},
}


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def case(request):
    return request.param, convert_lang(request.param)


def test_identity_and_counts(case):
    name, result = case
    lang, organ, symbol, kind, date, date_name, number, counts = EXPECTED[name]
    doc = result.document
    assert (result.lang, doc.organ, doc.symbol, doc.name) == (lang, organ, symbol, kind)
    assert (doc.date, doc.date_name, doc.number) == (date, date_name, number)
    assert {k: v for k, v in result.counts.items() if k != "star_note"} == counts
    assert result.warnings == []


def test_iris(case):
    name, result = case
    lang, organ, _, kind, date, _, number, _ = EXPECTED[name]
    root = xml(result)
    work = f"{BASE}/{organ}/{date}/{number}"
    assert root.xpath("//a:FRBRWork/a:FRBRuri/@value", namespaces=NS) == [work]
    assert root.xpath("//a:FRBRExpression/a:FRBRuri/@value", namespaces=NS) == [f"{work}/{lang}@{date}"]
    assert root.xpath("//a:FRBRlanguage/@language", namespaces=NS) == [lang]
    assert root.xpath("//a:FRBRWork/a:FRBRauthor/@href", namespaces=NS) == [f"#{organ}"]
    assert root.xpath("//a:statement/@name", namespaces=NS) == [kind]


def test_spanish():
    root = xml(convert_lang("E-RES-2025-99.es.clean.txt"))
    assert texts(root, "//a:formula") == ["El Consejo Económico y Social,"]
    assert texts(root, "//a:docAuthority") == ["Consejo Económico y Social"]
    assert root.xpath("//a:docDate/@date", namespaces=NS) == ["2025-08-01"]  # "1 de agosto de 2025"
    assert root.xpath("//a:point/a:num/text()", namespaces=NS) == ["a)", "b)"]
    assert texts(root, "//a:conclusions") == ["38ª sesión plenaria 23 de julio de 2025"]


def test_russian_lower_case_openers_and_closing_paragraph():
    root = xml(convert_lang("S-RES-2998-2025.ru.clean.txt"))
    assert texts(root, "//a:formula") == ["Совет Безопасности,"]
    assert [t.split()[0] for t in texts(root, "//a:recital")] == ["ссылаясь", "вновь", "будучи"]
    assert root.xpath("//a:point/@eId", namespaces=NS) == [
        "para_2__list_1__point_a", "para_2__list_1__point_b", "para_2__list_1__point_b__list_1__point_i",
        "para_2__list_1__point_b__list_1__point_ii"]
    assert texts(root, "//a:mainBody/a:paragraph[last()]") == ["4. постановляет продолжать активно заниматься этим вопросом."]
    # "Distr.: General" and an English date on the Russian masthead
    assert root.xpath("//a:docDate/@date", namespaces=NS) == ["2025-06-27"]
    assert texts(root, "//a:conclusions") == ["принятая Советом Безопасности на его 9998-м заседании 27 июня 2025 года"]


def test_arabic_numbers_and_lettered_points():
    root = xml(convert_lang("A-79-L.99.ar.clean.txt"))
    assert texts(root, "//a:formula") == ["إن الجمعية العامة،"]
    assert root.xpath("//a:mainBody/a:paragraph/a:num/text()", namespaces=NS) == ["١ -", "٢ -", "٣ -"]
    assert root.xpath("//a:mainBody/a:paragraph/@eId", namespaces=NS) == ["para_1", "para_2", "para_3"]
    # abjad letters as printed, their Latin places in the eIds
    assert root.xpath("//a:point/a:num/text()", namespaces=NS) == ["(أ)", "(ب)", "(ج)"]
    assert root.xpath("//a:point/@eId", namespaces=NS) == [
        "para_2__list_1__point_a", "para_2__list_1__point_b", "para_2__list_1__point_c"]
    assert root.xpath("//a:session/@value", namespaces=NS) == ["79"]
    assert texts(root, "//a:inline[@name='languageOfExpression']") == ["Arabic"]
    assert texts(root, "//a:docStage") == ["مشروع قرار"]


@pytest.mark.parametrize("shape", ["clean", "pdf"])
def test_chinese_full_width_punctuation(shape):
    result = convert_lang(f"E-CN.15-2025-L.99-Rev.1.zh.{shape}.txt")
    root = xml(result)
    assert texts(root, "//a:formula") == ["预防犯罪和刑事司法委员会，"]
    assert [t[:2] for t in texts(root, "//a:recital")] == ["回顾", "关切", "认识"]
    assert root.xpath("//a:mainBody/a:paragraph/a:num/text()", namespaces=NS) == ["1.", "2.", "3."]
    assert root.xpath("//a:point/a:num/text()", namespaces=NS) == ["(a)", "(b)"]
    assert root.xpath("//a:session/@value", namespaces=NS) == ["34"]  # 第三十四届会议
    assert root.xpath("//a:preface//a:date/@date", namespaces=NS) == ["2025-05-19", "2025-05-23"]  # "2025年5月19日至23日"
    assert root.xpath("//a:TLCLocation/@eId", namespaces=NS) == ["vienna"]
    assert texts(root, "//a:docTitle") == ["加强对网络犯罪受害人的援助"]
    assert texts(root, "//a:docStage") == ["订正决议草案"]
    # a line break inside Chinese text, even inside a number, is not a space
    assert result.document.recitals[0].text.text == "回顾大会2024年12月17日第79/999号决议，"
    assert texts(root, "//a:authorialNote") == ["见A/79/999。"]


def test_chinese_shapes_have_the_same_eids():
    clean, pdf = (xml(convert_lang(f"E-CN.15-2025-L.99-Rev.1.zh.{s}.txt")) for s in ("clean", "pdf"))
    assert clean.xpath("//@eId") == pdf.xpath("//@eId")


def test_chinese_paragraph_numbers_in_full_width_digits():
    """"１．" (full-width) as some Chinese texts print it: the eIds take the digits' values."""
    import re

    from akn_convert.pipeline import Options, convert_text

    text = (LANG_DATA / "E-CN.15-2025-L.99-Rev.1.zh.clean.txt").read_text("utf-8")
    wide = re.sub(r"(?m)^(\d)\. ", lambda m: chr(0xFF10 + int(m.group(1))) + "．", text)
    assert wide != text
    root = xml(convert_text(wide, Options()))
    assert root.xpath("//a:mainBody/a:paragraph/a:num/text()", namespaces=NS) == ["１．", "２．", "３．"]
    assert root.xpath("//a:mainBody/a:paragraph/@eId", namespaces=NS) == ["para_1", "para_2", "para_3"]


def test_digits_of_other_scripts_are_no_paragraph_number():
    """A Thai digit in an Arabic paragraph number ("๕ -", OCR noise) is no number: the eIds
    and the profile rules only know the digits UN texts print."""
    from akn_convert.pipeline import Options, convert_text

    text = (LANG_DATA / "A-79-L.99.ar.clean.txt").read_text("utf-8")
    assert "\n٣ -" in text
    result = convert_text(text.replace("\n٣ -", "\n๕ -"), Options())  # valid, or it raises
    assert xml(result).xpath("//a:mainBody/a:paragraph/@eId", namespaces=NS) == ["para_1", "para_2"]

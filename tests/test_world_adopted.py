"""Adopted resolutions and an HRC draft in Spanish, Russian, Arabic and Chinese, written for the
tests in each language's UN style (GA texts in both shapes): structure, identity, and what the
PDF shape's page furniture, footnote markers and the languages' own forms must not change."""

from __future__ import annotations

import pytest

from conftest import NS, convert_lang, texts, xml

BASE = "/akn/un/statement/deliberation"
BOTH = ("A-RES-79-312.es", "A-RES-79-318.ru", "A-RES-79-320.ar", "A-RES-79-325.zh")


def eids(root) -> list[str]:
    return root.xpath("//a:recital/@eId|//a:paragraph/@eId|//a:point/@eId|//a:authorialNote/@eId",
                      namespaces=NS)


def refs(root) -> list[tuple[str, str]]:
    return [(" ".join("".join(r.itertext()).split()), r.get("href")) for r in root.iterfind(".//a:ref", NS)]


@pytest.mark.parametrize("stem", BOTH)
def test_both_shapes_give_one_structure_and_the_same_references(stem):
    clean, pdf = (convert_lang(f"{stem}.{shape}.txt") for shape in ("clean", "pdf"))
    assert pdf.warnings == [] and clean.warnings == []
    a, b = xml(clean), xml(pdf)
    assert eids(a) == eids(b)
    assert refs(a) == refs(b)  # no running header ("A/RES/79/312   title") left in the body
    assert texts(a, "//a:recital") == texts(b, "//a:recital")


def test_russian_points_lettered_in_cyrillic_take_the_latin_letter_of_their_place():
    root = xml(convert_lang("A-RES-79-318.ru.clean.txt"))
    points = root.xpath("//a:paragraph[@eId='para_2']//a:point", namespaces=NS)
    assert [(p.get("eId"), p.findtext("a:num", namespaces=NS)) for p in points] == [
        ("para_2__list_1__point_a", "а)"), ("para_2__list_1__point_b", "б)"),
        ("para_2__list_1__point_b__list_1__point_i", "i)"), ("para_2__list_1__point_b__list_1__point_ii", "ii)"),
        ("para_2__list_1__point_c", "в)")]
    assert texts(root, "//a:point[@eId='para_2__list_1__point_c']/a:content") == [
        "сотрудничать с Продовольственной и сельскохозяйственной организацией Объединенных Наций и "
        "Всемирной продовольственной программой;"]


def test_russian_treaty_series_with_the_abbreviated_volume():
    root = xml(convert_lang("A-RES-79-318.ru.clean.txt"))
    assert [r for r in refs(root) if "Серия" in r[0]] == [
        ("Организация Объединенных Наций, Серия договоров, т. 1577, № 27531", "/akn/un/treaty/1989-11-20/crc/!main")]


def test_an_article_common_to_treaties_named_after_it_is_not_of_the_treaty_named_before():
    root = xml(convert_lang("S-RES-2761-2024.ru.clean.txt"))
    # "… Устава Организации Объединенных Наций и статье 3, общей для Женевских конвенций 1949 года"
    assert [r for r in refs(root) if r[0].startswith("стать")] == []
    assert "статье 3, общей для Женевских конвенций" in texts(root, "//a:recital[@eId='recs_1__rec_2']")[0]


def test_arabic_indic_digits_in_the_security_council_and_ecosoc_number_forms():
    root = xml(convert_lang("A-RES-79-320.ar.clean.txt"))
    assert refs(root)[:6] == [
        ("قرارها ٧٨/١٦٢", f"{BASE}/un-ga/2023-12-19/78-162"),
        ("١٣٢٥ (٢٠٠٠)", f"{BASE}/un-sc/2000-10-31/1325"),  # "قرار مجلس الأمن ١٣٢٥ (٢٠٠٠) المؤرخ …"
        ("٢٠٢٣/١٥", f"{BASE}/un-ecosoc/2023-06-07/2023-15"),
        ("٥٣/٧", f"{BASE}/un-hrc/53-7"),
        ("مقررها ٧٨/٥٤٦", f"{BASE}/un-ga/78-546"),
        ("المادة ١٤ من اتفاقية القضاء على جميع أشكال التمييز ضد المرأة", "/akn/un/treaty/1979-12-18/cedaw/!main#art_14")]


def test_russian_list_goes_on_after_a_date_and_its_goda():
    root = xml(convert_lang("S-RES-2761-2024.ru.clean.txt"))
    # "свои резолюции 2664 (2022) от 9 декабря 2022 года и 2745 (2024)"
    assert refs(root)[:3] == [("2664 (2022)", f"{BASE}/un-sc/2022-12-09/2664"), ("2745 (2024)", f"{BASE}/un-sc/2024/2745"),
                              ("резолюцию 79/318", f"{BASE}/un-ga/79-318")]


def test_chinese_cover_lines_joined_by_the_pdf_shape_are_not_taken_for_a_broken_heading():
    for shape in ("clean", "pdf"):
        root = xml(convert_lang(f"A-RES-79-325.zh.{shape}.txt"))
        assert root.xpath("//a:preface//a:session/@value", namespaces=NS) == ["79"]
        assert texts(root, "//a:preface//a:inline[@name='agendaItem']") == ["议程项目69(b)"]
        assert texts(root, "//a:preface//a:docTitle") == ["残疾人的权利"]


def test_chinese_list_of_resolutions_with_one_keyword_after_the_last_number_and_short_names():
    root = xml(convert_lang("S-RES-2763-2024.zh.clean.txt"))
    assert refs(root) == [("第2664(2022)号", f"{BASE}/un-sc/2022/2664"), ("第2719(2023)号决议", f"{BASE}/un-sc/2023/2719"),
                          ("第79/325号决议", f"{BASE}/un-ga/79-325"),
                          # "根据《联合国宪章》第七章采取行动": Chapter VII of the Charter
                          ("第七章", "/akn/un/treaty/1945-06-26/un-charter/!main#chp_VII")]
    assert root.xpath("//a:point//a:organization/@refersTo", namespaces=NS) == ["#un-sc", "#un-sc"]  # "安理会"
    ga = xml(convert_lang("A-RES-79-325.zh.clean.txt"))  # "联合国儿童基金会", not "联合国" (the UN)
    assert ga.xpath("//a:point[@eId='para_1__list_1__point_c']//a:organization/@refersTo", namespaces=NS) == ["#un-unicef", "#who"]  # 世界卫生组织


def test_spanish_hrc_draft_cover_numbered_session_and_agenda_item():
    result = convert_lang("A-HRC-57-L.12.es.clean.txt")
    doc, root = result.document, xml(result)
    assert (result.lang, doc.organ, doc.symbol, doc.name, doc.date) == (
        "spa", "un-hrc", "A/HRC/57/L.12", "resolutionDraft", "2024-10-03")
    assert root.xpath("//a:preface//a:session/@value", namespaces=NS) == ["57"]  # "57º período de sesiones"
    assert texts(root, "//a:preface//a:inline[@name='agendaItem']") == ["Tema 3 de la agenda"]
    assert texts(root, "//a:preface//a:docStage") == ["proyecto de resolución"]
    assert refs(root)[:3] == [("48/13", f"{BASE}/un-hrc/2021-10-08/48-13"), ("52/23", f"{BASE}/un-hrc/2023-04-04/52-23"),
                              ("resolución 76/300", f"{BASE}/un-ga/2022-07-28/76-300")]


def test_arabic_security_council_resolution_identity_points_and_references():
    result = convert_lang("S-RES-2762-2024.ar.clean.txt")
    doc, root = result.document, xml(result)
    assert (result.lang, doc.organ, doc.symbol, doc.date, doc.number) == ("ara", "un-sc", "S/RES/2762 (2024)", "2024-12-23", "2762")
    assert root.xpath("//a:point/@eId", namespaces=NS) == ["para_2__list_1__point_a", "para_2__list_1__point_b"]
    assert refs(root) == [("القرار 2650 (2022)", f"{BASE}/un-sc/2022/2650"), ("القرار 2720 (2023)", f"{BASE}/un-sc/2023/2720"),
                          ("79/320", f"{BASE}/un-ga/79-320"),
                          # "وفقا للمادة 2": "ل" + "المادة" written "للمادة"
                          ("للمادة 2 من ميثاق الأمم المتحدة", "/akn/un/treaty/1945-06-26/un-charter/!main#art_2"),
                          # a chapter numbered in words
                          ("الفصل السابع من ميثاق الأمم المتحدة", "/akn/un/treaty/1945-06-26/un-charter/!main#chp_VII")]

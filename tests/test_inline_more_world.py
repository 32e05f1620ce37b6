"""Inline semantics in Spanish, Russian, Arabic and Chinese on sentences written in the style of
United Nations resolutions: one test per rule the QA round on these languages found wrong or
missing, asserting the exact text, target and date of what is recognised, and what must stay
plain."""

from __future__ import annotations

import pytest

from test_inline_rules import DELIB

TREATY = "/akn/un/treaty"
CHARTER = f"{TREATY}/1945-06-26/un-charter/!main"
FORMULA = {"es": "*La Asamblea General*,", "ru": "*Генеральная Ассамблея*,", "ar": "*إن الجمعية العامة*،",
           "zh": "*大会*，"}
#: how each language numbers an operative paragraph
NUMBER = {"es": "{}. ", "ru": "{}. ", "ar": "{} - ", "zh": "{}. "}
LAST = {"es": "*Decide* seguir ocupándose de la cuestión.", "ru": "*постановляет* продолжить рассмотрение этого вопроса.",
        "ar": "*تقرر* أن تبقي المسألة قيد نظرها.", "zh": "*决定*继续处理这一问题。"}


def convert(lang: str, recital: str, *paragraphs: str):
    from akn_convert.pipeline import Options, convert_text

    ops = "\n\n".join(NUMBER[lang].format(n) + p for n, p in enumerate((*paragraphs, LAST[lang]), 1))
    text = f"{FORMULA[lang]}\n\n{recital}\n\n{ops}\n"
    return convert_text(text, Options(shape="clean", lang=lang, symbol="A/79/L.99", meta={"date": "2024-11-01"}))


def found(result, kind: str = "ref") -> list[tuple[str, str | None]]:
    """(text, target) of what was recognised after the formula (which names the organ)."""
    return [(r.text, r.target) for r in result.recognised if r.kind == kind and r.where is not result.document.formula]


def test_an_arabic_part_of_a_resolution_in_words_stays_plain():
    res = convert("ar", "*إذ تشير* إلى قرارها ٧٥/٢٩٠ ألف المؤرخ ٢٥ حزيران/يونيه ٢٠٢١ وقرارها ٧٥/٢٩١ باء،")
    assert found(res) == [("قرارها ٧٥/٢٩٠ ألف", None), ("قرارها ٧٥/٢٩١ باء", None)]
    assert found(res, "date") == [("٢٥ حزيران/يونيه ٢٠٢١", "2021-06-25")]
    res = convert("ar", "*إذ تشير* إلى قرارها ٧٥/٢٩٠ ألف وقرارها ٧٥/٢٩١ المؤرخ ٢٥ حزيران/يونيه ٢٠٢١،")
    assert found(res) == [("قرارها ٧٥/٢٩٠ ألف", None), ("قرارها ٧٥/٢٩١", f"{DELIB}/un-ga/2021-06-25/75-291")]


def test_a_chinese_body_the_converter_cannot_link_is_not_guessed():
    # "人权委员会" (Commission on Human Rights) was taken for the Economic and Social Council by
    # the number's form, "世界卫生大会" (World Health Assembly) for "大会" (General Assembly)
    res = convert("zh", "*回顾*人权委员会2005年4月20日第2005/69号决议、世界卫生大会第58/3号决议和经济及社会理事会"
                        "第2019/201号决定，")
    assert found(res) == [("第2005/69号决议", None), ("第58/3号决议", None),
                          ("第2019/201号决定", f"{DELIB}/un-ecosoc/2019/2019-201")]
    assert found(res, "organization") == [("世界卫生大会", "#who-wha"), ("经济及社会理事会", "#un-ecosoc")]
    assert found(res, "date") == [("2005年4月20日", "2005-04-20")]


def test_a_chinese_its_resolution_after_another_organ_is_the_one_whose_number_form_fits():
    res = convert("zh", "*注意到*经济及社会理事会在其第8次会议上通过了其第2020/12号决议，并回顾其第70/1号决议，")
    assert found(res) == [("第2020/12号决议", f"{DELIB}/un-ecosoc/2020/2020-12"), ("第70/1号决议", f"{DELIB}/un-ga/70-1")]


ORGANIZATIONS = {
    "es": ("*Acogiendo con beneplácito* la labor de la Organización Mundial de la Salud (OMS), el Banco Mundial y el "
           "Fondo Monetario Internacional,",
           [("Organización Mundial de la Salud", "#who"), ("OMS", "#who"), ("Banco Mundial", "#world-bank"),
            ("Fondo Monetario Internacional", "#imf")]),
    "ru": ("*приветствуя* работу Управления Верховного комиссара Организации Объединенных Наций по правам человека, "
           "ЮНИСЕФ, Всемирной организации здравоохранения, Комиссии по миростроительству, Всемирного банка и "
           "Международного валютного фонда,",
           [("Управления Верховного комиссара Организации Объединенных Наций по правам человека", "#un-ohchr"),
            ("ЮНИСЕФ", "#un-unicef"), ("Всемирной организации здравоохранения", "#who"),
            ("Комиссии по миростроительству", "#un-pbc"), ("Всемирного банка", "#world-bank"),
            ("Международного валютного фонда", "#imf")]),
    "ar": ("*وإذ ترحب* بعمل منظمة الأمم المتحدة للطفولة (اليونيسيف)، ومنظمة الصحة العالمية، والبنك الدولي، وصندوق "
           "النقد الدولي، وبرنامج الأمم المتحدة للبيئة،",
           [("منظمة الأمم المتحدة للطفولة", "#un-unicef"), ("اليونيسيف", "#un-unicef"), ("منظمة الصحة العالمية", "#who"),
            ("البنك الدولي", "#world-bank"), ("صندوق النقد الدولي", "#imf"),
            ("برنامج الأمم المتحدة للبيئة", "#un-unep")]),
    "zh": ("*欢迎*联合国人权事务高级专员办事处、世界卫生组织、国际法院、世界银行和国际货币基金组织的工作，",
           [("联合国人权事务高级专员办事处", "#un-ohchr"), ("世界卫生组织", "#who"), ("国际法院", "#un-icj"),
            ("世界银行", "#world-bank"), ("国际货币基金组织", "#imf")]),
}


@pytest.mark.parametrize("lang", sorted(ORGANIZATIONS))
def test_organizations_in_each_language(lang):
    # the Office of the High Commissioner was the United Nations ("Организации Объединенных Наций",
    # "联合国") and a role inside its name; an Arabic name with "لل" ("للبيئة") was never found
    recital, expected = ORGANIZATIONS[lang]
    res = convert(lang, recital)
    assert found(res, "organization") == expected
    assert found(res, "role") == []


def test_the_russian_charter_without_a_determiner():
    res = convert("ru", "*подтверждая* статьи 25 и 103 Устава Организации Объединенных Наций, статьи 1 и 2 Устава и "
                        "статью 5 Устава Совета Европы,")
    assert found(res) == [("25", f"{CHARTER}#art_25"), ("103", f"{CHARTER}#art_103"), ("1", f"{CHARTER}#art_1"),
                          ("2", f"{CHARTER}#art_2"), ("статью 5", None)]


def test_ranges_of_articles_and_the_arabic_charter():
    res = convert("ru", "*ссылаясь* на статьи 1–3 Конвенции о правах ребенка,")
    assert found(res) == [("1", f"{TREATY}/1989-11-20/crc/!main#art_1"), ("3", f"{TREATY}/1989-11-20/crc/!main#art_3")]
    res = convert("ar", "*وإذ تشير* إلى المواد من ١ إلى ٣ من اتفاقية حقوق الطفل، والمادتين ٢٥ و ١٠٣ من الميثاق، "
                        "والمادة ٥ من الميثاق الأفريقي لحقوق الإنسان والشعوب،")
    assert found(res) == [("١", f"{TREATY}/1989-11-20/crc/!main#art_1"), ("٣", f"{TREATY}/1989-11-20/crc/!main#art_3"),
                          ("٢٥", f"{CHARTER}#art_25"), ("١٠٣", f"{CHARTER}#art_103")]


OWN_PARAGRAPHS = {
    "es": ("*Reafirma* el párrafo 1 b) supra y el párrafo 1 de la presente resolución;",
           [("párrafo 1 b)", "#para_1__list_1__point_b"), ("párrafo 1", "#para_1")]),
    "ru": ("*подтверждает* пункт 1 b) выше и пункт 1 настоящей резолюции;",
           [("пункт 1 b)", "#para_1__list_1__point_b"), ("пункт 1", "#para_1")]),
    "ar": ("*تعيد تأكيد* الفقرة ١ (ب) أعلاه والفقرة ١ من هذا القرار؛",
           [("الفقرة ١ (ب)", "#para_1__list_1__point_b"), ("الفقرة ١", "#para_1")]),
    "zh": ("*重申*上文第1(b)段、本决议第1段和上文第1至2段；",
           [("第1(b)段", "#para_1__list_1__point_b"), ("第1段", "#para_1"), ("1", "#para_1"), ("2", "#para_2")]),
}
FIRST = {"es": "*Exhorta* a los Estados a que:\n\na) Cooperen;\n\nb) Informen;",
         "ru": "*призывает* государства:\n\na) сотрудничать;\n\nb) сообщать;",
         "ar": "*تهيب* بالدول أن تقوم بما يلي:\n\n(أ) التعاون؛\n\n(ب) الإبلاغ؛",
         "zh": "*吁请*各国：\n\n(a) 合作；\n\n(b) 报告；"}


@pytest.mark.parametrize("lang", sorted(OWN_PARAGRAPHS))
def test_the_documents_own_paragraphs_and_their_points(lang):
    # "de la presente resolución", "настоящей резолюции", "من هذا القرار", "本决议" and the Chinese
    # "上文第1段" were plain; an Arabic point "(ب)" is the point b of the writer's eIds
    text, expected = OWN_PARAGRAPHS[lang]
    res = convert(lang, {"es": "*Recordando*,", "ru": "*ссылаясь*,", "ar": "*إذ تشير*،", "zh": "*回顾*，"}[lang],
                  FIRST[lang], text)
    assert found(res) == expected


POINT_FIRST = {
    "es": ("*Reafirma* el apartado b) del párrafo 1 supra y el apartado a) del párrafo 5 de la resolución 74/176;",
           [("apartado b) del párrafo 1", "#para_1__list_1__point_b"),
            ("apartado a) del párrafo 5 de la resolución 74/176", f"{DELIB}/un-ga/74-176#para_5__list_1__point_a")]),
    "ru": ("*подтверждает* подпункт b) пункта 1 выше и подпункт a) пункта 5 резолюции 74/176;",
           [("подпункт b) пункта 1", "#para_1__list_1__point_b"),
            ("подпункт a) пункта 5 резолюции 74/176", f"{DELIB}/un-ga/74-176#para_5__list_1__point_a")]),
    "ar": ("*تعيد تأكيد* الفقرة الفرعية (ب) من الفقرة ١ أعلاه والفقرة الفرعية (أ) من الفقرة ٥ من القرار ٧٤/١٧٦؛",
           [("الفقرة الفرعية (ب) من الفقرة ١", "#para_1__list_1__point_b"),
            ("الفقرة الفرعية (أ) من الفقرة ٥ من القرار ٧٤/١٧٦", f"{DELIB}/un-ga/74-176#para_5__list_1__point_a")]),
}


@pytest.mark.parametrize("lang", sorted(POINT_FIRST))
def test_a_point_named_before_its_paragraph(lang):
    """"el apartado b) del párrafo 1", "подпункт b) пункта 1", "الفقرة الفرعية (ب) من الفقرة ١": one
    ref to the point, of the document or of a cited resolution."""
    text, expected = POINT_FIRST[lang]
    res = convert(lang, {"es": "*Recordando*,", "ru": "*ссылаясь*,", "ar": "*إذ تشير*،"}[lang], FIRST[lang], text)
    assert found(res) == expected


def test_arabic_date_ranges_and_russian_places_in_any_case():
    res = convert("ar", "*وإذ تلاحظ* أن اجتماعا عقد في الفترة من ١٥ إلى ١٩ نيسان/أبريل ٢٠٢٤، واجتماعا آخر بين ١ و ٥ "
                        "تموز/يوليه ٢٠٢٤،")
    assert found(res, "date") == [("١٥", "2024-04-15"), ("١٩ نيسان/أبريل ٢٠٢٤", "2024-04-19"), ("١", "2024-07-01"),
                                  ("٥ تموز/يوليه ٢٠٢٤", "2024-07-05")]
    res = convert("ru", "*руководствуясь* Венской декларацией и Программой действий, принятыми в Вене 25 июня "
                        "1993 года, и отмечая совещание в Женеве с 1 по 5 июля 2024 года,")
    assert found(res, "location") == [("Вене", "#vienna"), ("Женеве", "#geneva")]
    assert found(res, "date") == [("25 июня 1993", "1993-06-25"), ("1", "2024-07-01"), ("5 июля 2024", "2024-07-05")]


def test_chinese_symbols_between_words_and_the_paragraph_of_a_charter_article():
    res = convert("zh", "*注意到*秘书长的报告(A/75/123)和A/HRC/RES/35/2号决议，并重申《联合国宪章》第二条第四项，")
    assert found(res) == [("A/HRC/RES/35/2", f"{DELIB}/un-hrc/35-2"), ("第二条第四项", f"{CHARTER}#art_2__para_4")]


def test_a_recital_going_on_after_a_page_break_is_no_conclusion_and_a_chinese_guided_by_opens_one():
    from akn_convert.pipeline import Options, convert_text

    es = ("Septuagésimo noveno período de sesiones\nTema 72 del programa\n\n          79/903. Derechos humanos\n\n"
          "               La Asamblea General,\n"
          "               Guiada por la Declaración y el Programa de Acción de Viena,\n"
          "          aprobados en Viena el 25 de junio de 1993,\n"
          "               Recordando su resolución 70/1,\n"
          "               1.     Decide seguir ocupándose de la cuestión.\n")
    res = convert_text(es, Options(shape="pdf", lang="es", symbol="A/RES/79/903", meta={"date": "2024-12-18"}))
    assert [r.text.text for r in res.document.recitals] == [
        "Guiada por la Declaración y el Programa de Acción de Viena, aprobados en Viena el 25 de junio de 1993,",
        "Recordando su resolución 70/1,"]
    zh = ("第七十九届会议\n议程项目72\n\n          79/906. 人权与法治\n\n               大会，\n"
          "               重申《联合国宪章》第七章，\n"
          "               遵循1993年6月25日在维也纳通过的《维也纳宣言和行动纲领》，\n"
          "               1.     决定继续处理这一问题。\n")
    res = convert_text(zh, Options(shape="pdf", lang="zh", symbol="A/RES/79/906", meta={"date": "2024-12-18"}))
    assert [r.text.text for r in res.document.recitals] == ["重申《联合国宪章》第七章，",
                                                            "遵循1993年6月25日在维也纳通过的《维也纳宣言和行动纲领》，"]


# ------------------------------------------------------------------ four whole resolutions
# A General Assembly resolution written here in each language's UN style (tests/data/lang/
# A-RES-79-90[3-6].*), clean and hard-wrapped as a PDF extraction prints it (a page break, a
# hyphen at a line end in Spanish and Russian): every ref, date, organization and place with its
# target; the traps stay plain ("75/290 A", the Commission on Human Rights and the World Health
# Assembly, "2030 Agenda", "Goal 16", "8th meeting", amounts, "1 000 persons", "A/75/123").

GA_ES = [
    ("organization", "Asamblea General", "#un-ga"),
    ("ref", "resolución 70/1", f"{DELIB}/un-ga/2015-09-25/70-1"),
    ("date", "25 de septiembre de 2015", "2015-09-25"),
    ("ref", "resolución 75/290 A", None),
    ("date", "25 de junio de 2021", "2021-06-25"),
    ("organization", "Consejo de Seguridad", "#un-sc"),
    ("ref", "1325 (2000)", f"{DELIB}/un-sc/2000/1325"),
    ("ref", "2467 (2019)", f"{DELIB}/un-sc/2019/2467"),
    ("ref", "resolución 35/2", f"{DELIB}/un-hrc/2017-06-22/35-2"),
    ("organization", "Consejo de Derechos Humanos", "#un-hrc"),
    ("date", "22 de junio de 2017", "2017-06-22"),
    ("ref", "resolución 2005/69", None),
    ("date", "20 de abril de 2005", "2005-04-20"),
    ("ref", "resolución 58/3", None),
    ("ref", "decisión 2019/201", f"{DELIB}/un-ecosoc/2019/2019-201"),
    ("organization", "Consejo Económico y Social", "#un-ecosoc"),
    ("ref", "Artículo 2, párrafo 4, de la Carta de las Naciones Unidas", f"{CHARTER}#art_2__para_4"),
    ("ref", "25", f"{CHARTER}#art_25"),
    ("ref", "103", f"{CHARTER}#art_103"),
    ("ref", "Capítulo VII de la Carta de las Naciones Unidas", f"{CHARTER}#chp_VII"),
    ("location", "Viena", "#vienna"),
    ("date", "25 de junio de 1993", "1993-06-25"),
    ("ref", "1", f"{TREATY}/1989-11-20/crc/!main#art_1"),
    ("ref", "3", f"{TREATY}/1989-11-20/crc/!main#art_3"),
    ("organization", "Consejo Económico y Social", "#un-ecosoc"),
    ("ref", "resolución 2020/12", f"{DELIB}/un-ecosoc/2020/2020-12"),
    ("ref", "A/HRC/RES/35/2", f"{DELIB}/un-hrc/2017-06-22/35-2"),
    ("organization", "Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos", "#un-ohchr"),
    ("organization", "UNICEF", "#un-unicef"),
    ("organization", "Organización Mundial de la Salud", "#who"),
    ("organization", "Corte Internacional de Justicia", "#un-icj"),
    ("organization", "Comisión de Consolidación de la Paz", "#un-pbc"),
    ("organization", "Banco Mundial", "#world-bank"),
    ("organization", "Fondo Monetario Internacional", "#imf"),
    ("date", "15", "2024-04-15"),
    ("date", "19 de abril de 2024", "2024-04-19"),
    ("date", "1", "2024-07-01"),
    ("date", "12 de julio de 2024", "2024-07-12"),
    ("organization", "Corte Internacional de Justicia", "#un-icj"),
    ("ref", "párrafo 1 b)", "#para_1__list_1__point_b"),
    ("ref", "párrafo 1", "#para_1"),
    ("date", "31 de diciembre de 2025", "2025-12-31"),
]

GA_RU = [
    ("organization", "Генеральная Ассамблея", "#un-ga"),
    ("ref", "резолюцию 70/1", f"{DELIB}/un-ga/2015-09-25/70-1"),
    ("date", "25 сентября 2015", "2015-09-25"),
    ("ref", "резолюцию 75/290 A", None),
    ("date", "25 июня 2021", "2021-06-25"),
    ("organization", "Совета Безопасности", "#un-sc"),
    ("ref", "1325 (2000)", f"{DELIB}/un-sc/2000/1325"),
    ("ref", "2467 (2019)", f"{DELIB}/un-sc/2019/2467"),
    ("ref", "резолюцию 35/2", f"{DELIB}/un-hrc/2017-06-22/35-2"),
    ("organization", "Совета по правам человека", "#un-hrc"),
    ("date", "22 июня 2017", "2017-06-22"),
    ("ref", "резолюцию 2005/69", None),
    ("date", "20 апреля 2005", "2005-04-20"),
    ("ref", "резолюцию 58/3", None),
    ("ref", "решение 2019/201", f"{DELIB}/un-ecosoc/2019/2019-201"),
    ("organization", "Экономического и Социального Совета", "#un-ecosoc"),
    ("ref", "пункт 4 статьи 2 Устава Организации Объединенных Наций", f"{CHARTER}#art_2__para_4"),
    ("ref", "25", f"{CHARTER}#art_25"),
    ("ref", "103", f"{CHARTER}#art_103"),
    ("ref", "главу VII Устава Организации Объединенных Наций", f"{CHARTER}#chp_VII"),
    ("location", "Вене", "#vienna"),
    ("date", "25 июня 1993", "1993-06-25"),
    ("ref", "1", f"{TREATY}/1989-11-20/crc/!main#art_1"),
    ("ref", "3", f"{TREATY}/1989-11-20/crc/!main#art_3"),
    ("organization", "Экономический и Социальный Совет", "#un-ecosoc"),
    ("ref", "резолюцию 2020/12", f"{DELIB}/un-ecosoc/2020/2020-12"),
    ("ref", "A/HRC/RES/35/2", f"{DELIB}/un-hrc/2017-06-22/35-2"),
    ("organization", "Управления Верховного комиссара Организации Объединенных Наций по правам человека", "#un-ohchr"),
    ("organization", "ЮНИСЕФ", "#un-unicef"),
    ("organization", "Всемирной организации здравоохранения", "#who"),
    ("organization", "Международного Суда", "#un-icj"),
    ("organization", "Комиссии по миростроительству", "#un-pbc"),
    ("organization", "Всемирного банка", "#world-bank"),
    ("organization", "Международного валютного фонда", "#imf"),
    ("date", "15", "2024-04-15"),
    ("date", "19 апреля 2024", "2024-04-19"),
    ("date", "1", "2024-07-01"),
    ("date", "12 июля 2024", "2024-07-12"),
    ("organization", "Международным Судом", "#un-icj"),
    ("ref", "пункт 1 b)", "#para_1__list_1__point_b"),
    ("ref", "пункт 1", "#para_1"),
    ("date", "31 декабря 2025", "2025-12-31"),
]

GA_AR = [
    ("organization", "الجمعية العامة", "#un-ga"),
    ("ref", "قرارها ٧٠/١", f"{DELIB}/un-ga/2015-09-25/70-1"),
    ("date", "٢٥ أيلول/سبتمبر ٢٠١٥", "2015-09-25"),
    ("ref", "قرارها ٧٥/٢٩٠ ألف", None),
    ("date", "٢٥ حزيران/يونيه ٢٠٢١", "2021-06-25"),
    ("organization", "مجلس الأمن", "#un-sc"),
    ("ref", "١٣٢٥ (٢٠٠٠)", f"{DELIB}/un-sc/2000/1325"),
    ("ref", "٢٤٦٧ (٢٠١٩)", f"{DELIB}/un-sc/2019/2467"),
    ("organization", "مجلس حقوق الإنسان", "#un-hrc"),
    ("ref", "٣٥/٢", f"{DELIB}/un-hrc/2017-06-22/35-2"),
    ("date", "٢٢ حزيران/يونيه ٢٠١٧", "2017-06-22"),
    ("date", "٢٠ نيسان/أبريل ٢٠٠٥", "2005-04-20"),
    ("organization", "المجلس الاقتصادي والاجتماعي", "#un-ecosoc"),
    ("ref", "٢٠١٩/٢٠١", f"{DELIB}/un-ecosoc/2019/2019-201"),
    ("ref", "الفقرة ٤ من المادة ٢ من ميثاق الأمم المتحدة", f"{CHARTER}#art_2__para_4"),
    ("ref", "٢٥", f"{CHARTER}#art_25"),
    ("ref", "١٠٣", f"{CHARTER}#art_103"),
    ("ref", "الفصل السابع من ميثاق الأمم المتحدة", f"{CHARTER}#chp_VII"),
    ("location", "فيينا", "#vienna"),
    ("date", "٢٥ حزيران/يونيه ١٩٩٣", "1993-06-25"),
    ("ref", "١", f"{TREATY}/1989-11-20/crc/!main#art_1"),
    ("ref", "٣", f"{TREATY}/1989-11-20/crc/!main#art_3"),
    ("organization", "المجلس الاقتصادي والاجتماعي", "#un-ecosoc"),
    ("ref", "قراره ٢٠٢٠/١٢", f"{DELIB}/un-ecosoc/2020/2020-12"),
    ("ref", "A/HRC/RES/35/2", f"{DELIB}/un-hrc/2017-06-22/35-2"),
    ("organization", "مفوضية الأمم المتحدة السامية لحقوق الإنسان", "#un-ohchr"),
    ("organization", "منظمة الأمم المتحدة للطفولة", "#un-unicef"),
    ("organization", "اليونيسيف", "#un-unicef"),
    ("organization", "منظمة الصحة العالمية", "#who"),
    ("organization", "محكمة العدل الدولية", "#un-icj"),
    ("organization", "لجنة بناء السلام", "#un-pbc"),
    ("organization", "البنك الدولي", "#world-bank"),
    ("organization", "صندوق النقد الدولي", "#imf"),
    ("date", "١٥", "2024-04-15"),
    ("date", "١٩ نيسان/أبريل ٢٠٢٤", "2024-04-19"),
    ("date", "١", "2024-07-01"),
    ("date", "١٢ تموز/يوليه ٢٠٢٤", "2024-07-12"),
    ("organization", "محكمة العدل الدولية", "#un-icj"),
    ("ref", "الفقرة ١ (ب)", "#para_1__list_1__point_b"),
    ("ref", "الفقرة ١", "#para_1"),
    ("date", "٣١ كانون الأول/ديسمبر ٢٠٢٥", "2025-12-31"),
]

GA_ZH = [
    ("organization", "大会", "#un-ga"),
    ("date", "2015年9月25日", "2015-09-25"),
    ("ref", "第70/1号决议", f"{DELIB}/un-ga/2015-09-25/70-1"),
    ("date", "2021年6月25日", "2021-06-25"),
    ("organization", "安全理事会", "#un-sc"),
    ("ref", "第1325(2000)号", f"{DELIB}/un-sc/2000/1325"),
    ("ref", "第2467(2019)号决议", f"{DELIB}/un-sc/2019/2467"),
    ("organization", "人权理事会", "#un-hrc"),
    ("date", "2017年6月22日", "2017-06-22"),
    ("ref", "第35/2号决议", f"{DELIB}/un-hrc/2017-06-22/35-2"),
    ("date", "2005年4月20日", "2005-04-20"),
    ("ref", "第2005/69号决议", None),
    ("organization", "世界卫生大会", "#who-wha"),
    ("ref", "第58/3号决议", None),
    ("organization", "经济及社会理事会", "#un-ecosoc"),
    ("ref", "第2019/201号决定", f"{DELIB}/un-ecosoc/2019/2019-201"),
    ("ref", "第二条第四项", f"{CHARTER}#art_2__para_4"),
    ("ref", "第二十五条", f"{CHARTER}#art_25"),
    ("ref", "第一百零三条", f"{CHARTER}#art_103"),
    ("ref", "第七章", f"{CHARTER}#chp_VII"),
    ("date", "1993年6月25日", "1993-06-25"),
    ("location", "维也纳", "#vienna"),
    ("ref", "第一", f"{TREATY}/1989-11-20/crc/!main#art_1"),
    ("ref", "第三条", f"{TREATY}/1989-11-20/crc/!main#art_3"),
    ("organization", "经济及社会理事会", "#un-ecosoc"),
    ("ref", "第2020/12号决议", f"{DELIB}/un-ecosoc/2020/2020-12"),
    ("ref", "A/HRC/RES/35/2", f"{DELIB}/un-hrc/2017-06-22/35-2"),
    ("organization", "联合国人权事务高级专员办事处", "#un-ohchr"),
    ("organization", "联合国儿童基金会", "#un-unicef"),
    ("organization", "世界卫生组织", "#who"),
    ("organization", "国际法院", "#un-icj"),
    ("organization", "建设和平委员会", "#un-pbc"),
    ("organization", "世界银行", "#world-bank"),
    ("organization", "国际货币基金组织", "#imf"),
    ("date", "2024年4月15日", "2024-04-15"),
    ("date", "19日", "2024-04-19"),
    ("date", "2024年7月1日", "2024-07-01"),
    ("date", "12日", "2024-07-12"),
    ("organization", "国际法院", "#un-icj"),
    ("ref", "第1(b)段", "#para_1__list_1__point_b"),
    ("ref", "第1段", "#para_1"),
    ("date", "2025年12月31日", "2025-12-31"),
    ("organization", "大会", "#un-ga"),
]

WHOLE = {"A-RES-79-903.es": GA_ES, "A-RES-79-904.ru": GA_RU, "A-RES-79-905.ar": GA_AR, "A-RES-79-906.zh": GA_ZH}
KINDS = ("ref", "date", "organization", "location")


@pytest.mark.parametrize("shape", ("clean", "pdf"))
@pytest.mark.parametrize("name", sorted(WHOLE))
def test_every_reference_date_organization_and_place_of_a_whole_resolution(name, shape):
    from conftest import convert_lang

    res = convert_lang(f"{name}.{shape}.txt")  # schema-valid, words in order, or it raises
    assert res.shape == shape
    assert [(r.kind, r.text, r.target) for r in res.recognised if r.kind in KINDS] == WHOLE[name]
    assert (res.counts["preamble"], res.counts["operative"], res.counts["points"]) == (10, 4, 2)


def test_a_programme_whose_name_holds_the_united_nations_is_not_the_organization():
    # "Организации Объединенных Наций" and "联合国" inside the name of UNEP were marked the
    # United Nations; the Governing Council's decision stays plain
    res = convert("ru", "*ссылаясь* на решение 27/2 Совета управляющих Программы Организации Объединенных Наций по "
                        "окружающей среде и работу Программы развития Организации Объединенных Наций,")
    assert found(res, "organization") == [
        ("Программы Организации Объединенных Наций по окружающей среде", "#un-unep"),
        ("Программы развития Организации Объединенных Наций", "#un-undp")]
    assert found(res) == [("решение 27/2", None)]
    res = convert("zh", "*回顾*联合国环境规划署理事会第27/2号决定和联合国难民事务高级专员办事处的工作，")
    assert found(res, "organization") == [("联合国环境规划署", "#un-unep"), ("联合国难民事务高级专员办事处", "#un-unhcr")]
    assert found(res) == [("第27/2号决定", None)]
    assert found(res, "role") == []


def test_a_chinese_title_between_a_reference_and_its_date_or_organ():
    res = convert("zh", "*回顾*其2015年9月25日题为“变革我们的世界：2030年可持续发展议程”的第70/1号决议和经济及社会理事会"
                        "2024年7月24日题为“青年”的第2024/10号决议，")
    assert found(res) == [("第70/1号决议", f"{DELIB}/un-ga/2015-09-25/70-1"),
                          ("第2024/10号决议", f"{DELIB}/un-ecosoc/2024-07-24/2024-10")]


def test_a_chinese_range_of_articles():
    res = convert("zh", "*回顾*《儿童权利公约》第一至第三条和《联合国宪章》第2条至第4条，")
    assert found(res) == [("第一", f"{TREATY}/1989-11-20/crc/!main#art_1"), ("第三条", f"{TREATY}/1989-11-20/crc/!main#art_3"),
                          ("第2条", f"{CHARTER}#art_2"), ("第4条", f"{CHARTER}#art_4")]


def test_an_article_with_its_paragraph_after_the_number():
    # "artículo 5 2) del Pacto" was article 5 of the Charter named before (the "2)" hid the Covenant)
    res = convert("es", "*Recordando* la Carta de las Naciones Unidas, el Artículo 2 4) de la Carta y el artículo 5 2) "
                        "del Pacto Internacional de Derechos Civiles y Políticos,")
    assert found(res) == [("Artículo 2 4) de la Carta", f"{CHARTER}#art_2__para_4"),
                          ("artículo 5 2) del Pacto Internacional de Derechos Civiles y Políticos",
                           f"{TREATY}/1966-12-16/iccpr/!main#art_5__para_2")]
    res = convert("ru", "*подтверждая* статью 2 (4) Устава Организации Объединенных Наций,")
    assert found(res) == [("статью 2 (4) Устава Организации Объединенных Наций", f"{CHARTER}#art_2__para_4")]


def test_an_arabic_range_whose_first_day_has_its_own_month():
    res = convert("ar", "*وإذ تلاحظ* أن الاجتماع عقد من ٣٠ حزيران/يونيه إلى ٢ تموز/يوليه ٢٠٢٤،")
    assert found(res, "date") == [("٣٠ حزيران/يونيه", "2024-06-30"), ("٢ تموز/يوليه ٢٠٢٤", "2024-07-02")]


def test_chinese_lists_with_dates_and_paragraphs_of_cited_resolutions():
    res = convert("zh", "*回顾*其2019年12月18日第74/176号和2020年12月16日第75/194号决议、大会第72/279号决议第12段和安全理事会"
                        "第2719(2023)号决议第3(b)段，")
    assert found(res) == [("第74/176号", f"{DELIB}/un-ga/2019-12-18/74-176"),
                          ("第75/194号决议", f"{DELIB}/un-ga/2020-12-16/75-194"),
                          ("第72/279号决议第12段", f"{DELIB}/un-ga/72-279#para_12"),
                          ("第2719(2023)号决议第3(b)段", f"{DELIB}/un-sc/2023/2719#para_3__list_1__point_b")]


def test_an_arabic_paragraph_of_a_resolution_whose_organ_stands_between_keyword_and_number():
    res = convert("ar", "*وإذ تشير* إلى الفقرة ١٢ من قرار الجمعية العامة ٧٢/٢٧٩ والفقرة ٣ (ب) من قرار مجلس الأمن "
                        "٢٧١٩ (٢٠٢٣)،")
    assert found(res) == [("الفقرة ١٢ من قرار الجمعية العامة ٧٢/٢٧٩", f"{DELIB}/un-ga/72-279#para_12"),
                          ("الفقرة ٣ (ب) من قرار مجلس الأمن ٢٧١٩ (٢٠٢٣)",
                           f"{DELIB}/un-sc/2023/2719#para_3__list_1__point_b")]
    assert found(res, "organization") == []  # the organ's name is inside the ref, as in English

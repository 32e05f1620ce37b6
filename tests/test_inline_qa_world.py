"""A QA pass on inline semantics in Spanish, Russian, Arabic and Chinese: thirty-two resolutions
written in each language's UN style (eight a language: the General Assembly, the Security
Council, the Economic and Social Council, the Human Rights Council, the Commission on Crime
Prevention and Criminal Justice and the conferences of States parties; Arabic with Arabic-Indic
and Western digits, Chinese with full-width punctuation), dense with the inline forms the UN
uses in those languages and with numbers and dates that are none (document symbols,
percentages, fractions, "COVID-19", "Agenda 2030", years alone, days that do not exist).  Every
ref, date, organization and role of each is listed in
``tests/data/inline-qa-world/<name>.expected.tsv`` (eId, kind, text, target; an empty target
stays plain text); then one test per rule the pass showed missing or wrong."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from inline_qa_checks import assert_written_and_resolved, expected, listing, trap_hits

QA = Path(__file__).parent / "data" / "inline-qa-world"
NAMES = sorted(p.name.removesuffix(".clean.txt") for p in QA.glob("*.clean.txt"))
KINDS = ("ref", "date", "organization", "role")
DELIB = "/akn/un/statement/deliberation"
TREATY = "/akn/un/treaty"

#: per language: an opening formula and an operative paragraph of each organ used below
FORMULA = {
    ("es", "un-ga"): "*La Asamblea General*,",
    ("es", "un-ecosoc"): "*El Consejo Económico y Social*,",
    ("ru", "un-ga"): "*Генеральная Ассамблея*,",
    ("ru", "un-ecosoc"): "*Экономический и Социальный Совет*,",
    ("ru", "un-hrc"): "*Совет по правам человека*,",
    ("ar", "un-ga"): "*إن الجمعية العامة*،",
    ("ar", "un-ecosoc"): "*إن المجلس الاقتصادي والاجتماعي*،",
    ("ar", "un-ccpcj"): "*إن لجنة منع الجريمة والعدالة الجنائية*،",
    ("zh", "un-ga"): "*大会*，",
    ("zh", "un-sc"): "*安全理事会*，",
    ("zh", "un-ccpcj"): "*预防犯罪和刑事司法委员会*，",
}
OPERATIVE = {"es": "1. *Decide* seguir ocupándose de la cuestión.",
             "ru": "1. *постановляет* продолжить рассмотрение этого вопроса.",
             "ar": "1 - *تقرر* مواصلة النظر في هذه المسألة.",
             "zh": "1. *决定*继续审议这一问题。"}
SYMBOL = {"un-ga": "A/C.3/80/L.99", "un-ecosoc": "E/2025/L.99", "un-hrc": "A/HRC/60/L.99",
          "un-sc": "S/2025/999", "un-ccpcj": "E/CN.15/2026/L.99"}


def convert(lang: str, organ: str, recital: str, notes: str = "", date: str = "2025-11-01"):
    """A resolution of ``organ`` in ``lang`` with one recital (and notes)."""
    from akn_convert.pipeline import Options, convert_text

    text = f"{FORMULA[lang, organ]}\n\n{recital}\n\n{OPERATIVE[lang]}\n" + (f"\n---\n\n{notes}\n" if notes else "")
    return convert_text(text, Options(shape="clean", symbol=SYMBOL[organ], meta={"date": date}))


def found(result, kind: str = "ref") -> list[tuple[str, str | None]]:
    """(text, target) of what was recognised after the formula (which names the organ)."""
    return [(r.text, r.target) for r in result.recognised if r.kind == kind and r.where is not result.document.formula]


def _convert(name: str):
    from akn_convert.pipeline import Options, convert_file

    return convert_file(QA / f"{name}.clean.txt", Options())  # schema-valid, words in order, or it raises


def test_the_sample_covers_four_languages_and_every_organ():
    langs = Counter(n.split(".")[-1] for n in NAMES)
    assert langs == {"es": 8, "ru": 8, "ar": 8, "zh": 8}
    for lang in langs:
        organs = {n.split("-")[0] + ("-HRC" if n.startswith("A-HRC") else "") for n in NAMES if n.endswith(lang)}
        assert organs == {"A", "A-HRC", "S", "E", "CAC", "CTOC"}


@pytest.mark.parametrize("name", NAMES)
def test_every_ref_date_organization_and_role(name):
    assert listing(_convert(name), KINDS) == expected(QA / f"{name}.expected.tsv")


@pytest.mark.parametrize("name", NAMES)
def test_every_organization_and_ref_is_written_and_resolves(name):
    assert_written_and_resolved(_convert(name))


#: numbers and dates that are none, as the sample prints them
TRAPS = (
    "A/80/256", "A/80/457", "A/80/175", "A/HRC/60/33", "S/2025/123", "S/PRST/2024/3", "E/CN.15/2025/7",
    "E/2025/30", "CTOC/COP/2024/5", "72 %", "3/4", "2/3", "24/7", "COVID-19", "ISO 9001:2015", "ISO/IEC 17025",
    "2022-2024", "2015-2024", "2022-2023", "Agenda 2030", "Повестки дня на период до 2030 года", "2030年议程",
    "خطة عام ٢٠٣٠", "كوفيد-١٩", "٣/٤", "٢٠١٥-٢٠٢٤", "2022–2024", "2022–2023", "45 a 52", "45–52", "١ ٢٥٠",
    "29 de febrero de 2025", "31 de junio de 2026", "29 февраля 2025", "31 июня 2026", "29 شباط/فبراير 2025",
    "31 حزيران/يونيه 2026", "2025年2月29日", "2026年6月31日", "junio de 2020", "июне 2020", "2020年6月",
    "en 2024", "в 2024 году", "في عام ٢٠٢٤", "2024年", "1 de cada 10", "1 из 10", "1 من كل 10", "每10名",
)


@pytest.mark.parametrize("name", NAMES)
def test_no_trap_is_a_reference_or_a_date(name):
    # digits around a trap make it part of a longer number ("3/4" in "2013/41"; "2024年" in "2024年3月15日")
    assert not trap_hits(_convert(name), TRAPS, r"[\d/]")


def test_the_traps_stand_in_the_sample():
    text = "\n".join(p.read_text(encoding="utf-8") for p in QA.glob("*.clean.txt"))
    assert [t for t in TRAPS if t not in text] == []


# ------------------------------------------------------------------ one test per rule


def test_a_russian_treaty_series_citation():
    res = convert("ru", "un-ga", "*ссылаясь* на Конвенцию Организации Объединенных Наций против коррупции<sup>1</sup>,",
                  notes="<sup>1</sup> Организация Объединенных Наций, *Сборник договоров*, т. 2349, № 42146.")
    assert found(res) == [("Организация Объединенных Наций, Сборник договоров, т. 2349, № 42146",
                           f"{TREATY}/2003-10-31/uncac/!main")]
    assert found(res, "organization") == []  # the Organization's name is part of the citation


def test_russian_bodies_in_the_genitive_name_the_issuing_organ():
    res = convert("ru", "un-ga", "*ссылаясь* на решение 4/4 Конференции участников Конвенции Организации Объединенных "
                  "Наций против транснациональной организованной преступности, принятое 17 октября 2008 года, и "
                  "резолюции Комиссии по предупреждению преступности и уголовному правосудию 26/4 и 28/2,")
    assert found(res) == [("решение 4/4", f"{DELIB}/un-ctoc-cop/2008-10-17/4-4"),
                          ("26/4", f"{DELIB}/un-ccpcj/26-4"), ("28/2", f"{DELIB}/un-ccpcj/28-2")]


def test_russian_own_resolutions_before_another_organs_are_the_own():
    res = convert("ru", "un-hrc", "*ссылаясь* на свои резолюции 44/4 от 16 июля 2020 года, 50/7 и 53/18 и резолюцию "
                  "78/181 Генеральной Ассамблеи,")
    assert found(res) == [("44/4", f"{DELIB}/un-hrc/2020-07-16/44-4"), ("50/7", f"{DELIB}/un-hrc/50-7"),
                          ("53/18", f"{DELIB}/un-hrc/53-18"), ("резолюцию 78/181", f"{DELIB}/un-ga/78-181")]


def test_an_office_holding_the_organizations_name_is_a_role():
    ru = convert("ru", "un-ga", "*принимая к сведению* доклад Верховного комиссара Организации Объединенных Наций по "
                 "правам человека и сотрудничество с Управлением Организации Объединенных Наций по наркотикам и "
                 "преступности и Многопрофильной комплексной миссией Организации Объединенных Наций по стабилизации "
                 "в Центральноафриканской Республике,")
    assert found(ru, "role") == [("Верховного комиссара Организации Объединенных Наций по правам человека",
                                  "#high-commissioner-human-rights")]
    assert [t for _, t in found(ru, "organization")] == ["#un-unodc", "#un-minusca"]
    zh = convert("zh", "un-ga", "*注意到*联合国人权事务高级专员的报告以及联合国中非共和国多层面综合稳定团的工作，")
    assert found(zh, "role") == [("联合国人权事务高级专员", "#high-commissioner-human-rights")]
    assert found(zh, "organization") == [("联合国中非共和国多层面综合稳定团", "#un-minusca")]


def test_a_spanish_short_name_before_a_que():
    res = convert("es", "un-ga", "*Tomando nota* del informe de la Oficina de las Naciones Unidas contra la Droga y el "
                  "Delito e invitando a la Oficina a que informe al respecto,")
    assert [t for _, t in found(res, "organization")] == ["#un-unodc", "#un-unodc"]


@pytest.mark.parametrize("lang, recital", [
    ("es", "*Recordando* las resoluciones de la Asamblea General 60/288, de 8 de septiembre de 2006, titulada «La "
           "Estrategia Global de las Naciones Unidas contra el Terrorismo», 77/298 y 78/191,"),
    ("ru", "*ссылаясь* на резолюции Генеральной Ассамблеи 60/288 от 8 сентября 2006 года, озаглавленную «Глобальная "
           "контртеррористическая стратегия Организации Объединенных Наций», 77/298 и 78/191,"),
    ("ar", '*إذ يشير* إلى قرارات الجمعية العامة 60/288 المؤرخ 8 أيلول/سبتمبر 2006 المعنون "استراتيجية الأمم المتحدة '
           'العالمية لمكافحة الإرهاب" و 77/298 و 78/191،'),
])
def test_a_list_goes_on_after_a_title(lang, recital):
    assert found(convert(lang, "un-ecosoc", recital)) == [
        ("60/288", f"{DELIB}/un-ga/2006-09-08/60-288"), ("77/298", f"{DELIB}/un-ga/77-298"),
        ("78/191", f"{DELIB}/un-ga/78-191")]


@pytest.mark.parametrize("lang, recital", [
    ("es", "*Recordando* las resoluciones pertinentes de la Asamblea General, en particular las resoluciones 70/175 "
           "y 76/180,"),
    ("ru", "*ссылаясь* на соответствующие резолюции Генеральной Ассамблеи, в частности резолюции 70/175 и 76/180,"),
    ("ar", "*وإذ يشير* إلى قرارات الجمعية العامة ذات الصلة، ولا سيما القرارات 70/175 و 76/180،"),
])
def test_resolutions_named_in_particular_are_the_organs_named_in_general(lang, recital):
    assert found(convert(lang, "un-ecosoc", recital)) == [("70/175", f"{DELIB}/un-ga/70-175"),
                                                         ("76/180", f"{DELIB}/un-ga/76-180")]


@pytest.mark.parametrize("lang, recital, text", [
    ("es", "*Recordando* que, en su resolución 55/25, de 15 de noviembre de 2000, la Asamblea General aprobó la "
           "Convención,", "resolución 55/25"),
    ("ru", "*напоминая*, что в своей резолюции 55/25 от 15 ноября 2000 года Генеральная Ассамблея приняла Конвенцию,",
           "резолюции 55/25"),
])
def test_the_possessive_of_a_subject_named_after(lang, recital, text):
    assert found(convert(lang, "un-ecosoc", recital)) == [(text, f"{DELIB}/un-ga/2000-11-15/55-25")]


def test_a_spanish_short_name_of_the_convention_against_corruption():
    res = convert("es", "un-ga", "*Recordando* el párrafo 2 del artículo 32 de la Convención contra la Corrupción,")
    assert found(res) == [("párrafo 2 del artículo 32 de la Convención contra la Corrupción",
                           f"{TREATY}/2003-10-31/uncac/!main#art_32__para_2")]


def test_chinese_numbers_of_a_list_take_its_first_numbers_organ():
    res = convert("zh", "un-ga", "*回顾*预防犯罪和刑事司法委员会第26/4号和第28/2号决议，")
    assert found(res) == [("第26/4号", f"{DELIB}/un-ccpcj/26-4"), ("第28/2号决议", f"{DELIB}/un-ccpcj/28-2")]


def test_chinese_numbers_sharing_one_keyword():
    res = convert("zh", "un-sc", "*回顾*其以往各项决议，特别是第1325(2000)、2242(2015)和2467(2019)号决议，")
    assert found(res) == [("第1325(2000)", f"{DELIB}/un-sc/2000/1325"), ("2242(2015)", f"{DELIB}/un-sc/2015/2242"),
                          ("2467(2019)号决议", f"{DELIB}/un-sc/2019/2467")]
    rng = convert("zh", "un-ccpcj", "*回顾*其第2/1至2/5号决定，")
    assert found(rng) == [("第2/1", f"{DELIB}/un-ccpcj/2-1"), ("2/5号决定", f"{DELIB}/un-ccpcj/2-5")]


def test_a_chinese_possessive_before_the_date():
    """"其" before the date is the possessive: another organ named just before may be the one."""
    res = convert("zh", "un-ccpcj", "*注意到*联合国打击跨国有组织犯罪公约缔约方会议在其2022年10月21日第11/2号决议中请"
                  "秘书处提供援助，")
    assert found(res) == [("第11/2号决议", None)]
    own = convert("zh", "un-ccpcj", "*回顾*其2011年4月15日第20/3号决议，")
    assert found(own) == [("第20/3号决议", f"{DELIB}/un-ccpcj/2011-04-15/20-3")]


def test_an_arabic_possessive_suffix_after_another_organ():
    res = convert("ar", "un-ccpcj", "*وإذ تلاحظ* أن مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر "
                  "الوطنية طلب، في قراره 11/2 المؤرخ 21 تشرين الأول/أكتوبر 2022، إلى الأمانة أن تقدم المساعدة، وإلى "
                  "قرارها 20/3،")
    assert found(res) == [("قراره 11/2", None), ("قرارها 20/3", f"{DELIB}/un-ccpcj/20-3")]


@pytest.mark.parametrize("lang, recital", [
    ("zh", "*回顾*缔约方会议在维也纳举行的第十届会议通过的第10/3号决议，"),
    ("es", "*Recordando* su resolución 10/3,"),
])
def test_the_general_assembly_numbered_by_session_only_from_its_thirty_first(lang, recital):
    assert [t for _, t in found(convert(lang, "un-ga", recital))] == [None]
    assert found(convert(lang, "un-ga", recital.replace("10/3", "31/3")))[0][1] == f"{DELIB}/un-ga/31-3"


@pytest.mark.parametrize("digits", [str.maketrans("", ""), str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")])
def test_arabic_sessions_written_in_arabic_are_the_latin_ones(digits):
    """"2625 (د-25)" is "2625 (XXV)", "دإ-26/2" is "S-26/2", "دإط-10/2" is "ES-10/2": the same works."""
    res = convert("ar", "un-ga", "*إذ تشير* إلى قرارها 2625 (د-25) المؤرخ 24 تشرين الأول/أكتوبر 1970 وقرارها دإ-26/2 "
                  "وقرارها دإط-10/2 وقرارها 74/176،".translate(digits))
    assert [t for _, t in found(res)] == [f"{DELIB}/un-ga/1970-10-24/2625", f"{DELIB}/un-ga/S-26-2",
                                          f"{DELIB}/un-ga/ES-10-2", f"{DELIB}/un-ga/74-176"]
    assert [t for t, _ in found(res)][:2] == ["قرارها 2625 (د-25)".translate(digits), "قرارها دإ-26/2".translate(digits)]
    en = convert_en("*Recalling* its resolutions 2625 (XXV) of 24 October 1970, S-26/2, ES-10/2 and 74/176,")
    assert [t for _, t in found(en)] == [t for _, t in found(res)]


def convert_en(recital: str):
    from akn_convert.pipeline import Options, convert_text

    text = f"*The General Assembly*,\n\n{recital}\n\n1. *Decides* to remain seized of the matter.\n"
    return convert_text(text, Options(shape="clean", symbol=SYMBOL["un-ga"], meta={"date": "2025-11-01"}))

"""Articles, chapters and Treaty Series citations in Chinese and Arabic, from language data alone
(lang/zh.py, lang/ar.py): Chinese numbers inside the keyword ("第九条", "第七章"), the Chinese
Treaty Series citation, names inside a Chinese title (《…》), a place inside a treaty's name, an
Arabic clitic written onto the article ("وبالمادة 5", "للمادة 2": "ل" + "ال" written "لل").
Texts written here."""

from __future__ import annotations

from lxml import etree

from akn_convert.pipeline import Options, convert_text
from akn_convert.validate.files import validate_bytes
from conftest import NS

CHARTER = "/akn/un/treaty/1945-06-26/un-charter/!main"
CRPD = "/akn/un/treaty/2006-12-13/crpd/!main"
ICCPR = "/akn/un/treaty/1966-12-16/iccpr/!main"
UNTOC = "/akn/un/treaty/2000-11-15/untoc/!main"


def convert(text: str, lang: str):
    result = convert_text(text, Options(shape="clean", lang=lang, symbol="A/RES/79/995", meta={"date": "2024-12-20"}))
    assert [p for p in validate_bytes(result.xml) if p.severity == "error"] == []
    return result


def refs(result) -> list[tuple[str, str | None]]:
    return [(r.text, r.target) for r in result.recognised if r.kind == "ref"]


def kinds(result, kind: str) -> list[tuple[str, str | None]]:
    return [(r.text, r.target) for r in result.recognised if r.kind == kind]


ZH = """大会，

*重申*《残疾人权利公约》第九条、第二十五条和第9条第二款，

*回顾*《联合国宪章》第一百零三条，并根据《联合国宪章》第七章采取行动，

*又回顾*《残疾人权利公约》第十条和《世界人权宣言》第三条，以及议事规则第78条和报告第三章，

1. *请*秘书长在日内瓦四公约框架内在日内瓦提出报告。<sup>1</sup>

---

<sup>1</sup> 联合国，《条约汇编》，第2225卷，第39574号。
"""


def test_chinese_articles_chapters_and_treaty_series():
    result = convert(ZH, "zh")
    assert refs(result) == [
        # the number inside the keyword, in Chinese numerals or digits: the treaty named before
        ("第九条", f"{CRPD}#art_9"),
        ("第二十五条", f"{CRPD}#art_25"),
        ("第9条第二款", f"{CRPD}#art_9__para_2"),
        ("第一百零三条", f"{CHARTER}#art_103"),
        # a chapter of the treaty named right before, numbered in roman as the other versions print it
        ("第七章", f"{CHARTER}#chp_VII"),
        ("第十条", f"{CRPD}#art_10"),
        # after a title the converter does not know: not an article of the treaty named before it
        ("第三条", None),
        # "联合国" is the series' publisher: the whole citation is the treaty's ref
        ("联合国，《条约汇编》，第2225卷，第39574号", UNTOC),
    ]
    # a rule of procedure is no article; "报告第三章" (a report's chapter) is no treaty's
    root = etree.fromstring(result.xml)
    assert [(r.text, r.get("href")) for r in root.xpath("//a:ref", namespaces=NS)] == [
        (t, h) for t, h in refs(result) if h]


def test_chinese_names_inside_a_title_and_a_place_inside_a_treaty_name():
    result = convert(ZH, "zh")
    # "联合国" inside "《联合国宪章》" is part of the title, not the Organization
    assert kinds(result, "organization") == [("大会", "#un-ga")]
    # "日内瓦四公约" is the Geneva Conventions; "在日内瓦" is the place
    places = [(r.text, r.target, r.where.text[r.start - 1:r.start]) for r in result.recognised if r.kind == "location"]
    assert places == [("日内瓦", "#geneva", "在")]


AR = """إن الجمعية العامة،

*إذ تشير* إلى التزامها وفقا للمادة 2 من ميثاق الأمم المتحدة، وعملا بالمادة 25 منه، وإلى اتفاقيات جنيف المؤرخة 12 آب/أغسطس 1949،

*وإذ تشير أيضا* إلى العهد الدولي الخاص بالحقوق المدنية والسياسية، وللمادة 7 منه، وبالفقرة 2 من المادة 9 من العهد الدولي الخاص بالحقوق المدنية والسياسية،

1 - *تقرر* أن تعقد الاجتماع المقبل في جنيف.
"""


def test_arabic_articles_with_a_clitic_written_onto_them():
    result = convert(AR, "ar")
    assert refs(result) == [
        # "ل" + "المادة" is written "للمادة": the contracted word is the ref's start
        ("للمادة 2 من ميثاق الأمم المتحدة", f"{CHARTER}#art_2"),
        # "ب" + "المادة": the clitic stays outside the ref; "منه" (of it): the treaty named before
        ("المادة 25", f"{CHARTER}#art_25"),
        ("للمادة 7", f"{ICCPR}#art_7"),
        # "و" + "ب" before a paragraph of an article
        ("الفقرة 2 من المادة 9 من العهد الدولي الخاص بالحقوق المدنية والسياسية", f"{ICCPR}#art_9__para_2"),
    ]


def test_arabic_place_inside_a_treaty_name_is_no_place():
    result = convert(AR, "ar")
    # "اتفاقيات جنيف" (the Geneva Conventions): no place; "في جنيف" (in Geneva) is one
    places = [(r.text, r.target, r.where.text[r.start - 3:r.start]) for r in result.recognised if r.kind == "location"]
    assert places == [("جنيف", "#geneva", "في ")]

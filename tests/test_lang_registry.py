"""The language registry: codes, detection, and each language's data (formulas of every
organ, months from CLDR, session ordinals, numbering)."""

from __future__ import annotations

import pytest

from akn_convert import lang as languages
from akn_convert.organs import KNOWN_ORGANS
from akn_convert.parse.dates import find_dates
from akn_convert.pipeline import Options, convert_text

CODES = ["ara", "zho", "eng", "fra", "rus", "spa"]

#: a recital and two operative paragraphs in each language, to go under any formula
BODIES = {
    "eng": ("Recalling its previous resolutions,", "1. Decides to act;", "2. Requests a report."),
    "fra": ("Rappelant ses résolutions antérieures,", "1. Décide d'agir ;", "2. Prie de lui faire rapport."),
    "spa": ("Recordando sus resoluciones anteriores,", "1. Decide actuar;", "2. Solicita un informe."),
    "rus": ("ссылаясь на свои предыдущие резолюции,", "1. постановляет действовать;", "2. просит представить доклад."),
    "ara": ("إذ تشير إلى قراراتها السابقة،", "1 - تقرر أن تتصرف؛", "2 - تطلب تقديم تقرير."),
    "zho": ("回顾其以往各项决议，", "1. 决定采取行动；", "2. 请提交报告。"),
}


def test_codes_and_aliases():
    assert sorted(languages.codes()) == sorted(CODES)
    for code in CODES:
        lang = languages.get(code)
        assert lang.code == code
        assert languages.get(lang.code2) is lang  # "fr" and "fra" are the same language
    with pytest.raises(KeyError):
        languages.get("kl")


@pytest.mark.parametrize("text, code", [
    ("The General Assembly, Recalling its resolution on the rights of the child and all", "eng"),
    ("L'Assemblée générale, Rappelant sa résolution sur les droits de l'enfant et des", "fra"),
    ("La Asamblea General, Recordando su resolución sobre los derechos del niño y las", "spa"),
    ("Генеральная Ассамблея, ссылаясь на резолюцию A/RES/73/8 о правах ребенка", "rus"),
    ("إن الجمعية العامة، إذ تشير إلى قرارها A/RES/73/8 بشأن حقوق الطفل", "ara"),
    ("Distr.: General\n大会，回顾其关于儿童权利的决议", "zho"),
])
def test_detection(text, code):
    assert languages.detect(text).code == code


@pytest.mark.parametrize("code", CODES)
def test_every_organ_formula_opens_a_resolution(code):
    """Each organ's opening formula is recognised and, without a symbol, names the organ."""
    lang = languages.get(code)
    assert set(lang.formulas) == set(KNOWN_ORGANS) - {f"un-ga-c{n}" for n in range(1, 7)} - {"un-un"}
    for organ, formula in lang.formulas.items():
        text = "\n\n".join(("Title", formula, *BODIES[code]))
        result = convert_text(text, Options(symbol=None, meta={"date": "2024-01-15"}))
        assert result.lang == code, organ
        assert result.document.organ == organ, formula
        assert result.counts["preamble"] == 1 and result.counts["operative"] == 2, formula


@pytest.mark.parametrize("code, text, iso", [
    ("eng", "on 4 December 2002", "2002-12-04"),
    ("fra", "le 1er février 2020", "2020-02-01"),
    ("fra", "le 18 décembre 2019", "2019-12-18"),
    ("spa", "el 1 de noviembre de 2018", "2018-11-01"),
    ("rus", "25 октября 1971 года", "1971-10-25"),
    ("ara", "في 1 تشرين الثاني/نوفمبر 2018", "2018-11-01"),
    ("ara", "في ٥ كانون الأول/ديسمبر ٢٠٢٣", "2023-12-05"),
    ("ara", "في 7 أكتوبر 2020", "2020-10-07"),
    ("zho", "2018年11月1日通过", "2018-11-01"),
])
def test_dates_in_each_language(code, text, iso):
    assert [d.iso for d in find_dates(text, languages.get(code))] == [iso]


@pytest.mark.parametrize("code, phrase, value", [
    ("eng", "Seventy-third", 73), ("fra", "Soixante-dix-neuvième", 79), ("spa", "Septuagésimo tercer", 73),
    ("rus", "Семьдесят третья", 73), ("ara", "الحادية عشرة", 11), ("ara", "التاسعة والسبعون", 79),
    ("zho", "七十三", 73), ("zho", "十", 10), ("zho", "一百零五", 105),
])
def test_session_ordinals(code, phrase, value):
    assert languages.get(code).ordinal(phrase) == value


def test_point_labels_are_language_neutral():
    ar, zh, en = languages.get("ara"), languages.get("zho"), languages.get("eng")
    assert [ar.point_label(c) for c in ("أ", "ب", "ج", "د", "هـ", "و")] == list("abcdef")
    assert ar.match_label("(هـ) نص").group("label") == "هـ"
    assert zh.point_label("㈡") == "ii" and zh.match_label("（b）文字").group("label") == "b"
    assert en.point_label("c") == "c" and en.match_label("(iv) text").group("num") == "(iv)"
    assert ar.number_regex.match("١٢ - تقرر").group("value") == "١٢"
    assert zh.number_regex.match("3.决定").group("num") == "3."

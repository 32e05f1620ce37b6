"""Inline semantics in Spanish, Russian, Arabic and Chinese on sentences written in the style of
United Nations resolutions: one test per rule the QA round on these languages found wrong or
missing, asserting the exact text, target and date of what is recognised, and what must stay
plain."""

from __future__ import annotations

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

"""A draft that recommends another draft for adoption by another organ (a commission's draft
recommended to the Economic and Social Council for adoption by the General Assembly): the
commission's formula, one unnumbered recommending paragraph, and the recommended draft whole in
an ``embeddedStructure``, with eIds under the structure's and the draft's organ speaking inside it."""

from __future__ import annotations

import pytest
from lxml import etree

from akn_convert.lang import get
from akn_convert.pipeline import Options, convert_text
from akn_convert.validate import validate_tree
from akn_convert.validate.textcheck import words
from akn_convert.writers.html import render
from akn_convert.writers.text import plain_text
from conftest import NS, texts

TEXT = """**United Nations** E/CN.7/2025/L.9

**Economic and Social Council**

Distr.: Limited
14 March 2025

Original: English

---

**Commission on Narcotic Drugs**
**Sixty-eighth session**
Vienna, 10–14 March 2025
Agenda item 6

**Austria and Mexico: draft resolution**

**Promoting alternative development**

*The Commission on Narcotic Drugs*,

*Recommends* to the Economic and Social Council the approval of the following draft resolution for adoption by the General Assembly:

**Promoting alternative development**

*The General Assembly*,

*Recalling* its resolution 77/238 of 15 December 2022,

*Noting* Economic and Social Council resolution 2024/21 of 23 July 2024,

1. *Encourages* Member States to support alternative development programmes;

2. *Requests* the United Nations Office on Drugs and Crime:

(a) To provide technical assistance upon request;

(b) To report on the implementation of paragraph 1 above;

3. *Decides* to remain seized of the matter.
"""

ES = "para_1__embeddedStructure_1"


def convert():
    return convert_text(TEXT, Options(lang="en", shape="clean"))


def test_outer_formula_and_recommending_paragraph():
    result = convert()
    root = etree.fromstring(result.xml)
    assert root.xpath("//a:FRBRWork/a:FRBRauthor/@href", namespaces=NS) == ["#un-cnd"]
    assert texts(root, "//a:preamble/a:formula") == ["The Commission on Narcotic Drugs,"]
    assert root.xpath("//a:preamble/a:formula/@eId", namespaces=NS) == ["formula_1"]
    assert root.xpath("//a:mainBody/a:paragraph/@eId", namespaces=NS) == ["para_1"]
    assert texts(root, "//a:mainBody/a:paragraph/a:content/a:p[1]") == [
        "Recommends to the Economic and Social Council the approval of the following draft resolution for "
        "adoption by the General Assembly:"]
    assert texts(root, "//a:preface//a:docTitle") == ["Promoting alternative development"]
    assert not [w for w in result.warnings if "formula names" in w]


def test_embedded_draft_structure_and_eids():
    root = etree.fromstring(convert().xml)
    es = root.xpath("//a:paragraph[@eId='para_1']/a:content/a:p/a:embeddedStructure", namespaces=NS)
    assert [e.get("eId") for e in es] == [ES]
    assert [etree.QName(c).localname for c in es[0]] == [
        "longTitle", "formula", "recitals", "paragraph", "paragraph", "paragraph"]
    assert texts(es[0], "a:longTitle/a:p/a:docTitle") == ["Promoting alternative development"]
    assert texts(es[0], "a:formula") == ["The General Assembly,"]
    assert es[0].xpath("a:formula/@eId", namespaces=NS) == [f"{ES}__formula_1"]
    assert es[0].xpath("a:recitals/a:recital/@eId", namespaces=NS) == [f"{ES}__recs_1__rec_1", f"{ES}__recs_1__rec_2"]
    assert es[0].xpath("a:paragraph/@eId", namespaces=NS) == [f"{ES}__para_{n}" for n in (1, 2, 3)]
    assert es[0].xpath(".//a:point/@eId", namespaces=NS) == [
        f"{ES}__para_2__list_1__point_a", f"{ES}__para_2__list_1__point_b"]
    eids = root.xpath("//@eId")
    assert len(eids) == len(set(eids))


def test_inside_the_draft_the_general_assembly_speaks():
    root = etree.fromstring(convert().xml)
    assert root.xpath(f"//a:recital[@eId='{ES}__recs_1__rec_1']//a:ref/@href", namespaces=NS) == [
        "/akn/un/statement/deliberation/un-ga/2022-12-15/77-238"]
    assert root.xpath(f"//a:recital[@eId='{ES}__recs_1__rec_2']//a:ref/@href", namespaces=NS) == [
        "/akn/un/statement/deliberation/un-ecosoc/2024-07-23/2024-21"]
    # "paragraph 1 above" is the draft's own paragraph
    point = f"{ES}__para_2__list_1__point_b"
    assert root.xpath(f"//a:point[@eId='{point}']//a:ref/@href", namespaces=NS) == [f"#{ES}__para_1"]
    assert root.xpath(f"//a:point[@eId='{point}']//a:ref/@eId", namespaces=NS) == [f"{point}__ref_1"]


def test_schema_valid_and_counts():
    result = convert()
    assert validate_tree(etree.fromstring(result.xml)) == []  # official schema and profile rules
    assert result.counts["preamble"] == 2 and result.counts["operative"] == 3 and result.counts["points"] == 2


def test_text_command_reads_the_draft_in_order():
    root = etree.fromstring(convert().xml)
    text = plain_text(root)
    paragraphs = text.split("\n\n")
    assert paragraphs[:5] == [
        "The Commission on Narcotic Drugs,",
        "Recommends to the Economic and Social Council the approval of the following draft resolution for "
        "adoption by the General Assembly:",
        "Promoting alternative development",
        "The General Assembly,",
        "Recalling its resolution 77/238 of 15 December 2022,"]
    assert "(b) To report on the implementation of paragraph 1 above;" in paragraphs
    body = TEXT[TEXT.index("*The Commission on Narcotic Drugs*"):]
    assert words(text) == words(body.replace("*", ""))


def test_html_sets_the_draft_apart_and_keeps_blocks_out_of_p():
    html = etree.fromstring(render(convert().xml).encode(), etree.HTMLParser())
    quote = html.xpath(f"//blockquote[@id='{ES}']")
    assert len(quote) == 1
    assert quote[0].xpath("ancestor::p") == []
    assert [d.get("id") for d in quote[0].xpath(".//*[contains(@class, 'numbered')]")][:1] == [f"{ES}__para_1"]
    assert html.xpath("//p//div | //p//p | //p//blockquote") == []


@pytest.mark.parametrize("code, text, announces", [
    ("fr", "Recommande au Conseil économique et social d'approuver le projet de résolution suivant, pour adoption "
           "par l'Assemblée générale :", True),
    ("fr", "Recommande au Conseil économique et social d'adopter le projet de\\ndécision suivant :", True),
    ("en", "Recommends to the General Assembly the adoption of the following draft resolution:", True),
    ("es", "Recomienda al Consejo Económico y Social que apruebe el siguiente proyecto de resolución para su "
           "aprobación por la Asamblea General:", True),
    ("ru", "Рекомендует Экономическому и Социальному Совету одобрить следующий проект резолюции для принятия "
           "Генеральной Ассамблеей:", True),
    ("en", "Recommends to the General Assembly the adoption of the following draft resolution;", False),  # no colon
    ("en", "Requests the Secretary-General to report on the following matters:", False),
])
def test_words_that_announce_a_draft_are_language_data(code, text, announces):
    assert get(code).announces_draft(text.replace("\\n", "\n")) is announces

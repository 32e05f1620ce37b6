"""English: a Human Rights Council resolution in both shapes, a Security Council resolution."""

from __future__ import annotations

import pytest
from lxml import etree

from akn_convert.lang import get
from akn_convert.model import Block, Text
from akn_convert.parse.structure import parse_body
from conftest import NS, convert_lang, texts, xml

HRC = "/akn/un/statement/deliberation/un-hrc/2025-04-03/58-99"


@pytest.fixture(scope="module", params=["clean", "pdf"])
def hrc(request):
    result = convert_lang(f"A-HRC-RES-58-99.en.{request.param}.txt")
    assert result.shape == request.param  # the shape is detected
    return result


def test_hrc_iris(hrc):
    root = xml(hrc)
    assert root.xpath("//a:FRBRWork/a:FRBRthis/@value", namespaces=NS) == [HRC + "/!main"]
    assert root.xpath("//a:FRBRExpression/a:FRBRuri/@value", namespaces=NS) == [HRC + "/eng@2025-04-03"]
    assert root.xpath("//a:FRBRManifestation/a:FRBRthis/@value", namespaces=NS) == [HRC + "/eng@2025-04-03/!main.xml"]
    assert root.xpath("//a:FRBRlanguage/@language", namespaces=NS) == ["eng"]
    assert root.xpath("//a:FRBRWork/a:FRBRauthor/@href", namespaces=NS) == ["#un-hrc"]
    # the masthead names the General Assembly first; the body's own name is the organ
    assert texts(root, "//a:docAuthority") == ["Human Rights Council"]
    assert root.xpath("//a:TLCOrganization[@eId='un-hrc']/@showAs", namespaces=NS) == ["Human Rights Council"]


def test_hrc_structure(hrc):
    root = xml(hrc)
    assert texts(root, "//a:session") == ["Fifty-eighth session"]
    assert root.xpath("//a:session/@value", namespaces=NS) == ["58"]
    assert texts(root, "//a:docTitle") == ["Safe drinking water and sanitation in small island communities"]
    assert texts(root, "//a:formula[@name='enactingFormula']") == ["The Human Rights Council,"]
    # lettered items of a recital are not points
    assert root.xpath("//a:recital[@eId='recs_1__rec_3']//a:item/@eId", namespaces=NS) == [
        "recs_1__rec_3__list_1__item_a", "recs_1__rec_3__list_1__item_b"]
    assert root.xpath("//a:paragraph[@eId='para_2']//a:point/@eId", namespaces=NS) == [
        "para_2__list_1__point_a", "para_2__list_1__point_b", "para_2__list_1__point_b__list_1__point_i",
        "para_2__list_1__point_b__list_1__point_ii", "para_2__list_1__point_c"]
    assert texts(root, "//a:mainBody/a:paragraph[last()]") == ["5. Decides to remain seized of the matter."]
    assert texts(root, "//a:conclusions") == ["45th meeting 3 April 2025 [Adopted without a vote.]"]
    notes = root.xpath("//a:authorialNote", namespaces=NS)
    assert [n.get("eId") for n in notes] == [
        "recs_1__rec_2__authorialNote_1", "recs_1__rec_4__authorialNote_2", "para_4__authorialNote_3"]
    assert texts(root, "//a:authorialNote[@marker='2']") == ["A/HRC/57/48."]


def test_hrc_both_shapes_have_the_same_eids():
    clean, pdf = (xml(convert_lang(f"A-HRC-RES-58-99.en.{s}.txt")) for s in ("clean", "pdf"))
    eids = lambda root: root.xpath("//@eId")  # noqa: E731
    assert eids(clean) == eids(pdf)
    assert len(eids(clean)) > 20


@pytest.fixture(scope="module")
def sc():
    return convert_lang("S-RES-2999-2025.en.clean.txt")


def test_sc_expression_iri(sc):
    assert xml(sc).xpath("//a:FRBRExpression/a:FRBRthis/@value", namespaces=NS) == [
        "/akn/un/statement/deliberation/un-sc/2025-06-30/2999/eng@2025-06-30/!main"]


def test_sc_dash_items_closing_paragraph_and_adoption_line(sc):
    root = xml(sc)
    # dash-led items are a blockList, not points
    assert root.xpath("//a:paragraph[@eId='para_3']//a:item/a:num/text()", namespaces=NS) == ["—"] * 3
    assert not root.xpath("//a:paragraph[@eId='para_3']//a:point", namespaces=NS)
    assert root.xpath("//a:mainBody/a:paragraph[last()]/@eId", namespaces=NS) == ["para_4"]
    assert texts(root, "//a:mainBody/a:paragraph[last()]") == ["4. Decides to remain actively seized of the matter."]
    # the adoption line printed under the heading goes to the conclusions
    assert texts(root, "//a:conclusions") == ["Adopted by the Security Council at its 9999th meeting, on 30 June 2025"]
    assert root.xpath("//a:conclusions//a:date/@date", namespaces=NS) == ["2025-06-30"]
    assert texts(root, "//a:preface/a:p") == ["S/RES/2999 (2025)", "Resolution 2999 (2025)"]


def _blocks(*lines: str) -> list[Block]:
    return [Block(Text(s)) for s in lines]


def test_an_unnumbered_closing_paragraph_stands_alone():
    """"Decides to remain seized of the matter." printed without a number after a paragraph
    with points is its own last paragraph, not the points' wrap-up."""
    body = parse_body(_blocks("The Security Council,", "Recalling its resolutions,",
                              "1. Requests the Secretary-General to report on:", "(a) The situation;",
                              "(b) The mission;", "Decides to remain seized of the matter."), get("en"))
    assert [p.num for p in body.paragraphs] == ["1.", None]
    assert body.paragraphs[0].wrap_up is None
    assert body.paragraphs[1].text.text == "Decides to remain seized of the matter."


def test_ocr_damaged_numbers_are_taken_only_where_due():
    body = parse_body(_blocks("The Security Council,", "Noting the report,", "1. Decides to act;",
                              "2. Requests a report;", "S. Calls upon all States;", "4, Urges restraint;",
                              "5. Decides to meet again."), get("en"))
    # where 3 is due, neither "S." nor "4," is a paragraph number: both stay text of paragraph 2
    assert [p.number for p in body.paragraphs] == [1, 2, 5]
    body = parse_body(_blocks("The Security Council,", "Noting the report,", "1. Decides to act;",
                              "2. Requests a report;", "3. Calls upon all States;", "4, Urges restraint;",
                              "S. Decides to meet again."), get("en"))
    assert [(p.num, p.number) for p in body.paragraphs] == [("1.", 1), ("2.", 2), ("3.", 3), ("4,", 4), ("S.", 5)]


def test_ocr_damaged_numbers_make_a_valid_document():
    """"I." for 1. and "S." for 5., taken where due, are written as printed; the profile rules
    read them as the converter does (the document was refused as invalid)."""
    from akn_convert.pipeline import Options, convert_text

    text = ("The Security Council,\n\nRecalling its resolution 1325 (2000),\n\nI. Decides to act;\n\n"
            "2. Requests a report;\n\n3. Welcomes the report;\n\n4, Urges restraint;\n\n"
            "S. Decides to remain seized of the matter.\n")
    result = convert_text(text, Options(symbol="S/RES/2999 (2024)", meta={"date": "2024-01-01"}))
    root = etree.fromstring(result.xml)
    ns = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
    assert [(p.get("eId"), p.findtext("a:num", namespaces=ns)) for p in root.iterfind(".//a:paragraph", ns)] == [
        ("para_1", "I."), ("para_2", "2."), ("para_3", "3."), ("para_4", "4,"), ("para_5", "S.")]
    assert not [w for w in result.warnings if "gap" in w]

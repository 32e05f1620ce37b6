"""French: a Third Committee revised draft in both shapes, and the two reference inputs."""

from __future__ import annotations

import pytest

from conftest import NS, PDF, CLEAN, convert_lang, texts, xml

DRAFT = "/akn/un/statement/deliberation/un-ga-c3/2024-11-14/A-C.3-79-L.99-Rev.1"


@pytest.fixture(scope="module", params=["clean", "pdf"])
def draft(request):
    result = convert_lang(f"A-C.3-79-L.99-Rev.1.fr.{request.param}.txt")
    assert result.shape == request.param
    return result


def test_draft_star_note(draft):
    assert draft.counts["star_note"] == 1


def test_draft_iris_and_cover(draft):
    root = xml(draft)
    assert root.xpath("//a:FRBRWork/a:FRBRuri/@value", namespaces=NS) == [DRAFT]
    assert root.xpath("//a:FRBRExpression/a:FRBRthis/@value", namespaces=NS) == [DRAFT + "/fra@2024-11-14/!main"]
    assert root.xpath("//a:FRBRManifestation/a:FRBRuri/@value", namespaces=NS) == [DRAFT + "/fra@2024-11-14.akn"]
    assert root.xpath("//a:FRBRlanguage/@language", namespaces=NS) == ["fra"]
    assert root.xpath("//a:FRBRname/@value", namespaces=NS) == ["resolutionDraft"]
    assert texts(root, "//a:docAuthority") == ["Troisième Commission"]
    assert texts(root, "//a:inline[@name='distribution']") == ["Distr. limitée"]
    assert texts(root, "//a:inline[@name='originalLanguage']") == ["Original : anglais"]
    assert root.xpath("//a:docDate/@date", namespaces=NS) == ["2024-11-14"]
    assert root.xpath("//a:session/@value", namespaces=NS) == ["79"]
    assert texts(root, "//a:inline[@name='agendaItem']") == ["Point 27 b) de l'ordre du jour"]
    assert texts(root, "//a:docStage") == ["projet de résolution révisé"]
    assert texts(root, "//a:docTitle") == ["Accès des femmes rurales aux services financiers"]
    # the star note goes with the sponsors, also where the PDF lost its "*"
    assert root.xpath("//a:docProponent/following-sibling::a:authorialNote/@eId", namespaces=NS) == ["authorialNote_star"]


def test_draft_structure(draft):
    root = xml(draft)
    assert texts(root, "//a:formula[@name='enactingFormula']") == ["L'Assemblée générale,"]
    assert root.xpath("//a:paragraph[@eId='para_2']//a:point/a:num/text()", namespaces=NS) == ["a)", "b)", "i)", "ii)", "c)"]
    assert root.xpath("//a:paragraph[@eId='para_2']//a:point/@eId", namespaces=NS)[2] == "para_2__list_1__point_b__list_1__point_i"
    assert root.xpath("//a:authorialNote[@marker!='*']/@eId", namespaces=NS) == [
        "recs_1__rec_1__authorialNote_1", "recs_1__rec_3__authorialNote_2"]
    assert not root.xpath("//a:conclusions", namespaces=NS)


def test_draft_both_shapes_have_the_same_eids():
    clean, pdf = (xml(convert_lang(f"A-C.3-79-L.99-Rev.1.fr.{s}.txt")) for s in ("clean", "pdf"))
    assert clean.xpath("//@eId") == pdf.xpath("//@eId")


# --------------------------------------------------------------------------- reference inputs


@pytest.mark.parametrize("path", [CLEAN, PDF], ids=["clean", "pdf"])
def test_reference_input_without_options(path):
    """Language, organ and kind found in the text alone (no --lang, no --symbol)."""
    from akn_convert.pipeline import convert_file

    result = convert_file(path)
    assert result.lang == "fra"
    assert result.counts == {"preamble": 22, "operative": 17, "points": 11, "notes": 4, "star_note": 1}
    assert result.document.organ == "un-ctoc-cop"
    assert result.document.name == "resolutionDraft"


def test_reference_inputs(result):
    root = xml(result)
    assert result.counts == {"preamble": 22, "operative": 17, "points": 11, "notes": 4, "star_note": 1}
    points = root.xpath("//a:paragraph[@eId='para_13']//a:point/a:num/text()", namespaces=NS)
    assert points == [f"{c})" for c in "abcdefghijk"]
    assert root.xpath("//a:FRBRWork/a:FRBRauthor/@href", namespaces=NS) == ["#un-ctoc-cop"]
    assert root.xpath("//a:FRBRnumber/@showAs", namespaces=NS) == ["CTOC/COP/2020/L.6/Rev.1"]


def test_reference_inputs_have_the_same_body_eids(clean_result, pdf_result):
    body = "//a:preamble//@eId | //a:mainBody//@eId"
    assert xml(clean_result).xpath(body, namespaces=NS) == xml(pdf_result).xpath(body, namespaces=NS)

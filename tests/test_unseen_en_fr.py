"""Six English and French resolutions written for an adversarial review, each in both shapes
(clean text; text as a layout PDF extraction prints it: two-column mastheads, running headers
with the symbol and the title on one line, bare page numbers beside the job number, footnote
blocks in mid-paragraph, "*" kept after the sponsors): a GA resolution, an HRC draft with its
cover page, an ECOSOC resolution, an SC resolution, a CCPCJ draft that recommends a draft to
ECOSOC, and a CAC/COSP draft."""

from __future__ import annotations

import pytest

from akn_convert.lang import get
from akn_convert.readers.markers import find_markers
from akn_convert.readers.pdf import header_symbol, is_job_or_page
from conftest import NS, convert_lang, texts, xml

SHAPES = ("clean", "pdf")


def both(name: str):
    return [xml(convert_lang(f"{name}.{shape}.txt")) for shape in SHAPES]


def eids(root) -> list[str]:
    return root.xpath("//@eId")


def refs(root, path: str = "//a:ref") -> list[str]:
    return root.xpath(path + "/@href", namespaces=NS)


@pytest.mark.parametrize("name", [
    "A-RES-79-215.en", "A-HRC-55-L.12.fr", "E-RES-2024-7.en", "S-RES-2745-2024.en", "E-CN.15-2024-L.5.fr",
    "CAC-COSP-2023-L.4.en"])
def test_both_shapes_give_the_same_document(name):
    clean, pdf = both(name)
    assert eids(clean) == eids(pdf)
    assert refs(clean) == refs(pdf)
    assert clean.xpath("//a:date/@date", namespaces=NS) == pdf.xpath("//a:date/@date", namespaces=NS)
    assert texts(clean, "//a:preface/a:p") == texts(pdf, "//a:preface/a:p")
    assert texts(clean, "//a:coverPage//a:p") == texts(pdf, "//a:coverPage//a:p")
    assert clean.xpath("//a:FRBRWork/a:FRBRthis/@value", namespaces=NS) == \
        pdf.xpath("//a:FRBRWork/a:FRBRthis/@value", namespaces=NS)


# --------------------------------------------------------------- A/RES/79/215 (General Assembly)

@pytest.fixture(scope="module", params=SHAPES)
def ga(request):
    return xml(convert_lang(f"A-RES-79-215.en.{request.param}.txt"))


def test_ga_running_headers_with_the_title_are_page_furniture(ga):
    # "A/RES/79/215      Protection of women …" on even pages, the other way round on odd ones
    body = " ".join(texts(ga, "//a:mainBody | //a:preamble"))
    assert "A/RES/79/215" not in body
    assert texts(ga, "//a:recital[@eId='recs_1__rec_7']") == [
        "Deeply concerned that women human rights defenders in situations of armed conflict face risks that are "
        "specific to their gender, including sexual and gender-based violence, stigmatization and attacks against "
        "their families,"]
    assert texts(ga, "//a:paragraph[@eId='para_4']")[0].endswith("implementation of the present resolution;")


def test_ga_structure_and_references(ga):
    assert len(ga.xpath("//a:recital", namespaces=NS)) == 7
    assert [p.get("eId") for p in ga.xpath("//a:point", namespaces=NS)] == [
        "para_2__list_1__point_a", "para_2__list_1__point_a__list_1__point_i",
        "para_2__list_1__point_a__list_1__point_ii", "para_2__list_1__point_b", "para_2__list_1__point_c"]
    assert refs(ga, "//a:recital[@eId='recs_1__rec_2']//a:ref") == [
        "/akn/un/statement/deliberation/un-ga/2023-12-19/78-123",
        "/akn/un/statement/deliberation/un-ga/1998-12-09/53-144"]
    assert refs(ga, "//a:recital[@eId='recs_1__rec_3']//a:ref") == [
        "/akn/un/statement/deliberation/un-sc/2000/1325", "/akn/un/statement/deliberation/un-sc/2015/2250",
        "/akn/un/statement/deliberation/un-sc/2019-10-29/2493"]
    assert refs(ga, "//a:recital[@eId='recs_1__rec_4']//a:ref") == [
        "/akn/un/statement/deliberation/un-hrc/2023-04-03/52-4",
        "/akn/un/statement/deliberation/un-ecosoc/2023-06-07/2023-5",
        "/akn/un/statement/deliberation/un-ecosoc/2022-04-20/2022-213"]


def test_ga_adoption_line_wrapped_over_two_lines(ga):
    # "Resolution adopted by the General Assembly" / "on 17 December 2024" is one line, not an
    # agenda item's title and a date
    assert texts(ga, "//a:inline[@name='agendaItemTitle']") == []
    assert "Resolution adopted by the General Assembly on 17 December 2024" in texts(ga, "//a:preface/a:p")
    assert ga.xpath("//a:FRBRWork/a:FRBRdate/@date", namespaces=NS) == ["2024-12-17"]


# --------------------------------------------------------------- A/HRC/55/L.12 (French draft)

@pytest.fixture(scope="module", params=SHAPES)
def hrc(request):
    return xml(convert_lang(f"A-HRC-55-L.12.fr.{request.param}.txt"))


def test_hrc_draft_cover_and_sponsors_note(hrc):
    assert hrc.xpath("//a:FRBRWork/a:FRBRthis/@value", namespaces=NS) == [
        "/akn/un/statement/deliberation/un-hrc/2024-04-02/A-HRC-55-L.12/!main"]
    assert texts(hrc, "//a:docAuthority") == ["Conseil des droits de l'homme"]
    assert texts(hrc, "//a:docProponent") == [
        "Chili, Costa Rica, Finlande, Maroc, Mexique, Portugal, Sénégal et Uruguay"]  # the "*" is the note's
    assert texts(hrc, "//a:authorialNote[@eId='authorialNote_star']") == [
        "État non membre du Conseil des droits de l'homme."]
    assert hrc.xpath("//a:authorialNote[@marker='*']/@eId", namespaces=NS) == ["authorialNote_star"]
    # the session's dates, with no place before them
    assert hrc.xpath("//a:preface//a:date/@date", namespaces=NS) == ["2024-02-26", "2024-04-05"]


def test_hrc_recital_cut_by_a_page_with_a_bare_page_number(hrc):
    # "2      GE.24-05678" is page furniture; the recital goes on after it
    assert len(hrc.xpath("//a:recital", namespaces=NS)) == 6
    assert texts(hrc, "//a:recital[@eId='recs_1__rec_5']")[0].endswith(
        "des travaux de l'Organisation des Nations Unies pour l'éducation, la science et la culture et du "
        "Haut-Commissariat des Nations Unies pour les réfugiés,")
    assert "GE.24-05678" not in " ".join(texts(hrc, "//a:preamble"))


# --------------------------------------------------------------- E/RES/2024/7 (ECOSOC)

def test_ecosoc_note_after_a_year_and_a_comma():
    for root in both("E-RES-2024-7.en"):
        # "Madrid International Plan of Action on Ageing, 2002,1": note 1 after "2002,"
        assert root.xpath("//a:recital[@eId='recs_1__rec_1']/a:p/a:authorialNote/@marker", namespaces=NS) == ["1"]
        note = root.xpath("//a:recital[@eId='recs_1__rec_1']/a:p/a:authorialNote", namespaces=NS)[0]
        assert note.xpath("preceding-sibling::text()[1]")[0].endswith("on Ageing, 2002,")
        assert not (note.tail or "").strip()
        assert root.xpath("//a:preface//a:date/@date", namespaces=NS)[:2] == ["2023-07-27", "2024-07-24"]
        assert refs(root, "//a:recital[@eId='recs_1__rec_2']//a:ref") == [
            "/akn/un/statement/deliberation/un-ecosoc/2021-06-08/2021-10",
            "/akn/un/statement/deliberation/un-ecosoc/2022-06-08/2022-7",
            "/akn/un/statement/deliberation/un-ecosoc/2022-06-08/2022-8",
            "/akn/un/statement/deliberation/un-ecosoc/2023-07-25/2023-250"]


def test_a_year_before_a_comma_is_no_note_when_a_number_follows():
    en = get("en")
    found = find_markers(["Action on Ageing, 2002,1 and", "in 2002,1 000 persons"], ["1"], en)
    assert [(b, c.start) for b, cs in found.items() for c in cs] == [(0, 23)]


# --------------------------------------------------------------- S/RES/2745 (2024)

def test_sc_reference_in_a_list_intro_extends_the_list_eid():
    for root in both("S-RES-2745-2024.en"):
        assert root.xpath("//a:paragraph[@eId='para_2']/a:list/a:intro//a:ref/@eId", namespaces=NS) == [
            "para_2__list_1__ref_1"]
        assert refs(root, "//a:paragraph[@eId='para_2']//a:ref") == [
            "/akn/un/statement/deliberation/un-sc/2023-07-27/2693#para_1"]
        assert texts(root, "//a:mainBody/a:paragraph[last()]") == ["4. Decides to remain seized of the matter."]
        assert len(root.xpath("//a:recital", namespaces=NS)) == 6


# --------------------------------------------------------------- E/CN.15/2024/L.5 (nested draft)

ES = "para_1__embeddedStructure_1"


def test_ccpcj_draft_recommended_to_ecosoc_holds_the_inner_draft_in_its_recommendation():
    clean, pdf = both("E-CN.15-2024-L.5.fr")
    assert eids(clean) == eids(pdf)
    for root in (clean, pdf):
        assert root.xpath("//a:FRBRWork/a:FRBRauthor/@href", namespaces=NS) == ["#un-ccpcj"]
        # the Commission speaks: its formula, one unnumbered paragraph that recommends the draft
        assert texts(root, "//a:preamble/a:formula") == ["La Commission pour la prévention du crime et la justice pénale"]
        assert root.xpath("//a:preamble/a:recitals", namespaces=NS) == []
        assert root.xpath("//a:mainBody/a:paragraph/@eId", namespaces=NS) == ["para_1"]
        assert root.xpath("//a:mainBody/a:paragraph/a:num", namespaces=NS) == []
        assert texts(root, "//a:mainBody/a:paragraph/a:content/a:p[1]") == [
            "Recommande au Conseil économique et social d'approuver le projet de résolution suivant, pour adoption "
            "par l'Assemblée générale :"]
        # the draft, whole, in an embeddedStructure; its title once in the preface, once in the draft
        es = root.xpath("//a:mainBody/a:paragraph/a:content/a:p[2]/a:embeddedStructure", namespaces=NS)
        assert [e.get("eId") for e in es] == [ES]
        title = "Renforcer la coopération internationale contre la traite des enfants à des fins d'exploitation en ligne"
        assert texts(root, "//a:preface//a:docTitle") == [title]
        assert texts(root, "//a:embeddedStructure/a:longTitle/a:p/a:docTitle") == [title]
        assert texts(root, "//a:embeddedStructure/a:formula") == ["L'Assemblée générale,"]
        assert root.xpath("//a:embeddedStructure/a:formula/@eId", namespaces=NS) == [f"{ES}__formula_1"]
        assert root.xpath("//a:recital/@eId", namespaces=NS) == [f"{ES}__recs_1__rec_{n}" for n in (1, 2, 3)]
        assert root.xpath("//a:embeddedStructure/a:paragraph/@eId", namespaces=NS) == [
            f"{ES}__para_{n}" for n in (1, 2, 3)]
        assert root.xpath("//a:point/@eId", namespaces=NS) == [
            f"{ES}__para_2__list_1__point_a", f"{ES}__para_2__list_1__point_b"]
        assert root.xpath("//a:authorialNote[@marker!='*']/@eId", namespaces=NS) == [
            f"{ES}__recs_1__rec_2__authorialNote_1", f"{ES}__recs_1__rec_2__authorialNote_2"]
        # "sa résolution 78/226" is the General Assembly's: inside the draft the Assembly speaks
        assert refs(root, f"//a:recital[@eId='{ES}__recs_1__rec_1']//a:ref") == [
            "/akn/un/statement/deliberation/un-ga/2023-12-19/78-226",
            "/akn/un/statement/deliberation/un-ecosoc/2023-07-25/2023-19"]
        assert root.xpath("//a:authorialNote[@marker='*']/@eId", namespaces=NS) == ["authorialNote_star"]
        assert texts(root, "//a:docProponent") == [
            "Afrique du Sud, Brésil, Italie, Japon, Thaïlande et Union européenne"]
        # nothing of the body is left in the preface
        assert not any("Recommande" in t or "La Commission" in t for t in texts(root, "//a:preface/a:p"))


def test_ccpcj_nested_draft_has_no_symbol_organ_warning_and_counts_the_draft():
    for shape in SHAPES:
        result = convert_lang(f"E-CN.15-2024-L.5.fr.{shape}.txt")
        assert not [w for w in result.warnings if "formula names" in w]
        assert result.counts == {"preamble": 3, "operative": 3, "points": 2, "notes": 2, "star_note": 1}


# --------------------------------------------------------------- CAC/COSP/2023/L.4

def test_cosp_masthead_in_two_columns_and_place_with_its_country():
    for root in both("CAC-COSP-2023-L.4.en"):
        assert texts(root, "//a:docAuthority") == [
            "Conference of the States Parties to the United Nations Convention against Corruption"]
        assert root.xpath("//a:docDate/@date", namespaces=NS) == ["2023-12-13"]
        assert root.xpath("//a:FRBRWork/a:FRBRdate/@date", namespaces=NS) == ["2023-12-13"]
        assert texts(root, "//a:preface/a:p/a:location") == ["Atlanta"]
        assert root.xpath("//a:preface//a:date/@date", namespaces=NS) == ["2023-12-11", "2023-12-15"]
        assert refs(root, "//a:recital[@eId='recs_1__rec_1']//a:ref")[-1] == \
            "/akn/un/treaty/2003-10-31/uncac/!main#art_9__para_2"


# --------------------------------------------------------------- page furniture

@pytest.mark.parametrize("line, furniture", [
    ("2                                GE.24-05678", True),
    ("GE.24-05678                      3", True),
    ("V.24-01234 3/6", True),
    ("2 A/HRC/55/45.", False),
])
def test_job_lines_with_a_bare_page_number(line, furniture):
    assert is_job_or_page(" ".join(line.split())) is furniture


@pytest.mark.parametrize("raw, symbol", [
    ("A/RES/79/215               Protection of women human rights defenders", "A/RES/79/215"),
    ("      Protection of women human rights defenders      A/RES/79/215", "A/RES/79/215"),
    ("A/RES/79/215 Protection of women", None),  # no layout gap: not a header
    ("Recalling its resolution 78/123", None),
])
def test_running_header_with_symbol_and_title(raw, symbol):
    assert header_symbol(raw) == symbol


# --------------------------------------------------------------- treaties and agencies as data

def test_disabilities_convention_and_specialized_agencies():
    for root in both("E-RES-2024-7.en"):
        assert refs(root, "//a:recital[@eId='recs_1__rec_4']//a:ref") == [
            "/akn/un/treaty/1966-12-16/icescr/!main#art_9",
            "/akn/un/treaty/2006-12-13/crpd/!main#art_28",
            "/akn/un/treaty/2006-12-13/crpd/!main"]  # the note: Treaty Series, vol. 2515, No. 44910
        assert root.xpath("//a:paragraph[@eId='para_2']//a:organization/@refersTo", namespaces=NS) == [
            "#un-secretariat", "#ilo", "#who"]
    for root in both("A-HRC-55-L.12.fr"):
        # the name of UNESCO holds "Organisation des Nations Unies", which is not the Organization
        assert texts(root, "//a:recital[@eId='recs_1__rec_5']//a:organization[@refersTo='#unesco']") == [
            "Organisation des Nations Unies pour l'éducation, la science et la culture"]
        assert root.xpath("//a:TLCOrganization[@eId='un']", namespaces=NS) == []

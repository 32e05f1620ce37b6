"""Bodies named after the resolution that set them up ("the Security Council Committee
established pursuant to resolution 1267 (1999)"), paragraphs and ranges of paragraphs of a
cited resolution, and the missions, funds and bodies resolutions name, on small texts written
here (English, French, Spanish)."""

from __future__ import annotations

from lxml import etree

from conftest import NS
from test_inline_rules import DELIB, convert, targets

SC = {"formula": "*The Security Council,*", "symbol": "S/RES/2999 (2025)"}
CS = {"formula": "*Le Conseil de sécurité,*", "symbol": "S/RES/2999 (2025)",
      "paragraphs": ("*Décide* de rester saisi de la question.",)}
AG = {"formula": "*L'Assemblée générale,*", "symbol": "A/RES/79/999",
      "paragraphs": ("*Décide* de rester saisie de la question.",)}
ES = {"formula": "*El Consejo de Seguridad,*", "symbol": "S/RES/2999 (2025)",
      "paragraphs": ("*Decide* seguir ocupándose de la cuestión.",)}


def organizations(result) -> list[tuple[str, str | None]]:
    return targets(result, "organization")


# ------------------------------------------------------------------ committees and panels


def test_a_committee_set_up_by_a_resolution_is_a_body_of_its_own_not_the_council():
    res = convert("*Taking note* of the letter from the Chair of the Security Council Committee established pursuant "
                  "to resolution 1267 (1999) concerning ISIL (Da'esh) and Al-Qaida, and of the report of the "
                  "Committee established pursuant to resolution 1540 (2004),", **SC)
    assert organizations(res) == [("Security Council Committee", "#un-sc-committee-1267"),
                                  ("Committee", "#un-sc-committee-1540")]
    assert targets(res) == [("resolution 1267 (1999)", f"{DELIB}/un-sc/1999/1267"),
                            ("resolution 1540 (2004)", f"{DELIB}/un-sc/2004/1540")]


def test_the_committee_gets_its_printed_name_in_the_references_and_no_span_nests():
    res = convert("*Recalling* the Security Council Committee established pursuant to resolution 2127 (2013),", **SC)
    root = etree.fromstring(res.xml)
    tlc = root.xpath("//a:TLCOrganization[@eId='un-sc-committee-2127']", namespaces=NS)[0]
    assert tlc.get("href") == "/ontology/organization/un/un-sc-committee-2127"
    assert tlc.get("showAs") == "Security Council Committee established pursuant to resolution 2127 (2013)"
    rec = root.xpath("//a:recital", namespaces=NS)[0]
    org = rec.xpath(".//a:organization", namespaces=NS)
    assert [(o.text, o.get("refersTo")) for o in org] == [("Security Council Committee", "#un-sc-committee-2127")]
    assert rec.xpath(".//a:ref/text()", namespaces=NS) == ["resolution 2127 (2013)"]


def test_a_panel_and_a_committee_set_up_by_a_paragraph_and_the_committee_named_later():
    res = convert("*Recalling* the Committee established pursuant to paragraph 10 of resolution 841 (1993),", **SC,
                  paragraphs=("*Requests* the Panel of Experts established pursuant to resolution 2127 (2013) to "
                              "report to the Committee;", "*Decides* to remain seized of the matter."))
    assert organizations(res) == [("Committee", "#un-sc-committee-841"),
                                  ("Panel of Experts", "#un-sc-panel-2127"),
                                  ("Committee", "#un-sc-committee-841")]
    assert targets(res) == [("paragraph 10 of resolution 841 (1993)", f"{DELIB}/un-sc/1993/841#para_10"),
                            ("resolution 2127 (2013)", f"{DELIB}/un-sc/2013/2127")]


def test_the_committee_named_later_stays_plain_when_two_were_named():
    res = convert("*Recalling* the Committee established pursuant to resolution 1267 (1999) and the Committee "
                  "established pursuant to resolution 1540 (2004),", **SC,
                  paragraphs=("*Requests* the Committee to report;", "*Decides* to remain seized of the matter."))
    assert organizations(res) == [("Committee", "#un-sc-committee-1267"), ("Committee", "#un-sc-committee-1540"),
                                  ("Committee", None)]
    assert [r.reason for r in res.recognised if r.kind == "organization" and r.target is None] == [
        "short name of un-sc-committee-1267 or un-sc-committee-1540: more than one named before"]


def test_a_committee_of_another_organ_takes_the_organ_of_its_resolution():
    res = convert("*Recalling* the work of the Committee established by its resolution 61/106,")
    assert organizations(res) == [("Committee", "#un-ga-committee-61-106")]


def test_french_committees_and_group_of_experts():
    res = convert("*Prenant note* de la lettre du Président du Comité du Conseil de sécurité créé par la résolution "
                  "1267 (1999), du Comité créé en application de la résolution 1540 (2004) et du Groupe d'experts "
                  "créé par la résolution 2127 (2013),", **CS)
    assert organizations(res) == [("Comité du Conseil de sécurité", "#un-sc-committee-1267"),
                                  ("Comité", "#un-sc-committee-1540"),
                                  ("Groupe d'experts", "#un-sc-panel-2127")]
    assert targets(res) == [("résolution 1267 (1999)", f"{DELIB}/un-sc/1999/1267"),
                            ("résolution 1540 (2004)", f"{DELIB}/un-sc/2004/1540"),
                            ("résolution 2127 (2013)", f"{DELIB}/un-sc/2013/2127")]


def test_spanish_committee():
    res = convert("*Recordando* el Comité del Consejo de Seguridad establecido en virtud de la resolución 1540 (2004),",
                  **ES)
    assert organizations(res) == [("Comité del Consejo de Seguridad", "#un-sc-committee-1540")]
    assert targets(res) == [("resolución 1540 (2004)", f"{DELIB}/un-sc/2004/1540")]


def test_the_council_that_establishes_in_its_own_words_is_still_the_council():
    res = convert("*Recalling* that the Security Council established pursuant to resolution 2127 (2013) a regime,",
                  **SC)
    assert organizations(res) == [("Security Council", "#un-sc")]


# ------------------------------------------------------------------ paragraphs of a resolution


def test_paragraphs_of_a_resolution_are_a_ref_each():
    res = convert("*Recalling* paragraph 5 of resolution 2693 (2023), paragraphs 1 to 5 of its resolution 78/123, "
                  "paragraphs 2 and 3 of resolution 2331 (2016) and paragraphs 4 (a) to (c) of resolution 757 (1992),")
    # several paragraphs: a ref to each (the first and the last of a range), and one to the resolution
    assert targets(res) == [
        ("paragraph 5 of resolution 2693 (2023)", f"{DELIB}/un-sc/2023/2693#para_5"),
        ("1", f"{DELIB}/un-ga/78-123#para_1"), ("5", f"{DELIB}/un-ga/78-123#para_5"),
        ("resolution 78/123", f"{DELIB}/un-ga/78-123"),
        ("2", f"{DELIB}/un-sc/2016/2331#para_2"), ("3", f"{DELIB}/un-sc/2016/2331#para_3"),
        ("resolution 2331 (2016)", f"{DELIB}/un-sc/2016/2331"),
        ("4 (a)", f"{DELIB}/un-sc/1992/757#para_4__list_1__point_a"),
        ("(c)", f"{DELIB}/un-sc/1992/757#para_4__list_1__point_c"),
        ("resolution 757 (1992)", f"{DELIB}/un-sc/1992/757")]


def test_french_paragraphs_of_a_resolution():
    res = convert("*Rappelant* le paragraphe 3 de sa résolution 75/2, les paragraphes 1 à 5 de sa résolution 78/123 "
                  "et les paragraphes 2, 4 et 6 de la résolution 2331 (2016),", **AG)
    assert targets(res) == [
        ("paragraphe 3 de sa résolution 75/2", f"{DELIB}/un-ga/75-2#para_3"),
        ("1", f"{DELIB}/un-ga/78-123#para_1"), ("5", f"{DELIB}/un-ga/78-123#para_5"),
        ("résolution 78/123", f"{DELIB}/un-ga/78-123"),
        ("2", f"{DELIB}/un-sc/2016/2331#para_2"), ("4", f"{DELIB}/un-sc/2016/2331#para_4"),
        ("6", f"{DELIB}/un-sc/2016/2331#para_6"), ("résolution 2331 (2016)", f"{DELIB}/un-sc/2016/2331")]


def test_a_paragraph_range_of_the_document_itself_or_of_an_enumeration_is_no_fragment():
    res = convert("*Recalling* paragraphs 1 to 5 above and its resolutions 61/144 and 74/176,",
                  paragraphs=("*Decides* one;", "*Decides* two;", "*Decides* three;", "*Decides* four;", "*Decides* five."))
    # the range of the document's own paragraphs is a ref to its first and its last, not a fragment of 61/144
    assert targets(res) == [("1", "#para_1"), ("5", "#para_5"), ("61/144", f"{DELIB}/un-ga/61-144"),
                            ("74/176", f"{DELIB}/un-ga/74-176")]


# ------------------------------------------------------------------ missions, funds, courts and commissions


def test_english_missions_funds_and_bodies():
    res = convert("*Welcoming* the work of the United Nations Multidimensional Integrated Stabilization Mission in "
                  "the Central African Republic (MINUSCA), MINUSMA, the United Nations Organization Stabilization "
                  "Mission in the Democratic Republic of the Congo, UNMISS, UNIFIL, UN-Women, UNICEF, UNDP, UNEP, "
                  "UNHCR, the International Court of Justice and the International Law Commission,")
    assert organizations(res) == [
        ("United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
         "#un-minusca"),
        ("MINUSCA", "#un-minusca"), ("MINUSMA", "#un-minusma"),
        ("United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", "#un-monusco"),
        ("UNMISS", "#un-unmiss"), ("UNIFIL", "#un-unifil"), ("UN-Women", "#un-women"), ("UNICEF", "#un-unicef"),
        ("UNDP", "#un-undp"), ("UNEP", "#un-unep"), ("UNHCR", "#un-unhcr"),
        ("International Court of Justice", "#un-icj"), ("International Law Commission", "#un-ilc")]


def test_french_missions_funds_and_bodies():
    res = convert("*Saluant* le travail de la Mission des Nations Unies au Soudan du Sud, de la MINUSCA, de la "
                  "MINUSMA, de la MONUSCO, de la FINUL, d'ONU-Femmes, de l'Entité des Nations Unies pour l'égalité "
                  "des sexes et l'autonomisation des femmes, du HCR, de la Cour internationale de Justice et de la "
                  "Commission du droit international,", **AG)
    assert organizations(res) == [
        ("Mission des Nations Unies au Soudan du Sud", "#un-unmiss"), ("MINUSCA", "#un-minusca"),
        ("MINUSMA", "#un-minusma"), ("MONUSCO", "#un-monusco"), ("FINUL", "#un-unifil"),
        ("ONU-Femmes", "#un-women"),
        ("Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes", "#un-women"),
        ("HCR", "#un-unhcr"), ("Cour internationale de Justice", "#un-icj"),
        ("Commission du droit international", "#un-ilc")]
    root = etree.fromstring(res.xml)
    show = {t.get("eId"): t.get("showAs") for t in root.xpath("//a:TLCOrganization", namespaces=NS)}
    assert show["un-women"] == "Entité des Nations Unies pour l'égalité des sexes et l'autonomisation des femmes"
    assert show["un-ilc"] == "Commission du droit international"


def test_spanish_missions_and_bodies():
    res = convert("*Acogiendo con beneplácito* la labor de la Fuerza Provisional de las Naciones Unidas en el "
                  "Líbano, de la MINUSCA, de ONU-Mujeres y de la Comisión de Derecho Internacional,", **ES)
    assert organizations(res) == [("Fuerza Provisional de las Naciones Unidas en el Líbano", "#un-unifil"),
                                  ("MINUSCA", "#un-minusca"), ("ONU-Mujeres", "#un-women"),
                                  ("Comisión de Derecho Internacional", "#un-ilc")]

"""Both renditions of the reference input (CTOC/COP/2020/L.6/Rev.1, French) convert to
schema-valid AKN with the structure the seeds README gives."""

from __future__ import annotations

import pytest
from lxml import etree

from conftest import NS, xml



def flat(el) -> str:
    """Text of an element, white space collapsed, typographic apostrophes as ASCII."""
    return " ".join("".join(el.itertext()).split()).replace("\u2019", "'")


def test_counts(result):
    assert result.counts == {"preamble": 22, "operative": 17, "points": 11, "notes": 4, "star_note": 1}


def test_valid_against_official_schema(result):
    from akn_convert.validate.schema import lxml_schema

    schema = lxml_schema()
    assert schema.validate(etree.fromstring(result.xml)), schema.error_log


def test_profile_rules_pass(result):
    from akn_convert.validate import validate_tree

    problems = validate_tree(etree.ElementTree(etree.fromstring(result.xml)))
    assert [p for p in problems if p.severity == "error"] == []


def test_formula(result):
    root = xml(result)
    formula = root.find(".//a:preamble/a:formula", NS)
    assert formula.get("name") == "enactingFormula" and formula.get("eId") == "formula_1"
    text = " ".join("".join(formula.itertext()).split())
    assert text == ("La Conférence des Parties à la Convention des Nations Unies contre la "
                    "criminalité transnationale organisée,")


def test_recitals_in_order(result):
    root = xml(result)
    recitals = root.findall(".//a:recitals/a:recital", NS)
    assert [r.get("eId") for r in recitals] == [f"recs_1__rec_{n}" for n in range(1, 23)]
    starts = ["".join(r.itertext()).split()[0] for r in recitals]
    assert starts[0] == "Rappelant" and starts[2] == "Se" and starts[-1] == "Consciente"
    # the recital cut by the footnote block and the page break is one recital
    second = " ".join("".join(recitals[1].itertext()).split())
    assert "concernant les efforts déployés pour prévenir et combattre la traite" in second
    assert second.endswith("du Groupe de travail sur la traite des personnes,")


def test_operative_paragraphs(result):
    root = xml(result)
    paras = root.findall(".//a:mainBody/a:paragraph", NS)
    assert [p.get("eId") for p in paras] == [f"para_{n}" for n in range(1, 18)]
    assert [p.findtext("a:num", namespaces=NS) for p in paras] == [f"{n}." for n in range(1, 18)]
    first = " ".join("".join(paras[0].find("a:content", NS).itertext()).split())
    assert first.startswith("Prie instamment les États Membres")
    assert flat(paras[16].find("a:content", NS)).endswith(
        "conformément aux règles et procédures de l'Organisation des Nations Unies.")


def test_paragraph_13_points(result):
    root = xml(result)
    para = root.find(".//a:paragraph[@eId='para_13']", NS)
    assert para.find("a:content", NS) is None
    lst = para.find("a:list", NS)
    assert lst.get("eId") == "para_13__list_1"
    intro = " ".join("".join(lst.find("a:intro", NS).itertext()).split())
    assert intro.startswith("Encourage les États") and intro.endswith("à prendre les dispositions suivantes :")
    points = lst.findall("a:point", NS)
    letters = "abcdefghijk"
    assert [p.get("eId") for p in points] == [f"para_13__list_1__point_{c}" for c in letters]
    assert [p.findtext("a:num", namespaces=NS) for p in points] == [f"{c})" for c in letters]
    # point i) runs over a page break: one point
    i_text = " ".join("".join(points[8].itertext()).split())
    assert "et prendre des dispositions pour élaborer de nouvelles campagnes" in i_text


def test_notes_at_their_markers(result):
    root = xml(result)
    notes = root.findall(".//a:authorialNote", NS)
    assert [(n.get("marker"), n.get("eId")) for n in notes] == [
        ("*", "authorialNote_star"),
        ("1", "recs_1__rec_1__authorialNote_1"),
        ("2", "recs_1__rec_1__authorialNote_2"),
        ("3", "recs_1__rec_2__authorialNote_3"),
        ("4", "recs_1__rec_9__authorialNote_4"),
    ]
    by_marker = {n.get("marker"): flat(n) for n in notes}
    assert by_marker["*"] == "Également au nom des États membres de l'Union européenne."
    assert by_marker["1"].startswith("Nations Unies, Recueil des Traités, vol. 2225")
    assert by_marker["3"].endswith("2482 (2019).")
    # note 1 stands right after "organisée", before the comma
    note1 = root.find(".//a:authorialNote[@marker='1']", NS)
    preceding = [note1.getparent().text or ""]
    for sibling in note1.getparent():  # the text before the note, whatever inline markup holds it
        if sibling is note1:
            break
        preceding += ["".join(sibling.itertext()), sibling.tail or ""]
    assert "".join(preceding).rstrip().endswith("transnationale organisée") and note1.tail.startswith(",")
    # note 3 stands after "2017" (the PDF glued it: "20173")
    note3 = root.find(".//a:authorialNote[@marker='3']", NS)
    p = note3.getparent()
    before3 = "".join(p.itertext()).split(flat(note3).split()[0])[0]  # text of the p up to the note
    assert " ".join(before3.split()).endswith("du 6 juillet 2017")
    assert note3.tail.startswith(", et ayant examiné")


def test_no_marker_digits_left(result):
    root = xml(result)
    body = " ".join(root.find(".//a:preamble", NS).itertext())
    for glued in ("organisée1", "Convention2", "20173", "personnes4"):
        assert glued not in body


def test_star_note_in_preface(result):
    root = xml(result)
    star = root.find(".//a:preface//a:authorialNote[@marker='*']", NS)
    assert star is not None


def test_same_structure_and_eids_in_both_shapes(clean_result, pdf_result):
    def skeleton(res):
        root = etree.fromstring(res.xml)
        body = [root.find(".//a:preamble", NS), root.find(".//a:mainBody", NS)]
        inline = ("i", "b", "organization", "location", "date")  # the renditions differ in a few words
        return [(etree.QName(el).localname, el.get("eId")) for part in body for el in part.iter()
                if isinstance(el.tag, str) and etree.QName(el).localname not in inline]

    assert skeleton(clean_result) == skeleton(pdf_result)
    def body_eids(res):  # everything outside meta (TLC entries depend on the cover page)
        root = etree.fromstring(res.xml)
        return sorted(e.get("eId") for e in root.iter() if isinstance(e.tag, str) and e.get("eId")
                      and not any(etree.QName(a).localname == "meta" for a in e.iterancestors()))

    assert body_eids(clean_result) == body_eids(pdf_result)
    assert len(body_eids(clean_result)) >= 58


def test_eids_unique(result):
    eids = [e.get("eId") for e in etree.fromstring(result.xml).iter() if isinstance(e.tag, str) and e.get("eId")]
    # formula + recitals (23) + paragraphs (17) + list + points (11) + notes (5) + TLC entries
    assert len(eids) == len(set(eids)) >= 60


@pytest.mark.parametrize("field", ["docNumber", "docTitle"])
def test_preface_fields_in_both(result, field):
    root = xml(result)
    el = root.find(f".//a:preface//a:{field}", NS)
    assert el is not None
    if field == "docNumber":
        assert el.text == "CTOC/COP/2020/L.6/Rev.1"
    else:
        assert " ".join("".join(el.itertext()).split()).startswith("Application effective du Protocole visant à prévenir")

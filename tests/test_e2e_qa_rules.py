"""The rules the end-to-end QA pass (tests/test_e2e_qa.py) mended, each on a short text of its own."""

from __future__ import annotations

from lxml import etree

from akn_convert.pipeline import Options, convert_text
from conftest import NS


def refs(root):
    return [("".join(e.itertext()), e.get("href")) for e in root.xpath("//a:ref", namespaces=NS)]


def test_a_decision_of_one_paragraph_goes_on_across_a_page_break():
    """"The Commission …, recalling … in consultation with the" / page / "Commission on …": one
    paragraph, not two (the formula that opens the sentence is the body's start)."""
    text = (
        " United Nations                                                E/CN.15/2025/L.70\n"
        " Economic and Social Council                         Distr.: Limited\n"
        "                                                     20 May 2025\n\n"
        "  Commission on Crime Prevention and Criminal Justice\n\n"
        "  Draft decision submitted by the Chair\n\n"
        "  Working methods\n\n"
        "  The Commission on Crime Prevention and Criminal Justice, recalling its decision \n"
        "32/1 of 26 May 2023,1 decides to request a paper prepared in consultation with the \n"
        "__________________ \n \n  1  E/CN.15/2025/5. \n"
        " \n25-00001 (E)    200525\n*2500001*\n\fE/CN.15/2025/L.70  \n \n2/2 25-00001\n \n"
        "Commission on Narcotic Drugs. \n")
    root = etree.fromstring(convert_text(text, Options(shape="pdf", lang="en")).xml)
    paras = root.xpath("//a:mainBody/a:paragraph", namespaces=NS)
    assert len(paras) == 1
    assert "".join(paras[0].itertext()).strip().endswith("in consultation with the Commission on Narcotic Drugs.")


def test_a_note_number_glued_after_a_comma_that_follows_a_resolution_number():
    text = ("**United Nations** A/RES/80/990\n\n**General Assembly**\n\nDistr.: General  \n1 December 2025\n\n"
            "*The General Assembly*,\n\n*Welcoming* the report on the implementation of resolution 79/173,"
            "<sup>1</sup>\n\n1. *Decides* to pay 2,5 per cent.\n\n---\n\n<sup>1</sup> A/80/215.\n")
    pdf = text.replace("<sup>1</sup>", "1").replace("*", "").replace("---\n\n1 A/80", "__________________\n 1  A/80")
    root = etree.fromstring(convert_text(pdf, Options(shape="pdf", lang="en")).xml)
    note = root.xpath("//a:authorialNote", namespaces=NS)
    assert [n.getparent().getparent().get("eId") for n in note] == ["recs_1__rec_1"]
    assert "resolution 79/173," in "".join(note[0].getparent().itertext())
    assert "2,5 per cent" in "".join(root.xpath("//a:paragraph", namespaces=NS)[0].itertext())


def test_article_of_the_convention_on_a_subject_in_lower_case():
    text = ("The Conference of the States Parties to the United Nations Convention against Corruption,\n\n"
            "1. Encourages States parties to make use of article 46 of the Convention on mutual legal assistance;\n")
    root = etree.fromstring(convert_text(text, Options(shape="clean", lang="en", symbol="CAC/COSP/2025/L.99", date="2025-12-01")).xml)
    assert refs(root) == [("article 46 of the Convention", "/akn/un/treaty/2003-10-31/uncac/!main#art_46")]


def test_an_article_listed_before_a_chapter_is_of_the_chapters_treaty():
    text = ("L'Assemblée générale,\n\nRappelant l'Article 33 et le Chapitre VIII de la Charte des Nations Unies,\n\n"
            "1. Décide de poursuivre l'examen de la question.\n")
    root = etree.fromstring(convert_text(text, Options(shape="clean", lang="fr", symbol="A/RES/80/990", date="2025-12-01")).xml)
    assert refs(root) == [
        ("l'Article 33", "/akn/un/treaty/1945-06-26/un-charter/!main#art_33"),
        ("Chapitre VIII de la Charte des Nations Unies", "/akn/un/treaty/1945-06-26/un-charter/!main#chp_VIII")]

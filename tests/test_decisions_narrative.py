"""Decisions printed as one narrative paragraph, with no opening formula ("At its 65th plenary
meeting, on 19 December 2023, the General Assembly … decided …"): converted as a decision, the
number and title in the preface, no preamble, the narrative as one unnumbered operative
paragraph, the organ the sentence names speaking; a text with neither a formula nor such a
paragraph is still refused with the same one-line message."""

from __future__ import annotations

import pytest
from lxml import etree
from typer.testing import CliRunner

from akn_convert.cli import app
from akn_convert.pipeline import Options, convert_file, convert_text
from akn_convert.validate import validate_tree
from akn_convert.writers.html import render
from akn_convert.writers.text import plain_text
import robust_texts as T
from conftest import DATA, NS, texts

DECISIONS = DATA / "decisions"
WORK = "/akn/un/statement/deliberation/un-ga/2023-12-19/78-548"
REFUSAL = "not a resolution: no opening formula such as 'The General Assembly,'"


def convert(name: str, **options):
    return convert_file(DECISIONS / name, Options(**options))


def valid_from_text(text: str):
    """The result and XML root of a text written here, checked valid (schema and profile)."""
    result = convert_text(text, Options())
    root = etree.fromstring(result.xml)
    assert validate_tree(root) == []
    return result, root


@pytest.fixture(scope="module", params=[("A-DEC-78-548.en.clean.txt", "eng"),
                                        ("A-DEC-78-548.fr.clean.txt", "fra"),
                                        ("A-DEC-78-548.en.pdf-extracted.txt", "eng")],
                ids=["en-clean", "fr-clean", "en-pdf"])
def decision(request):
    name, lang = request.param
    result = convert(name, symbol="A/DEC/78/548")
    return result, etree.fromstring(result.xml), lang


def test_statement_name_and_frbr(decision):
    result, root, lang = decision
    assert root.xpath("/a:akomaNtoso/a:statement/@name", namespaces=NS) == ["decision"]
    work = root.find(".//a:FRBRWork", NS)
    assert work.find("a:FRBRuri", NS).get("value") == WORK
    assert work.find("a:FRBRthis", NS).get("value") == WORK + "/!main"
    assert work.find("a:FRBRname", NS).get("value") == "decision"
    assert work.find("a:FRBRnumber", NS).attrib == {"value": "78-548", "showAs": "A/DEC/78/548"}
    assert work.find("a:FRBRdate", NS).attrib == {"date": "2023-12-19", "name": "adoption"}
    assert work.find("a:FRBRauthor", NS).get("href") == "#un-ga"
    expression = root.find(".//a:FRBRExpression/a:FRBRuri", NS).get("value")
    assert expression == f"{WORK}/{lang}@2023-12-19"
    assert result.document.lang == lang


def test_preface_holds_number_and_title(decision):
    _, root, lang = decision
    title = {"eng": "Revitalization of the work of the General Assembly",
             "fra": "Revitalisation des travaux de l'Assemblée générale"}[lang]
    assert texts(root, "//a:preface/a:p") == ["A/DEC/78/548", f"78/548. {title}"]
    assert texts(root, "//a:preface//a:docTitle") == [title]


def test_no_preamble_one_unnumbered_paragraph(decision):
    result, root, lang = decision
    assert root.find(".//a:preamble", NS) is None
    assert root.xpath("//a:formula", namespaces=NS) == []
    paras = root.xpath("//a:mainBody/a:paragraph", namespaces=NS)
    assert [p.get("eId") for p in paras] == ["para_1"]
    assert paras[0].find("a:num", NS) is None
    text = texts(root, "//a:mainBody/a:paragraph/a:content/a:p")[0]
    opening = {"eng": "At its 65th plenary meeting, on 19 December 2023, the General Assembly, on the "
                      "recommendation of the General Committee, decided to include in the provisional agenda",
               "fra": "À sa 65e séance plénière, le 19 décembre 2023, l'Assemblée générale, sur la recommandation "
                      "du Bureau, a décidé d'inscrire à l'ordre du jour provisoire"}[lang]
    assert text.startswith(opening)
    assert text.endswith({"eng": "of 11 September 2023.", "fra": "du 11 septembre 2023."}[lang])
    assert result.counts["preamble"] == 0 and result.counts["operative"] == 1 and result.counts["points"] == 0


def test_inline_semantics(decision):
    _, root, lang = decision
    para = root.find(".//a:mainBody/a:paragraph", NS)
    assert para.xpath(".//a:date/@date", namespaces=NS) == ["2023-12-19", "2023-09-11"]
    # the organ the sentence names speaks: "its resolution 77/335" is the General Assembly's
    assert para.xpath(".//a:organization/@refersTo", namespaces=NS)[0] == "#un-ga"
    refs = para.xpath(".//a:ref", namespaces=NS)
    assert [(r.get("eId"), r.get("href")) for r in refs] == [
        ("para_1__ref_1", "/akn/un/statement/deliberation/un-ga/2023-09-11/77-335")]


def test_valid_schema_and_profile(decision):
    _, root, _ = decision
    assert validate_tree(root) == []


def test_text_and_html(decision):
    result, _, lang = decision
    plain = plain_text(etree.fromstring(result.xml))
    assert plain.splitlines()[0].startswith({"eng": "At its 65th plenary meeting", "fra": "À sa 65e séance"}[lang])
    html = render(result.xml)
    assert 'class="preamble"' not in html
    assert "65" in html and "2023" in html


def test_identity_from_the_text_alone():
    """No symbol given: the heading's "78/548." under the sentence's organ is A/DEC/78/548, the
    kind is a decision, the date the sentence's."""
    result = convert("A-DEC-78-548.en.clean.txt")
    doc = result.document
    assert (doc.name, doc.symbol, doc.organ, doc.date, doc.date_name, doc.number) == (
        "decision", "A/DEC/78/548", "un-ga", "2023-12-19", "adoption", "78-548")


def test_a_draft_symbol_gives_a_draft_decision():
    result = convert("A-DEC-78-548.en.clean.txt", symbol="A/78/L.99")
    root = etree.fromstring(result.xml)
    assert root.xpath("/a:akomaNtoso/a:statement/@name", namespaces=NS) == ["decisionDraft"]
    assert validate_tree(root) == []
    assert not any("names a resolution" in w for w in result.warnings)


def test_a_resolution_symbol_on_a_narrative_decision_is_said():
    result = convert("A-DEC-78-548.en.clean.txt", symbol="A/RES/78/548")
    assert result.document.name == "decision"
    assert ("the symbol A/RES/78/548 names a resolution, but the text is a decision in narrative form "
            "(no opening formula): written as a decision") in result.warnings


ECOSOC = """**2024/212. Dates of the 2025 session of the Council**

At its 12th plenary meeting, on 7 June 2024, the Economic and Social Council decided:

(a) That the 2025 session would be held from 24 July 2025 to 30 July 2025;

(b) To review the matter at its next session.
"""


def test_ecosoc_decision_with_points():
    """The organ with no comma after it, and points after the narrative as under any paragraph."""
    result, root = valid_from_text(ECOSOC)
    doc = result.document
    assert (doc.name, doc.symbol, doc.organ, doc.date) == ("decision", "E/DEC/2024/212", "un-ecosoc", "2024-06-07")
    assert root.xpath("//a:mainBody/a:paragraph/@eId", namespaces=NS) == ["para_1"]
    assert root.xpath("//a:point/@eId", namespaces=NS) == ["para_1__list_1__point_a", "para_1__list_1__point_b"]
    assert texts(root, "//a:paragraph/a:list/a:intro/a:p") == [
        "At its 12th plenary meeting, on 7 June 2024, the Economic and Social Council decided:"]
    assert root.xpath("//a:intro//a:organization/@refersTo", namespaces=NS) == ["#un-ecosoc"]


@pytest.mark.parametrize("text", [
    T.LETTER,
    # the shape of a narrative decision, but no organ the language knows
    "At its 3rd meeting, on 4 May 2021, the Tennis Club of Utopia decided to hold its next tournament in June.\n",
], ids=["letter", "unknown-organ"])
def test_no_formula_nor_decision_is_refused(tmp_path, text):
    src = tmp_path / "input.txt"
    src.write_text(text, "utf-8")
    out = tmp_path / "out.xml"
    result = CliRunner().invoke(app, ["convert", str(src), "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [f"akn-convert: {src}: {REFUSAL}"]
    assert not out.exists()


def test_profile_still_wants_a_formula_in_a_resolution(decision):
    """The rule is relaxed for decisions only: the same document named a resolution fails."""
    _, root, _ = decision
    root = etree.fromstring(etree.tostring(root))
    root.find("a:statement", NS).set("name", "resolution")
    root.find(".//a:FRBRWork/a:FRBRname", NS).set("value", "resolution")
    assert "the preamble has no opening formula" in [p.message for p in validate_tree(root)]


SPANISH = """**78/548. Revitalización de la labor de la Asamblea General**

En su 65ª sesión plenaria, celebrada el 19 de diciembre de 2023, la Asamblea General, por recomendación de la Mesa, decidió incluir en el programa provisional de su septuagésimo noveno período de sesiones el tema titulado “Revitalización de la labor de la Asamblea General”.
"""


def test_spanish_decision():
    result, root = valid_from_text(SPANISH)
    doc = result.document
    assert (doc.lang, doc.name, doc.symbol, doc.date) == ("spa", "decision", "A/DEC/78/548", "2023-12-19")
    assert root.xpath("//a:mainBody/a:paragraph/@eId", namespaces=NS) == ["para_1"]
    assert texts(root, "//a:paragraph//a:date") == ["19 de diciembre de 2023"]


RUSSIAN = """**78/548. Активизация работы Генеральной Ассамблеи**

На своем 65-м пленарном заседании 19 декабря 2023 года Генеральная Ассамблея по рекомендации Генерального комитета постановила включить в предварительную повестку дня своей семьдесят девятой сессии пункт, озаглавленный «Активизация работы Генеральной Ассамблеи».
"""


def test_russian_decision():
    result, root = valid_from_text(RUSSIAN)
    doc = result.document
    assert (doc.lang, doc.name, doc.symbol, doc.organ, doc.date) == ("rus", "decision", "A/DEC/78/548", "un-ga",
                                                                    "2023-12-19")
    assert root.find(".//a:preamble", NS) is None
    assert root.xpath("//a:mainBody/a:paragraph/@eId", namespaces=NS) == ["para_1"]
    assert texts(root, "//a:paragraph//a:date") == ["19 декабря 2023"]

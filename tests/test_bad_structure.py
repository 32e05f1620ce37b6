"""Text that is not a resolution, and resolutions with defects: a clean failure where no useful
document can be made, a warning (and a valid document with unique eIds) where one can."""

from __future__ import annotations

import pytest
from lxml import etree
from typer.testing import CliRunner

from akn_convert.cli import app
from akn_convert.validate import validate_tree
import robust_texts as T

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


def run_convert(tmp_path, text: str, name: str = "input.txt"):
    src = tmp_path / name
    src.write_text(text, "utf-8")
    out = tmp_path / "out.xml"
    result = CliRunner().invoke(app, ["convert", str(src), "-o", str(out)])
    return result, src, out


@pytest.mark.parametrize("text", [T.LETTER, T.REPORT, T.NOVEL], ids=["letter", "report", "novel"])
def test_not_a_resolution(tmp_path, text):
    result, src, out = run_convert(tmp_path, text)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"akn-convert: {src}: not a resolution: no opening formula such as 'The General Assembly,'"]
    assert "Traceback" not in result.output + result.stderr
    assert not out.exists()


def test_no_operative_part(tmp_path):
    result, src, out = run_convert(tmp_path, T.NO_OPERATIVE_PART)
    assert result.exit_code == 1
    assert result.stderr.strip().splitlines() == [
        f"akn-convert: {src}: no operative paragraph found after the preamble"]
    assert not out.exists()


def converted(tmp_path, text: str):
    result, src, out = run_convert(tmp_path, text)
    assert result.exit_code == 0, result.stderr
    root = etree.parse(str(out))
    assert [p for p in validate_tree(root) if p.severity == "error"] == []
    eids = root.xpath("//@eId")
    assert len(eids) == len(set(eids))
    warnings = [ln for ln in result.stderr.splitlines() if ln.startswith(f"{src}: warning: ")]
    return root, warnings


def test_good_control_case_has_no_warning(tmp_path):
    root, warnings = converted(tmp_path, T.GOOD)
    assert warnings == []
    assert root.xpath("//a:paragraph/@eId", namespaces=NS) == ["para_1", "para_2", "para_3"]


def test_numbering_gap_and_duplicate(tmp_path):
    root, warnings = converted(tmp_path, T.NUMBERING)
    assert any("paragraph 2 is numbered twice" in w for w in warnings)
    assert any("paragraph numbering jumps from 2 to 4" in w for w in warnings)
    assert root.xpath("//a:paragraph/a:num/text()", namespaces=NS) == ["1.", "2.", "2.", "4."]
    assert root.xpath("//a:paragraph/@eId", namespaces=NS) == ["para_1", "para_2", "para_2-2", "para_4"]


def test_points_out_of_order(tmp_path):
    root, warnings = converted(tmp_path, T.POINTS_OUT_OF_ORDER)
    assert any("point c) out of order after a" in w for w in warnings)
    assert any("point b) out of order after c" in w for w in warnings)
    points = root.xpath("//a:paragraph[@eId='para_2']//a:point/a:num/text()", namespaces=NS)
    assert points == ["a)", "c)", "b)"]


def test_footnote_marker_without_note(tmp_path):
    root, warnings = converted(tmp_path, T.MARKER_WITHOUT_NOTE)
    assert any("footnote marker 1 has no footnote text" in w for w in warnings)
    assert root.xpath("//a:authorialNote", namespaces=NS) == []
    text = "".join(root.find(".//a:paragraph[@eId='para_1']", NS).itertext())
    assert "Secretary-General;" in text  # the marker is gone, the words stay


def test_footnote_without_marker(tmp_path):
    root, warnings = converted(tmp_path, T.NOTE_WITHOUT_MARKER)
    assert any("footnote 1 has no marker in the text" in w for w in warnings)
    notes = root.xpath("//a:authorialNote", namespaces=NS)
    assert len(notes) == 1 and notes[0].get("marker") == "1"
    assert "S/2020/1234" in "".join(notes[0].itertext())
    assert notes[0].xpath("ancestor::a:paragraph/@eId", namespaces=NS) == ["para_2"]


def test_resolution_without_heading_symbol_or_title(tmp_path):
    text = "\n\n".join(["The General Assembly,", "Recalling its resolution 70/1,", "1. Decides to act;",
                         "2. Decides to remain seized of the matter.", "85th plenary meeting", "15 December 2020"])
    root, warnings = converted(tmp_path, text + "\n")
    assert root.xpath("//a:preface", namespaces=NS) == []  # nothing to put there (an empty one is not valid)
    assert root.xpath("//a:paragraph/@eId", namespaces=NS) == ["para_1", "para_2"]
    assert any("no document symbol found" in w for w in warnings)


LIST_TAIL = """Resolution 2799 (2025) of 30 June 2025

*The Security Council*,

*Recalling* its resolution 2693 (2023),

1. *Requests* the Secretary-General to report every ninety days on:

(a) The security situation along the ceasefire line and
Political developments in the region;

(b) The implementation of the mandate:

— Respect for the ceasefire;

— Access for humanitarian personnel;

(c) The situation of refugees;

2. *Decides* to remain seized of the matter.
"""


def test_list_pieces_keep_the_order_of_the_text(tmp_path):
    # a line the reader could not join to its point ("Political developments …", in capitals
    # after "and") and dashes after a point belong to that point: the list keeps the text's order
    # (they were the list's closing words and the intro's items, and the words check refused it)
    root, warnings = converted(tmp_path, LIST_TAIL)
    assert warnings == []
    para = root.find(".//a:paragraph[@eId='para_1']", NS)
    assert para.xpath("a:list/a:point/@eId", namespaces=NS) == [
        "para_1__list_1__point_a", "para_1__list_1__point_b", "para_1__list_1__point_c"]
    assert para.find("a:list/a:wrapUp", NS) is None
    point_a = " ".join("".join(para.find("a:list/a:point[1]", NS).itertext()).split())
    assert point_a == "(a) The security situation along the ceasefire line and Political developments in the region;"
    items = para.xpath("a:list/a:point[2]//a:blockList/a:item", namespaces=NS)
    assert [(i.get("eId"), "".join(i.find("a:p", NS).itertext())) for i in items] == [
        ("para_1__list_1__point_b__list_1__item_1", "Respect for the ceasefire;"),
        ("para_1__list_1__point_b__list_1__item_2", "Access for humanitarian personnel;")]
    assert para.find("a:list/a:intro//a:blockList", NS) is None


LEAD_IN_THEN_PREAMBLE = """Resolution 2800 (2025) of 30 June 2025

*The Security Council*,

*Recalling* its resolution 2693 (2023),

*Decides* as follows:

*Noting* the report of the Secretary-General,

1. *Requests* the Secretary-General to report every ninety days;

2. *Decides* to remain seized of the matter.
"""


def test_a_lead_in_followed_by_more_preamble_is_one_of_its_paragraphs(tmp_path):
    # "Decides as follows:" before numbered paragraphs is the operative lead-in; with more
    # preamble after it, it was a preambular paragraph, kept in its place (it was written after
    # every recital, and the words check refused the document)
    root, warnings = converted(tmp_path, LEAD_IN_THEN_PREAMBLE)
    recitals = [" ".join("".join(r.itertext()).split()) for r in root.iterfind(".//a:recital", NS)]
    assert recitals == ["Recalling its resolution 2693 (2023),", "Decides as follows:",
                        "Noting the report of the Secretary-General,"]
    assert root.find(".//a:formula[@name='operativeLeadIn']", NS) is None


ITEMS_AROUND_TEXT = """Resolution 2801 (2025) of 30 June 2025

*The Security Council*,

*Recalling* its resolution 2693 (2023),

1. *Calls upon* all parties to:

— Respect the ceasefire;

A Chapter 9.1 of the Ceasefire Agreement;

— Allow humanitarian access;

2. *Decides* to remain seized of the matter.
"""


def test_text_between_dash_items_stays_between_them(tmp_path):
    root, warnings = converted(tmp_path, ITEMS_AROUND_TEXT)
    items = root.xpath("//a:paragraph[@eId='para_1']//a:item", namespaces=NS)
    assert [" ".join("".join(i.find("a:p", NS).itertext()).split()) for i in items] == [
        "Respect the ceasefire; A Chapter 9.1 of the Ceasefire Agreement;", "Allow humanitarian access;"]


@pytest.mark.parametrize("count", [21, 39])
def test_roman_sub_points_past_twenty_are_in_order(count):
    from akn_convert.organs import to_roman
    from akn_convert.pipeline import Options, convert_text

    subs = "\n\n".join(f"({to_roman(i).lower()}) Item {i};" for i in range(1, count + 1))
    text = (f"*The General Assembly*,\n\n*Recalling* its resolution 61/144,\n\n1. *Decides*:\n\n(a) To list:\n\n"
            f"{subs}\n\n(b) To act.\n\n2. *Decides* to remain seized of the matter.\n")
    result = convert_text(text, Options(shape="clean", symbol="A/RES/78/11", meta={"date": "2023-12-01"}))
    assert result.warnings == []
    root = etree.fromstring(result.xml)
    labels = root.xpath("//a:point[@eId='para_1__list_1__point_a']//a:point/a:num/text()", namespaces=NS)
    assert labels == [f"({to_roman(i).lower()})" for i in range(1, count + 1)]
    assert root.xpath("//a:point/@eId", namespaces=NS)[-2:] == [
        f"para_1__list_1__point_a__list_1__point_{to_roman(count).lower()}", "para_1__list_1__point_b"]

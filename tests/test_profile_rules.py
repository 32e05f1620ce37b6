"""Each profile rule (xsd/akn4un-profile.sch) fires on a document that breaks it, and only then."""

from __future__ import annotations

import pytest
from lxml import etree

from conftest import NS


def _mutate(result, change):
    root = etree.fromstring(result.xml)
    change(root)
    return etree.ElementTree(etree.fromstring(etree.tostring(root)))


def _set(xpath, attr, value):
    def change(root):
        root.xpath(xpath, namespaces=NS)[0].set(attr, value)
    return change


def _text(xpath, value):
    def change(root):
        root.xpath(xpath, namespaces=NS)[0].text = value
    return change


CASES = [
    (_set("//a:statement", "name", "report"), "statement/@name is \"report\""),
    (_set("//a:FRBRWork/a:FRBRthis", "value", "/akn/un/x/!main"), "FRBRWork/FRBRthis must be the work IRI"),
    (_set("//a:FRBRExpression/a:FRBRlanguage", "language", "deu"), "FRBRlanguage \"deu\" is not one of"),
    (_set("//a:FRBRExpression/a:FRBRuri", "value", "/akn/un/other"), "the expression IRI must be the work IRI"),
    (_set("//a:FRBRManifestation/a:FRBRdate", "date", "2026-11-26"), "the manifestation date must be the expression date"),
    (_text("//a:docNumber", "CTOC/COP/2020/L.7"), "docNumber \"CTOC/COP/2020/L.7\" differs from FRBRnumber/@showAs"),
    (_set("//a:docProponent", "refersTo", "#nobody"), "refersTo=\"#nobody\" on docProponent names no entry"),
    (_set("//a:FRBRWork/a:FRBRauthor", "href", "#un-nobody"), "href=\"#un-nobody\" on FRBRauthor names no eId"),
    (_set("//a:references", "source", "#someone"), "source=\"#someone\" on references names no entry of meta/references"),
    (_set("//a:identification", "source", "akn-convert"), "source=\"akn-convert\" on identification names no entry"),
    (_set("//a:recital[3]", "eId", "recs_1__rec_30"), "recital eId \"recs_1__rec_30\" should be recs_1__rec_3"),
    (_set("//a:paragraph[5]", "eId", "para_50"), "paragraph eId \"para_50\" does not follow its number \"5.\""),
    (_set("//a:point[2]", "eId", "point_b"), "point eId \"point_b\" must extend its list's eId"),
    (_set("//a:mainBody//a:list", "eId", "list_1"), "list eId \"list_1\" must extend its parent's eId"),
    (_set("//a:authorialNote[@marker='1']", "eId", "note_1"), "note eId \"note_1\" must extend the eId"),
    (_set("//a:authorialNote[@marker='*']", "eId", "star"), "the sponsors' note has eId authorialNote_star"),
]


def test_reference_output_has_no_profile_problem(clean_result):
    from akn_convert.validate.profile import check

    assert check(etree.ElementTree(etree.fromstring(clean_result.xml))) == []


@pytest.mark.parametrize("change, message", CASES, ids=[m[:40] for _, m in CASES])
def test_rule_fires(clean_result, change, message):
    from akn_convert.validate.profile import check

    problems = check(_mutate(clean_result, change))
    errors = [p.message for p in problems if p.severity == "error"]
    assert any(message in e for e in errors), errors


def test_duplicate_eid_is_an_error(clean_result):
    from akn_convert.validate.profile import check

    problems = check(_mutate(clean_result, _set("//a:paragraph[2]", "eId", "para_1")))
    assert any('eId "para_1" is used more than once' in p.message for p in problems)


def test_numbering_gap_is_a_warning_not_an_error(clean_result):
    from akn_convert.validate.profile import check

    problems = check(_mutate(clean_result, lambda root: (
        _text("//a:paragraph[5]/a:num", "6.")(root), _set("//a:paragraph[5]", "eId", "para_6-2")(root))))
    assert [(p.severity, p.message) for p in problems] == [
        ("warning", "paragraph 6. follows paragraph 4.: numbering has a gap or a repeat"),
        ("warning", "paragraph 6. follows paragraph 6.: numbering has a gap or a repeat"),
    ]
    assert problems[0].line and problems[0].path.endswith("paragraph[5] (eId para_6-2)")

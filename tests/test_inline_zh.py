"""Chinese references: the keyword follows the number ("大会2024年12月17日第79/999号决议",
"其第5/2号决定", "安全理事会第2331（2016）号决议"), read from the language's ``numbered``
pattern; the organ named right before (a date may stand between), else the document's own with
the possessive "其", else the one the number's form names.  Texts written here."""

from __future__ import annotations

from lxml import etree

from akn_convert.pipeline import Options, convert_text
from akn_convert.validate.files import validate_bytes
from conftest import NS

DELIB = "/akn/un/statement/deliberation"

TEXT = """预防犯罪和刑事司法委员会，

*回顾*大会2024年12月17日第79/999号决议和安全理事会第2331（2016）号决议，

*又回顾*其2023年5月26日第32/1号决议和其第5/2号决定，

*注意到*第2024/15号决议以及第12号报告，

1. *请*秘书长就第79/999号决议的执行情况提出报告；

2. *决定*继续处理这一问题。
"""


def test_number_first_references_with_their_organ_date_and_iri():
    result = convert_text(TEXT, Options(shape="clean", lang="zh", symbol="E/CN.15/2025/L.98",
                                        meta={"date": "2025-05-21"}))
    assert [p for p in validate_bytes(result.xml) if p.severity == "error"] == []
    root = etree.fromstring(result.xml)
    refs = [(r.get("eId"), r.text, r.get("href")) for r in root.xpath("//a:ref", namespaces=NS)]
    assert refs == [
        ("recs_1__rec_1__ref_1", "第79/999号决议", f"{DELIB}/un-ga/2024-12-17/79-999"),
        ("recs_1__rec_1__ref_2", "第2331（2016）号决议", f"{DELIB}/un-sc/2016/2331"),
        # "其" (its): the Commission's own resolution and decision
        ("recs_1__rec_2__ref_1", "第32/1号决议", f"{DELIB}/un-ccpcj/2023-05-26/32-1"),
        ("recs_1__rec_2__ref_2", "第5/2号决定", f"{DELIB}/un-ccpcj/5-2"),
        # an ECOSOC number form names its organ
        ("recs_1__rec_3__ref_1", "第2024/15号决议", f"{DELIB}/un-ecosoc/2024/2024-15"),
        # cited again with no date: the IRI of the work as dated in the preamble
        ("para_1__ref_1", "第79/999号决议", f"{DELIB}/un-ga/2024-12-17/79-999"),
    ]
    # "第12号报告" is a report, not a reference; the organs and the dates are marked beside the refs
    assert "第12号报告" in "".join(root.find(".//a:recital[3]", NS).itertext())
    assert root.xpath("//a:recital[1]//a:organization/@refersTo", namespaces=NS) == ["#un-ga", "#un-sc"]
    assert root.xpath("//a:recital//a:date/@date", namespaces=NS) == ["2024-12-17", "2023-05-26"]

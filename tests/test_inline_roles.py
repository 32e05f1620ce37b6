"""Roles: the offices resolutions address ("the Secretary-General", "le Secrétaire général",
"Генеральному секретарю", "الأمين العام") as ``role`` elements, each resolving to a TLCRole of
meta/references.  Longer ranks are taken whole ("Deputy Secretary-General" is not the
Secretary-General), and a role inside a body's name stays the body's ("Office of the United
Nations High Commissioner for Human Rights").  Texts written here."""

from __future__ import annotations

import pytest
from lxml import etree

from akn_convert.pipeline import Options, convert_text
from akn_convert.validate.files import validate_bytes
from akn_convert.writers.html import render
from conftest import NS


def convert(text: str, lang: str, symbol: str = "A/RES/75/998"):
    result = convert_text(text, Options(shape="clean", symbol=symbol, lang=lang, meta={"date": "2020-12-18"}))
    assert [p for p in validate_bytes(result.xml) if p.severity == "error"] == []
    return result, etree.fromstring(result.xml)


def roles(root) -> list[tuple[str, str]]:
    """(text, refersTo) of every role, each resolving to a TLCRole of meta/references."""
    known = {r.get("eId"): r for r in root.xpath("//a:references/a:TLCRole", namespaces=NS)}
    out = []
    for r in root.xpath("//a:role", namespaces=NS):
        entry = known[r.get("refersTo")[1:]]
        assert entry.get("href") == "/ontology/role/un/" + r.get("refersTo")[1:]
        out.append((" ".join("".join(r.itertext()).split()), r.get("refersTo")))
    return out


EN = """*The General Assembly,*

*Noting* the report of the Secretary-General and the briefing by the Deputy Secretary-General,

*Welcoming* the work of the Office of the United Nations High Commissioner for Human Rights and of the High Commissioner for Human Rights,

1. *Requests* the Secretary-General to report to it, through the Under-Secretary-General for Legal Affairs and an Assistant Secretary-General, at its seventy-sixth session;

2. *Decides* to remain seized of the matter.
"""


def test_english_roles_and_their_tlc_entries():
    result, root = convert(EN, "en")
    assert roles(root) == [
        ("Secretary-General", "#secretary-general"),
        ("Deputy Secretary-General", "#deputy-secretary-general"),
        ("High Commissioner for Human Rights", "#high-commissioner-human-rights"),
        ("Secretary-General", "#secretary-general"),
        ("Under-Secretary-General", "#under-secretary-general"),
        ("Assistant Secretary-General", "#assistant-secretary-general"),
    ]
    tlc = {r.get("eId"): r.get("showAs") for r in root.xpath("//a:references/a:TLCRole", namespaces=NS)}
    assert tlc["secretary-general"] == "Secretary-General"
    # the Office is a body: the High Commissioner inside its name is not a role of its own
    office = root.xpath("//a:organization[@refersTo='#un-ohchr']", namespaces=NS)
    assert [o.xpath("string()") for o in office] == ["Office of the United Nations High Commissioner for Human Rights"]
    # the operative paragraph's role stands inside the paragraph, where its eId says
    assert root.xpath("//a:paragraph[@eId='para_1']//a:role/@refersTo", namespaces=NS)[0] == "#secretary-general"
    # the refs report lists them
    assert [(r.kind, r.what, r.target) for r in result.recognised if r.kind == "role"][0] == \
        ("role", "role", "#secretary-general")


def test_roles_in_the_html_rendition():
    _, root = convert(EN, "en")
    page = etree.HTML(render(etree.tostring(root)))
    marked = page.xpath("//span[@class='akn-role']")
    assert [(" ".join("".join(m.itertext()).split()), m.get("data-refers-to")) for m in marked][:2] == [
        ("Secretary-General", "#secretary-general"), ("Deputy Secretary-General", "#deputy-secretary-general")]


@pytest.mark.parametrize("lang, text, expected", [
    ("fr", "*L'Assemblée générale,*\n\n*Prenant note* du rapport du Secrétaire général adjoint,\n\n"
           "1. *Prie* le Secrétaire général de lui faire rapport.\n",
     [("Secrétaire général adjoint", "#under-secretary-general"), ("Secrétaire général", "#secretary-general")]),
    ("es", "*La Asamblea General,*\n\n*Tomando nota* del informe del Secretario General,\n\n"
           "1. *Solicita* al Vicesecretario General que informe.\n",
     [("Secretario General", "#secretary-general"), ("Vicesecretario General", "#deputy-secretary-general")]),
    ("ru", "*Генеральная Ассамблея,*\n\n*принимая к сведению* доклад Генерального секретаря,\n\n"
           "1. *просит* Генерального секретаря и первого заместителя Генерального секретаря представить доклад.\n",
     [("Генерального секретаря", "#secretary-general"), ("Генерального секретаря", "#secretary-general"),
      ("первого заместителя Генерального секретаря", "#deputy-secretary-general")]),
    ("ar", "إن الجمعية العامة،\n\nإذ تحيط علما بتقرير الأمين العام،\n\n"
           "1 - تطلب إلى الأمين العام المساعد أن يقدم تقريرا.\n",
     [("الأمين العام", "#secretary-general"), ("الأمين العام المساعد", "#assistant-secretary-general")]),
])
def test_roles_in_other_languages(lang, text, expected):
    _, root = convert(text, lang)
    assert roles(root) == expected


ZH = """大会，

*回顾*大会2024年12月17日第79/999号决议，

*注意到*秘书长的报告以及常务副秘书长和副秘书长的说明，

*欢迎*联合国人权事务高级专员的工作，

1. *请*联合国毒品和犯罪问题办公室和秘书长在第八十届会议上提出报告；

2. *决定*继续处理这一问题。
"""


def test_chinese_names_stand_between_any_characters():
    """No spaces in Chinese: "大会2024年…" names the General Assembly, "秘书长的报告" the
    Secretary-General; the longer rank is taken whole ("常务副秘书长", "副秘书长")."""
    result, root = convert(ZH, "zh")
    assert roles(root) == [
        ("秘书长", "#secretary-general"), ("常务副秘书长", "#deputy-secretary-general"),
        ("副秘书长", "#under-secretary-general"), ("联合国人权事务高级专员", "#high-commissioner-human-rights"),
        ("秘书长", "#secretary-general")]
    orgs = [(o.text, o.get("refersTo")) for o in root.xpath("//a:preamble//a:organization | //a:mainBody//a:organization",
                                                           namespaces=NS)]
    # "联合国" in the High Commissioner's title is part of it, not the Organization
    assert orgs == [("大会", "#un-ga"), ("大会", "#un-ga"), ("联合国毒品和犯罪问题办公室", "#un-unodc")]
    assert root.xpath("//a:recital[1]//a:date/@date", namespaces=NS) == ["2024-12-17"]


def test_short_lines_with_markdown_italics_are_the_clean_shape():
    """Chinese paragraphs are short lines: the italic openers tell the clean shape all the same."""
    from akn_convert.readers import detect_shape

    assert detect_shape(ZH) == "clean"
    # a PDF's barcode line is no italic opener
    assert detect_shape("*1818418*\n\nThe General Assembly,\n\n*1818419*\n") == "pdf"

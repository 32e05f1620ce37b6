"""A subsidiary body's masthead names its principal organ first ("Assemblée générale" above
"Conseil des droits de l'homme", "经济及社会理事会" above the Commission): the principal organ
stays on the cover page, before the body's ``docAuthority``, as an ``organization``; the HTML
puts it at the head of the masthead and the body's name at the head of the preface."""

from __future__ import annotations

import pytest
from lxml import etree, html

from conftest import NS, convert_lang, texts, xml


@pytest.mark.parametrize("name, parent, actor, body", [
    ("A-HRC-55-L.12.fr.clean.txt", "Assemblée générale", "un-ga", "Conseil des droits de l'homme"),
    ("A-HRC-55-L.12.fr.pdf.txt", "Assemblée générale", "un-ga", "Conseil des droits de l'homme"),
    ("A-HRC-RES-58-99.en.pdf.txt", "General Assembly", "un-ga", "Human Rights Council"),
    ("E-CN.15-2025-L.99-Rev.1.zh.clean.txt", "经济及社会理事会", "un-ecosoc", "预防犯罪和刑事司法委员会"),
])
def test_the_principal_organ_stays_on_the_cover_page(name, parent, actor, body):
    root = xml(convert_lang(name))
    organ = root.find(".//a:coverPage/a:container[@name='organ']", NS)
    assert [("".join(p.itertext()), p[0].tag.split("}")[1], p[0].get("refersTo")) for p in organ] == [
        (parent, "organization", f"#{actor}"), (body, "docAuthority", root.find(".//a:docAuthority", NS).get("refersTo"))]
    assert root.xpath(f"//a:TLCOrganization[@eId='{actor}']/@showAs", namespaces=NS) == [parent]
    assert parent not in texts(root, "//a:preface/a:p")  # no longer a stray line after the agenda item


def test_the_html_masthead_shows_the_principal_organ_and_the_preface_the_body():
    from akn_convert.writers.html import render

    page = html.fromstring(render(convert_lang("A-HRC-55-L.12.fr.clean.txt").xml))
    assert [" ".join(p.text_content().split()) for p in page.cssselect(".masthead .organ")] == ["Assemblée générale"]
    preface = page.cssselect(".preface > p")
    assert (preface[0].get("class"), preface[0].text_content()) == ("line docAuthority", "Conseil des droits de l'homme")
    assert preface[1].text_content() == "Cinquante-cinquième session"
    assert "Assemblée générale" not in page.cssselect(".masthead .distribution")[0].text_content()


def test_without_a_principal_organ_the_masthead_shows_the_body():
    from akn_convert.writers.html import render

    result = convert_lang("S-RES-2745-2024.en.clean.txt")
    root = etree.fromstring(result.xml)
    assert root.findall(".//a:coverPage//a:organization", NS) == []
    page = html.fromstring(render(result.xml))
    assert page.cssselect(".preface .docAuthority") == []

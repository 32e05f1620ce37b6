"""The HTML rendition of the reference input (both shapes) and of other AKN documents: the
structure of the page, its anchors and links, read back with an HTML parser."""

from __future__ import annotations


import lxml.html
import pytest
from lxml import etree

from conftest import DATA, NS, xml

ARABIC = DATA / "render-sample.ara.xml"
MINIMAL = DATA / "render-minimal.xml"


def page(html: str):
    return lxml.html.document_fromstring(html)


@pytest.fixture(scope="module")
def rendered(result):
    from akn_convert.writers.html import render

    return result, page(render(result.xml))


def flat(el) -> str:
    return " ".join(el.text_content().split()).replace("\u2019", "'")


def test_counts(rendered):
    _, doc = rendered
    assert len(doc.find_class("recital")) == 22
    assert len(doc.cssselect(".operative > .paragraph")) == 17
    assert len(doc.find_class("point")) == 11
    assert len(doc.cssselect(".notes li.note")) == 5
    assert [flat(m) for m in doc.cssselect(".note .note-marker")] == ["*", "1", "2", "3", "4"]


def test_language_and_landmarks(rendered):
    _, doc = rendered
    assert doc.get("lang") == "fr" and doc.get("dir") == "ltr"
    assert len(doc.cssselect("body > header.masthead")) == 1
    assert len(doc.cssselect("body > main#text")) == 1
    assert len(doc.cssselect("body > footer")) == 1
    assert [flat(h) for h in doc.cssselect("main h2")] == ["Préambule", "Dispositif", "Notes"]
    for section in doc.cssselect("main section[aria-labelledby]"):
        assert doc.get_element_by_id(section.get("aria-labelledby")).tag == "h2"


def test_masthead_and_cover(rendered):
    _, doc = rendered
    assert flat(doc.cssselect(".masthead .un-name")[0]) == "Nations Unies"
    assert flat(doc.cssselect(".masthead .symbol")[0]) == "CTOC/COP/2020/L.6/Rev.1"
    assert doc.findtext(".//title").startswith("CTOC/COP/2020/L.6/Rev.1 – Application effective du Protocole")
    organ = flat(doc.cssselect(".masthead .organ")[0])
    assert organ == "Conférence des Parties à la Convention des Nations Unies contre la criminalité transnationale organisée"


def test_cover_fields_of_the_clean_shape(clean_result):
    from akn_convert.writers.html import render

    doc = page(render(clean_result.xml))
    distribution = [flat(p) for p in doc.cssselect(".masthead .distribution p")]
    assert distribution == ["Distr. limitée", "15 octobre 2020", "Français", "Original : anglais"]
    assert doc.cssselect(".distribution time.akn-docDate")[0].get("datetime") == "2020-10-15"
    assert flat(doc.cssselect(".preface .session")[0]) == "Dixième session"
    place = doc.cssselect(".preface .line.location")[0]
    assert [t.get("datetime") for t in place.cssselect("time.akn-date")] == ["2020-10-12", "2020-10-16"]
    assert flat(doc.cssselect(".preface .agendaItem")[0]) == "Point 2 b) de l'ordre du jour"
    assert flat(doc.cssselect(".preface .agendaItemTitle")[0]).startswith("Examen de l'application")
    sponsors = doc.cssselect(".preface .line.docProponent")[0]
    assert flat(sponsors.cssselect(".akn-docProponent")[0]).startswith("Australie, Belarus, Brésil")
    assert flat(sponsors.cssselect(".akn-docStage")[0]) == "projet de résolution révisé"
    # the sponsors' note marker links to the note, and the note back to it
    star = sponsors.cssselect("sup.noteref a")[0]
    assert flat(star) == "*" and star.get("href") == "#authorialNote_star"


def test_title_is_the_one_h1(rendered):
    _, doc = rendered
    h1 = doc.cssselect("h1")
    assert len(h1) == 1 and "title" in h1[0].get("class")
    assert flat(h1[0]).startswith("Application effective du Protocole visant à prévenir")


def test_formula_and_italic_opening_words(clean_result):
    """Italics as the input has them (the clean shape has; PDF-extracted text has none)."""
    from akn_convert.writers.html import render

    doc = page(render(clean_result.xml))
    formula = doc.get_element_by_id("formula_1")
    assert flat(formula).startswith("La Conférence des Parties") and formula.cssselect("p > i")
    openings = [flat(r.cssselect("p > i")[0]) for r in doc.find_class("recital")]
    assert openings[:3] == ["Rappelant", "Rappelant également", "Se félicitant"]


def test_anchors_are_the_eids(rendered):
    result, doc = rendered
    root = xml(result)
    for kind, css in (("recital", ".recital"), ("paragraph", ".paragraph"), ("point", ".point")):
        eids = [e.get("eId") for e in root.iterfind(f".//a:{kind}", NS)]
        assert [e.get("id") for e in doc.cssselect(css)] == eids
    point = doc.get_element_by_id("para_13__list_1__point_c")
    assert flat(point.cssselect(".num")[0]) == "c)"
    assert flat(point.cssselect(".text")[0]).startswith("Envisager de prendre des mesures")


def test_paragraph_numbers_hang_beside_their_text(rendered):
    _, doc = rendered
    para = doc.get_element_by_id("para_13")
    assert [c.get("class") for c in para] == ["num", "text"]
    assert flat(para[0]) == "13."
    assert flat(para.cssselect(".intro")[0]).startswith("Encourage")
    assert [flat(n) for n in para.cssselect(".point > .num")] == [f"{c})" for c in "abcdefghijk"]


def test_ids_are_unique(rendered):
    _, doc = rendered
    ids = [e.get("id") for e in doc.iter() if e.get("id")]
    assert len(ids) == len(set(ids))


def test_every_internal_link_resolves_and_notes_link_both_ways(rendered):
    result, doc = rendered
    internal = [a.get("href") for a in doc.iter("a") if (a.get("href") or "").startswith("#")]
    assert internal
    for href in internal:
        assert doc.get_element_by_id(href[1:], None) is not None, href
    root = xml(result)
    notes = root.findall(".//a:authorialNote", NS)
    for note in notes:
        eid = note.get("eId")
        item = doc.get_element_by_id(eid)
        back = item.cssselect(".note-marker")[0]
        marker = doc.get_element_by_id(back.get("href")[1:])
        assert marker.get("href") == "#" + eid
        assert flat(marker) == flat(back) == note.get("marker")
        assert flat(item.cssselect(".note-text")[0]) == " ".join("".join(note.itertext()).split()).replace("\u2019", "'")
    assert not doc.cssselect("main .recital p p, main .paragraph p p")  # notes leave the running text


def test_semantic_inlines_keep_their_count(rendered):
    """Whatever inline semantics the AKN has, the page has them all, marked for styling."""
    result, doc = rendered
    root = xml(result)
    assert len(doc.cssselect("a.akn-ref")) == len(root.findall(".//a:ref", NS))
    assert len(doc.cssselect(".akn-date")) == len(root.findall(".//a:date", NS))
    assert len(doc.cssselect(".akn-organization")) == len(root.findall(".//a:organization", NS))
    assert len(doc.cssselect(".akn-location")) == len(root.findall(".//a:location", NS))
    for a in doc.cssselect("a.akn-ref"):
        assert a.get("href") and a.get("data-akn-href")


# ------------------------------------------------------------------ other AKN documents


@pytest.fixture(scope="module")
def arabic():
    from akn_convert.writers.html import render

    return page(render(ARABIC.read_bytes()))


def test_arabic_is_right_to_left(arabic):
    assert arabic.get("lang") == "ar" and arabic.get("dir") == "rtl"
    assert flat(arabic.cssselect(".un-name")[0]) == "الأمم المتحدة"
    symbol = arabic.cssselect(".symbol")[0]
    assert flat(symbol) == "A/RES/74/176" and symbol.get("dir") == "ltr"
    assert [flat(h) for h in arabic.cssselect("main h2")] == ["الديباجة", "المنطوق", "الحواشي"]


def test_refs_link_to_the_un_resolver_or_keep_their_iri(arabic):
    links = {flat(a): (a.get("href"), a.get("data-akn-href")) for a in arabic.cssselect("a.akn-ref")}
    assert links["61/144"] == ("https://undocs.org/ar/A/RES/61/144",
                               "/akn/un/statement/deliberation/un-ga/2006-12-19/61-144")
    assert links["2331 (2016)"][0] == "https://undocs.org/ar/S/RES/2331(2016)"  # a ref inside a note
    treaty = "/akn/un/treaty/2000-11-15/untoc/!main#art_32"
    assert links["المادة 32 من الاتفاقية"] == (treaty, treaty)
    assert links["1"] == ("#para_1", "#para_1")


def test_iri_base_prefixes_iris_without_a_symbol():
    from akn_convert.writers.html import render

    doc = page(render(ARABIC.read_bytes(), iri_base="https://akn.example.org/"))
    hrefs = {a.get("data-akn-href"): a.get("href") for a in doc.cssselect("a.akn-ref")}
    assert hrefs["/akn/un/treaty/2000-11-15/untoc/!main#art_32"] == \
        "https://akn.example.org/akn/un/treaty/2000-11-15/untoc/!main#art_32"
    assert hrefs["/akn/un/statement/deliberation/un-ga/2006-12-19/61-144"].startswith("https://undocs.org/")


def test_dates_and_organizations_are_marked(arabic):
    assert [t.get("datetime") for t in arabic.cssselect("main time.akn-date")] == ["2006-12-19"]
    orgs = arabic.cssselect("span.akn-organization")
    assert [o.get("data-refers-to") for o in orgs] == ["#un-ga", "#un-unodc"]
    assert orgs[1].get("title") is None  # the name is the text already
    assert flat(arabic.cssselect(".akn-docAuthority")[0]) == "الجمعية العامة"


def test_a_document_with_missing_parts_still_renders():
    """No cover page, preface, preamble or language; a headed section; a note with neither
    eId nor marker; a repeated eId; an unknown inline element; script links."""
    from akn_convert.writers.html import render

    doc = page(render(MINIMAL.read_bytes()))
    assert doc.get("lang") == "und" and doc.get("dir") == "ltr"
    h1 = doc.cssselect("h1")
    assert len(h1) == 1 and flat(h1[0]) == "S/RES/9999 (2030)"  # from FRBRnumber/@showAs
    assert flat(doc.cssselect(".masthead .organ")[0]) == "Security Council"  # from the TLC of FRBRauthor
    assert flat(doc.cssselect("section.section > h3.heading")[0]) == "I Measures"  # under the h2 of its part
    ids = [e.get("id") for e in doc.iter() if e.get("id")]
    assert len(ids) == len(set(ids)) and ids.count("para_1") == 1
    notes = doc.cssselect(".notes li.note")
    assert [flat(n.cssselect(".note-marker")[0]) for n in notes] == ["1"]
    assert doc.get_element_by_id(notes[0].cssselect(".note-marker")[0].get("href")[1:]) is not None
    assert flat(doc.cssselect(".akn-mystery")[0]) == "unknown inline"
    assert doc.cssselect("a.akn-ref.unresolved")[0].get("href") is None  # "#nowhere" is not in the page
    links = {flat(a): a.get("href") for a in doc.iter("a") if flat(a) in {"a", "b", "c"}}
    assert links == {"a": None, "b": None, "c": "https://www.un.org/"}  # no javascript: links


def test_not_an_akn_document_is_one_line_error(tmp_path):
    from akn_convert.errors import InputError
    from akn_convert.writers.html import render, render_file

    with pytest.raises(InputError, match="not an Akoma Ntoso 3.0 document"):
        render(b"<html/>")
    with pytest.raises(InputError, match="not well-formed XML"):
        render(b"<akomaNtoso")
    bad = tmp_path / "x.xml"
    bad.write_bytes(b"<?xml version='1.0'?><!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>")
    with pytest.raises(InputError) as info:
        render_file(bad)
    assert str(info.value).startswith(f"{bad}: the file declares a DTD") and "\n" not in str(info.value)
    from akn_convert.aknfile import read_akn

    with pytest.raises(InputError, match="over the limit of 0.00095 MB"):
        read_akn(ARABIC, max_bytes=1000)


def test_render_accepts_bytes_element_and_tree(clean_result):
    from akn_convert.writers.html import render

    root = etree.fromstring(clean_result.xml)
    assert render(clean_result.xml) == render(root) == render(root.getroottree())


def test_the_stylesheet_runs_without_akn_convert():
    """Any XSLT 1.0 processor can run templates/akn-html.xsl: without akn-convert's extension
    function refs keep their IRIs, without the css parameter the page links un.css."""
    from importlib import resources

    with resources.as_file(resources.files("akn_convert.templates") / "akn-html.xsl") as xsl:
        transform = etree.XSLT(etree.parse(str(xsl)))
    doc = page(str(transform(etree.parse(str(ARABIC)))))
    assert doc.get("dir") == "rtl" and flat(doc.cssselect(".un-name")[0]) == "الأمم المتحدة"
    assert doc.cssselect("link[rel=stylesheet]")[0].get("href") == "un.css"
    for a in doc.cssselect("a.akn-ref"):
        assert a.get("href") == a.get("data-akn-href")

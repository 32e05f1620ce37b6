"""Where a ref's AKN IRI links to: the UN's document resolver for IRIs that carry a symbol."""

from __future__ import annotations

import pytest

from akn_convert.writers.links import resolve, symbol_of

D = "/akn/un/statement/deliberation"


@pytest.mark.parametrize("iri, symbol", [
    (f"{D}/un-ga/2006-12-19/61-144", "A/RES/61/144"),
    (f"{D}/un-ga/61-144", "A/RES/61/144"),
    (f"{D}/un-ga/2006-12-19/61-144#para_13", "A/RES/61/144"),
    (f"{D}/un-sc/2016/2331", "S/RES/2331 (2016)"),
    (f"{D}/un-sc/2016-12-20/2331", "S/RES/2331 (2016)"),
    (f"{D}/un-ecosoc/2013/2013-41", "E/RES/2013/41"),
    (f"{D}/un-hrc/2020-06-19/43-1", "A/HRC/RES/43/1"),
    (f"{D}/un-ctoc-cop/2020-10-15/CTOC-COP-2020-L.6-Rev.1", "CTOC/COP/2020/L.6/Rev.1"),
    (f"{D}/un-ga/2020-10-15/CTOC-COP-2020-L.6-Rev.1/fra@2020-10-15/!main", "CTOC/COP/2020/L.6/Rev.1"),
    (f"{D}/un-sc/1967/S-RES-242_1967", "S/RES/242 (1967)"),
    (f"{D}/un-ga/2017-12-21/ES-10-19", "A/RES/ES-10/19"),  # emergency special session
    (f"{D}/un-hrc/2021-05-27/S-30-1", "A/HRC/RES/S-30/1"),  # special session
    (f"{D}/un-ga/S-26-2", "A/RES/S-26/2"),
])
def test_symbol_of(iri, symbol):
    assert symbol_of(iri) == symbol


@pytest.mark.parametrize("iri", [
    f"{D}/un-sc/2331",                 # a Security Council number needs its year
    f"{D}/un-ctoc-cop/2008-10-17/4-4",  # decisions of a conference are in its report
    f"{D}/un-ccpcj/2011/20-3",
    "/akn/un/treaty/2000-11-15/untoc/!main#art_32",
    f"{D}/un-ga",
])
def test_no_symbol(iri):
    assert symbol_of(iri) is None


def test_resolve():
    assert resolve(f"{D}/un-ga/2006-12-19/61-144", "fra") == "https://undocs.org/fr/A/RES/61/144"
    assert resolve(f"{D}/un-sc/2016/2331", "eng") == "https://undocs.org/en/S/RES/2331(2016)"
    assert resolve(f"{D}/un-sc/2016/2331", "xyz") == "https://undocs.org/en/S/RES/2331(2016)"
    treaty = "/akn/un/treaty/2000-11-15/untoc/!main#art_32"
    assert resolve(treaty) == treaty
    assert resolve(treaty, iri_base="https://akn.example.org/") == "https://akn.example.org" + treaty
    assert resolve("#para_3", iri_base="https://x.org") == "#para_3"
    assert resolve("https://www.un.org/") == "https://www.un.org/"


def test_a_decision_is_linked_as_a_decision():
    iri = f"{D}/un-ga/2022-12-29/77-555"
    assert symbol_of(iri, decision=True) == "A/DEC/77/555"
    assert resolve(iri, "eng", classes="decision") == "https://undocs.org/en/A/DEC/77/555"
    assert resolve(iri, "eng", classes="") == "https://undocs.org/en/A/RES/77/555"
    assert symbol_of(f"{D}/un-hrc/2023-04-04/52-101", decision=True) == "A/HRC/DEC/52/101"
    assert symbol_of(f"{D}/un-ecosoc/2023/2023-201", decision=True) == "E/DEC/2023/201"
    assert symbol_of(f"{D}/un-sc/2016/2331", decision=True) is None  # (the Council numbers no decisions)
    assert symbol_of(f"{D}/un-ctoc-cop/2008-10-17/4-4", decision=True) is None  # in the Conference's report
    draft = f"{D}/un-ga/2023-11-01/A-78-L.5"  # a draft decision has its own symbol
    assert resolve(draft, "eng", classes="decision") == "https://undocs.org/en/A/78/L.5"


def test_the_page_links_a_decision_and_a_special_sessions_resolution_by_their_symbols():
    from lxml import etree

    from akn_convert.pipeline import Options, convert_text
    from akn_convert.writers.html import render

    text = ("*The General Assembly*,\n\n*Recalling* its decision 77/555 of 29 December 2022, its resolution "
            "ES-10/19 of 21 December 2017 and Human Rights Council resolution S-30/1 of 27 May 2021,\n\n"
            "1. *Decides* to remain seized of the matter.\n")
    xml = convert_text(text, Options(shape="clean", symbol="A/RES/78/11", meta={"date": "2023-12-01"})).xml
    refs = etree.fromstring(xml).xpath("//a:ref", namespaces={"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"})
    assert [r.get("class") for r in refs] == ["decision", None, None]
    page = etree.fromstring(render(xml).encode(), etree.HTMLParser())
    links = [(a.get("data-akn-href"), a.get("href")) for a in page.iter("a") if a.get("data-akn-href")]
    assert links == [(f"{D}/un-ga/2022-12-29/77-555", "https://undocs.org/en/A/DEC/77/555"),
                     (f"{D}/un-ga/2017-12-21/ES-10-19", "https://undocs.org/en/A/RES/ES-10/19"),
                     (f"{D}/un-hrc/2021-05-27/S-30-1", "https://undocs.org/en/A/HRC/RES/S-30/1")]

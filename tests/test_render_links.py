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

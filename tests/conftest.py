"""Shared fixtures: the reference inputs (copied from ../shared/seeds into tests/data)."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
CLEAN = DATA / "CTOC-COP-2020-L.6-Rev.1.fr.clean.txt"
PDF = DATA / "CTOC-COP-2020-L.6-Rev.1.fr.pdf-extracted.txt"
SYMBOL = "CTOC/COP/2020/L.6/Rev.1"


@pytest.fixture(scope="session")
def clean_result():
    from akn_convert.pipeline import Options, convert_file

    return convert_file(CLEAN, Options(symbol=SYMBOL))


@pytest.fixture(scope="session")
def pdf_result():
    from akn_convert.pipeline import Options, convert_file

    return convert_file(PDF, Options(symbol=SYMBOL))


@pytest.fixture(scope="session", params=["clean", "pdf"])
def result(request, clean_result, pdf_result):
    return clean_result if request.param == "clean" else pdf_result


def xml(result):
    from lxml import etree

    return etree.fromstring(result.xml)


NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


# --------------------------------------------------------------------------- languages (issue 6)

LANG_DATA = DATA / "lang"  # resolutions written for the tests, one or more per language
CORPUS = DATA / "corpus"  # real UN resolutions with a hand-counted MANIFEST.tsv


def convert_lang(name: str, **options):
    """Convert a test resolution of ``tests/data/lang`` (language and shape detected)."""
    from akn_convert.pipeline import Options, convert_file

    return convert_file(LANG_DATA / name, Options(**options))


def texts(root, path: str) -> list[str]:
    """The normalised text of each element ``path`` selects (namespace prefix ``a``)."""
    return [" ".join("".join(el.itertext()).split()) for el in root.xpath(path, namespaces=NS)]

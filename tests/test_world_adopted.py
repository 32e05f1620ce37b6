"""Adopted resolutions and an HRC draft in Spanish, Russian, Arabic and Chinese, written for the
tests in each language's UN style (GA texts in both shapes): structure, identity, and what the
PDF shape's page furniture, footnote markers and the languages' own forms must not change."""

from __future__ import annotations

import pytest

from conftest import NS, convert_lang, texts, xml

BASE = "/akn/un/statement/deliberation"
BOTH = ("A-RES-79-312.es", "A-RES-79-318.ru", "A-RES-79-320.ar", "A-RES-79-325.zh")


def eids(root) -> list[str]:
    return root.xpath("//a:recital/@eId|//a:paragraph/@eId|//a:point/@eId|//a:authorialNote/@eId",
                      namespaces=NS)


def refs(root) -> list[tuple[str, str]]:
    return [(" ".join("".join(r.itertext()).split()), r.get("href")) for r in root.iterfind(".//a:ref", NS)]


@pytest.mark.parametrize("stem", BOTH)
def test_both_shapes_give_one_structure_and_the_same_references(stem):
    clean, pdf = (convert_lang(f"{stem}.{shape}.txt") for shape in ("clean", "pdf"))
    assert pdf.warnings == [] and clean.warnings == []
    a, b = xml(clean), xml(pdf)
    assert eids(a) == eids(b)
    assert refs(a) == refs(b)  # no running header ("A/RES/79/312   title") left in the body
    assert texts(a, "//a:recital") == texts(b, "//a:recital")

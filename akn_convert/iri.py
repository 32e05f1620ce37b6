"""FRBR IRIs of the AKN naming convention, as akn-profile.md gives them."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

BASE = "/akn/un/statement/deliberation"


@dataclass(frozen=True)
class FRBR:
    work: str  # FRBRuri of the work
    expression: str  # FRBRuri of the expression
    manifestation: str  # FRBRuri of the manifestation (".akn")

    @property
    def work_this(self) -> str:
        return self.work + "/!main"

    @property
    def expression_this(self) -> str:
        return self.expression + "/!main"

    @property
    def manifestation_this(self) -> str:
        return self.expression_this + ".xml"


def frbr(actor: str, date: str, number: str, lang: str) -> FRBR:
    work = f"{BASE}/{actor}/{date}/{number}"
    expression = f"{work}/{lang}@{date}"
    return FRBR(work, expression, expression + ".akn")


def ascii_digits(s: str) -> str:
    """``s`` with every decimal digit as an ASCII one ("٧٨-٩٩٩" -> "78-999"): an IRI or an
    eId names a number the same way in every language version."""
    if s.isascii():
        return s
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in s)


def work_iri(actor: str, number: str, date: str | None = None) -> str:
    """IRI of another deliberation (a cited resolution or decision)."""
    number = ascii_digits(number)
    return f"{BASE}/{actor}/{date}/{number}" if date else f"{BASE}/{actor}/{number}"


def treaty_iri(date: str, short_name: str, fragment: str | None = None) -> str:
    iri = f"/akn/un/treaty/{date}/{short_name}/!main"
    return f"{iri}#{ascii_digits(fragment)}" if fragment else iri


def organization_href(actor: str) -> str:
    if actor == "akn-convert":
        return "/ontology/organization/akn-convert"
    if actor.startswith("un-"):
        return f"/ontology/organization/un/{actor}"
    return f"/ontology/organization/{actor}"

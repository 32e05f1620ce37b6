"""FRBR IRIs of the AKN naming convention, as akn-profile.md gives them."""

from __future__ import annotations

from dataclasses import dataclass

from .lang.base import ascii_digits

BASE = "/akn/un/statement/deliberation"


@dataclass(frozen=True)
class FRBR:
    work: str  # FRBRuri of the work
    expression: str  # FRBRuri of the expression
    manifestation: str  # FRBRuri of the manifestation (".akn")
    #: the component of the work these IRIs name: "main" (the resolution), "annex_1" ... (its
    #: annexes, each an attached document of the same work: same FRBRuri, own FRBRthis)
    component: str = "main"

    @property
    def work_this(self) -> str:
        return f"{self.work}/!{self.component}"

    @property
    def expression_this(self) -> str:
        return f"{self.expression}/!{self.component}"

    @property
    def manifestation_this(self) -> str:
        return self.expression_this + ".xml"


def frbr(actor: str, date: str, number: str, lang: str) -> FRBR:
    work = f"{BASE}/{actor}/{date}/{number}"
    expression = f"{work}/{lang}@{date}"
    return FRBR(work, expression, expression + ".akn")


def work_iri(actor: str, number: str, date: str | None = None, fragment: str | None = None) -> str:
    """IRI of another deliberation (a cited resolution or decision), or of a part of it; its
    digits are ASCII whatever the text prints, as in every language version."""
    iri = f"{BASE}/{actor}/{date}/{ascii_digits(number)}" if date else f"{BASE}/{actor}/{ascii_digits(number)}"
    return f"{iri}#{ascii_digits(fragment)}" if fragment else iri


def treaty_iri(date: str, short_name: str, fragment: str | None = None) -> str:
    iri = f"/akn/un/treaty/{date}/{short_name}/!main"
    return f"{iri}#{ascii_digits(fragment)}" if fragment else iri


def organization_href(actor: str) -> str:
    if actor == "akn-convert":
        return "/ontology/organization/akn-convert"
    if actor.startswith("un-"):
        return f"/ontology/organization/un/{actor}"
    return f"/ontology/organization/{actor}"

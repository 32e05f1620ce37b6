"""The checks the inline QA passes share (tests/test_inline_qa.py, tests/test_inline_qa_world.py):
a document's exact listing, what the XML writes of it, and the traps it must leave plain."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from lxml import etree

from conftest import NS


def listing(result, kinds: tuple[str, ...]) -> list[tuple[str, ...]]:
    """(eId, kind, text, target) of what was recognised, as the .expected.tsv lists it."""
    return [(r.eid, r.kind, r.text, r.target or "") for r in result.recognised if r.kind in kinds]


def expected(path: Path) -> list[tuple[str, ...]]:
    return [tuple(line.split("\t")) for line in path.read_text(encoding="utf-8").splitlines()]


def assert_written_and_resolved(result) -> None:
    """Every organization refers to a TLC, every resolved ref is written with its href, and every
    date recognised is written with its value."""
    root = etree.fromstring(result.xml)
    known = {o.get("eId") for o in root.xpath("//a:references/a:TLCOrganization", namespaces=NS)}
    orgs = root.xpath("//a:organization", namespaces=NS)
    assert orgs and all(o.get("refersTo")[1:] in known for o in orgs)
    hrefs = [r.get("href") for r in root.xpath("//a:ref[not(ancestor::a:meta)]", namespaces=NS)]
    resolved = [r.target for r in result.recognised if r.kind == "ref" and r.target]
    assert sorted(hrefs) == sorted(resolved)
    written = Counter(d.get("date") for d in root.xpath("//a:date[not(ancestor::a:meta)]", namespaces=NS))
    assert not Counter(r.target for r in result.recognised if r.kind == "date") - written


def trap_hits(result, traps: tuple[str, ...], around: str) -> list[tuple[str, str]]:
    """(trap, text) of each resolved ref or date that overlaps a trap standing with none of the
    characters ``around`` on either side."""
    hits = []
    for r in result.recognised:
        if r.kind not in ("ref", "date") or r.target is None:
            continue
        for trap in traps:
            for m in re.finditer(rf"(?<!{around}){re.escape(trap)}(?!{around})", r.where.text):
                if m.start() < r.start + len(r.text) and r.start < m.end():
                    hits.append((trap, r.text))
    return hits

"""Validating XML files given by the user: parsed safely (untrusted input)."""

from __future__ import annotations

from pathlib import Path

from .problems import Problem

#: largest XML file ``validate`` reads
MAX_XML_BYTES = 50 * 1024 * 1024


def safe_parser():
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=False)


def validate_file(path: Path) -> list[Problem]:
    from lxml import etree

    from . import validate_tree

    try:
        size = path.stat().st_size
    except OSError as exc:
        return [Problem("xml", f"cannot read the file ({exc.strerror or exc})")]
    if size > MAX_XML_BYTES:
        return [Problem("xml", f"the file is {size / 1e6:.1f} MB, over the limit of {MAX_XML_BYTES / 1e6:.0f} MB")]
    try:
        tree = etree.parse(str(path), safe_parser())
    except etree.XMLSyntaxError as exc:
        return [Problem("xml", f"not well-formed XML: {exc.msg}", line=exc.lineno)]
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        return [Problem("xml", "the file declares a DTD; AKN documents have none (entities are not expanded)")]
    return validate_tree(tree)

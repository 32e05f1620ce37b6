"""Validating XML files given by the user: untrusted input, parsed safely.

- a size limit, checked before reading (and the read never goes past it);
- the prolog is scanned first with expat, stopping at the root element: a document type
  declaration is refused before any parser reads it, so no external entity (XXE: a local
  file, a URL) is ever loaded and no entity-expansion bomb (billion laughs) is ever expanded;
  AKN documents have no DTD;
- lxml then parses with entities not resolved, no DTD loaded, no network, and its default
  limits on depth and text size (``huge_tree`` off).
"""

from __future__ import annotations

from pathlib import Path

from ..inputs import megabytes
from .problems import Problem

#: largest XML file ``validate`` reads
MAX_XML_BYTES = 50 * 1024 * 1024


class _RootReached(Exception):
    pass


class _Doctype(Exception):
    pass


def safe_parser():
    from lxml import etree

    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False,
                           huge_tree=False, remove_comments=False)


def check_prolog(data: bytes) -> Problem | None:
    """Scan ``data`` up to its root element: a problem when it declares a DTD or entities, or
    when the prolog is not well-formed.  Nothing declared is ever expanded or fetched."""
    from xml.parsers import expat

    parser = expat.ParserCreate()

    def doctype(*args):
        raise _Doctype()

    def root(*args):
        raise _RootReached()

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    parser.StartElementHandler = root
    try:
        parser.Parse(data, True)
    except _RootReached:
        return None
    except _Doctype:
        return Problem("xml", "the file declares a DTD (<!DOCTYPE ...>); refused: AKN documents have none, "
                              "and a DTD can load files or expand entities without end",
                       line=parser.CurrentLineNumber)
    except expat.ExpatError as exc:
        if not _starts_like_xml(data):
            return Problem("xml", "not well-formed XML: the file does not begin with '<' (plain text? "
                                  "'akn-convert convert' reads the text of a resolution)", line=1)
        return Problem("xml", f"not well-formed XML: {expat.ErrorString(exc.code)}", line=exc.lineno)
    return Problem("xml", "not well-formed XML: no root element")


def _starts_like_xml(data: bytes) -> bool:
    """The first character after a byte-order mark and white space is '<' (UTF-8 or UTF-16)."""
    head = data[:256]
    for bom in (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"):
        head = head.removeprefix(bom)
    return head.replace(b"\x00", b"").lstrip().startswith(b"<")


def validate_bytes(data: bytes, profile: bool = True) -> list[Problem]:
    """Problems of an AKN document given as bytes (well-formedness, schema, profile rules
    unless ``profile`` is False)."""
    from lxml import etree

    from . import validate_tree

    problem = check_prolog(data)
    if problem:
        return [problem]
    try:
        tree = etree.fromstring(data, safe_parser()).getroottree()
    except etree.XMLSyntaxError as exc:
        return [Problem("xml", f"not well-formed XML: {exc.msg}", line=exc.lineno)]
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:  # (the prolog scan refuses these first)
        return [Problem("xml", "the file declares a DTD; refused")]
    problem = _not_akn(tree.getroot())
    if problem:
        return [problem]
    return validate_tree(tree, profile)


def _not_akn(root) -> Problem | None:
    """A problem when the root is no Akoma Ntoso 3.0 document (another vocabulary, AKN 2.0, a
    committee draft's namespace), said as ``render`` and ``text`` say it, rather than the
    schema's "not an element of the schema"."""
    from ..aknfile import require_akn
    from ..errors import InputError

    try:
        require_akn(root)
    except InputError as exc:
        name = root.tag.rpartition("}")[2] if isinstance(root.tag, str) else "akomaNtoso"
        return Problem("xml", str(exc), line=root.sourceline, path="/" + name)
    return None


def validate_file(path: Path, max_bytes: int = MAX_XML_BYTES, profile: bool = True) -> list[Problem]:
    try:
        if path.is_dir():
            return [Problem("xml", "this is a folder, not a file")]
        size = path.stat().st_size
        if size > max_bytes:
            return [Problem("xml", f"the file is {megabytes(size)}, over the limit of {megabytes(max_bytes)}")]
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
    except OSError as exc:
        return [Problem("xml", f"cannot read the file ({exc.strerror or exc})")]
    if len(data) > max_bytes:
        return [Problem("xml", f"the file is over the limit of {megabytes(max_bytes)}")]
    if not data.strip():
        return [Problem("xml", "the file is empty")]
    return validate_bytes(data, profile)

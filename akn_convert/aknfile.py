"""Reading an AKN XML document given by the user (``render``, ``text``): untrusted input, read
with the same guards as ``validate`` (size limit, DTD refused before any parser reads it, safe
lxml parser); a problem is one :class:`InputError`."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from .aknxml import AKN_NS
from .errors import InputError
from .inputs import megabytes
from .validate.files import MAX_XML_BYTES, check_prolog, safe_parser


def parse_akn(data: bytes) -> etree._Element:
    """The root element of an Akoma Ntoso 3.0 document given as bytes."""
    problem = check_prolog(data)
    if problem:
        raise InputError(problem.message)
    try:
        root = etree.fromstring(data, safe_parser())
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not well-formed XML: {exc.msg}") from None
    return require_akn(root)


def require_akn(root: etree._Element) -> etree._Element:
    # (comments or processing instructions alone are no document)
    if root.tag == f"{{{AKN_NS}}}akomaNtoso" and any(isinstance(child.tag, str) for child in root):
        return root
    qname = etree.QName(root) if isinstance(root.tag, str) else None
    if qname is None or qname.localname != "akomaNtoso":
        raise InputError(f"not an Akoma Ntoso 3.0 document (the root element is {qname.localname if qname else root.tag})")
    if qname.namespace != AKN_NS:
        draft = (qname.namespace or "").removeprefix(AKN_NS + "/")
        said = f"; {draft} is a committee draft, not the OASIS standard" if draft != (qname.namespace or "") and draft else ""
        raise InputError(f"not an Akoma Ntoso 3.0 document (the namespace of akomaNtoso is "
                         f"{qname.namespace or 'missing'}, not {AKN_NS}{said})")
    raise InputError("the akomaNtoso element is empty: it holds no document")


def read_akn(path: Path, max_bytes: int = MAX_XML_BYTES) -> etree._Element:
    """The root element of an AKN file; errors name the file."""
    path = Path(path)
    try:
        if path.is_dir():
            raise InputError("this is a folder, not a file")
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputError(f"the file is over the limit of {megabytes(max_bytes)}")
        if not data.strip():
            raise InputError("the file is empty")
        return parse_akn(data)
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", str(path)) from None
    except InputError as exc:
        raise exc.with_source(str(path)) from None

"""Reading an AKN XML file given by the user (``render``, ``text``): parsed safely, as
untrusted input, with the same limits as ``validate``; problems are one-line :class:`InputError`s."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from .errors import InputError
from .validate.files import MAX_XML_BYTES, safe_parser

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def read_akn(path: Path) -> etree._ElementTree:
    """The parsed file; raises InputError naming the file when it cannot be an AKN document."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_XML_BYTES:
            raise InputError(f"the file is {size / 1e6:.1f} MB, over the limit of {MAX_XML_BYTES / 1e6:.0f} MB",
                             str(path))
        tree = etree.parse(str(path), safe_parser())
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", str(path)) from None
    except etree.XMLSyntaxError as exc:
        raise InputError(f"not well-formed XML: {exc.msg}", str(path)) from None
    if tree.docinfo.internalDTD is not None or tree.docinfo.doctype:
        raise InputError("the file declares a DTD; AKN documents have none", str(path))
    root = tree.getroot()
    if root.tag != f"{{{AKN_NS}}}akomaNtoso" or len(root) == 0:
        raise InputError(f"not an Akoma Ntoso 3.0 document (the root element is {root.tag})", str(path))
    return tree

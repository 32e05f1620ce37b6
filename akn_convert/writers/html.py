"""The HTML rendition of an AKN document: ``render(xml) -> str``, through ``templates/akn-html.xsl``.

Works from the AKN XML alone, for any Akoma Ntoso 3.0 document; ``convert --html`` and ``batch
--html`` call :func:`render` on the XML they have just validated, ``akn-convert render`` on a
file (:func:`render_file`).  The page is one self-contained file: the stylesheet ``un.css`` is
inlined, nothing is fetched.
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache
from importlib import resources
from pathlib import Path

from lxml import etree

from ..aknfile import parse_akn, read_akn, require_akn
from ..aknxml import AKN_NS
from ..errors import InputError
from . import links, tables

XSLT_NS = "urn:akn-convert:xslt"  # namespace of the stylesheet's extension functions
STYLESHEET = "akn-html.xsl"
CSS = "un.css"
DOCTYPE = "<!DOCTYPE html>"


def _template(name: str):
    return resources.files("akn_convert.templates").joinpath(name)


@lru_cache(maxsize=1)
def _css() -> str:
    return _template(CSS).read_text(encoding="utf-8")


@lru_cache(maxsize=1)
def _stylesheet() -> etree._Element:
    # parsed from its path, so that document('labels.xml') finds the file beside it
    with resources.as_file(_template(STYLESHEET)) as path:
        return etree.parse(str(path))


def _string(value) -> str:
    """An XPath argument as a string (an attribute comes as a list of its values)."""
    return value if isinstance(value, str) else "".join(str(n) for n in value)


_DATETIME = re.compile(r"^\d{4}-\d\d-\d\d([T ]\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:?\d\d)?)?$")


def html_datetime(value: str) -> str:
    """``value`` when it is a date or a date and time HTML's ``datetime`` accepts, else ``""``."""
    from datetime import datetime

    value = value.strip()
    if not _DATETIME.match(value):
        return ""
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:  # (the 31st of February)
        return ""
    return value


@lru_cache(maxsize=16)  # (compiling the stylesheet takes about as long as a fifth of a page)
def _transform(iri_base: str, lang: str) -> etree.XSLT:
    def href(_context, iri, classes="") -> str:  # (the element's class: "decision")
        return links.resolve(_string(iri), lang, iri_base=iri_base, classes=_string(classes))

    def language(_context, code) -> str:  # "tag dir" of an xml:lang, "" when it names no language
        tag, direction = language_tag(_string(code).strip())
        return "" if tag == "und" else f"{tag} {direction}"

    extensions = {"href": href, "safe-url": lambda _c, url: links.safe_url(_string(url)),
                  "language": language, "datetime": lambda _c, value: html_datetime(_string(value))}
    return etree.XSLT(_stylesheet(), extensions={(XSLT_NS, name): f for name, f in extensions.items()},
                      access_control=etree.XSLTAccessControl.DENY_WRITE)


def _language(root: etree._Element) -> str:
    found = root.xpath("string(/a:akomaNtoso/*/a:meta/a:identification/a:FRBRExpression/a:FRBRlanguage/@language)",
                       namespaces={"a": AKN_NS})
    return str(found)


#: FRBRlanguage codes that name no one language: the page is lang="und"
NO_LANGUAGE = {"", "und", "mul", "zxx", "mis"}


@lru_cache(maxsize=256)
def language_tag(code: str) -> tuple[str, str]:
    """BCP 47 tag and writing direction (``ltr``/``rtl``) of an ISO 639 language code, from the
    CLDR data (babel): ``fas`` -> ``("fa", "rtl")``; ``("und", "ltr")`` when unknown.  The
    stylesheet uses them for a language its labels.xml does not list."""
    from babel import Locale, UnknownLocaleError

    if code.lower() in NO_LANGUAGE:
        return "und", "ltr"
    try:
        locale = Locale.parse(code.replace("-", "_"))
    except (UnknownLocaleError, ValueError, TypeError):
        return "und", "ltr"
    # a tag with a region or a script keeps them ("fr-CA"); a bare code is the language alone
    # (babel would add the likeliest region to a three-letter one: "fas" -> "fa_IR")
    tag = str(locale).replace("_", "-") if re.search(r"[-_]", code) else locale.language
    return tag, ("rtl" if locale.character_order == "right-to-left" else "ltr")


def _root(xml) -> etree._Element:
    if isinstance(xml, etree._ElementTree):
        return require_akn(xml.getroot())
    if isinstance(xml, etree._Element):
        return require_akn(xml)
    return parse_akn(bytes(xml))


NOTE = f"{{{AKN_NS}}}authorialNote"


def numbered_notes(root: etree._Element, *, copy_first: bool = True) -> etree._Element:
    """``root``, or (``copy_first``) a copy whose notes without a marker have one: the number
    the page shows them with, their place among the document's notes (the stylesheet's own way,
    ``count(preceding::akn:authorialNote)``, walks the whole document for each such note)."""
    if all((note.get("marker") or "").strip() for note in root.iter(NOTE)):
        return root
    if copy_first:
        root = copy.deepcopy(root)
    for k, note in enumerate(root.iter(NOTE)):
        if not (note.get("marker") or "").strip():
            # (a note inside a note does not count the one that holds it, as preceding:: does not)
            note.set("marker", str(k + 1 - sum(1 for _ in note.iterancestors(NOTE))))
    return root


def render(xml, *, iri_base: str = "") -> str:
    """HTML5 page of an AKN document given as bytes, an element or a tree.

    ``iri_base``: prefix for AKN IRIs that name no UN document symbol (e.g. a publisher's AKN
    resolver); IRIs with a symbol link to the UN's document resolver (see ``writers.links``).
    Raises :class:`InputError` when the XML is not an Akoma Ntoso 3.0 document.
    """
    given = _root(xml)
    root = tables.mended(given)  # (the document given is never changed)
    root = numbered_notes(root, copy_first=root is given)
    language = _language(root)
    tag, direction = language_tag(language)
    transform = _transform(iri_base, language)
    try:
        result = transform(root.getroottree(), css=etree.XSLT.strparam(_css()),
                           **{"lang-tag": etree.XSLT.strparam(tag), "lang-dir": etree.XSLT.strparam(direction)})
    except etree.XSLTApplyError as exc:
        raise InputError(f"cannot render the document: {exc}") from None
    html = bytes(result).decode("utf-8")
    # libxslt writes the legacy-compatible doctype; HTML5's short one says the same
    first, _, rest = html.partition("\n")
    return (DOCTYPE + "\n" + rest) if first.upper().startswith("<!DOCTYPE") else html


def render_file(path: Path, *, iri_base: str = "") -> str:
    """Render an AKN file; errors name the file."""
    root = read_akn(path)
    try:
        return render(root, iri_base=iri_base)
    except InputError as exc:
        raise exc.with_source(str(path)) from None

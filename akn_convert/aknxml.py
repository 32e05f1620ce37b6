"""What every part of akn-convert that reads or writes Akoma Ntoso XML shares: the namespace,
the inline elements, the text of an element without its notes, the order of notes (the
sponsors' ``*`` first, then by number) and a note's label in its eId.  The words-in-order check (``validate/textcheck.py``)
and the plain text (``writers/text.py``) read a document the same way through it."""

from __future__ import annotations

from lxml import etree

from .lang.base import ascii_digits

AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
AKN = "{" + AKN_NS + "}"  # (the namespace of a tag: AKN + "p")
_NOTE = AKN + "authorialNote"


def note_label(marker: str) -> str:
    """A note's marker as its eId has it: ASCII letters and digits ("(1)", "١" -> "1")."""
    return "".join(c for c in ascii_digits(marker) if c.isascii() and c.isalnum()) or "note"


def marker_key(marker: str) -> tuple[int, int, str]:
    """The order of notes: the sponsors' ``*``, then numbered ones by number, then the others."""
    if marker == "*":
        return (0, 0, "")
    if marker.isdigit():
        return (1, int(marker), "")
    return (2, 0, marker)


#: inline elements: their text runs on with the text around them (a word may straddle one,
#: as in ``<i>Rap</i>pelant``); every other element is a block, set apart by spaces
INLINE = frozenset(
    "i b u sub sup span inline ref mref rref date time organization location person role concept "
    "term quantity def entity event object process abbr noteRef docTitle docNumber docProponent "
    "docStage docDate docAuthority docType session shortTitle legislature".split()
    # (and the inline elements of other AKN documents, for ``akn-convert text``)
    + "a remark ins del quotedText recordedTime courtType party judge lawyer".split()
)


#: elements of other vocabularies (in ``foreign``) that hold code, not words: left out of the text
CODE = frozenset({"script", "style"})


def is_code(el: etree._Element) -> bool:
    """Whether ``el`` is a script or a style of another vocabulary (an SVG or XHTML ``script``
    inside ``foreign``): its content is no text of the document."""
    return isinstance(el.tag, str) and not el.tag.startswith(AKN) and el.tag.rpartition("}")[2] in CODE


def text_without_notes(el: etree._Element) -> str:
    """The text of ``el`` with its ``authorialNote``s left out; blocks set apart by spaces."""
    out: list[str] = []
    _collect(el, out)
    return "".join(out)


def _collect(el: etree._Element, out: list[str]) -> None:
    tag = el.tag
    block = isinstance(tag, str) and tag.rpartition("}")[2] not in INLINE
    if block:
        out.append(" ")
    if el.text:
        out.append(el.text)
    for child in el:
        if child.tag != _NOTE and isinstance(child.tag, str) and not is_code(child):
            _collect(child, out)
        if child.tail:
            out.append(child.tail)
    if block:
        out.append(" ")

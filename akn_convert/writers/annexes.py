"""Annexes in AKN: after the ``conclusions``, ``attachments`` holds one ``attachment`` per annex
(``att_1`` …), each a ``doc name="annex"`` with its own ``meta`` (the FRBR identification of a
component of the resolution's work: ``…/!annex_1``), a ``preface`` (the annex label and its
``docTitle``), a ``preamble`` when the annex has its own formula, and a ``mainBody``: numbered
paragraphs as ``paragraph`` with ``num``, "Article N" as ``article`` (``num``, ``heading``),
"Chapter N" as ``chapter``, a headed section ("II. Goals") as ``section``, an appendix as
``hcontainer name="appendix"`` (eId ``att_1__appendix_1``, its paragraphs numbered under it), other
text as ``p``.  Every eId in an attachment starts with the
attachment's (``att_1__para_1``, ``att_1__art_2__para_1``), so eIds stay unique document-wide.
"""

from __future__ import annotations

from dataclasses import replace

from lxml import etree

from ..iri import frbr
from ..model import Annex, Article, Chapter, Paragraph
from .akn import AknWriter, E, sub

DOC_NAME = "annex"
#: a chapter's and a headed section's eId prefix and element
_CHAPTERS = {"chapter": ("chp", "chapter"), "section": ("sec", "section"),
             "appendix": ("appendix", "hcontainer")}  # (an hcontainer's eId is named after its name)


def attachments(w: AknWriter) -> etree._Element | None:
    """The ``attachments`` of the document's annexes, or None when it has none."""
    if not w.doc.annexes:
        return None
    el = E("attachments")
    doc = w.doc
    ids = frbr(doc.organ, doc.date, doc.number, doc.lang)
    for n, annex in enumerate(doc.annexes, 1):
        eid = w.eid(f"att_{n}")
        attached = sub(sub(el, "attachment", {"eId": eid}), "doc", {"name": DOC_NAME, "contains": "originalVersion"})
        w.identification(sub(attached, "meta"), replace(ids, component=f"{DOC_NAME}_{n}"), DOC_NAME)
        outer_part, outer_prefix = w.part, w.prefix
        w.part, w.prefix = eid, eid + "__"
        try:
            _annex(w, attached, annex, eid)
        finally:
            w.part, w.prefix = outer_part, outer_prefix
    return el


def _annex(w: AknWriter, el: etree._Element, annex: Annex, eid: str) -> None:
    preface = sub(el, "preface")
    w.inline(sub(preface, "p", {"class": "annexLabel"}), annex.label, eid)
    if annex.title:
        w.inline(sub(sub(preface, "p"), "docTitle"), annex.title, eid)
    if annex.formula is not None:
        w.preamble_parts(sub(el, "preamble"), annex.formula, annex.recitals, annex.lead_in)
    body = sub(el, "mainBody")
    _parts(w, body, annex.parts, w.prefix, eid)
    if not len(body):  # an annex of a title alone: the schema wants a body
        sub(body, "p")


def _parts(w: AknWriter, parent: etree._Element, parts: list, prefix: str, owner: str) -> None:
    """Paragraphs, articles and chapters in order, eIds under ``prefix``, numbered as
    ``AknWriter.paragraphs`` numbers an operative part.  Plain text (no number, no list) is a
    ``p`` in the ``mainBody`` (refs and notes in it named from ``owner``, the attachment), an
    unnumbered ``paragraph`` in a chapter or an article that has numbered ones."""
    numbered = any(isinstance(p, Paragraph) and p.number for p in parts)
    in_body = etree.QName(parent).localname == "mainBody"
    unnumbered = 0
    counts = {"chp": 0, "sec": 0, "art": 0, "appendix": 0}
    for part in parts:
        if isinstance(part, Paragraph):
            if part.number is None and in_body and not (part.points or part.items):
                w.p(parent, part.text, owner)
                continue
            if part.number is None:
                unnumbered += 1
                eid = f"para_nn_{unnumbered}" if numbered else f"para_{unnumbered}"
            else:
                eid = f"para_{part.number}"
            w.paragraph(parent, part, w.eid(prefix + eid))
            continue
        kind, tag = (_CHAPTERS[part.kind] if isinstance(part, Chapter) else ("art", "article"))
        counts[kind] += 1
        eid = w.eid(f"{prefix}{kind}_{part.label or counts[kind]}")
        el = sub(parent, tag, {"eId": eid, **({"name": kind} if tag == "hcontainer" else {})})
        w.inline(sub(el, "num"), part.num, eid)
        if part.heading:
            w.inline(sub(el, "heading"), part.heading, eid)
        children = part.paragraphs if isinstance(part, Article) else part.parts
        if isinstance(part, Article) and not any(p.number or p.points or p.items for p in children):
            content = sub(el, "content")  # an article of plain text
            for para in children:
                w.p(content, para.text, eid)
            if not children:
                sub(content, "p")
            continue
        if isinstance(part, Chapter) and part.kind == "section":
            # a headed section's paragraphs are numbered throughout the annex: their eIds are the
            # annex's (``att_1__para_3``), as a section's in the operative part are the resolution's
            _parts(w, el, children, prefix, eid)
            continue
        outer, w.prefix = w.prefix, eid + "__"  # "paragraph 2 above" in an article is the article's
        try:
            _parts(w, el, children, eid + "__", eid)
        finally:
            w.prefix = outer

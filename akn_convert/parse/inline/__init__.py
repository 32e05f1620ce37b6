"""Inline semantics: references to resolutions, decisions, articles and treaties, dates,
organizations and places, added as spans to every text of a document.

``annotate(doc, lang)`` walks the texts in reading order (formula, recitals, operative
paragraphs with their points, conclusions, then the notes), keeping what the document has
named so far (``context``), and adds ``ref`` (``href``; ``organ`` for a cited resolution, whose
organ the writer registers as a TLCOrganization), ``date`` (``date``), ``organization``,
``role`` and ``location`` (``refersTo``, ``showAs`` for the TLC entry) spans.  It returns every
thing it recognised, with those it could not resolve (left as plain text), for the refs report.
Spans never change the text and never overlap each other: a reference wins over a date, a
date over an organization or a role, those over a place.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from ...iri import BASE, work_iri
from ...lang.base import Language
from ...model import Annex, Article, Chapter, Document, Draft, Paragraph, Span, Text, list_texts, section_starts
from ..dates import find_dates
from ..structure import formula_organ
from . import committees, mentions, resolutions, treaties
from .context import Context, Found, Stretches

_PRIORITY = {"ref": 0, "date": 1, "organization": 2, "role": 2, "location": 3}
_DIGIT = re.compile(r"\d")


@dataclass(eq=False)
class Recognised:
    """One thing recognised in a text: ``target`` is None when it stays plain text (``reason``)."""

    kind: str  # ref | date | organization | role | location
    what: str  # resolution | decision | article | treaty | paragraph | date | body | role | place
    text: str
    target: str | None
    reason: str
    where: Text  # the text it stands in
    start: int  # where in it
    span: Span | None  # the span added (None when unresolved)
    #: set by the writer: the eId of the element the text is written in, and of the ref
    eid: str = ""
    ref_eid: str = ""


def annotate(doc: Document, lang: Language) -> list[Recognised]:
    """Add inline semantic spans to ``doc``; return what was recognised (for the refs report)."""
    own = (formula_organ(doc.formula.text, lang) if doc.formula else doc.speaker) or doc.organ
    year = int(doc.date[:4]) if doc.date[:4].isdigit() else None
    ctx = Context(lang, own, year, paragraphs=_numbers(doc.paragraphs))
    if doc.title:
        mentions.scan(doc.title.text, ctx)  # what the title names is named
    out: list[Recognised] = []
    speaker: Draft | None = None
    for text, refs, draft in _texts(doc):
        if draft is not speaker:  # into or out of a recommended draft: another organ speaks
            speaker = draft
            ctx.own = (draft.organ or own) if draft else own
            ctx.paragraphs = _numbers(draft.paragraphs if draft else doc.paragraphs)
            ctx.resolution_paragraphs = _numbers(doc.paragraphs) if isinstance(draft, Scope) else None
            if ctx.own:
                ctx.bodies.add(ctx.own)
        if refs is None:
            mentions.scan(text.text, ctx)  # a title: its names are named, nothing is marked
            continue
        out += _annotate_text(text, ctx, refs)
    return _one_iri_per_work(out)


def _numbers(paragraphs: list[Paragraph]) -> dict[int, set[str]]:
    """Paragraph number -> its points' labels; a number printed twice is the first paragraph's
    (the one whose eId is ``para_N``; the second is ``para_N-2``)."""
    out: dict[int, set[str]] = {}
    for p in paragraphs:
        if p.number is not None:
            out.setdefault(p.number, {pt.label for pt in p.points})
    return out


#: a cited deliberation's IRI (``iri.work_iri``): its organ, its date (or year) when known, its
#: number, a fragment
_WORK_IRI = re.compile(rf"^{re.escape(BASE)}/(?P<actor>[^/]+)/(?:(?P<date>\d{{4}}(?:-\d\d-\d\d)?)/)?"
                       r"(?P<number>[^/#]+)(?:#(?P<fragment>.*))?$")


def _one_iri_per_work(found: list[Recognised]) -> list[Recognised]:
    """A resolution cited several times gets one IRI: the one with its full date, when the
    document gives that date once ("resolution 72/4 of 1 November 2017", later "resolution
    72/4"; "841 (1993)" after "resolution 841 (1993) of 16 June 1993"), else the one with its
    year, when only a year is given ("1540 (2004)", later "resolution 1540").  Two different dates
    for one number leave every citation as it is."""
    dates: dict[tuple[str, str], set[str]] = {}
    for r in found:
        m = _WORK_IRI.match(r.target or "") if r.kind == "ref" and r.span is not None else None
        if m and m.group("date"):
            dates.setdefault((m.group("actor"), m.group("number")), set()).add(m.group("date"))
    best = {}
    for work, known in dates.items():
        full = {d for d in known if len(d) == 10}
        if len(full) == 1 and all(d == next(iter(full))[:4] for d in known - full):
            best[work] = next(iter(full))
        elif not full and len(known) == 1:
            best[work] = next(iter(known))
    if not best:
        return found
    out = []
    for r in found:
        m = _WORK_IRI.match(r.target or "") if r.kind == "ref" and r.span is not None else None
        when = best.get((m.group("actor"), m.group("number"))) if m else None
        if when and (m.group("date") or "") in ("", when[:4]) and m.group("date") != when:
            href = work_iri(m.group("actor"), m.group("number"), when, m.group("fragment"))
            r.span.attrs["href"] = href
            r = replace(r, target=href)
        out.append(r)
    return out


def _texts(doc: Document):
    """(text, may hold refs, the recommended draft it stands in or None) in reading order;
    conclusions have no eId to number refs from; a recommended draft's title (None) is only
    scanned for names, as the document's title is."""
    yield from _body_texts(doc.formula, doc.recitals, doc.lead_in, doc.paragraphs, None, doc.sections)
    for text in doc.conclusions:
        yield text, False, None
    for annex in doc.annexes:
        yield from annex_texts(annex)
    for note in doc.notes.values():
        yield note.text, True, None


def _body_texts(formula, recitals, lead_in, paragraphs, draft, sections=()):
    if formula:
        yield formula, True, draft
    for rec in recitals:
        yield rec.text, True, draft
        for item in rec.items:
            yield item.text, True, draft
    if lead_in:
        yield lead_in, True, draft
    headed = section_starts(sections)
    for para in paragraphs:
        for section in headed.get(id(para), ()):  # a section's heading, before its first paragraph
            yield section.heading, True, draft
            if section.intro:
                yield section.intro, True, draft
        for text in list_texts(para):
            yield text, True, draft
        if para.draft:
            inner = para.draft
            if inner.title:
                yield inner.title, None, inner
            yield from _body_texts(inner.formula, inner.recitals, inner.lead_in, inner.paragraphs, inner,
                                   inner.sections)


@dataclass
class Scope:
    """Where a text of an annex stands, as a recommended draft is one: no organ of its own
    (the document's speaks), and the numbered paragraphs that "paragraph 2 above" may name
    (the annex's own, or those of the article it is in)."""

    paragraphs: list[Paragraph]
    organ: str | None = None


def annex_texts(annex: Annex):
    """(text, may hold refs, scope) of an annex in reading order."""
    scope = Scope([p for p in annex.parts if isinstance(p, Paragraph)]
                  + [p for s in annex.parts if isinstance(s, Chapter) and s.kind == "section"
                     for p in s.parts if isinstance(p, Paragraph)])
    yield annex.label, True, scope
    if annex.title:
        yield annex.title, True, scope
    yield from _body_texts(annex.formula, annex.recitals, annex.lead_in, [], scope)
    yield from _parts_texts(annex.parts, scope)


def _parts_texts(parts, scope: Scope):
    for part in parts:
        if isinstance(part, Paragraph):
            yield from _body_texts(None, [], None, [part], scope)
            continue
        inner = (scope if isinstance(part, Chapter) and part.kind == "section"  # (numbered throughout the annex)
                 else Scope(part.paragraphs if isinstance(part, Article)
                            else [p for p in part.parts if isinstance(p, Paragraph)]))
        yield part.num, True, inner
        if part.heading:
            yield part.heading, True, inner
        yield from _parts_texts(part.paragraphs if isinstance(part, Article) else part.parts, inner)


def _anchor_inside(anchors: list[int], start: int, end: int) -> bool:
    """Whether a sorted offset lies strictly between ``start`` and ``end``."""
    k = bisect_right(anchors, start)
    return k < len(anchors) and anchors[k] < end


def _annotate_text(text: Text, ctx: Context, refs: bool) -> list[Recognised]:
    s = text.text
    tm, found = mentions.scan(s, ctx)
    digits = bool(_DIGIT.search(s))  # no number (any script), no date and no reference
    dates = find_dates(s, ctx.lang) if digits else []
    found += [Found(d.start, d.end, "date", "date", d.iso, (("date", d.iso),)) for d in dates]
    if refs and digits:
        cited = resolutions.find(s, ctx, tm, dates)
        bodies = committees.find(s, ctx, cited)  # "the Committee established pursuant to resolution …"
        found = committees.without_names_inside(found, bodies) + bodies + cited
    if refs:
        found += treaties.find(s, ctx, tm, digits)
    if not found:  # (nothing to place: the spans are only put in order, as below)
        text.spans.sort(key=lambda sp: (sp.start, -sp.end))
        return []
    taken = Stretches((sp.start, sp.end) for sp in text.semantic_spans())
    anchors = sorted(a.offset for a in text.anchors)
    out: list[Recognised] = []
    for f in sorted(found, key=lambda f: (_PRIORITY[f.kind], f.start)):
        if taken.overlaps(f.start, f.end):
            continue  # inside something more specific
        target, reason = f.target, f.reason
        if target is not None and _anchor_inside(anchors, f.start, f.end):
            target, reason = None, "a footnote marker stands inside"
        span = None
        if target is not None:
            span = Span(f.start, f.end, f.kind, dict(f.attrs))
            text.spans.append(span)
            taken.add(f.start, f.end)
        out.append(Recognised(f.kind, f.what, s[f.start:f.end], target, reason, text, f.start, span))
    text.spans.sort(key=lambda sp: (sp.start, -sp.end))
    out.sort(key=lambda r: r.start)
    return out

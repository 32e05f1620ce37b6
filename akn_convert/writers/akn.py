"""Akoma Ntoso 3.0 writer: a :class:`~akn_convert.model.Document` to XML, with lxml.

The markup is the one ``akn-profile.md`` gives: ``statement`` with ``meta`` (FRBR
identification, TLC references), ``coverPage``, ``preface``, ``preamble`` (formula and
recitals), ``mainBody`` (paragraphs, lists of points), ``conclusions``; footnotes as
``authorialNote`` at their markers; eIds after the AKN naming convention.
"""

from __future__ import annotations

from collections import defaultdict

from lxml import etree

from ..aknxml import AKN_NS, note_label
from ..iri import frbr, organization_href
from ..lang import get as get_language
from ..model import (SEMANTIC_KINDS, Document, Draft, Item, NoteAnchor, Paragraph, Point, Recital, Section, Span,
                     Text, section_starts)

CONVERTER = "akn-convert"
_NSMAP = {None: AKN_NS}
#: the owner of what the preface and the conclusions hold: they have no eId (nor do their
#: paragraphs), so a ref or a note in them is named from the document's root ("ref_1",
#: "authorialNote_2", as "authorialNote_star")
UNNAMED = ""


def child_eid(owner: str, name: str) -> str:
    """The eId of an element named ``name`` (``ref_1``) inside the element whose eId is ``owner``."""
    return f"{owner}__{name}" if owner else name

#: nesting order of typography (bold outside italic); semantic elements (``SEMANTIC_KINDS``) come first
_STYLE_ORDER = {"b": 1, "i": 2}
#: the attribute that names a TLC entry for each semantic element
_TLC_KIND = {"organization": "TLCOrganization", "location": "TLCLocation", "role": "TLCRole"}


def E(tag: str, attrib: dict | None = None, *children, text: str | None = None) -> etree._Element:
    el = etree.Element(f"{{{AKN_NS}}}{tag}", nsmap=_NSMAP)
    for k, v in (attrib or {}).items():
        if v is not None:
            el.set(k, v)
    if text is not None:
        el.text = text
    for c in children:
        if c is not None:
            el.append(c)
    return el


def sub(parent: etree._Element, tag: str, attrib: dict | None = None, text: str | None = None) -> etree._Element:
    el = etree.SubElement(parent, f"{{{AKN_NS}}}{tag}")
    for k, v in (attrib or {}).items():
        if v is not None:
            el.set(k, v)
    if text is not None:
        el.text = text
    return el


def _add_text(el: etree._Element, s: str) -> None:
    if not s:
        return
    last = next(el.iterchildren(reversed=True), None)  # (len(el) would count every child)
    if last is not None:
        last.tail = (last.tail or "") + s
    else:
        el.text = (el.text or "") + s


class AknWriter:
    def __init__(self, doc: Document):
        self.doc = doc
        self.lang = get_language(doc.lang)
        self.eids: set[str] = set()
        self.repeats: dict[str, int] = {}  # the last k of "wanted-k" given for each eId wanted
        self.counters: dict[str, int] = defaultdict(int)
        self.note_eids: dict[str, str] = {}  # marker -> eId of its authorialNote
        #: TLC entries used: id -> (TLC element, showAs)
        self.tlc: dict[str, tuple[str, str]] = {}
        #: for the refs report: id() of each Text -> the eId its references are numbered from,
        #: id() of each ref span -> the ref's eId
        self.owners: dict[int, str] = {}
        self.part = ""  # the part being written when it has no eId ("preface"): the refs report's place
        self.ref_eids: dict[int, str] = {}
        #: the eId prefix of the draft being written inside an ``embeddedStructure`` ("" outside):
        #: the draft's own eIds, and its references to its own paragraphs, carry it
        self.prefix = ""

    # ------------------------------------------------------------------ identifiers

    def eid(self, wanted: str) -> str:
        """``wanted``, or ``wanted-2``, ``wanted-3`` ... when taken (duplicate numbering)."""
        # (eIds are only ever added: the numbers below the last one given for ``wanted`` are
        # still taken, so the search goes on from there, not from 2 at each repeat)
        eid, k = wanted, self.repeats.get(wanted, 1)
        while eid in self.eids:
            k += 1
            eid = f"{wanted}-{k}"
        self.repeats[wanted] = k
        self.eids.add(eid)
        return eid

    def organization(self, actor: str, show_as: str | None = None) -> str:
        name = show_as or self.lang.organ_names.get(actor) or actor
        self.tlc.setdefault(actor, ("TLCOrganization", name))
        return actor

    def place(self, recognised) -> None:
        """Tell each thing recognised (``parse.inline.Recognised``) the eId of the element it is
        written in and, for a reference, the ref's own eId (after :meth:`build`)."""
        for r in recognised:
            r.eid = self.owners.get(id(r.where), "")
            r.ref_eid = self.ref_eids.get(id(r.span), "") if r.span is not None else ""

    # ------------------------------------------------------------------ inline content

    def inline(self, parent: etree._Element, text: Text, owner: str) -> None:
        """Render ``text`` into ``parent``: spans as nested elements, notes at their anchors."""
        s = text.text
        self.owners.setdefault(id(text), owner or self.part)
        spans = sorted((sp for sp in text.spans if sp.start < sp.end), key=lambda sp: (sp.start, -sp.end))
        anchors = defaultdict(list)
        for a in text.anchors:
            anchors[min(max(a.offset, 0), len(s))].append(a.marker)
        cuts = sorted({0, len(s), *(sp.start for sp in spans), *(sp.end for sp in spans), *anchors})
        stack: list[tuple[Span | None, etree._Element]] = [(None, parent)]
        opened: list[Span] = []  # the spans begun at or before the cut, in ``spans`` order
        k = 0
        for i, c0 in enumerate(cuts):
            c1 = cuts[i + 1] if i + 1 < len(cuts) else c0
            if anchors.get(c0):
                # a note stands outside typography, inside the semantic element that holds it
                while stack[-1][0] is not None and stack[-1][0].kind not in SEMANTIC_KINDS:
                    stack.pop()
                while stack[-1][0] is not None and stack[-1][0].end <= c0:
                    stack.pop()
                for marker in anchors[c0]:
                    self.note(stack[-1][1], marker, owner)
            if c1 <= c0:
                continue
            # the spans that hold [c0, c1): begun at or before c0 and not ended before c1 (every
            # end is a cut, so ending at c1 or later is ending after c0); a sweep over the sorted
            # spans, not a walk over all of them at each cut
            while k < len(spans) and spans[k].start <= c0:
                opened.append(spans[k])
                k += 1
            opened = [sp for sp in opened if sp.end > c0]
            active = list(opened)
            semantic = [sp for sp in active if sp.kind in SEMANTIC_KINDS]
            # a style that holds the whole semantic element stays outside it ("<i>La
            # <organization>…</organization>,</i>"); any other is cut around it, so a semantic
            # element is never split
            active.sort(key=lambda sp: (
                0 if sp.kind not in SEMANTIC_KINDS and all(sp.start <= x.start and x.end <= sp.end for x in semantic)
                else 1 if sp.kind in SEMANTIC_KINDS else 2,
                0 if sp.kind in SEMANTIC_KINDS else _STYLE_ORDER.get(sp.kind, 3), sp.start, -sp.end))
            keep = 0
            while keep + 1 < len(stack) and keep < len(active) and stack[keep + 1][0] is active[keep]:
                keep += 1
            del stack[keep + 1:]
            for sp in active[keep:]:
                stack.append((sp, self.span_element(stack[-1][1], sp, owner)))
            _add_text(stack[-1][1], s[c0:c1])

    def span_element(self, parent: etree._Element, sp: Span, owner: str) -> etree._Element:
        if sp.kind in ("i", "b"):
            return sub(parent, sp.kind)
        attrs = dict(sp.attrs)
        if sp.kind == "ref":
            self.counters[owner + "ref"] += 1
            href = attrs.pop("href", "#")
            if href.startswith("#para_") and not attrs.get("resolution"):  # a paragraph of the text the reference stands in
                href = "#" + self.prefix + href[1:]
            el = sub(parent, "ref", {"eId": self.eid(child_eid(owner, f"ref_{self.counters[owner + 'ref']}")),
                                     "href": href})
            self.ref_eids[id(sp)] = el.get("eId")
            if attrs.get("class"):  # "decision": what kind of work the IRI names
                el.set("class", attrs["class"])
            if attrs.get("organ"):  # the organ of a cited resolution is an organ the document uses
                self.organization(attrs["organ"])
        else:
            refers = attrs.get("refersTo")
            if refers and refers.startswith("#"):
                ident = refers[1:]
                self.tlc.setdefault(ident, (_TLC_KIND.get(sp.kind, "TLCConcept"), attrs.pop("showAs", None) or ""))
            attrs.pop("showAs", None)
            el = sub(parent, sp.kind, attrs)
        return el

    def note(self, parent: etree._Element, marker: str, owner: str) -> None:
        note = self.doc.notes.get(marker)
        if note is None:
            return
        if marker in self.note_eids:  # cited again: a reference to the note
            sub(parent, "noteRef", {"marker": marker, "href": "#" + self.note_eids[marker]})
            return
        eid = self.eid("authorialNote_star" if marker == "*" else child_eid(owner, f"authorialNote_{note_label(marker)}"))
        self.note_eids[marker] = eid
        el = sub(parent, "authorialNote", {"marker": marker, "placement": "bottom", "eId": eid})
        self.inline(sub(el, "p"), note.text, eid)

    def p(self, parent: etree._Element, text: Text, owner: str) -> etree._Element:
        el = sub(parent, "p")
        self.inline(el, text, owner)
        return el

    # ------------------------------------------------------------------ document parts

    def build(self) -> etree._Element:
        doc = self.doc
        root = E("akomaNtoso")
        statement = sub(root, "statement", {"name": doc.name, "contains": "originalVersion"})
        meta = sub(statement, "meta")
        # TLC entries known before the body is written
        self.organization(doc.organ, doc.cover.organ if doc.cover.organ else None)
        parts = [self.cover_page(), self.preface(), self.preamble(), self.main_body(), self.conclusions()]
        parts.append(self.attachments())
        self.meta(meta)
        for part in parts:
            if part is not None:
                statement.append(part)
        return root

    def meta(self, meta: etree._Element) -> None:
        self.identification(meta, frbr(self.doc.organ, self.doc.date, self.doc.number, self.doc.lang), self.doc.name)
        self.references(meta)

    def identification(self, meta: etree._Element, ids, name: str) -> None:
        """FRBR identification of the document (``ids.component`` "main") or of one of its
        attached documents (an annex: "annex_1", its own ``name``)."""
        doc = self.doc
        ident = sub(meta, "identification", {"source": "#" + CONVERTER})
        work = sub(ident, "FRBRWork")
        sub(work, "FRBRthis", {"value": ids.work_this})
        sub(work, "FRBRuri", {"value": ids.work})
        sub(work, "FRBRdate", {"date": doc.date, "name": doc.date_name})
        sub(work, "FRBRauthor", {"href": "#" + doc.organ})
        sub(work, "FRBRcountry", {"value": "un"})
        sub(work, "FRBRsubtype", {"value": "deliberation"})
        sub(work, "FRBRnumber", {"value": doc.number, "showAs": doc.symbol or doc.number})
        sub(work, "FRBRname", {"value": name})
        expr = sub(ident, "FRBRExpression")
        sub(expr, "FRBRthis", {"value": ids.expression_this})
        sub(expr, "FRBRuri", {"value": ids.expression})
        sub(expr, "FRBRdate", {"date": doc.date, "name": doc.date_name})
        sub(expr, "FRBRauthor", {"href": "#" + doc.organ})
        sub(expr, "FRBRlanguage", {"language": doc.lang})
        man = sub(ident, "FRBRManifestation")
        sub(man, "FRBRthis", {"value": ids.manifestation_this})
        sub(man, "FRBRuri", {"value": ids.manifestation})
        sub(man, "FRBRdate", {"date": doc.date, "name": "conversion"})
        sub(man, "FRBRauthor", {"href": "#" + CONVERTER})

    def references(self, meta: etree._Element) -> None:
        refs = sub(meta, "references", {"source": "#" + CONVERTER})
        entries = dict(self.tlc)
        entries[CONVERTER] = ("TLCOrganization", CONVERTER)
        order = {"TLCOrganization": 0, "TLCRole": 1, "TLCLocation": 2}
        for ident_, (kind, show_as) in sorted(entries.items(), key=lambda kv: (order.get(kv[1][0], 3), kv[0] == CONVERTER)):
            if kind == "TLCOrganization":
                href = organization_href(ident_)
            elif kind == "TLCRole":
                href = f"/ontology/role/un/{ident_}"
            elif kind == "TLCLocation":
                href = f"/ontology/location/un/{ident_}"
            else:
                href = f"/ontology/concept/un/{ident_}"
            sub(refs, kind, {"eId": ident_, "href": href, "showAs": show_as or ident_})

    def cover_page(self) -> etree._Element | None:
        doc, cover = self.doc, self.doc.cover
        if not doc.has_cover:
            return None
        el = E("coverPage")
        if cover.organ:
            c = sub(el, "container", {"name": "organ"})
            if cover.parent_organ:  # the principal organ, above the body's name on the masthead
                name, actor = cover.parent_organ
                sub(sub(c, "p"), "organization", {"refersTo": "#" + self.organization(actor)}, name)
            self.field(sub(c, "p"), "organ", "docAuthority", {"refersTo": "#" + doc.organ}, cover.organ)
        fields = [("distribution", "distribution", cover.distribution), ("date", "docDate", cover.date_text),
                  ("language", "languageOfExpression", cover.language),
                  ("languages", "languages", cover.languages),
                  ("original", "originalLanguage", cover.original_language)]
        if any(v for _, _, v in fields):
            c = sub(el, "container", {"name": "distribution"})
            for kind, name, value in fields:
                if not value:
                    continue
                if name == "docDate":
                    self.field(sub(c, "p"), kind, "docDate", {"date": cover.date}, value)
                else:
                    self.field(sub(c, "p"), kind, "inline", {"name": name}, value)
        return el if len(el) else None

    def field(self, p: etree._Element, kind: str, tag: str, attrib: dict, value: str) -> None:
        """A cover line kept as a plain string, then the notes its line carried."""
        sub(p, tag, attrib, value)
        self.field_notes(p, kind)

    def field_notes(self, p: etree._Element, kind: str) -> None:
        """The notes a cover line kept as a string carried, at the end of its ``p``."""
        for marker in self.doc.cover.field_notes.get(kind, ()):
            self.note(p, marker, UNNAMED)

    def preface(self) -> etree._Element | None:
        doc, cover = self.doc, self.doc.cover
        el = E("preface")
        self.part = "preface"
        if doc.symbol:
            self.field(sub(el, "p"), "symbol", "docNumber", {}, doc.symbol)
        if cover.session_text:
            self.field(sub(el, "p"), "session", "session",
                       {"value": str(cover.session) if cover.session is not None else None}, cover.session_text)
        if cover.place_dates:
            self.p(el, cover.place_dates, UNNAMED)
        if cover.agenda_item:
            self.field(sub(el, "p"), "agenda_item", "inline", {"name": "agendaItem"}, cover.agenda_item)
        if cover.agenda_title:
            self.field(sub(el, "p"), "agenda_title", "inline", {"name": "agendaItemTitle"}, cover.agenda_title)
        for title in cover.more_agenda_titles:
            sub(sub(el, "p"), "inline", {"name": "agendaItemTitle"}, text=title)
        number_prefix = None
        for kind, text in doc.front:
            if kind == "number":
                number_prefix = text
            else:
                self.p(el, text, UNNAMED)
        star_done = any("*" in markers for markers in cover.field_notes.values())  # ("A/79/L.12*")
        if cover.sponsors:
            p = sub(el, "p")
            for part in cover.sponsors_layout:  # as printed: "Austria …: draft resolution", "Draft decision submitted by …"
                if part == "sponsors":
                    star_done = self.proponent(p) or star_done
                elif part == "sep" and cover.doc_stage:
                    _add_text(p, cover.stage_separator)
                elif part == "stage" and cover.doc_stage:
                    sub(p, "docStage", text=cover.doc_stage)
                elif part == "tail":
                    _add_text(p, cover.sponsors_tail)
            self.field_notes(p, "sponsors")
        elif cover.doc_stage:  # the kind on its own line ("Draft decision")
            sub(sub(el, "p"), "docStage", text=cover.doc_stage)
        if doc.title:
            p = sub(el, "p")
            if number_prefix is not None:
                _add_text(p, number_prefix.text + " ")
            self.inline(sub(p, "docTitle"), doc.title, UNNAMED)
            star_done = star_done or any(a.marker == "*" for a in doc.title.anchors)
            if "*" in doc.notes and not star_done:
                self.note(p, "*", UNNAMED)
                star_done = True
        if "*" in doc.notes and not star_done:
            self.note(sub(el, "p"), "*", UNNAMED)
        return el if len(el) else None  # no symbol, title nor cover data: no preface (the schema wants one child)

    def proponent(self, p: etree._Element) -> bool:
        """The sponsors in ``docProponent`` and their "*" note; whether the note was written."""
        doc, cover = self.doc, self.doc.cover
        proponent = sub(p, "docProponent", {"refersTo": "#sponsors"})
        # a "*" after single sponsors: the note at the first, a noteRef at the others
        self.inline(proponent, Text(cover.sponsors, anchors=[NoteAnchor(offset, "*") for offset in cover.sponsors_stars
                                                             if "*" in doc.notes]), UNNAMED)
        self.tlc.setdefault("sponsors", ("TLCRole", self.lang.sponsors_role))
        if cover.sponsors_marker and "*" in doc.notes:
            self.note(p, "*", UNNAMED)
            return True
        return bool(cover.sponsors_stars) and "*" in doc.notes  # the note stands at the first star

    def preamble(self) -> etree._Element | None:
        if self.doc.formula is None:
            return None  # a decision in narrative form: no formula, no preamble
        el = E("preamble")
        self.preamble_parts(el, self.doc.formula, self.doc.recitals, self.doc.lead_in)
        return el

    def preamble_parts(self, el: etree._Element, formula_text: Text, recitals: list[Recital],
                       lead_in: Text | None) -> None:
        """Formula, recitals and operative lead-in, with eIds under ``self.prefix``."""
        pre = self.prefix
        formula = sub(el, "formula", {"name": "enactingFormula", "eId": self.eid(f"{pre}formula_1")})
        self.p(formula, formula_text, formula.get("eId"))
        if recitals:
            recs = sub(el, "recitals", {"eId": self.eid(f"{pre}recs_1")})
            for n, rec in enumerate(recitals, 1):
                self.recital(recs, rec, f"{recs.get('eId')}__rec_{n}")
        if lead_in:
            lead = sub(el, "formula", {"name": "operativeLeadIn", "eId": self.eid(f"{pre}formula_2")})
            self.p(lead, lead_in, lead.get("eId"))

    def recital(self, parent: etree._Element, rec: Recital, eid: str) -> None:
        eid = self.eid(eid)
        el = sub(parent, "recital", {"eId": eid})
        self.p(el, rec.text, eid)
        if rec.items:
            self.block_list(el, rec.items, eid)

    def block_list(self, parent: etree._Element, items: list[Item], owner: str) -> None:
        lid = self.eid(f"{owner}__list_1")
        bl = sub(parent, "blockList", {"eId": lid})
        for k, item in enumerate(items, 1):
            label = _label(item.num) or str(k)
            iid = self.eid(f"{lid}__item_{label}")
            it = sub(bl, "item", {"eId": iid})
            if item.num:
                sub(it, "num", text=item.num)
            self.p(it, item.text, iid)

    def main_body(self) -> etree._Element:
        el = E("mainBody")
        self.paragraphs(el, self.doc.paragraphs, self.doc.sections)
        return el

    def paragraphs(self, el: etree._Element, paragraphs: list[Paragraph], sections: list[Section] = ()) -> None:
        unnumbered = 0
        numbered = any(p.number for p in paragraphs)
        headed = section_starts(sections)
        tops = {id(s) for s in sections}
        parent = top = el
        for para in paragraphs:
            for section in headed.get(id(para), ()):
                if id(section) in tops:
                    parent = top = self.section(el, section, "section", f"{self.prefix}sec_{section.label}")
                else:
                    parent = self.section(top, section, "subsection", f"{top.get('eId')}__subsec_{section.label}")
            if para.number is None:
                unnumbered += 1
                eid = f"para_nn_{unnumbered}" if numbered else f"para_{unnumbered}"
            else:
                eid = f"para_{para.number}"
            self.paragraph(parent, para, self.eid(self.prefix + eid))

    def section(self, parent: etree._Element, section: Section, tag: str, eid: str) -> etree._Element:
        """A headed section (or sub-section) of the operative part: its number and heading (its
        paragraphs are added after it, with the eIds they have without sections: ``para_N``
        throughout)."""
        eid = self.eid(eid)
        el = sub(parent, tag, {"eId": eid})
        sub(el, "num", text=section.num)
        if section.heading:
            self.inline(sub(el, "heading"), section.heading, eid)
        if section.intro:
            self.inline(sub(sub(el, "intro"), "p"), section.intro, eid)
        return el

    def embedded(self, content: etree._Element, draft: Draft, owner: str) -> None:
        """A recommended draft, whole, in an ``embeddedStructure`` after the recommendation: its
        title (``longTitle``), formula, recitals and paragraphs, eIds under the structure's."""
        eid = self.eid(f"{owner}__embeddedStructure_1")
        structure = sub(sub(content, "p"), "embeddedStructure", {"eId": eid})
        if draft.title:
            self.inline(sub(sub(sub(structure, "longTitle"), "p"), "docTitle"), draft.title, eid)
        outer, self.prefix = self.prefix, eid + "__"
        try:
            self.preamble_parts(structure, draft.formula, draft.recitals, draft.lead_in)
            self.paragraphs(structure, draft.paragraphs, draft.sections)
        finally:
            self.prefix = outer

    def paragraph(self, parent: etree._Element, para: Paragraph, eid: str) -> None:
        el = sub(parent, "paragraph", {"eId": eid})
        if para.num:
            sub(el, "num", text=para.num)
        self.body_of(el, para.text, para.points, para.wrap_up, para.items, eid, para.draft)

    def body_of(self, el, text: Text, points: list[Point], wrap_up: Text | None, items: list[Item], eid: str,
                draft: Draft | None = None) -> None:
        if points:
            lst = sub(el, "list", {"eId": self.eid(f"{eid}__list_1")})
            lid = lst.get("eId")
            intro = sub(lst, "intro")  # intro and wrapUp belong to the list: refs and notes extend its eId
            self.p(intro, text, lid)
            if items:
                self.block_list(intro, items, lid)
            for point in points:
                self.point(lst, point, lid)
            if wrap_up:
                self.p(sub(lst, "wrapUp"), wrap_up, lid)
        else:
            content = sub(el, "content")
            self.p(content, text, eid)
            if draft:
                self.embedded(content, draft, eid)
            if items:
                self.block_list(content, items, eid)
            if wrap_up:
                self.p(content, wrap_up, eid)

    def point(self, parent: etree._Element, point: Point, list_eid: str) -> None:
        eid = self.eid(f"{list_eid}__point_{point.label}")
        el = sub(parent, "point", {"eId": eid})
        sub(el, "num", text=point.num)
        self.body_of(el, point.text, point.points, point.wrap_up, point.items, eid)

    def attachments(self) -> etree._Element | None:
        from .annexes import attachments  # (that module builds on this one)

        return attachments(self)

    def conclusions(self) -> etree._Element | None:
        if not self.doc.conclusions:
            return None
        el = E("conclusions")
        self.part = "conclusions"
        for text in self.doc.conclusions:
            self.p(el, text, UNNAMED)
        return el


def _label(num: str | None) -> str:
    if not num:
        return ""
    return "".join(c for c in num if c.isalnum())


def build(doc: Document) -> etree._Element:
    return AknWriter(doc).build()


#: elements that hold only elements: their children go on lines of their own.  Everything else
#: (``p``, ``num``, inline elements, notes) is mixed content and keeps its spacing exactly.
STRUCTURAL = frozenset(
    "akomaNtoso statement meta identification FRBRWork FRBRExpression FRBRManifestation references "
    "coverPage container preface preamble formula recitals recital mainBody paragraph list intro point "
    "content wrapUp blockList item conclusions hcontainer embeddedStructure longTitle section subsection".split()
    + "attachments attachment doc chapter article".split()
)
_STRUCTURAL_TAGS = frozenset(f"{{{AKN_NS}}}{name}" for name in STRUCTURAL)
#: a ``p`` that holds only an ``embeddedStructure`` (a recommended draft) is laid out as structure too
_P, _EMBEDDED = f"{{{AKN_NS}}}p", f"{{{AKN_NS}}}embeddedStructure"


def _indent(el: etree._Element, level: int) -> None:
    children = [c for c in el if isinstance(c.tag, str)]
    structural = el.tag in _STRUCTURAL_TAGS or (el.tag == _P and len(children) == 1 and children[0].tag == _EMBEDDED)
    if (not structural or not children or len(children) != len(el)
            or (el.text or "").strip() or any((c.tail or "").strip() for c in children)):
        return
    pad = "\n" + "  " * (level + 1)
    el.text = pad
    for child in children:
        _indent(child, level + 1)
        child.tail = pad
    children[-1].tail = "\n" + "  " * level


def to_bytes(root: etree._Element) -> bytes:
    """The document as UTF-8 bytes: structure indented, no white space added inside text."""
    _indent(root, 0)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8") + b"\n"

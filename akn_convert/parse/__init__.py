"""Parsing: a reader's :class:`~akn_convert.model.Source` to a :class:`~akn_convert.model.Document`.

Structure first (front matter, formula, preamble, operative part, notes), then inline
semantics (``parse.inline``) over every text of the document.
"""

from __future__ import annotations

from ..errors import NotAResolution, StructureError
from ..lang.base import Language
from ..model import Document, Footnote, NoteAnchor, Source
from .annexes import find_annexes, parse_annexes
from .cover import parse_front
from .metadata import Hints, identify
from .structure import find_formula, find_narrative, find_nesting, formula_organ, no_formula, parse_body, parse_nested
from .textops import append

__all__ = ["Hints", "body_texts", "parse"]


def parse(source: Source, lang: Language, hints: Hints | None = None) -> Document:
    hints = hints or Hints()
    blocks = source.blocks
    if not blocks:
        raise NotAResolution("no text found")
    start, nesting, narrative = _body_start(blocks, lang)
    blocks, annex_blocks = _split_annexes(blocks, start, lang)
    front = parse_front(blocks[:start], lang)
    body = (parse_nested(blocks, nesting, lang) if nesting
            else parse_body(blocks[start:], lang, narrative=narrative is not None))
    speaker = narrative.organ if narrative else formula_organ(body.formula.text, lang)
    ident = identify(front, source, speaker, [c.text for c in body.conclusions], lang, hints,
                     "\n".join(b.text.text for b in blocks[start:]),
                     narrative_date=narrative.date if narrative else None, narrative=narrative is not None)
    if not ident.date:
        raise StructureError("no date found in the text (no cover date, adoption date or symbol year); "
                             "give one (--date, or \"date\" in a sidecar)")
    doc = Document(
        lang=lang.code, name=ident.name, symbol=ident.symbol, organ=ident.organ, date=ident.date,
        date_name=ident.date_name, number=ident.number, cover=front.cover, title=front.title,
        formula=body.formula, recitals=body.recitals, lead_in=body.lead_in,
        paragraphs=body.paragraphs, conclusions=[*body.conclusions, *front.adoption_lines],
        front=front.extras, has_cover=front.has_cover,
        warnings=[*source.warnings, *ident.warnings, *body.warnings],
        source_texts=_input_texts(blocks, start, front, annex_blocks),
        speaker=narrative.organ if narrative else None,
        sections=body.sections,
    )
    doc.annexes = parse_annexes(annex_blocks, lang, doc.warnings) if annex_blocks else []
    front_anchors = [a.marker for b in blocks[:start] for a in b.text.anchors]
    _attach_notes(doc, source.notes, front_anchors=front_anchors)
    if "*" in doc.notes and doc.cover.sponsors and "*" not in front_anchors:
        # the sponsors carry the star note, even where PDF lost the "*" (but not where the
        # text prints it elsewhere: after single sponsors, "Colombia,* Italy, Morocco,* and
        # Peru", or after the title, "* Reissued for technical reasons")
        doc.cover.sponsors_marker = "*"
    return doc


def body_texts(source: Source, lang: Language) -> list[str]:
    """The input side of the words-in-order check for ``source`` (what ``parse`` records in
    ``Document.source_texts``), without parsing the body."""
    start, _, _ = _body_start(source.blocks, lang)
    blocks, annex_blocks = _split_annexes(source.blocks, start, lang)
    return _input_texts(blocks, start, parse_front(blocks[:start], lang), annex_blocks)


def _split_annexes(blocks, start: int, lang: Language):
    """The blocks of the resolution and those of its annexes (after its operative part)."""
    at = find_annexes(blocks, start, lang)
    return (blocks, []) if at is None else (blocks[:at], blocks[at:])


def _body_start(blocks, lang: Language):
    """Where the body starts (its formula's block, or the narrative paragraph of a decision
    printed without formula), for a draft that recommends another draft for adoption where
    each of its parts stands, and for a decision in narrative form its organ and date."""
    nesting = find_nesting(blocks, lang)
    if nesting:
        return nesting.formula, nesting, None
    index = find_formula(blocks, lang)
    if index is not None:
        return index, None, None
    narrative = find_narrative(blocks, lang)
    if narrative is None:
        raise no_formula(lang)
    return narrative.index, None, narrative


def _input_texts(blocks, start: int, front, annex_blocks=()) -> list[str]:
    """The reader's texts from the opening formula (or a decision's narrative paragraph) on,
    then the adoption lines of the front matter (written last, in the conclusions), then the
    annexes (written after the conclusions)."""
    return ([b.text.text for b in blocks[start:]] + [t.text for t in front.adoption_lines]
            + [b.text.text for b in annex_blocks])


#: the cover lines kept as strings (``Cover.field_notes``) that the preface writes, and those the
#: cover page writes (only where the text has a cover page)
_PREFACE_FIELDS = frozenset({"symbol", "session", "agenda_item", "agenda_title", "sponsors"})
_COVER_PAGE_FIELDS = frozenset({"organ", "distribution", "date", "language", "languages", "original"})


def _attach_notes(doc: Document, notes: list[Footnote], front_anchors: list[str]) -> None:
    """Keep the notes that have a marker in the text; warn about the others."""
    cited = [a.marker for t in doc.texts() for a in t.anchors]
    cited += [a.marker for n in notes for a in n.text.anchors]
    # before the formula, the sponsors' star is written with the sponsors or the title; the
    # preface keeps the notes of the cover lines it keeps: at the end of a line kept as a string
    # ("Item 12 of the provisional agenda¹"), in the title, the place line and the other lines it
    # writes; the masthead's lines are written, notes and all, where there is a cover page.  A
    # marker in a line the document does not keep is none of these: its note goes where a note
    # with no marker goes
    cited += [m for m in front_anchors if m == "*"]
    written = _PREFACE_FIELDS | (_COVER_PAGE_FIELDS if doc.has_cover else frozenset())
    cited += [m for field, markers in doc.cover.field_notes.items() if field in written for m in markers]
    cited += [a.marker for t in (doc.title, doc.cover.place_dates, *(t for _, t in doc.front), *doc.conclusions)
              if t is not None for a in t.anchors]
    by_marker = {}
    for note in notes:
        if note.marker in by_marker:
            doc.warnings.append(f"footnote {note.marker} is given twice; the second is kept as text of the first")
            append(by_marker[note.marker].text, note.text)
            continue
        by_marker[note.marker] = note
    for marker, note in by_marker.items():
        if marker == "*":
            continue  # the sponsors' note goes with the sponsors or the title
        if marker not in cited:
            doc.warnings.append(f"footnote {marker} has no marker in the text; it is placed at the end of the last paragraph")
            last = doc.paragraphs[-1]
            target = last.wrap_up or (last.points[-1].text if last.points else last.text)
            target.anchors.append(NoteAnchor(len(target.text), marker))
    for marker in dict.fromkeys(cited):
        if marker not in by_marker:
            doc.warnings.append(f"footnote marker {marker} has no footnote text; the marker is dropped")
            for t in doc.texts():
                t.anchors = [a for a in t.anchors if a.marker != marker]
    doc.notes = by_marker

"""The document model: what a UN resolution is made of, as plain dataclasses (no XML).

Readers turn input text into :class:`Source` (logical blocks and footnotes); the parser turns a
``Source`` into a :class:`Document`; writers turn a ``Document`` into AKN XML.

Running text is a :class:`Text`: a plain string plus *spans* over it (styles such as italics,
and inline semantics such as references and dates) and *note anchors* (where a footnote marker
stands).  Offsets are character offsets into ``Text.text``; spans are half-open ``[start, end)``.
Keeping the words in one string makes the words-in-order check and the inline parsers simple,
and lets writers nest elements however their format requires.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Span kinds that are inline semantics (never overlap each other).
SEMANTIC_KINDS = frozenset({"ref", "date", "organization", "location", "role"})


@dataclass
class Span:
    """An annotation over ``Text.text[start:end]``.

    ``kind`` is ``"i"`` or ``"b"`` (style) or ``"ref"``, ``"date"``, ``"organization"``,
    ``"location"``, ``"role"`` (semantics).  ``attrs`` holds the attributes the writer needs:
    ``href`` for a ref (``class`` "decision" for a decision's, ``organ`` the cited organ, for
    the references), ``date`` (ISO) for a date, ``refersTo`` for an organization, location or
    role, with ``showAs`` the name of its TLC entry.
    """

    start: int
    end: int
    kind: str
    attrs: dict[str, str] = field(default_factory=dict)


@dataclass
class NoteAnchor:
    """A footnote marker standing at ``offset`` (between two characters of the text)."""

    offset: int
    marker: str


@dataclass
class Text:
    """A run of text with its spans and footnote anchors."""

    text: str = ""
    spans: list[Span] = field(default_factory=list)
    anchors: list[NoteAnchor] = field(default_factory=list)

    def __bool__(self) -> bool:  # an empty text is "no text"
        return bool(self.text)

    def semantic_spans(self) -> list[Span]:
        return [s for s in self.spans if s.kind in SEMANTIC_KINDS]


# --------------------------------------------------------------------------- reader output


@dataclass
class Block:
    """One logical block of input: a paragraph, a heading line, a list item.

    ``line`` is the input line it starts on (for messages), ``lines`` the physical lines it was
    made of (cover-page fields are one per line).
    """

    text: Text
    line: int = 0
    lines: list[str] = field(default_factory=list)


@dataclass
class Footnote:
    """A footnote: its marker as printed (``"1"``, ``"*"``) and its text."""

    marker: str
    text: Text
    line: int = 0


@dataclass
class Source:
    """What a reader hands to the parser: body blocks in order, footnotes, and what it saw."""

    blocks: list[Block]
    notes: list[Footnote] = field(default_factory=list)
    shape: str = "clean"
    #: document symbols found in running headers (PDF shape), most frequent first
    header_symbols: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- parsed document


@dataclass
class Item:
    """An item of a list that is not a numbered point (dash-led items, lettered items in a recital)."""

    num: str | None
    text: Text


@dataclass
class Point:
    """A lettered or numbered point of an operative paragraph (``a)``, ``(a)``, ``(i)``)."""

    num: str  # as printed: "a)", "(a)", "(i)"
    label: str  # normalised label used in eIds: "a", "i"
    text: Text  # content, or intro when it has sub-points
    points: list[Point] = field(default_factory=list)
    wrap_up: Text | None = None
    items: list[Item] = field(default_factory=list)  # dash-led items after its text ("— Respect …")


@dataclass
class Paragraph:
    """An operative paragraph.  ``num`` is as printed (``"1."``); ``None`` for unnumbered text."""

    num: str | None
    number: int | None
    text: Text  # content, or the intro when the paragraph has points or items
    points: list[Point] = field(default_factory=list)
    wrap_up: Text | None = None
    items: list[Item] = field(default_factory=list)  # dash-led items (blockList)
    line: int = 0
    #: the draft this paragraph recommends for adoption by another organ ("Recommends to the
    #: Economic and Social Council the approval of the following draft resolution …:"), quoted
    #: whole after the paragraph's text
    draft: Draft | None = None


@dataclass
class Section:
    """A headed section of the operative part ("I" / "Protection of sites"): its number as
    printed ("I", "II.", "أولا -"), its eId label ("I", "II"), its heading, its paragraphs
    (those of its sub-sections included) and its sub-sections ("A. Sites of worship" under "I").

    The paragraphs are also in the document's (or draft's) flat list of paragraphs, where
    counts and references find them: a section only groups a run of that list."""

    num: str
    label: str
    heading: Text  # empty when the section has only its number ("II")
    paragraphs: list[Paragraph] = field(default_factory=list)
    line: int = 0
    sections: list[Section] = field(default_factory=list)
    intro: Text | None = None  # a lead-in under the number ("I" / "Declares that:")


@dataclass
class Recital:
    """A preambular paragraph, with lettered items when it has some."""

    text: Text
    items: list[Item] = field(default_factory=list)
    line: int = 0


@dataclass
class Draft:
    """A draft resolution or decision that a paragraph recommends for adoption by another organ:
    its own title, formula (the organ that would adopt it), preamble and operative part."""

    formula: Text
    organ: str | None  # actor id of the formula's organ
    title: Text | None = None
    recitals: list[Recital] = field(default_factory=list)
    lead_in: Text | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)  # headed runs of ``paragraphs``

    def texts(self):
        """Every :class:`Text` of the draft in reading order (title, formula to last paragraph)."""
        if self.title:
            yield self.title
        yield from _body_texts(self.formula, self.recitals, self.lead_in, self.paragraphs, self.sections)


@dataclass
class Cover:
    """Cover-page (masthead) data, each field as printed in the input; ``None`` when absent."""

    organ: str | None = None
    distribution: str | None = None
    date_text: str | None = None
    date: str | None = None  # ISO
    language: str | None = None  # language of the expression as printed ("Français")
    original_language: str | None = None  # "Original : anglais"
    #: the languages the document is issued in, when the cover lists them ("Arabic, Chinese,
    #: English, French, Russian and Spanish only")
    languages: str | None = None
    session_text: str | None = None  # "Dixième session"
    session: int | None = None
    place: str | None = None  # "Vienne"
    place_dates: Text | None = None  # "Vienne, 12-16 octobre 2020" with its date spans
    agenda_item: str | None = None  # "Point 2 b) de l'ordre du jour"
    agenda_title: str | None = None
    #: the titles of the further items of a cover naming several ("Agenda items 14 and 117")
    more_agenda_titles: list[str] = field(default_factory=list)
    #: the principal organ a subsidiary body's masthead names above it ("Assemblée générale"
    #: above "Conseil des droits de l'homme"): (name as printed, actor id)
    parent_organ: tuple[str, str] | None = None
    sponsors: str | None = None
    sponsors_marker: str | None = None  # "*" when the sponsors carry the star note
    #: offsets in ``sponsors`` of "*" markers after single sponsors ("Marruecos*, México y
    #: Portugal*"); the star at the end of the list is ``sponsors_marker``
    sponsors_stars: list[int] = field(default_factory=list)
    doc_stage: str | None = None  # "projet de résolution révisé"
    stage_separator: str = ": "  # as printed between the sponsors and the kind (" : ", "：")
    #: the words after the proposer ("on the basis of informal consultations"), outside docProponent
    sponsors_tail: str = ""
    #: the parts of the sponsors' line in printed order: "sponsors", "sep", "stage" and "tail"
    #: ("Draft decision submitted by the President": the stage first)
    sponsors_layout: tuple[str, ...] = ("sponsors", "sep", "stage")
    #: footnote markers of cover lines kept as plain strings, by field ("agenda_item": ["1"] for
    #: "Point 2 de l'ordre du jour provisoire¹"): each note goes at the end of its field's line
    field_notes: dict[str, list[str]] = field(default_factory=dict)
    symbol: str | None = None


@dataclass
class Article:
    """An article of an annex ("Article 2" and its heading "Rights"): numbered paragraphs, or
    plain text (unnumbered paragraphs)."""

    num: Text  # the label as printed ("Article 2")
    label: str  # its number in eIds ("2")
    heading: Text | None = None
    paragraphs: list[Paragraph] = field(default_factory=list)
    line: int = 0


@dataclass
class Chapter:
    """A chapter of an annex ("Chapter I" and its heading), or a headed section ("II. Goals and
    targets", ``kind`` "section"): its articles and paragraphs."""

    num: Text
    label: str
    heading: Text | None = None
    parts: list[Paragraph | Article] = field(default_factory=list)
    line: int = 0
    kind: str = "chapter"  # or "section", or "appendix" (an appendix of the annex: "Appendix" / its title)


@dataclass
class Annex:
    """A text annexed to the resolution ("Annex II" / its title / its own text): a preamble with
    its own formula when it has one ("The States Members of the United Nations," … "Declare the
    following:"), then its parts in order: paragraphs (numbered or not), articles, chapters.
    Its notes are the document's (``Document.notes``); their anchors stand in its texts."""

    label: Text  # as printed ("Annex II")
    num: str | None  # "II"; None for a lone "Annex"
    title: Text | None = None
    formula: Text | None = None
    recitals: list[Recital] = field(default_factory=list)
    lead_in: Text | None = None
    parts: list[Paragraph | Article | Chapter] = field(default_factory=list)
    line: int = 0

    def texts(self):
        """Every :class:`Text` of the annex in reading order (label to last paragraph)."""
        yield self.label
        if self.title:
            yield self.title
        yield from _body_texts(self.formula, self.recitals, self.lead_in, [])
        yield from _parts_texts(self.parts)


def _parts_texts(parts):
    for part in parts:
        if isinstance(part, Paragraph):
            yield from _paragraph_texts(part)
            continue
        yield part.num
        if part.heading:
            yield part.heading
        yield from _parts_texts(part.paragraphs if isinstance(part, Article) else part.parts)


@dataclass
class Document:
    """A parsed resolution, ready for the writers."""

    lang: str  # ISO 639-2 code: fra, eng, spa, rus, ara, zho
    name: str  # resolution | resolutionDraft | decision | decisionDraft
    symbol: str | None
    organ: str | None  # actor id (un-ga, un-sc, ...)
    date: str  # ISO date (YYYY-MM-DD)
    date_name: str  # adoption | distribution | year | unknown
    number: str  # the FRBRnumber value ("74-176", "CTOC-COP-2020-L.6-Rev.1")
    cover: Cover = field(default_factory=Cover)
    has_cover: bool = False  # the input has a cover page (masthead)
    #: front-matter lines kept as they are, in order: (kind, text); kind is "heading"
    #: (yearbook heading), "adopted" (adoption line above the title), "number" (the number
    #: before a title), "reference" ("[without reference to a Main Committee]") or "other"
    front: list[tuple[str, Text]] = field(default_factory=list)
    title: Text | None = None
    formula: Text | None = None
    recitals: list[Recital] = field(default_factory=list)
    lead_in: Text | None = None  # operative lead-in such as "Resolves that:"
    paragraphs: list[Paragraph] = field(default_factory=list)
    conclusions: list[Text] = field(default_factory=list)  # adoption line, meeting and date
    notes: dict[str, Footnote] = field(default_factory=dict)  # by marker, in order
    warnings: list[str] = field(default_factory=list)
    #: the reader's texts of the body as they came in (formula on, then adoption lines taken
    #: from the front matter): the input side of the words-in-order check
    source_texts: list[str] = field(default_factory=list)
    #: a decision in narrative form (no formula): the organ its sentence names, which speaks
    speaker: str | None = None
    #: headed sections of the operative part: runs of ``paragraphs`` (none in most resolutions)
    sections: list[Section] = field(default_factory=list)
    #: texts annexed to the resolution, after its conclusions
    annexes: list[Annex] = field(default_factory=list)

    def texts(self):
        """Every :class:`Text` of the body in reading order (formula to last paragraph, the
        conclusions, then the annexes).

        The order is the order the words-in-order check and the inline parsers walk.
        """
        yield from _body_texts(self.formula, self.recitals, self.lead_in, self.paragraphs, self.sections)
        yield from self.conclusions
        for annex in self.annexes:
            yield from annex.texts()


def _body_texts(formula: Text | None, recitals: list[Recital], lead_in: Text | None, paragraphs: list[Paragraph],
                sections: list[Section] = ()):
    if formula:
        yield formula
    for rec in recitals:
        yield rec.text
        for item in rec.items:
            yield item.text
    if lead_in:
        yield lead_in
    headed = section_starts(sections)
    for para in paragraphs:
        for section in headed.get(id(para), ()):
            yield section.heading
            if section.intro:
                yield section.intro
        yield from _paragraph_texts(para)


def section_starts(sections: list[Section]) -> dict[int, list[Section]]:
    """``id()`` of a paragraph -> the sections that start with it, outermost first (a section
    and its first sub-section when the section has no paragraph of its own before it; a section
    with no paragraph at all before the next)."""
    out: dict[int, list[Section]] = {}
    empty: list[Section] = []  # heads with no paragraph (a line printed twice): before the next head
    for section in sections:
        for s in (section, *section.sections):
            if s.paragraphs:
                out.setdefault(id(s.paragraphs[0]), []).extend([*empty, s])
                empty = []
            else:
                empty.append(s)
    return out


def _paragraph_texts(para: Paragraph):
    yield from list_texts(para)
    if para.draft:  # (a recommending paragraph has no items nor points: its draft follows its text)
        yield from para.draft.texts()


def list_texts(node: Paragraph | Point):
    """The texts of a paragraph or a point in reading order: its text, its dash items, its
    points (each with its own), its closing words; a nested draft left out."""
    yield node.text
    for item in node.items:
        yield item.text
    for point in node.points:
        yield from list_texts(point)
    if node.wrap_up:
        yield node.wrap_up

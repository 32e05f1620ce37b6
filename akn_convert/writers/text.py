"""The AKN document back to plain text (``akn-convert text``), to diff against the input.

By default the text is what the words-in-order check compares (``validate/textcheck.py``): the
body from the formula to the last paragraph (``preamble``, ``mainBody``, ``conclusions``; the
body of any other document type likewise, and its annexes if it has any), then the notes in the check's order (``*`` first,
then by number), so ``textcheck.words(text)`` equals ``textcheck.output_words(root)``.  Notes
carry no marker there (a marker would be an extra word); their place in the text is the note
list after the ``---`` line.  ``front=True`` puts the cover page and the preface first, as a
reader sees the document.

One paragraph per line, blank lines between them: a numbered paragraph or point starts with its
number as printed ("13.", "a)"), the way the clean input shape writes it.
"""

from __future__ import annotations

from lxml import etree

from ..aknxml import AKN, INLINE, is_code, marker_key, text_without_notes

FRONT_PARTS = ("coverPage", "preface", "header")  # (a judgment has a header, not a preface)
#: the parts the words-in-order check compares (``textcheck.BODY_PARTS``), with the body of the
#: other AKN document types (an act's ``body``, a judgment's ``judgmentBody`` ...) in its place,
#: and the annexes of a document that has them, so that any AKN document gives its text
TEXT_PARTS = ("preamble", "mainBody", "body", "judgmentBody", "debateBody", "amendmentBody", "portionBody",
              "collectionBody", "conclusions", "attachments",  # (akn-convert writes annexes as attachments)
              "components")  # (documents a collection refers to, kept after it)
NOTE = AKN + "authorialNote"
META = AKN + "meta"  # (an attached or collected document has its own)
#: notes kept in the metadata (``meta/notes/note``) and pointed at by ``noteRef``s
KEPT_NOTE, NOTE_REF = AKN + "note", AKN + "noteRef"
NUM = AKN + "num"
#: elements whose text is one paragraph of the plain text
BLOCKS = {AKN + name for name in ("p", "heading", "subheading", "li", "td", "th", "caption", "foreign")}
NOTES_RULE = "---"


def _inline(el: etree._Element) -> str:
    """The running text of an element, notes left out, spacing made plain."""
    return " ".join(text_without_notes(el).split())


def _paragraphs(el: etree._Element, out: list[str], pending: list[str], lines: bool = False) -> None:
    """Paragraphs of ``el`` in document order; a ``num`` waits for the paragraph it opens.
    ``lines``: each element child of ``el`` is a line of its own, inline or not (a front matter
    setting down its parts bare: a judgment's courtType, docketNumber, judge ...)."""
    if not isinstance(el.tag, str) or el.tag in (NOTE, META) or is_code(el):
        return
    if el.tag == NUM:
        pending.append(_inline(el))
        return
    if (el.tag in BLOCKS or _holds_text(el)) and not _holds_blocks(el):
        text = " ".join(pending + [_inline(el)]).strip()
        pending.clear()
        if text:
            out.append(text)
        return
    # blocks with words between them (a paragraph quoting a draft: "<i>Recommends</i> the
    # following draft: <embeddedStructure>"; text loose in a section): the words between two
    # blocks, inline elements and all, are one paragraph
    run: list[str] = [el.text or ""]

    def flush() -> None:
        text = " ".join("".join(run).split())
        run.clear()
        if text:
            out.append(" ".join(pending + [text]))
            pending.clear()

    for child in el:
        if not isinstance(child.tag, str) or child.tag == NOTE or is_code(child):
            pass  # (a comment, a note (listed after the text), a script: nothing of the run)
        elif not lines and _inline_in_run(child):
            run.append(text_without_notes(child))
        else:
            flush()
            _paragraphs(child, out, pending)
        run.append(child.tail or "")
    flush()


def _inline_in_run(el: etree._Element) -> bool:
    """An inline element (``i``, ``ref`` ...) holding no block: part of the run of words it
    stands in."""
    return el.tag.startswith(AKN) and el.tag[len(AKN):] in INLINE and not _holds_blocks(el)


def _holds_text(el: etree._Element) -> bool:
    """Whether words stand in the element itself, beside its children (a debate's summary
    ``(Question carried by <quantity>72</quantity> votes)``): then it is one paragraph."""
    return bool((el.text and el.text.strip()) or any(c.tail and c.tail.strip() for c in el))


def _holds_blocks(el: etree._Element) -> bool:
    """Whether a paragraph holds paragraphs of its own (an ``embeddedStructure``: a recommended
    draft), notes aside: then each of those is a paragraph of the plain text."""
    return any(d.tag in BLOCKS and not any(a.tag == NOTE for a in d.iterancestors()) for d in el.iterdescendants())


def _kept_notes(root: etree._Element) -> list[etree._Element]:
    """The notes of ``meta/notes`` that the text points at, in the order it first does."""
    kept = {note.get("eId"): note for note in root.iter(KEPT_NOTE) if note.get("eId")}
    out: list[etree._Element] = []
    for ref in root.iter(NOTE_REF):
        note = kept.pop(ref.get("href", "").lstrip("#"), None)
        if note is not None:
            out.append(note)
    return out


def plain_text(root: etree._Element, *, front: bool = False) -> str:
    """Plain text of an AKN document (root element ``akomaNtoso``)."""
    # the document element: the first element child (a comment or a processing instruction
    # may come before it)
    document = next((child for child in root if isinstance(child.tag, str)), root)
    parts = (FRONT_PARTS if front else ()) + TEXT_PARTS
    paragraphs: list[str] = []
    found = [document.find(AKN + name) for name in parts] + [root.find(AKN + "components")]
    for part in found:
        if part is not None:
            pending: list[str] = []
            _paragraphs(part, paragraphs, pending, lines=part.tag[len(AKN):] in FRONT_PARTS)
            if pending:
                paragraphs.append(" ".join(pending))
    notes = sorted(root.iter(NOTE), key=lambda note: marker_key(note.get("marker", "")))
    notes += _kept_notes(root)
    note_texts = []
    for note in notes:
        lines: list[str] = []
        if note.text and note.text.strip():
            lines.append(" ".join(note.text.split()))
        for child in note:
            _paragraphs(child, lines, [])
        note_texts.append(" ".join(lines))
    text = "\n\n".join(paragraphs)
    if note_texts:
        text += "\n\n" + NOTES_RULE + "\n\n" + "\n\n".join(note_texts)
    return text + "\n"

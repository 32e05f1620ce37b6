"""Tables of an AKN document whose cells span more columns than the table has: what the HTML
rendition shows instead (HTML wants a cell to begin in every column of a table).

A table converted from a word processor may give a cell ``colspan="3"`` where no other row has
three columns there (Laws.Africa's indigo keeps such tables as it finds them).  The page keeps
every cell and its text; a cell's span just leaves out the columns in which no cell begins.  The
row spans are counted as the stylesheet counts them (``templates/akn-html.xsl``): rows without
cells are left out and no cell spans past the table's last row.
"""

from __future__ import annotations

import copy

from lxml import etree

from ..aknfile import AKN_NS

TABLE, TR = f"{{{AKN_NS}}}table", f"{{{AKN_NS}}}tr"
CELLS = (f"{{{AKN_NS}}}th", f"{{{AKN_NS}}}td")


def _span(cell: etree._Element, name: str) -> int:
    try:
        return max(1, int(cell.get(name, "1")))
    except ValueError:
        return 1


def _spans(table: etree._Element) -> dict[etree._Element, int] | None:
    """The colspan each cell of ``table`` should have, or None when every span fits."""
    rows = [tr for tr in table.iterchildren(TR)]
    filled = [i for i, tr in enumerate(rows) if any(c.tag in CELLS for c in tr)]
    taken: set[tuple[int, int]] = set()
    starts: dict[etree._Element, int] = {}
    for r, i in enumerate(filled):
        column = 0
        for cell in (c for c in rows[i] if c.tag in CELLS):
            while (r, column) in taken:
                column += 1
            down = len([j for j in filled if i <= j < i + _span(cell, "rowspan")])
            across = _span(cell, "colspan")
            taken |= {(r + y, column + x) for y in range(down) for x in range(across)}
            starts[cell] = column
            column += across
    begun = set(starts.values())
    empty = {column for _, column in taken} - begun
    if not empty:
        return None
    return {cell: _span(cell, "colspan") - len([c for c in empty if start < c < start + _span(cell, "colspan")])
            for cell, start in starts.items()}


def mended(root: etree._Element) -> etree._Element:
    """``root`` itself when all its tables fit their columns, else a copy whose cells span only
    columns in which some cell begins (the document given is never changed)."""
    bad = [i for i, table in enumerate(root.iter(TABLE)) if _spans(table)]
    if not bad:
        return root
    copied = copy.deepcopy(root)
    tables = list(copied.iter(TABLE))
    for i in bad:
        for cell, span in _spans(tables[i]).items():
            if span > 1:
                cell.set("colspan", str(span))
            elif "colspan" in cell.attrib:
                del cell.attrib["colspan"]
    return copied

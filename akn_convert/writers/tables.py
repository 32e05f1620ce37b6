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
from bisect import bisect_left, bisect_right

from lxml import etree

from ..aknfile import AKN_NS

TABLE, TR = f"{{{AKN_NS}}}table", f"{{{AKN_NS}}}tr"
CELLS = (f"{{{AKN_NS}}}th", f"{{{AKN_NS}}}td")


#: the widest span HTML allows a cell (browsers read a wider one as this): a colspan of two
#: billion is a short file, not a table to lay out column by column
MAX_COLSPAN = 1000


def _span(cell: etree._Element, name: str) -> int:
    try:
        return max(1, int(cell.get(name, "1")))
    except ValueError:
        return 1


def _spans(table: etree._Element) -> dict[etree._Element, int] | None:
    """The colspan each cell of ``table`` should have, or None when every span fits.

    Cells are laid out as a browser does: each begins at the first column of its row that no
    cell from a row above still holds (rows without cells left out).  A cell then spans one
    column, plus each column inside its span in which some cell begins."""
    rows = list(table.iterchildren(TR))
    filled = [i for i, tr in enumerate(rows) if any(c.tag in CELLS for c in tr)]
    carried: list[tuple[int, int, int]] = []  # (first column, column after, last row) held from above
    starts: dict[etree._Element, tuple[int, int]] = {}  # cell -> (first column, columns it spans)
    for r, i in enumerate(filled):
        carried = sorted(c for c in carried if c[2] >= r)
        column, k, placed = 0, 0, []
        for cell in (c for c in rows[i] if c.tag in CELLS):
            while k < len(carried) and carried[k][0] <= column:  # (held from above: the next free column)
                column = max(column, carried[k][1])
                k += 1
            across = min(_span(cell, "colspan"), MAX_COLSPAN)
            down = bisect_left(filled, i + _span(cell, "rowspan")) - r  # (rows with cells it reaches)
            if down > 1:
                placed.append((column, column + across, r + down - 1))
            starts[cell] = (column, across)
            column += across
        carried += placed
    begun = sorted({start for start, _ in starts.values()})
    spans = {cell: 1 + bisect_left(begun, start + across) - bisect_right(begun, start)
             for cell, (start, across) in starts.items()}
    return None if all(spans[cell] == _span(cell, "colspan") for cell in spans) else spans


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

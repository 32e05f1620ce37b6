"""Tables of an AKN document whose cells span more columns than the table has: what the HTML
rendition shows instead (HTML wants a cell to begin in every column of a table).

A table converted from a word processor may give a cell ``colspan="3"`` where no other row has
three columns there (Laws.Africa's indigo keeps such tables as it finds them).  The page keeps
every cell and its text; a cell's span just leaves out the columns in which no cell begins, and
its row span counts the rows with cells it reaches (the stylesheet leaves rows without cells
out), no further than the table's last.
"""

from __future__ import annotations

import copy
from bisect import bisect_left, bisect_right

from lxml import etree

from ..aknxml import AKN_NS
from ..errors import InputError

TABLE, TR = f"{{{AKN_NS}}}table", f"{{{AKN_NS}}}tr"
CELLS = (f"{{{AKN_NS}}}th", f"{{{AKN_NS}}}td")


#: how much laying out the tables of one document may take (cells placed plus cells from rows
#: above looked at, row by row): real tables take thousands; a few thousand rows each held by
#: a cell spanning every row below would take hours
MAX_STEPS = 2_000_000
#: the widest span HTML allows a cell (browsers read a wider one as this): a colspan of two
#: billion is a short file, not a table to lay out column by column
MAX_COLSPAN = 1000


def _span(cell: etree._Element, name: str) -> int:
    try:
        return max(1, int(cell.get(name, "1")))
    except ValueError:
        return 1


class _Budget:
    def __init__(self) -> None:
        self.left = MAX_STEPS

    def spend(self, steps: int, table: etree._Element) -> None:
        self.left -= steps
        if self.left < 0:
            where = f" {table.get('eId')}" if table.get("eId") else ""
            raise InputError(f"cannot render the document: its table{where} holds cells spanning too many "
                             f"rows and columns to lay out (more than {MAX_STEPS:,} steps)")


def _spans(table: etree._Element, budget: _Budget) -> dict[etree._Element, tuple[int, int]] | None:
    """The (colspan, rowspan) each cell of ``table`` should have, or None when every span fits.

    Cells are laid out as a browser does: each begins at the first column of its row that no
    cell from a row above still holds (rows without cells left out: the page has no such row).
    A cell then spans one column, plus each column inside its span in which some cell begins,
    and the rows with cells that its span reaches, no further than the table's last."""
    rows = list(table.iterchildren(TR))
    filled = [i for i, tr in enumerate(rows) if any(c.tag in CELLS for c in tr)]
    carried: list[tuple[int, int, int]] = []  # (first column, column after, last row) held from above
    starts: dict[etree._Element, tuple[int, int]] = {}  # cell -> (first column, columns it spans)
    downs: dict[etree._Element, int] = {}  # cell -> rows it spans
    for r, i in enumerate(filled):
        budget.spend(len(carried) + len(rows[i]), table)
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
            starts[cell], downs[cell] = (column, across), down
            column += across
        carried += placed
    begun = sorted({start for start, _ in starts.values()})
    spans = {cell: (1 + bisect_left(begun, start + across) - bisect_right(begun, start), downs[cell])
             for cell, (start, across) in starts.items()}
    fits = all(across == _span(cell, "colspan") and cell.get("rowspan", str(down)) == str(down)
               for cell, (across, down) in spans.items())
    return None if fits else spans


def mended(root: etree._Element) -> etree._Element:
    """``root`` itself when all its tables fit their columns and rows, else a copy whose cells
    span only columns in which some cell begins, and the rows with cells they reach (the
    document given is never changed).  Raises :class:`InputError` for tables too intricate to
    lay out (see ``MAX_STEPS``)."""
    budget = _Budget()
    mends = [(i, spans) for i, table in enumerate(root.iter(TABLE)) if (spans := _spans(table, budget))]
    if not mends:
        return root
    copied = copy.deepcopy(root)
    tables = list(copied.iter(TABLE))
    for i, spans in mends:
        cells = [c for tr in tables[i].iterchildren(TR) for c in tr if c.tag in CELLS]
        for cell, (across, down) in zip(cells, spans.values()):
            if across > 1:
                cell.set("colspan", str(across))
            elif "colspan" in cell.attrib:
                del cell.attrib["colspan"]
            if "rowspan" in cell.attrib:
                cell.set("rowspan", str(down))
    return copied

"""``akn-convert eval``: convert every file of a corpus and compare with its manifest."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from .common import fail


def eval_corpus(
    directory: Path = typer.Argument(..., metavar="CORPUS_DIR", readable=False, help="Folder holding the files the manifest lists."),
    manifest: Optional[Path] = typer.Option(None, "--manifest", "-m", metavar="MANIFEST.tsv", readable=False,
                                            help="Tab-separated manifest (default: CORPUS_DIR/MANIFEST.tsv)."),
    warnings: bool = typer.Option(False, "--warnings", metavar="", help="List each document's conversion warnings."),
) -> None:
    """Convert every file a manifest lists; compare counts, language, organ, symbol and date.

    Exits with 1 when any document differs from the manifest."""
    from rich.console import Console
    from rich.markup import escape

    from ..errors import AknConvertError
    from ..evaluation import evaluate

    try:
        report = evaluate(directory, manifest or directory / "MANIFEST.tsv")
    except AknConvertError as exc:
        fail(str(exc))
    # a pipe or a log gets the whole table, not one folded to 80 columns
    console = Console(highlight=False, width=None if sys.stdout.isatty() else 200)
    console.print(_documents_table(report))
    console.print(_totals_table(report))
    for o in report.outcomes:
        if o.error:
            console.print(f"[red]{escape(o.error)}[/red]")  # (the error names the file)
        if warnings:
            for w in o.warnings:
                console.print(f"[dim]{escape(o.row.file)}: warning: {escape(w)}[/dim]")
    off = [o for o in report.outcomes if not o.exact]
    if off:
        fail(f"{len(off)} of {len(report.outcomes)} document(s) differ from the manifest")
    console.print(f"[green]all {len(report.outcomes)} document(s) exact[/green]")


def _cell(expected, got, checked: bool = True) -> str:
    from rich.markup import escape  # (a manifest's or a document's text is never markup)

    shown = escape(str(got if got not in (None, "") else "—"))
    if not checked or expected == got:
        return shown
    return f"[red]{shown}[/red] [dim](≠{escape(str(expected))})[/dim]"


def _documents_table(report):
    from rich.markup import escape
    from rich.table import Table

    from ..evaluation import COUNTS, FIELDS

    table = Table(title="Documents", show_lines=False)
    table.add_column("file", overflow="fold")
    table.add_column("shape")
    for name in FIELDS:
        table.add_column(name)
    for name in COUNTS:
        table.add_column(name, justify="right")
    table.add_column("result")
    for o in report.outcomes:
        exp = o.row.expected
        if o.error:
            cells = ["[red]error[/red]"] * (len(FIELDS) + len(COUNTS))
        else:
            cells = [_cell(exp[k], o.got.get(k), bool(exp[k])) for k in FIELDS]
            cells += [_cell(o.row.counts[k], o.counts.get(k)) for k in COUNTS]
        table.add_row(escape(o.row.file), escape(o.row.shape), *cells, "[green]exact[/green]" if o.exact else "[red]off[/red]")
    return table


def _totals_table(report):
    from rich.markup import escape
    from rich.table import Table

    from ..evaluation import COUNTS

    table = Table(title="Totals (got / expected; |diff| summed over documents)")
    for name in ("language", "shape", "documents", "exact", "errors"):
        table.add_column(name, justify="right" if name in ("documents", "exact", "errors") else "left")
    for name in COUNTS:
        table.add_column(name, justify="right")
    for (lang, shape), t in report.totals().items():
        counts = [f"{t.got[k]}/{t.expected[k]}" + (f" [red]({t.diff[k]})[/red]" if t.diff[k] else "")
                  for k in COUNTS]
        style = "bold" if "*" in (lang, shape) else None
        table.add_row("all" if lang == "*" else escape(lang), "all" if shape == "*" else escape(shape), str(t.documents),
                      str(t.exact) if t.exact == t.documents else f"[red]{t.exact}[/red]", str(t.failed),
                      *counts, style=style)
    return table

"""``akn-convert refs``: what the inline parsers recognised in one resolution, for review.

One row per thing recognised: the eId of the paragraph (recital, point, note ...) it stands in,
the ref's own eId, its kind (ref, date, organization, role, location), what it is (resolution,
decision, article, treaty, paragraph, date, body, role, place), the text, and its target (the cited
work's IRI, the ISO date, the TLC entry), or why it stays plain text ("unresolved")."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .common import check_choices, convert_input, fail, usage_error, warn

FORMATS = ("table", "tsv", "json")
COLUMNS = ("eId", "ref", "kind", "what", "text", "target", "status", "reason")


def report_rows(result) -> list[dict[str, str]]:
    """The rows of the report for a conversion result (``pipeline.Result``)."""
    return [{
        "eId": r.eid,
        "ref": r.ref_eid,
        "kind": r.kind,
        "what": r.what,
        "text": " ".join(r.text.split()),
        "target": r.target or "",
        "status": "ok" if r.target else "unresolved",
        "reason": r.reason,
    } for r in result.recognised]


def summary(rows: list[dict[str, str]]) -> str:
    parts = []
    for kind in ("ref", "date", "organization", "role", "location"):
        mine = [r for r in rows if r["kind"] == kind]
        if mine:
            missed = sum(r["status"] != "ok" for r in mine)
            if missed == len(mine):  # (what --unresolved lists)
                parts.append(f"{missed} {kind} unresolved")
            else:
                parts.append(f"{len(mine) - missed} {kind}" + (f" ({missed} unresolved)" if missed else ""))
    return ", ".join(parts) or "nothing recognised"


def _table(rows: list[dict[str, str]]) -> str:
    cols = ("eId", "kind", "what", "text", "target")
    shown = [{**r, "target": r["target"] or f"unresolved: {r['reason']}"} for r in rows]
    widths = {c: max([len(c), *(len(r[c]) for r in shown)]) for c in cols[:3]}
    lines = ["  ".join(c.ljust(widths.get(c, 0)) for c in cols).rstrip()]
    for r in shown:
        lines.append("  ".join(r[c].ljust(widths.get(c, 0)) if c in widths else f"“{r[c]}”" if c == "text" else r[c]
                               for c in cols))
    return "\n".join(lines + [summary(rows)])


def refs(
    input: Path = typer.Argument(..., metavar="INPUT", readable=False, help="Text of a resolution (clean or PDF-extracted); '-' reads stdin."),
    symbol: Optional[str] = typer.Option(None, "--symbol", metavar="S", help="Document symbol, e.g. CTOC/COP/2020/L.6/Rev.1."),
    date: Optional[str] = typer.Option(None, "--date", metavar="YYYY-MM-DD", help="Date of the document, YYYY-MM-DD (over the text's and the sidecar's)."),
    lang: Optional[str] = typer.Option(None, "--lang", metavar="fr|en|es|ru|ar|zh", help="Language: fr, en ... (detected when absent)."),
    shape: Optional[str] = typer.Option(None, "--shape", metavar="clean|pdf", help="Input shape: clean or pdf (detected when absent)."),
    meta: Optional[Path] = typer.Option(None, "--meta", metavar="sidecar.json", readable=False, help="Sidecar JSON: symbol, date, organ, name, lang, shape."),
    format: str = typer.Option("table", "--format", metavar="table|tsv|json", help="table, tsv or json."),
    unresolved: bool = typer.Option(False, "--unresolved", metavar="", help="List only what stays plain text."),
    max_size: float = typer.Option(10.0, "--max-size", metavar="MB", min=0.001, help="Largest input read, in MB."),
) -> None:
    """List the references, dates, organizations and places recognised in a resolution."""
    import json

    from ..errors import AknConvertError
    from ..inputs import MB
    from ..pipeline import Options, sidecar_for

    check_choices(lang, shape, date)
    if format not in FORMATS:
        usage_error(f"unknown format {format!r} (known: {', '.join(FORMATS)})", "--format")
    try:
        result, name = convert_input(input, Options(shape=shape, lang=lang, symbol=symbol, date=date,
                                                    meta=sidecar_for(input, meta), max_bytes=int(max_size * MB)))
    except AknConvertError as exc:
        fail(str(exc))
    rows = report_rows(result)
    if unresolved:
        rows = [r for r in rows if r["status"] != "ok"]
    if format == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
    elif format == "tsv":
        typer.echo("\t".join(COLUMNS))
        for r in rows:
            typer.echo("\t".join(r[c].replace("\t", " ") for c in COLUMNS))
    else:
        typer.echo(_table(rows))
    warn(name, result.warnings)

"""``akn-convert convert``: one resolution to Akoma Ntoso XML."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

from .common import check_choices, convert_input, fail, file_name, to_stdout, usage_error, warn


def convert(
    input: Path = typer.Argument(..., metavar="INPUT", readable=False, help="Text of a resolution (clean or PDF-extracted); '-' reads stdin."),
    output: Optional[str] = typer.Option(None, "-o", "--output", metavar="OUTPUT.xml", help="XML file to write (default, or '-': stdout)."),
    symbol: Optional[str] = typer.Option(None, "--symbol", metavar="S", help="Document symbol, e.g. CTOC/COP/2020/L.6/Rev.1."),
    date: Optional[str] = typer.Option(None, "--date", metavar="YYYY-MM-DD", help="Date of the document, YYYY-MM-DD (over the text's and the sidecar's)."),
    lang: Optional[str] = typer.Option(None, "--lang", metavar="fr|en|es|ru|ar|zh", help="Language: fr, en, es, ru, ar, zh (detected when absent)."),
    shape: Optional[str] = typer.Option(None, "--shape", metavar="clean|pdf", help="Input shape: clean or pdf (detected when absent)."),
    meta: Optional[Path] = typer.Option(None, "--meta", metavar="sidecar.json", readable=False, help="Sidecar JSON: symbol, date, organ, name, lang, shape."),
    html: Optional[str] = typer.Option(None, "--html", metavar="FILE.html", help="Also write the HTML rendition to this file."),
    max_size: float = typer.Option(10.0, "--max-size", metavar="MB", min=0.001, help="Largest input read, in MB."),
) -> None:
    """Convert one resolution to Akoma Ntoso XML (validated before it is written)."""
    output = file_name(output)
    html = file_name(html)
    from ..errors import AknConvertError
    from ..inputs import MB
    from ..output import check_target, write_all
    from ..pipeline import Options, sidecar_for, sidecar_of
    from ..writers.html import render as render_html

    check_choices(lang, shape, date)
    if html is not None and str(html) == "-":
        usage_error("the HTML rendition is written to a file, not to stdout (give a file name)", "--html")
    if to_stdout(output):
        output = None
    if html is not None and output is not None and os.path.realpath(html) == os.path.realpath(output):
        usage_error(f"--html and --output name the same file {html}", "--html")  # (a wrong command line: 2)
    try:
        sources = ((input, sidecar_of(input)) if str(input) != "-" else ()) + ((meta,) if meta is not None else ())
        for target in (output, html):  # before converting: fail with nothing written
            if target is not None:
                check_target(target, sources)
        options = Options(shape=shape, lang=lang, symbol=symbol, date=date, meta=sidecar_for(input, meta),
                          max_bytes=int(max_size * MB))
        if str(input) != "-" and os.path.isdir(input):
            raise AknConvertError("this is a folder, not a file (akn-convert batch converts a folder)", str(input))
        result, name = convert_input(input, options)
        page = render_html(result.xml).encode("utf-8") if html is not None else None
        files = ([] if output is None else [(output, result.xml)]) + ([] if page is None else [(html, page)])
        write_all(files, inputs=sources)  # both files or neither
        if output is None:
            sys.stdout.buffer.write(result.xml)
            sys.stdout.buffer.flush()
    except AknConvertError as exc:
        fail(str(exc))
    warn(name, result.warnings)

"""The ``akn-convert`` command.  Heavy modules are imported inside the commands so that
``akn-convert --help`` starts fast."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Convert the plain text of UN resolutions to Akoma Ntoso 3.0 XML (AKN4UN), and validate it.",
)


def _fail(message: str, code: int = 1) -> None:
    typer.echo(f"akn-convert: {message}", err=True)
    raise typer.Exit(code)


def _warn(source: str, warnings: list[str]) -> None:
    for w in warnings:
        typer.echo(f"{source}: warning: {w}", err=True)


@app.command()
def convert(
    input: Path = typer.Argument(..., help="Text of a resolution (clean or PDF-extracted); '-' reads stdin."),
    output: Optional[Path] = typer.Option(None, "-o", "--output", help="XML file to write (default: stdout)."),
    symbol: Optional[str] = typer.Option(None, "--symbol", help="Document symbol, e.g. CTOC/COP/2020/L.6/Rev.1."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language: fr, en, es, ru, ar, zh (detected when absent)."),
    shape: Optional[str] = typer.Option(None, "--shape", help="Input shape: clean or pdf (detected when absent)."),
    meta: Optional[Path] = typer.Option(None, "--meta", help="Sidecar JSON: symbol, date, organ, name, lang."),
) -> None:
    """Convert one resolution to Akoma Ntoso XML (validated before it is written)."""
    from .errors import AknConvertError
    from .output import write_atomic
    from .pipeline import Options, convert_bytes, convert_file, load_sidecar

    try:
        options = Options(shape=shape, lang=lang, symbol=symbol, meta=load_sidecar(meta) if meta else {})
        if str(input) == "-":
            try:
                result = convert_bytes(sys.stdin.buffer.read(), options)
            except AknConvertError as exc:
                raise exc.with_source("<stdin>") from None
            name = "<stdin>"
        else:
            result = convert_file(input, options)
            name = str(input)
        if output is None:
            sys.stdout.buffer.write(result.xml)
            sys.stdout.buffer.flush()
        else:
            write_atomic(output, result.xml, inputs=(input,) if str(input) != "-" else ())
    except AknConvertError as exc:
        _fail(str(exc))
    _warn(name, result.warnings)


@app.command()
def validate(
    files: List[Path] = typer.Argument(..., help="AKN XML files."),
) -> None:
    """Validate AKN XML files against the official schema and the profile rules."""
    from .validate.files import validate_file

    failed = 0
    for path in files:
        problems = validate_file(path)
        errors = [p for p in problems if p.severity == "error"]
        for p in problems:
            typer.echo(p.format(str(path)), err=True)
        if errors:
            failed += 1
        else:
            typer.echo(f"{path}: valid")
    if failed:
        _fail(f"{failed} of {len(files)} file(s) not valid")


def main() -> None:
    app()


if __name__ == "__main__":
    main()

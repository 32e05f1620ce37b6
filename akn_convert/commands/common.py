"""What every command shares: one-line errors and warnings on stderr."""

from __future__ import annotations

import typer

from ..errors import printable


def fail(message: str, code: int = 1) -> None:
    """Print ``akn-convert: message`` on stderr and exit with ``code`` (no traceback)."""
    typer.echo(f"akn-convert: {printable(message)}", err=True)
    raise typer.Exit(code)


def warn(source: str, warnings: list[str]) -> None:
    for w in warnings:
        typer.echo(printable(f"{source}: warning: {w}"), err=True)


def file_name(value: str | None):
    """An ``-o`` or ``--html`` value as a Path (None stays None).  A name ending in ``/`` means a
    folder, which ``Path`` would silently turn into a file of that name (``-o out/`` wrote a file
    ``out``): it is refused in one line, as a folder that exists is."""
    import os
    from pathlib import Path

    if value is None:
        return None
    if value != "-" and value.endswith(("/", os.sep)):
        fail(f"cannot write {value}: it is a folder (give a file name)")
    return Path(value)


def to_stdout(output) -> bool:
    """``-o`` absent or ``-o -``: the result goes to stdout."""
    return output is None or str(output) == "-"


def write_result(data: bytes, output, source) -> None:
    """Write a command's result: to stdout when ``output`` is None or ``-``, else atomically to the file
    (never over the input ``source``).  Raises AknConvertError (e.g. refusing to overwrite)."""
    import sys

    from ..output import write_atomic

    if to_stdout(output):
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        write_atomic(output, data, inputs=(source,))


def convert_input(input, options):
    """Convert the file ``input``, or stdin when it is ``-`` (read up to the size limit):
    the ``pipeline.Result`` and the name to show.  Raises AknConvertError naming the source."""
    import sys

    from ..errors import AknConvertError
    from ..pipeline import convert_bytes, convert_file

    if str(input) != "-":
        return convert_file(input, options), str(input)
    try:
        return convert_bytes(sys.stdin.buffer.read(options.max_bytes + 1), options), "<stdin>"
    except AknConvertError as exc:
        raise exc.with_source("<stdin>") from None


def usage_error(message: str, option: str | None = None) -> None:
    """A usage error (exit 2) about ``option``: one line, as typer's own are ("Invalid value for
    '--lang': … (see: akn-convert COMMAND --help)"; see ``cli._usage_error``)."""
    raise typer.BadParameter(message, param_hint=f"'{option}'" if option else None)


def check_choices(lang: str | None, shape: str | None, date: str | None = None) -> None:
    """Exit with a usage error (2) when --lang or --shape names no known language or shape, or
    --date is no date."""
    if date is not None:
        from ..errors import UsageError
        from ..parse.metadata import iso_date

        try:
            iso_date(date)
        except UsageError as exc:
            usage_error(exc.reason, "--date")
    if shape is not None:
        from ..readers import shape_named, unknown_shape

        if shape_named(shape) is None:
            usage_error(unknown_shape(shape), "--shape")
    if lang is not None:
        from .. import lang as languages

        try:
            languages.get(lang)
        except KeyError:
            usage_error(f"unknown language {lang!r} (known: {languages.known()})", "--lang")

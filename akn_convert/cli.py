"""The ``akn-convert`` command line: one module per command in ``akn_convert.commands``.

Command modules import only typer and the standard library at the top; heavy modules (lxml,
the schema, the parsers) are imported inside the commands so that ``--help`` starts fast.
"""

from __future__ import annotations

import os

import typer

from .commands import batch, convert, refs, validate
from .commands import eval as eval_command
from .commands import render, text

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Convert the plain text of UN resolutions to Akoma Ntoso 3.0 XML (AKN4UN), and validate it.",
)



def _version(show: bool) -> None:
    if show:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"akn-convert {version('akn-convert')}")
        except PackageNotFoundError:  # run from a source folder that was never installed
            typer.echo("akn-convert (not installed)")
        raise typer.Exit()


@app.callback()
def options(show_version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                              help="Print the version and exit.")) -> None:
    pass


app.command("convert")(convert.convert)
app.command("validate")(validate.validate)
app.command("batch")(batch.batch)
app.command("eval")(eval_command.eval_corpus)
app.command("render")(render.render)
app.command("text")(text.text)
app.command("refs")(refs.refs)


def main() -> None:
    try:
        status = app(standalone_mode=False)  # (typer returns the exit status instead of exiting)
    except typer.Abort:
        typer.echo("akn-convert: aborted", err=True)
        raise SystemExit(1) from None
    except typer.TyperException as exc:  # a wrong command line (typer's usage errors): one line too
        raise SystemExit(_usage_error(exc)) from None
    except OSError as exc:
        if exc.filename is None or os.environ.get("AKN_CONVERT_DEBUG"):
            _internal_error(exc)
        # the file system refused what no command foresaw (a name too long ...): one line
        from .errors import printable

        typer.echo(printable(f"akn-convert: {exc.filename}: {exc.strerror or exc}"), err=True)
        raise SystemExit(1) from None
    except Exception as exc:  # a bug of the converter: one line, not a traceback
        _internal_error(exc)
    raise SystemExit(status if isinstance(status, int) else 0)


def _internal_error(exc: Exception) -> None:
    """Exit for an exception no command foresaw: one line and exit 70 (a bug), or 130 when it
    wraps a Ctrl-C; with AKN_CONVERT_DEBUG set, the exception goes on (its traceback)."""
    if _interrupted(exc):  # Ctrl-C landed inside a class or module being set up, which wraps it
        from .launch import INTERRUPTED

        typer.echo("akn-convert: interrupted", err=True)
        raise SystemExit(INTERRUPTED) from None
    if os.environ.get("AKN_CONVERT_DEBUG"):
        raise exc
    from .errors import printable

    typer.echo(printable(f"akn-convert: internal error ({type(exc).__name__}: {exc}); please report it "
                         "(AKN_CONVERT_DEBUG=1 shows where)"), err=True)
    raise SystemExit(70) from None


def _usage_error(exc: "typer.TyperException") -> int:
    """Print a usage error (unknown option, missing argument, bad value) as one line naming the
    command and pointing to its help; the exit status (2)."""
    from .errors import printable

    ctx = getattr(exc, "ctx", None)
    if type(exc).__name__ == "NoArgsIsHelpError":  # no arguments at all: the help was printed
        return exc.exit_code
    where = f" (see: {ctx.command_path} --help)" if ctx is not None else ""
    message = " ".join(exc.format_message().split()).rstrip(".")
    typer.echo(printable(f"akn-convert: {message}{where}"), err=True)
    return exc.exit_code


def _interrupted(exc: BaseException) -> bool:
    seen = set()
    while exc is not None and id(exc) not in seen:
        if isinstance(exc, KeyboardInterrupt):
            return True
        seen.add(id(exc))
        exc = exc.__cause__ or exc.__context__
    return False

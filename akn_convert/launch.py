"""The console script's entry point.

It imports nothing itself, so that Ctrl-C pressed while Python is still importing the command
line (typer, then lxml) ends with one line and the usual exit status 130, not a traceback.
"""

from __future__ import annotations

import sys

INTERRUPTED = 130  # 128 + SIGINT, what shells report for a command stopped by Ctrl-C


def main() -> None:
    try:
        from .cli import main as run
    except KeyboardInterrupt:
        sys.stderr.write("akn-convert: interrupted\n")
        raise SystemExit(INTERRUPTED) from None
    run()

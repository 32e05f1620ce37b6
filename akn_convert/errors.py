"""Errors a user sees.  Each one is a single line naming the file and the reason.

Every failure the converter anticipates is an :class:`AknConvertError`; the CLI prints
``str(error)`` and exits non-zero, without a traceback.  Anything else is a bug.
"""

from __future__ import annotations

import unicodedata


def printable(s: str) -> str:
    """``s`` with what a terminal cannot show safely (control characters such as a line feed
    or an escape sequence in a file name, undecodable bytes of a file name) written as
    escapes, so that a message stays one readable line."""
    out = []
    for c in s:
        if 0xDC80 <= ord(c) <= 0xDCFF:  # a byte of a file name that is not UTF-8
            out.append(f"\\x{ord(c) - 0xDC00:02x}")
        elif unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp"):
            out.append(c.encode("unicode_escape").decode("ascii"))
        else:
            out.append(c)
    return "".join(out)


class AknConvertError(Exception):
    """Base class: ``source`` is the file (or ``<stdin>``), ``reason`` one sentence."""

    kind = "error"

    def __init__(self, reason: str, source: str | None = None):
        super().__init__(reason)
        self.reason = " ".join(str(reason).split())  # always one line
        self.source = source

    def with_source(self, source: str) -> "AknConvertError":
        if self.source is None:
            self.source = source
        return self

    def __str__(self) -> str:
        return printable(f"{self.source}: {self.reason}" if self.source else self.reason)


class InputError(AknConvertError):
    """The input cannot be read as text: empty, binary, undecodable, too large."""

    kind = "input"


class NotAResolution(AknConvertError):
    """The text is readable but is not a UN resolution (no formula, no operative part...)."""

    kind = "not-a-resolution"


class StructureError(AknConvertError):
    """The text looks like a resolution but its structure cannot be made out."""

    kind = "structure"


class OutputInvalid(AknConvertError):
    """The XML written does not validate (official schema or profile rules)."""

    kind = "invalid-output"


class TextCheckError(AknConvertError):
    """Words of the input are missing, duplicated or out of order in the output."""

    kind = "text-check"


class OutputError(AknConvertError):
    """A result cannot be written: the target is a folder, a folder on its way is a file, no
    permission, no space left.  The reason names the file that could not be written."""

    kind = "output"


class UsageError(AknConvertError):
    """A command-line argument or sidecar file is wrong."""

    kind = "usage"

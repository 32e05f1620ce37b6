"""Readers: one per input shape.  Text in; logical blocks and footnotes out, no page furniture.

``read(text, lang, shape=None)`` picks the reader (``clean`` or ``pdf``) when not told.
"""

from __future__ import annotations

import re

from ..lang.base import Language
from ..model import Source

SHAPES = ("clean", "pdf")


def shape_named(name: str) -> str | None:
    """The shape ``name`` names (``"PDF"``, ``" clean"``: case and spaces aside, as ``--lang``
    takes ``FR``), or None."""
    name = name.strip().lower()
    return name if name in SHAPES else None


def unknown_shape(name: str) -> str:
    """What is said of a shape that names none."""
    return f"unknown input shape {name!r} (known: {', '.join(SHAPES)})"


#: a paragraph that opens with its italic verb written in markdown, after its number if any
#: (a letter first: not a barcode line "*1818418*" of a PDF)
_ITALIC_OPENER = re.compile(r"(?m)^[ \t]*(?:\d{1,3}[.．][ \t]*)?\*[^\W\d_][^*\n]*\*")


def detect_shape(text: str) -> str:
    """``clean`` for markdown-like text with one paragraph per line, ``pdf`` for hard-wrapped text."""
    sample = text[:200000]
    if ("<sup>" in sample or "**" in sample or "\\*" in sample) and re.search(r"(?m)<sup>|\*\*\S|^\\\*", sample):
        return "clean"
    if "*" in sample and len(_ITALIC_OPENER.findall(sample)) >= 2:  # "*Recalling* …", "1. *Decides* …": markdown
        return "clean"
    lines = [ln for ln in sample.splitlines() if ln.strip()]
    if not lines:
        return "clean"
    long_lines = sum(1 for ln in lines if len(ln) > 160)
    furniture = re.search(r"(?m)^\s*(?:_{5,}|(?:[A-Z]{1,2}\.)?\d{2}-\d{5}\b.*)\s*$|\f", sample)
    if furniture or long_lines / len(lines) < 0.25:
        return "pdf"
    return "clean"


def read(text: str, lang: Language, shape: str | None = None) -> Source:
    shape = shape or detect_shape(text)
    if shape == "clean":
        from .clean import read as reader
    elif shape == "pdf":
        from .pdf import read as reader
    else:
        raise ValueError(f"unknown input shape {shape!r} (expected one of {', '.join(SHAPES)})")
    source = reader(text, lang)
    source.shape = shape
    return source

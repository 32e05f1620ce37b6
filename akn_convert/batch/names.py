"""The names of a batch's outputs: inside the output folder, made safe, distinct."""

from __future__ import annotations

import os
import unicodedata
import zlib
from pathlib import Path

from .find import TEXT_SUFFIXES

#: longest output file name kept whole, in UTF-8 bytes (file systems allow 255)
MAX_NAME = 200
#: characters kept in output names besides letters and digits
NAME_CHARS = set("-_.,+=@() ")


def safe_part(name: str) -> str:
    """One component of an output path: letters, digits and a few signs; never empty, never
    hidden, never ``.`` or ``..``; long names cut, with a checksum to keep them apart."""
    name = unicodedata.normalize("NFC", name)
    kept = "".join(c if (c.isalnum() and c.isprintable() and not 0xDC80 <= ord(c) <= 0xDCFF) or c in NAME_CHARS
                   else "_" for c in name)
    kept = kept.strip(" ")
    if not kept or kept[0] in ".-":
        kept = "_" + kept
    if len(kept.encode("utf-8")) > MAX_NAME:
        tag = f"~{zlib.crc32(name.encode('utf-8', 'surrogateescape')):08x}"
        cut = kept.encode("utf-8")[: MAX_NAME - len(tag)].decode("utf-8", "ignore")
        kept = cut + tag
    return kept


def output_relpath(file: Path, base: Path) -> Path:
    """The output path of ``file`` relative to the output folder: its path below ``base``
    with every component made safe, ``.txt`` replaced by ``.xml``."""
    try:
        rel = Path(os.path.relpath(file, base))
    except ValueError:  # another drive (Windows)
        rel = Path(file.name)
    parts = [p for p in rel.parts if p not in ("", ".", "..") and p != rel.anchor]
    if not parts:
        parts = [file.name or "input"]
    stem = parts[-1]
    if stem.lower().endswith(TEXT_SUFFIXES):
        stem = stem[: stem.rfind(".")]
    parts[-1] = stem
    safe = [_folder_part(safe_part(p)) for p in parts[:-1]] + [safe_part(stem) + ".xml"]
    return Path(*safe)


#: endings of the files batch writes: an output folder may not end so
_WRITTEN_SUFFIXES = (".xml", ".html", ".json")


def _folder_part(name: str) -> str:
    """A folder of an output path that ends like a file batch writes (an input folder
    ``a.xml`` beside an input ``a.txt``, whose output is ``a.xml``) ends with ``_xml``."""
    if name.lower().endswith(_WRITTEN_SUFFIXES):
        dot = name.rfind(".")
        return name[:dot] + "_" + name[dot + 1:]
    return name


def unique_name(rel: Path, taken: set[str]) -> Path:
    """``rel``, or ``name-2.xml`` ... when another input already has that output (names
    compared without case, for file systems that ignore it)."""
    candidate, k = rel, 1
    while str(candidate).casefold() in taken:
        k += 1
        candidate = rel.with_name(f"{rel.stem}-{k}{rel.suffix}")
    taken.add(str(candidate).casefold())
    return candidate


def html_of(out: Path) -> Path:
    """The HTML rendition written beside an output: ``res.xml`` -> ``res.html``."""
    return Path(out).with_suffix(".html")

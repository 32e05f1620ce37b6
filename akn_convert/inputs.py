"""Reading input files safely: size limit, binary detection, encoding detection.

Input is never modified.  A file that cannot be read as text raises
:class:`~akn_convert.errors.InputError` with one sentence saying why.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

#: default limit on the size of one input file
MAX_BYTES = 10 * 1024 * 1024

_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"PK\x03\x04": "a ZIP archive (an Office document?)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"{\\rtf": "an RTF document",
    b"\x7fELF": "a program",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass
class Decoded:
    text: str
    encoding: str
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, max_bytes: int = MAX_BYTES) -> Decoded:
    if len(data) > max_bytes:
        raise InputError(f"the file is {len(data) / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.1f} MB (--max-size)")
    if not data:
        raise InputError("the file is empty")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"this is {what}, not text; extract its text first")
    warnings: list[str] = []
    encoding = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            encoding = enc
            break
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"the file starts with a {encoding} byte-order mark but is not valid {encoding} "
                             f"(byte {exc.start})") from None
    else:
        sample = data[:65536]
        if sample.count(0) > max(8, len(sample) // 100) or _control_ratio(sample) > 0.05:
            raise InputError("this is a binary file, not text")
        try:
            text, encoding = data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError as exc:
            text, encoding = _guess(data, exc)
            warnings.append(f"the file is not UTF-8; it was read as {encoding}")
    if "\x00" in text:
        text = text.replace("\x00", "")
        warnings.append("NUL characters were removed")
    if not text.strip():
        raise InputError("the file holds only white space")
    return Decoded(text, encoding, warnings)


def _control_ratio(sample: bytes) -> float:
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(1, len(sample))


def _guess(data: bytes, exc: UnicodeDecodeError) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["cp1252", "latin_1", "cp1251", "iso8859_15", "mac_roman"]).best()
    if best is None:
        raise InputError(f"the file is not UTF-8 (invalid byte at {exc.start}) and no other encoding fits") from None
    encoding = {"cp1252": "windows-1252", "latin_1": "latin-1", "iso8859_15": "iso-8859-15",
                "cp1251": "windows-1251", "mac_roman": "mac-roman"}.get(best.encoding, best.encoding)
    return str(best), encoding


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> Decoded:
    try:
        if path.is_dir():
            raise InputError("this is a folder, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"the file is {size / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.1f} MB (--max-size)")
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except IsADirectoryError:
        raise InputError("this is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})") from None
    return decode(data, max_bytes)

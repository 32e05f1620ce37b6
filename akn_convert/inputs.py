"""Reading input files safely: size limit, binary detection, encoding detection.

Input is never modified.  A file that cannot be read as text raises
:class:`~akn_convert.errors.InputError` with one sentence saying why.  What was guessed
(an encoding other than UTF-8, NUL characters removed) is reported as a warning.

Line ends, Unicode normal forms and invisible characters are the readers' business
(``readers.lines.normalise``); here bytes become a ``str`` and nothing else changes.
"""

from __future__ import annotations

import codecs
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .errors import InputError

#: default limit on the size of one input file (a long resolution is well under 1 MB)
MAX_BYTES = 10 * 1024 * 1024  # 10 MB

_MAGIC = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"BM": None,  # a BMP image only when its header says so (see _bmp); "BM" may start text
    b"RIFF": "a RIFF file (WebP image, WAV sound...)",
    b"PK\x03\x04": "a ZIP archive (an Office document?)",
    b"\xd0\xcf\x11\xe0": "an old Office document",
    b"{\\rtf": "an RTF document",
    b"%!PS": "a PostScript document",
    b"\x1f\x8b": "a gzip archive",
    b"BZh": None,  # bzip2 only with its block magic (see _bzip2)
    b"7z\xbc\xaf\x27\x1c": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"\x7fELF": "a program",
    b"MZ": None,  # a Windows program only with its PE header (see _exe)
}
_MARKUP_RE = re.compile(rb"^\s*(?:<\?xml\b|<!doctype\s+html|<html\b)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: bytes 0x80-0x9F that Windows-1252 maps to printable characters (curly quotes, dashes, €, œ ...)
_CP1252_ONLY = frozenset(b for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D))
#: single-byte encodings tried when a file is not UTF-8, with the names reported
_SINGLE_BYTE = {"cp1252": "windows-1252", "latin_1": "iso-8859-1", "cp1251": "windows-1251", "koi8_r": "koi8-r", "cp1256": "windows-1256",
                "mac_roman": "mac-roman"}


@dataclass
class Decoded:
    text: str
    encoding: str  # the encoding the bytes were read with, as reported to the user
    warnings: list[str] = field(default_factory=list)


MB = 1024 * 1024  #: the unit of --max-size and of the messages about sizes


def megabytes(size: int) -> str:
    """A size in the unit --max-size takes: "10 MB", "12.4 MB", and below a tenth of one two
    digits that are not 0 ("0.046 MB", not "0 MB": "the file is 0 MB, over the limit of 0 MB")."""
    value = size / MB
    if 0 < value < 0.1:
        return f"{value:.2g} MB"
    return f"{value:.1f}".removesuffix(".0") + " MB"


def too_large(size: int, max_bytes: int) -> InputError:
    """``size``: the input's size, or ``max_bytes + 1`` when only that much was read (a stream)."""
    what = "the input is" if size == max_bytes + 1 else f"the file is {megabytes(size)},"
    return InputError(f"{what} over the limit of {megabytes(max_bytes)} (--max-size); a resolution is far smaller")


def decode(data: bytes, max_bytes: int = MAX_BYTES) -> Decoded:
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes)
    if not data:
        raise InputError("the file is empty")
    what = _binary_kind(data)
    if what:
        raise InputError(f"this is {what}, not text; extract its text first")
    if _MARKUP_RE.match(data[:512]):
        raise InputError("this is an XML or HTML document, not plain text; give the text of the resolution")
    warnings: list[str] = []
    encoding = next((enc for bom, enc in _BOMS if data.startswith(bom)), None)
    if encoding:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            raise InputError(f"the file starts with a {encoding} byte-order mark but is not valid {encoding} "
                             f"(byte {exc.start})") from None
        encoding = _utf_name(encoding, data)
    elif (wide := _utf16_without_bom(data)) is not None:
        text, encoding = wide
        warnings.append(f"the file has no byte-order mark; it was read as {encoding}")
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


#: characters XML 1.0 cannot hold (C0 controls but tab, line feed, carriage return, and the form
#: feed the readers take for a page break; U+FFFE, U+FFFF; lone surrogates)
_NOT_XML = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def without_controls(text: str) -> tuple[str, list[str]]:
    """``text`` fit for XML: a vertical tab (a line break in text copied from a word processor)
    becomes a line end, other characters XML cannot hold are removed; and what was said about it."""
    said = []
    if "\x0b" in text:
        text = text.replace("\x0b", "\n")
    if _NOT_XML.search(text):
        n = len(_NOT_XML.findall(text))
        text = _NOT_XML.sub("", text)
        said.append(f"{n} control character{'s' if n > 1 else ''} removed (XML cannot hold {'them' if n > 1 else 'it'})")
    return text, said


def _binary_kind(data: bytes) -> str | None:
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            if what is not None:
                return what
            if magic == b"BM" and len(data) > 14 and int.from_bytes(data[2:6], "little") == len(data):
                return "a BMP image"
            if magic == b"BZh" and data[3:4].isdigit() and data[4:10] == b"1AY&SY":
                return "a bzip2 archive"
            if magic == b"MZ" and b"PE\x00\x00" in data[:1024]:
                return "a Windows program"
    return None


def _utf_name(codec: str, data: bytes) -> str:
    if codec == "utf-16":
        return "utf-16le" if data.startswith(codecs.BOM_UTF16_LE) else "utf-16be"
    if codec == "utf-32":
        return "utf-32le" if data.startswith(codecs.BOM_UTF32_LE) else "utf-32be"
    return codec


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 text without a byte-order mark: Latin-script text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    for zeros, codec in ((odd, "utf-16le"), (even, "utf-16be")):
        if zeros.count(0) >= 0.6 * len(zeros) and (even if zeros is odd else odd).count(0) == 0:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            controls = sum(1 for c in text[:2048] if ord(c) < 32 and c not in "\t\n\r\f")
            return (text, codec) if controls <= len(text[:2048]) // 100 else None
    return None


#: control bytes that plain text does not hold (tab, line feed, form feed, carriage return do)
_CONTROLS = bytes(b for b in range(32) if b not in (9, 10, 12, 13))


def _control_ratio(sample: bytes) -> float:
    controls = len(sample) - len(sample.translate(None, _CONTROLS))
    return controls / max(1, len(sample))


def _guess(data: bytes, exc: UnicodeDecodeError) -> tuple[str, str]:
    """A single-byte encoding for a file that is not UTF-8, and the name reported for it.

    charset-normalizer picks the family (Western, Cyrillic, Arabic ...).  For Western text,
    Windows-1252 and ISO-8859-1 (Latin-1) differ only in bytes 0x80-0x9F: printable characters
    (’ “ ” – — € œ) in Windows-1252, invisible control characters in Latin-1.  A file that has
    such bytes is Windows-1252; one without them is reported as ISO-8859-1.
    """
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=list(_SINGLE_BYTE)).best()
    if best is None:
        raise InputError(f"the file is not UTF-8 (invalid byte at {exc.start}) and no other encoding fits") from None
    codec = best.encoding
    if codec in ("cp1252", "latin_1"):
        high = set(data) & set(range(0x80, 0xA0))
        codec = "cp1252" if high and high <= _CP1252_ONLY else "latin_1"
        return data.decode(codec), _SINGLE_BYTE[codec]
    return str(best), _SINGLE_BYTE.get(codec, codec)


def read_file(path: Path, max_bytes: int = MAX_BYTES) -> Decoded:
    """Read and decode ``path``; never more than ``max_bytes`` (+1 to tell) are read."""
    try:
        if path.is_dir():
            raise InputError("this is a folder, not a file")
        size = path.stat().st_size
        if size > max_bytes:
            raise too_large(size, max_bytes)
        with open(path, "rb") as f:
            data = f.read(max_bytes + 1)  # the file may have grown since stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise InputError(f"a symbolic link to {os.readlink(path)}, which does not exist") from None
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except IsADirectoryError:
        raise InputError("this is a folder, not a file") from None
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})") from None
    return decode(data, max_bytes)

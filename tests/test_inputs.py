"""Bad and unusual input bytes: each gives a document or one clean line, never a traceback.

Failures go through the CLI (one line naming the file and the problem, exit 1, no output
file); inputs that can still be read give the same document as the plain UTF-8 input.
"""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from lxml import etree
from typer.testing import CliRunner

from akn_convert.cli import app
from akn_convert.errors import InputError
from akn_convert.inputs import decode, read_file
from akn_convert.pipeline import Options, convert_bytes
from robust_texts import CLEAN, PDF, REFERENCE_COUNTS, SYMBOL

OPTIONS = Options(symbol=SYMBOL)
NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


def convert_cli(tmp_path, name: str, data: bytes, *args: str):
    src = tmp_path / name
    src.write_bytes(data)
    out = tmp_path / "out.xml"
    result = CliRunner().invoke(app, ["convert", str(src), "-o", str(out), "--symbol", SYMBOL, *args])
    return result, src, out


def assert_clean_failure(result, src, out, *words: str) -> str:
    """One line on stderr naming the file and the problem, exit 1, no traceback, no output."""
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    line = lines[0]
    assert line.startswith(f"akn-convert: {src}: "), line
    for w in words:
        assert w in line, line
    assert "Traceback" not in result.output and "Traceback" not in result.stderr
    assert not out.exists()
    assert not list(out.parent.glob(".*.part"))
    return line


@pytest.fixture(scope="module")
def reference():
    return convert_bytes(CLEAN.read_bytes(), OPTIONS)


@pytest.fixture(scope="module")
def reference_text():
    return CLEAN.read_text("utf-8")


# ---------------------------------------------------------------- failures


@pytest.mark.parametrize("data, words", [
    (b"", ["empty"]),
    (b"  \n\t\r\n \xc2\xa0 \n\n", ["only white space"]),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", ["PDF document", "not text"]),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), ["PNG image"]),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(200), ["JPEG image"]),
    (b"PK\x03\x04" + bytes(100), ["ZIP archive"]),
    (bytes(range(256)) * 40, ["binary file"]),
    (b"<?xml version='1.0'?><akomaNtoso/>", ["XML or HTML document"]),
])
def test_unreadable_input_is_one_line(tmp_path, data, words):
    result, src, out = convert_cli(tmp_path, "input.txt", data)
    assert_clean_failure(result, src, out, *words)


def test_file_of_50_mb_is_refused(tmp_path):
    src = tmp_path / "big.txt"
    with open(src, "wb") as f:  # a sparse file: 50 MB of NUL bytes on paper
        f.truncate(50 * 1024 * 1024)
    out = tmp_path / "out.xml"
    result = CliRunner().invoke(app, ["convert", str(src), "-o", str(out)])
    line = assert_clean_failure(result, src, out, "the file is 50 MB, over the limit of 10 MB")
    assert "--max-size" in line


def test_file_of_50_mb_in_memory_is_refused():
    with pytest.raises(InputError, match="over the limit"):
        decode(b"a" * (50 * 1024 * 1024))


def test_very_long_line_is_a_clean_failure_and_fast(tmp_path):
    data = ("La Conférence des Parties " * 200_000).encode()  # 5 MB, one line
    result, src, out = convert_cli(tmp_path, "long.txt", data)
    assert_clean_failure(result, src, out, "not a resolution")


def test_reference_on_a_single_line_is_a_clean_failure(tmp_path, reference_text):
    result, src, out = convert_cli(tmp_path, "oneline.txt", reference_text.replace("\n", " ").encode())
    assert_clean_failure(result, src, out, "not a resolution", "opening formula")


def test_many_nul_bytes_is_binary(tmp_path, reference_text):
    data = reference_text.encode().replace(b" ", b"\x00")
    result, src, out = convert_cli(tmp_path, "nul.txt", data)
    assert_clean_failure(result, src, out, "binary file")


def test_bad_byte_after_utf16_bom(tmp_path):
    result, src, out = convert_cli(tmp_path, "u16.txt", codecs.BOM_UTF16_LE + "abc".encode("utf-16-le") + b"\x00\xd8")
    assert_clean_failure(result, src, out, "utf-16", "byte-order mark")


def test_missing_file_and_folder(tmp_path):
    out = tmp_path / "out.xml"
    for src, words in ((tmp_path / "nope.txt", "no such file"), (tmp_path, "folder")):
        result = CliRunner().invoke(app, ["convert", str(src), "-o", str(out)])
        assert_clean_failure(result, src, out, words)


# ---------------------------------------------------------------- readable variants


def same_document(result, reference):
    assert result.counts == REFERENCE_COUNTS
    assert result.xml == reference.xml


def test_few_nul_bytes_are_removed_with_a_warning(reference, reference_text):
    data = reference_text.replace("Conférence", "Confé\x00rence", 2).encode()
    result = convert_bytes(data, OPTIONS)
    same_document(result, reference)
    assert "NUL characters were removed" in result.warnings


@pytest.mark.parametrize("char", ["\x07", "\x1b", "\x01", "\ufffe"])
def test_control_characters_xml_cannot_hold_are_removed_with_a_warning(reference, reference_text, char):
    """A bell or an escape in a word ("Confé\x07rence") crashed lxml; the words stay whole."""
    data = reference_text.replace("Conférence", f"Confé{char}rence", 2).encode()
    result = convert_bytes(data, OPTIONS)
    same_document(result, reference)
    assert result.warnings[-1:] == ["2 control characters removed (XML cannot hold them)"]


def test_vertical_tabs_and_form_feeds_are_line_breaks(reference, reference_text):
    """A vertical tab is a line break in text copied from a word processor; a form feed in clean
    text a page break (both crashed lxml)."""
    data = reference_text.replace(" organisée", "\x0borganisée", 2).replace(" de la ", " de\x0cla ", 2).encode()
    result = convert_bytes(data, OPTIONS)
    same_document(result, reference)
    assert not any("control" in w for w in result.warnings)


def test_utf8_bom(reference, reference_text):
    result = convert_bytes(codecs.BOM_UTF8 + reference_text.encode(), OPTIONS)
    same_document(result, reference)
    assert result.encoding == "utf-8-sig"


@pytest.mark.parametrize("codec, reported", [("utf-16", "utf-16le"), ("utf-16-be", None), ("utf-32", "utf-32le")])
def test_utf16_and_utf32(reference, reference_text, codec, reported):
    data = reference_text.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
        reported = "utf-16be"
    result = convert_bytes(data, OPTIONS)
    same_document(result, reference)
    assert result.encoding == reported


def test_utf16_without_bom_is_detected_and_reported(reference, reference_text):
    result = convert_bytes(reference_text.encode("utf-16-le"), OPTIONS)
    same_document(result, reference)
    assert result.encoding == "utf-16le"
    assert "the file has no byte-order mark; it was read as utf-16le" in result.warnings


def western(text: str) -> str:
    """The reference text in characters Latin-1 has (curly apostrophes and dashes made plain)."""
    return text.translate(str.maketrans({"’": "'", "–": "-", "—": "-", "…": "...", "œ": "oe", "Œ": "OE",
                                         "“": '"', "”": '"', "\u202f": " "}))


def test_windows_1252_is_detected_and_reported(reference_text):
    text = western(reference_text).replace("l'Office", "l’Office")  # ’ is 0x92 in Windows-1252 only
    expected = convert_bytes(text.encode("utf-8"), OPTIONS)
    result = convert_bytes(text.encode("cp1252"), OPTIONS)
    assert result.encoding == "windows-1252"
    assert "the file is not UTF-8; it was read as windows-1252" in result.warnings
    words = "".join(etree.fromstring(result.xml).itertext())  # "l’<organization>Office …"
    assert result.xml == expected.xml and "l’Office" in words


def test_latin_1_is_detected_and_reported(reference_text):
    text = western(reference_text)
    expected = convert_bytes(text.encode("utf-8"), OPTIONS)
    result = convert_bytes(text.encode("latin-1"), OPTIONS)
    assert result.encoding == "iso-8859-1"
    assert "the file is not UTF-8; it was read as iso-8859-1" in result.warnings
    assert result.xml == expected.xml and "Conférence".encode() in result.xml


@pytest.mark.parametrize("path", [CLEAN, PDF], ids=["clean", "pdf"])
@pytest.mark.parametrize("eol", ["\r\n", "\r"], ids=["crlf", "cr"])
def test_line_ends(path, eol):
    text = path.read_text("utf-8")
    expected = convert_bytes(text.encode(), OPTIONS)
    result = convert_bytes(text.replace("\n", eol).encode(), OPTIONS)
    assert result.counts == REFERENCE_COUNTS
    assert result.xml == expected.xml


def test_mixed_unicode_normal_forms(reference, reference_text):
    paragraphs = reference_text.split("\n\n")
    mixed = "\n\n".join(unicodedata.normalize("NFD" if k % 2 else "NFC", p) for k, p in enumerate(paragraphs))
    assert mixed != reference_text
    result = convert_bytes(mixed.encode(), OPTIONS)
    same_document(result, reference)
    assert unicodedata.is_normalized("NFC", result.xml.decode())


@pytest.mark.parametrize("path", [CLEAN, PDF], ids=["clean", "pdf"])
def test_french_non_breaking_spaces(path):
    text = path.read_text("utf-8")
    typo = (text.replace(" ;", "\u202f;").replace(" :", "\u00a0:").replace(" !", "\u202f!")
            .replace("« ", "«\u00a0").replace(" »", "\u00a0»"))
    assert typo.count("\u202f") > 5 and typo.count("\u00a0") > 5
    result = convert_bytes(typo.encode(), OPTIONS)
    assert result.counts == REFERENCE_COUNTS
    root = etree.fromstring(result.xml)
    body = "".join(root.find(".//a:mainBody", NS).itertext())
    assert "\u202f;" in body  # kept as typed: a narrow no-break space before the semicolon
    para13 = root.find(".//a:paragraph[@eId='para_13']", NS)
    assert len(para13.findall(".//a:point", NS)) == 11


def test_read_file_reads_no_more_than_the_limit(tmp_path):
    src = tmp_path / "x.txt"
    src.write_bytes(b"x" * 2000)
    with pytest.raises(InputError, match="over the limit"):
        read_file(src, max_bytes=1000)

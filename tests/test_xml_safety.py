"""``validate`` reads untrusted XML: no external entity is loaded (XXE), no URL is fetched, no
entity bomb is expanded, files over the size limit are not read."""

from __future__ import annotations

import time

import pytest
from typer.testing import CliRunner

from akn_convert.cli import app
from akn_convert.validate.files import validate_bytes, validate_file

AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
SECRET = "TOP-SECRET-7f3a9c"


def billion_laughs() -> str:
    lines = ['<?xml version="1.0"?>', "<!DOCTYPE akomaNtoso [", ' <!ENTITY lol0 "lol">']
    for i in range(1, 10):
        lines.append(f' <!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">')
    lines += ["]>", f'<akomaNtoso xmlns="{AKN}"><statement name="x">&lol9;</statement></akomaNtoso>']
    return "\n".join(lines)


def cases(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET)
    return {
        "xxe-file": f'<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [<!ENTITY x SYSTEM "file://{secret}">]>\n'
                    f'<akomaNtoso xmlns="{AKN}"><statement name="&x;"/></akomaNtoso>',
        "xxe-parameter": f'<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [<!ENTITY % p SYSTEM "file://{secret}"> %p;]>\n'
                         f'<akomaNtoso xmlns="{AKN}"/>',
        "external-dtd": '<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso SYSTEM "http://192.0.2.1/akn.dtd">\n'
                        f'<akomaNtoso xmlns="{AKN}"/>',
        "billion-laughs": billion_laughs(),
        "quadratic-blowup": f'<?xml version="1.0"?>\n<!DOCTYPE a [<!ENTITY a "{"x" * 100_000}">]>\n'
                            f'<akomaNtoso xmlns="{AKN}">{"&a;" * 1000}</akomaNtoso>',
    }


@pytest.mark.parametrize("name", ["xxe-file", "xxe-parameter", "external-dtd", "billion-laughs", "quadratic-blowup"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_dtd_is_refused_before_parsing(tmp_path, name, encoding):
    text = cases(tmp_path)[name]
    if encoding == "utf-16":
        text = text.replace('version="1.0"?>', 'version="1.0" encoding="UTF-16"?>')
    path = tmp_path / f"{name}.xml"
    path.write_bytes(text.encode(encoding))
    start = time.perf_counter()
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert time.perf_counter() - start < 5  # nothing expanded, nothing fetched
    assert result.exit_code == 1
    assert f"{path}:2: xml: the file declares a DTD" in result.stderr
    assert SECRET not in result.output + result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_entities_are_never_resolved_even_past_the_prolog_check():
    # lxml alone (the second line of defence) keeps an undeclared entity reference unexpanded
    problems = validate_bytes(f'<akomaNtoso xmlns="{AKN}"><statement name="a">&x;</statement></akomaNtoso>'.encode())
    assert problems and problems[0].check == "xml" and "not well-formed" in problems[0].message


def test_size_limit(tmp_path):
    path = tmp_path / "big.xml"
    path.write_bytes(b"<a>" + b"x" * 5000 + b"</a>")
    problems = validate_file(path, max_bytes=1000)
    assert len(problems) == 1 and "over the limit" in problems[0].message


@pytest.mark.parametrize("data, words", [
    (b"", "empty"),
    (b"<?xml version='1.0'?><a", "not well-formed"),
    (b"<a></b>", "not well-formed"),
    (b"\x00\x01\x02binary", "not well-formed"),
])
def test_not_xml(tmp_path, data, words):
    path = tmp_path / "x.xml"
    path.write_bytes(data)
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 1 and words in result.stderr
    assert "Traceback" not in result.output + result.stderr


def test_a_converted_document_still_validates(tmp_path):
    from akn_convert.pipeline import Options, convert_file
    from robust_texts import CLEAN, SYMBOL

    path = tmp_path / "ok.xml"
    path.write_bytes(convert_file(CLEAN, Options(symbol=SYMBOL)).xml)
    result = CliRunner().invoke(app, ["validate", str(path)])
    assert result.exit_code == 0 and result.stdout.strip() == f"{path}: valid"

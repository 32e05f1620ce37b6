"""``akn-convert render`` and ``convert --html``: files written whole or not at all, one-line errors."""

from __future__ import annotations

import subprocess
import sys

import lxml.html

from conftest import CLEAN, DATA, SYMBOL


def run(*args, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "akn_convert", *args], capture_output=True, input=stdin)


def test_render_to_stdout_and_to_a_file(tmp_path, clean_result):
    from akn_convert.writers.html import render

    xml = tmp_path / "r.xml"
    xml.write_bytes(clean_result.xml)
    done = run("render", str(xml))
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout.decode("utf-8") == render(clean_result.xml)
    out = tmp_path / "site" / "r.html"
    assert run("render", str(xml), "-o", str(out)).returncode == 0
    assert out.read_bytes() == done.stdout
    assert list(out.parent.iterdir()) == [out]  # no temporary file left


def test_render_iri_base(tmp_path):
    done = run("render", str(DATA / "render-sample.ara.xml"), "--iri-base", "https://akn.example.org")
    page = lxml.html.document_fromstring(done.stdout)
    hrefs = [a.get("href") for a in page.iterfind(".//a") if a.get("class") == "akn-ref"]
    assert "https://akn.example.org/akn/un/treaty/2000-11-15/untoc/!main#art_32" in hrefs


def test_render_errors_are_one_line_and_write_nothing(tmp_path):
    out = tmp_path / "out.html"
    missing = tmp_path / "missing.xml"
    cases = {
        missing: "cannot read the file (No such file or directory)",
        CLEAN: "not well-formed XML",
    }
    bomb = tmp_path / "dtd.xml"
    bomb.write_text('<?xml version="1.0"?><!DOCTYPE akomaNtoso [<!ENTITY a "aaaa">]>'
                    '<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">&a;</akomaNtoso>')
    cases[bomb] = "the file declares a DTD"
    for path, reason in cases.items():
        done = run("render", str(path), "-o", str(out))
        err = done.stderr.decode()
        assert done.returncode == 1 and err.startswith(f"akn-convert: {path}: {reason}"), err
        assert err.count("\n") == 1 and "Traceback" not in err
        assert not out.exists()


def test_render_refuses_a_table_too_intricate_to_lay_out(tmp_path):
    """3000 rows, each with a cell spanning every row below it: hours of layout (a table of
    a real document takes a few thousand steps); one line, no page."""
    from akn_convert.writers.tables import MAX_STEPS

    rows = "".join('<tr><td rowspan="2000000000"><p>x</p></td></tr>' for _ in range(3000))
    xml = tmp_path / "tables.xml"
    xml.write_text('<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="x">'
                   f'<mainBody><table eId="table_1">{rows}</table></mainBody></doc></akomaNtoso>', "utf-8")
    out = tmp_path / "tables.html"
    done = run("render", str(xml), "-o", str(out))
    assert done.returncode == 1 and not out.exists()
    assert done.stderr.decode() == (f"akn-convert: {xml}: cannot render the document: its table table_1 holds cells "
                                    f"spanning too many rows and columns to lay out (more than {MAX_STEPS:,} steps)\n")
    # the same table 300 rows long (45,000 steps) is laid out: each cell spans the rows below it
    xml.write_text(xml.read_text("utf-8").replace(rows, rows[:len(rows) // 10]), "utf-8")
    assert run("render", str(xml), "-o", str(out)).returncode == 0
    spans = [td.get("rowspan") for td in lxml.html.parse(str(out)).getroot().iterfind(".//td")]
    assert spans == [str(300 - k) for k in range(300)]

def test_render_refuses_to_overwrite_its_input(tmp_path, clean_result):
    xml = tmp_path / "r.xml"
    xml.write_bytes(clean_result.xml)
    done = run("render", str(xml), "-o", str(xml))
    assert done.returncode == 1 and b"refusing to overwrite the input" in done.stderr
    assert xml.read_bytes() == clean_result.xml


def test_convert_html_writes_both(tmp_path, clean_result):
    from akn_convert.writers.html import render

    xml, html = tmp_path / "r.xml", tmp_path / "r.html"
    done = run("convert", str(CLEAN), "--symbol", SYMBOL, "-o", str(xml), "--html", str(html))
    assert done.returncode == 0, done.stderr
    assert xml.read_bytes() == clean_result.xml
    assert html.read_text("utf-8") == render(clean_result.xml)


def test_convert_html_with_xml_on_stdout(tmp_path, clean_result):
    html = tmp_path / "r.html"
    done = run("convert", "-", "--symbol", SYMBOL, "--html", str(html), stdin=CLEAN.read_bytes())
    assert done.returncode == 0 and done.stdout == clean_result.xml
    assert html.read_text("utf-8").startswith("<!DOCTYPE html>\n<html lang=\"fr\"")


def test_convert_html_writes_nothing_when_it_fails(tmp_path):
    xml, html = tmp_path / "r.xml", tmp_path / "r.html"
    bad = tmp_path / "in.txt"
    bad.write_text("Nothing here looks like a resolution.\n", encoding="utf-8")
    done = run("convert", str(bad), "-o", str(xml), "--html", str(html))
    assert done.returncode == 1 and done.stderr.decode().startswith(f"akn-convert: {bad}: ")
    same = run("convert", str(CLEAN), "--symbol", SYMBOL, "-o", str(xml), "--html", str(xml))
    assert same.returncode == 2 and b"name the same file" in same.stderr  # a wrong command line
    assert list(tmp_path.iterdir()) == [bad]

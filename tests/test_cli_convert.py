"""The ``convert`` and ``validate`` commands as a user runs them (a real subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from conftest import CLEAN, NS, PDF, SYMBOL


def run(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "akn_convert", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd)


def test_convert_to_stdout_is_valid_xml():
    proc = run("convert", CLEAN, "--symbol", SYMBOL)
    assert proc.returncode == 0, proc.stderr
    root = etree.fromstring(proc.stdout.encode())
    assert root.find(".//a:docNumber", NS).text == SYMBOL
    assert len(root.findall(".//a:recital", NS)) == 22


def test_convert_to_file_then_validate(tmp_path):
    out = tmp_path / "out" / "res.xml"
    proc = run("convert", PDF, "-o", out)
    assert proc.returncode == 0, proc.stderr
    # the symbol comes from the PDF's running header when not given
    assert b"CTOC-COP-2020-L.6-Rev.1" in out.read_bytes()
    assert "the work date is the symbol's year 2020" in proc.stderr
    proc = run("validate", out)
    assert proc.returncode == 0 and proc.stdout.strip() == f"{out}: valid"


def test_clean_without_symbol_warns_and_still_writes_a_valid_iri(tmp_path):
    out = tmp_path / "res.xml"
    proc = run("convert", CLEAN, "-o", out)
    assert proc.returncode == 0
    assert "no document symbol found" in proc.stderr
    root = etree.parse(str(out))
    this = root.find(".//a:FRBRWork/a:FRBRthis", NS).get("value")
    assert this.startswith("/akn/un/statement/deliberation/un-ctoc-cop/2020-10-15/nn-") and this.endswith("/!main")


def test_cover_metadata_from_the_clean_text(clean_result):
    root = etree.fromstring(clean_result.xml)
    assert root.find(".//a:coverPage//a:docAuthority", NS).text.startswith("Conférence des Parties")
    assert root.find(".//a:coverPage//a:docDate", NS).get("date") == "2020-10-15"
    assert root.find(".//a:inline[@name='distribution']", NS).text == "Distr. limitée"
    assert root.find(".//a:inline[@name='originalLanguage']", NS).text == "Original : anglais"
    assert root.find(".//a:inline[@name='languageOfExpression']", NS).text == "Français"
    session = root.find(".//a:preface//a:session", NS)
    assert (session.get("value"), session.text) == ("10", "Dixième session")
    loc = root.find(".//a:preface//a:location", NS)
    assert (loc.text, loc.get("refersTo")) == ("Vienne", "#vienna")
    dates = [(d.text, d.get("date")) for d in loc.getparent().findall("a:date", NS)]
    assert dates == [("12", "2020-10-12"), ("16 octobre 2020", "2020-10-16")]
    assert root.find(".//a:inline[@name='agendaItem']", NS).text == "Point 2 b) de l'ordre du jour"
    assert root.find(".//a:inline[@name='agendaItemTitle']", NS).text.startswith("Examen de l'application")
    assert root.find(".//a:docProponent", NS).text.endswith("États-Unis d'Amérique et Union européenne")
    assert root.find(".//a:docStage", NS).text == "projet de résolution révisé"
    assert root.find(".//a:statement", NS).get("name") == "resolutionDraft"
    work = root.find(".//a:FRBRWork", NS)
    assert work.find("a:FRBRuri", NS).get("value") == \
        "/akn/un/statement/deliberation/un-ctoc-cop/2020-10-15/CTOC-COP-2020-L.6-Rev.1"
    assert work.find("a:FRBRdate", NS).get("name") == "distribution"
    assert root.find(".//a:FRBRExpression/a:FRBRuri", NS).get("value").endswith("/fra@2020-10-15")


def test_same_input_same_bytes(tmp_path):
    a, b = tmp_path / "a.xml", tmp_path / "b.xml"
    assert run("convert", CLEAN, "-o", a).returncode == 0
    assert run("convert", CLEAN, "-o", b).returncode == 0
    assert a.read_bytes() == b.read_bytes()


def test_sidecar_gives_symbol_and_date(tmp_path):
    meta = tmp_path / "meta.json"
    meta.write_text(json.dumps({"symbol": SYMBOL, "date": "2020-10-15"}))
    out = tmp_path / "res.xml"
    proc = run("convert", PDF, "-o", out, "--meta", meta)
    assert proc.returncode == 0, proc.stderr
    uri = etree.parse(str(out)).find(".//a:FRBRWork/a:FRBRuri", NS).get("value")
    assert uri == "/akn/un/statement/deliberation/un-ctoc-cop/2020-10-15/CTOC-COP-2020-L.6-Rev.1"


def test_the_sidecar_beside_the_input_is_read_as_batch_reads_it(tmp_path):
    text = tmp_path / "res.txt"
    text.write_bytes(CLEAN.read_bytes())
    (tmp_path / "res.json").write_text(json.dumps({"symbol": SYMBOL, "date": "2020-10-15"}))
    out = tmp_path / "res.xml"
    proc = run("convert", text, "-o", out)
    assert proc.returncode == 0, proc.stderr
    assert "no document symbol found" not in proc.stderr
    uri = etree.parse(str(out)).find(".//a:FRBRWork/a:FRBRuri", NS).get("value")
    assert uri == "/akn/un/statement/deliberation/un-ctoc-cop/2020-10-15/CTOC-COP-2020-L.6-Rev.1"
    # --symbol still wins over the sidecar; --meta replaces it
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"symbol": "CTOC/COP/2020/L.7"}))
    proc = run("convert", text, "--meta", other)
    assert proc.returncode == 0, proc.stderr
    assert etree.fromstring(proc.stdout.encode()).find(".//a:docNumber", NS).text == "CTOC/COP/2020/L.7"
    proc = run("refs", text, "--format", "tsv")
    assert proc.returncode == 0 and "/akn/un/" in proc.stdout
    # a broken sidecar beside the input: one line naming it, no output
    (tmp_path / "res.json").write_text("{not json")
    out.unlink()
    proc = run("convert", text, "-o", out)
    assert proc.returncode == 1 and not out.exists()
    assert proc.stderr.count("\n") == 1 and "the sidecar res.json is not a JSON file" in proc.stderr


@pytest.mark.parametrize("content, reason", [
    (b"", "the file is empty"),
    (b"   \n\n\t \n", "the file holds only white space"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "this is a PDF document, not text"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "this is a PNG image, not text"),
    (b"Dear Sir,\n\nI write about the weather.\n\nYours faithfully,\n", "not a resolution"),
])
def test_bad_input_gives_one_line_and_no_file(tmp_path, content, reason):
    src = tmp_path / "input.txt"
    src.write_bytes(content)
    out = tmp_path / "out.xml"
    proc = run("convert", src, "-o", out)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and str(src) in lines[0] and reason in lines[0]
    assert "Traceback" not in proc.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == [src]
    assert src.read_bytes() == content  # input never touched


@pytest.mark.parametrize("target, html, reason", [
    ("{dir}", None, "cannot write {dir}: it is a folder (give a file name)"),
    ("{file}/res.xml", None, "cannot write {file}/res.xml: {file} is a file, not a folder"),
    ("{file}/deeper/res.xml", None, "cannot write {file}/deeper/res.xml: {file} is a file, not a folder"),
    ("{tmp}/ok.xml", "{dir}", "cannot write {dir}: it is a folder (give a file name)"),
    ("{input}", None, "refusing to overwrite the input {input}"),
    ("{sidecar}", None, "refusing to overwrite the input {sidecar}"),  # the metadata read with it
])
def test_an_output_that_cannot_be_written_fails_before_anything_is_written(tmp_path, target, html, reason):
    """-o naming a folder, or a path through a file, or the input: one line, exit 1, nothing
    written (not the XML when only the HTML cannot be), the input untouched."""
    src = tmp_path / "input.txt"
    src.write_bytes(CLEAN.read_bytes())
    (tmp_path / "dir").mkdir()
    (tmp_path / "file").write_text("a file")
    (tmp_path / "input.json").write_text(json.dumps({"symbol": SYMBOL}))
    names = {"dir": tmp_path / "dir", "file": tmp_path / "file", "tmp": tmp_path, "input": src,
             "sidecar": tmp_path / "input.json"}
    args = ["convert", src, "-o", target.format(**names)] + (["--html", html.format(**names)] if html else [])
    before = sorted(tmp_path.rglob("*"))
    proc = run(*args)
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [f"akn-convert: {reason.format(**names)}"]
    assert sorted(tmp_path.rglob("*")) == before  # no output, no temporary file
    assert src.read_bytes() == CLEAN.read_bytes() and (tmp_path / "file").read_text() == "a file"
    assert json.loads((tmp_path / "input.json").read_text()) == {"symbol": SYMBOL}


def test_an_output_folder_that_refuses_the_write_is_one_line(tmp_path, monkeypatch):
    """A write the system refuses (no permission, no space, a read-only mount): the file named,
    the reason, no traceback, no temporary file left."""
    import errno

    from typer.testing import CliRunner

    from akn_convert import output
    from akn_convert.cli import app

    def no_space(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output.os, "fsync", no_space)
    out = tmp_path / "out" / "res.xml"
    result = CliRunner().invoke(app, ["convert", str(CLEAN), "--symbol", SYMBOL, "-o", str(out)])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"akn-convert: cannot write {out} (No space left on device)"]
    assert list(out.parent.iterdir()) == []


def test_stdin_to_a_closed_pipe_is_quiet():
    """`akn-convert convert - | head -c 10`: the reader stops early; no traceback."""
    proc = subprocess.Popen([sys.executable, "-m", "akn_convert", "convert", "-", "--symbol", SYMBOL],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # the reader is gone before the first byte is written
    _, err = proc.communicate(CLEAN.read_bytes(), timeout=120)
    assert b"Traceback" not in err and b"Exception ignored" not in err
    assert proc.returncode != 0


@pytest.mark.parametrize("command", ["convert", "validate", "render", "text"])
def test_a_file_name_with_control_characters_stays_one_line(tmp_path, command):
    """A line feed or a terminal escape sequence in a file name is shown escaped: the message
    is still one line, and the name cannot recolour or rewrite the user's terminal."""
    bad = tmp_path / "bad\nname\x1b[31m.txt"
    bad.write_text("Dear Sir,\n\nI write about the weather.\n")
    proc = run(command, bad)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    shown = str(tmp_path / "bad\\nname\\x1b[31m.txt")
    lines = proc.stderr.splitlines()
    assert "\x1b" not in proc.stderr and all(shown in line for line in lines[:1])
    assert len(lines) == (2 if command == "validate" else 1)  # validate adds its count line


def test_validate_reports_where_and_what(tmp_path, clean_result):
    root = etree.fromstring(clean_result.xml)
    para = root.find(".//a:paragraph[@eId='para_2']", NS)
    para.set("eId", "para_1")  # a duplicate eId
    bad = tmp_path / "bad.xml"
    bad.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
    proc = run("validate", bad)
    assert proc.returncode == 1
    assert f"{bad}:" in proc.stderr and "para_1" in proc.stderr
    line_no = proc.stderr.split(f"{bad}:")[1].split(":")[0]
    assert line_no.isdigit()


def test_validate_not_xml(tmp_path):
    bad = tmp_path / "x.xml"
    bad.write_text("<akomaNtoso><statement>")
    proc = run("validate", bad)
    assert proc.returncode == 1 and "not well-formed XML" in proc.stderr and "Traceback" not in proc.stderr


def test_validate_holds_other_akn_documents_to_the_official_schema_alone(tmp_path):
    other = Path(__file__).parent / "data" / "akn" / "other-act.xml"  # a valid AKN act, not a UN document
    proc = run("validate", other)
    assert proc.returncode == 0 and proc.stdout.strip() == f"{other}: valid"
    assert proc.stderr.strip() == (f"{other}: note: profile: not a UN document (FRBRcountry is 'za'): checked "
                                   "against the official schema alone, without the UN profile rules")
    proc = run("validate", "--schema-only", other)
    assert proc.returncode == 0 and proc.stdout.strip() == f"{other}: valid" and proc.stderr == ""
    # the schema is still checked: an element the schema does not allow there fails, with no hint
    bad = tmp_path / "bad.xml"
    bad.write_text(other.read_text("utf-8").replace("<num>1.</num>", "<num>1.</num><docTitle>x</docTitle>"), "utf-8")
    for args in (["--schema-only"], []):
        proc = run("validate", *args, bad)
        assert proc.returncode == 1 and "docTitle" in proc.stderr and "--schema-only" not in proc.stderr
        assert "note:" not in proc.stderr


def test_validate_holds_un_documents_to_the_profile_rules(tmp_path, clean_result):
    root = etree.fromstring(clean_result.xml)
    root.find("a:statement", NS).set("name", "report")  # FRBRname says "resolution"
    bad = tmp_path / "renamed.xml"
    bad.write_bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))
    proc = run("validate", bad)
    assert proc.returncode == 1 and ": profile: " in proc.stderr
    assert proc.stderr.strip().splitlines()[-1].endswith(
        "1 of 1 file(s) not valid (valid against the official schema, not the UN profile rules; "
        "--schema-only checks the schema alone)")
    proc = run("validate", "--schema-only", bad)
    assert proc.returncode == 0


def test_version_is_the_installed_package_version():
    from importlib.metadata import version

    proc = run("--version")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"akn-convert {version('akn-convert')}"
    assert version("akn-convert").count(".") >= 1


def _main_with(monkeypatch, tmp_path, convert_file) -> int:
    """Run the console command ``convert`` with ``convert_file`` in the pipeline's place: its exit code."""
    import akn_convert.pipeline
    from akn_convert import cli

    monkeypatch.setattr(akn_convert.pipeline, "convert_file", convert_file)
    monkeypatch.setattr(sys, "argv", ["akn-convert", "convert", str(CLEAN), "-o", str(tmp_path / "out.xml")])
    monkeypatch.delenv("AKN_CONVERT_DEBUG", raising=False)
    with pytest.raises(SystemExit) as stop:
        cli.main()
    return stop.value.code


def test_a_bug_is_one_line_not_a_traceback(monkeypatch, capsys, tmp_path):
    """Whatever escapes the converter's own errors (a bug) ends in one line and exit code 70;
    AKN_CONVERT_DEBUG=1 lets the traceback through for the developer."""
    from akn_convert import cli

    def broken(*args, **kwargs):
        raise ValueError("All strings must be XML compatible")

    assert _main_with(monkeypatch, tmp_path, broken) == 70
    err = capsys.readouterr().err
    assert err == ("akn-convert: internal error (ValueError: All strings must be XML compatible); please report it "
                   "(AKN_CONVERT_DEBUG=1 shows where)\n")
    assert not (tmp_path / "out.xml").exists()
    monkeypatch.setenv("AKN_CONVERT_DEBUG", "1")
    with pytest.raises(ValueError):
        cli.main()


def test_ctrl_c_wrapped_by_python_is_an_interruption_not_a_bug(monkeypatch, capsys, tmp_path):
    """Ctrl-C that lands while Python sets up a class comes back as a RuntimeError whose cause is the
    KeyboardInterrupt: it is reported as an interruption (exit 130), not as a bug (exit 70)."""
    def interrupted(*args, **kwargs):
        try:
            raise KeyboardInterrupt
        except KeyboardInterrupt as exc:
            raise RuntimeError("Error calling __set_name__ on 'cached_property' instance") from exc

    assert _main_with(monkeypatch, tmp_path, interrupted) == 130
    assert capsys.readouterr().err == "akn-convert: interrupted\n"
    assert not (tmp_path / "out.xml").exists()


def test_ctrl_c_while_the_command_line_is_imported_is_one_line(monkeypatch, capsys):
    """The console script's entry point imports the command line itself, so Ctrl-C during the
    imports (the first tenth of a second) ends with one line and exit 130, not a traceback."""
    import builtins

    from akn_convert import launch

    real_import = builtins.__import__

    def slow_import(name, *args, **kwargs):
        if name == "cli" or name.endswith(".cli"):
            raise KeyboardInterrupt
        return real_import(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "akn_convert.cli", raising=False)
    monkeypatch.setattr(builtins, "__import__", slow_import)
    with pytest.raises(SystemExit) as stop:
        launch.main()
    assert stop.value.code == 130
    assert capsys.readouterr().err == "akn-convert: interrupted\n"

"""The commands as an archive user hits them, wrong: every bad case is one line naming the file
and the reason, a non-zero exit, no traceback, nothing partly written, the input untouched; a
batch goes on past a failure and reports it in its table and its JSON report."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from akn_convert import batch as engine
from akn_convert.cli import app
import robust_texts as T

REPORT = engine.REPORT_NAME
AKN_NS = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
as_root = pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads and writes anything")


def invoke(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def one_line(text: str) -> str:
    lines = text.strip().splitlines()
    assert len(lines) == 1, text
    assert "Traceback" not in text
    return lines[0]


def report(out: Path) -> dict:
    return json.loads((out / REPORT).read_text("utf-8"))


def records(out: Path) -> dict[str, dict]:
    """The report's records by input path relative to the output folder's parent."""
    return {os.path.relpath(r["input"], out.parent): r for r in report(out)["files"]}


def files_below(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and p.name != REPORT)


def good(path: Path, meeting: int = 9999) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(T.GOOD.replace("9999th", f"{meeting}th"))
    return path


def main(monkeypatch, capsys, *args) -> tuple[int, str]:
    """Run the console command (``cli.main``, as the installed script does): exit code, stderr."""
    from akn_convert import cli

    monkeypatch.setattr(sys, "argv", ["akn-convert", *map(str, args)])
    with pytest.raises(SystemExit) as stop:
        cli.main()
    return stop.value.code, capsys.readouterr().err


# ---------------------------------------------------------------- the command line itself


@pytest.mark.parametrize("args, words", [
    (["batch", "{src}", "-o", "{out}", "--jobs", "0"], "Invalid value for '-j' / '--jobs'"),
    (["batch", "{src}", "-o", "{out}", "--jobs", "-3"], "Invalid value for '-j' / '--jobs'"),
    (["batch", "-o", "{out}"], "Missing argument 'INPUT_DIR_OR_GLOB'"),
    (["validate"], "Missing argument 'FILE_OR_FOLDER'"),
    (["convert"], "Missing argument 'INPUT'"),  # (the README's names, not the Python parameters')
    (["render"], "Missing argument 'FILE.xml'"),
    (["convert", "{src}/a.txt", "--bogus"], "No such option: --bogus"),
    (["convert", "{src}/a.txt", "--max-size", "-1"], "Invalid value for '--max-size'"),
    (["frobnicate"], "No such command 'frobnicate'"),
])
def test_a_wrong_command_line_is_one_line_and_exit_2(tmp_path, monkeypatch, capsys, args, words):
    src, out = tmp_path / "in", tmp_path / "out"
    good(src / "a.txt")
    code, err = main(monkeypatch, capsys, *(a.format(src=src, out=out) for a in args))
    assert code == 2
    line = one_line(err)
    assert line.startswith("akn-convert: ") and words in line and "--help)" in line
    assert not out.exists()


@pytest.mark.parametrize("command", ["convert", "refs", "batch"])
@pytest.mark.parametrize("option, value, words", [
    ("--lang", "xx", "unknown language 'xx'"),
    ("--shape", "odd", "unknown input shape 'odd'"),
])
def test_an_unknown_language_or_shape_is_a_usage_error_not_the_files_fault(tmp_path, monkeypatch, capsys, command,
                                                                           option, value, words):
    src = good(tmp_path / "a.txt")
    args = [command, src, option, value] + {"convert": ["-o", tmp_path / "a.xml"], "refs": [],
                                            "batch": ["-o", tmp_path / "out"]}[command]
    code, err = main(monkeypatch, capsys, *map(str, args))
    assert code == 2
    line = one_line(err)
    assert line.startswith(f"akn-convert: Invalid value for '{option}': {words} (known: ")
    assert line.endswith(f"(see: akn-convert {command} --help)")
    assert str(src) not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_shape_is_named_in_any_case_as_a_language_is(tmp_path, monkeypatch, capsys):
    src = good(tmp_path / "a.txt")
    code, err = main(monkeypatch, capsys, "convert", str(src), "--shape", "PDF", "--lang", "EN",
                     "-o", str(tmp_path / "a.xml"))
    assert code == 0, err
    upper = (tmp_path / "a.xml").read_bytes()
    code, err = main(monkeypatch, capsys, "convert", str(src), "--shape", "pdf", "--lang", "en",
                     "-o", str(tmp_path / "b.xml"))
    assert code == 0, err
    assert upper == (tmp_path / "b.xml").read_bytes()
    meta = tmp_path / "a.json"
    meta.write_text('{"shape": " Clean"}', "utf-8")
    code, err = main(monkeypatch, capsys, "convert", str(src), "--meta", str(meta), "-o", str(tmp_path / "c.xml"))
    assert code == 0, err
    assert b'<FRBRlanguage language="eng"/>' in (tmp_path / "c.xml").read_bytes()


def test_a_shape_the_text_does_not_look_like_is_named_when_it_fails(tmp_path, monkeypatch, capsys):
    src = tmp_path / "a.txt"
    src.write_text("*The General Assembly*,\n\n*Recalling* its resolution 61/144,\n\n"
                   "1. *Decides* to remain seized of the matter.\n", "utf-8")
    code, err = main(monkeypatch, capsys, "convert", str(src), "--shape", "pdf", "--date", "2023-02-03",
                     "-o", str(tmp_path / "a.xml"))
    assert code == 1
    assert one_line(err).endswith("(read as pdf text, as told; it looks like clean text)")
    assert not (tmp_path / "a.xml").exists()
    code, err = main(monkeypatch, capsys, "convert", str(src), "--date", "2023-02-03", "-o", str(tmp_path / "a.xml"))
    assert code == 0 and "as told" not in err


def test_languages_are_listed_as_the_option_takes_them(tmp_path, monkeypatch, capsys):
    code, err = main(monkeypatch, capsys, "convert", str(good(tmp_path / "a.txt")), "--lang", "de")
    assert code == 2 and "(known: fr, en, es, ru, ar, zh)" in err


def test_the_date_on_the_command_line(tmp_path, monkeypatch, capsys):
    src = tmp_path / "a.txt"
    src.write_text("*The General Assembly*,\n\n*Recalling* its resolution 61/144,\n\n"
                   "1. *Decides* to remain seized of the matter.\n", "utf-8")
    code, err = main(monkeypatch, capsys, "convert", str(src), "-o", str(tmp_path / "a.xml"))
    assert code == 1 and one_line(err).endswith('give one (--date, or "date" in a sidecar)')
    assert not (tmp_path / "a.xml").exists()
    code, err = main(monkeypatch, capsys, "convert", str(src), "--date", "2023-02-30", "-o", str(tmp_path / "a.xml"))
    assert code == 2 and "Invalid value for '--date': date '2023-02-30' is not an ISO date (YYYY-MM-DD)" in one_line(err)
    (tmp_path / "a.json").write_text('{"date": "2001-01-01"}', "utf-8")  # the option goes before the sidecar
    code, err = main(monkeypatch, capsys, "convert", str(src), "--date", "2023-12-01", "--symbol", "A/RES/78/11",
                     "-o", str(tmp_path / "a.xml"))
    assert code == 0, err
    xml = (tmp_path / "a.xml").read_text("utf-8")
    assert '<FRBRdate date="2023-12-01" name="adoption"/>' in xml and "/un-ga/2023-12-01/78-11" in xml


def test_the_html_rendition_is_not_written_to_stdout(tmp_path, monkeypatch, capsys):
    src = good(tmp_path / "a.txt")
    monkeypatch.chdir(tmp_path)
    code, err = main(monkeypatch, capsys, "convert", str(src), "--html", "-", "-o", "a.xml")
    assert code == 2 and "Invalid value for '--html'" in one_line(err)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


def test_a_file_that_cannot_be_read_is_reported_by_the_command_not_by_typer(tmp_path, monkeypatch):
    """typer checks that a path argument is readable before the command runs, and prints a boxed
    usage error; the commands read their files themselves and say why in one line."""
    real = os.access

    def access(path, mode, *args, **kwargs):
        return False if str(path).endswith(".txt") else real(path, mode, *args, **kwargs)

    src = good(tmp_path / "a.txt")
    monkeypatch.setattr(os, "access", access)
    result = invoke("convert", src, "-o", tmp_path / "a.xml")
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "a.xml").is_file()


@as_root
@pytest.mark.parametrize("command, reason", [
    ("convert", "permission denied"),
    ("refs", "permission denied"),
    ("render", "cannot read the file (Permission denied)"),
    ("text", "cannot read the file (Permission denied)"),
])
def test_an_unreadable_file_is_one_line(tmp_path, command, reason):
    src = good(tmp_path / "locked.txt")
    src.chmod(0)
    try:
        result = invoke(command, src)
    finally:
        src.chmod(0o644)
    assert result.exit_code == 1
    assert one_line(result.stderr) == f"akn-convert: {src}: {reason}"
    assert result.stdout == ""


@as_root
def test_an_unreadable_file_fails_only_itself_in_a_batch(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    good(src / "a.txt")
    locked = good(src / "b.txt", 9998)
    locked.chmod(0)
    try:
        result = invoke("batch", src, "-o", out, "-j", "1")
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 1
    assert f"akn-convert: {locked}: permission denied" in result.stderr
    assert files_below(out) == ["a.xml"]
    rec = records(out)["in/b.txt"]
    assert (rec["status"], rec["error"], rec["error_kind"], rec["output"]) == ("failed", "permission denied", "input", None)


# ---------------------------------------------------------------- convert, render, text


@pytest.mark.parametrize("command", ["convert", "render", "text"])
def test_dash_o_dash_is_stdout(tmp_path, monkeypatch, command, clean_result):
    monkeypatch.chdir(tmp_path)
    if command == "convert":
        src = good(tmp_path / "a.txt")
    else:
        src = tmp_path / "a.xml"
        src.write_bytes(clean_result.xml)
    result = invoke(command, src, "-o", "-")
    assert result.exit_code == 0, result.stderr
    assert not (tmp_path / "-").exists()
    start = {"convert": b"<?xml", "render": b"<!DOCTYPE html>", "text": "La Conférence des Parties".encode()}
    assert result.stdout_bytes.startswith(start[command])


@pytest.mark.parametrize("sidecar, words", [
    ({"name": "law"}, "name: 'law' is not a document kind (known: resolution, resolutionDraft, decision, decisionDraft)"),
    ({"name": ""}, "name: '' is not a document kind"),
    ({"organ": "un ga/x"}, "organ: 'un ga/x' is not an actor id"),
    ({"date": "2020-13-45"}, "date '2020-13-45' is not an ISO date (YYYY-MM-DD)"),
    ({"lang": "xx"}, "lang: unknown language 'xx' (known: fr, en, es, ru, ar, zh)"),
    ({"lang": "en", "language": "fr"}, "lang 'en' and language 'fr' disagree"),
    ({"shape": "scan"}, "shape: unknown input shape 'scan'"),
    ({"symbol": 5}, "values must be strings (symbol is not: write it in quotes)"),
    ([1, 2], "must hold a JSON object"),
])
def test_a_sidecar_with_a_wrong_value_names_the_sidecar(tmp_path, sidecar, words):
    src = good(tmp_path / "a.txt")
    meta = tmp_path / "meta.json"
    meta.write_text(json.dumps(sidecar))
    result = invoke("convert", src, "-o", tmp_path / "a.xml", "--meta", meta)
    assert result.exit_code == 1
    line = one_line(result.stderr)
    assert line.startswith(f"akn-convert: {meta}: the sidecar meta.json") and words in line, line
    assert "not valid" not in line  # (it was: the XML written is not valid, blamed on the input)
    assert not (tmp_path / "a.xml").exists()


@pytest.mark.parametrize("make, words", [
    (lambda p: p.mkdir(), "the sidecar is a folder, not a JSON file"),
    (lambda p: p.write_text('{"symbol": "' + "x" * 70000 + '"}'), "the sidecar meta.json is over 64 KB"),
    (lambda p: None, "the sidecar meta.json is not found"),
    (lambda p: p.write_text("{symbol"), "the sidecar meta.json is not a JSON file"),
])
def test_a_sidecar_that_cannot_be_used_is_one_line(tmp_path, make, words):
    src = good(tmp_path / "a.txt")
    meta = tmp_path / "meta.json"
    make(meta)
    result = invoke("convert", src, "-o", tmp_path / "a.xml", "--meta", meta)
    assert result.exit_code == 1
    assert one_line(result.stderr).startswith(f"akn-convert: {meta}: {words}")
    assert not (tmp_path / "a.xml").exists()


def test_a_wrong_sidecar_in_a_batch_fails_its_file_only_and_names_it(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    good(src / "a.txt")
    good(src / "b.txt", 9998)
    (src / "b.json").write_text('{"name": "law"}')
    result = invoke("batch", src, "-o", out, "-j", "1")
    assert result.exit_code == 1
    assert files_below(out) == ["a.xml"]
    rec = records(out)["in/b.txt"]
    assert rec["status"] == "failed" and rec["error_kind"] == "usage"
    assert rec["error"].startswith("the sidecar b.json: name: 'law' is not a document kind")


@pytest.mark.parametrize("content, reason", [
    (b"", "the file is empty"),
    (b"  \n", "the file is empty"),
    (f'<akomaNtoso xmlns="{AKN_NS}"/>'.encode(), "the akomaNtoso element is empty: it holds no document"),
    (b"<akomaNtoso><act/></akomaNtoso>",
     f"not an Akoma Ntoso 3.0 document (the namespace of akomaNtoso is missing, not {AKN_NS})"),
    (b'<akomaNtoso xmlns="http://www.akomantoso.org/2.0"><act/></akomaNtoso>',
     f"not an Akoma Ntoso 3.0 document (the namespace of akomaNtoso is http://www.akomantoso.org/2.0, not {AKN_NS})"),
    (T.GOOD.encode(), "not well-formed XML: the file does not begin with '<' (plain text? "
                      "'akn-convert convert' reads the text of a resolution)"),
])
@pytest.mark.parametrize("command", ["render", "text"])
def test_render_and_text_of_what_is_no_akn_document(tmp_path, command, content, reason):
    src = tmp_path / "doc.xml"
    src.write_bytes(content)
    result = invoke(command, src, "-o", tmp_path / "out")
    assert result.exit_code == 1
    assert one_line(result.stderr) == f"akn-convert: {src}: {reason}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.xml"]
    assert src.read_bytes() == content


def test_validate_many_files_some_missing_or_wrong(tmp_path, clean_result):
    ok = tmp_path / "ok.xml"
    ok.write_bytes(clean_result.xml)
    text = good(tmp_path / "res.txt")
    folder = tmp_path / "folder"
    folder.mkdir()
    missing = tmp_path / "missing.xml"
    result = invoke("validate", ok, missing, text, folder, ok)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [f"{ok}: valid", f"{ok}: valid"]
    assert result.stderr.splitlines() == [
        f"{missing}: xml: cannot read the file (No such file or directory)",
        f"{text}:1: xml: not well-formed XML: the file does not begin with '<' (plain text? "
        "'akn-convert convert' reads the text of a resolution)",
        f"{folder}: no .xml file in this folder",  # (a folder gives its *.xml files: it has none)
        "akn-convert: 3 of 5 file(s) not valid",
    ]


# ---------------------------------------------------------------- eval


MANIFEST_HEAD = "file\tlanguage\torgan\tshape\tpreamble\toperative\tpoints\tnotes\tsymbol\n"


def test_eval_of_a_manifest_that_lists_nothing_fails(tmp_path):
    (tmp_path / "MANIFEST.tsv").write_text(MANIFEST_HEAD)
    result = invoke("eval", tmp_path)
    assert result.exit_code == 1
    assert one_line(result.stderr) == f"akn-convert: {tmp_path / 'MANIFEST.tsv'}: the manifest lists no file"


def test_eval_with_a_manifest_that_is_a_folder(tmp_path):
    result = invoke("eval", tmp_path, "--manifest", tmp_path)
    assert result.exit_code == 1
    assert one_line(result.stderr) == f"akn-convert: {tmp_path}: the manifest is a folder, not a file"


def test_eval_shows_brackets_in_names_and_values_as_text(tmp_path):
    """A file name or a manifest value with square brackets was read as markup by the table
    printer: '[/b]' ended the run in an internal error."""
    good(tmp_path / "a[/b].txt")
    (tmp_path / "MANIFEST.tsv").write_text(MANIFEST_HEAD + "a[/b].txt\ten\tun-sc\t[/x]\t2\t3\t0\t0\t[/y]\n"
                                           "gone[/c].txt\ten\tun-sc\tclean\t2\t3\t0\t0\t\n")
    result = invoke("eval", tmp_path, "--warnings")
    assert result.exit_code == 1
    assert "a[/b].txt" in result.stdout and "[/x]" in result.stdout and "(≠[/y])" in result.stdout
    assert f"{tmp_path / 'gone[/c].txt'}: no such file" in result.stdout
    assert one_line(result.stderr) == "akn-convert: 2 of 2 document(s) differ from the manifest"


# ---------------------------------------------------------------- batch: what it picks up


def test_a_glob_that_matches_nothing_leaves_no_output_folder(tmp_path):
    out = tmp_path / "out"
    result = invoke("batch", tmp_path / "nothing" / "*.txt", "-o", out)
    assert result.exit_code == 2
    assert one_line(result.stderr) == f"akn-convert: no file matches {tmp_path / 'nothing' / '*.txt'}"
    assert not out.exists()


def test_a_glob_that_matches_folders_gives_their_text_files(tmp_path):
    """'archive/20*' quoted gives what the shell's expansion gives: the folders' *.txt files
    (it said 'no file matches'); output names below the glob's fixed part keep them apart."""
    arc, out = tmp_path / "archive", tmp_path / "out"
    good(arc / "2020" / "res.txt")
    good(arc / "2021" / "res.txt", 9998)
    good(arc / "2021" / "deep" / "res.txt", 9997)
    (arc / "2021" / "notes.md").write_text(T.GOOD)
    good(arc / "other" / "res.txt", 9996)
    result = invoke("batch", arc / "20*", "-o", out, "-j", "1")
    assert result.exit_code == 0, result.stderr
    assert files_below(out) == ["2020/res.xml", "2021/deep/res.xml", "2021/res.xml"]


def test_a_recursive_glob_walks_each_folder_once(tmp_path):
    arc, out = tmp_path / "archive", tmp_path / "out"
    good(arc / "a" / "b" / "c" / "res.txt")
    good(arc / "top.txt", 9998)
    result = invoke("batch", f"{arc}/**", "-o", out, "-j", "1")
    assert result.exit_code == 0, result.stderr
    assert files_below(out) == ["a/b/c/res.xml", "top.xml"]
    assert report(out)["totals"]["files"] == 2


def test_a_sidecar_matched_by_a_glob_is_no_input(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    good(src / "a.txt")
    (src / "a.json").write_text('{"symbol": "S/RES/999 (2020)"}')
    result = invoke("batch", f"{src}/*", "-o", out, "-j", "1")
    assert result.exit_code == 0, result.stderr
    assert files_below(out) == ["a.xml"]
    assert [Path(r["input"]).name for r in report(out)["files"]] == ["a.txt"]


def test_what_a_folder_gives(tmp_path):
    """A folder gives its *.txt files (any case) at any depth, not hidden ones, not other kinds
    (.xml, .json, .pdf, .md), as the README says; odd names give safe, distinct outputs."""
    src, out = tmp_path / "in", tmp_path / "out"
    good(src / "-dash.txt")
    good(src / "new\nline.txt", 9001)
    good(src / "sp ace" / "é ü.txt", 9002)
    good(src / "UP.TXT", 9003)
    good(src / ".hidden.txt", 9004)
    good(src / ".hid" / "in.txt", 9005)
    for name in ("x.xml", "x.json", "x.pdf", "x.md"):
        (src / name).write_text(T.GOOD)
    result = invoke("batch", src, "-o", out, "-j", "1")
    assert result.exit_code == 0, result.stderr
    assert files_below(out) == ["UP.xml", "_-dash.xml", "new_line.xml", "sp ace/é ü.xml"]
    names = sorted(r["name"] for r in report(out)["files"])
    assert names == sorted([f"{src}/-dash.txt", f"{src}/new\\nline.txt", f"{src}/sp ace/é ü.txt", f"{src}/UP.TXT"])


def test_same_names_in_different_folders_never_collide(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    good(src / "a" / "res.txt")
    good(src / "b" / "res.txt", 9998)
    good(src / "res.txt", 9997)
    good(src / "RES.txt", 9996)
    other = good(tmp_path / "other" / "res.txt", 9995)  # a second argument: its own base, same name
    result = invoke("batch", src, other.parent, "-o", out, "-j", "1")
    assert result.exit_code == 0, result.stderr
    assert files_below(out) == ["RES.xml", "a/res.xml", "b/res.xml", "res-2.xml", "res-3.xml"]
    outputs = [r["output"] for r in report(out)["files"]]
    assert len(set(o.casefold() for o in outputs)) == 5


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_folder_named_like_an_output_does_not_collide_with_it(tmp_path, jobs):
    """An input folder 'a.xml' beside an input 'a.txt': the folder's outputs went into the
    output a.xml's place, and one of the two failed (which one depended on timing)."""
    src, out = tmp_path / "in", tmp_path / "out"
    good(src / "a.txt")
    good(src / "a.xml" / "x.txt", 9998)
    good(src / "b.html" / "y.txt", 9997)
    good(src / "b.txt", 9996)
    result = invoke("batch", src, "-o", out, "-j", jobs, "--html")
    assert result.exit_code == 0, result.stderr
    assert files_below(out) == ["a.html", "a.xml", "a_xml/x.html", "a_xml/x.xml", "b.html", "b.xml",
                                "b_html/y.html", "b_html/y.xml"]


def test_links(tmp_path):
    """A link to a file and the file itself: converted once, under the file's own name; a link
    to a file outside: converted; links to folders are not followed (no loop, no escape); a
    loop and a link to nothing fail with their reason, and the batch goes on."""
    src, out, elsewhere = tmp_path / "in", tmp_path / "out", tmp_path / "elsewhere"
    good(src / "real.txt")
    good(elsewhere / "outside.txt", 9998)
    good(elsewhere / "sub" / "deep.txt", 9997)
    (src / "a-link.txt").symlink_to("real.txt")
    (src / "link-out.txt").symlink_to(elsewhere / "outside.txt")
    (src / "dirlink").symlink_to(elsewhere / "sub")
    (src / "up").symlink_to("..")
    (src / "loop1.txt").symlink_to("loop2.txt")
    (src / "loop2.txt").symlink_to("loop1.txt")
    (src / "dangling.txt").symlink_to("nowhere.txt")
    result = invoke("batch", src, "-o", out, "-j", "1")
    assert result.exit_code == 1
    assert files_below(out) == ["link-out.xml", "real.xml"]
    errors = {k: r["error"] for k, r in records(out).items() if r["status"] == "failed"}
    assert errors == {
        "in/dangling.txt": "a symbolic link to nowhere.txt, which does not exist",
        "in/loop1.txt": "cannot read the file (Too many levels of symbolic links)",
        "in/loop2.txt": "cannot read the file (Too many levels of symbolic links)",
    }
    for name, error in errors.items():
        assert f"akn-convert: {tmp_path / name}: {error}" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_given_by_name_is_refused_as_such(tmp_path):
    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    result = invoke("batch", pipe, "-o", tmp_path / "out")
    assert result.exit_code == 2
    assert one_line(result.stderr) == f"akn-convert: {pipe}: not a file nor a folder (a named pipe, a socket or a device)"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("where", ["same", "inside"])
def test_output_folder_that_is_or_is_inside_the_input_folder(tmp_path, where):
    src = tmp_path / "in"
    good(src / "a.txt")
    good(src / "sub" / "b.txt", 9998)
    (src / "mine.xml").write_text("<archive/>")  # the user's own file: neither an input nor overwritten
    out = src if where == "same" else src / "out"
    first = invoke("batch", src, "-o", out, "-j", "1")
    assert first.exit_code == 0, first.stderr
    again = invoke("batch", src, "-o", out, "-j", "1")
    assert again.exit_code == 0, again.stderr
    assert report(out)["totals"] == {"files": 2, "converted": 0, "up-to-date": 2, "failed": 0, "not-done": 0,
                                     "warnings": 0}
    expected = ["a.txt", "a.xml", "mine.xml", "sub/b.txt", "sub/b.xml"] if where == "same" else \
        ["a.txt", "mine.xml", "out/a.xml", "out/sub/b.xml", "sub/b.txt"]
    assert files_below(src) == expected
    assert (src / "mine.xml").read_text() == "<archive/>"


def test_an_output_folder_that_is_a_file(tmp_path):
    src = good(tmp_path / "in" / "a.txt").parent
    blocker = tmp_path / "file"
    blocker.write_text("x")
    for out, words in ((blocker, "the output folder is a file"), (blocker / "sub", "cannot use the output folder")):
        result = invoke("batch", src, "-o", out)
        assert result.exit_code == 2
        assert one_line(result.stderr).startswith(f"akn-convert: {out}: {words}")
    assert blocker.read_text() == "x"


def test_jobs_are_capped(monkeypatch, capsys):
    from akn_convert.commands import batch as command

    monkeypatch.setattr(command, "_cpus", lambda: 2)
    assert command._usable_jobs(None, 100) == 2
    assert command._usable_jobs(3, 2) == 2  # never more workers than files
    assert command._usable_jobs(5, 0) == 1
    assert capsys.readouterr().err == ""
    assert command._usable_jobs(100000, 600) == 8
    assert capsys.readouterr().err == "akn-convert: warning: --jobs 100000 is more than 4 per CPU (2 CPUs); using 8\n"


def test_huge_jobs_convert_with_few_workers(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    for k in range(3):
        good(src / f"r{k}.txt", 9000 + k)
    result = invoke("batch", src, "-o", out, "-j", "100000")
    assert result.exit_code == 0, result.stderr
    assert report(out)["jobs"] == 3
    assert files_below(out) == ["r0.xml", "r1.xml", "r2.xml"]


# ---------------------------------------------------------------- batch: the report


def test_the_report_holds_absolute_paths_and_a_rerun_from_elsewhere_keeps_them(tmp_path, monkeypatch):
    """The report's paths were relative to the folder the batch ran in: a re-run from another
    folder lost every up-to-date file's details (shape, language, counts) and the record of
    which input owned which output name."""
    src, out = tmp_path / "in", tmp_path / "out"
    good(src / "a.txt")
    monkeypatch.chdir(tmp_path)
    first = invoke("batch", "in", "-o", "out", "-j", "1", "--html")
    assert first.exit_code == 0, first.stderr
    rep = report(out)
    assert rep["output_folder"] == str(out)
    assert rep["options"]["html"] is True and rep["options"]["force"] is False
    [rec] = rep["files"]
    assert (rec["input"], rec["output"], rec["name"]) == (str(src / "a.txt"), str(out / "a.xml"), "in/a.txt")

    monkeypatch.chdir(src)
    again = invoke("batch", ".", "-o", "../out", "-j", "1", "--html")
    assert again.exit_code == 0, again.stderr
    [rec] = report(out)["files"]
    assert rec["status"] == "up-to-date" and rec["input"] == str(src / "a.txt")
    assert rec["shape"] in ("clean", "pdf") and rec["lang"] == "eng" and rec["counts"]["operative"] == 3


def test_an_interrupted_batch_lists_the_files_it_did_not_reach(tmp_path, monkeypatch):
    src, out = tmp_path / "in", tmp_path / "out"
    for k in range(4):
        good(src / f"r{k}.txt", 9000 + k)

    def stopped_after_one(tasks, settings, jobs, on_result, worker=None, on_note=None):
        on_result(engine.convert_task(tasks[0], settings))
        raise KeyboardInterrupt

    monkeypatch.setattr(engine, "run", stopped_after_one)
    result = invoke("batch", src, "-o", out, "-j", "1")
    assert result.exit_code == 130
    assert "interrupted; 3 file(s) not converted (run again to go on)" in result.stderr
    rep = report(out)
    assert rep["interrupted"] is True and rep["not_done"] == 3
    assert rep["totals"] == {"files": 4, "converted": 1, "up-to-date": 0, "failed": 0, "not-done": 3, "warnings": 0}
    status = {Path(r["input"]).name: (r["status"], r["output"]) for r in rep["files"]}
    assert status == {"r0.txt": ("converted", str(out / "r0.xml")), "r1.txt": ("not-done", None),
                      "r2.txt": ("not-done", None), "r3.txt": ("not-done", None)}

    monkeypatch.undo()
    again = invoke("batch", src, "-o", out, "-j", "1")
    assert again.exit_code == 0, again.stderr
    assert report(out)["totals"]["converted"] == 3 and report(out)["totals"]["up-to-date"] == 1


def test_the_report_of_failures_is_complete(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    good(src / "ok.txt")
    (src / "empty.txt").write_bytes(b"")
    (src / "scan.txt").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    (src / "letter.txt").write_text(T.LETTER)
    result = invoke("batch", src, "-o", out, "-j", "2")
    assert result.exit_code == 1
    recs = {Path(r["input"]).name: r for r in report(out)["files"]}
    expected = {"empty.txt": ("input", "the file is empty"),
                "scan.txt": ("input", "this is a PDF document, not text; extract its text first")}
    for name, (kind, error) in expected.items():
        r = recs[name]
        assert (r["status"], r["error_kind"], r["error"], r["output"]) == ("failed", kind, error, None)
        assert f"akn-convert: {src / name}: {error}" in result.stderr
    assert recs["letter.txt"]["status"] == "failed" and recs["letter.txt"]["error_kind"] == "not-a-resolution"
    assert recs["ok.txt"]["status"] == "converted" and recs["ok.txt"]["counts"]["operative"] == 3
    for r in recs.values():
        assert set(r) == {"input", "output", "status", "name", "shape", "lang", "encoding", "counts", "warnings",
                          "error", "error_kind", "seconds", "made_with"}
        assert os.path.isabs(r["input"])
    assert files_below(out) == ["ok.xml"]


# ---------------------------------------------------------------- devices and pipes as outputs


def test_dash_o_dev_stdout_writes_into_the_pipe(tmp_path):
    """'-o /dev/stdout' (a pipe here): written into.  The atomic write renamed a temporary file
    over its target, which failed for a pipe, and replaced a device node such as /dev/null
    (as root) with a plain file."""
    import subprocess

    src = good(tmp_path / "a.txt")
    proc = subprocess.run([sys.executable, "-m", "akn_convert", "convert", str(src), "-o", "/dev/stdout"],
                          capture_output=True)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(b"<?xml") and proc.stdout.rstrip().endswith(b"</akomaNtoso>")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
@pytest.mark.parametrize("command", ["convert", "render"])
def test_a_named_pipe_as_output_is_written_into_not_replaced(tmp_path, command, clean_result):
    import stat
    import threading

    if command == "convert":
        src = good(tmp_path / "a.txt")
    else:
        src = tmp_path / "a.xml"
        src.write_bytes(clean_result.xml)
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    received = []
    reader = threading.Thread(target=lambda: received.append(pipe.read_bytes()))
    reader.start()
    result = invoke(command, src, "-o", pipe)
    reader.join(timeout=30)
    assert result.exit_code == 0, result.stderr
    assert stat.S_ISFIFO(os.stat(pipe).st_mode)
    assert received and received[0].startswith(b"<?xml" if command == "convert" else b"<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([src.name, "pipe"])


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_a_named_pipe_at_an_outputs_place_in_a_batch_is_a_failure(tmp_path):
    import stat

    src, out = tmp_path / "in", tmp_path / "out"
    good(src / "a.txt")
    good(src / "b.txt", 9998)
    out.mkdir()
    os.mkfifo(out / "a.xml")
    result = invoke("batch", src, "-o", out, "-j", "1")
    assert result.exit_code == 1
    error = f"cannot write {out / 'a.xml'}: it is not a regular file (a device, a named pipe or a socket)"
    assert f"akn-convert: {src / 'a.txt'}: {error}" in result.stderr
    assert stat.S_ISFIFO(os.stat(out / "a.xml").st_mode)
    assert records(out)["in/a.txt"]["error"] == error and records(out)["in/b.txt"]["status"] == "converted"


# ---------------------------------------------------------------- links that loop on the output's way


@pytest.mark.parametrize("command, target", [
    ("convert", "loop"), ("convert", "loop/x.xml"), ("render", "loop"), ("text", "loop/x.txt"),
])
def test_an_output_through_a_link_that_loops_is_one_line(tmp_path, clean_result, command, target):
    """Path.resolve() raises RuntimeError on a loop: it ended in an internal error (exit 70)."""
    (tmp_path / "loop").symlink_to("loop2")
    (tmp_path / "loop2").symlink_to("loop")
    if command == "convert":
        src = good(tmp_path / "a.txt")
    else:
        src = tmp_path / "a.xml"
        src.write_bytes(clean_result.xml)
    result = invoke(command, src, "-o", tmp_path / target)
    assert result.exit_code == 1
    assert one_line(result.stderr) == f"akn-convert: cannot write {tmp_path / target}: a symbolic link on its way loops"
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([src.name, "loop", "loop2"])


def test_a_batch_output_folder_that_loops(tmp_path):
    src = good(tmp_path / "in" / "a.txt").parent
    (tmp_path / "loop").symlink_to("loop2")
    (tmp_path / "loop2").symlink_to("loop")
    result = invoke("batch", src, "-o", tmp_path / "loop")
    assert result.exit_code == 2
    assert one_line(result.stderr) == (f"akn-convert: {tmp_path / 'loop'}: the output folder is a symbolic link "
                                       "that leads nowhere or loops")
    result = invoke("batch", src, "-o", tmp_path / "loop" / "sub")
    assert result.exit_code == 2
    assert one_line(result.stderr) == (f"akn-convert: {tmp_path / 'loop' / 'sub'}: cannot use the output folder "
                                       "(Too many levels of symbolic links)")


def test_a_loop_below_the_output_folder_fails_its_file_only(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    good(src / "a" / "res.txt")
    good(src / "b.txt", 9998)
    out.mkdir()
    (out / "a").symlink_to("a2")  # planted where the output of a/res.txt goes
    (out / "a2").symlink_to("a")
    result = invoke("batch", src, "-o", out, "-j", "1")
    assert result.exit_code == 1
    error = f"cannot write {out / 'a' / 'res.xml'}: a symbolic link on its way loops"
    assert f"akn-convert: {src / 'a' / 'res.txt'}: {error}" in result.stderr
    assert records(out)["in/a/res.txt"]["error"] == error
    assert (out / "b.xml").is_file()


# ---------------------------------------------------------------- names too long for the file system


def test_names_too_long_are_one_line_not_internal_errors(tmp_path):
    """pathlib's is_dir(), is_file() and exists() raise on a name too long (they return False
    on a missing file): convert, batch and eval ended in internal errors (exit 70)."""
    src = good(tmp_path / "a.txt")
    long = tmp_path / ("a" * 300)
    cases = [
        (["convert", src, "-o", f"{long}.xml"], 1, f"cannot write {long}.xml (File name too long)"),
        (["convert", src, "-o", tmp_path / "a.xml", "--html", f"{long}.html"], 1,
         f"cannot write {long}.html (File name too long)"),
        (["convert", f"{long}.txt"], 1, f"{long}.txt: cannot read the file (File name too long)"),
        (["batch", src, "-o", long], 2, f"{long}: cannot use the output folder (File name too long)"),
        (["batch", long, "-o", tmp_path / "out"], 2, f"{long}: no such file or folder"),
        (["eval", long], 1, f"{long}: not a directory"),
    ]
    for args, code, words in cases:
        result = invoke(*args)
        assert result.exit_code == code, (args, result.stderr)
        assert one_line(result.stderr) == f"akn-convert: {words}"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt"]


@pytest.mark.parametrize("error, code, line", [
    (OSError(36, "File name too long", "/some/where"), 1, "akn-convert: /some/where: File name too long"),
    (OSError(5, "Input/output error"), 70, "akn-convert: internal error (OSError: [Errno 5] Input/output error); "
                                           "please report it (AKN_CONVERT_DEBUG=1 shows where)"),
])
def test_a_file_system_error_no_command_foresaw(tmp_path, monkeypatch, capsys, error, code, line):
    """One line either way: naming the file when the error does, else as a bug."""
    import akn_convert.pipeline

    def refused(*args, **kwargs):
        raise error

    monkeypatch.setattr(akn_convert.pipeline, "convert_file", refused)
    monkeypatch.delenv("AKN_CONVERT_DEBUG", raising=False)
    status, err = main(monkeypatch, capsys, "convert", good(tmp_path / "a.txt"), "-o", tmp_path / "a.xml")
    assert status == code
    assert one_line(err) == line
    assert not (tmp_path / "a.xml").exists()


def test_a_batch_writes_the_xml_and_its_page_or_neither(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    good(src / "a.txt")
    good(src / "b.txt", 9998)
    (out / "a.html").mkdir(parents=True)  # the page cannot be written: neither is the XML
    result = invoke("batch", src, "-o", out, "-j", "1", "--html")
    assert result.exit_code == 1
    error = f"cannot write {out / 'a.html'}: it is a folder (give a file name)"
    assert records(out)["in/a.txt"]["error"] == error
    assert files_below(out) == ["b.html", "b.xml"]
    assert [p.name for p in out.rglob("*.part")] == []


def test_validate_takes_a_folder_as_batch_writes_it(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    good(src / "a.txt", 9001)
    good(src / "sub" / "b.txt", 9002)
    assert invoke("batch", src, "-o", out, "-j", "1").exit_code == 0
    (out / ".hidden.xml").write_text("not xml")  # (left out, as batch leaves hidden files out)
    result = invoke("validate", out)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.splitlines() == [f"{out / 'a.xml'}: valid", f"{out / 'sub' / 'b.xml'}: valid"]

    (out / "sub" / "c.xml").write_text("<akomaNtoso/>")
    result = invoke("validate", out)
    assert result.exit_code == 1 and "1 of 3 file(s) not valid" in result.stderr

    (tmp_path / "empty").mkdir()
    result = invoke("validate", tmp_path / "empty")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == f"{tmp_path / 'empty'}: no .xml file in this folder"

"""``akn-convert batch``: many files, failures reported and passed over, outputs only inside
the output folder, never over an input, re-runs that redo only what changed, interruptions
and crashed workers that leave no partial file."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from lxml import etree
from typer.testing import CliRunner

from akn_convert import batch as engine
from akn_convert.cli import app
from akn_convert.validate import validate_tree
import robust_texts as T

REPORT = engine.REPORT_NAME


def run_batch(*args: str):
    return CliRunner().invoke(app, ["batch", *args])


def report(out: Path) -> dict:
    return json.loads((out / REPORT).read_text("utf-8"))


def by_name(rep: dict) -> dict[str, dict]:
    return {Path(r["input"]).name: r for r in rep["files"]}


def outputs(out: Path) -> list[str]:
    return sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file() and p.name != REPORT)


def assert_valid(path: Path) -> None:
    tree = etree.parse(str(path))
    assert [p for p in validate_tree(tree) if p.severity == "error"] == []


def assert_no_partial_files(out: Path) -> None:
    assert [p.name for p in out.rglob("*.part")] == []
    for xml in out.rglob("*.xml"):
        assert_valid(xml)


@pytest.fixture
def archive(tmp_path) -> Path:
    """A folder as users have them: good resolutions, broken files, a subfolder, files to ignore."""
    src = tmp_path / "archive"
    (src / "sub").mkdir(parents=True)
    shutil.copy(T.CLEAN, src / "ref.clean.txt")
    shutil.copy(T.PDF, src / "ref.pdf.txt")
    (src / "good.txt").write_text(T.GOOD)
    (src / "numbering.txt").write_text(T.NUMBERING)
    (src / "sub" / "good.txt").write_text(T.GOOD.replace("9999th", "9998th"))
    (src / "western.txt").write_bytes(T.GOOD.replace("Decides", "Décide’s").encode("cp1252"))
    (src / "letter.txt").write_text(T.LETTER)
    (src / "empty.txt").write_bytes(b"")
    (src / "scan.txt").write_bytes(b"%PDF-1.4\n" + bytes(range(256)))
    (src / ".hidden.txt").write_text(T.GOOD)
    (src / "notes.md").write_text(T.GOOD)
    return src


def test_batch_of_a_folder(tmp_path, archive):
    out = tmp_path / "out"
    result = run_batch(str(archive), "-o", str(out), "--jobs", "2")
    assert result.exit_code == 1  # some files failed
    assert "Traceback" not in result.output + result.stderr

    assert outputs(out) == ["good.xml", "numbering.xml", "ref.clean.xml", "ref.pdf.xml", "sub/good.xml", "western.xml"]
    assert_no_partial_files(out)

    rep = report(out)
    assert rep["totals"] == {"files": 9, "converted": 6, "up-to-date": 0, "failed": 3, "not-done": 0,
                             "warnings": rep["totals"]["warnings"]}
    files = {str(Path(r["input"]).relative_to(archive)): r for r in rep["files"]}
    for name in ("ref.clean.txt", "ref.pdf.txt"):
        assert files[name]["status"] == "converted"
        assert files[name]["counts"] == T.REFERENCE_COUNTS
        assert files[name]["shape"] == name.split(".")[1] and files[name]["lang"] == "fra"
    assert files["good.txt"]["counts"]["operative"] == 3 and files["good.txt"]["warnings"] == []
    assert "paragraph 2 is numbered twice" in files["numbering.txt"]["warnings"]
    assert files["western.txt"]["encoding"] == "windows-1252"
    assert "the file is not UTF-8; it was read as windows-1252" in files["western.txt"]["warnings"]
    assert files["sub/good.txt"]["output"] == str(out / "sub" / "good.xml")
    failures = {n: (r["error_kind"], r["error"]) for n, r in files.items() if r["status"] == "failed"}
    assert failures == {
        "letter.txt": ("not-a-resolution", "not a resolution: no opening formula such as 'The General Assembly,'"),
        "empty.txt": ("input", "the file is empty"),
        "scan.txt": ("input", "this is a PDF document, not text; extract its text first"),
    }
    # one line per failure on stderr, naming the file and the problem
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("akn-convert: ")]
    assert sorted(lines) == sorted(f"akn-convert: {archive / n}: {e}" for n, (_, e) in failures.items())
    # the table: every file with its status and counts
    table = result.stdout
    for name, r in files.items():
        row = next(ln for ln in table.splitlines() if str(archive / name) in ln)
        assert r["status"] in row
    ref_row = next(ln for ln in table.splitlines() if "ref.clean.txt" in ln)
    assert [c.strip() for c in ref_row.split("│")[3:9]] == ["clean", "fra", "22", "17", "11", "4+*"]
    assert "6 converted, 0 up to date, 3 failed" in table


def test_all_good_exits_zero(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(T.GOOD)
    result = run_batch(str(src), "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert report(tmp_path / "out")["totals"]["converted"] == 1


def test_rerun_converts_only_what_is_missing_or_older(tmp_path, archive):
    out = tmp_path / "out"
    run_batch(str(archive), "-o", str(out), "-j", "1")
    mtimes = {p: p.stat().st_mtime_ns for p in out.rglob("*.xml")}

    again = run_batch(str(archive), "-o", str(out), "-j", "1")
    rep = report(out)
    assert rep["totals"]["converted"] == 0 and rep["totals"]["up-to-date"] == 6
    assert rep["totals"]["failed"] == 3  # failed files have no output: tried again
    assert {p: p.stat().st_mtime_ns for p in out.rglob("*.xml")} == mtimes
    assert by_name(rep)["ref.clean.txt"]["counts"] == T.REFERENCE_COUNTS  # carried over from the last report
    assert "paragraph 2 is numbered twice" in by_name(rep)["numbering.txt"]["warnings"]
    assert again.exit_code == 1

    (out / "good.xml").unlink()
    later = time.time() + 10
    os.utime(archive / "numbering.txt", (later, later))
    run_batch(str(archive), "-o", str(out), "-j", "1")
    status = {str(Path(r["input"]).relative_to(archive)): r["status"] for r in report(out)["files"]}
    assert [n for n, s in status.items() if s == "converted"] == ["good.txt", "numbering.txt"]

    run_batch(str(archive), "-o", str(out), "-j", "1", "--force")
    assert report(out)["totals"]["converted"] == 6


def test_a_rerun_with_other_options_or_another_version_redoes_the_outputs(tmp_path, archive):
    out = tmp_path / "out"
    run_batch(str(archive), "-o", str(out), "-j", "1")
    first = report(out)
    made = by_name(first)["good.txt"]["made_with"]
    assert made == {"lang": None, "shape": None, "version": first["version"]}
    assert first["totals"]["converted"] == 6

    run_batch(str(archive), "-o", str(out), "-j", "1", "--lang", "en")  # the options change the output
    rep = report(out)
    assert rep["totals"]["up-to-date"] == 0
    converted = [r for r in rep["files"] if r["status"] == "converted"]
    assert len(converted) == 4 and all(r["made_with"]["lang"] == "en" for r in converted)  # (the French ones fail)
    run_batch(str(archive), "-o", str(out), "-j", "1", "--lang", "en")
    assert report(out)["totals"]["up-to-date"] == len(converted)

    # a report of another version of the converter: its outputs are made again
    data = report(out)
    for record in data["files"]:
        if record.get("made_with"):
            record["made_with"]["version"] = "0.0.1"
    (out / "akn-convert-report.json").write_text(json.dumps(data), "utf-8")
    run_batch(str(archive), "-o", str(out), "-j", "1", "--lang", "en")
    assert report(out)["totals"]["converted"] == len(converted)

    # an output the report does not know is judged by its time (a report lost, a run killed)
    (out / "akn-convert-report.json").unlink()
    run_batch(str(archive), "-o", str(out), "-j", "1", "--lang", "en")
    # (the French ones' outputs of the first run too: without a report, their time is all there is)
    totals = report(out)["totals"]
    assert (totals["converted"], totals["up-to-date"]) == (0, len(converted) + 2)


def test_output_names_are_safe_and_distinct(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    names = ["a b (1).txt", "what?*:<>|.txt", "new\nline.txt", "-rf.txt", "a..b.txt", "Same.txt", "same.txt",
             "é" * 120 + ".txt", "tab\there.TXT"]
    for n in names:
        (src / n).write_text(T.GOOD)
    os.mkdir(os.fsencode(src) + b"/bytes-\xff-dir")
    Path(os.fsdecode(os.fsencode(src) + b"/bytes-\xff-dir/x.txt")).write_text(T.GOOD)
    out = tmp_path / "out"
    result = run_batch(str(src), "-o", str(out), "-j", "1")
    assert result.exit_code == 0, result.stderr
    got = outputs(out)
    assert len(got) == len(names) + 1
    assert "a b (1).xml" in got and "what______.xml" in got and "new_line.xml" in got and "tab_here.xml" in got
    assert "_-rf.xml" in got and "a..b.xml" in got
    assert {"Same.xml", "same-2.xml"} <= set(got)
    assert "bytes-_-dir/x.xml" in got
    long = next(g for g in got if g.startswith("é"))
    assert len(long.encode()) <= engine.MAX_NAME + 4 and long.endswith(".xml") and "~" in long
    for p in out.rglob("*"):
        assert out.resolve() in p.resolve().parents


def test_globs_with_dotdot_and_absolute_paths_stay_inside(tmp_path):
    (tmp_path / "in" / "deep").mkdir(parents=True)
    (tmp_path / "in" / "deep" / "a.txt").write_text(T.GOOD)
    (tmp_path / "b.txt").write_text(T.GOOD)
    out = tmp_path / "in" / "out"
    cwd = os.getcwd()
    os.chdir(tmp_path / "in" / "deep")
    try:
        result = run_batch("../../in/deep/../deep/*.txt", str(tmp_path / "b.txt"), "../../b.txt", "-o", str(out))
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.stderr
    assert outputs(out) == ["a.xml", "b.xml"]  # b.txt given twice: converted once


def test_never_over_an_input(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "r.txt").write_text(T.GOOD)
    (src / "h.txt").write_text(T.GOOD)
    out = tmp_path / "out"
    out.mkdir()
    (out / "r.xml").symlink_to(src / "r.txt")  # the output name leads to an input
    os.link(src / "h.txt", out / "h.xml")  # the output is another name of an input
    result = run_batch(str(src), "-o", str(out), "--force")
    assert (src / "r.txt").read_text() == T.GOOD and (src / "h.txt").read_text() == T.GOOD
    files = by_name(report(out))
    assert files["r.txt"]["status"] == "failed"
    assert files["r.txt"]["error"] == "its output would overwrite an input file"
    assert files["h.txt"]["status"] == "failed"  # another name of the input: not AKN, left alone
    assert files["h.txt"]["error"].startswith(f"its output {out / 'h.xml'} exists and is not an Akoma Ntoso document")
    assert os.path.samefile(out / "h.xml", src / "h.txt")
    assert result.exit_code == 1


def test_a_file_the_batch_did_not_write_is_left_alone(tmp_path):
    """Output folder = input folder, and an XML file that is not AKN where an output would go
    (an archive's own XML, a note): never overwritten, never taken for an up-to-date output."""
    src = tmp_path / "in"
    (src / "sub").mkdir(parents=True)
    (src / "sub" / "a.txt").write_text(T.GOOD)
    (src / "b.txt").write_text(T.GOOD)
    theirs = src / "sub" / "a.xml"
    theirs.write_text("<record>the archive's own</record>")  # newer than a.txt
    for force in ([], ["--force"]):
        result = run_batch(str(src), "-o", str(src), "-j", "1", *force)
        assert result.exit_code == 1
        assert theirs.read_text() == "<record>the archive's own</record>"
        assert result.stderr.splitlines()[0] == (
            f"akn-convert: {src / 'sub' / 'a.txt'}: its output {theirs} exists and is not an Akoma Ntoso document; "
            "it is left alone (move it, or choose another output folder)")
        files = by_name(report(src))
        assert (files["a.txt"]["status"], files["a.txt"]["error_kind"]) == ("failed", "usage")
        assert files["b.txt"]["status"] in ("converted", "up-to-date")
    theirs.unlink()
    assert run_batch(str(src), "-o", str(src), "-j", "1").exit_code == 0
    assert_valid(theirs)


def test_with_html_a_page_the_batch_did_not_write_is_left_alone(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(T.GOOD)
    assert run_batch(str(src), "-o", str(out), "-j", "1", "--html").exit_code == 0
    (out / "a.html").write_text("<html><body>my notes</body></html>")
    result = run_batch(str(src), "-o", str(out), "-j", "1", "--html", "--force")
    assert result.exit_code == 1
    assert f"its output {out / 'a.html'} exists and is not a page written by akn-convert" in result.stderr
    assert (out / "a.html").read_text() == "<html><body>my notes</body></html>"
    (out / "a.html").unlink()
    assert run_batch(str(src), "-o", str(out), "-j", "1", "--html").exit_code == 0
    assert run_batch(str(src), "-o", str(out), "-j", "1", "--html", "--force").exit_code == 0  # its own page: redone


def test_an_output_name_passed_to_another_input_is_not_taken_as_up_to_date(tmp_path):
    """Two inputs whose safe names collide share a name with -2; when the second one appears
    later, it may take the first name: the file there is the other input's, so it is
    converted, and each output holds its own input's text."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "x?y.txt").write_text(T.GOOD.replace("act without delay", "act with haste"))
    assert run_batch(str(src), "-o", str(out), "-j", "1").exit_code == 0
    assert outputs(out) == ["x_y.xml"]
    (src / "x:y.txt").write_text(T.GOOD)  # sorts first: takes x_y.xml
    past = time.time() - 3600
    os.utime(src / "x:y.txt", (past, past))  # older than x_y.xml: up to date by its date alone
    assert run_batch(str(src), "-o", str(out), "-j", "1").exit_code == 0
    files = by_name(report(out))
    assert files["x:y.txt"]["output"] == str(out / "x_y.xml") and files["x:y.txt"]["status"] == "converted"
    assert files["x?y.txt"]["output"] == str(out / "x_y-2.xml") and files["x?y.txt"]["status"] == "converted"
    assert "act with haste" not in (out / "x_y.xml").read_text("utf-8")
    assert "act with haste" in (out / "x_y-2.xml").read_text("utf-8")
    again = run_batch(str(src), "-o", str(out), "-j", "1")  # now both are up to date
    assert again.exit_code == 0 and report(out)["totals"]["up-to-date"] == 2


def test_an_output_folder_that_cannot_be_written_stops_at_once(tmp_path, monkeypatch):
    """One line and exit 2 before converting anything (not one failure per file of the archive)."""
    import errno

    from akn_convert import output

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir()
    (src / "a.txt").write_text(T.GOOD)
    real = output.tempfile.mkstemp

    def read_only(*args, dir=None, **kw):
        if Path(dir) == out:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
        return real(*args, dir=dir, **kw)

    monkeypatch.setattr(output.tempfile, "mkstemp", read_only)
    monkeypatch.setattr(engine.pool, "convert_task", lambda *a: pytest.fail("converted into a folder it cannot write"))
    result = run_batch(str(src), "-o", str(out), "-j", "1")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [f"akn-convert: cannot write in the output folder {out} (Permission denied)"]
    assert list(out.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_an_output_folder_without_write_permission(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    out.mkdir(mode=0o555)
    (src / "a.txt").write_text(T.GOOD)
    result = run_batch(str(src), "-o", str(out), "-j", "1")
    assert result.exit_code == 2 and "cannot write in the output folder" in result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes")
def test_named_pipes_in_a_folder_are_not_read(tmp_path):
    """A named pipe called *.txt (or a link to one) would block the batch until --timeout (for
    ever with --timeout 0): a folder's pipes, sockets and devices are not documents."""
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(T.GOOD)
    os.mkfifo(src / "pipe.txt")
    (src / "link.txt").symlink_to(src / "pipe.txt")
    result = run_batch(str(src), "-o", str(out), "-j", "1", "--timeout", "20")  # a regression fails, not hangs
    assert result.exit_code == 0, result.stderr
    assert [Path(r["input"]).name for r in report(out)["files"]] == ["a.txt"]


def test_a_folder_that_cannot_be_read_is_a_failure_not_silence(tmp_path, monkeypatch):
    """os.walk passes over a folder it cannot list (no permission) without a word: its files
    would be missing from the batch and from the report."""
    import errno

    src, out = tmp_path / "in", tmp_path / "out"
    (src / "locked").mkdir(parents=True)
    (src / "a.txt").write_text(T.GOOD)
    (src / "locked" / "b.txt").write_text(T.GOOD)
    real = os.scandir

    def scandir(path="."):
        if Path(path) == src / "locked":
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    result = run_batch(str(src), "-o", str(out), "-j", "1")
    assert result.exit_code == 1
    message = "cannot read the folder (Permission denied); its files are not converted"
    assert f"akn-convert: {src / 'locked'}: {message}" in result.stderr.splitlines()
    files = {r["input"]: r for r in report(out)["files"]}
    assert files[str(src / "locked")]["status"] == "failed" and files[str(src / "locked")]["error"] == message
    assert files[str(src / "a.txt")]["status"] == "converted"
    assert outputs(out) == ["a.xml"]


def test_a_folder_where_an_output_goes_is_a_failure_not_up_to_date(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    (src / "a.txt").write_text(T.GOOD)
    (out / "a.xml").mkdir(parents=True)  # newer than a.txt
    result = run_batch(str(src), "-o", str(out), "-j", "1")
    assert result.exit_code == 1
    assert f"akn-convert: {src / 'a.txt'}: cannot write {out / 'a.xml'}: it is a folder (give a file name)" \
        in result.stderr.splitlines()
    assert by_name(report(out))["a.txt"]["status"] == "failed" and (out / "a.xml").is_dir()


def test_outputs_inside_the_input_folder_are_not_inputs(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "a.txt").write_text(T.GOOD)
    for _ in range(2):
        result = run_batch(str(src / "*"), "-o", str(src), "--force")
        assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in src.iterdir()) == ["a.txt", "a.xml", REPORT]


@pytest.mark.parametrize("args, words", [
    (["{missing}"], "no such file or folder"),
    (["{empty}"], "no input file found"),
    (["{empty}/*.txt"], "no file matches"),
])  # (an unknown --lang or --shape: test_cli_qa)
def test_usage_errors(tmp_path, args, words):
    (tmp_path / "empty").mkdir()
    args = [a.format(missing=tmp_path / "missing", empty=tmp_path / "empty") for a in args]
    result = run_batch(*args, "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1 and words in result.stderr


def test_a_bug_in_one_file_does_not_stop_the_batch(tmp_path, monkeypatch):
    from akn_convert import pipeline

    src = tmp_path / "in"
    src.mkdir()
    for n in "abc":
        (src / f"{n}.txt").write_text(T.GOOD)
    real = pipeline.convert_file

    def buggy(path, options=None):
        if Path(path).name == "b.txt":
            raise RuntimeError("boom")
        return real(path, options)

    monkeypatch.setattr(pipeline, "convert_file", buggy)
    result = run_batch(str(src), "-o", str(tmp_path / "out"), "-j", "1")
    assert result.exit_code == 1
    assert f"akn-convert: {src / 'b.txt'}: internal error (RuntimeError: boom); please report it" in result.stderr
    assert "Traceback" not in result.stderr
    assert outputs(tmp_path / "out") == ["a.xml", "c.xml"]


def test_time_limit_per_file(tmp_path):
    settings = engine.Settings(str(tmp_path), timeout=0.001)
    task = engine.Task(str(T.CLEAN), str(tmp_path / "x.xml"), "ref")
    engine.warm_up()
    result = engine.convert_task(task, settings)
    assert (result.status, result.error_kind, result.error) == ("failed", "timeout", "stopped after 0.001 s (--timeout)")
    assert list(tmp_path.iterdir()) == []


def crash_on_crash(task, settings):
    """A worker that dies (as on a segfault or the out-of-memory killer) on files named crash*."""
    if Path(task.input).name.startswith("crash"):
        os._exit(3)
    return engine.convert_task(task, settings)


@pytest.mark.parametrize("chunk", [1, 4])
def test_a_worker_that_dies_fails_only_its_file(tmp_path, monkeypatch, chunk):
    """A large batch sends files to the workers several at a time; when one file kills its
    worker, the others in flight with it are converted again, one at a time."""
    monkeypatch.setattr(engine.pool, "_chunk_size", lambda tasks, jobs: chunk)
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for k in range(10):
        (src / f"good{k}.txt").write_text(T.GOOD)
    (src / "crash.txt").write_text(T.GOOD)
    tasks, _ = engine.plan(engine.collect([str(src)], out), out)
    results = []
    engine.run(tasks, engine.Settings(str(out)), 2, results.append, worker=crash_on_crash)
    status = sorted((Path(r.input).name, r.status, r.error_kind) for r in results)
    assert status == [("crash.txt", "failed", "crash")] + [(f"good{k}.txt", "converted", None) for k in range(10)]
    assert_no_partial_files(out)


def test_chunk_size_grows_with_the_batch():
    assert [engine.pool._chunk_size(n, 2) for n in (1, 31, 32, 64, 128, 10000)] == [1, 1, 1, 2, 4, 8]


# ---------------------------------------------------------------- interruptions (real processes)


def start_batch(src: Path, out: Path, jobs: int) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "akn_convert", "batch", str(src), "-o", str(out), "-j", str(jobs)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def wait_for_outputs(out: Path, proc: subprocess.Popen, n: int = 3) -> None:
    deadline = time.time() + 60
    while time.time() < deadline and proc.poll() is None:
        if out.is_dir() and len(list(out.glob("*.xml"))) >= n:
            return
        time.sleep(0.02)
    pytest.fail("the batch wrote no output in time")


@pytest.fixture
def many(tmp_path) -> Path:
    src = tmp_path / "many"
    src.mkdir()
    data = T.CLEAN.read_bytes()
    for k in range(150):
        (src / f"doc{k:03}.txt").write_bytes(data)
    return src


@pytest.mark.parametrize("sig, jobs", [(signal.SIGINT, 2), (signal.SIGTERM, 2), (signal.SIGINT, 1)])
def test_interrupted_batch_leaves_no_partial_file_and_resumes(tmp_path, many, sig, jobs):
    out = tmp_path / "out"
    proc = start_batch(many, out, jobs)
    wait_for_outputs(out, proc)
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "interrupted" in err and "Traceback" not in err
    assert_no_partial_files(out)
    done = len(list(out.glob("*.xml")))
    assert 0 < done < 150
    rep = report(out)
    assert rep["interrupted"] is True
    assert rep["totals"]["converted"] <= done  # a file renamed just before the stop may not be reported
    assert rep["not_done"] == 150 - rep["totals"]["converted"]

    result = run_batch(str(many), "-o", str(out), "-j", "1")
    assert result.exit_code == 0
    rep = report(out)
    assert rep["totals"]["converted"] == 150 - done and rep["totals"]["up-to-date"] == done
    assert len(list(out.glob("*.xml"))) == 150


def test_killed_batch_leaves_only_temporary_files_that_the_next_run_removes(tmp_path, many):
    out = tmp_path / "out"
    proc = start_batch(many, out, 1)
    wait_for_outputs(out, proc)
    proc.kill()
    proc.communicate(timeout=60)
    for xml in out.glob("*.xml"):  # every file with its final name is complete
        assert_valid(xml)
    result = run_batch(str(many), "-o", str(out), "-j", "1")
    assert result.exit_code == 0
    assert_no_partial_files(out)
    assert len(list(out.glob("*.xml"))) == 150


def _descendants(pid: int) -> set[int]:
    """Processes below ``pid`` (Linux /proc): a batch's fork server, workers, resource tracker."""
    children: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def _running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"  # a zombie has ended (its parent, now init, has not collected it yet)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_a_killed_batch_takes_its_workers_with_it(tmp_path, many):
    """SIGKILL cannot be caught: the workers notice that the batch is gone and end (they would
    otherwise wait for work forever, and keep the fork server alive), so nothing goes on
    writing in the output folder behind the user's back."""
    out = tmp_path / "out"
    proc = start_batch(many, out, 2)
    wait_for_outputs(out, proc)
    helpers = _descendants(proc.pid)
    assert len(helpers) >= 3  # fork server, two workers (and the resource tracker)
    proc.kill()
    proc.communicate(timeout=60)
    deadline = time.time() + 20
    while time.time() < deadline and any(_running(p) for p in helpers):
        time.sleep(0.1)
    assert [p for p in helpers if _running(p)] == []
    written = sorted(p.name for p in out.iterdir())
    time.sleep(1.0)
    assert sorted(p.name for p in out.iterdir()) == written  # nothing is written any more


class _NoWorkerProcesses:
    """A multiprocessing context whose processes cannot start (as when the fork server cannot
    be reached, or the user's process limit is reached)."""

    def __init__(self):
        import multiprocessing

        self._real = multiprocessing.get_context("spawn")

    def __getattr__(self, name):
        return getattr(self._real, name)

    def Process(self, *args, **kwargs):
        process = self._real.Process(*args, **kwargs)

        def start():
            raise ConnectionRefusedError(111, "Connection refused")

        process.start = start
        return process


def test_worker_processes_that_cannot_start_leave_the_batch_to_this_process(tmp_path, monkeypatch):
    monkeypatch.setattr(engine.pool, "_pool_context", _NoWorkerProcesses)
    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    for k in range(4):
        (src / f"r{k}.txt").write_text(T.GOOD)
    (src / "letter.txt").write_text(T.LETTER)
    result = run_batch(str(src), "-o", str(out), "-j", "2")
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    lines = [ln for ln in result.stderr.splitlines() if ln.startswith("akn-convert: ")]
    assert lines == ["akn-convert: warning: cannot start worker processes (Connection refused); converting in this process",
                     f"akn-convert: {src / 'letter.txt'}: not a resolution: no opening formula such as 'The General Assembly,'"]
    assert outputs(out) == [f"r{k}.xml" for k in range(4)]
    assert report(out)["totals"] == {"files": 5, "converted": 4, "up-to-date": 0, "failed": 1, "not-done": 0, "warnings": 0}
    assert_no_partial_files(out)

"""What a new user meets following the README: the batch table readable whole (in a log, in a
narrow terminal), re-runs that say why nothing was converted, ``convert`` given a folder."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import CLEAN

LONG_WARNING = 'no document symbol found (give --symbol, or "symbol" in a sidecar); the IRI uses a number made from the text'


def _results(engine):
    name = "archive/" + "deeply/nested/" * 3 + "CTOC-COP-2020-L.6-Rev.1.fr.pdf-extracted.txt"
    ok = engine.FileResult(name, "out/a.xml", engine.CONVERTED, name,
                           counts={"preamble": 22, "operative": 17, "points": 11, "notes": 4, "star_note": 1})
    ok.warnings = [LONG_WARNING]
    bad = engine.FileResult("archive/letter.txt", None, engine.FAILED, "archive/letter.txt",
                            error="not a resolution: no opening formula such as 'The General Assembly,'")
    return [ok, bad]


def test_batch_table_in_a_log_keeps_every_word_and_its_right_border(capsys, tmp_path):
    """The table printed to a pipe or a log was wider than its console: rich cut it at the right
    edge, and the warnings lost words ("--symb" / "ymbol" … "uses a" / "made from")."""
    from akn_convert import batch as engine
    from akn_convert.commands import batch as command

    results = _results(engine)
    command._show(engine, results, 1.0, tmp_path / "report.json", 1)
    out = capsys.readouterr().out
    rows = [ln for ln in out.splitlines() if ln.startswith("│")]
    assert rows and all(ln.rstrip().endswith("│") for ln in rows)  # nothing cut at the right
    # the warnings column, read down, gives the whole warning
    cells = " ".join(ln.rstrip().rstrip("│").rsplit("│", 1)[1].strip() for ln in rows)
    assert LONG_WARNING in cells
    # the file names stay whole on their row
    assert any(results[0].name in ln for ln in rows)


def test_batch_table_in_a_narrow_terminal_lists_warnings_and_failures_as_lines(capsys, monkeypatch, tmp_path):
    from akn_convert import batch as engine
    from akn_convert.commands import batch as command

    monkeypatch.setattr(command, "NARROW", 10_000)  # any console is narrow
    results = _results(engine)
    command._show(engine, results, 1.0, tmp_path / "report.json", 1)
    out = capsys.readouterr().out
    header = next(ln for ln in out.splitlines() if "status" in ln)
    assert "warnings" not in header and "notes" in header
    lines = out.splitlines()
    assert f"{results[0].name}: warning: {LONG_WARNING}" in lines
    assert f"archive/letter.txt: {results[1].error}" in lines


def _batch(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "akn_convert", "batch", *map(str, args)],
                          capture_output=True, text=True, cwd=cwd)


def test_a_rerun_with_nothing_to_do_says_why_and_shows_no_empty_progress_bar(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(CLEAN, src / "res.txt")
    first = _batch(src, "-o", tmp_path / "out", "--jobs", "1")
    assert first.returncode == 0, first.stderr
    assert "--force" not in first.stdout
    again = _batch(src, "-o", tmp_path / "out", "--jobs", "1")
    assert again.returncode == 0, again.stderr
    assert "0 converted, 1 up to date, 0 failed" in again.stdout
    assert "--force converts them again" in again.stdout
    assert "0/0" not in again.stderr and "converting" not in again.stderr


def test_convert_of_a_folder_points_to_batch(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(CLEAN, src / "res.txt")
    proc = subprocess.run([sys.executable, "-m", "akn_convert", "convert", str(src), "-o", str(tmp_path / "a.xml")],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr == f"akn-convert: {src}: this is a folder, not a file (akn-convert batch converts a folder)\n"
    assert proc.stdout == "" and not (tmp_path / "a.xml").exists()


README = Path(__file__).resolve().parent.parent / "README.md"


def _reference_lines() -> list[list[str]]:
    """The README's command-line reference, one list of words per command."""
    text = README.read_text(encoding="utf-8")
    block = text.split("## Command-line reference", 1)[1].split("```text", 1)[1].split("```", 1)[0]
    return [ln.split()[1:] for ln in block.splitlines() if ln.startswith("akn-convert ") and "--version" not in ln]


@pytest.mark.parametrize("words", _reference_lines(), ids=lambda w: w[0])
def test_help_names_arguments_and_option_values_as_the_readme_does(words):
    """``--help`` showed ``{input}``, ``<str>``, ``<bool>`` and ``<path>`` where the README writes
    ``INPUT``, ``S``, ``OUTPUT.xml``; a user reading both saw two languages."""
    from typer.testing import CliRunner

    from akn_convert.cli import app

    command, argument = words[0], words[1].rstrip(".")
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200"})
    assert result.exit_code == 0
    usage = next(ln for ln in result.stdout.splitlines() if "Usage:" in ln)
    assert f"{{{argument}}}" in usage
    pairs = [(a.strip("[]"), b.rstrip("]")) for a, b in zip(words, words[1:] + [""]) if a.strip("[").startswith("-")]
    assert pairs
    for option, value in pairs:
        row = next((ln for ln in result.stdout.splitlines() if f" {option} " in ln or f",{option} " in ln), None)
        assert row is not None, option
        if value and not value.startswith(("-", "[")) and value != "…":
            assert value in row, (option, value, row)
        assert "<str>" not in row and "<bool>" not in row and "<path>" not in row, row


def test_a_small_size_limit_is_said_in_digits_that_are_not_zero(tmp_path):
    """``--max-size 0.001`` said "the file is 0 MB, over the limit of 0 MB"."""
    proc = subprocess.run([sys.executable, "-m", "akn_convert", "convert", str(CLEAN), "--max-size", "0.001"],
                          capture_output=True, text=True)
    size = CLEAN.stat().st_size / (1024 * 1024)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr == (f"akn-convert: {CLEAN}: the file is {size:.2g} MB, over the limit of 0.001 MB (--max-size);"
                           " a resolution is far smaller\n")


@pytest.mark.parametrize("command, option", [("convert", "-o"), ("convert", "--html"), ("render", "-o"), ("text", "-o")])
def test_an_output_name_ending_in_a_slash_is_a_folder_not_a_file(tmp_path, command, option):
    """``-o out/`` (a folder that does not exist yet) wrote a file named ``out``."""
    from typer.testing import CliRunner

    from akn_convert.cli import app

    runner = CliRunner()
    xml = tmp_path / "res.xml"
    if command != "convert":
        made = runner.invoke(app, ["convert", str(CLEAN), "-o", str(xml)])
        assert made.exit_code == 0, made.stderr
    source = str(CLEAN) if command == "convert" else str(xml)
    target = str(tmp_path / "out") + "/"
    result = runner.invoke(app, [command, source, option, target])
    assert result.exit_code == 1
    assert result.stderr == f"akn-convert: cannot write {target}: it is a folder (give a file name)\n"
    assert not (tmp_path / "out").exists() and result.stdout == ""

"""Atomic writes: a target is absent, old, or complete; never an input; never outside its folder."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from akn_convert.errors import UsageError
from akn_convert.output import remove_stale_parts, write_atomic


def test_write_and_replace(tmp_path):
    target = tmp_path / "sub" / "a.xml"
    write_atomic(target, b"one")
    write_atomic(target, b"two")
    assert target.read_bytes() == b"two"
    assert os.listdir(target.parent) == ["a.xml"]
    assert target.stat().st_mode & 0o777 == 0o666 & ~_umask()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_never_over_an_input(tmp_path):
    src = tmp_path / "in.txt"
    src.write_bytes(b"input")
    with pytest.raises(UsageError, match="refusing to overwrite the input"):
        write_atomic(tmp_path / "." / "in.txt", b"x", inputs=(src,))
    assert src.read_bytes() == b"input"


def test_never_outside_the_output_folder(tmp_path):
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "link").symlink_to(elsewhere)
    for target in (out / ".." / "escape.xml", out / "link" / "escape.xml", tmp_path / "escape.xml"):
        with pytest.raises(UsageError, match="outside the output folder"):
            write_atomic(target, b"x", inside=out)
    assert list(elsewhere.iterdir()) == [] and not (tmp_path / "escape.xml").exists()


def test_interrupted_write_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "a.xml"
    target.write_bytes(b"old")

    def interrupted(*args):
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["a.xml"]


def test_stale_parts_of_dead_processes_are_removed(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)
    stale = tmp_path / f".a.xml.{dead_pid}.k3j4.part"
    live = tmp_path / f".b.xml.{os.getpid()}.k3j4.part"
    other = tmp_path / "c.xml"
    for p in (stale, live, other):
        p.write_bytes(b"x")
    assert remove_stale_parts(tmp_path) == [stale]
    assert sorted(os.listdir(tmp_path)) == sorted([live.name, other.name])

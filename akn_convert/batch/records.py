"""What a batch passes around: its settings, one task (an input and its output), one
file's result (the record of the report)."""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field


CONVERTED, UP_TO_DATE, FAILED = "converted", "up-to-date", "failed"


#: in the report of an interrupted batch: a file it did not get to (the next run converts it)
NOT_DONE = "not-done"


@dataclass
class Settings:
    """What every conversion of a batch shares (sent to the worker processes)."""

    out_dir: str
    lang: str | None = None
    shape: str | None = None
    max_bytes: int | None = None
    timeout: float | None = None  # seconds per file; None: no limit
    html: bool = False  # also write the HTML rendition beside each XML file


@dataclass
class Task:
    input: str  # the input path, as found
    output: str  # its output path, inside the output folder
    name: str  # printable name of the input, for messages


@dataclass
class FileResult:
    input: str
    output: str | None
    status: str  # converted | up-to-date | failed | not-done
    name: str = ""
    shape: str | None = None
    lang: str | None = None
    encoding: str | None = None
    counts: dict = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    error: str | None = None  # one line: why the file failed
    error_kind: str | None = None
    seconds: float = 0.0
    #: what the output was made with (``made_with``): an output made otherwise is redone
    made_with: dict = field(default_factory=dict)

    def message(self) -> str:
        """The one-line message of a failure: ``file: reason``."""
        return f"{self.name or self.input}: {self.error}"

    def to_json(self) -> dict:
        """The record of the report: paths made absolute (the report is read from anywhere,
        and by the next run, which may start in another folder); ``name`` is the input as
        it was found, fit to print."""
        record = asdict(self)
        for key in ("input", "output"):
            if record[key] is not None:
                record[key] = os.path.abspath(record[key])
        return record

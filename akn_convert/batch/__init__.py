"""Batch conversion: many files, in parallel worker processes, safely.

``collect`` (find.py) finds the inputs (every ``*.txt`` below a folder, what a glob matches, or
files named one by one); ``plan`` (plan.py) gives each its output inside the output folder
(names.py: names made safe, never over an input) and leaves out what is up to date; ``run``
(pool.py) converts each task (task.py), in worker processes that each build the schema once,
or in this process for one job; ``write_report`` (report.py) writes the JSON report.  A
failure is a :class:`FileResult` (records.py) with one line of reason; the batch always goes
on.  Nothing here prints: the ``batch`` command shows progress and results.
"""

from __future__ import annotations

from .find import TEXT_SUFFIXES, collect
from .names import MAX_NAME, html_of, output_relpath, safe_part
from .plan import made_with, plan
from .pool import prepare_workers, run
from .records import CONVERTED, FAILED, NOT_DONE, UP_TO_DATE, FileResult, Settings, Task
from .report import REPORT_NAME, load_previous, tool_version, totals, write_report
from .task import convert_task, warm_up

__all__ = [
    "CONVERTED", "FAILED", "MAX_NAME", "NOT_DONE", "REPORT_NAME", "TEXT_SUFFIXES", "UP_TO_DATE", "FileResult",
    "Settings", "Task", "collect", "convert_task", "html_of", "load_previous", "made_with", "output_relpath",
    "plan", "prepare_workers", "run", "safe_part", "tool_version", "totals", "warm_up", "write_report",
]

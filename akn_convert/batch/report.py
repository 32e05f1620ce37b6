"""The JSON report of a batch (``akn-convert-report.json`` in the output folder): every file with
its status, totals, options; the next run reads it."""

from __future__ import annotations

import json
import os
import time
from functools import lru_cache
from pathlib import Path

from .records import CONVERTED, FAILED, NOT_DONE, UP_TO_DATE, FileResult, Settings, Task


REPORT_NAME = "akn-convert-report.json"


def load_previous(out_dir: Path) -> dict[str, dict]:
    """The file records of the last report in ``out_dir``, by absolute input path."""
    try:
        data = json.loads((out_dir / REPORT_NAME).read_text("utf-8"))
        return {os.path.abspath(r["input"]): r for r in data["files"] if isinstance(r, dict) and "input" in r}
    except (OSError, ValueError, KeyError, TypeError):
        return {}


def totals(results: list[FileResult]) -> dict[str, int]:
    return {
        "files": len(results),
        CONVERTED: sum(r.status == CONVERTED for r in results),
        UP_TO_DATE: sum(r.status == UP_TO_DATE for r in results),
        FAILED: sum(r.status == FAILED for r in results),
        NOT_DONE: sum(r.status == NOT_DONE for r in results),
        "warnings": sum(len(r.warnings) for r in results),
    }


def write_report(out_dir: Path, results: list[FileResult], *, seconds: float, jobs: int, settings: Settings,
                 interrupted: bool = False, not_done: list[Task] = (), force: bool = False) -> Path:
    """Write the JSON report: every file of the run with its status (the files an interrupted
    run did not get to as ``not-done``), totals, options; paths are absolute."""
    from ..output import write_atomic

    results = [*results, *(FileResult(t.input, None, NOT_DONE, t.name) for t in not_done)]
    report = {
        "tool": "akn-convert",
        "version": tool_version(),
        "finished": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "seconds": round(seconds, 3),
        "jobs": jobs,
        "output_folder": os.path.abspath(out_dir),
        "options": {"lang": settings.lang, "shape": settings.shape, "max_bytes": settings.max_bytes,
                    "timeout": settings.timeout, "html": settings.html, "force": force},
        "interrupted": interrupted,
        "not_done": len(not_done),
        "totals": totals(results),
        "files": [r.to_json() for r in sorted(results, key=lambda r: r.input)],
    }
    path = out_dir / REPORT_NAME
    write_atomic(path, json.dumps(report, ensure_ascii=False, indent=1).encode("utf-8", "backslashreplace"), inside=out_dir)
    return path


@lru_cache(maxsize=1)
def tool_version() -> str:
    try:
        from importlib.metadata import version

        return version("akn-convert")
    except Exception:  # not installed (running from a source tree)
        return "unknown"

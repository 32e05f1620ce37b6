"""``akn-convert batch``: many resolutions at once, in parallel, with a progress bar, a result
table and a JSON report.  The work is done by :mod:`akn_convert.batch`."""

from __future__ import annotations

import os
from pathlib import Path
from typing import List, Optional

import typer

from ..launch import INTERRUPTED  # (the exit status of a run stopped by Ctrl-C or SIGTERM)
from .common import check_choices, fail


def batch(
    inputs: List[str] = typer.Argument(
        ..., metavar="INPUT_DIR_OR_GLOB",
        help="Folders (every *.txt file below them), globs such as 'archive/**/*.txt' (quoted), or files."),
    out_dir: Path = typer.Option(..., "-o", "--output", "--out-dir", metavar="OUT_DIR", readable=False,
                                 help="Output folder: one .xml per input, and the JSON report."),
    jobs: Optional[int] = typer.Option(None, "-j", "--jobs", metavar="N", min=1,
                                       help="Worker processes (default: one per CPU; 1 converts in this process)."),
    force: bool = typer.Option(False, "--force", metavar="", help="Convert every file again, even when its output is up to date."),
    lang: Optional[str] = typer.Option(None, "--lang", metavar="fr|en|es|ru|ar|zh", help="Language of all inputs (detected per file when absent)."),
    shape: Optional[str] = typer.Option(None, "--shape", metavar="clean|pdf", help="Input shape of all inputs: clean or pdf (detected when absent)."),
    max_size: float = typer.Option(10.0, "--max-size", metavar="MB", min=0.001, help="Largest input file read, in MB."),
    timeout: float = typer.Option(300.0, "--timeout", metavar="S", min=0, help="Seconds allowed per file (0: no limit)."),
    html: bool = typer.Option(False, "--html", metavar="", help="Also write the HTML rendition of each file (NAME.html beside NAME.xml)."),
) -> None:
    """Convert many resolutions at once: files in parallel, failures reported.

    Inputs are never written over; a re-run converts only what is missing or older than its input (--force: all)."""
    import signal
    import time

    from .. import batch as engine
    from ..errors import AknConvertError
    from ..inputs import MB
    from ..output import check_writable_folder, remove_stale_parts

    check_choices(lang, shape)
    try:  # the inputs first: a wrong argument leaves no output folder behind
        if os.path.exists(out_dir) and not os.path.isdir(out_dir):
            raise AknConvertError(f"{out_dir}: the output folder is a file")
        if os.path.islink(out_dir) and not os.path.exists(out_dir):
            raise AknConvertError(f"{out_dir}: the output folder is a symbolic link that leads nowhere or loops")
        unreadable: list = []
        found = engine.collect(inputs, out_dir, unreadable)
        if not found and not unreadable:
            raise AknConvertError(f"no input file found in {', '.join(inputs)} (a folder gives its *.txt files)")
    except AknConvertError as exc:
        fail(str(exc), 2)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        check_writable_folder(out_dir)  # one line now, not one failure per file after converting them all
        remove_stale_parts(out_dir)
        if len(found) > 1:
            engine.prepare_workers(jobs or _cpus())  # loads while the files are planned
        tasks, results = engine.plan(found, out_dir, force, engine.load_previous(out_dir), html=html,
                                     made=engine.made_with(lang, shape))
        results += unreadable
    except AknConvertError as exc:
        fail(str(exc), 2)
    except OSError as exc:
        fail(f"{out_dir}: cannot use the output folder ({exc.strerror or exc})", 2)
    jobs = _usable_jobs(jobs, len(tasks))

    for refused in (r for r in results if r.status == engine.FAILED):  # refused while planning: one line each
        typer.echo(f"akn-convert: {refused.message()}", err=True)
    settings = engine.Settings(str(out_dir), lang=lang, shape=shape, max_bytes=int(max_size * MB),
                               timeout=timeout or None, html=html)
    previous_term = signal.signal(signal.SIGTERM, _interrupt)
    start = time.perf_counter()
    interrupted = False
    try:
        _run_with_progress(engine, tasks, settings, jobs, results)
    except KeyboardInterrupt:
        interrupted = True
    finally:
        signal.signal(signal.SIGTERM, previous_term)
        remove_stale_parts(out_dir)
    seconds = time.perf_counter() - start
    done = {r.input for r in results}
    left = [t for t in tasks if t.input not in done]
    not_done = len(left)
    try:
        report = engine.write_report(out_dir, results, seconds=seconds, jobs=jobs, settings=settings,
                                     interrupted=interrupted, not_done=left, force=force)
    except (AknConvertError, OSError) as exc:
        fail(f"{out_dir}: cannot write the report ({getattr(exc, 'strerror', None) or exc})")
    _show(engine, results, seconds, report, len(tasks) - not_done)
    if interrupted:
        typer.echo(f"akn-convert: interrupted; {not_done} file(s) not converted (run again to go on)", err=True)
        raise typer.Exit(INTERRUPTED)
    failed = sum(r.status == engine.FAILED for r in results)
    if failed:
        raise typer.Exit(1)


def _interrupt(signum, frame):
    raise KeyboardInterrupt


#: most worker processes per CPU (each holds the converter and the schema; more only take memory)
MAX_JOBS_PER_CPU = 4


def _usable_jobs(asked: int | None, tasks: int) -> int:
    """Worker processes to start: one per CPU by default, never more than files to convert,
    nor more than MAX_JOBS_PER_CPU per CPU (a warning says so: --jobs 100000 would start a
    process per file, and run the machine out of memory)."""
    cpus = _cpus()
    wanted = max(1, min(asked or cpus, tasks))
    most = MAX_JOBS_PER_CPU * cpus
    if wanted > most:
        typer.echo(f"akn-convert: warning: --jobs {asked} is more than {MAX_JOBS_PER_CPU} per CPU "
                   f"({cpus} CPU{'s' if cpus > 1 else ''}); using {most}", err=True)
        return most
    return wanted


def _cpus() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def _run_with_progress(engine, tasks, settings, jobs, results) -> None:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    if not tasks:  # all up to date: no bar standing at 0/0
        return
    console = Console(stderr=True)
    columns = (TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[failed]} failed"),
               TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, console=console, transient=False, refresh_per_second=4) as progress:
        bar = progress.add_task("converting", total=len(tasks), failed=0)
        failed = 0

        def on_result(result) -> None:
            nonlocal failed
            results.append(result)
            if result.status == engine.FAILED:
                failed += 1
                # one line per failure, printed above the bar, never wrapped nor read as markup
                progress.console.print(f"akn-convert: {result.message()}", markup=False, highlight=False,
                                       soft_wrap=True, emoji=False)
            progress.update(bar, advance=1, failed=failed)

        def on_note(note: str) -> None:
            progress.console.print(f"akn-convert: warning: {note}", markup=False, highlight=False, soft_wrap=True,
                                   emoji=False)

        engine.run(tasks, settings, jobs, on_result, on_note=on_note)


#: most rows of the result table; a larger batch lists only failures and warnings
TABLE_ROWS = 200
#: a terminal narrower than this gets the table without its warnings column, and them as lines under it
NARROW = 120


def _show(engine, results, seconds: float, report: Path, converted_now: int) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    import sys

    terminal = sys.stdout.isatty()
    name_width = min(100, max((len(r.name) for r in results), default=10))
    # a terminal: its width; a pipe or a log file: lines wide enough for whole file names
    console = Console(width=None if terminal else max(160, name_width + 110))
    # a narrow terminal: the warnings and reasons as lines under the table, not in a column
    # folded to a few letters a line
    wide = console.width >= NARROW
    table = Table(title="akn-convert batch", show_lines=False)
    # Only the file and the warnings are folded: in a terminal both, to its width; in a pipe or
    # a log the file stays whole on its row (for grep) and the line is made wide enough for it.
    # (A column's min_width is not kept by rich's folding: the table came out wider than the
    # console and its warnings were cut at the right edge.)
    for name, justify in (("file", "left"), ("status", "left"), ("shape", "left"), ("lang", "left"),
                          ("preamble", "right"), ("operative", "right"), ("points", "right"), ("notes", "right"),
                          ("warnings", "left"))[:None if wide else -1]:
        table.add_column(name, justify=justify, overflow="fold", ratio=3 if name == "warnings" else None,
                         no_wrap=name not in ("file", "warnings") or (name == "file" and not terminal))
    style = {engine.CONVERTED: "green", engine.UP_TO_DATE: "cyan", engine.FAILED: "red"}
    shown = sorted(results, key=lambda r: r.name)
    if len(shown) > TABLE_ROWS:  # an archive: the files that need a look; the report has them all
        shown = [r for r in shown if r.status == engine.FAILED or r.warnings][:TABLE_ROWS]
    details = []
    for r in shown:
        c = r.counts or {}
        notes = f"{c.get('notes', 0)}{'+*' if c.get('star_note') else ''}" if c else None
        detail = r.error if r.status == engine.FAILED else "\n".join(r.warnings)
        table.add_row(Text(r.name), Text(r.status, style=style.get(r.status, "")), r.shape or "", r.lang or "",
                      *(str(v) if v is not None else "" for v in (c.get("preamble"), c.get("operative"),
                                                                  c.get("points"), notes)),
                      *([Text(detail or "")] if wide else []))
        details += [f"{r.name}: {r.error}"] if r.status == engine.FAILED else [f"{r.name}: warning: {w}" for w in r.warnings]
    if shown:
        console.print(table)
    if not wide:
        for line in details:
            console.print(line, markup=False, highlight=False, soft_wrap=True)
    if len(shown) < len(results):
        console.print(f"({len(results) - len(shown)} more files not listed: converted or up to date without "
                      f"warnings, or past the first {TABLE_ROWS} rows; all are in the report)",
                      markup=False, highlight=False)
    t = engine.totals(results)
    rate = f", {converted_now / seconds:.1f} documents/s" if seconds > 0 and converted_now else ""
    console.print(f"{t[engine.CONVERTED]} converted, {t[engine.UP_TO_DATE]} up to date, {t[engine.FAILED]} failed "
                  f"({t['warnings']} warnings) in {seconds:.1f} s{rate}; report: {report}",
                  markup=False, highlight=False, soft_wrap=True)
    if t[engine.UP_TO_DATE] and not converted_now:
        console.print("(up to date: their outputs are newer than their inputs; --force converts them again)",
                      markup=False, highlight=False, soft_wrap=True)

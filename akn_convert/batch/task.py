"""One file of a batch, in a worker process (or in the batch's own for one job): convert, write
both outputs or neither, turn every failure into a result; and what a worker process sets up."""

from __future__ import annotations

import os
import signal
import time
from contextlib import contextmanager
from pathlib import Path

from ..errors import AknConvertError, printable
from .names import html_of
from .plan import made_with
from .records import CONVERTED, FAILED, FileResult, Settings, Task


class TimeLimit(BaseException):
    """Raised in a conversion that ran past ``Settings.timeout`` (a BaseException so that no
    ``except Exception`` in the converter swallows it)."""


@contextmanager
def time_limit(seconds: float | None):
    usable = (seconds and hasattr(signal, "setitimer")
              and signal.getsignal(signal.SIGALRM) in (signal.SIG_DFL, signal.SIG_IGN, None, _on_alarm))
    if not usable:
        yield
        return
    try:
        previous = signal.signal(signal.SIGALRM, _on_alarm)
    except ValueError:  # not the main thread
        yield
        return
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _on_alarm(signum, frame):
    raise TimeLimit()


def convert_task(task: Task, settings: Settings) -> FileResult:
    """Convert one file and write its output; every failure becomes a FileResult."""
    from ..inputs import MAX_BYTES
    from ..output import write_all
    from ..pipeline import Options, convert_file, sidecar_for

    start = time.perf_counter()

    def failed(reason: str, kind: str) -> FileResult:
        return FileResult(task.input, None, FAILED, task.name, error=" ".join(reason.split()), error_kind=kind,
                          seconds=round(time.perf_counter() - start, 4))

    options = Options(shape=settings.shape, lang=settings.lang, max_bytes=settings.max_bytes or MAX_BYTES)
    try:
        options.meta = sidecar_for(task.input)
        with time_limit(settings.timeout):
            result = convert_file(Path(task.input), options)
            page = None
            if settings.html:  # rendered before anything is written: all or nothing
                from ..writers.html import render

                page = render(result.xml).encode("utf-8")
            files = [(Path(task.output), result.xml)] + ([(html_of(Path(task.output)), page)] if page else [])
            write_all(files, inputs=(Path(task.input),), inside=Path(settings.out_dir))  # both or neither
    except AknConvertError as exc:
        return failed(exc.reason, exc.kind)
    except TimeLimit:
        return failed(f"stopped after {settings.timeout:g} s (--timeout)", "timeout")
    except MemoryError:
        return failed("ran out of memory", "memory")
    except OSError as exc:
        return failed(f"cannot write {printable(task.output)} ({exc.strerror or exc})", "output")
    except Exception as exc:  # a bug in the converter: reported as this file's failure, the batch goes on
        return failed(f"internal error ({type(exc).__name__}: {exc}); please report it", "internal")
    return FileResult(
        task.input, task.output, CONVERTED, task.name, shape=result.shape, lang=result.lang,
        encoding=result.encoding, counts=result.counts, warnings=list(dict.fromkeys(result.warnings)),
        seconds=round(time.perf_counter() - start, 4), made_with=made_with(settings.lang, settings.shape),
    )


def warm_up() -> None:
    """Import the converter and build the schema and the profile rules (once per process)."""
    from .. import pipeline  # noqa: F401
    from ..validate.profile import rules
    from ..validate.schema import lxml_schema

    lxml_schema()
    rules()  # (the rules as conversions run them: compiled, their locations mended)


def init_worker(parent: int | None = None) -> None:
    """A worker process: Ctrl-C is the parent's business (it stops the workers itself); a
    parent that is killed outright (SIGKILL, the out-of-memory killer) cannot, so the worker
    watches it and ends when it is gone."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if parent is not None:
        _end_with(parent)
    try:
        warm_up()
    except AknConvertError:
        pass  # reported by each conversion, with its file


def _end_with(parent: int) -> None:
    """End this process as soon as process ``parent`` is gone.  Without this, the workers of a
    killed batch wait forever for work (each holds both ends of the pool's queues), and keep
    the fork server and the resource tracker alive with them."""
    import threading

    def watch() -> None:
        try:
            fd = os.pidfd_open(parent)  # Linux: readable when the process ends
        except (AttributeError, OSError):
            fd = None
        if fd is not None:
            import select

            select.select([fd], [], [])
        else:
            from ..output import _alive

            while _alive(parent):
                time.sleep(1.0)
        os._exit(1)  # a write cut short leaves only a .part file, removed by the next run

    threading.Thread(target=watch, name="akn-convert-parent-watch", daemon=True).start()

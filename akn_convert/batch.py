"""Batch conversion: many files, in parallel worker processes, safely.

``collect`` finds the inputs (every ``*.txt`` below a folder, what a glob matches, or files
named one by one); ``plan`` gives each its output inside the output folder (names made safe,
never over an input) and leaves out what is up to date; ``run`` converts, in worker
processes that each build the schema once, or in this process for one job; ``write_report``
writes the JSON report.  A failure is a :class:`FileResult` with one line of reason; the
batch always goes on.  Nothing here prints: the ``batch`` command shows progress and results.
"""

from __future__ import annotations

import glob
import json
import os
import signal
import stat
import sys
import time
import unicodedata
import zlib
from collections import deque
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterator

from .errors import AknConvertError, UsageError, printable
from .pipeline import sidecar_of

REPORT_NAME = "akn-convert-report.json"
#: what a folder given to ``batch`` contributes: its text files, at any depth
TEXT_SUFFIXES = (".txt",)
#: longest output file name kept whole, in UTF-8 bytes (file systems allow 255)
MAX_NAME = 200
#: characters kept in output names besides letters and digits
NAME_CHARS = set("-_.,+=@() ")

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


# ---------------------------------------------------------------------------- inputs


def collect(specs: list[str], out_dir: Path, unreadable: list[FileResult] | None = None) -> list[tuple[Path, Path]]:
    """Input files and the folder each one's output name is taken relative to.

    A folder gives its ``*.txt`` files at any depth (hidden files and folders left out, links
    to folders not followed); a glob (``archive/**/*.txt``) gives the files it matches, and
    the ``*.txt`` files below the folders it matches (as the shell's expansion of the same
    pattern would); a file gives itself.  A file found twice (named twice, or through a
    link) is converted once, under its own name rather than a link's; the sidecar of an
    input (``NAME.json`` beside ``NAME.txt``) is no input.  What a batch writes in the output
    folder (``.xml`` files, the report, temporary files) is never an input, so an output
    folder inside the input folder is fine.  A folder below that cannot be read is added to
    ``unreadable`` as a failure (its files would be missed without a word).
    """
    out_root = Path(os.path.realpath(out_dir))
    found: list[tuple[Path, Path]] = []
    for spec in specs:
        path = Path(spec)
        if os.path.isdir(path):  # (os.path's tests never raise: a name too long is no file)
            pairs = [(f, path) for f in _walk_texts(path, unreadable)]
        elif glob.has_magic(spec):
            pairs = _glob_inputs(spec, unreadable)
        elif os.path.isfile(path) or (os.path.islink(path) and not os.path.exists(path)):
            pairs = [(path, path.parent)]  # (a broken link: its failure is reported)
        elif os.path.lexists(path):
            raise UsageError(f"{printable(spec)}: not a file nor a folder (a named pipe, a socket or a device)")
        else:
            raise UsageError(f"{printable(spec)}: no such file or folder")
        found += [(f, base) for f, base in pairs
                  if not (_is_under(Path(os.path.realpath(f)), out_root) and _is_output_name(f.name))]
    return _once(found)


def _glob_inputs(spec: str, unreadable: list[FileResult] | None) -> list[tuple[Path, Path]]:
    """The files a glob matches, and the text files below the folders it matches."""
    base = _glob_base(spec)
    matches = sorted(glob.glob(spec, recursive=True))
    if not matches:
        raise UsageError(f"no file matches {printable(spec)}")
    pairs: list[tuple[Path, Path]] = []
    walked: set[Path] = set()
    for match in map(Path, matches):
        if os.path.isdir(match):
            real = Path(os.path.realpath(match))
            if walked.isdisjoint((real, *real.parents)):  # ('**' matches every folder below)
                walked.add(real)
                pairs += [(f, base) for f in _walk_texts(match, unreadable)]
        elif os.path.isfile(match):
            pairs.append((match, base))
    return pairs


def _once(found: list[tuple[Path, Path]]) -> list[tuple[Path, Path]]:
    """Each real file once (the first name that is no link, else the first name), in the order
    found, without the sidecars of the others."""
    reals = [os.path.realpath(f) for f, _ in found]
    chosen: dict[str, int] = {}
    for k, (file, _base) in enumerate(found):
        if reals[k] not in chosen or (found[chosen[reals[k]]][0].is_symlink() and not file.is_symlink()):
            chosen[reals[k]] = k
    kept = sorted(chosen.values())
    jsons = {reals[k] for k in kept if found[k][0].suffix.lower() == ".json"}
    if jsons:  # (rare: only a glob or a file named gives one)
        jsons &= {os.path.realpath(sidecar_of(found[k][0])) for k in kept if reals[k] not in jsons}
    return [found[k] for k in kept if reals[k] not in jsons]


def _walk_texts(folder: Path, unreadable: list[FileResult] | None = None) -> Iterator[Path]:
    def not_read(exc: OSError) -> None:
        if unreadable is not None:
            where = exc.filename if exc.filename is not None else folder
            unreadable.append(FileResult(str(where), None, FAILED, printable(str(where)), error_kind="input",
                                         error=f"cannot read the folder ({exc.strerror or exc}); its files are not converted"))

    for dirpath, dirs, files in os.walk(folder, onerror=not_read):  # symbolic links to folders are not followed
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith(".") and name.lower().endswith(TEXT_SUFFIXES):
                path = Path(dirpath) / name
                if not _special(path):
                    yield path


def _special(path: Path) -> bool:
    """A named pipe, socket or device, or a link to one: in a folder, not a document (reading
    one can block for ever).  A link that leads nowhere is kept, to be reported."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def _glob_base(spec: str) -> Path:
    """The part of a glob before its first wildcard: ``archive/2020/*.txt`` -> ``archive/2020``."""
    parts = Path(spec).parts
    fixed = []
    for part in parts[:-1]:
        if glob.has_magic(part):
            break
        fixed.append(part)
    return Path(*fixed) if fixed else Path(".")


def _is_output_name(name: str) -> bool:
    return name.lower().endswith((".xml", ".html", ".part")) or name == REPORT_NAME


def _is_under(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


# ---------------------------------------------------------------------------- output names


def safe_part(name: str) -> str:
    """One component of an output path: letters, digits and a few signs; never empty, never
    hidden, never ``.`` or ``..``; long names cut, with a checksum to keep them apart."""
    name = unicodedata.normalize("NFC", name)
    kept = "".join(c if (c.isalnum() and c.isprintable() and not 0xDC80 <= ord(c) <= 0xDCFF) or c in NAME_CHARS
                   else "_" for c in name)
    kept = kept.strip(" ")
    if not kept or kept[0] in ".-":
        kept = "_" + kept
    if len(kept.encode("utf-8")) > MAX_NAME:
        tag = f"~{zlib.crc32(name.encode('utf-8', 'surrogateescape')):08x}"
        cut = kept.encode("utf-8")[: MAX_NAME - len(tag)].decode("utf-8", "ignore")
        kept = cut + tag
    return kept


def output_relpath(file: Path, base: Path) -> Path:
    """The output path of ``file`` relative to the output folder: its path below ``base``
    with every component made safe, ``.txt`` replaced by ``.xml``."""
    try:
        rel = Path(os.path.relpath(file, base))
    except ValueError:  # another drive (Windows)
        rel = Path(file.name)
    parts = [p for p in rel.parts if p not in ("", ".", "..") and p != rel.anchor]
    if not parts:
        parts = [file.name or "input"]
    stem = parts[-1]
    if stem.lower().endswith(TEXT_SUFFIXES):
        stem = stem[: stem.rfind(".")]
    parts[-1] = stem
    safe = [_folder_part(safe_part(p)) for p in parts[:-1]] + [safe_part(stem) + ".xml"]
    return Path(*safe)


#: endings of the files batch writes: an output folder may not end so
_WRITTEN_SUFFIXES = (".xml", ".html", ".json")


def _folder_part(name: str) -> str:
    """A folder of an output path that ends like a file batch writes (an input folder
    ``a.xml`` beside an input ``a.txt``, whose output is ``a.xml``) ends with ``_xml``."""
    if name.lower().endswith(_WRITTEN_SUFFIXES):
        dot = name.rfind(".")
        return name[:dot] + "_" + name[dot + 1:]
    return name


def made_with(lang: str | None, shape: str | None) -> dict:
    """What an output depends on besides its input and sidecar: the options that change it and
    the converter's version."""
    return {"lang": lang, "shape": shape, "version": tool_version()}


@lru_cache(maxsize=1)
def tool_version() -> str:
    try:
        from importlib.metadata import version

        return version("akn-convert")
    except Exception:  # not installed (running from a source tree)
        return "unknown"


def plan(found: list[tuple[Path, Path]], out_dir: Path, force: bool = False,
         previous: dict[str, dict] | None = None, html: bool = False,
         made: dict | None = None) -> tuple[list[Task], list[FileResult]]:
    """Tasks to run, and the results known without running (up to date; refused).  An output
    the last report says was made with other options or another version (``made``, see
    :func:`made_with`), or whose input failed, is not up to date; one the report does not know
    (or did not get to) is judged by its time."""
    previous = previous or {}
    inputs = {os.path.realpath(f) for f, _ in found}
    # who each output of the last run was written for: when inputs come and go, output names
    # taken with -2, -3 ... can pass to another input, and a name's old file must not pass
    # for the new owner's up-to-date output
    owners = {os.path.abspath(r["output"]): key for key, r in previous.items() if isinstance(r.get("output"), str)}
    taken: set[str] = set()
    tasks: list[Task] = []
    known: list[FileResult] = []
    for file, base in found:
        rel = output_relpath(file, base)
        rel = _unique(rel, taken)
        out = out_dir / rel
        name = printable(str(file))
        written = (out, html_of(out)) if html else (out,)
        if any(os.path.realpath(p) in inputs for p in written):
            known.append(FileResult(str(file), None, FAILED, name, error="its output would overwrite an input file",
                                    error_kind="usage"))
            continue
        theirs = next((p for p in written if _foreign(p)), None)
        if theirs is not None:
            what = "an Akoma Ntoso document" if theirs == out else "a page written by akn-convert"
            known.append(FileResult(str(file), None, FAILED, name, error_kind="usage", error=(
                f"its output {printable(str(theirs))} exists and is not {what}; "
                "it is left alone (move it, or choose another output folder)")))
            continue
        owner = owners.get(os.path.abspath(out))
        ours = owner == os.path.abspath(file) if owner is not None else True
        old = previous.get(os.path.abspath(file))
        same = (old is None or made is None or old.get("status") == NOT_DONE  # (then judged by time)
                or (old.get("status") in (CONVERTED, UP_TO_DATE) and old.get("made_with") == made))
        if not force and ours and same and _up_to_date(file, out) and (not html or _up_to_date(file, html_of(out))):
            old = old or {}
            known.append(FileResult(
                str(file), str(out), UP_TO_DATE, name, shape=old.get("shape"), lang=old.get("lang"),
                encoding=old.get("encoding"), counts=old.get("counts") or {}, warnings=old.get("warnings") or [],
                made_with=old.get("made_with") or {},
            ))
            continue
        tasks.append(Task(str(file), str(out), name))
    return tasks, known


#: what the start of each kind of file that batch writes holds
_OURS = {".xml": b"<akomaNtoso", ".html": b'<meta name="generator" content="akn-convert">'}


def _foreign(path: Path) -> bool:
    """A file at an output's place that batch did not write: not an AKN document (``.xml``),
    not a page of akn-convert (``.html``), or unreadable.  Such a file is left alone."""
    if not os.path.isfile(path):
        return False
    try:
        with open(path, "rb") as f:
            return _OURS[path.suffix] not in f.read(65536)  # (the page's title comes before)
    except OSError:
        return True


def _unique(rel: Path, taken: set[str]) -> Path:
    """``rel``, or ``name-2.xml`` ... when another input already has that output (names
    compared without case, for file systems that ignore it)."""
    candidate, k = rel, 1
    while str(candidate).casefold() in taken:
        k += 1
        candidate = rel.with_name(f"{rel.stem}-{k}{rel.suffix}")
    taken.add(str(candidate).casefold())
    return candidate


def html_of(out: Path) -> Path:
    """The HTML rendition written beside an output: ``res.xml`` -> ``res.html``."""
    return Path(out).with_suffix(".html")


def _up_to_date(file: Path, out: Path) -> bool:
    """The output is newer than the input and than the input's sidecar, if any."""
    try:
        if not out.is_file():  # missing, or a folder of that name
            return False
        made = out.stat().st_mtime_ns
        if made < file.stat().st_mtime_ns:
            return False
        side = sidecar_of(file)
        return not side.exists() or made >= side.stat().st_mtime_ns
    except OSError:
        return False


# ---------------------------------------------------------------------------- one file


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
    from .inputs import MAX_BYTES
    from .output import write_all
    from .pipeline import Options, convert_file, sidecar_for

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
                from .writers.html import render

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
    from . import pipeline  # noqa: F401
    from .validate.profile import schematron
    from .validate.schema import lxml_schema

    lxml_schema()
    schematron()


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
            from .output import _alive

            while _alive(parent):
                time.sleep(1.0)
        os._exit(1)  # a write cut short leaves only a .part file, removed by the next run

    threading.Thread(target=watch, name="akn-convert-parent-watch", daemon=True).start()


# ---------------------------------------------------------------------------- many files


def run(tasks: list[Task], settings: Settings, jobs: int, on_result: Callable[[FileResult], None],
        worker: Callable[[Task, Settings], FileResult] | None = None,
        on_note: Callable[[str], None] | None = None) -> None:
    """Convert every task, calling ``on_result`` (in this thread) as each one finishes.

    ``worker`` (a module-level function, for the worker processes) defaults to :func:`convert_task`.

    One job runs in this process.  More run in worker processes; a worker that dies (a crash,
    the out-of-memory killer) fails only the file it was converting: the files that were in
    flight with it are converted again one at a time, so the culprit is found.  When worker
    processes cannot be started at all (no fork server, a process limit), the files left are
    converted in this process, and ``on_note`` is told why.
    """
    worker = worker or convert_task
    if jobs <= 1 or len(tasks) <= 1:
        _run_here(tasks, settings, on_result, worker)
        return
    left = _run_pool(tasks, settings, jobs, on_result, worker)
    if left is not None:
        tasks, reason = left
        if on_note is not None:
            on_note(f"cannot start worker processes ({reason}); converting in this process")
        _run_here(tasks, settings, on_result, worker)


def _run_here(tasks: list[Task], settings: Settings, on_result, worker) -> None:
    warm_up()
    for task in tasks:
        on_result(worker(task, settings))


def prepare_workers(jobs: int) -> None:
    """Start loading the worker processes' converter now (with ``jobs`` > 1), so that it
    loads while this process is still finding and planning the files."""
    if jobs > 1:
        try:
            _pool_context()
        except OSError:
            pass  # no worker processes: run() converts in this process and says why


def _pool_context():
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    # forkserver: workers start from a clean single-threaded process (this one runs a
    # progress-bar thread, and fork() with threads is unsafe); the server loads the converter
    # and the schema once (akn_convert.workers) and every worker is forked with them loaded
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    if sys.version_info >= (3, 11):  # PYTHONSAFEPATH: see _start_forkserver
        context.set_forkserver_preload(["akn_convert.workers"])
        _start_forkserver()
    return context


def _start_forkserver() -> None:
    """Start the fork server with no current folder on its import path.  It imports the
    converter before any worker exists (``python -c``, which would put the current folder
    first), and a source checkout's ``akn_convert`` folder where the user stands must not
    shadow the installed package.  The server's environment is set only while it starts."""
    from multiprocessing import forkserver

    before = os.environ.get("PYTHONSAFEPATH")
    os.environ["PYTHONSAFEPATH"] = "1"
    try:
        forkserver.ensure_running()
    finally:
        if before is None:
            del os.environ["PYTHONSAFEPATH"]
        else:
            os.environ["PYTHONSAFEPATH"] = before


def convert_chunk(worker: Callable[[Task, Settings], FileResult], tasks: list[Task],
                  settings: Settings) -> list[FileResult]:
    """Several tasks in one round trip to a worker process (less overhead per file)."""
    return [worker(task, settings) for task in tasks]


def _chunk_size(tasks: int, jobs: int) -> int:
    """Files sent to a worker at a time: one for a small batch (finer progress, even load),
    up to 8 for an archive (fewer round trips between the processes)."""
    return max(1, min(8, tasks // (jobs * 16)))


def _run_pool(tasks: list[Task], settings: Settings, jobs: int, on_result: Callable[[FileResult], None],
              worker: Callable[[Task, Settings], FileResult]) -> tuple[list[Task], str] | None:
    """Convert in worker processes; None when done, or the tasks left and the reason when
    the worker processes cannot be started."""
    from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
    from concurrent.futures.process import BrokenProcessPool

    ordered = sorted(tasks, key=_size, reverse=True)  # longest first: workers finish together
    size = _chunk_size(len(ordered), jobs)
    pending = deque(ordered[k:k + size] for k in range(0, len(ordered), size))
    alone: deque[Task] = deque()  # in flight when a worker died: run one at a time
    inflight: dict = {}
    pool = None
    limit = jobs * 4
    try:
        while pending or alone or inflight:
            broken, isolating, chunk = False, bool(alone), None
            try:
                if pool is None:
                    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_pool_context(), initializer=init_worker,
                                               initargs=(os.getpid(),))
                if isolating:
                    if not inflight:
                        chunk = [alone.popleft()]
                        inflight[pool.submit(convert_chunk, worker, chunk, settings)] = (chunk, True)
                else:
                    while pending and len(inflight) < limit:
                        chunk = pending.popleft()
                        inflight[pool.submit(convert_chunk, worker, chunk, settings)] = (chunk, False)
            except (BrokenProcessPool, OSError) as exc:
                if chunk is not None:  # taken, not sent
                    if isolating:
                        alone.appendleft(chunk[0])
                    else:
                        pending.appendleft(chunk)
                if isinstance(exc, OSError):  # a worker could not even start
                    if pool is not None:
                        _stop(pool)
                        pool = None
                    left = [t for c, _ in inflight.values() for t in c] + list(alone) + [t for c in pending for t in c]
                    return left, exc.strerror or str(exc) or type(exc).__name__
                broken = True
            if inflight:
                done, _ = wait(list(inflight), return_when=FIRST_COMPLETED)
                for future in done:
                    chunk, single = inflight.pop(future)
                    broken |= _collect(future, chunk, single, alone, on_result, BrokenProcessPool)
            if broken:
                for future, (chunk, single) in list(inflight.items()):
                    future.exception()  # wait: a broken pool fails them all at once
                    _collect(future, chunk, single, alone, on_result, BrokenProcessPool)
                inflight.clear()
                pool.shutdown(wait=True)
                pool = None
    except BaseException:  # Ctrl-C, SIGTERM: stop the workers now, leave no half-written file
        if pool is not None:
            _stop(pool)
            pool = None
        raise
    finally:
        if pool is not None:
            pool.shutdown(wait=True)


def _collect(future, chunk: list[Task], single: bool, alone: deque, on_result, broken_error) -> bool:
    """Pass a finished future's results on; True when its worker died."""
    try:
        for result in future.result():
            on_result(result)
        return False
    except broken_error:
        if single:
            task = chunk[0]
            on_result(FileResult(task.input, None, FAILED, task.name,
                                 error="the worker process died converting this file (a crash, or out of memory)",
                                 error_kind="crash"))
        else:
            alone.extend(chunk)
        return True
    except Exception as exc:  # the results could not come back (not expected)
        for task in chunk:
            on_result(FileResult(task.input, None, FAILED, task.name,
                                 error=f"internal error ({type(exc).__name__}: {exc}); please report it",
                                 error_kind="internal"))
        return False


def _stop(pool) -> None:
    processes = list((getattr(pool, "_processes", None) or {}).values())
    pool.shutdown(wait=False, cancel_futures=True)
    for p in processes:
        if p.is_alive():
            p.terminate()
    for p in processes:
        p.join(timeout=5)


def _size(task: Task) -> int:
    try:
        return os.stat(task.input).st_size
    except OSError:
        return 0


# ---------------------------------------------------------------------------- report


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
    from .output import write_atomic

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

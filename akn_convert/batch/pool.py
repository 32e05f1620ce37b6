"""Running a batch's tasks: in this process for one job, else in a pool of worker processes
(forked from a fork server that loaded the converter once); a worker that dies fails only its
file."""

from __future__ import annotations

import os
import sys
from collections import deque
from typing import Callable

from .records import FAILED, FileResult, Settings, Task
from .task import convert_task, init_worker, warm_up


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
    # and the schema once (akn_convert.batch.workers) and every worker is forked with them loaded
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    if sys.version_info >= (3, 11):  # PYTHONSAFEPATH: see _start_forkserver
        context.set_forkserver_preload(["akn_convert.batch.workers"])
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

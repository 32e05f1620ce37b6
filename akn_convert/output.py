"""Writing results: atomically (temporary file + rename), never over an input."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .errors import UsageError


def write_atomic(path: Path, data: bytes, *, inputs: tuple[Path, ...] = ()) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    An interrupted write leaves no partial file; an input is never overwritten.
    """
    path = Path(path)
    target = path.resolve()
    for inp in inputs:
        if Path(inp).resolve() == target:
            raise UsageError(f"refusing to overwrite the input {inp}")
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise

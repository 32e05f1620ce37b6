"""A validation problem, said in plain words with where it is."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Problem:
    check: str  # "schema", "profile", "text", "xml"
    message: str
    line: int | None = None
    path: str | None = None  # element path, e.g. /akomaNtoso/statement/mainBody/paragraph[3]
    severity: str = "error"  # or "warning", or "note" (said, no fault)

    def format(self, source: str | None = None) -> str:
        where = []
        if source:
            where.append(source + (f":{self.line}" if self.line else ""))
        elif self.line:
            where.append(f"line {self.line}")
        if self.path:
            where.append(self.path)
        prefix = ": ".join(where)
        label = "" if self.severity == "error" else f"{self.severity}: "
        return f"{prefix}: {label}{self.check}: {self.message}" if prefix else f"{label}{self.check}: {self.message}"

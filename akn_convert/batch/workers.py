"""Imported once by the forkserver of ``batch`` (see ``batch.pool._pool_context``): the converter's
modules, the official schema and the profile rules are loaded there, before any worker is
forked, so every worker starts with them ready instead of loading them again."""

from __future__ import annotations

try:
    from .task import warm_up

    warm_up()
except Exception:  # noqa: BLE001 — a missing schema is reported by each conversion, with its file
    pass

"""Letting the report being written finish when a batch is interrupted.

Python runs a signal handler between two bytecodes, which may be just after
``os.open`` created a report's temporary file and before the ``try`` that
would remove it. So instead of raising at once, the handler of a
:class:`Shield` waits while a team is being assessed and written, and raises
as soon as it is done: every report is whole, and no temporary file is left.
Between two teams, it raises at once (a worker waiting for work stops at once).

SIGINT becomes ``KeyboardInterrupt`` (Ctrl-C: exit 130), anything else
``SystemExit`` (a pool worker receives SIGTERM from ``Pool.terminate``).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType
from typing import NoReturn, TypeVar

T = TypeVar("T")
R = TypeVar("R")


def stop(signum: int) -> NoReturn:
    """Raise what the signal means: ``KeyboardInterrupt`` for SIGINT, else ``SystemExit``."""
    if signum == signal.SIGINT:
        raise KeyboardInterrupt
    raise SystemExit(128 + signum)


class Shield:
    """Defers the signals it handles while a piece of work runs."""

    __slots__ = ("busy", "pending")

    def __init__(self) -> None:
        self.busy = False
        self.pending: int | None = None

    def handle(self, signum: int, _frame: FrameType | None) -> None:
        """The signal handler: wait for the work in progress, or stop now."""
        if self.busy:
            self.pending = signum
        else:
            stop(signum)

    def run(self, work: Callable[[T], R], item: T) -> R:
        """``work(item)``, then stop if a signal came meanwhile."""
        self.busy = True
        try:
            return work(item)
        finally:
            self.busy = False
            if self.pending is not None:
                signum, self.pending = self.pending, None
                stop(signum)


@contextmanager
def shielded(shield: Shield) -> Iterator[None]:
    """Route Ctrl-C (SIGINT) to ``shield`` while the block runs.

    Only in the main thread (the only one where handlers can be set), and
    only when SIGINT has its default handler (not when it is ignored, as
    under ``nohup``).
    """
    if (
        threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGINT) is not signal.default_int_handler
    ):
        yield
        return
    signal.signal(signal.SIGINT, shield.handle)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, signal.default_int_handler)

"""Writing one file in a forked process while this one writes the others.

A batch's summaries are made by one process once every team is assessed:
with ``--jobs 2`` or more, ``summary.json`` is made and written in a child
forked for it (it inherits the outcomes; nothing is copied), while this
process makes ``summary.md`` and ``summary.csv``. Only where processes fork
(Linux); elsewhere, and with one job, everything runs here, one after the
other.

The child never prints and never exits through the interpreter: it sends
``None``, or the message of the :class:`~advisor.errors.OutputError` that
stopped it, and this process raises that error once its own part is done.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from advisor.errors import OutputError

if TYPE_CHECKING:
    from multiprocessing.connection import Connection


def can_fork() -> bool:
    """Whether this platform starts processes by forking (Linux)."""
    return sys.platform.startswith("linux")


@contextmanager
def alongside(work: Callable[[], None], *, fork: bool) -> Iterator[None]:
    """Run ``work`` in a forked child while the block runs (``fork``), else after the block.

    Raises:
        OutputError: ``work`` could not write its file (raised once the
            block is done, as the block's own errors are raised first).
    """
    if not fork:
        yield
        work()
        return
    import multiprocessing

    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    sys.stdout.flush()  # nothing buffered is inherited, and so written twice
    sys.stderr.flush()
    child = context.Process(target=_child, args=(work, send), daemon=True)
    child.start()
    send.close()
    try:
        yield
        try:
            problem = receive.recv()
        except EOFError:  # the child died without a word (killed)
            problem = "the process writing it stopped before it was written"
    finally:
        receive.close()
        child.join()
    if problem is not None:
        raise OutputError(problem)


def _child(work: Callable[[], None], send: Connection) -> None:
    """In the child: do ``work`` and say how it went; Ctrl-C is the parent's to handle."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    problem = None
    try:
        work()
    except OutputError as error:
        problem = str(error)
    send.send(problem)
    send.close()
    os._exit(0)  # no interpreter teardown: the parent's objects are not this process's to free

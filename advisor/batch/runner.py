"""Assessing a batch's teams: evaluate, render, write, in one process or several.

Work goes to the workers in chunks (one message per chunk, not per team) and
comes back in order, so the outcomes, and everything built from them, are
the same whatever the number of workers. Each worker holds the pack once:
inherited from the parent under the ``fork`` start method (Linux), loaded
again from its path under ``spawn`` (elsewhere).

Interruption: the parent handles Ctrl-C and terminates the pool; workers
ignore SIGINT and stop on the SIGTERM of ``Pool.terminate``, in both cases
once the report in progress is written (:mod:`advisor.batch.interrupts`).
"""

from __future__ import annotations

import gc
import math
import multiprocessing
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import NamedTuple

from advisor.batch.files import OutputFolder
from advisor.batch.interrupts import Shield, shielded
from advisor.batch.summary import Outcome, outcome_of
from advisor.engine import evaluate
from advisor.pack import Pack

CHUNK_MAX = 200
# Below this many teams, starting processes costs more than it saves; and a
# worker gets at least this many.
PARALLEL_MIN = 64


class Job(NamedTuple):
    """One team to assess: its name, answers, report stem and where it came from."""

    team: str
    answers: dict[str, str]
    stem: str
    where: str


@dataclass(frozen=True, slots=True)
class Settings:
    """What every report of a batch shares (picklable: sent to spawned workers).

    Attributes:
        pack: the pack's path as given (``None``: the built-in pack).
        out: the output folder.
        formats: the report formats to write, ``md`` and/or ``json``.
        lang: the reports' language.
        date: the reports' date (``YYYY-MM-DD``).
    """

    pack: str | None
    out: str
    formats: tuple[str, ...]
    lang: str
    date: str


class Assessor:
    """Assesses teams and writes their reports; one per process."""

    def __init__(self, pack: Pack, settings: Settings) -> None:
        from advisor.report import render_report

        self.pack = pack
        self.settings = settings
        self.folder = OutputFolder(settings.out)
        self.render = render_report

    def assess(self, job: Job) -> Outcome:
        """Evaluate one team, write its report(s), and keep what the summaries need."""
        settings = self.settings
        result = evaluate(self.pack, job.answers, team=job.team)
        reports = {}
        for fmt in settings.formats:
            text = self.render(result, lang=settings.lang, fmt=fmt, date=settings.date)
            suffix = f".{fmt}"
            self.folder.report(job.stem, suffix, text.encode("utf-8"))
            reports[fmt] = job.stem + suffix
        return outcome_of(result, where=job.where, reports=reports, lang=settings.lang)

    def assess_chunk(self, chunk: Sequence[Job]) -> list[Outcome]:
        """Assess a chunk of teams, in order; an interruption waits for the team in progress."""
        run = _shield.run
        return [run(self.assess, job) for job in chunk]


# The worker's assessor: set in the parent before a fork (inherited), or built
# by the initializer under spawn.
_assessor: Assessor | None = None
_shield = Shield()


def _start_worker(settings: Settings) -> None:
    """Pool initializer: signals, then the pack (unless inherited).

    Ctrl-C is the parent's to handle; the SIGTERM of ``Pool.terminate``
    stops the worker once the report in progress is written.
    """
    global _assessor
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _shield.handle)
    if _assessor is None or _assessor.settings != settings:
        from advisor.loader import load_pack

        _assessor = Assessor(load_pack(settings.pack), settings)


def _assess_chunk(chunk: Sequence[Job]) -> list[Outcome]:
    assert _assessor is not None, "worker started without its initializer"
    return _assessor.assess_chunk(chunk)


def chunks_of(jobs: Sequence[Job], workers: int) -> list[Sequence[Job]]:
    """Split the jobs into chunks: about four per worker, at most :data:`CHUNK_MAX` each."""
    size = max(1, min(CHUNK_MAX, math.ceil(len(jobs) / (workers * 4))))
    return [jobs[start : start + size] for start in range(0, len(jobs), size)]


def default_start_method() -> str:
    """``fork`` on Linux (fast, shares the loaded pack), ``spawn`` elsewhere."""
    return "fork" if sys.platform.startswith("linux") else "spawn"


Progress = Callable[[], AbstractContextManager[Callable[[int], None]]]


@contextmanager
def no_progress() -> Iterator[Callable[[int], None]]:
    """A :data:`Progress` that shows nothing."""
    yield lambda _count: None


def assess_all(
    pack: Pack,
    settings: Settings,
    jobs: Sequence[Job],
    *,
    workers: int = 1,
    progress: Progress = no_progress,
    start_method: str | None = None,
) -> list[Outcome]:
    """Assess every job and write its reports; the outcomes come back in job order.

    Args:
        pack: the loaded pack.
        settings: formats, language, date and output folder.
        jobs: the teams, in input order.
        workers: how many processes may work at once (1: this process only).
        progress: a context manager factory yielding ``advance(count)``, called
            after each chunk; entered once the workers are started (a progress
            bar runs a thread, and a process should not fork with threads running).
        start_method: ``fork`` or ``spawn`` (default: :func:`default_start_method`).

    Raises:
        OutputError: a report cannot be written; the batch stops.
    """
    global _assessor
    workers = max(1, min(workers, len(jobs) // PARALLEL_MIN))
    if workers == 1:
        assessor = Assessor(pack, settings)
        outcomes: list[Outcome] = []
        with shielded(_shield), progress() as advance:
            for chunk in chunks_of(jobs, 1):
                outcomes.extend(assessor.assess_chunk(chunk))
                advance(len(chunk))
        return outcomes
    context = multiprocessing.get_context(start_method or default_start_method())
    _assessor = Assessor(pack, settings)
    # Forked workers inherit the parent's objects: frozen, the workers' garbage
    # collections leave them alone instead of touching (and copying) every page.
    gc.freeze()
    try:
        pool = context.Pool(workers, initializer=_start_worker, initargs=(settings,))
    finally:
        gc.unfreeze()
        _assessor = None
    outcomes = []
    try:
        with progress() as advance:
            for done in pool.imap(_assess_chunk, chunks_of(jobs, workers)):
                outcomes.extend(done)
                advance(len(done))
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
    return outcomes

"""Assessing a batch's teams: evaluate, render, write, in one process or several.

With several processes, this one works too, beside ``workers - 1`` worker
processes: the work is a list of chunks of teams, alike teams together
(:mod:`advisor.batch.affinity`), cut into one run per process; each process
takes its own run's chunks, then helps the runs with the most left
(counters in shared memory, :mod:`advisor.batch.claims`), so that none waits
while another has a backlog. The jobs reach the workers once, at their start
(inherited under the ``fork`` start method, on Linux; pickled under
``spawn``, elsewhere); only a chunk's number and its outcomes travel
afterwards. The outcomes are put back in job order, so they, and everything
built from them, are the same whatever the number of workers. Each worker
holds the pack once: inherited under ``fork`` (with what this process built
for the first report: the compiled template, the pack's texts), loaded again
from its path under ``spawn``.

Interruption: this process handles Ctrl-C (once the report it is writing is
whole) and terminates the pool; workers ignore SIGINT and stop on the
SIGTERM of ``Pool.terminate``, in both cases once the report in progress is
written (:mod:`advisor.batch.interrupts`).
"""

from __future__ import annotations

import gc
import math
from collections.abc import Callable, Iterator, MutableSequence, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from advisor.batch.affinity import Key, affinity_keys, affinity_order
from advisor.batch.claims import Claims, chunk_size, shares
from advisor.batch.files import OutputFolder
from advisor.batch.heap import frozen
from advisor.batch.interrupts import Shield, shielded
from advisor.batch.summary import Outcome, outcome_of
from advisor.engine import evaluate
from advisor.errors import WorkerLost
from advisor.i18n import says
from advisor.pack import Pack

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

T = TypeVar("T")

# Seconds between two looks at the workers while this process waits for them.
WATCH = 0.25
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
        from advisor.report import report_bytes

        self.pack = pack
        self.settings = settings
        self.folder = OutputFolder(settings.out)
        self.render = report_bytes

    def assess(self, job: Job) -> Outcome:
        """Evaluate one team, write its report(s), and keep what the summaries need."""
        settings = self.settings
        result = evaluate(self.pack, job.answers, team=job.team)
        reports = {}
        for fmt in settings.formats:
            data = self.render(result, lang=settings.lang, fmt=fmt, date=settings.date)
            suffix = f".{fmt}"
            self.folder.report(job.stem, suffix, data)
            reports[fmt] = job.stem + suffix
        return outcome_of(result, where=job.where, reports=reports, lang=settings.lang)

    def assess_chunk(self, chunk: Sequence[Job]) -> list[Outcome]:
        """Assess a chunk of teams, in order; an interruption waits for the team in progress."""
        run = _shield.run
        return [run(self.assess, job) for job in chunk]


class _Work(NamedTuple):
    """What a worker takes its chunks from.

    ``order`` (positions in ``jobs``, in shared memory) is filled in once
    every process has worked out its share of the teams' keys, before the
    first chunk is handed out; chunk ``n`` is the ``n``-th ``size`` of it.
    """

    jobs: Sequence[Job]
    order: MutableSequence[int]
    size: int
    claims: Claims

    def chunk(self, number: int) -> list[Job]:
        """The jobs of chunk ``number``."""
        start = number * self.size
        return [self.jobs[place] for place in self.order[start : start + self.size]]


_run = 0
"""The run of chunks this process starts on (:meth:`Claims.take`): ``0`` but in a worker."""


# The worker's assessor: set in the parent before a fork (inherited), or built
# by the initializer under spawn; and the chunks it takes its work from.
_assessor: Assessor | None = None
_work: _Work | None = None
_shield = Shield()


def _start_worker(settings: Settings, work: _Work) -> None:
    """Pool initializer: signals, the work, then the pack (unless inherited).

    Ctrl-C is the parent's to handle; the SIGTERM of ``Pool.terminate``
    stops the worker once the report in progress is written.
    """
    import signal

    global _assessor, _run, _work
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _shield.handle)
    _work = work
    _run = work.claims.enroll()
    if _assessor is None or _assessor.settings != settings:
        from advisor.loader import load_pack

        _assessor = Assessor(load_pack(settings.pack), settings)


def _assess_next(_ticket: int) -> tuple[int, list[Outcome]] | None:
    """Assess the next chunk not taken yet: its number and outcomes; ``None`` when none is left.

    The pool hands out one ticket per chunk, so a worker asks while there may
    be work; a ticket names no chunk, since this process takes chunks too.
    """
    assert _assessor is not None and _work is not None, "worker started without its initializer"
    number = _work.claims.take(_run)
    if number is None:
        return None
    return number, _assessor.assess_chunk(_work.chunk(number))


def _keys_of(share: tuple[int, int]) -> list[Key]:
    """The affinity keys of a worker's share of the jobs."""
    assert _assessor is not None and _work is not None, "worker started without its initializer"
    return _keys(_assessor.pack, _work.jobs, share)


def _keys(pack: Pack, jobs: Sequence[Job], share: tuple[int, int]) -> list[Key]:
    """The affinity keys of the jobs ``start .. end - 1``."""
    start, end = share
    return affinity_keys(pack, [job.answers for job in jobs[start:end]])


def default_start_method() -> str:
    """``fork`` on Linux (fast, shares the loaded pack), ``spawn`` elsewhere."""
    import sys

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
    workers = max(1, min(workers, len(jobs) // PARALLEL_MIN))
    assessor = Assessor(pack, settings)
    # The pack and the jobs live through the batch: frozen, out of the way of
    # the collections of the reports' garbage.
    with frozen(), shielded(_shield):
        if workers > 1:
            return _assess_in_parallel(assessor, jobs, workers, progress, start_method)
        outcomes: list[Outcome] = []
        size = chunk_size(len(jobs), 1)
        with progress() as advance:
            for start in range(0, len(jobs), size):
                chunk = jobs[start : start + size]
                outcomes.extend(assessor.assess_chunk(chunk))
                advance(len(chunk))
        return outcomes


def _assess_in_parallel(
    assessor: Assessor,
    jobs: Sequence[Job],
    workers: int,
    progress: Progress,
    start_method: str | None,
) -> list[Outcome]:
    """:func:`assess_all` with ``workers - 1`` worker processes beside this one."""
    import multiprocessing

    global _assessor
    context = multiprocessing.get_context(start_method or default_start_method())
    # The first team here, before forking: what every report shares is then
    # built once (the template compiled, the pack's texts), and inherited.
    first = assessor.assess_chunk(jobs[:1])
    rest = jobs[1:]
    size = chunk_size(len(rest), workers)
    claims = Claims(context, math.ceil(len(rest) / size), workers)
    work = _Work(rest, context.RawArray("q", len(rest)), size, claims)
    _assessor = assessor
    # What the first report built is frozen too: forked workers inherit it,
    # frozen (advisor.batch.heap).
    gc.freeze()
    try:
        pool = context.Pool(
            workers - 1, initializer=_start_worker, initargs=(assessor.settings, work)
        )
    finally:
        _assessor = None
    try:
        order = _sort(pool, assessor, work, workers)
        done = _share(pool, assessor, work, workers, progress, len(first))
        pool.close()
    except BaseException:
        pool.terminate()
        raise
    finally:
        pool.join()
    # The chunks cover the affinity order: the k-th outcome is of rest[order[k]].
    taken = [outcome for chunk in done for outcome in chunk]
    rank = [0] * len(order)
    for k, place in enumerate(order):
        rank[place] = k
    return [*first, *map(taken.__getitem__, rank)]


def _sort(pool: Pool, assessor: Assessor, work: _Work, workers: int) -> list[int]:
    """Put the jobs in affinity order (in ``work.order`` too); each process keys a share."""
    mine, *others = shares(len(work.jobs), workers)
    theirs = pool.map_async(_keys_of, others, chunksize=1)
    keys = _keys(assessor.pack, work.jobs, mine)
    for share in _patiently(theirs.get, work, workers, assessor.settings):
        keys += share
    order = affinity_order(keys)
    work.order[:] = order
    return order


def _patiently(get: Callable[[float], T], work: _Work, workers: int, settings: Settings) -> T:
    """``get(timeout)`` until it answers; between two tries, make sure no worker died.

    A dead worker is replaced by the pool, but what it had taken never comes
    back: without this look, the batch would wait for ever.

    Raises:
        WorkerLost: a worker process died.
    """
    import multiprocessing

    while True:
        try:
            return get(WATCH)
        except multiprocessing.TimeoutError:  # noqa: PERF203 - a wait, not a hot loop
            if work.claims.lost(workers):
                text, said = says("error.batch.worker_lost", folder=settings.out)
                raise WorkerLost(text, says=said) from None


def _share(
    pool: Pool, assessor: Assessor, work: _Work, workers: int, progress: Progress, started: int
) -> list[list[Outcome]]:
    """Take chunks here while the workers take theirs; the outcomes of every chunk, in order."""
    import multiprocessing

    done: list[list[Outcome]] = [[] for _ in range(work.claims.total)]
    results = pool.imap_unordered(_assess_next, range(work.claims.total))
    with progress() as advance:
        advance(started)

        def collect(*, wait: bool) -> None:
            """Keep the workers' outcomes: those ready now, or (``wait``) all of them."""
            while True:
                try:
                    if wait:
                        result = _patiently(results.next, work, workers, assessor.settings)
                    else:
                        result = results.next(0)
                except (StopIteration, multiprocessing.TimeoutError):
                    return
                if result is not None:
                    number, outcomes = result
                    done[number] = outcomes
                    advance(len(outcomes))

        while (number := work.claims.take()) is not None:
            done[number] = assessor.assess_chunk(work.chunk(number))
            advance(len(done[number]))
            collect(wait=False)
        collect(wait=True)
    return done

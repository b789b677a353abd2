"""How a parallel batch hands out its chunks of teams: one run per process, then help.

The chunks are in affinity order (:mod:`advisor.batch.affinity`): alike teams
are next to each other. Each process starts on a run of its own and keeps to
it for as long as it can, so that the report parts it renders serve its own
neighbourhood of teams; a process done with its run helps the run with the
most chunks left, from that run's back, so that none waits while another
has a backlog.
"""

from __future__ import annotations

import itertools
import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

CHUNK_MAX = 100


def chunk_size(count: int, workers: int) -> int:
    """How many teams a chunk holds: about eight chunks per process, at most :data:`CHUNK_MAX`.

    Small enough that the processes finish close together (a process takes a
    chunk as it is free), big enough that handing them out costs little.
    """
    return max(1, min(CHUNK_MAX, math.ceil(count / (workers * 8))))


def shares(count: int, parts: int) -> list[tuple[int, int]]:
    """``range(count)`` cut into ``parts`` runs as equal as can be, as ``(start, end)``."""
    return list(itertools.pairwise([count * part // parts for part in range(parts + 1)]))


class Claims:
    """Chunk numbers ``0 .. total - 1``, each handed out once, in one run per process.

    The chunks are in affinity order, and process ``p`` (``0``: this one)
    starts on the ``p``-th of ``processes`` equal runs, front to back. Once
    its run is done, it helps the run with the most chunks left, from that
    run's back: each process keeps to its own neighbourhood of alike teams
    for as long as it can. Counters in shared memory, behind a lock:
    picklable while a process is started (``spawn``), inherited under
    ``fork``.
    """

    def __init__(self, context: BaseContext, total: int, processes: int = 1) -> None:
        self.total = total
        runs = shares(total, processes)
        self.lock = context.Lock()
        self.front = context.RawArray("q", [start for start, _ in runs])
        self.back = context.RawArray("q", [end for _, end in runs])
        self.members = context.RawValue("q", 1)

    def enroll(self) -> int:
        """The run of a worker process that starts (``1``, ``2``, ...; this process has ``0``)."""
        with self.lock:
            run = int(self.members.value)
            self.members.value = run + 1
        return run % len(self.front)

    def lost(self, processes: int) -> bool:
        """Whether a worker process died: the pool started another, which enrolled too."""
        return int(self.members.value) > processes

    def take(self, run: int = 0) -> int | None:
        """The next chunk number for the process of ``run``, or ``None`` when every one is taken."""
        front, back = self.front, self.back
        with self.lock:
            if front[run] >= back[run]:
                run = max(range(len(front)), key=lambda other: back[other] - front[other])
                if front[run] >= back[run]:
                    return None
                back[run] -= 1
                return int(back[run])
            number = int(front[run])
            front[run] = number + 1
        return number

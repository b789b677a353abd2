"""What answers and rules do to the scores, in the forms the engine reads.

A :class:`Contribution` is the combined effect of some rules (the rules that
read one question, for one answer; or one rule). The what-if analysis
(:mod:`advisor.whatif`) changes one answer at a time: it reads the
:class:`Swap` of one contribution for another, with bounds that usually show,
without scoring the patterns again, that the best pattern stays best. All of
it is built once, when the pack is compiled (:mod:`advisor.compiled`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from advisor.compiled import CompiledRule
    from advisor.result import Counterfactual, Unknown
    from advisor.tables import Test


@dataclass(frozen=True, slots=True)
class Contribution:
    """What the single-question rules do for one answer to one question.

    (Also what one rule does when it fires, for :attr:`CompiledRule.flip`.)

    The same effect is kept twice: sparse, for summing a tally, and dense (one
    entry per pattern position), for the what-if analysis, which recomputes a
    few patterns' totals without copying them.

    Attributes:
        bits: the rules that fire (bit ``i`` = rule ``i``).
        scores: sparse score changes, ``(pattern position, delta)``.
        vetoes: pattern positions vetoed (a position once per vetoing rule).
        totals: the score change of each pattern position (0.0 for none).
        counts: the number of vetoes of each pattern position.
    """

    bits: int
    scores: tuple[tuple[int, float], ...]
    vetoes: tuple[int, ...]
    totals: tuple[float, ...]
    counts: tuple[int, ...]


def contribution(
    bits: int, scores: tuple[tuple[int, float], ...], vetoes: tuple[int, ...], patterns: int
) -> Contribution:
    """A :class:`Contribution` with its dense form filled in from the sparse one."""
    totals = [0.0] * patterns
    for pos, delta in scores:
        totals[pos] += delta
    counts = [0] * patterns
    for pos in vetoes:
        counts[pos] += 1
    return Contribution(bits, scores, vetoes, tuple(totals), tuple(counts))


Bound = tuple[float, float, float, float]


@dataclass(frozen=True, slots=True)
class Swap:
    """One contribution replaced by another: an answer changed in a what-if.

    ``bounds`` lets the what-if analysis see, without scoring every pattern,
    that the best pattern stays best. For best pattern position ``b`` it is
    ``None`` when the swap changes ``b``'s veto count or takes a veto off
    another pattern (which may then become viable); otherwise ``(least,
    greatest, out, into)``: the least old and the greatest new total of the
    other patterns, and ``b``'s old and new totals. Rounding is monotonic, so
    after the swap no other viable pattern scores above ``rival - least +
    greatest`` (``rival``: the highest score among them before), while ``b``
    scores ``score - out + into``: if the first is below the second, ``b``
    stays best. Swaps in a row chain: the two results are the next swap's
    ``rival`` and ``score``.

    The last entry is for when nothing is viable (``rival`` is then ``-inf``
    and ``score`` 0): all zeros, unless the swap takes a veto off a pattern.
    ``optional`` bounds a swap that may not happen: each entry widened to
    include 0, so that ``rival`` can only rise and ``score`` only fall.

    Attributes:
        old: the contribution taken out.
        new: the contribution put in.
        changes: whether the rules that fire differ (else nothing changes).
        bounds: per best pattern position, as above.
        optional: the same, when the swap may not happen.
    """

    old: Contribution
    new: Contribution
    changes: bool
    bounds: tuple[Bound | None, ...]
    optional: tuple[Bound | None, ...]


def chained(bound: Bound, rival: float, score: float) -> tuple[float, float]:
    """``rival`` and ``score`` after a swap with ``bound`` (see :class:`Swap`).

    The best pattern stays best while the first is below the second; the
    results are the next swap's ``rival`` and ``score``.
    """
    least, greatest, out, into = bound
    return rival - least + greatest, score - out + into


def swap(old: Contribution, new: Contribution) -> Swap:
    """The :class:`Swap` of ``old`` for ``new``, its bounds computed."""
    patterns = range(len(old.totals))
    freed = [pos for pos in patterns if new.counts[pos] < old.counts[pos]]
    bounds: list[Bound | None] = []
    for best in patterns:
        others = [pos for pos in patterns if pos != best]
        if new.counts[best] != old.counts[best] or any(pos != best for pos in freed):
            bounds.append(None)
        else:
            least = min([old.totals[pos] for pos in others], default=0.0)
            greatest = max([new.totals[pos] for pos in others], default=0.0)
            bounds.append((least, greatest, old.totals[best], new.totals[best]))
    bounds.append(None if freed else (0.0, 0.0, 0.0, 0.0))
    optional = [
        None
        if bound is None
        else (min(0.0, bound[0]), max(0.0, bound[1]), max(0.0, bound[2]), min(0.0, bound[3]))
        for bound in bounds
    ]
    return Swap(old, new, old.bits != new.bits, tuple(bounds), tuple(optional))


@dataclass(frozen=True, slots=True)
class Alternatives:
    """From one answer to a question, the swaps to each other answer.

    Attributes:
        swaps: by answer code, the swap from the current answer to it.
        bounds: like :attr:`Swap.bounds`, for the swaps to every other answer
            (1..n) at once: when it holds, no other answer's contribution
            changes the best pattern.
    """

    swaps: tuple[Swap, ...]
    bounds: tuple[Bound | None, ...]


def alternatives(row: Sequence[Contribution], current: int) -> Alternatives:
    """The :class:`Alternatives` from answer code ``current``, ``row`` being the question's."""
    swaps = tuple(swap(row[current], new) for new in row)
    others = [item for code, item in enumerate(swaps) if code not in (0, current)]
    bounds: list[Bound | None] = []
    for best in range(len(row[current].totals) + 1):
        found = [item.bounds[best] for item in others]
        known = [bound for bound in found if bound is not None]
        if not known or len(known) < len(found):
            bounds.append(None)
            continue
        least = min(bound[0] for bound in known)
        greatest = max(bound[1] for bound in known)
        into = min(bound[3] for bound in known)
        bounds.append((least, greatest, known[0][2], into))
    return Alternatives(swaps, tuple(bounds))


@dataclass(frozen=True, slots=True)
class Decision:
    """A decision question, with what the what-if analysis reads of it.

    Attributes:
        position: its position.
        id: its id.
        options: its option ids.
        applies: its compiled ``when`` (``None``: always asked).
        alternatives: by current answer code, the swaps to the other answers.
        moves: the questions whose effective answer may change with its
            answer, in order: itself, then those it switches on or off
            (through ``when`` conditions, which read earlier questions only).
        switches: those it switches, each with its compiled ``when``.
        reading: the multi-question rules that read any of them, in order.
        plain: whether only its own contribution can change (no multi-question
            rule reads it, and it switches nothing).
        steady: by best pattern position (last: none viable), its unknown
            when no answer changes the best pattern.
        outcomes: by option (code - 1), then by the best pattern position it
            leads to (last: none viable), the outcome of an unknown.
        counterfactuals: the same, the counterfactual.
    """

    position: int
    id: str
    options: tuple[str, ...]
    applies: Test | None
    alternatives: tuple[Alternatives, ...]
    moves: tuple[int, ...]
    switches: tuple[tuple[int, Test], ...]
    reading: tuple[CompiledRule, ...]
    plain: bool
    steady: tuple[Unknown, ...]
    outcomes: tuple[tuple[tuple[str, str | None], ...], ...]
    counterfactuals: tuple[tuple[Counterfactual, ...], ...]

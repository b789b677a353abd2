"""The scores of one set of effective answers: the engine's inner loop.

Shared by :mod:`advisor.engine` (one evaluation) and :mod:`advisor.whatif`
(every other answer to every decision question). Pure.
"""

from __future__ import annotations

from collections.abc import Sequence

from advisor.compiled import Compiled


class Tally:
    """Scores, veto counts and fired rules of one set of effective answers."""

    __slots__ = ("best", "bits", "scores", "vetoes")

    def __init__(self, compiled: Compiled, effective: Sequence[int]) -> None:
        scores = [0.0] * len(compiled.patterns)
        vetoes = [0] * len(compiled.patterns)
        bits = 0
        for pos, row in compiled.contributions:
            part = row[effective[pos]]
            if part.bits:
                bits |= part.bits
                for target, delta in part.scores:
                    scores[target] += delta
                if part.vetoes:
                    for target in part.vetoes:
                        vetoes[target] += 1
        for rule in compiled.multi_rules:
            if rule.test(effective):
                bits |= 1 << rule.index
                for target, delta in rule.scores:
                    scores[target] += delta
                for target in rule.vetoes:
                    vetoes[target] += 1
        self.scores = scores
        self.vetoes = vetoes
        self.bits = bits
        self.best = best_pattern(compiled, scores, vetoes)


def best_pattern(compiled: Compiled, scores: Sequence[float], vetoes: Sequence[int]) -> int | None:
    """The viable pattern with the highest score; ties go to the earlier in the tie order."""
    best = None
    for pos in compiled.tie_order:
        if vetoes[pos] == 0 and (best is None or scores[pos] > scores[best]):
            best = pos
    return best

"""The what-if analysis: where every other answer to every decision question would lead.

Run by :meth:`advisor.result.Result.analysis` through the engine's trace, on
first use. Pure: no IO, no printing, no clock.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from advisor.compiled import Compiled
from advisor.effects import Decision, Swap, chained
from advisor.result import Counterfactual, Unknown
from advisor.tally import Tally, best_pattern


class WhatIf:
    """Where every other answer to every decision question would lead, from one evaluation.

    A what-if swaps the contributions of the answers that change and of the
    multi-question rules that then fire differently (see
    :class:`~advisor.effects.Swap`). The swaps' bounds usually show that the
    best pattern stays best, often for every other answer to a question at
    once; only otherwise are the patterns scored again.

    Where an answer leads is a *lead*: the best pattern's position, or -1
    when no pattern is viable (the last entry of the tables indexed by it).
    """

    __slots__ = (
        "answers",
        "compiled",
        "decisive",
        "key",
        "raw",
        "recommendation",
        "rival",
        "tally",
        "top",
    )

    def __init__(
        self, compiled: Compiled, raw: Sequence[int], effective: Sequence[int], tally: Tally
    ) -> None:
        self.compiled = compiled
        self.raw = raw
        self.answers = list(effective)  # changed in place by in_place(), and restored
        self.tally = tally
        self.decisive = False  # whether an unknown is decisive, once run
        best = tally.best
        self.recommendation = None if best is None else compiled.patterns[best]
        scores, vetoes = tally.scores, tally.vetoes
        # The current lead, and what the bounds are checked against: the best
        # pattern's score and the highest among the other viable ones (see Swap).
        self.key = -1 if best is None else best
        self.top = 0.0 if best is None else scores[best]
        self.rival = -math.inf
        for pos in compiled.tie_order:
            if pos != best and vetoes[pos] == 0 and scores[pos] > self.rival:
                self.rival = scores[pos]

    def run(self) -> tuple[list[Unknown], list[Counterfactual], float]:
        """The unknowns, the counterfactuals, and the share of the decision
        questions asked that are answered."""
        answers = self.answers
        key, rival, top = self.key, self.rival, self.top
        unknowns: list[Unknown] = []
        counterfactuals: list[Counterfactual] = []
        asked = 0
        for decision in self.compiled.decisions:
            if decision.applies is not None and not decision.applies(answers):
                continue
            asked += 1
            current = answers[decision.position]
            if not decision.plain:
                found = self.outcomes(decision, current)
            else:
                bound = decision.alternatives[current].bounds[key]
                if bound is not None:
                    after, score = chained(bound, rival, top)
                    if after < score:
                        # No other answer changes the best pattern.
                        if current == 0:
                            unknowns.append(decision.steady[key])
                        continue
                found = self.plain(decision, current)
            if current == 0:
                unknowns.append(self.unknown(decision, found))
            elif found is not None:
                for option, lead in enumerate(found):
                    if lead != key:
                        counterfactuals.append(decision.counterfactuals[option][lead])
        share = (asked - len(unknowns)) / asked if asked else 1.0
        return unknowns, counterfactuals, share

    def unknown(self, decision: Decision, found: list[int] | None) -> Unknown:
        """The unknown of an unanswered question; notes whether it is decisive."""
        key = self.key
        if found is None or found.count(key) == len(found):
            return decision.steady[key]
        self.decisive = True
        outcomes = []
        for row, lead in zip(decision.outcomes, found, strict=True):
            outcomes.append(row[lead])
        return Unknown(decision.id, tuple(outcomes), self.recommendation)

    def plain(self, decision: Decision, current: int) -> list[int]:
        """The lead of each option of a plain question (by option, code - 1)."""
        key = self.key
        swaps = decision.alternatives[current].swaps
        found = []
        for code in range(1, len(swaps)):
            swap = swaps[code]
            found.append(self.swapped(swap) if swap.changes else key)
        return found

    def outcomes(self, decision: Decision, current: int) -> list[int] | None:
        """The lead of each option of a question that is not plain (by option, code - 1).

        ``None`` when the bounds show that no other answer changes the best pattern.
        """
        if self.settled(decision, current):
            return None
        if len(decision.moves) == 1:
            return self.in_place(decision, current)
        found = []
        for code in range(1, len(decision.options) + 1):
            found.append(self.key if code == current else self.moved(decision, code))
        return found

    def in_place(self, decision: Decision, current: int) -> list[int]:
        """:meth:`outcomes` of a question that switches no other: its own
        contribution swapped, then the multi-question rules reading it that
        fire differently flipped."""
        answers, key = self.answers, self.key
        question = decision.position
        own = decision.alternatives[current].swaps
        found = []
        for code in range(1, len(own)):
            if code == current:
                found.append(key)
                continue
            answers[question] = code  # changed in place, and restored below
            swaps = [own[code], *self.flips(decision, answers)]
            if len(swaps) > 1:
                found.append(self.changed(swaps))
            else:
                found.append(self.swapped(own[code]) if own[code].changes else key)
        answers[question] = current
        return found

    def settled(self, decision: Decision, current: int) -> bool:
        """Whether the bounds show that no other answer changes the best pattern,
        whichever questions it switches on or off and rules it flips.

        The steps follow the order in which :meth:`in_place` and :meth:`moved`
        swap: the question's own (for every other answer at once, see
        :class:`~advisor.effects.Alternatives`), those of the questions it
        may switch, then the rules that may flip. The last two may not happen:
        their steps can only raise ``rival`` and lower ``score``, so when the
        first step leaves ``rival`` at or above ``score``, the answer is no.
        """
        key, answers, raw = self.key, self.answers, self.raw
        step = decision.alternatives[current].bounds[key]
        if step is None:
            return False
        rival, score = chained(step, self.rival, self.top)
        if rival >= score:
            return False
        for pos in decision.moves[1:]:
            if raw[pos] == 0:
                continue  # unknown either way
            other = 0 if answers[pos] == raw[pos] else raw[pos]
            step = self.compiled.alternatives[pos][answers[pos]].swaps[other].optional[key]
            if step is None:
                return False
            rival, score = chained(step, rival, score)
        bits = self.tally.bits
        for rule in decision.reading:
            step = rule.flip[bits >> rule.index & 1].optional[key]
            if step is None:
                return False
            rival, score = chained(step, rival, score)
        return rival < score

    def moved(self, decision: Decision, code: int) -> int:
        """The lead if a question that switches others were ``code``.

        The answers are masked again as :meth:`Compiled.mask` would, but only
        those that may change: the question's, then each it switches, in
        order. Their contributions are swapped, then the multi-question rules
        reading them that fire differently flipped.
        """
        answers, raw = self.answers, self.raw
        changed = answers.copy()
        changed[decision.position] = code
        for pos, applies in decision.switches:
            changed[pos] = raw[pos] if applies(changed) else 0
        alternatives = self.compiled.alternatives
        swaps = []
        for pos in decision.moves:
            if changed[pos] != answers[pos]:
                swaps.append(alternatives[pos][answers[pos]].swaps[changed[pos]])
        swaps += self.flips(decision, changed)
        return self.changed(swaps)

    def flips(self, decision: Decision, changed: Sequence[int]) -> list[Swap]:
        """The swaps of the multi-question rules reading ``decision``'s questions that
        fire differently with the ``changed`` answers (a rule reading no changed
        answer cannot flip)."""
        bits = self.tally.bits
        found = []
        for rule in decision.reading:
            fired = bits >> rule.index & 1
            if rule.test(changed) != fired:
                found.append(rule.flip[fired])
        return found

    def swapped(self, swap: Swap) -> int:
        """:meth:`changed` for one swap, unrolled."""
        bound = swap.bounds[self.key]
        if bound is not None:
            rival, score = chained(bound, self.rival, self.top)
            if rival < score:
                return self.key
        scores, vetoes = self.tally.scores, self.tally.vetoes
        old_totals, old_counts = swap.old.totals, swap.old.counts
        new_totals, new_counts = swap.new.totals, swap.new.counts
        best = -1
        top = 0.0
        for pos in self.compiled.tie_order:
            if vetoes[pos] - old_counts[pos] + new_counts[pos] == 0:
                score = scores[pos] - old_totals[pos] + new_totals[pos]
                if best < 0 or score > top:
                    best, top = pos, score
        return best

    def changed(self, swaps: Sequence[Swap]) -> int:
        """The lead after ``swaps``, in order.

        When the bounds do not settle it, the swaps are applied to a copy of
        the tally: the same sums in the same order as scoring each what-if
        from the tally, so exactly the same result.
        """
        rival, score, key = self.rival, self.top, self.key
        for swap in swaps:
            bound = swap.bounds[key]
            if bound is None:
                break
            rival, score = chained(bound, rival, score)
        else:
            if rival < score:
                return key
        scores = self.tally.scores.copy()
        vetoes = self.tally.vetoes.copy()
        for swap in swaps:
            old, new = swap.old, swap.new
            for pos, delta in old.scores:
                scores[pos] -= delta
            for pos, delta in new.scores:
                scores[pos] += delta
            if old.vetoes or new.vetoes:
                for pos in old.vetoes:
                    vetoes[pos] -= 1
                for pos in new.vetoes:
                    vetoes[pos] += 1
        best = best_pattern(self.compiled, scores, vetoes)
        return -1 if best is None else best

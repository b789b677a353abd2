"""The what-if analysis: where every other answer to every decision question would lead.

Run by :meth:`advisor.result.Result.analysis` through the engine's trace, on
first use. Pure: no IO, no printing, no clock.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from advisor.compiled import Compiled
from advisor.effects import Decision, Swap
from advisor.result import Counterfactual, Unknown
from advisor.tally import Tally, best_pattern


class WhatIf:
    """Where every other answer to every decision question would lead, from one evaluation.

    A what-if swaps the contributions of the answers that change and of the
    multi-question rules that then fire differently (see
    :class:`~advisor.effects.Swap`). The swaps' bounds usually show that the
    best pattern stays best, often for every other answer to a question at
    once; only otherwise are the patterns scored again.
    """

    __slots__ = (
        "answers",
        "best",
        "compiled",
        "decisive",
        "key",
        "raw",
        "recommendation",
        "rival",
        "tally",
        "top",
    )

    def __init__(self, compiled: Compiled, raw: list[int], effective: list[int], tally: Tally):
        self.compiled = compiled
        self.raw = raw
        self.answers = list(effective)  # changed in place by variant(), and restored
        self.tally = tally
        self.decisive = False  # whether an unknown is decisive, once run
        self.best = best = tally.best
        self.recommendation = None if best is None else compiled.patterns[best]
        scores, vetoes = tally.scores, tally.vetoes
        # What the bounds are checked against: the best pattern's score and
        # the highest among the other viable ones (see Swap).
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
        patterns = self.compiled.patterns
        best, key, rival, top = self.best, self.key, self.rival, self.top
        unknowns: list[Unknown] = []
        counterfactuals: list[Counterfactual] = []
        asked = len(self.compiled.decisions)
        for decision in self.compiled.decisions:
            if decision.applies is not None and not decision.applies(answers):
                asked -= 1
                continue
            current = answers[decision.position]
            bound = decision.alternatives[current].bounds[key]
            if (
                decision.plain
                and bound is not None
                and rival - bound[0] + bound[1] < top - bound[2] + bound[3]
            ):
                found = None  # no other answer changes the best pattern
            else:
                found = self.outcomes(decision, current)
            if current == 0:
                unknowns.append(self.unknown(decision, found))
            elif found is not None:
                for code, option in enumerate(decision.options, start=1):
                    pos = found[code]
                    if pos != best:
                        name = None if pos is None else patterns[pos]
                        counterfactuals.append(Counterfactual(decision.id, option, name))
        share = (asked - len(unknowns)) / asked if asked else 1.0
        return unknowns, counterfactuals, share

    def unknown(self, decision: Decision, found: list[int | None] | None) -> Unknown:
        """The unknown of an unanswered question; notes whether it is decisive."""
        if found is None:
            return Unknown(decision.id, decision.steady[self.key], self.recommendation)
        patterns = self.compiled.patterns
        outcomes = []
        for code, option in enumerate(decision.options, start=1):
            pos = found[code]
            outcomes.append((option, None if pos is None else patterns[pos]))
            if pos != self.best:
                self.decisive = True
        return Unknown(decision.id, tuple(outcomes), self.recommendation)

    def outcomes(self, decision: Decision, current: int) -> list[int | None] | None:
        """The best pattern for each answer code (index 0 unused).

        ``None`` when the bounds show that no other answer changes the best pattern.
        """
        choices = decision.alternatives[current]
        if not decision.plain and self.settled(decision, current):
            return None
        found: list[int | None] = [self.best] * len(choices.swaps)
        for code in range(1, len(found)):
            if decision.plain:
                if choices.swaps[code].changes:
                    found[code] = self.swapped(choices.swaps[code])
            elif code != current:
                found[code] = self.variant(decision, code)
        return found

    def settled(self, decision: Decision, current: int) -> bool:
        """Whether the bounds show that no other answer changes the best pattern,
        whichever questions it switches on or off and rules it flips.

        The steps follow the order in which :meth:`variant` swaps: the
        question's own (for every other answer at once, see
        :class:`~advisor.effects.Alternatives`), those of the questions it
        may switch, then the rules that may flip; the last two may not happen.
        """
        key, answers, raw = self.key, self.answers, self.raw
        step = decision.alternatives[current].bounds[key]
        if step is None:
            return False
        rival = self.rival - step[0] + step[1]
        score = self.top - step[2] + step[3]
        for pos in decision.moves[1:]:
            if raw[pos] == 0:
                continue  # unknown either way
            other = 0 if answers[pos] == raw[pos] else raw[pos]
            step = self.compiled.alternatives[pos][answers[pos]].swaps[other].optional[key]
            if step is None:
                return False
            rival = rival - step[0] + step[1]
            score = score - step[2] + step[3]
        bits = self.tally.bits
        for index in decision.reading:
            step = self.compiled.rules[index].flip[bits >> index & 1].optional[key]
            if step is None:
                return False
            rival = rival - step[0] + step[1]
            score = score - step[2] + step[3]
        return rival < score

    def variant(self, decision: Decision, code: int) -> int | None:
        """The best pattern if the question were ``code``, when it is not plain.

        The contributions of the answers that change are swapped, then the
        multi-question rules reading them that fire differently flipped.
        """
        compiled = self.compiled
        answers = self.answers
        question = decision.position
        current = answers[question]
        if len(decision.moves) == 1:
            changed = answers  # changed in place, and restored below
            changed[question] = code
            swaps = [decision.alternatives[current].swaps[code]]
        else:
            changed_raw = list(self.raw)
            changed_raw[question] = code
            changed = compiled.mask(changed_raw)
            swaps = []
            for pos in decision.moves:
                if changed[pos] != answers[pos]:
                    swaps.append(compiled.alternatives[pos][answers[pos]].swaps[changed[pos]])
        bits = self.tally.bits
        for index in decision.reading:  # a rule reading no changed answer cannot flip
            rule = compiled.rules[index]
            fired = bits >> index & 1
            if rule.test(changed) != fired:
                swaps.append(rule.flip[fired])
        answers[question] = current
        if len(swaps) == 1 and not swaps[0].changes and len(decision.moves) == 1:
            return self.best  # the same rules fire
        return self.changed(swaps)

    def swapped(self, swap: Swap) -> int | None:
        """:meth:`changed` for one swap, unrolled."""
        bound = swap.bounds[self.key]
        if bound is not None and self.rival - bound[0] + bound[1] < self.top - bound[2] + bound[3]:
            return self.best
        scores, vetoes = self.tally.scores, self.tally.vetoes
        old_totals, old_counts = swap.old.totals, swap.old.counts
        new_totals, new_counts = swap.new.totals, swap.new.counts
        best = None
        top = 0.0
        for pos in self.compiled.tie_order:
            if vetoes[pos] - old_counts[pos] + new_counts[pos] == 0:
                score = scores[pos] - old_totals[pos] + new_totals[pos]
                if best is None or score > top:
                    best, top = pos, score
        return best

    def changed(self, swaps: Sequence[Swap]) -> int | None:
        """The best pattern after ``swaps``, in order.

        When the bounds do not settle it, the swaps are applied to a copy of
        the tally: the same sums in the same order as scoring each what-if
        from the tally, so exactly the same result.
        """
        rival, score, key = self.rival, self.top, self.key
        for swap in swaps:
            bound = swap.bounds[key]
            if bound is None:
                break
            rival = rival - bound[0] + bound[1]
            score = score - bound[2] + bound[3]
        else:
            if rival < score:
                return self.best
        scores = self.tally.scores.copy()
        vetoes = self.tally.vetoes.copy()
        for swap in swaps:
            for pos, delta in swap.old.scores:
                scores[pos] -= delta
            for pos in swap.old.vetoes:
                vetoes[pos] -= 1
            for pos, delta in swap.new.scores:
                scores[pos] += delta
            for pos in swap.new.vetoes:
                vetoes[pos] += 1
        return best_pattern(self.compiled, scores, vetoes)

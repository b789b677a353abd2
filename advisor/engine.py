"""The rules engine: answers in, a :class:`~advisor.result.Result` out.

Pure: no IO, no printing, no clock, no randomness. The same pack and answers
always give the same result.

How a recommendation is reached:

1. Each rule whose condition holds *fires*: it adds its score changes, vetoes
   patterns (hard constraints), names prerequisites and marks trade-offs.
2. A pattern is viable when no fired rule vetoes it.
3. The recommendation is the viable pattern with the highest score. **Tie
   policy**: equal scores are broken by the pack's ``tie_order``, whose first
   pattern is the documented default, so when nothing decides, the default
   wins. No viable pattern means no recommendation.
4. For every decision question, the engine also works out where each other
   answer would lead: unanswered questions give the *unknowns*, answered ones
   the *counterfactuals*. Only the rules that read the changed answers are
   re-evaluated, and precomputed bounds usually show without scoring the
   patterns that the recommendation stays (see :class:`~advisor.whatif.WhatIf`), so this
   costs a fraction of a full evaluation per answer.
5. Confidence: ``low`` when the tie policy decided or the margin over the
   runner-up viable pattern is under ``medium_margin``; ``high`` when the
   margin is at least ``high_margin`` (or no other pattern is viable), no open
   question could change the outcome on its own, and at least
   ``min_answered`` of the decision questions are answered; ``medium``
   otherwise. ``none`` when nothing is viable.
"""

from __future__ import annotations

from collections.abc import Mapping

from advisor.answers import check_arguments, encode_answers
from advisor.compiled import Compiled
from advisor.model import Rule
from advisor.pack import Pack
from advisor.result import Analysis, Block, Confidence, Prerequisite, Result, Standing
from advisor.tables import gather
from advisor.tally import Tally
from advisor.whatif import WhatIf


class _Trace(Tally):
    """The compact record of one evaluation; :class:`Result` reads it on demand.

    The tally of the effective answers, with the pack and the answers as
    tuples: a result keeps them, and the garbage collector stops tracking a
    tuple of integers, not a list.
    """

    __slots__ = ("effective", "pack", "raw")

    def __init__(self, pack: Pack, raw: tuple[int, ...], effective: tuple[int, ...]) -> None:
        Tally.__init__(self, pack.compiled, effective)
        self.pack = pack
        self.raw = raw
        self.effective = effective

    @property
    def applicable(self) -> list[bool]:
        """Whether each question is asked, given the effective answers."""
        return self.pack.compiled.applicable(self.effective)

    def fired(self) -> tuple[Rule, ...]:
        return gather(self.pack.compiled.fired_by_byte, self.bits)

    def prerequisites(self, pattern: str) -> tuple[Prerequisite, ...]:
        compiled = self.pack.compiled
        pos = compiled.pattern_positions[pattern]
        bits = self.bits
        found = compiled.requirements[pos]
        for index, items in compiled.prerequisites[pos]:
            if bits >> index & 1:
                found += items
        return found

    def marks(self) -> frozenset[str]:
        return frozenset(gather(self.pack.compiled.marks_by_byte, self.bits))

    def answers(self) -> dict[str, str]:
        return self.pack.compiled.decode(self.effective)

    def given(self) -> dict[str, str]:
        return self.pack.compiled.decode(self.raw)

    def not_applicable(self) -> tuple[str, ...]:
        ids = self.pack.compiled.question_ids
        return tuple([qid for qid, ok in zip(ids, self.applicable, strict=True) if not ok])

    def analyse(self, result: Result) -> Analysis:
        what_if = WhatIf(self.pack.compiled, self.raw, self.effective, self)
        unknowns, counterfactuals, share = what_if.run()
        confidence = _confidence(
            self.pack,
            result.recommendation,
            tie=result.decided_by_tie,
            share=share,
            margin=what_if.top - what_if.rival,  # over the runner-up (inf: none viable)
            open_decisive=what_if.decisive,
        )
        return Analysis(tuple(unknowns), tuple(counterfactuals), confidence)


def evaluate(pack: Pack, answers: Mapping[str, object], *, team: str | None = None) -> Result:
    """Score the patterns of ``pack`` for one team's answers.

    The recommendation and the ranking are computed at once; the explanation
    and the what-if analysis on first access (see :class:`Result`).

    Args:
        pack: a loaded pack (:func:`advisor.load_pack`).
        answers: question id -> option id; a missing question is ``unknown``, and
            so is ``None`` or NaN (a missing cell of a pandas table).
            ``True``/``False`` and ``"Yes"``/``"no"`` are accepted for yes/no questions.
        team: the team's name, carried into the result and the report.

    Raises:
        AnswersError: an unknown question id or an invalid option, with the
            allowed values in the message; answers that are not a mapping, or
            a team's name that is not text.
        TypeError: ``pack`` is not a loaded pack (a path, say).
    """
    if not isinstance(pack, Pack):
        raise TypeError(
            f"evaluate() takes the pack load_pack() returns, not {type(pack).__name__} "
            f"{pack!r:.60}: pack = load_pack() for the built-in one, load_pack(path) for another"
        )
    check_arguments(answers, team)
    compiled = pack.compiled
    raw = encode_answers(pack, answers)
    trace = _Trace(pack, tuple(raw), tuple(compiled.mask(raw)))
    ranking = _ranking(compiled, trace)
    recommendation = None if trace.best is None else compiled.patterns[trace.best]
    tie = (
        recommendation is not None
        and len(ranking) > 1
        and ranking[1].viable
        and ranking[0].score == ranking[1].score
    )
    return Result(
        pack=pack,
        team=team,
        recommendation=recommendation,
        ranking=ranking,
        decided_by_tie=tie,
        trace=trace,
    )


def _ranking(compiled: Compiled, tally: Tally) -> tuple[Standing, ...]:
    """Every pattern: viable first, then by score, then by the tie order."""
    scores, vetoes = tally.scores, tally.vetoes
    blocked = _blocked(compiled, tally.bits)
    rank = compiled.tie_rank
    # Sorted by (vetoed, -score, tie rank), then the position: as the ranks
    # differ, the position never decides; it only comes along.
    order = []
    for pos in range(len(scores)):
        order.append((vetoes[pos] > 0, -scores[pos], rank[pos], pos))
    order.sort()
    patterns = compiled.patterns
    ranking = []
    for _, _, _, pos in order:
        ranking.append(Standing(patterns[pos], scores[pos], not vetoes[pos], blocked[pos]))
    return tuple(ranking)


def _blocked(compiled: Compiled, bits: int) -> list[tuple[Block, ...]]:
    """By pattern position, the blocks of the fired rules that veto it."""
    blocked: list[tuple[Block, ...]] = [()] * len(compiled.patterns)
    if bits & compiled.vetoing_bits:
        for index, blocks in compiled.blocks:
            if bits >> index & 1:
                for pos, block in blocks:
                    blocked[pos] += (block,)
    return blocked


def _confidence(
    pack: Pack,
    recommendation: str | None,
    *,
    tie: bool,
    share: float,
    margin: float,
    open_decisive: bool,
) -> Confidence:
    policy = pack.manifest.confidence
    if recommendation is None:
        return "none"
    if tie or margin < policy.medium_margin:
        return "low"
    if margin >= policy.high_margin and not open_decisive and share >= policy.min_answered:
        return "high"
    return "medium"

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
   re-evaluated, so this costs a fraction of a full evaluation per answer.
5. Confidence: ``low`` when the tie policy decided or the margin over the
   runner-up viable pattern is under ``medium_margin``; ``high`` when the
   margin is at least ``high_margin`` (or no other pattern is viable), no open
   question could change the outcome on its own, and at least
   ``min_answered`` of the decision questions are answered; ``medium``
   otherwise. ``none`` when nothing is viable.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from advisor.answers import encode_answers
from advisor.compiled import Compiled, Contribution
from advisor.model import Rule
from advisor.pack import Pack
from advisor.result import (
    Analysis,
    Block,
    Confidence,
    Counterfactual,
    Result,
    Standing,
    Unknown,
)


class _Tally:
    """Scores, veto counts and fired rules of one set of effective answers."""

    __slots__ = ("best", "bits", "scores", "vetoes")

    def __init__(self, compiled: Compiled, effective: Sequence[int]) -> None:
        scores = [0.0] * len(compiled.patterns)
        vetoes = [0] * len(compiled.patterns)
        bits = 0
        single = compiled.single
        for pos in compiled.contributing:
            part = single[pos][effective[pos]]
            if part.bits:
                bits |= part.bits
                for target, delta in part.scores:
                    scores[target] += delta
                for target in part.vetoes:
                    vetoes[target] += 1
        rules = compiled.rules
        for index in compiled.multi:
            rule = rules[index]
            if rule.test(effective):
                bits |= 1 << index
                for target, delta in rule.scores:
                    scores[target] += delta
                for target in rule.vetoes:
                    vetoes[target] += 1
        self.scores = scores
        self.vetoes = vetoes
        self.bits = bits
        self.best = _best(compiled, scores, vetoes)

    def fired(self, index: int) -> bool:
        """Whether rule ``index`` fired."""
        return bool(self.bits >> index & 1)


def _best(compiled: Compiled, scores: Sequence[float], vetoes: Sequence[int]) -> int | None:
    best = None
    for pos in compiled.tie_order:
        if vetoes[pos] == 0 and (best is None or scores[pos] > scores[best]):
            best = pos
    return best


def _changed(
    compiled: Compiled,
    tally: _Tally,
    swaps: Iterable[tuple[Contribution, Contribution]],
    flips: Iterable[int],
) -> int | None:
    """The best pattern after swapping single-question contributions and flipping rules."""
    scores = tally.scores.copy()
    vetoes = tally.vetoes.copy()
    for old, new in swaps:
        for target, delta in old.scores:
            scores[target] -= delta
        for target in old.vetoes:
            vetoes[target] -= 1
        for target, delta in new.scores:
            scores[target] += delta
        for target in new.vetoes:
            vetoes[target] += 1
    for index in flips:
        rule = compiled.rules[index]
        sign = -1 if tally.fired(index) else 1
        for target, delta in rule.scores:
            scores[target] += sign * delta
        for target in rule.vetoes:
            vetoes[target] += sign
    return _best(compiled, scores, vetoes)


def _masked_variant(
    compiled: Compiled,
    raw: Sequence[int],
    effective: Sequence[int],
    tally: _Tally,
    question: int,
    code: int,
) -> int | None:
    """The best pattern if ``question`` were ``code``, when its answer switches others on or off."""
    changed_raw = list(raw)
    changed_raw[question] = code
    answers = compiled.mask(changed_raw)
    changed = [pos for pos, value in enumerate(answers) if value != effective[pos]]
    swaps = [
        (compiled.single[pos][effective[pos]], compiled.single[pos][answers[pos]])
        for pos in changed
    ]
    multi = sorted({index for pos in changed for index in compiled.multi_reading[pos]})
    flips = [index for index in multi if compiled.rules[index].test(answers) != tally.fired(index)]
    return _changed(compiled, tally, swaps, flips)


def _what_if(
    compiled: Compiled,
    raw: Sequence[int],
    effective: Sequence[int],
    applicable: Sequence[bool],
    tally: _Tally,
) -> tuple[list[Unknown], list[Counterfactual]]:
    """Where every other answer to every decision question would lead."""
    answers = list(effective)  # changed in place, one answer at a time, and restored
    rules = compiled.rules
    best = tally.best
    current_best = None if best is None else compiled.patterns[best]
    unknowns: list[Unknown] = []
    counterfactuals: list[Counterfactual] = []
    for question in compiled.decision:
        if not applicable[question]:
            continue
        current = answers[question]
        row = compiled.single[question]
        multi = compiled.multi_reading[question]
        plain = not compiled.when_readers[question]
        outcomes = []
        for code, option in enumerate(compiled.options[question], start=1):
            if code == current:
                continue
            if plain:
                # Only this answer's contribution and the rules reading it can change.
                answers[question] = code
                flips = [i for i in multi if rules[i].test(answers) != tally.fired(i)]
                answers[question] = current
                old, new = row[current], row[code]
                if flips or old.bits != new.bits:
                    pos = _changed(compiled, tally, ((old, new),), flips)
                else:
                    pos = best
            else:
                pos = _masked_variant(compiled, raw, effective, tally, question, code)
            name = None if pos is None else compiled.patterns[pos]
            if current == 0:
                outcomes.append((option, name))
            elif pos != best:
                counterfactuals.append(
                    Counterfactual(compiled.question_ids[question], option, name)
                )
        if current == 0:
            unknowns.append(Unknown(compiled.question_ids[question], tuple(outcomes), current_best))
    return unknowns, counterfactuals


class _Trace:
    """The compact record of one evaluation; :class:`Result` reads it on demand."""

    __slots__ = ("effective", "pack", "raw", "tally")

    def __init__(self, pack: Pack, raw: list[int], effective: list[int], tally: _Tally) -> None:
        self.pack = pack
        self.raw = raw
        self.effective = effective
        self.tally = tally

    @property
    def applicable(self) -> list[bool]:
        """Whether each question is asked, given the effective answers."""
        return self.pack.compiled.applicable(self.effective)

    def fired(self) -> tuple[Rule, ...]:
        rules = self.pack.rules
        bits = self.tally.bits
        found = []
        while bits:
            lowest = bits & -bits
            found.append(rules[lowest.bit_length() - 1])
            bits ^= lowest
        return tuple(found)

    def answers(self) -> dict[str, str]:
        return self.pack.compiled.decode(self.effective)

    def not_applicable(self) -> tuple[str, ...]:
        ids = self.pack.compiled.question_ids
        return tuple([qid for qid, ok in zip(ids, self.applicable, strict=True) if not ok])

    def analyse(self, result: Result) -> Analysis:
        compiled = self.pack.compiled
        applicable = self.applicable
        unknowns, counterfactuals = _what_if(
            compiled, self.raw, self.effective, applicable, self.tally
        )
        decided = [pos for pos in compiled.decision if applicable[pos]]
        answered = sum(self.effective[pos] != 0 for pos in decided)
        share = answered / len(decided) if decided else 1.0
        viable = [entry for entry in result.ranking if entry.viable]
        margin = viable[0].score - viable[1].score if len(viable) > 1 else float("inf")
        recommendation = result.recommendation
        confidence = _confidence(
            self.pack,
            recommendation,
            tie=result.decided_by_tie,
            share=share,
            margin=margin,
            open_decisive=any(item.decisive for item in unknowns),
        )
        return Analysis(tuple(unknowns), tuple(counterfactuals), confidence)


def evaluate(pack: Pack, answers: Mapping[str, object], *, team: str | None = None) -> Result:
    """Score the patterns of ``pack`` for one team's answers.

    The recommendation and the ranking are computed at once; the explanation
    and the what-if analysis on first access (see :class:`Result`).

    Args:
        pack: a loaded pack (:func:`advisor.load_pack`).
        answers: question id -> option id; a missing question is ``unknown``.
            ``True``/``False`` and ``"Yes"``/``"no"`` are accepted for yes/no questions.
        team: the team's name, carried into the result and the report.

    Raises:
        AnswersError: an unknown question id or an invalid option, with the
            allowed values in the message.
    """
    compiled = pack.compiled
    raw = encode_answers(pack, answers)
    effective = compiled.mask(raw)
    tally = _Tally(compiled, effective)
    scores, vetoes, bits = tally.scores, tally.vetoes, tally.bits
    blocks: dict[str, list[Block]] = {}
    for index in compiled.vetoing:
        if bits >> index & 1:
            rule = pack.rules[index]
            for veto in rule.effects.vetoes:
                blocks.setdefault(veto.pattern, []).append(
                    Block(rule.id, veto.pattern, veto.reason)
                )
    rank = compiled.tie_rank
    patterns = compiled.patterns
    order = sorted(range(len(patterns)), key=lambda pos: (vetoes[pos] > 0, -scores[pos], rank[pos]))
    ranking = tuple(
        [
            Standing(
                patterns[pos], scores[pos], not vetoes[pos], tuple(blocks.get(patterns[pos], ()))
            )
            for pos in order
        ]
    )
    recommendation = None if tally.best is None else compiled.patterns[tally.best]
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
        trace=_Trace(pack, raw, effective, tally),
    )


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

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

from collections.abc import Mapping, Sequence

from advisor.answers import check_answers
from advisor.compiled import Compiled
from advisor.conditions import UNKNOWN
from advisor.pack import Pack
from advisor.result import (
    Block,
    Confidence,
    Counterfactual,
    Prerequisite,
    Result,
    Standing,
    Unknown,
)


class _Tally:
    """Scores, veto counts and fired flags of one set of effective answers."""

    __slots__ = ("fired", "scores", "vetoes")

    def __init__(self, compiled: Compiled, effective: Sequence[int]) -> None:
        scores = [0.0] * len(compiled.patterns)
        vetoes = [0] * len(compiled.patterns)
        fired = []
        for rule in compiled.rules:
            hit = rule.test(effective)
            fired.append(hit)
            if hit:
                for pos, delta in enumerate(rule.scores):
                    scores[pos] += delta
                for pos in rule.vetoes:
                    vetoes[pos] += 1
        self.scores = scores
        self.vetoes = vetoes
        self.fired = fired


def _best(compiled: Compiled, scores: Sequence[float], vetoes: Sequence[int]) -> int | None:
    best = None
    for pos in compiled.tie_order:
        if vetoes[pos] == 0 and (best is None or scores[pos] > scores[best]):
            best = pos
    return best


def _variant(
    compiled: Compiled,
    raw: Sequence[int],
    effective: list[int],
    tally: _Tally,
    question: int,
    code: int,
) -> int | None:
    """The recommendation (pattern position) if ``question`` were answered ``code``."""
    changed = [question]
    if compiled.when_readers[question]:
        changed_raw = list(raw)
        changed_raw[question] = code
        answers = compiled.mask(changed_raw)
        changed = [pos for pos, value in enumerate(answers) if value != effective[pos]]
    else:
        answers = effective.copy()
        answers[question] = code
    scores = tally.scores.copy()
    vetoes = tally.vetoes.copy()
    seen: set[int] = set()
    for pos in changed:
        for index in compiled.rules_reading[pos]:
            if index in seen:
                continue
            seen.add(index)
            rule = compiled.rules[index]
            hit = rule.test(answers)
            if hit == tally.fired[index]:
                continue
            sign = 1 if hit else -1
            for p, delta in enumerate(rule.scores):
                scores[p] += sign * delta
            for p in rule.vetoes:
                vetoes[p] += sign
    return _best(compiled, scores, vetoes)


def evaluate(pack: Pack, answers: Mapping[str, object], *, team: str | None = None) -> Result:
    """Score the patterns of ``pack`` for one team's answers.

    Args:
        pack: a loaded pack (:func:`advisor.load_pack`).
        answers: question id -> option id; a missing question is ``unknown``.
            ``True``/``False`` and ``"Yes"``/``"no"`` are accepted for yes/no questions.
        team: the team's name, carried into the result and the report.

    Raises:
        AnswersError: an unknown question id or an invalid option, with the
            allowed values in the message.
    """
    known = check_answers(pack, answers)
    compiled = pack.compiled
    raw = compiled.encode(known)
    effective = compiled.mask(raw)
    applicable = compiled.applicable(effective)
    tally = _Tally(compiled, effective)
    best = _best(compiled, tally.scores, tally.vetoes)

    unknowns: list[Unknown] = []
    counterfactuals: list[Counterfactual] = []
    for question in compiled.decision:
        if not applicable[question]:
            continue
        current = effective[question]
        outcomes = []
        for code, option in enumerate(compiled.options[question], start=1):
            if code == current:
                continue
            pos = _variant(compiled, raw, effective, tally, question, code)
            name = None if pos is None else compiled.patterns[pos]
            if current == 0:
                outcomes.append((option, name))
            elif pos != best:
                counterfactuals.append(
                    Counterfactual(compiled.question_ids[question], option, name)
                )
        if current == 0:
            unknowns.append(Unknown(compiled.question_ids[question], tuple(outcomes)))

    return _assemble(pack, team, effective, applicable, tally, best, unknowns, counterfactuals)


def _assemble(
    pack: Pack,
    team: str | None,
    effective: Sequence[int],
    applicable: Sequence[bool],
    tally: _Tally,
    best: int | None,
    unknowns: list[Unknown],
    counterfactuals: list[Counterfactual],
) -> Result:
    compiled = pack.compiled
    fired = tuple(rule for rule, hit in zip(pack.rules, tally.fired, strict=True) if hit)
    blocks: dict[str, list[Block]] = {name: [] for name in compiled.patterns}
    for rule in fired:
        for veto in rule.effects.vetoes:
            blocks[veto.pattern].append(Block(rule.id, veto.pattern, veto.reason))
    rank = {pos: order for order, pos in enumerate(compiled.tie_order)}
    order = sorted(
        range(len(compiled.patterns)),
        key=lambda pos: (tally.vetoes[pos] > 0, -tally.scores[pos], rank[pos]),
    )
    ranking = tuple(
        Standing(
            pattern=compiled.patterns[pos],
            score=tally.scores[pos],
            viable=tally.vetoes[pos] == 0,
            blocked_by=tuple(blocks[compiled.patterns[pos]]),
        )
        for pos in order
    )
    recommendation = None if best is None else compiled.patterns[best]
    viable = [entry for entry in ranking if entry.viable]
    tie = len(viable) > 1 and viable[0].score == viable[1].score
    answers = {
        qid: UNKNOWN if code == 0 else compiled.options[pos][code - 1]
        for pos, (qid, code) in enumerate(zip(compiled.question_ids, effective, strict=True))
    }
    prerequisites: list[Prerequisite] = []
    if recommendation is not None:
        pattern = pack.pattern(recommendation)
        prerequisites += [
            Prerequisite(recommendation, r.text, r.mitigation, None) for r in pattern.requires
        ]
        prerequisites += [
            Prerequisite(item.pattern, item.text, item.mitigation, rule.id)
            for rule in fired
            for item in rule.effects.prerequisites
            if item.pattern == recommendation
        ]
    decided = [
        q for q in pack.questions if q.kind == "decision" and applicable[pack.questions.index(q)]
    ]
    answered = sum(answers[q.id] != UNKNOWN for q in decided)
    share = answered / len(decided) if decided else 1.0
    margin = viable[0].score - viable[1].score if len(viable) > 1 else float("inf")
    confidence = _confidence(
        pack,
        recommendation,
        tie=tie,
        share=share,
        margin=margin,
        open_decisive=any(
            item.decisive or item.possible_recommendations != (recommendation,) for item in unknowns
        ),
    )
    conflicts = (
        tuple(block for name in compiled.patterns for block in blocks[name])
        if recommendation is None
        else ()
    )
    return Result(
        pack=pack,
        team=team,
        answers=answers,
        not_applicable=tuple(
            qid for qid, ok in zip(compiled.question_ids, applicable, strict=True) if not ok
        ),
        recommendation=recommendation,
        confidence=confidence,
        ranking=ranking,
        decided_by_tie=tie and recommendation is not None,
        fired=fired,
        prerequisites=tuple(prerequisites),
        marks=frozenset(mark for rule in fired for mark in rule.effects.marks),
        unknowns=tuple(unknowns),
        counterfactuals=tuple(counterfactuals),
        conflicts=conflicts,
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

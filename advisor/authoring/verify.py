"""Exhaustive verification of a pack: what it concludes for every combination of answers.

Pure: a loaded pack in, counts and examples out. :func:`verify` works out, for
every combination of answers to the decision questions, ``unknown`` included,
which pattern is recommended, whether none is viable, and whether the tie policy
decided. The default pack has about nine million such combinations; rather than
evaluating each, the questions are taken in order and partial combinations that
can no longer end differently are merged (dynamic programming). A partial state
is:

* the answers already given that a later rule or ``when`` still reads,
* the score of each pattern from the single-question rules so far,
* the rules fired so far that veto a pattern or are multi-question scoring rules,

and it carries how many combinations reach it and the simplest of them (fewest
answered questions) as an example. Two combinations in the same state end with
the same scores and vetoes, so merging them loses nothing. The final scores are
summed in exactly the order :func:`advisor.engine.evaluate` sums them (the
single-question contributions by question, then the multi-question rules by
rule), so even fractional scores round the same way and the verification agrees
with the engine on every combination. Layout questions are outside the space:
they never change scores or vetoes (the loader refuses a rule that would).

Whether each rule can ever fire is answered separately, over every question,
layout included: see :mod:`advisor.authoring.reach`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from advisor.authoring.reach import closure, when_reads
from advisor.compiled import Compiled, CompiledRule
from advisor.pack import Pack

STATE_LIMIT = 2_000_000
EXAMPLES = 3


class VerificationTooLarge(ValueError):
    """The answer space does not merge into few enough states to verify."""


@dataclass(frozen=True, slots=True)
class Example:
    """One combination of answers, with what it illustrates.

    Attributes:
        answers: the answered questions (the others are unknown).
        reasons: for a combination with no viable pattern, the rules vetoing;
            for a tie, the tied patterns in tie order.
    """

    answers: dict[str, str]
    reasons: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Verification:
    """What a pack concludes over every combination of its decision answers.

    Attributes:
        questions: the questions spanning the space, in order (the decision
            questions, and any question their ``when`` reads).
        combinations: how many combinations were verified.
        recommended: each pattern (in pack order) with the combinations recommending it.
        no_viable: combinations where every pattern is vetoed.
        no_viable_examples: the simplest combination for each set of vetoing
            rules, simplest first, at most three.
        ties: combinations whose recommendation the tie policy decided.
        tie_examples: the simplest combination for each set of tied patterns,
            simplest first, at most three.
        peak_states: the largest number of partial states held at once.
    """

    questions: tuple[str, ...]
    combinations: int
    recommended: tuple[tuple[str, int], ...]
    no_viable: int
    no_viable_examples: tuple[Example, ...]
    ties: int
    tie_examples: tuple[Example, ...]
    peak_states: int

    @property
    def never_recommended(self) -> tuple[str, ...]:
        """Patterns that no combination recommends."""
        return tuple(pattern for pattern, count in self.recommended if count == 0)


def space_of(pack: Pack) -> tuple[int, ...]:
    """The positions spanning the decision space."""
    compiled = pack.compiled
    scoring = [p for rule in compiled.rules if rule.scores or rule.vetoes for p in rule.reads]
    return closure(when_reads(pack), [*compiled.decision, *scoring])


def _domains(
    compiled: Compiled, space: Sequence[int], domains: Mapping[str, Sequence[str]] | None
) -> dict[int, tuple[int, ...]]:
    found = {pos: tuple(range(len(compiled.options[pos]) + 1)) for pos in space}
    for qid, allowed in (domains or {}).items():
        pos = compiled.positions.get(qid)
        if pos is None or pos not in found:
            raise ValueError(f"'{qid}' is not a question of the decision space")
        labels = compiled.labels[pos]
        found[pos] = tuple(sorted({labels.index(value) for value in allowed}))
    return found


@dataclass(frozen=True, slots=True)
class _Step:
    """How one question moves partial states forward."""

    pos: int
    keep: tuple[int, ...]  # indexes into (needed..., current answer) that stay needed
    finishing: tuple[CompiledRule, ...]  # multi-question scoring rules decided here
    before: tuple[int, ...]  # positions of the needed answers coming in


def _steps(pack: Pack, space: Sequence[int], multi: Sequence[CompiledRule]) -> list[_Step]:
    reads = when_reads(pack)
    last: dict[int, int] = {}
    for pos in space:
        for read in reads[pos]:
            last[read] = max(last.get(read, -1), pos)
    for rule in multi:
        for read in rule.reads:
            last[read] = max(last.get(read, -1), max(rule.reads))
    steps = []
    needed: tuple[int, ...] = ()
    for pos in space:
        after = tuple(q for q in (*needed, pos) if last.get(q, -1) > pos)
        where = {q: i for i, q in enumerate((*needed, pos))}
        steps.append(
            _Step(
                pos=pos,
                keep=tuple(where[q] for q in after),
                finishing=tuple(rule for rule in multi if max(rule.reads) == pos),
                before=needed,
            )
        )
        needed = after
    return steps


State = tuple[tuple[int, ...], tuple[float, ...], int]  # needed answers, scores, rules fired


class _Paths:
    """The combinations reaching one state: how many, and the simplest of them."""

    __slots__ = ("answered", "count", "example")

    def __init__(self, count: int, answered: int, example: tuple[int, ...]) -> None:
        self.count = count
        self.answered = answered
        self.example = example


Move = tuple[int, int, tuple[tuple[int, float], ...], int, tuple[int, ...]]


def _transitions(
    compiled: Compiled, step: _Step, needed: tuple[int, ...], codes: Sequence[int], vetoing: int
) -> list[Move]:
    """For one tuple of needed answers: (raw code, answered, scores, fired, needed') per code.

    ``fired`` holds the vetoing single-question rules and the multi-question
    scoring rules that fire: what the final outcome and its explanation need.
    """
    answers = [0] * len(compiled.question_ids)
    for pos, code in zip(step.before, needed, strict=True):
        answers[pos] = code
    applies = compiled.applies[step.pos]
    asked = applies is None or applies(answers)
    found = []
    for raw in codes:
        code = raw if asked else 0
        answers[step.pos] = code
        part = compiled.single[step.pos][code]
        fired = part.bits & vetoing
        for rule in step.finishing:
            if rule.test(answers):
                fired |= 1 << rule.index
        carried = (*needed, code)
        found.append((raw, int(raw != 0), part.scores, fired, tuple(carried[i] for i in step.keep)))
    return found


def _advance(
    compiled: Compiled,
    step: _Step,
    codes: Sequence[int],
    states: dict[State, _Paths],
    vetoing: int,
) -> dict[State, _Paths]:
    following: dict[State, _Paths] = {}
    table: dict[tuple[int, ...], list[Move]] = {}
    for (needed, scores, fired), paths in states.items():
        count, answered, example = paths.count, paths.answered, paths.example
        moves = table.get(needed)
        if moves is None:
            moves = table[needed] = _transitions(compiled, step, needed, codes, vetoing)
        for raw, more, deltas, fires, carried in moves:
            if deltas:
                changed = list(scores)
                for target, delta in deltas:
                    changed[target] += delta
                new_scores = tuple(changed)
            else:
                new_scores = scores
            key = (carried, new_scores, fired | fires)
            new_answered = answered + more
            new_example = (*example, raw)
            entry = following.get(key)
            if entry is None:
                following[key] = _Paths(count, new_answered, new_example)
                continue
            entry.count += count
            entry.answered, entry.example = min(
                (entry.answered, entry.example), (new_answered, new_example)
            )
    if len(following) > STATE_LIMIT:
        raise VerificationTooLarge(
            f"more than {STATE_LIMIT:,} distinct partial states after question "
            f"'{compiled.question_ids[step.pos]}'"
        )
    return following


def _outcome(
    compiled: Compiled,
    multi: Sequence[CompiledRule],
    scores: tuple[float, ...],
    fired: int,
) -> tuple[int | None, tuple[int, ...]]:
    """The recommended position (None: nothing viable) and the tied positions, as the engine.

    The tied positions are the viable patterns sharing the best score when there
    are two or more of them (the tie policy decided), else empty.
    """
    totals = list(scores)
    for rule in multi:
        if fired >> rule.index & 1:
            for target, delta in rule.scores:
                totals[target] += delta
    vetoed = 0
    for index in compiled.vetoing:
        if fired >> index & 1:
            for target in compiled.rules[index].vetoes:
                vetoed |= 1 << target
    best = None
    for pos in compiled.tie_order:
        if not vetoed >> pos & 1 and (best is None or totals[pos] > totals[best]):
            best = pos
    if best is None:
        return None, ()
    tied = tuple(
        pos for pos in compiled.tie_order if not vetoed >> pos & 1 and totals[pos] == totals[best]
    )
    return best, tied if len(tied) > 1 else ()


def _examples(
    compiled: Compiled,
    space: Sequence[int],
    found: dict[tuple[str, ...], tuple[int, tuple[int, ...]]],
) -> tuple[Example, ...]:
    """The simplest example of each kind of outcome, simplest kinds first, at most three."""
    ranked = sorted(found.items(), key=lambda item: item[1])[:EXAMPLES]
    return tuple(
        Example(_decode(compiled, space, example), reasons) for reasons, (_, example) in ranked
    )


def verify(pack: Pack, domains: Mapping[str, Sequence[str]] | None = None) -> Verification:
    """Work out the outcome of every combination of decision answers.

    Args:
        pack: a loaded pack.
        domains: optionally, the answers (option ids or ``unknown``) to try for
            some questions of the space instead of all of them (tests use this
            to compare with brute force on a random sub-space).

    Raises:
        VerificationTooLarge: the partial states do not merge enough (a pack with
            very many multi-question rules or scores that never repeat).
        ValueError: ``domains`` names a question outside the decision space.
    """
    compiled = pack.compiled
    space = space_of(pack)
    allowed = _domains(compiled, space, domains)
    # Multi-question rules that change scores or veto: decided when their last
    # question is answered; their score changes are added at the end, in rule
    # order, as the engine adds them.
    deciding = [rule for rule in compiled.multi_rules if rule.scores or rule.vetoes]
    scoring = [rule for rule in deciding if rule.scores]
    vetoing = sum(1 << index for index in compiled.vetoing)
    start: State = ((), (0.0,) * len(compiled.patterns), 0)
    states = {start: _Paths(1, 0, ())}
    peak = 1
    for step in _steps(pack, space, deciding):
        states = _advance(compiled, step, allowed[step.pos], states, vetoing)
        peak = max(peak, len(states))
    recommended = [0] * len(compiled.patterns)
    no_viable: dict[tuple[str, ...], tuple[int, tuple[int, ...]]] = {}
    ties: dict[tuple[str, ...], tuple[int, tuple[int, ...]]] = {}
    total = none = tied_count = 0
    for (_, scores, fired), paths in states.items():
        count, answered, example = paths.count, paths.answered, paths.example
        total += count
        best, tied = _outcome(compiled, scoring, scores, fired)
        if best is None:
            none += count
            reasons = tuple(pack.rules[i].id for i in compiled.vetoing if fired >> i & 1)
            _keep(no_viable, reasons, (answered, example))
            continue
        recommended[best] += count
        if tied:
            tied_count += count
            _keep(ties, tuple(compiled.patterns[pos] for pos in tied), (answered, example))
    return Verification(
        questions=tuple(compiled.question_ids[pos] for pos in space),
        combinations=total,
        recommended=tuple(zip(compiled.patterns, recommended, strict=True)),
        no_viable=none,
        no_viable_examples=_examples(compiled, space, no_viable),
        ties=tied_count,
        tie_examples=_examples(compiled, space, ties),
        peak_states=peak,
    )


def _keep(
    found: dict[tuple[str, ...], tuple[int, tuple[int, ...]]],
    reasons: tuple[str, ...],
    example: tuple[int, tuple[int, ...]],
) -> None:
    if reasons not in found or example < found[reasons]:
        found[reasons] = example


def _decode(compiled: Compiled, space: Sequence[int], example: Sequence[int]) -> dict[str, str]:
    return {
        compiled.question_ids[pos]: compiled.labels[pos][code]
        for pos, code in zip(space, example, strict=True)
        if code != 0
    }

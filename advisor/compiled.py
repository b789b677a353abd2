"""The fast form of a pack, built once at load: answers as small integers,
conditions as lookup tables.

Each question's answer is an integer: 0 for unknown, 1..n for its options in
order. A condition that reads questions ``q1..qk`` becomes a table with one
byte per combination of their answers, filled once by evaluating the
condition tree; at run time a rule fires when ``table[a[q1]*s1 + ... + a[qk]]``
is 1. No condition is ever turned into code.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from advisor.conditions import UNKNOWN, Condition, holds, questions_of
from advisor.model import Pattern, Question, Rule

Answers = Sequence[int]
Test = Callable[[Answers], bool]

TABLE_LIMIT = 1 << 20


class ConditionTooLarge(ValueError):
    """A condition reads so many questions that its table would be too large."""


def compile_condition(
    condition: Condition, questions: Sequence[Question], index: dict[str, int]
) -> Test:
    """A fast test over encoded answers that agrees with ``holds(condition, ...)``."""
    read = questions_of(condition)
    positions = tuple(index[name] for name in read)
    sizes = tuple(len(questions[pos].options) + 1 for pos in positions)
    size = 1
    for count in sizes:
        size *= count
    if size > TABLE_LIMIT:
        raise ConditionTooLarge(
            f"the condition reads {len(read)} questions ({size} answer combinations); "
            f"split it (the limit is {TABLE_LIMIT})"
        )
    labels = [(UNKNOWN, *(option.id for option in questions[pos].options)) for pos in positions]
    table = bytes(
        holds(
            condition,
            {name: labels[i][code] for i, (name, code) in enumerate(zip(read, combo, strict=True))},
        )
        for combo in itertools.product(*(range(count) for count in sizes))
    )
    strides = []
    stride = 1
    for count in reversed(sizes):
        strides.append(stride)
        stride *= count
    strides.reverse()
    return _test(table, positions, tuple(strides))


def _test(table: bytes, positions: tuple[int, ...], strides: tuple[int, ...]) -> Test:
    # Specialised closures for the common arities keep the hot path short.
    if len(positions) == 1:
        (p0,) = positions
        return lambda a: table[a[p0]] == 1
    if len(positions) == 2:
        p0, p1 = positions
        s0 = strides[0]
        return lambda a: table[a[p0] * s0 + a[p1]] == 1
    if len(positions) == 3:
        p0, p1, p2 = positions
        s0, s1 = strides[0], strides[1]
        return lambda a: table[a[p0] * s0 + a[p1] * s1 + a[p2]] == 1
    pairs = tuple(zip(positions, strides, strict=True))
    return lambda a: table[sum(a[p] * s for p, s in pairs)] == 1


@dataclass(frozen=True, slots=True)
class CompiledRule:
    """A rule reduced to what scoring needs."""

    index: int
    test: Test
    scores: tuple[float, ...]
    vetoes: tuple[int, ...]
    reads: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class Compiled:
    """Everything the engine reads, indexed by position."""

    question_ids: tuple[str, ...]
    options: tuple[tuple[str, ...], ...]
    option_codes: tuple[dict[str, int], ...]
    decision: tuple[int, ...]
    applies: tuple[Test | None, ...]
    when_readers: tuple[tuple[int, ...], ...]
    rules: tuple[CompiledRule, ...]
    rules_reading: tuple[tuple[int, ...], ...]
    patterns: tuple[str, ...]
    tie_order: tuple[int, ...]

    def encode(self, answers: dict[str, str]) -> list[int]:
        """Answers (question id -> option id, valid) as codes; missing = 0."""
        return [
            self.option_codes[pos].get(answers.get(qid, UNKNOWN), 0)
            for pos, qid in enumerate(self.question_ids)
        ]

    def mask(self, raw: Answers) -> list[int]:
        """The effective answers: a question whose ``when`` is false counts as unknown."""
        effective = list(raw)
        for pos, applies in enumerate(self.applies):
            if applies is not None and not applies(effective):
                effective[pos] = 0
        return effective

    def applicable(self, effective: Answers) -> list[bool]:
        """Whether each question is asked, given the effective answers."""
        return [applies is None or applies(effective) for applies in self.applies]


def compile_pack(
    questions: Sequence[Question],
    patterns: Sequence[Pattern],
    rules: Sequence[Rule],
    tie_order: Sequence[str],
) -> Compiled:
    """Build the fast form. The pack must already be checked (references sound)."""
    index = {question.id: pos for pos, question in enumerate(questions)}
    pattern_pos = {pattern.id: pos for pos, pattern in enumerate(patterns)}
    applies = tuple(
        None if q.when is None else compile_condition(q.when, questions, index) for q in questions
    )
    readers: list[list[int]] = [[] for _ in questions]
    for pos, question in enumerate(questions):
        if question.when is not None:
            for name in questions_of(question.when):
                readers[index[name]].append(pos)
    compiled_rules = []
    rules_reading: list[list[int]] = [[] for _ in questions]
    for rule_pos, rule in enumerate(rules):
        reads = tuple(index[name] for name in questions_of(rule.when))
        for pos in reads:
            rules_reading[pos].append(rule_pos)
        scores = [0.0] * len(patterns)
        for name, delta in rule.effects.scores.items():
            scores[pattern_pos[name]] += delta
        compiled_rules.append(
            CompiledRule(
                index=rule_pos,
                test=compile_condition(rule.when, questions, index),
                scores=tuple(scores),
                vetoes=tuple(sorted({pattern_pos[v.pattern] for v in rule.effects.vetoes})),
                reads=reads,
            )
        )
    return Compiled(
        question_ids=tuple(index),
        options=tuple(tuple(option.id for option in q.options) for q in questions),
        option_codes=tuple(
            {option.id: code for code, option in enumerate(q.options, start=1)} for q in questions
        ),
        decision=tuple(pos for pos, q in enumerate(questions) if q.kind == "decision"),
        applies=applies,
        when_readers=tuple(tuple(r) for r in readers),
        rules=tuple(compiled_rules),
        rules_reading=tuple(tuple(r) for r in rules_reading),
        patterns=tuple(pattern_pos),
        tie_order=tuple(pattern_pos[name] for name in tie_order),
    )

"""Lookup tables: conditions over encoded answers, and rule sets by byte.

A condition that reads questions ``q1..qk`` becomes a table with one byte per
combination of their answers (0 for unknown, 1..n for the options in
order), filled once by evaluating the condition tree; a rule fires when
``table[a[q1]*s1 + ... + a[qk]]`` is 1. No condition is ever turned into code.

What depends only on which rules fired (the rules themselves, their marks)
is kept per byte of the fired rules' bits and each of its 256 values:
:func:`gather` reads it back with one lookup per non-zero byte.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from typing import TypeVar

from advisor.conditions import UNKNOWN, Condition, holds, questions_of
from advisor.model import Question, Rule

T = TypeVar("T")

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


def gather(tables: Sequence[Sequence[tuple[T, ...]]], bits: int) -> tuple[T, ...]:
    """What ``tables`` (built by :func:`by_byte`) hold for the rules whose bits are set."""
    found: tuple[T, ...] = ()
    for table, byte in zip(tables, bits.to_bytes(len(tables), "little"), strict=True):
        if byte:
            found += table[byte]
    return found


def by_byte(rules: Sequence[Rule], gather: Callable[[list[Rule]], T]) -> tuple[tuple[T, ...], ...]:
    """For each byte of the rules' bits and each of its values: ``gather`` of its rules."""
    tables = []
    for start in range(0, len(rules), 8):
        block = rules[start : start + 8]
        tables.append(
            tuple(
                gather([rule for bit, rule in enumerate(block) if value >> bit & 1])
                for value in range(256)
            )
        )
    return tuple(tables)

"""Which rules can ever fire and which questions can ever be asked.

Pure. A condition depends only on the effective answers of the questions it
reads; an effective answer depends only on the raw answers of its question and
of the questions its ``when`` reads (always earlier ones), and so on. So
enumerating every raw combination of that small closure, and masking it as
:meth:`advisor.compiled.Compiled.mask` does, gives exactly the effective answers
the condition can ever see, layout questions included.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from advisor.compiled import Compiled
from advisor.conditions import questions_of
from advisor.pack import Pack

CLOSURE_LIMIT = 1 << 22


@dataclass(frozen=True, slots=True)
class Reachability:
    """Rules that can never fire and questions that are never asked.

    Attributes:
        dead_rules: ids of rules whose condition holds for no answers.
        unasked: ids of questions whose ``when`` holds for no answers.
        unverified_rules: ids of rules whose condition depends on too many answers to enumerate.
        unverified_questions: the same for questions with a ``when``.
    """

    dead_rules: tuple[str, ...]
    unasked: tuple[str, ...]
    unverified_rules: tuple[str, ...] = ()
    unverified_questions: tuple[str, ...] = ()


def when_reads(pack: Pack) -> tuple[tuple[int, ...], ...]:
    """For each question, the positions its ``when`` reads (always earlier ones)."""
    index = pack.compiled.positions
    return tuple(
        () if q.when is None else tuple(index[name] for name in questions_of(q.when))
        for q in pack.questions
    )


def closure(reads: Sequence[Sequence[int]], positions: Sequence[int]) -> tuple[int, ...]:
    """``positions`` and every question their ``when`` conditions depend on, sorted."""
    seen: set[int] = set()
    stack = list(positions)
    while stack:
        pos = stack.pop()
        if pos not in seen:
            seen.add(pos)
            stack.extend(reads[pos])
    return tuple(sorted(seen))


def _effective(compiled: Compiled, positions: Sequence[int]) -> Iterator[list[int]]:
    """Every distinct effective answer vector over ``positions`` (a ``when`` closure)."""
    answers = [0] * len(compiled.question_ids)
    seen: set[tuple[int, ...]] = set()
    ranges = [range(len(compiled.options[pos]) + 1) for pos in positions]
    for combo in itertools.product(*ranges):
        for pos, raw in zip(positions, combo, strict=True):
            applies = compiled.applies[pos]
            answers[pos] = raw if applies is None or applies(answers) else 0
        key = tuple(answers[pos] for pos in positions)
        if key not in seen:
            seen.add(key)
            yield answers


def _size(compiled: Compiled, positions: Sequence[int]) -> int:
    size = 1
    for pos in positions:
        size *= len(compiled.options[pos]) + 1
    return size


def reachability(pack: Pack) -> Reachability:
    """Which rules can never fire and which questions are never asked."""
    compiled = pack.compiled
    reads = when_reads(pack)
    dead, unasked, unverified_rules, unverified_questions = [], [], [], []
    for rule, compiled_rule in zip(pack.rules, compiled.rules, strict=True):
        positions = closure(reads, compiled_rule.reads)
        if _size(compiled, positions) > CLOSURE_LIMIT:
            unverified_rules.append(rule.id)
        elif not any(compiled_rule.test(a) for a in _effective(compiled, positions)):
            dead.append(rule.id)
    for pos, question in enumerate(pack.questions):
        applies = compiled.applies[pos]
        if applies is None:
            continue
        positions = closure(reads, reads[pos])
        if _size(compiled, positions) > CLOSURE_LIMIT:
            unverified_questions.append(question.id)
        elif not any(applies(a) for a in _effective(compiled, positions)):
            unasked.append(question.id)
    return Reachability(
        tuple(dead), tuple(unasked), tuple(unverified_rules), tuple(unverified_questions)
    )

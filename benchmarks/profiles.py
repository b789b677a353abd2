"""Seeded random team profiles, shared by the benchmarks."""

from __future__ import annotations

import random

from advisor.conditions import UNKNOWN
from advisor.pack import Pack


def random_profiles(
    pack: Pack, count: int, *, seed: int = 2026, decision_only: bool = False
) -> list[dict[str, str]]:
    """``count`` profiles; each answer is unknown with the same odds as each option."""
    rng = random.Random(seed)
    questions = [
        question for question in pack.questions if question.kind == "decision" or not decision_only
    ]
    made = []
    for _ in range(count):
        answers = {}
        for question in questions:
            choice = rng.choice([UNKNOWN, *(option.id for option in question.options)])
            if choice != UNKNOWN:
                answers[question.id] = choice
        made.append(answers)
    return made

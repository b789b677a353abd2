"""What the benchmarks share: seeded random team profiles, and the table of medians and ratios."""

from __future__ import annotations

import random
import statistics

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


def print_ratios(times: dict[str, list[float]], base: str, *, width: int = 26) -> None:
    """One line per measure: its median (ms) and its median ratio to ``base`` within each run."""
    for name, values in times.items():
        ratio = statistics.median(a / b for a, b in zip(values, times[base], strict=True))
        print(f"  {name:<{width}} median {statistics.median(values):7.1f} ms   {ratio:5.2f}x")

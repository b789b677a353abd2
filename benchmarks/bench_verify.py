"""Cost of the exhaustive verification against the cost of one ordinary evaluation.

Run: ``python benchmarks/bench_verify.py [--rounds 7] [--profiles 2000]``

``advisor rules check`` verifies every combination of answers to the decision
questions of a pack, ``unknown`` included: about nine million for the default
pack. This measures, in the same run:

- ``verify``: :func:`advisor.authoring.verify.verify` over the whole space, and
  its cost per combination (time / combinations);
- ``reachability``: :func:`advisor.authoring.reach.reachability` (can each rule
  fire, can each question be asked), the other half of the check;
- ``evaluate``: one ordinary :func:`advisor.evaluate` call and its ``.fired``
  (what a brute force would need per combination), on seeded random profiles.

Every round times each part once (the order alternates between rounds); the
medians are printed, with the ratio of the cost of one evaluation to the cost
of one verified combination, and what a brute force would take at that cost.
"""

from __future__ import annotations

import argparse
import statistics
import time

from advisor import evaluate, load_pack
from advisor.authoring.reach import reachability
from advisor.authoring.verify import verify

from common import random_profiles


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--profiles", type=int, default=2000)
    args = parser.parse_args()
    pack = load_pack()
    data = random_profiles(pack, args.profiles, decision_only=True)
    combinations = verify(pack).combinations
    verify_s: list[float] = []
    reach_s: list[float] = []
    evaluate_us: list[float] = []

    def time_verify() -> None:
        start = time.perf_counter()
        verify(pack)
        verify_s.append(time.perf_counter() - start)
        start = time.perf_counter()
        reachability(pack)
        reach_s.append(time.perf_counter() - start)

    def time_evaluate() -> None:
        start = time.perf_counter()
        for answers in data:
            _ = evaluate(pack, answers).fired
        evaluate_us.append((time.perf_counter() - start) / len(data) * 1e6)

    for round_index in range(args.rounds):
        parts = (time_verify, time_evaluate) if round_index % 2 else (time_evaluate, time_verify)
        for part in parts:
            part()

    verify_median = statistics.median(verify_s)
    per_combination_ns = verify_median / combinations * 1e9
    evaluate_median = statistics.median(evaluate_us)
    print(
        f"default pack: {combinations:,} combinations of {len(pack.compiled.decision)} "
        f"decision questions (unknown included); {args.rounds} rounds, medians"
    )
    print(f"  verify (whole space)      {verify_median * 1e3:8.1f} ms")
    print(f"  reachability (all rules)  {statistics.median(reach_s) * 1e3:8.1f} ms")
    print(f"  per verified combination  {per_combination_ns:8.1f} ns")
    print(f"  evaluate + .fired         {evaluate_median:8.1f} us per profile")
    print(
        f"  one evaluation costs {evaluate_median * 1e3 / per_combination_ns:,.0f}x "
        "one verified combination"
    )
    print(
        f"  brute force at that cost: {evaluate_median * combinations / 1e6:,.0f} s "
        f"(verify: {verify_median:.2f} s)"
    )


if __name__ == "__main__":
    main()

"""Per-profile evaluation cost, with and without the explanation and the what-if analysis.

Run: ``python benchmarks/bench_evaluate.py [--profiles 10000] [--rounds 5]``

Every round times every variant on the same seeded profiles, one after the
other (the order rotates between rounds); ratios are taken inside each round
and the medians are printed, because this machine is shared and noisy.

Variants:
- ``core``: answers checked and encoded, conditions tested, scores and vetoes
  summed, the best pattern picked. No explanation.
- ``evaluate``: :func:`advisor.evaluate`: the recommendation and the ranking
  with the constraints that rule patterns out.
- ``+explanation``: the same, then the fired rules with their effects and
  sources (the "why"; the figure the ≤ 20 µs goal of issue #2 is about).
- ``+prerequisites``: the same, plus the prerequisites of the recommendation.
- ``+analysis``: the same plus unknowns, counterfactuals and confidence (what
  a report needs): one what-if per other answer of each decision question.

Last, the analysis alone: ``result.analysis`` of results evaluated beforehand
(in the same round, untimed), and its cost relative to ``evaluate``.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable

from advisor import evaluate, load_pack
from advisor.answers import encode_answers
from advisor.pack import Pack
from advisor.tally import Tally

from common import random_profiles

ZEN_ANCHOR_US = 200.0  # zen-engine ZenDecision.evaluate, reference/perf.md (not this run)


def analysis_alone(pack: Pack, data: list[dict[str, str]]) -> float:
    """Microseconds per profile of ``result.analysis``, the results evaluated untimed."""
    results = [evaluate(pack, answers) for answers in data]
    start = time.perf_counter()
    for result in results:
        result.analysis  # noqa: B018 (computed on first access)
    return (time.perf_counter() - start) / len(data) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--profiles", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    pack = load_pack()
    data = random_profiles(pack, args.profiles)
    compiled = pack.compiled

    def core(answers: dict[str, str]) -> object:
        return Tally(compiled, compiled.mask(encode_answers(pack, answers))).best

    def plain(answers: dict[str, str]) -> object:
        return evaluate(pack, answers)

    def explained(answers: dict[str, str]) -> object:
        return evaluate(pack, answers).fired

    def with_prerequisites(answers: dict[str, str]) -> object:
        result = evaluate(pack, answers)
        return result.fired, result.prerequisites

    def full(answers: dict[str, str]) -> object:
        result = evaluate(pack, answers)
        return result.fired, result.prerequisites, result.analysis

    variants: dict[str, Callable[[dict[str, str]], object]] = {
        "core": core,
        "evaluate": plain,
        "+explanation": explained,
        "+prerequisites": with_prerequisites,
        "+analysis": full,
    }
    timings: dict[str, list[float]] = {name: [] for name in variants}
    analysis: list[float] = []
    names = list(variants)
    for round_index in range(args.rounds):
        order = names[round_index % len(names) :] + names[: round_index % len(names)]
        for name in order:
            function = variants[name]
            start = time.perf_counter()
            for answers in data:
                function(answers)
            timings[name].append((time.perf_counter() - start) / len(data) * 1e6)
        analysis.append(analysis_alone(pack, data))

    def ratio(a: str, b: str) -> float:
        return statistics.median(x / y for x, y in zip(timings[a], timings[b], strict=True))

    print(f"{len(data)} profiles, {args.rounds} rounds, {len(pack.rules)} rules")
    for name in names:
        median = statistics.median(timings[name])
        print(f"  {name:<18} median {median:7.1f} us/profile  ({1e6 / median:,.0f} profiles/s)")
    print(f"  +explanation / core     {ratio('+explanation', 'core'):.2f}x")
    print(f"  +analysis / +explanation {ratio('+analysis', '+explanation'):.2f}x")
    print(
        "  +explanation / evaluate (cost of the explanation) "
        f"{ratio('+explanation', 'evaluate'):.2f}x"
    )
    for name in ("+explanation", "+analysis"):
        share = statistics.median(timings[name]) / ZEN_ANCHOR_US
        print(f"  {name} vs zen-engine anchor ({ZEN_ANCHOR_US:.0f} us, perf.md): {share:.2f}x")
    alone = statistics.median(analysis)
    relative = statistics.median(a / e for a, e in zip(analysis, timings["evaluate"], strict=True))
    print(
        f"  analysis alone (what-ifs, confidence) median {alone:.1f} us/profile  "
        f"({relative:.2f}x evaluate)"
    )


if __name__ == "__main__":
    main()

"""Start-up: ``advisor --version`` and one assessment from an answers file.

Run: ``python benchmarks/bench_startup.py [--runs 20]``

Each run starts a fresh process; the commands are interleaved run by run and
ratios are taken within each run against ``python -c pass`` (and against
``copier --version`` when copier is installed), then the medians printed.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import print_ratios

ANSWERS = """team: Benchmark Team
answers:
  retraining: scheduled
  training_cost: low
  git_cicd: full
  supporting_code: "yes"
"""


def timed(command: list[str], cwd: Path) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL)
    return (time.perf_counter() - start) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()
    advisor = [sys.executable, "-m", "advisor"]
    with tempfile.TemporaryDirectory() as folder:
        cwd = Path(folder)
        (cwd / "team.yaml").write_text(ANSWERS, encoding="utf-8")
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "advisor --version": [*advisor, "--version"],
            "advisor --help": [*advisor, "--help"],
            "advisor assess --answers": [
                *advisor,
                "assess",
                "--answers",
                "team.yaml",
                "--date",
                "2026-01-01",
            ],
        }
        copier = shutil.which("copier")
        if copier:
            commands["copier --version"] = [copier, "--version"]
        for command in commands.values():  # warm-up
            timed(command, cwd)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                times[name].append(timed(command, cwd))
    base = "copier --version" if copier else "python -c pass"
    print(f"{args.runs} runs each, interleaved; ratios against '{base}' within each run")
    print_ratios(times, base)
    if not copier:
        print("  (copier is not installed: pip install copier to compare with it)")


if __name__ == "__main__":
    main()

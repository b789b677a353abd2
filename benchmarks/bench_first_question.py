"""Start-up of the questionnaire: from ``advisor assess`` to the first question on screen.

Run: ``python benchmarks/bench_first_question.py [--runs 15]``

Every command runs in a fresh pseudo-terminal (pexpect, 80x30,
``TERM=xterm-256color``), the commands interleaved run by run; ratios are taken
within each run and their medians printed, because the machine is shared and
noisy. Measured:

- ``python -c pass``: the interpreter alone, the floor;
- ``copier --version``: the peer anchor (reference/perf.md §5.5: the first
  question within 0.8x of it), when copier is installed;
- ``advisor: first question``: launch until the first question (the team's
  name) is on screen;
- ``advisor: Enter -> pack question``: from Enter on the team's name until
  the first question of the pack is on screen, the name typed at once, or in
  one second (the pack loads while the name is typed);
- ``advisor: launch -> pack question``: launch until the first pack question
  for a user typing the name in no time: the whole start-up.

copier is not a dependency of advisor. To compare with it::

    python -m pip install copier

The advisor package is byte-compiled first (as an installed wheel is), so
that no run pays for compiling. prompt_toolkit's cursor position request is
switched off (``PROMPT_TOOLKIT_NO_CPR=1``): pexpect never answers it, and a
real terminal answers it at once.
"""

from __future__ import annotations

import argparse
import compileall
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import pexpect  # type: ignore[import-untyped]

import advisor

from common import print_ratios

BIN = Path(sys.executable).parent
TEAM_PROMPT = "Which team is this assessment for?"
FIRST_PACK_QUESTION = "Can data scientists in development read production data?"


def _env() -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key not in {"NO_COLOR", "COLUMNS"}}
    env["TERM"] = "xterm-256color"
    env["PROMPT_TOOLKIT_NO_CPR"] = "1"
    return env


def _spawn(command: str, args: list[str], cwd: str) -> tuple[pexpect.spawn, float]:
    start = time.perf_counter()
    child = pexpect.spawn(
        command, args, cwd=cwd, env=_env(), dimensions=(30, 80), encoding="utf-8", timeout=60
    )
    return child, start


def to_exit(command: str, *args: str) -> Callable[[str], dict[str, float]]:
    """A measure: launch until the process has written everything and exited."""

    def measure(cwd: str) -> dict[str, float]:
        child, start = _spawn(command, list(args), cwd)
        child.expect(pexpect.EOF)
        elapsed = time.perf_counter() - start
        child.close()
        return {" ".join([Path(command).name, *args]): elapsed * 1000}

    return measure


def advisor_questions(cwd: str, typing: float = 0.0) -> dict[str, float]:
    """Launch ``advisor assess`` until the team prompt, then until the first pack question.

    The team's name is sent at once, then Enter after ``typing`` seconds (a
    person typing it): the pack is loaded while the name is typed.
    """
    with tempfile.TemporaryDirectory(dir=cwd) as folder:
        child, start = _spawn(str(BIN / "advisor"), ["assess", "--date", "2026-01-01"], folder)
        child.expect_exact(TEAM_PROMPT)
        first = time.perf_counter()
        child.send("Benchmark Team")
        time.sleep(typing)
        child.send("\r")
        sent = time.perf_counter()
        child.expect_exact(FIRST_PACK_QUESTION)
        pack_question = time.perf_counter()
        child.sendcontrol("c")
        child.expect(pexpect.EOF)
        child.close()
    if typing:
        return {
            f"advisor: Enter -> pack question ({typing:g} s typing)": (pack_question - sent) * 1000
        }
    return {
        "advisor: first question (team's name)": (first - start) * 1000,
        "advisor: Enter -> pack question (typed at once)": (pack_question - sent) * 1000,
        "advisor: launch -> pack question (at once)": (pack_question - start - (sent - first))
        * 1000,
    }


def advisor_typing(cwd: str) -> dict[str, float]:
    """As :func:`advisor_questions`, the name taking a second to type."""
    return advisor_questions(cwd, typing=1.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    compileall.compile_dir(str(Path(advisor.__file__).parent), quiet=1)
    measures = [to_exit(sys.executable, "-c", "pass"), advisor_questions, advisor_typing]
    copier = shutil.which("copier", path=str(BIN)) or shutil.which("copier")
    if copier:
        measures.insert(1, to_exit(copier, "--version"))
    times: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as cwd:
        for measure in measures:  # warm-up: file caches, byte-compiled modules
            measure(cwd)
        for run in range(args.runs):
            order = measures[run % len(measures) :] + measures[: run % len(measures)]
            for measure in order:
                for name, value in measure(cwd).items():
                    times.setdefault(name, []).append(value)
    base = "copier --version" if copier else "python -c pass"
    print(f"{args.runs} runs each, interleaved, in a pseudo-terminal; ratios against '{base}'")
    print_ratios(times, base, width=48)
    if not copier:
        print("  (copier is not installed: python -m pip install copier to compare with it)")


if __name__ == "__main__":
    main()

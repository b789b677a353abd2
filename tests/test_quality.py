"""The code stays lint-clean and type-clean, and the project's own promises hold:
the README's test command is the one CI runs."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT

BIN = Path(sys.executable).parent


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_ruff_finds_nothing() -> None:
    done = _run(str(BIN / "ruff"), "check", "advisor", "tests", "benchmarks")
    assert done.returncode == 0, done.stdout + done.stderr


def test_ruff_format_is_applied() -> None:
    done = _run(str(BIN / "ruff"), "format", "--check", "advisor", "tests", "benchmarks")
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.slow
def test_mypy_strict_is_clean() -> None:
    done = _run(sys.executable, "-m", "mypy")
    assert done.returncode == 0, done.stdout + done.stderr


def _readme_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip()]


def test_the_readme_starts_with_the_two_commands() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.index("```sh") < text.index("\n## ")
    commands = _readme_commands()
    assert len(commands) == 2
    assert "advisor assess --answers" in commands[0]
    assert "pytest" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert _readme_commands()[1] in ci


def test_the_readme_example_answers_file_exists() -> None:
    answers = _readme_commands()[0].split("--answers", 1)[1].split()[0]
    assert (ROOT / answers).is_file()


def test_the_readme_report_excerpt_is_real() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    excerpt = text.split("```markdown\n", 1)[1].split("```", 1)[0]
    report = (ROOT / "reports" / "examples" / "weekly-fraud-model.md").read_text(encoding="utf-8")
    lines = [line for line in excerpt.splitlines() if line and line != "..."]
    assert [line for line in lines if line not in report.splitlines()] == []

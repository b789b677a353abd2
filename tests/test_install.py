"""A non-editable install works from any folder: the default pack ships in the wheel."""

from __future__ import annotations

import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from conftest import ROOT


@pytest.mark.slow
def test_the_wheel_ships_the_pack_and_runs_from_anywhere(tmp_path: Path) -> None:
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr
    (wheel,) = tmp_path.glob("advisor-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    for name in (
        "advisor/rules/deployment/pack.yaml",
        "advisor/rules/deployment/rules/expensive-training.yaml",
        "advisor/report/templates/report.md.j2",
        "advisor/py.typed",
    ):
        assert name in names
    site = tmp_path / "site"
    installed = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--no-deps",
            "-q",
            "--target",
            str(site),
            str(wheel),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert installed.returncode == 0, installed.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "team.yaml").write_text(
        "team: Anywhere\nanswers:\n  training_in_prod_allowed: no\n", encoding="utf-8"
    )
    done = subprocess.run(
        [sys.executable, "-m", "advisor", "assess", "--answers", "team.yaml", "--output", "-"],
        cwd=elsewhere,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Deploy code" in done.stdout  # ruled out, and named in the report
    probe = subprocess.run(
        [sys.executable, "-c", "import advisor.loader as l; print(l.default_pack_path())"],
        cwd=elsewhere,
        env={"PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert probe.stdout.strip().startswith(str(site))


def test_the_sdist_holds_what_the_tests_read() -> None:
    # The tests read these from the checkout; an unpacked sdist must have them too.
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = text.split("[tool.hatch.build.targets.sdist]", 1)[1].split("\n[", 1)[0]
    included = set(re.findall(r'"([^"]+)"', section))
    read_by_tests = {"advisor", "rules", "schemas", "tests", "reports/examples", ".ci", "README.md"}
    assert read_by_tests <= included

"""An interrupted batch leaves only whole reports: Ctrl-C, and even a kill -9.

A real ``advisor batch`` runs in a subprocess on a big input and is stopped
mid-way; every report left in the output folder must be byte for byte the
report of its team.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from advisor.batch.naming import unique_stems
from advisor.engine import evaluate
from advisor.loader.batch_inputs import TeamProfile, read_batch
from advisor.pack import Pack
from advisor.report import render_report

DATE = "2026-01-01"
TEAMS = 4000

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def _teams_csv(pack: Pack, path: Path) -> None:
    ids = [q.id for q in pack.questions]
    lines = ["team," + ",".join(ids)]
    for number in range(TEAMS):
        cells = [q.options[number % len(q.options)].id for q in pack.questions]
        lines.append(f"Team {number}," + ",".join(cells))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _start(folder: Path, **options: object) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "advisor", "batch", str(folder / "teams.csv")]
    command += ["--out", str(folder / "out"), "--jobs", "2", "--date", DATE]
    return subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **options,  # type: ignore[call-overload]
    )


def _wait_for_reports(folder: Path, count: int, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    out = folder / "out"
    while time.monotonic() < deadline and process.poll() is None:
        if out.is_dir() and sum(1 for _ in out.glob("*.md")) >= count:
            return
        time.sleep(0.01)
    pytest.fail("the batch did not start writing reports, or finished too soon")


def _assert_whole_reports(pack: Pack, folder: Path) -> int:
    """Every visible file is a whole report of its team; return how many there are."""
    profiles = [
        entry
        for entry in read_batch(pack, [str(folder / "teams.csv")])
        if isinstance(entry, TeamProfile)
    ]
    by_name = {
        f"{stem}.md": profile
        for profile, stem in zip(profiles, unique_stems(p.team for p in profiles), strict=True)
    }
    written = [path for path in (folder / "out").iterdir() if not path.name.startswith(".")]
    for path in written:
        profile = by_name[path.name]  # no summary, nothing else
        result = evaluate(pack, profile.answers, team=profile.team)
        assert path.read_text(encoding="utf-8") == render_report(result, date=DATE), path.name
    return len(written)


def test_ctrl_c_keeps_whole_reports_removes_temporary_files_and_exits_130(
    pack: Pack, tmp_path: Path
) -> None:
    _teams_csv(pack, tmp_path / "teams.csv")
    process = _start(tmp_path)
    _wait_for_reports(tmp_path, 50, process)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert err.endswith("the summaries were not written\nadvisor: interrupted\n"), err
    assert "Traceback" not in err
    assert sorted(path.name for path in (tmp_path / "out").glob(".*")) == []
    assert 50 <= _assert_whole_reports(pack, tmp_path) < TEAMS


def test_kill_9_of_every_process_leaves_no_half_report(pack: Pack, tmp_path: Path) -> None:
    _teams_csv(pack, tmp_path / "teams.csv")
    process = _start(tmp_path, start_new_session=True)
    _wait_for_reports(tmp_path, 50, process)
    os.killpg(process.pid, signal.SIGKILL)
    process.communicate(timeout=60)
    # Temporary files of the killed writers may stay (hidden); reports are whole.
    hidden = [path.name for path in (tmp_path / "out").iterdir() if path.name.startswith(".")]
    assert all(name.endswith(".tmp") for name in hidden)
    assert 50 <= _assert_whole_reports(pack, tmp_path) < TEAMS

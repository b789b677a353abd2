"""`advisor assess --answers`: where reports go, what the terminal shows, determinism."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from advisor import __version__
from advisor.cli import main

from conftest import write

FRAUD = """
team: Fraud Detection
answers:
  retraining: scheduled
  training_cost: low
  git_cicd: full
  supporting_code: "yes"
"""


def test_the_report_goes_to_reports_team_slug(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "fraud.yaml", FRAUD)
    assert main(["assess", "--answers", "fraud.yaml", "--date", "2026-01-01"]) == 0
    report = workdir / "reports" / "fraud-detection.md"
    assert report.is_file()
    out = capsys.readouterr().out
    assert "Recommendation for Fraud Detection: Deploy code (confidence: medium)" in out
    assert "Report written to reports/fraud-detection.md" in out
    for name in ("Deploy code", "Deploy model", "Hybrid"):
        assert name in out


def test_json_output_has_the_contract_keys(workdir: Path) -> None:
    write(workdir / "fraud.yaml", FRAUD)
    assert (
        main(["assess", "--answers", "fraud.yaml", "--format", "json", "--date", "2026-01-01"]) == 0
    )
    document = json.loads((workdir / "reports" / "fraud-detection.json").read_text())
    assert document["team"] == "Fraud Detection"
    assert document["recommendation"] == "deploy_code"
    assert [entry["pattern"] for entry in document["ranking"]] == [
        "deploy_code",
        "hybrid",
        "deploy_model",
    ]
    assert set(document["ranking"][0]) >= {"pattern", "score", "viable", "blocked_by"}
    assert {"id", "effects"} <= set(document["fired_rules"][0])
    assert document["unknowns"][0].keys() >= {"question", "possible_recommendations"}
    assert isinstance(document["counterfactuals"], list)
    assert isinstance(document["prerequisites"], list)


def test_output_dash_writes_only_the_report_to_stdout(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "fraud.yaml", FRAUD)
    assert main(["assess", "--answers", "fraud.yaml", "--output", "-", "--date", "2026-01-01"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("---\n")
    assert not (workdir / "reports").exists()


def test_output_path_is_used_as_given(workdir: Path) -> None:
    write(workdir / "fraud.yaml", FRAUD)
    assert main(["assess", "--answers", "fraud.yaml", "--output", "adr/0007-deployment.md"]) == 0
    assert (workdir / "adr" / "0007-deployment.md").is_file()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links and FIFOs, on POSIX")
def test_output_writes_through_a_symbolic_link_and_into_a_pipe(workdir: Path) -> None:
    import os
    import threading

    write(workdir / "fraud.yaml", FRAUD)
    argv = ["assess", "--answers", "fraud.yaml", "--date", "2026-01-01", "--output"]
    assert main([*argv, "plain.md"]) == 0
    expected = (workdir / "plain.md").read_bytes()
    # A link to the ADR folder's file: that file is replaced, the link stays.
    write(workdir / "adr" / "0007.md", "old")
    (workdir / "latest.md").symlink_to(Path("adr", "0007.md"))
    assert main([*argv, "latest.md"]) == 0
    assert (workdir / "latest.md").is_symlink()
    assert (workdir / "adr" / "0007.md").read_bytes() == expected
    assert sorted(path.name for path in (workdir / "adr").iterdir()) == ["0007.md"]
    # A named pipe is written into, not replaced by a plain file.
    os.mkfifo(workdir / "pipe.md")
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append((workdir / "pipe.md").read_bytes()))
    reader.start()
    assert main([*argv, "pipe.md"]) == 0
    reader.join(timeout=10)
    assert received == [expected]
    assert not (workdir / "pipe.md").is_file()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full here")
def test_output_to_a_full_device_fails_and_keeps_the_device(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "fraud.yaml", FRAUD)
    assert main(["assess", "--answers", "fraud.yaml", "--output", "/dev/full"]) == 1
    assert capsys.readouterr().err == (
        "advisor: error: /dev/full: cannot be written: No space left on device\n"
    )
    assert Path("/dev/full").is_char_device()


def test_a_file_without_team_is_named_after_the_answers_file(workdir: Path) -> None:
    write(workdir / "Onboarding Answers.yaml", "answers: {}\n")
    assert main(["assess", "--answers", "Onboarding Answers.yaml"]) == 0
    assert (workdir / "reports" / "onboarding-answers.md").is_file()


def test_same_inputs_and_date_give_the_same_bytes(workdir: Path) -> None:
    write(workdir / "fraud.yaml", FRAUD)
    for name in ("one.md", "two.md"):
        assert (
            main(["assess", "--answers", "fraud.yaml", "--date", "2026-03-04", "--output", name])
            == 0
        )
    assert (workdir / "one.md").read_bytes() == (workdir / "two.md").read_bytes()
    assert "2026-03-04" in (workdir / "one.md").read_text()


def test_no_answers_file_and_no_terminal_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    with pytest.raises(SystemExit) as raised:
        main(["assess"])
    assert raised.value.code == 2
    assert capsys.readouterr().err == (
        "advisor: error: no terminal to ask the questions on: "
        "pass the answers with --answers FILE (see advisor assess --help)\n"
    )


def test_version_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["--version"])
    assert raised.value.code == 0
    assert capsys.readouterr().out == f"advisor {__version__}\n"
    assert main([]) == 0
    assert "assess" in capsys.readouterr().out


def test_python_dash_m_runs_the_cli(workdir: Path) -> None:
    write(workdir / "fraud.yaml", FRAUD)
    done = subprocess.run(
        [sys.executable, "-m", "advisor", "assess", "--answers", "fraud.yaml", "--output", "-"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Deploy code" in done.stdout
    assert done.stderr == ""


def test_a_console_that_is_not_utf8_gets_the_same_report_and_no_traceback(
    workdir: Path,
) -> None:
    # A Windows console redirected to a file is cp1252; the report holds a minus sign.
    write(workdir / "fraud.yaml", FRAUD)
    argv = [sys.executable, "-m", "advisor", "assess", "--answers", "fraud.yaml"]
    argv += ["--date", "2026-01-01", "--lang", "pt-BR"]
    assert main([*argv[3:], "--output", "file.md"]) == 0
    env = {**os.environ, "PYTHONIOENCODING": "cp1252"}
    piped = subprocess.run([*argv, "--output", "-"], capture_output=True, env=env, check=False)
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == (workdir / "file.md").read_bytes()
    assert "\u2212".encode() in piped.stdout
    # The summary on an ASCII console: stand-ins for what it cannot show.
    env["PYTHONIOENCODING"] = "ascii"
    shown = subprocess.run([*argv, "--output", "a.md"], capture_output=True, env=env, check=False)
    assert shown.returncode == 0, shown.stderr
    assert b"Recomenda??o para Fraud Detection" in shown.stdout


def test_a_name_cannot_reach_the_terminal_as_control_codes_and_the_path_stays_whole(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "a.yaml", 'team: "Red\\x1b[31m\\x07Team"\n')
    report = "r" * 150 + ".md"
    assert main(["assess", "--answers", "a.yaml", "--output", report]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\x07" not in out
    assert out.startswith("Recommendation for Red [31m Team: Deploy code")
    assert out.endswith(f"Report written to {report}\n")


def test_answers_from_standard_input(workdir: Path) -> None:
    write(workdir / "fraud.yaml", FRAUD)
    assert (
        main(["assess", "--answers", "fraud.yaml", "--date", "2026-01-01", "--output", "f.md"]) == 0
    )
    argv = [sys.executable, "-m", "advisor", "assess", "--answers", "-", "--date", "2026-01-01"]
    piped = subprocess.run(
        [*argv, "--output", "-"],
        input=(workdir / "fraud.yaml").read_bytes(),
        capture_output=True,
        check=False,
    )
    assert piped.returncode == 0, piped.stderr
    assert piped.stdout == (workdir / "f.md").read_bytes()
    bad = subprocess.run(
        argv, input=b'{"answers": {"git_cicd": "ful"}}', capture_output=True, check=False
    )
    assert bad.returncode == 1
    assert bad.stderr.decode() == (
        "advisor: error: <stdin>:1: invalid answer 'ful' to question 'git_cicd' "
        "(did you mean 'full'?); allowed: none, git_only, full, unknown\n"
    )


def test_an_answer_that_does_not_apply_is_noted(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(
        workdir / "na.yaml",
        'team: NA\nanswers:\n  training_in_prod_allowed: "no"\n  prod_results_visibility: "yes"\n',
    )
    assert main(["assess", "--answers", "na.yaml", "--output", "-"]) == 0
    assert capsys.readouterr().err == (
        "advisor: note: na.yaml: prod_results_visibility is answered but does not apply to this "
        "team (asked only when not (training_in_prod_allowed = no)): the answer is kept in the "
        "report's answers, not used\n"
    )


def test_no_color_is_respected(workdir: Path) -> None:
    write(workdir / "fraud.yaml", FRAUD)
    done = subprocess.run(
        [sys.executable, "-m", "advisor", "assess", "--answers", "fraud.yaml"],
        capture_output=True,
        text=True,
        check=False,
        env={"NO_COLOR": "1", "FORCE_COLOR": "1", "PATH": "/usr/bin:/bin"},
    )
    assert done.returncode == 0, done.stderr
    assert "\x1b[1m" in done.stdout  # FORCE_COLOR: styled as on a terminal
    assert re.search(r"\x1b\[(3[0-9]|9[0-7])", done.stdout) is None  # but no colour


def test_a_reader_that_goes_away_ends_the_program_quietly(workdir: Path) -> None:
    # `advisor assess ... --output - | head -0`: the pipe is closed before the report is written.
    write(workdir / "fraud.yaml", FRAUD)
    read_end, write_end = os.pipe()
    os.close(read_end)
    env = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    try:
        done = subprocess.run(
            [sys.executable, "-m", "advisor", "assess", "--answers", "fraud.yaml", "--output", "-"],
            env=env,
            stdout=write_end,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.returncode == 1
    assert done.stderr == ""


def test_the_program_flushes_what_it_printed_before_it_ends() -> None:
    # entry() ends the process without the interpreter's teardown: text
    # still in the output buffer (the help of a bare `advisor`) must reach a pipe.
    env = {name: value for name, value in os.environ.items() if name != "PYTHONUNBUFFERED"}
    done = subprocess.run(
        [sys.executable, "-m", "advisor"], capture_output=True, text=True, check=False, env=env
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: advisor ")
    assert done.stdout.endswith("\n")
    assert "  batch " in done.stdout

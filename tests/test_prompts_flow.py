"""Whole questionnaires in-process, keystrokes through a pipe: runs, back, review, drafts."""

from __future__ import annotations

import io
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console

from advisor.cli import main
from advisor.commands.assess import Options
from advisor.commands.interactive import questionnaire
from advisor.console.panel import Screen
from advisor.errors import EXIT_INTERRUPTED, EXIT_OK
from advisor.prompts import Session

from conftest import write

DOWN, LEFT, ENTER, CTRL_C = "\x1b[B", "\x1b[D", "\r", "\x03"
DATE = "2026-01-01"

# The tiny pack (tests/conftest.py) asks: size (small, large), locked (yes, no),
# detail (fine, coarse; only when not locked), colour (red, blue).
FULL_RUN = ("Fraud", ENTER, ENTER, "2", ENTER, ENTER, ENTER, ENTER)
"""Team Fraud; size small; locked no; detail fine; colour red; Done."""


class Run:
    """Runs questionnaires in one folder, with one pack, typing the keys given."""

    def __init__(self, folder: Path, pack: Path | None) -> None:
        self.folder = folder
        self.pack = pack

    def __call__(
        self,
        *keys: str,
        answers: str | None = None,
        resume: str | None = None,
        output: str | None = None,
        fmt: str = "md",
    ) -> tuple[int, str]:
        """Return the exit code and what the screen showed (prompts aside)."""
        options = Options(
            pack=None if self.pack is None else str(self.pack),
            lang="en",
            fmt=fmt,
            output=output,
            date=DATE,
        )
        screen = io.StringIO()
        with create_pipe_input() as pipe:
            pipe.send_text("".join(keys))
            pipe.close()  # when the keys run out, a prompt ends (EOFError): never a hang
            code = questionnaire(
                options,
                answers=answers,
                resume=resume,
                session=Session(input=pipe, output=DummyOutput()),
                screen=Screen(Console(file=screen, width=80, color_system=None)),
            )
        return code, screen.getvalue()


@pytest.fixture
def run(workdir: Path, make_pack: Callable[..., Path]) -> Run:
    return Run(workdir, make_pack())


@pytest.fixture
def run_default(workdir: Path) -> Run:
    return Run(workdir, None)


def replay(answers: Path, pack: Path | None, output: str) -> bytes:
    """The report of ``advisor assess --answers`` on the kept answers."""
    argv = ["assess", "--answers", str(answers), "--date", DATE, "--output", output]
    if pack is not None:
        argv += ["--pack", str(pack)]
    assert main(argv) == EXIT_OK
    return Path(output).read_bytes()


def test_a_full_run_writes_the_report_and_keeps_the_answers(run: Run, workdir: Path) -> None:
    code, screen = run(*FULL_RUN)
    assert code == EXIT_OK
    report = workdir / "reports" / "fraud.md"
    kept = workdir / "reports" / "fraud.answers.yaml"
    assert report.is_file()
    assert 'size: small\n  # Locked?\n  locked: "no"\n' in kept.read_text()
    assert replay(kept, run.pack, "replay.md") == report.read_bytes()
    assert not list((workdir / "reports").glob("*.draft.yaml"))
    assert "0/4 answered · Leading: Alpha 0 (tie) · Beta 0 · Gamma 0" in screen
    assert "Assessment of Fraud" in screen
    assert "Recommendation: Gamma (confidence: high)" in screen
    assert "Report written to reports/fraud.md" in screen
    assert f"advisor assess --answers reports/fraud.answers.yaml --pack {run.pack}" in screen


def test_the_help_of_each_question_is_shown(run: Run) -> None:
    _, screen = run(*FULL_RUN)
    for help_text in ("Size.", "Locked.", "Asked when not locked.", "Layout only."):
        assert help_text in screen


def test_going_back_changes_an_earlier_answer(run: Run, workdir: Path) -> None:
    # small; at "locked" go back; choose large instead; locked yes (detail skipped); red.
    code, _ = run("Fraud", ENTER, ENTER, LEFT, DOWN, ENTER, "1", ENTER, ENTER, ENTER)
    assert code == EXIT_OK
    kept = (workdir / "reports" / "fraud.answers.yaml").read_text()
    assert "  size: large\n" in kept
    assert '  locked: "yes"\n' in kept
    assert "  # detail: does not apply\n" in kept


def test_going_back_from_the_first_question_returns_to_the_team(run: Run, workdir: Path) -> None:
    code, _ = run("Fraud", ENTER, LEFT, "\x7f" * 5, "Risk", ENTER, *FULL_RUN[1:])
    assert code == EXIT_OK
    assert (workdir / "reports" / "risk.md").is_file()
    assert not (workdir / "reports" / "fraud.md").exists()


def test_a_review_edit_drops_answers_that_no_longer_apply(run: Run, workdir: Path) -> None:
    review_locked = (DOWN, DOWN, DOWN, ENTER)  # Done -> Team -> size -> locked
    code, screen = run(*FULL_RUN[:-1], *review_locked, "1", ENTER, ENTER)
    assert code == EXIT_OK
    kept = (workdir / "reports" / "fraud.answers.yaml").read_text()
    assert '  locked: "yes"\n' in kept
    assert "  # detail: does not apply\n" in kept
    assert "ruled out: Alpha" in screen


def test_a_review_edit_asks_the_questions_it_switches_on(run: Run, workdir: Path) -> None:
    locked_yes = ("Fraud", ENTER, ENTER, "1", ENTER, ENTER)  # small, locked yes, red
    review_locked = (DOWN, DOWN, DOWN, ENTER)
    # locked -> no: detail is asked (coarse), then the review again: Done.
    code, _ = run(*locked_yes, *review_locked, "2", ENTER, "2", ENTER, ENTER)
    assert code == EXIT_OK
    kept = (workdir / "reports" / "fraud.answers.yaml").read_text()
    assert '  locked: "no"\n  # Detail?\n  detail: coarse\n' in kept


def test_i_dont_know_everywhere_still_gives_a_report(run: Run, workdir: Path) -> None:
    dont_know = ("0", ENTER)
    code, screen = run("Fraud", ENTER, *dont_know * 4, ENTER)
    assert code == EXIT_OK
    kept = workdir / "reports" / "fraud.answers.yaml"
    assert kept.read_text().count(": unknown\n") == 4
    assert "Open questions that could change the decision" in screen
    assert replay(kept, run.pack, "replay.md") == (workdir / "reports" / "fraud.md").read_bytes()


def test_ctrl_c_saves_a_draft_and_resume_gives_the_same_report(run: Run, workdir: Path) -> None:
    code, screen = run("Fraud", ENTER, ENTER, CTRL_C)
    assert code == EXIT_INTERRUPTED
    draft = workdir / "reports" / "fraud.draft.yaml"
    assert "  size: small\n" in draft.read_text()
    assert "Interrupted. 1 answer saved in reports/fraud.draft.yaml." in screen
    assert f"Continue with: advisor assess --resume --pack {run.pack} --date {DATE}" in screen
    assert not (workdir / "reports" / "fraud.md").exists()

    code, screen = run("2", ENTER, ENTER, ENTER, ENTER, resume="")
    assert code == EXIT_OK
    assert "Continuing reports/fraud.draft.yaml: 1 answer given so far." in screen
    assert not draft.exists()
    resumed = (workdir / "reports" / "fraud.md").read_bytes()

    code, _ = run(*FULL_RUN, output="uninterrupted.md")
    assert code == EXIT_OK
    assert (workdir / "uninterrupted.md").read_bytes() == resumed


def test_resume_continues_at_the_first_question_without_an_answer(run: Run, workdir: Path) -> None:
    code, _ = run("Fraud", ENTER, ENTER, "0", ENTER, CTRL_C)  # size small, locked unknown
    assert code == EXIT_INTERRUPTED
    code, _ = run(LEFT, "1", ENTER, ENTER, ENTER, resume="reports/fraud.draft.yaml")
    # Back from detail to locked, which is answered "yes": detail no longer applies.
    assert code == EXIT_OK
    kept = (workdir / "reports" / "fraud.answers.yaml").read_text()
    assert '  locked: "yes"\n' in kept


def test_a_closed_input_is_an_interruption_too(run: Run, workdir: Path) -> None:
    code, _ = run("Fraud", ENTER, ENTER)
    assert code == EXIT_INTERRUPTED
    assert (workdir / "reports" / "fraud.draft.yaml").is_file()


def test_ctrl_c_in_the_review_resumes_in_the_review(run: Run, workdir: Path) -> None:
    code, _ = run(*FULL_RUN[:-1], CTRL_C)
    assert code == EXIT_INTERRUPTED
    code, _ = run(ENTER, resume="")
    assert code == EXIT_OK
    assert (workdir / "reports" / "fraud.md").is_file()


def test_renaming_the_team_moves_the_draft(run: Run, workdir: Path) -> None:
    rename = (DOWN, ENTER, "\x7f" * 5, "Risk", ENTER)  # review: Team
    code, _ = run(*FULL_RUN[:-1], *rename, CTRL_C)
    assert code == EXIT_INTERRUPTED
    drafts = sorted(path.name for path in (workdir / "reports").iterdir())
    assert drafts == ["risk.draft.yaml"]


def test_ctrl_c_before_any_answer_saves_nothing(
    run_default: Run, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run_default("Fra", CTRL_C)
    assert code == EXIT_INTERRUPTED
    assert "Interrupted before any answer: nothing to save." in capsys.readouterr().out
    assert not (workdir / "reports").exists()


def test_the_default_pack_asks_every_question_with_when_skipping(
    run_default: Run, workdir: Path
) -> None:
    # training_in_prod_allowed (3rd question) = no: prod_results_visibility is not asked,
    # so 18 questions, the rest "I don't know".
    answers = ("0", ENTER, "0", ENTER, "2", ENTER, *("0", ENTER) * 15)
    code, screen = run_default("Platform Team", ENTER, *answers, ENTER)
    assert code == EXIT_OK
    # All 18 answered: 1 known, the rest "I don't know" (counted apart, as the report does).
    assert '1/18 answered, 17 "I don\'t know" · ' in screen
    assert "prod_results_visibility" not in screen
    kept = workdir / "reports" / "platform-team.answers.yaml"
    assert "  # prod_results_visibility: does not apply\n" in kept.read_text()
    assert (
        replay(kept, None, "replay.md") == (workdir / "reports" / "platform-team.md").read_bytes()
    )


def test_completing_an_answers_file_asks_only_what_is_missing(run: Run, workdir: Path) -> None:
    write(workdir / "onboarding.yaml", "team: Fraud\nanswers: {size: large, colour: unknown}\n")
    # Asked: locked (no), detail (fine), colour (unknown in the file: red); then Done.
    code, screen = run("2", ENTER, ENTER, ENTER, ENTER, answers="onboarding.yaml")
    assert code == EXIT_OK
    kept = (workdir / "reports" / "fraud.answers.yaml").read_text()
    assert "  size: large\n" in kept and "  detail: fine\n" in kept and "  colour: red\n" in kept
    assert "1/4 answered" in screen


def test_output_dash_writes_the_report_to_stdout(
    run: Run, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _ = run(*FULL_RUN, output="-", fmt="json")
    assert code == EXIT_OK
    assert capsys.readouterr().out.startswith("{")
    assert (workdir / "reports" / "fraud.answers.yaml").is_file()
    assert not (workdir / "reports" / "fraud.json").exists()


def test_output_path_keeps_the_answers_beside_it(run: Run, workdir: Path) -> None:
    code, _ = run(*FULL_RUN, output="adr/0007-deployment.md")
    assert code == EXIT_OK
    assert (workdir / "adr" / "0007-deployment.answers.yaml").is_file()


def test_the_command_line_runs_the_questionnaire_at_a_terminal(
    workdir: Path,
    make_pack: Callable[..., Path],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pack = make_pack()
    with create_pipe_input() as pipe:
        pipe.send_text("".join(FULL_RUN))
        pipe.close()
        monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
        monkeypatch.setattr(sys.stdout, "isatty", lambda: True, raising=False)
        monkeypatch.setattr(Session, "on", classmethod(lambda cls, *_: cls(pipe, DummyOutput())))
        assert main(["assess", "--pack", str(pack), "--date", DATE]) == EXIT_OK
    screen = re.sub(r"\x1b\[[0-9;]*m", "", capsys.readouterr().out)  # styled: a "terminal"
    assert "Recommendation: Gamma" in screen
    assert (workdir / "reports" / "fraud.answers.yaml").is_file()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["assess"], "no terminal to ask the questions on: pass the answers with --answers FILE"),
        (["assess", "--answers", "a.yaml", "--interactive"], "drop --interactive"),
        (["assess", "--resume"], "no terminal to continue the questionnaire on"),
        (["assess", "--resume", "--answers", "a.yaml"], "cannot be combined with --answers"),
    ],
)
def test_without_a_terminal_only_answers_files_work(
    argv: list[str],
    message: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)  # even with pytest -s
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code == 2
    assert message in capsys.readouterr().err


def test_without_standard_input_the_command_exits_at_once(workdir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "advisor", "assess"],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        cwd=workdir,
    )
    assert done.returncode == 2
    assert "--answers FILE" in done.stderr
    assert done.stdout == ""


def test_resume_without_a_draft_or_with_several(run: Run, workdir: Path) -> None:
    from advisor.errors import UsageError

    with pytest.raises(UsageError, match=r"--resume: no draft in reports/"):
        run(resume="")
    write(workdir / "reports" / "a.draft.yaml", "team: A\nanswers: {}\n")
    write(workdir / "reports" / "b.draft.yaml", "team: B\nanswers: {}\n")
    with pytest.raises(UsageError, match=r"several drafts .*--resume reports/a.draft.yaml"):
        run(resume="")

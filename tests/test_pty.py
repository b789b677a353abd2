"""End to end through a real pseudo-terminal: the installed ``advisor`` command, 80 columns."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

from advisor.cli import main

pexpect = pytest.importorskip("pexpect")

pytestmark = [
    pytest.mark.interactive,
    pytest.mark.skipif(sys.platform == "win32", reason="pexpect needs POSIX pseudo-terminals"),
]

ADVISOR = Path(sys.executable).parent / "advisor"
DATE = "2026-01-01"
TIMEOUT = 60  # generous: CI machines are slow and shared
LEFT, CTRL_C = "\x1b[D", "\x03"


def spawn(folder: Path, *args: str, lang: str = "C.UTF-8") -> pexpect.spawn:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "LC_ALL", "LC_MESSAGES"}
    }
    env["TERM"] = "xterm-256color"
    env["LANG"] = lang  # the messages' language, when no --lang is given
    # pexpect is no terminal emulator: it never answers prompt_toolkit's cursor
    # position request, which then waits a second per prompt before giving up.
    env["PROMPT_TOOLKIT_NO_CPR"] = "1"
    return pexpect.spawn(
        str(ADVISOR),
        ["assess", "--date", DATE, *args],
        cwd=str(folder),
        env=env,
        dimensions=(30, 80),
        encoding="utf-8",
        timeout=TIMEOUT,
    )


def wait_for(
    child: pexpect.spawn,
    number: int,
    answered: str = "answered",
    unknown: str = "I don't know",
) -> None:
    """Wait until question ``number`` is on screen, ready for keys.

    The leader line above it says how many are answered, and how many
    "I don't know" apart: ``number - 1`` in all. The pointer comes with the
    prompt itself (keys sent earlier would reach a terminal not yet in raw mode).
    """
    leader = re.compile(rf'(?<!\d)(\d+)/\d+ {answered}(?:, (\d+) "{re.escape(unknown)}")?')
    while True:
        child.expect(leader)
        known, unsure = child.match.group(1), child.match.group(2) or "0"
        if int(known) + int(unsure) == number - 1:
            break
    child.expect_exact("»")


def answer(child: pexpect.spawn, number: int, key: str) -> None:
    """Wait for question ``number``, then answer it with ``key`` and Enter."""
    wait_for(child, number)
    child.send(f"{key}\r")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    if not ADVISOR.exists():
        pytest.skip(f"the advisor command is not installed in {ADVISOR.parent}")
    return tmp_path


def test_the_whole_questionnaire_at_a_terminal(folder: Path) -> None:
    child = spawn(folder)
    child.expect_exact("Which team is this assessment for?")
    child.send("PTY Team\r")
    answer(child, 1, "1")  # dev reads prod data: yes
    answer(child, 2, "2")  # full data training: no
    wait_for(child, 3)
    child.send(LEFT)  # back to question 2, which now offers to skip ahead
    child.expect_exact("Skip to question 3 →")
    child.send("1\r")  # full data training: yes after all
    answer(child, 3, "2")  # training in prod allowed: no -> visibility is not asked
    for number in range(4, 19):
        answer(child, number, "0")  # I don't know
    child.expect_exact("Review the answers")
    child.send("\r")  # Done
    child.expect_exact("Report written to reports/pty-team.md")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    report = folder / "reports" / "pty-team.md"
    kept = folder / "reports" / "pty-team.answers.yaml"
    text = kept.read_text(encoding="utf-8")
    assert '  full_data_training: "yes"\n' in text
    assert '  training_in_prod_allowed: "no"\n' in text
    assert "  # prod_results_visibility: does not apply\n" in text
    replayed = folder / "replayed.md"
    args = ["assess", "--answers", str(kept), "--date", DATE, "--output", str(replayed)]
    assert main(args) == 0
    assert replayed.read_bytes() == report.read_bytes()


def test_ctrl_c_keeps_a_draft_and_resume_finishes(folder: Path) -> None:
    child = spawn(folder)
    child.expect_exact("Which team is this assessment for?")
    child.send("Draft Team\r")
    answer(child, 1, "3")
    wait_for(child, 2)
    child.send(CTRL_C)
    child.expect_exact("Continue with: advisor assess --resume --date 2026-01-01")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert (folder / "reports" / "draft-team.draft.yaml").is_file()

    child = spawn(folder, "--resume")
    child.expect_exact("Continuing reports/draft-team.draft.yaml")
    for number in range(2, 20):
        answer(child, number, "0")
    child.expect_exact("Review the answers")
    child.send("\r")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert (folder / "reports" / "draft-team.md").is_file()
    assert not (folder / "reports" / "draft-team.draft.yaml").exists()


def test_a_questionnaire_in_brazilian_portuguese(folder: Path) -> None:
    child = spawn(folder, lang="pt_BR.UTF-8")
    child.expect_exact("Para qual equipe é esta avaliação?")
    child.send("Equipe PTY\r")
    child.expect_exact("↑↓ ou número e Enter: responder")
    wait_for(child, 1, "respondidas", "Não sei")
    child.expect_exact("Não sei")
    child.send("1\r")
    wait_for(child, 2, "respondidas", "Não sei")
    child.expect_exact("← Voltar")
    child.send(LEFT)  # back to question 1, which now offers to skip ahead
    child.expect_exact("Pular para a pergunta 2 →")
    child.send("s\r")
    for _ in range(25):  # every other question: Não sei, until the review
        child.expect(r"\d+/\d+ respondidas")
        if child.expect_exact(["Revise as respostas", "»"]) == 0:
            break
        child.send("0\r")
    else:
        pytest.fail("the questionnaire never reached the review")
    child.expect_exact("Concluir — gerar o relatório")
    child.send("\r")
    child.expect_exact("Avaliação de Equipe PTY")
    child.expect_exact("Recomendação: ")
    child.expect_exact("Relatório gravado em reports/equipe-pty.md")
    child.expect_exact("Respostas guardadas em reports/equipe-pty.answers.yaml")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    kept = (folder / "reports" / "equipe-pty.answers.yaml").read_text(encoding="utf-8")
    assert kept.startswith("# As respostas de uma avaliação do advisor")
    assert "--lang pt-BR" in kept
    report = (folder / "reports" / "equipe-pty.md").read_text(encoding="utf-8")
    assert "Implantar código" in report

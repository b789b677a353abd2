"""What the questionnaire leaves on disk and on screen: answers files, drafts, the panel."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from advisor.answers_file import (
    DraftKeeper,
    answers_text,
    draft_path,
    find_drafts,
    kept_answers_path,
    read_draft,
    scalar,
)
from advisor.console import reasons_text
from advisor.console.panel import Screen, leader, open_questions, result_panel
from advisor.engine import evaluate
from advisor.errors import AnswersError
from advisor.loader import read_profile
from advisor.pack import Pack
from advisor.questionnaire import Progress

ODD_TEAMS = [
    "Fraud Detection",
    'Risk "Team" #1: yes',
    "<script>alert(1)</script> & co",
    "Dados\tBrasil — São Paulo",
    "no",
    "123",
    "line\nbreak\u2028and\x85more",
    "emoji 🚀 and ünïcödé",
]


@pytest.mark.parametrize("team", ODD_TEAMS)
def test_an_answers_file_reads_back_to_the_same_team_and_answers(
    pack: Pack, tmp_path: Path, team: str
) -> None:
    answers = {
        "dev_reads_prod_data": "yes",
        "training_in_prod_allowed": "no",
        "training_cost": "unknown",
        "git_cicd": "none",
        "cicd_platform": "github_actions",
    }
    path = tmp_path / "team.answers.yaml"
    path.write_text(answers_text(pack, team, answers, header=["replay: x"]), encoding="utf-8")
    profile = read_profile(pack, path)
    assert profile.team == team.strip()
    assert profile.answers == {key: value for key, value in answers.items() if value != "unknown"}
    assert read_draft(pack, path).answers == answers


def test_the_file_lists_every_question_in_pack_order_with_its_text(pack: Pack) -> None:
    text = answers_text(pack, "Fraud", {"training_in_prod_allowed": "no", "training_cost": "high"})
    lines = text.splitlines()
    assert lines[:4] == [
        'team: "Fraud"',
        "answers:",
        "  # Can data scientists in development read production data?",
        "  # dev_reads_prod_data: not answered yet",
    ]
    assert '  training_in_prod_allowed: "no"' in lines
    assert "  training_cost: high" in lines
    assert "  # prod_results_visibility: does not apply" in lines
    assert sum(line.startswith("  # ") for line in lines) == 2 * len(pack.questions) - 2


def test_an_empty_draft_is_still_an_answers_file(pack: Pack, tmp_path: Path) -> None:
    path = tmp_path / "empty.draft.yaml"
    path.write_text(answers_text(pack, "Fraud", {}), encoding="utf-8")
    assert read_profile(pack, path).answers == {}
    assert read_draft(pack, path).team == "Fraud"


def test_scalars_are_quoted_when_yaml_would_read_them_otherwise() -> None:
    assert scalar("sample_only") == "sample_only"
    assert scalar("yes") == '"yes"'
    assert scalar("on") == '"on"'
    assert scalar("null") == '"null"'
    assert scalar("Mixed Case") == '"Mixed Case"'


def test_a_broken_draft_is_reported_like_an_answers_file(pack: Pack, tmp_path: Path) -> None:
    path = tmp_path / "x.draft.yaml"
    path.write_text("team: X\nanswers:\n  training_cost: huge\n", encoding="utf-8")
    with pytest.raises(AnswersError, match=r"x.draft.yaml:3: invalid answer 'huge'"):
        read_draft(pack, path)


def test_paths_of_drafts_and_kept_answers(tmp_path: Path) -> None:
    assert draft_path(Path("reports"), "Fraud Detection") == Path(
        "reports/fraud-detection.draft.yaml"
    )
    assert draft_path(Path("adr"), None) == Path("adr/team.draft.yaml")
    assert kept_answers_path(Path("reports/fraud.md")) == Path("reports/fraud.answers.yaml")
    assert kept_answers_path(Path("adr/0007.json")) == Path("adr/0007.answers.yaml")
    assert find_drafts(tmp_path / "missing") == []


def test_the_keeper_replaces_its_draft_when_the_team_is_renamed(pack: Pack, tmp_path: Path) -> None:
    keeper = DraftKeeper(pack, tmp_path)
    first = keeper.save("Fraud", {"training_cost": "low"})
    second = keeper.save("Risk", {"training_cost": "low"})
    assert not first.exists() and second.is_file()
    assert find_drafts(tmp_path) == [tmp_path / "risk.draft.yaml"]
    keeper.discard()
    assert find_drafts(tmp_path) == []


def test_a_draft_says_how_to_continue_it(pack: Pack, tmp_path: Path) -> None:
    path = DraftKeeper(pack, tmp_path / "my reports").save("Churn", {})
    assert f"# Continue it with: advisor assess --resume '{path}'\n" in path.read_text()


def test_a_new_run_never_overwrites_another_runs_draft(pack: Pack, tmp_path: Path) -> None:
    # Churn's questionnaire was interrupted; a new one for Churn starts afresh.
    earlier = DraftKeeper(pack, tmp_path).save("Churn", {"training_cost": "low"})
    keeper = DraftKeeper(pack, tmp_path)
    mine = keeper.save("Churn", {"training_cost": "high"})
    assert mine == tmp_path / "churn-2.draft.yaml"
    assert keeper.save("Churn", {"training_cost": "moderate"}) == mine  # its own, replaced
    assert read_draft(pack, earlier).answers == {"training_cost": "low"}
    assert find_drafts(tmp_path) == [mine, earlier]
    keeper.discard()
    assert find_drafts(tmp_path) == [earlier]


def test_the_keeper_never_removes_a_file_that_is_not_a_draft(pack: Pack, tmp_path: Path) -> None:
    kept = tmp_path / "fraud.answers.yaml"
    kept.write_text("team: Fraud\n", encoding="utf-8")
    keeper = DraftKeeper(pack, tmp_path, resumed=kept)
    keeper.save("Fraud", {})
    keeper.discard()
    assert kept.is_file()
    resumed = tmp_path / "old.draft.yaml"
    resumed.write_text("team: Old\n", encoding="utf-8")
    DraftKeeper(pack, tmp_path, resumed=resumed).save("Fraud", {})
    assert not resumed.exists()


def test_the_leader_line(pack: Pack) -> None:
    result = evaluate(pack, {"dev_reads_prod_data": "no", "full_data_training": "yes"})
    assert leader(result, Progress(2, 0, 19)).plain == (
        "2/19 answered · Leading: Deploy code 2 · Hybrid 1 · ruled out: Deploy model"
    )
    assert leader(evaluate(pack, {}), Progress(0, 0, 19)).plain == (
        "0/19 answered · Leading: Deploy code 0 (tie) · Deploy model 0 · Hybrid 0"
    )
    conflict = {"training_in_prod_allowed": "no", "prod_accepts_external_models": "no"}
    assert leader(evaluate(pack, conflict), Progress(2, 0, 18)).plain.startswith(
        "2/18 answered · No viable pattern · ruled out: "
    )
    # "I don't know" is counted apart: the report does not count it as answered.
    assert leader(result, Progress(2, 3, 19)).plain.startswith(
        '2/19 answered, 3 "I don\'t know" · Leading: Deploy code 2'
    )
    assert leader(result, Progress(2, 3, 19), lang="pt-BR").plain.startswith(
        '2/19 respondidas, 3 "Não sei" · Na frente: '
    )


@pytest.mark.parametrize("lang", ["en", "pt-BR"])
def test_the_leader_line_is_whole_at_80_columns(pack: Pack, lang: str) -> None:
    # Every pattern's score and what is ruled out: a meeting reads them all.
    console = Console(width=80, color_system=None, record=True)
    result = evaluate(pack, {"training_in_prod_allowed": "no"})
    Screen(console, lang=lang).status(result, Progress(90, 10, 100))
    lines = console.export_text().strip("\n").splitlines()
    assert all(len(line) <= 80 for line in lines)
    whole = leader(result, Progress(90, 10, 100), lang=lang).plain
    assert " ".join(" ".join(lines).split()) == " ".join(whole.split())  # between words only


def test_reasons_are_joined_without_a_stop_before_each_joint(pack: Pack) -> None:
    answers = {
        "dev_reads_prod_data": "sample_only",
        "full_data_training": "yes",
        "prod_accepts_external_models": "no",
    }
    entry = evaluate(pack, answers).standing("deploy_model")
    assert reasons_text(entry) == (
        "Development cannot read the full production data the model needs; "
        "Production does not accept a model trained in development."
    )


def test_the_result_panel(pack: Pack) -> None:
    answers = {
        "training_in_prod_allowed": "no",
        "dev_reads_prod_data": "no",
        "full_data_training": "yes",
    }
    result = evaluate(pack, answers, team="Risk <b>Team</b>")
    console = Console(width=80, color_system=None, record=True)
    console.print(result_panel(result))
    text = console.export_text()
    assert all(len(line) <= 80 for line in text.splitlines())
    assert "Assessment of Risk <b>Team</b>" in text
    assert "Recommendation: Hybrid (confidence: medium)" in text
    assert (
        "│ • Deploy code: Training may not run in production, where deploy code trains  │" in text
    )
    assert "│   the final model." in text
    assert "Open questions that could change the decision" in text
    assert open_questions(result) == [
        (
            "Do production owners accept a model artifact trained outside production?",
            ['no viable pattern if "No, production models must be trained in production"'],
        )
    ]


def test_the_panel_says_when_no_open_question_matters(pack: Pack) -> None:
    conflict = {"training_in_prod_allowed": "no", "prod_accepts_external_models": "no"}
    console = Console(width=80, color_system=None, record=True)
    console.print(result_panel(evaluate(pack, conflict)))
    text = console.export_text()
    assert "No pattern is viable: the constraints conflict." in text
    assert "none of them could change the decision" in text

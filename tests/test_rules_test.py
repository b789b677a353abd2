"""`advisor rules test`: a pack's own case files and scenarios, failures linter style."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from advisor.authoring.runner import run_tests
from advisor.cli import main
from advisor.errors import PackError
from advisor.loader import default_pack_path, load_pack, packs_root

from conftest import write

SERVING = packs_root() / "serving"


def line(path: Path, text: str) -> int:
    """The 1-based line of the first line of ``path`` holding ``text``."""
    for number, content in enumerate(path.read_text().splitlines(), start=1):
        if text in content:
            return number
    raise AssertionError(f"{text!r} not in {path}")


def test_the_built_in_packs_pass(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "test", str(SERVING)]) == 0
    assert capsys.readouterr().out == f"{SERVING}: 37 cases, 5 scenarios: all passed\n"


def test_the_default_pack_is_tested_without_an_argument(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["rules", "test"]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{default_pack_path()}: ")
    assert out.endswith(" scenarios: all passed\n")


def test_every_failure_is_reported_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "serving"
    shutil.copytree(SERVING, copy)
    cases = copy / "tests" / "rules"
    caller = cases / "caller-waits.yaml"
    caller.write_text(caller.read_text().replace("{realtime: 2}", "{realtime: 3}"))
    (cases / "large-volume.yaml").unlink()
    write(cases / "ghost-rule.yaml", "rule: ghost-rule\ncases: []\n")
    write(cases / "daily-freshness.yaml", "rule: daily-freshness\ncases: [\n")
    stream = cases / "no-event-stream.yaml"
    stream.write_text(stream.read_text().replace("fires: false", "fires: true"))
    scenario = copy / "tests" / "scenarios" / "04-all-unknown.yaml"
    scenario.write_text(scenario.read_text().replace("batch", "realtime"))
    assert main(["rules", "test", str(copy)]) == 1
    assert capsys.readouterr().out == "\n".join(
        [
            (
                f"{caller}:{line(caller, 'name: caller_waits')}: error: case 'caller_waits': "
                "expected effects realtime: 3; the rule has realtime: 2"
            ),
            (
                f"{cases / 'daily-freshness.yaml'}:3: error: not valid YAML: did not find expected "
                "node content"
            ),
            (
                f"{cases / 'ghost-rule.yaml'}:2: error: cases: List should have at least 2 items "
                "after validation, not 0"
            ),
            (
                f"{cases / 'large-volume.yaml'}: error: rule 'large-volume' has no case file "
                "(write one with cases where it fires and where it stays silent)"
            ),
            (
                f"{stream}:{line(stream, 'cases:')}: error: rule 'no-event-stream' needs at least one case that fires and "
                "one that stays silent"
            ),
            f"{scenario}:{line(scenario, 'expect:')}: error: expected recommendation realtime, got batch",
            f"{copy}: 28 cases, 5 scenarios: 6 failures",
            "",
        ]
    )


def test_a_case_file_for_an_unknown_rule(tmp_path: Path) -> None:
    copy = tmp_path / "serving"
    shutil.copytree(SERVING, copy)
    write(
        copy / "tests" / "rules" / "ghost-rule.yaml",
        """
        rule: ghost-rule
        cases:
          - {name: fires, answers: {}, fires: true}
          - {name: silent, answers: {}, fires: false}
        """,
    )
    write(
        copy / "tests" / "rules" / "caller-waits.yaml",
        """
        rule: caller-wait
        cases:
          - {name: fires, answers: {caller_waits: "yes"}, fires: true}
          - {name: silent, answers: {}, fires: false}
        """,
    )
    report = run_tests(copy)
    assert [str(failure) for failure in report.failures] == [
        (
            f"{copy / 'tests/rules/caller-waits.yaml'}:1: error: the file is for rule "
            "'caller-waits' but names rule 'caller-wait'"
        ),
        f"{copy / 'tests/rules/ghost-rule.yaml'}:1: error: no rule 'ghost-rule' in this pack",
    ]


def test_a_scenario_names_unknown_patterns_and_why_one_is_ruled_out(tmp_path: Path) -> None:
    copy = tmp_path / "deployment"
    shutil.copytree(default_pack_path(), copy)
    scenarios = copy / "tests" / "scenarios"
    bank = scenarios / "01-regulated-bank.yaml"
    bank.write_text(
        bank.read_text().replace("not_viable: [deploy_model", "not_viable: [deploy_modle")
    )
    locked = scenarios / "03-locked-down-prod.yaml"
    text = locked.read_text()
    locked.write_text(text.replace("recommendation: hybrid", "recommendation: deploy_code"))
    failures = [failure.message for failure in run_tests(copy).failures]
    assert failures == [
        (
            "unknown pattern 'deploy_modle' (did you mean 'deploy_model'?); the patterns are: "
            "deploy_code, deploy_model, hybrid"
        ),
        (
            "expected recommendation deploy_code, got hybrid (deploy_code is ruled out by "
            "training-forbidden-in-prod)"
        ),
    ]


def test_a_misspelt_key_is_named_once_with_what_was_meant(tmp_path: Path) -> None:
    copy = tmp_path / "serving"
    shutil.copytree(SERVING, copy)
    cases = copy / "tests" / "rules" / "caller-waits.yaml"
    cases.write_text(cases.read_text().replace("fires: true", "fire: true", 1))
    scenario = copy / "tests" / "scenarios" / "04-all-unknown.yaml"
    scenario.write_text(scenario.read_text().replace("recommendation:", "recomendation:"))
    assert [str(failure) for failure in run_tests(copy).failures] == [
        (
            f"{cases}:{line(cases, 'fire: true')}: error: cases.0.fire: unknown key 'fire' "
            "(did you mean 'fires'?)"
        ),
        (
            f"{scenario}:{line(scenario, 'recomendation:')}: error: expect.recomendation: unknown "
            "key 'recomendation' (did you mean 'recommendation'?)"
        ),
    ]


def test_a_mapping_left_empty_says_what_it_got(tmp_path: Path) -> None:
    copy = tmp_path / "serving"
    shutil.copytree(SERVING, copy)
    rule = copy / "rules" / "caller-waits.yaml"
    rule.write_text(rule.read_text().replace("effects:\n  scores:", "effects:\nscores:"))
    with pytest.raises(PackError) as raised:
        load_pack(copy)
    assert str(raised.value) == "\n".join(
        [
            f"invalid rule pack {copy}: 2 problems",
            (
                f"  {rule}:{line(rule, 'effects:')}: effects: expected a mapping of keys, got "
                "nothing (are its keys indented under it?)"
            ),
            f"  {rule}:{line(rule, 'scores:')}: scores: unknown key 'scores'",
        ]
    )


def test_a_file_saved_as_yml_is_named_not_skipped(tmp_path: Path) -> None:
    # A rule or a test silently left out would change what the pack decides.
    copy = tmp_path / "serving"
    shutil.copytree(SERVING, copy)
    scenario = copy / "tests" / "scenarios" / "01-nightly-churn-scores.yaml"
    scenario.rename(scenario.with_suffix(".yml"))
    cases = copy / "tests" / "rules" / "large-volume.yaml"
    cases.rename(cases.with_suffix(".yml"))
    assert [str(failure) for failure in run_tests(copy).failures] == [
        (
            f"{copy / 'tests/rules/large-volume.yaml'}: error: rule 'large-volume' has no case "
            "file (write one with cases where it fires and where it stays silent)"
        ),
        (
            f"{copy / 'tests/rules/large-volume.yml'}: error: not read: pack files end in .yaml "
            "(rename it large-volume.yaml)"
        ),
        (
            f"{copy / 'tests/scenarios/01-nightly-churn-scores.yml'}: error: not read: pack files "
            "end in .yaml (rename it 01-nightly-churn-scores.yaml)"
        ),
    ]
    rule = copy / "rules" / "large-volume.yaml"
    rule.rename(rule.with_suffix(".yml"))
    with pytest.raises(PackError) as raised:
        load_pack(copy)
    assert str(raised.value) == (
        f"invalid rule pack {copy}: {copy / 'rules/large-volume.yml'}: not read: pack files "
        "end in .yaml (rename it large-volume.yaml)"
    )


def test_invalid_answers_in_a_case_are_a_failure(tmp_path: Path) -> None:
    copy = tmp_path / "serving"
    shutil.copytree(SERVING, copy)
    write(
        copy / "tests" / "rules" / "caller-waits.yaml",
        """
        rule: caller-waits
        cases:
          - {name: fires, answers: {caller_wait: "yes"}, fires: true}
          - {name: silent, answers: {}, fires: false}
        """,
    )
    report = run_tests(copy)
    assert [str(failure) for failure in report.failures] == [
        (
            f"{copy / 'tests/rules/caller-waits.yaml'}:3: error: case 'fires': invalid answers: "
            "unknown question 'caller_wait' (did you mean 'caller_waits'?); the questions are: "
            "freshness, caller_waits, inputs_known_in_advance, volume, event_stream, "
            "live_comparison, always_on_ops, recent_features, feature_store, monitoring"
        )
    ]


def test_a_pack_that_does_not_load_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rules", "test", str(tmp_path / "nowhere")]) == 1
    assert capsys.readouterr().err == (
        f"advisor: error: invalid rule pack {tmp_path / 'nowhere'}: no such folder\n"
    )

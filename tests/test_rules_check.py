"""`advisor rules check`: every problem at once, linter style, then the verification.

Outputs are asserted whole; only the measured time is normalised.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from advisor.authoring import reach as reach_module
from advisor.authoring import verify as verify_module
from advisor.authoring.lint import Finding, check, flow, render_check
from advisor.cli import main
from advisor.loader import default_pack_path, packs_root

from conftest import DEFAULT_QUESTIONS as QUESTIONS
from conftest import TINY_MANIFEST, TINY_QUESTIONS, rule_yaml


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    captured = capsys.readouterr()
    return (
        code,
        re.sub(r" in \d+\.\d\d s$", " in 0.00 s", captured.out, flags=re.MULTILINE),
        captured.err,
    )


def line(path: Path, text: str) -> int:
    """The 1-based line of the first line of ``path`` holding ``text``."""
    for number, content in enumerate(path.read_text().splitlines(), start=1):
        if text in content:
            return number
    raise AssertionError(f"{text!r} not in {path}")


def test_the_default_pack_is_clean(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["rules", "check"], capsys)
    root = default_pack_path()
    assert (code, err) == (0, "")
    lines = out.splitlines()
    assert lines[0] == (
        f"{root}: 27 rules, 19 questions (13 decision), 3 patterns, languages: en, pt-BR"
    )
    assert lines[1] == (
        "verified all 8,957,952 combinations of answers to the 13 decision questions "
        "(unknown included) in 0.00 s"
    )
    assert lines[4] == (
        '    {training_in_prod_allowed: "no", prod_accepts_external_models: "no"}  '
        "vetoed by prod-rejects-external-models, training-forbidden-in-prod"
    )
    assert "    {}  tie between deploy_code, deploy_model, hybrid" in lines
    assert lines[-1] == f"{root}: 0 errors, 0 warnings"


def test_the_serving_pack_output(capsys: pytest.CaptureFixture[str]) -> None:
    root = packs_root() / "serving"
    code, out, _ = run(["rules", "check", str(root)], capsys)
    assert code == 0
    assert out == "\n".join(
        [
            f"{root}: 12 rules, 10 questions (8 decision), 3 patterns, languages: en",
            (
                "verified all 8,748 combinations of answers to the 8 decision questions "
                "(unknown included) in 0.00 s"
            ),
            "  recommended: batch 3,483 (39.8%), streaming 2,813 (32.2%), realtime 2,452 (28.0%)",
            "  no viable pattern: none",
            "  decided by the tie policy: 1,676 (19.2%), for example:",
            "    {}  tie between batch, streaming, realtime",
            '    {always_on_ops: "no"}  tie between batch, streaming',
            '    {event_stream: "no"}  tie between batch, realtime',
            f"{root}: 0 errors, 0 warnings",
            "",
        ]
    )


def test_a_mistyped_question_is_reported_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "pack"
    shutil.copytree(default_pack_path(), copy)
    rule = copy / "rules" / "expensive-training.yaml"
    rule.write_text(rule.read_text().replace("question: training_cost", "question: trainig_cost"))
    code, out, err = run(["rules", "check", str(copy)], capsys)
    assert (code, err) == (1, "")
    assert out == (
        f"{rule}:{line(rule, 'trainig_cost')}: error: unknown question 'trainig_cost' "
        f"(did you mean 'training_cost'?); known: {QUESTIONS}\n"
        f"{copy}: 1 error, 0 warnings\n"
    )


def test_every_load_problem_is_listed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    copy = tmp_path / "pack"
    shutil.copytree(default_pack_path(), copy)
    cheap = copy / "rules" / "cheap-training.yaml"
    cheap.write_text(cheap.read_text().replace("title:", "titel:"))
    single = copy / "rules" / "single-workspace.yaml"
    single.write_text(single.read_text().replace("{deploy_model: 1}", "{deploy_modle: 1}"))
    questions = copy / "questions.yaml"
    questions.write_text(
        questions.read_text().replace(
            'not: {question: training_in_prod_allowed, is: "no"}',
            "not: {question: staging_budget, is: tight}",
        )
    )
    code, out, _ = run(["rules", "check", str(copy)], capsys)
    assert code == 1
    assert out == "\n".join(
        [
            (
                f"{cheap}:{line(cheap, 'titel:')}: error: titel: unknown key 'titel' (did you mean "
                "'title'?)"
            ),
            (
                f"{questions}:{line(questions, 'not: {question: staging_budget') - 1}: error: 'when' "
                "reads question 'staging_budget', which is not asked before this one"
            ),
            (
                f"{single}:{line(single, 'deploy_modle')}: error: unknown pattern 'deploy_modle' "
                "(did you mean 'deploy_model'?); known: deploy_code, deploy_model, hybrid"
            ),
            f"{copy}: 3 errors, 0 warnings",
            "",
        ]
    )


PROBLEM_QUESTIONS = (
    TINY_QUESTIONS
    + """
      - id: budget
        kind: decision
        text: Budget?
        help: Read by no rule.
        options:
          - {id: tight, label: Tight}
          - {id: ample, label: Ample}
"""
)
PROBLEM_RULES = {
    "small-favours-alpha": rule_yaml(
        "small-favours-alpha", "{question: size, is: small}", "{scores: {alpha: 1}}"
    ),
    "large-favours-beta": rule_yaml(
        "large-favours-beta", "{question: size, is: large}", "{scores: {beta: 3}}"
    ),
    # detail is asked only when not locked: this condition never holds.
    "fine-when-locked": rule_yaml(
        "fine-when-locked",
        '{all: [{question: locked, is: "yes"}, {question: detail, is: fine}]}',
        "{scores: {gamma: 5}}",
    ),
    "note-colour": rule_yaml("note-colour", "{question: colour, is: red}", "{}"),
}


def test_dead_rules_unused_questions_and_unreachable_patterns(
    make_pack: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_pack(rules=PROBLEM_RULES, questions__yaml=PROBLEM_QUESTIONS)
    code, out, _ = run(["rules", "check", str(root)], capsys)
    questions, patterns = root / "questions.yaml", root / "patterns.yaml"
    dead, idle = root / "rules" / "fine-when-locked.yaml", root / "rules" / "note-colour.yaml"
    assert code == 1
    assert out == "\n".join(
        [
            (
                f"{questions}:{line(questions, 'id: budget')}: warning: decision question 'budget' "
                "never changes the recommendation: no rule that changes scores or vetoes a pattern "
                "depends on it (make it a layout question, or write such a rule)"
            ),
            (
                f"{patterns}:{line(patterns, 'id: gamma')}: error: pattern 'gamma' is never "
                "recommended: no combination of answers makes it the best viable pattern"
            ),
            (
                f"{dead}:{line(dead, 'when:')}: error: rule 'fine-when-locked' can never fire: no "
                "combination of answers satisfies its condition"
            ),
            f"{idle}:{line(idle, 'effects:')}: warning: rule 'note-colour' has no effects",
            f"{root}: 4 rules, 5 questions (4 decision), 3 patterns, languages: en",
            (
                "verified all 81 combinations of answers to the 4 decision questions "
                "(unknown included) in 0.00 s"
            ),
            "  recommended: alpha 54 (66.7%), beta 27 (33.3%), gamma 0 (0.0%)",
            "  no viable pattern: none",
            "  decided by the tie policy: 27 (33.3%), for example:",
            "    {}  tie between alpha, beta, gamma",
            f"{root}: 2 errors, 2 warnings",
            "",
        ]
    )


def test_a_text_missing_a_declared_language_is_a_warning(
    make_pack: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    root = make_pack(pack__yaml=TINY_MANIFEST.replace("languages: [en]", "languages: [en, pt-BR]"))
    code, out, _ = run(["rules", "check", str(root)], capsys)
    assert code == 0
    lines = out.splitlines()
    assert lines[:2] == [
        f"{root / 'pack.yaml'}:3: warning: title: no 'pt-BR' text (a language the pack declares)",
        (
            f"{root / 'pack.yaml'}:4: warning: description: no 'pt-BR' text (a language the pack "
            "declares)"
        ),
    ]
    warnings = [item for item in lines if ": warning: " in item]
    # title and description; 4 questions' text and help, 8 option labels; 3 patterns'
    # name, summary, 2 trade-offs and flow; 4 rules' title and reason, 1 veto reason.
    assert len(warnings) == 2 + 4 * 2 + 8 + 3 * 5 + 4 * 2 + 1
    assert lines[-1] == f"{root}: 0 errors, {len(warnings)} warnings"


def test_a_translated_text_is_not_reported(
    make_pack: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    manifest = TINY_MANIFEST.replace("languages: [en]", "languages: [en, pt-BR]").replace(
        "title: Tiny pack", "title: {en: Tiny pack, pt-BR: Pacote mínimo}"
    )
    root = make_pack(pack__yaml=manifest)
    run(["rules", "check", str(root)], capsys)
    assert "title: no 'pt-BR' text" not in capsys.readouterr().out


def test_a_missing_folder_and_a_folder_that_is_no_pack(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing, empty = tmp_path / "nowhere", tmp_path / "empty"
    empty.mkdir()
    code, out, err = run(["rules", "check", str(missing), str(empty)], capsys)
    assert (code, err) == (1, "")
    assert out == "\n".join(
        [
            f"{missing}: error: no such folder",
            f"{missing}: 1 error, 0 warnings",
            f"{empty / 'pack.yaml'}: error: missing file",
            f"{empty / 'questions.yaml'}: error: missing file",
            f"{empty / 'patterns.yaml'}: error: missing file",
            f"{empty / 'layouts.yaml'}: error: missing file",
            f"{empty / 'rules/'}: error: no rule files",
            f"{empty}: 5 errors, 0 warnings",
            "",
        ]
    )


def test_an_answer_space_too_large_to_verify_is_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(verify_module, "STATE_LIMIT", 10)
    report = check(packs_root() / "serving", clock=iter([0.0, 0.25]).__next__)
    assert report.findings == [
        Finding(
            "warning",
            str(packs_root() / "serving"),
            None,
            "the answer space was not verified: more than 10 distinct partial states after "
            "question 'caller_waits'",
        )
    ]
    assert (
        render_check(report).splitlines()[-1] == f"{packs_root() / 'serving'}: 0 errors, 1 warning"
    )


def test_a_condition_too_large_to_enumerate_is_a_warning(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(reach_module, "CLOSURE_LIMIT", 6)
    root = packs_root() / "serving"
    report = check(root, clock=iter([0.0, 0.25]).__next__)
    rules = [
        root / "rules" / f"{name}.yaml"
        for name in ("precomputable-lookups", "request-brings-new-inputs", "session-features")
    ]
    assert [str(finding) for finding in report.findings] == [
        f"{rule}:{line(rule, 'when:')}: warning: '{rule.stem}' was not verified: its condition "
        "depends on too many answers"
        for rule in rules
    ]


def test_the_measured_time_is_shown() -> None:
    report = check(packs_root() / "serving", clock=iter([1.0, 1.25]).__next__)
    assert render_check(report).splitlines()[1].endswith(" in 0.25 s")


@pytest.mark.parametrize(
    ("answers", "text"),
    [
        ({}, "{}"),
        ({"a": "no", "b": "sample_only"}, '{a: "no", b: sample_only}'),
        ({"a": "On", "b": "null"}, '{a: "On", b: "null"}'),
    ],
)
def test_examples_are_yaml_ready_to_paste(answers: dict[str, str], text: str) -> None:
    assert flow(answers) == text

"""Bad input: exit 1 and one message naming the file, the line, the problem and the
allowed values; never a traceback. Messages are asserted whole: they are a contract."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from advisor.cli import main
from advisor.errors import PackError
from advisor.loader import default_pack_path, load_pack

from conftest import DEFAULT_QUESTIONS as QUESTIONS
from conftest import write

CASES = {
    "invalid-option": (
        "a.yaml",
        "team: X\nanswers:\n  dev_reads_prod_data: no\n  training_cost: hgh\n",
        (
            "a.yaml:4: invalid answer 'hgh' to question 'training_cost' (did you mean 'high'?); "
            "allowed: low, moderate, high, unknown"
        ),
    ),
    "unknown-question": (
        "a.yaml",
        "team: X\nanswers:\n  trainig_cost: high\n",
        (
            "a.yaml:3: unknown question 'trainig_cost' (did you mean 'training_cost'?); "
            f"the questions are: {QUESTIONS}"
        ),
    ),
    "malformed-yaml": (
        "a.yaml",
        "team: X\nanswers:\n  training_cost: [high\n",
        "a.yaml:4: not valid YAML: did not find expected ',' or ']'",
    ),
    "tab-indentation": (
        "a.yaml",
        "team: X\nanswers:\n\ttraining_cost: low\n",
        (
            "a.yaml:3: not valid YAML: found character that cannot start any token: a tab; "
            "indent with spaces"
        ),
    ),
    "wrong-indentation": (
        "a.yaml",
        "team: X\nanswers:\n  training_cost: low\n   git_cicd: full\n",
        (
            "a.yaml:4: not valid YAML: mapping values are not allowed in this context: check this "
            "line's indentation against the line above"
        ),
    ),
    "not-a-mapping": (
        "a.yaml",
        "- training_cost: high\n",
        "a.yaml:1: expected a mapping with 'team' and 'answers', got a list",
    ),
    "empty-file": (
        "a.yaml",
        "",
        "a.yaml: expected a mapping with 'team' and 'answers', got nothing (the file is empty)",
    ),
    "answers-not-a-mapping": (
        "a.yaml",
        "team: X\nanswers:\n  - training_cost\n",
        "a.yaml:2: 'answers' must be a mapping of question id to option id, got a list",
    ),
    "question-in-capitals": (
        "a.yaml",
        "team: X\nanswers:\n  Git_CICD: full\n",
        (
            "a.yaml:3: unknown question 'Git_CICD' (did you mean 'git_cicd'?); "
            f"the questions are: {QUESTIONS}"
        ),
    ),
    "misspelt-key": (
        "a.yaml",
        "team: X\nanswer:\n  training_cost: high\n",
        "a.yaml:2: unknown key 'answer' (did you mean 'answers'?); an answers file has: team, answers",
    ),
    "duplicate-question": (
        "a.yaml",
        "answers:\n  workspaces: single\n  workspaces: multiple\n",
        "a.yaml:3: duplicate key 'workspaces' (first at line 2)",
    ),
    "json-invalid-option": (
        "a.json",
        '{"team": "X",\n "answers": {\n  "retraining": "weekly"}}\n',
        (
            "a.json:3: invalid answer 'weekly' to question 'retraining'; "
            "allowed: rare, scheduled, triggered, unknown"
        ),
    ),
    "json-duplicate-key": (
        "a.json",
        '{"team": "X",\n "answers": {"workspaces": "single",\n  "workspaces": "multiple"}}\n',
        "a.json:3: duplicate key 'workspaces' (first at line 2)",
    ),
    "number-as-written": (
        "a.yaml",
        "team: X\nanswers:\n  training_cost: 0x10\n",
        (
            "a.yaml:3: invalid answer '0x10' to question 'training_cost'; "
            "allowed: low, moderate, high, unknown"
        ),
    ),
    "key-not-a-name": (
        "a.yaml",
        "team: X\nanswers:\n  ? [git_cicd]\n  : full\n",
        "a.yaml:3: a key must be a name, not a list or a mapping",
    ),
    "nul-character": (
        "a.yaml",
        "team: X\nanswers:\n  git_cicd: fu\x00ll\n",
        "a.yaml:3: not valid YAML: unacceptable character #x0000: control characters are not allowed",
    ),
    "json-half-character": (
        "a.json",
        '{"team": "X",\n "answers": {"git_cicd": "full\\udc00"}}\n',
        (
            "a.json:2: '\\udc00' is half of a character (a lone surrogate): write the whole "
            "character, or both halves"
        ),
    ),
    "json-too-deep": (
        "a.json",
        "[" * 100_000 + "]" * 100_000,
        "a.json: not valid JSON: values nested too deeply",
    ),
    "malformed-json": (
        "a.json",
        '{"team": "X",,}\n',
        "a.json:1: not valid JSON: Expecting property name enclosed in double quotes",
    ),
    "a-batch-csv": (
        "teams.csv",
        "team,training_cost\nA,high\n",
        (
            "teams.csv: is a CSV file, one team per row: assess its teams with advisor batch "
            "teams.csv --out DIR (--answers takes one team's YAML or JSON file)"
        ),
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_answers_file_exits_1_with_one_clear_message(
    case: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, text, message = CASES[case]
    write(workdir / name, text)
    assert main(["assess", "--answers", name]) == 1
    captured = capsys.readouterr()
    assert captured.err == f"advisor: error: {message}\n"
    assert captured.out == ""
    assert not (workdir / "reports").exists()


@pytest.mark.usefixtures("workdir")
def test_a_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", "--answers", "nope.yaml"]) == 1
    assert capsys.readouterr().err == "advisor: error: nope.yaml: no such file\n"


def test_a_file_that_is_not_text(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (workdir / "a.yaml").write_bytes(b"\xff\xfe\x00binary")
    assert main(["assess", "--answers", "a.yaml"]) == 1
    assert capsys.readouterr().err == "advisor: error: a.yaml: is not UTF-8 text\n"


def test_unquoted_yes_and_no_are_accepted(workdir: Path) -> None:
    write(
        workdir / "a.yaml",
        """
        team: Plain YAML
        answers:
          dev_reads_prod_data: no
          full_data_training: yes
          supporting_code: Yes
          prod_accepts_external_models: NO
        """,
    )
    assert main(["assess", "--answers", "a.yaml", "--date", "2026-01-01"]) == 0
    assert (workdir / "reports" / "plain-yaml.md").is_file()


@pytest.mark.parametrize("tag", ["pt-br", "pt_BR", "PT-BR", "pt_br"])
def test_a_language_tag_in_any_case(workdir: Path, tag: str) -> None:
    write(workdir / "a.yaml", "team: X\n")
    assert main(["assess", "--answers", "a.yaml", "--lang", tag, "--output", "a.md"]) == 0
    assert "## Contexto e enunciado do problema" in (workdir / "a.md").read_text(encoding="utf-8")


def test_a_byte_order_mark_is_accepted_in_json_and_yaml(workdir: Path) -> None:
    # PowerShell 5.1's Out-File and Notepad write one.
    (workdir / "a.json").write_bytes(
        b'\xef\xbb\xbf{"team": "Bom", "answers": {"workspaces": "single"}}'
    )
    (workdir / "b.yaml").write_bytes(b"\xef\xbb\xbfteam: Bom\nanswers:\n  workspaces: single\n")
    assert main(["assess", "--answers", "a.json", "--output", "a.md", "--date", "2026-01-01"]) == 0
    assert main(["assess", "--answers", "b.yaml", "--output", "b.md", "--date", "2026-01-01"]) == 0
    assert (workdir / "a.md").read_bytes() == (workdir / "b.md").read_bytes()


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["assess", "--answers", "a.yaml", "--format", "pdf"], "invalid choice: 'pdf'"),
        (["assess", "--answers", "a.yaml", "--date", "31/01/2026"], "is not a date; write it as"),
        (["assess", "--answers", "a.yaml", "--date", "20260131"], "is not a date; write it as"),
        (["batch", "a.csv", "--out", "x", "--date", "2026-W05-6"], "is not a date; write it as"),
        (["assess", "--answers", "a.yaml", "--lang", "fr"], "invalid choice: 'fr'"),
        (["assess", "--bogus"], "unrecognized arguments: --bogus"),
        (["batch", "a.csv"], "the following arguments are required: --out"),
        (["batch", "--out", "x"], "the following arguments are required: INPUT"),
        (
            ["batch", "a.csv", "--out", "x", "--jobs", "0"],
            "'0' is not a whole number of at least 1",
        ),
        (["batch", "a.csv", "--out", "x", "--format", "pdf"], "invalid choice: 'pdf'"),
        (["rules", "schema", "answers"], "'answers' is a kind of schema, not a pack"),
        (["batch", "a.csv", "--out", ""], "--out: give the folder to write the reports into"),
        (["batch", "a.csv", "--out", "  "], "--out: give the folder to write the reports into"),
        (
            ["assess", "--answers", "a.yaml", "--output", ""],
            "argument --output: give the file to write the report into, or '-' for standard output",
        ),
    ],
)
def test_usage_errors_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code == 2
    assert message in capsys.readouterr().err


def test_a_report_under_a_file_says_which_is_not_a_folder(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "weekly.yaml", "team: Weekly\n")
    assert main(["assess", "--answers", "weekly.yaml", "--output", "weekly.yaml/r.md"]) == 1
    assert capsys.readouterr().err == (
        "advisor: error: weekly.yaml/r.md: cannot be written: weekly.yaml is a file, not a folder\n"
    )
    assert (workdir / "weekly.yaml").read_text() == "team: Weekly\n"


def test_schemas_into_a_file_is_a_usage_error(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "a.yaml", "")
    with pytest.raises(SystemExit) as raised:
        main(["rules", "schema", "--output", "a.yaml"])
    assert raised.value.code == 2
    assert capsys.readouterr().err.endswith(
        "advisor: error: rules schema --output a.yaml: is a file; give a folder\n"
    )


def _broken_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "pack"
    shutil.copytree(default_pack_path(), copy)
    return copy


def test_a_pack_file_that_cannot_be_read_says_why(tmp_path: Path) -> None:
    copy = _broken_copy(tmp_path)
    (copy / "pack.yaml").write_bytes(b"id: caf\xe9\n")
    (copy / "questions.yaml").unlink()
    (copy / "questions.yaml").mkdir()
    with pytest.raises(PackError) as raised:
        load_pack(copy)
    assert str(raised.value) == (
        f"invalid rule pack {copy}: 2 problems\n"
        f"  {copy / 'pack.yaml'}: is not UTF-8 text; save it as UTF-8\n"
        f"  {copy / 'questions.yaml'}: is a folder, not a file"
    )


def test_a_mistyped_question_in_a_rule_names_file_and_line(tmp_path: Path) -> None:
    copy = _broken_copy(tmp_path)
    rule = copy / "rules" / "expensive-training.yaml"
    rule.write_text(rule.read_text().replace("question: training_cost", "question: trainig_cost"))
    with pytest.raises(PackError) as raised:
        load_pack(copy)
    assert str(raised.value) == (
        f"invalid rule pack {copy}: {rule}:13: unknown question 'trainig_cost' "
        f"(did you mean 'training_cost'?); known: {QUESTIONS}"
    )


def test_every_problem_of_a_pack_is_reported_at_once(tmp_path: Path) -> None:
    copy = _broken_copy(tmp_path)
    cheap = copy / "rules" / "cheap-training.yaml"
    cheap.write_text(cheap.read_text().replace("title:", "titel:"))
    single = copy / "rules" / "single-workspace.yaml"
    single.write_text(single.read_text().replace("{deploy_model: 1}", "{deploy_modle: 1}"))
    with pytest.raises(PackError) as raised:
        load_pack(copy)
    assert str(raised.value) == "\n".join(
        [
            f"invalid rule pack {copy}: 2 problems",
            f"  {cheap}:3: titel: unknown key 'titel' (did you mean 'title'?)",
            (
                f"  {single}:15: unknown pattern 'deploy_modle' (did you mean 'deploy_model'?); "
                "known: deploy_code, deploy_model, hybrid"
            ),
        ]
    )


def test_a_pack_text_may_not_hold_a_unicode_noncharacter(tmp_path: Path) -> None:
    # The report writer stands in for team names with noncharacters.
    copy = _broken_copy(tmp_path)
    patterns = copy / "patterns.yaml"
    text = patterns.read_text(encoding="utf-8")
    patterns.write_text(text.replace("Deploy code", "Deploy \ufdd0code", 1), encoding="utf-8")
    line = text[: text.index("Deploy code")].count("\n") + 1
    with pytest.raises(PackError) as raised:
        load_pack(copy)
    assert str(raised.value) == (
        f"invalid rule pack {copy}: {patterns}:{line}: holds the Unicode noncharacter U+FDD0, "
        "which is not text: remove it"
    )


def test_a_bad_pack_on_the_command_line_exits_1(
    tmp_path: Path, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "a.yaml", "answers: {}\n")
    assert main(["assess", "--answers", "a.yaml", "--pack", str(tmp_path / "nowhere")]) == 1
    assert capsys.readouterr().err == (
        f"advisor: error: invalid rule pack {tmp_path / 'nowhere'}: no such folder\n"
    )


def test_a_layout_question_may_not_change_scores(tmp_path: Path) -> None:
    copy = _broken_copy(tmp_path)
    rule = copy / "rules" / "cheap-training.yaml"
    rule.write_text(
        rule.read_text().replace("question: training_cost, is: low", "question: serving, is: batch")
    )
    with pytest.raises(PackError) as raised:
        load_pack(copy)
    assert str(raised.value) == (
        f"invalid rule pack {copy}: {rule}:14: rule 'cheap-training' reads layout question "
        "'serving', so it may not change scores or veto a pattern (layout answers never change "
        "the choice)"
    )

"""`advisor rules docs`: Markdown generated from a pack, committed for the built-in packs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from advisor.authoring.docs import refresh_command, render_docs
from advisor.cli import main
from advisor.loader import load_pack, packs_root
from advisor.pack import Pack

from conftest import rule_yaml

PACKS = sorted(path for path in packs_root().iterdir() if (path / "pack.yaml").is_file())


@pytest.mark.parametrize("root", PACKS, ids=[root.name for root in PACKS])
def test_the_committed_readme_is_fresh(root: Path) -> None:
    pack = load_pack(root)
    committed = (root / "README.md").read_text(encoding="utf-8")
    assert committed == render_docs(pack), f"refresh with: {refresh_command(pack)}"


def test_the_docs_hold_questions_rules_and_patterns(pack: Pack) -> None:
    text = render_docs(pack)
    assert text.startswith(
        "<!-- Generated from the pack by `advisor rules docs rules/deployment --lang en "
        "--output rules/deployment/README.md`: do not edit. -->\n\n# Model deployment patterns\n"
    )
    assert (
        "| 5 | How much does one full training run cost? | [`training_cost`](#training_cost) "
        "| decision | `low`, `moderate`, `high` |"
    ) in text
    assert "| `sample_only` | Only a masked or sampled copy |" in text
    assert "Asked only when `not (training_in_prod_allowed = no)`." in text
    assert (
        "| [`full-data-out-of-reach`](#full-data-out-of-reach) "
        "| `dev_reads_prod_data in {no, sample_only} and full_data_training = yes` "
        "| rules out `deploy_model` |"
    ) in text
    assert "- Scores: `deploy_model` +3, `hybrid` +1" in text
    assert "- File: `rules/expensive-training.yaml`" in text
    assert "- `safe_retraining`: Automated retraining is safer" in text
    assert "```mermaid\nflowchart LR\n" in text


def test_pack_text_cannot_inject_html(make_pack: Callable[..., Path]) -> None:
    rules = {
        "small-favours-alpha": rule_yaml(
            "small-favours-alpha", "{question: size, is: small}", "{scores: {alpha: 1}}"
        ).replace("title: Rule small-favours-alpha", "title: <script>alert(1)</script> | x"),
        "large-favours-beta": rule_yaml(
            "large-favours-beta", "{question: size, is: large}", "{scores: {beta: 1, gamma: 1}}"
        ),
    }
    text = render_docs(load_pack(make_pack(rules=rules)))
    assert "<script>" not in text
    assert "**&lt;script&gt;alert(1)&lt;/script&gt; | x**" in text


def test_docs_on_stdout_and_in_a_file(
    tmp_path: Path, pack: Pack, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rules", "docs"]) == 0
    assert capsys.readouterr().out == render_docs(pack)
    target = tmp_path / "docs" / "README.md"
    assert main(["rules", "docs", "--output", str(target)]) == 0
    assert capsys.readouterr().out == f"wrote {target}\n"
    assert target.read_text() == render_docs(pack)


def test_check_mode_reports_a_stale_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serving = str(packs_root() / "serving")
    target = tmp_path / "README.md"
    target.write_text("old\n")
    assert main(["rules", "docs", serving, "--output", str(target), "--check"]) == 1
    assert capsys.readouterr().out == (
        f"{target}: out of date; refresh it with: advisor rules docs {serving} --lang en "
        f"--output {target}\n"
    )
    assert target.read_text() == "old\n"
    assert main(["rules", "docs", serving, "--output", str(target)]) == 0
    capsys.readouterr()
    assert main(["rules", "docs", serving, "--output", str(target), "--check"]) == 0
    assert capsys.readouterr().out == f"{target}: up to date\n"


def test_check_mode_says_when_the_file_is_missing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    serving = str(packs_root() / "serving")
    target = tmp_path / "README.md"
    assert main(["rules", "docs", serving, "--output", str(target), "--check"]) == 1
    assert capsys.readouterr().out == (
        f"{target}: missing (or unreadable); refresh it with: advisor rules docs {serving} "
        f"--lang en --output {target}\n"
    )


def test_check_mode_needs_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["rules", "docs", "--check"])
    assert raised.value.code == 2
    assert capsys.readouterr().err.endswith(
        "advisor: error: rules docs --check needs --output FILE (the file to compare)\n"
    )


def test_rules_without_an_action_prints_its_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: advisor rules [-h] ACTION ...")
    for action in ("check", "test", "schema", "docs"):
        assert f"    {action}  " in out


def test_an_unknown_action_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["rules", "lint"])
    assert raised.value.code == 2
    assert "invalid choice: 'lint'" in capsys.readouterr().err


def test_the_document_speaks_the_language_it_is_asked_in() -> None:
    from advisor.authoring.docs import WORDS

    assert WORDS["pt-BR"].keys() == WORDS["en"].keys()
    pack = load_pack()
    text = render_docs(pack, lang="pt-BR")
    assert text.startswith(
        "<!-- Gerado a partir do pacote por `advisor rules docs rules/deployment --lang pt-BR "
        "--output rules/deployment/README.md`: não edite. -->\n"
    )
    headings = [line[3:] for line in text.splitlines() if line.startswith("## ")]
    assert headings == ["Como o pacote decide", "Padrões", "Perguntas", "Regras"]
    # The table of contents points at those headings, as GitHub names their anchors.
    assert "- [Padrões](#padrões)" in text
    for english in ("Advantages:", "Scored by:", "Mitigation:", "(source:", "Read by", "- When:"):
        assert english not in text


def test_the_check_of_an_english_readme_holds_under_a_brazilian_locale(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The header's command names the language: run anywhere, it writes the same file.
    target = tmp_path / "README.md"
    assert main(["rules", "docs", "--lang", "en", "--output", str(target)]) == 0
    header = target.read_text(encoding="utf-8").splitlines()[0]
    assert "advisor rules docs rules/deployment --lang en --output" in header
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    assert main(["rules", "docs", "--lang", "en", "--output", str(target), "--check"]) == 0
    assert main(["rules", "docs", "--output", str(target), "--check"]) == 1
    assert "refresh it with: advisor rules docs --lang pt-BR --output" in capsys.readouterr().out


def test_output_dash_is_stdout_for_docs_and_refused_for_schemas(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["rules", "docs", "--lang", "en", "--output", "-"]) == 0
    assert capsys.readouterr().out.startswith("<!-- Generated from the pack by ")
    assert not (workdir / "-").exists()
    with pytest.raises(SystemExit) as stopped:
        main(["rules", "schema", "--output", "-"])
    assert stopped.value.code == 2
    assert capsys.readouterr().err.endswith(
        "advisor: error: rules schema --output -: it writes one file per kind into a folder; "
        "leave --output out to print them\n"
    )
    assert not (workdir / "-").exists()

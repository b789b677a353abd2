"""Bad input is explained in the user's language: the same messages, in pt-BR."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from advisor.cli import main
from advisor.i18n.errors import ERRORS

from conftest import DEFAULT_QUESTIONS, write


def _fields(text: str) -> set[str]:
    return set(re.findall(r"{(\w+)}", text))


def test_both_languages_have_every_error_with_the_same_fields() -> None:
    assert ERRORS["en"].keys() == ERRORS["pt-BR"].keys()
    for key, text in ERRORS["en"].items():
        assert _fields(text) == _fields(ERRORS["pt-BR"][key]), key


CASES = {
    "invalid-option": (
        "a.yaml",
        "team: X\nanswers:\n  training_cost: hgh\n",
        (
            "a.yaml:3: resposta inválida 'hgh' para a pergunta 'training_cost' "
            "(você quis dizer 'high'?); aceitas: low, moderate, high, unknown"
        ),
    ),
    "unknown-key": (
        "a.yaml",
        "team: X\nanswer:\n  training_cost: high\n",
        (
            "a.yaml:2: chave desconhecida 'answer' (você quis dizer 'answers'?); "
            "um arquivo de respostas tem: team, answers"
        ),
    ),
    "not-a-mapping": (
        "a.yaml",
        "- training_cost: high\n",
        "a.yaml:1: esperava um mapeamento com 'team' e 'answers', veio uma lista",
    ),
    "empty-file": (
        "a.yaml",
        "",
        "a.yaml: esperava um mapeamento com 'team' e 'answers', veio nada (o arquivo está vazio)",
    ),
    "duplicate-question": (
        "a.yaml",
        "answers:\n  workspaces: single\n  workspaces: multiple\n",
        "a.yaml:3: chave repetida 'workspaces' (a primeira está na linha 2)",
    ),
    "malformed-json": (
        "a.json",
        '{"team": "X",,}\n',
        "a.json:1: não é um JSON válido: Expecting property name enclosed in double quotes",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_answers_file_in_portuguese(
    case: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name, text, expected = CASES[case]
    write(workdir / name, text)
    assert main(["assess", "--answers", name, "--lang", "pt-BR"]) == 1
    assert capsys.readouterr().err == f"advisor: erro: {expected}\n"


@pytest.mark.usefixtures("workdir")
def test_the_environment_s_language_explains_the_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    assert main(["assess", "--answers", "nope.yaml"]) == 1
    assert capsys.readouterr().err == "advisor: erro: nope.yaml: arquivo não encontrado\n"


@pytest.mark.usefixtures("workdir")
def test_english_stays_the_default(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["assess", "--answers", "nope.yaml"]) == 1
    assert capsys.readouterr().err == "advisor: error: nope.yaml: no such file\n"


def test_no_terminal_in_portuguese(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    with pytest.raises(SystemExit) as raised:
        main(["assess", "--lang", "pt-BR"])
    assert raised.value.code == 2
    assert capsys.readouterr().err.endswith(
        "advisor: erro: não há terminal para fazer as perguntas: passe as respostas com "
        "--answers ARQUIVO (veja advisor assess --help)\n"
    )


def test_a_batch_explains_its_bad_inputs_in_portuguese(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(
        workdir / "teams.csv",
        "team,training_cost,workspaces\nGood,high,multiple\n,low,single\n"
        "Bad,hgh,single\nStray,low,single,oops\n",
    )
    write(workdir / "columns.csv", "team,trainig_cost\nX,low\n")
    write(workdir / "empty.yaml", "[]\n")
    write(workdir / "no-team.yaml", "- answers: {training_cost: low}\n")
    write(workdir / "sheet.xlsx", "")
    # A form export: the questions' texts as columns, the options' labels as answers.
    write(
        workdir / "form.csv",
        "Nome da equipe,Quanto custa uma execução completa de treinamento?\nForm,Caríssimo\n",
    )
    inputs = ["teams.csv", "columns.csv", "empty.yaml", "no-team.yaml", "sheet.xlsx"]
    code = main(["batch", *inputs, "missing.csv", "form.csv", "--out", "out", "--lang", "pt-BR"])
    assert code == 1
    errors = capsys.readouterr().err.splitlines()
    ids = DEFAULT_QUESTIONS
    assert errors == [
        "advisor: erro: teams.csv:3: a célula 'team' está vazia: toda linha precisa de uma equipe",
        (
            "advisor: erro: teams.csv:4: resposta inválida 'hgh' para a pergunta "
            "'training_cost' (você quis dizer 'high'?); aceitas: low, moderate, high, unknown"
        ),
        (
            "advisor: erro: teams.csv:5: um valor na coluna 4 ('oops') não tem nome de coluna "
            "no cabeçalho"
        ),
        (
            "advisor: erro: columns.csv:1: coluna desconhecida 'trainig_cost' (você quis dizer "
            "'training_cost'?); as colunas são 'team' e os ids das perguntas (ou os textos das "
            f"perguntas): {ids}"
        ),
        "advisor: erro: empty.yaml: a lista de perfis está vazia",
        "advisor: erro: no-team.yaml:1: sem nome de equipe: todo perfil de um lote precisa de 'team'",
        "advisor: erro: sheet.xlsx: é uma planilha: salve-a como CSV (UTF-8) e passe o arquivo .csv",
        "advisor: erro: missing.csv: arquivo ou pasta não encontrado",
        (
            "advisor: erro: form.csv:2: resposta inválida 'Caríssimo' para a pergunta "
            "'training_cost'; aceitas: low, moderate, high, unknown; ou os rótulos: "
            "'Baixo: de minutos a poucas horas em computação comum', 'Moderado', "
            "'Alto: muito caro', \"Não sei\""
        ),
    ]
    summary = (workdir / "out" / "summary.md").read_text(encoding="utf-8")
    assert (
        "| teams\\.csv:3 | — | a célula 'team' está vazia: toda linha precisa de uma equipe |"
        in (summary)
    )
    assert "no team name" not in summary + (workdir / "out" / "summary.csv").read_text("utf-8-sig")

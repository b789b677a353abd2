"""The questionnaire and the terminal in Brazilian Portuguese: the catalog, --lang, detection."""

from __future__ import annotations

import io
import json
import re
import string
from collections.abc import Callable
from pathlib import Path

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from prompt_toolkit.output.plain_text import PlainTextOutput
from rich.console import Console

from advisor.cli import main
from advisor.commands.assess import Options
from advisor.commands.interactive import questionnaire
from advisor.console.panel import Screen
from advisor.errors import EXIT_OK
from advisor.i18n import message
from advisor.i18n.ui import UI
from advisor.loader import load_pack
from advisor.prompts import Session
from advisor.text import LANGUAGES

from conftest import write

DATE = "2026-01-01"
ENTER = "\r"
FRAUD = """
team: Fraude
answers:
  retraining: scheduled
  training_cost: low
  git_cicd: full
  supporting_code: "yes"
"""
LOCALE = ("LC_ALL", "LC_MESSAGES", "LANG")


@pytest.fixture
def locale(monkeypatch: pytest.MonkeyPatch) -> Callable[[str], None]:
    """Set the environment's language (``LANG``), the other variables unset."""
    for name in LOCALE:
        monkeypatch.delenv(name, raising=False)

    def set_lang(value: str) -> None:
        monkeypatch.setenv("LANG", value)

    return set_lang


def fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


# -- the catalog -------------------------------------------------------------


def test_every_ui_text_is_in_both_languages_with_the_same_fields() -> None:
    assert set(UI) == set(LANGUAGES)
    assert set(UI["pt-BR"]) == set(UI["en"])
    for key, english in UI["en"].items():
        assert fields(UI["pt-BR"][key]) == fields(english), key


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_key_hint_fits_one_line_of_an_80_column_terminal(lang: str) -> None:
    assert len(UI[lang]["screen.keys"]) <= 79


def test_the_portuguese_uses_the_community_terms() -> None:
    texts = UI["pt-BR"]
    assert texts["prompt.unknown"] == "Não sei"
    assert texts["prompt.back"] == "← Voltar"
    assert texts["review.done"] == "Concluir — gerar o relatório"
    assert "Não sei" not in UI["en"].values()


def test_a_missing_translation_falls_back_to_english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(UI["pt-BR"], "prompt.back")
    assert message("pt-BR", "prompt.back") == "← Back"


def test_the_built_in_pack_speaks_every_language() -> None:
    # advisor assess loads it while the team's name is typed, in any language.
    assert tuple(load_pack().manifest.languages) == LANGUAGES


# -- --lang and the environment ------------------------------------------------


def test_an_unsupported_lang_is_a_usage_error_listing_the_supported_ones(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["assess", "--answers", "x.yaml", "--lang", "fr"])
    assert raised.value.code == 2
    err = capsys.readouterr().err
    usage, error = err.rstrip("\n").rsplit("\n", 1)
    assert usage.startswith("usage: advisor assess ")
    assert error == (
        "advisor assess: error: argument --lang: invalid choice: 'fr' (choose from 'en', 'pt-BR')"
    )


@pytest.mark.parametrize("command", [["batch", "x.yaml", "--out", "o"], ["rules", "docs"]])
def test_batch_and_rules_docs_refuse_an_unsupported_lang_too(
    command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as raised:
        main([*command, "--lang", "fr"])
    assert raised.value.code == 2
    assert "invalid choice: 'fr' (choose from 'en', 'pt-BR')" in capsys.readouterr().err


def assess_stdout(capsys: pytest.CaptureFixture[str], *extra: str) -> str:
    argv = ["assess", "--answers", "fraud.yaml", "--date", DATE, "--output", "-", *extra]
    assert main(argv) == EXIT_OK
    return capsys.readouterr().out


def test_a_pt_br_environment_gives_a_pt_br_report(
    workdir: Path, locale: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "fraud.yaml", FRAUD)
    locale("pt_BR.UTF-8")
    report = assess_stdout(capsys)
    assert "Implantar código" in report
    assert "Abordagem híbrida" in report
    assert report == assess_stdout(capsys, "--lang", "pt-BR")


@pytest.mark.parametrize("value", ["C.UTF-8", "en_US.UTF-8", "fr_FR.UTF-8"])
def test_any_other_environment_gives_english(
    workdir: Path, locale: Callable[[str], None], capsys: pytest.CaptureFixture[str], value: str
) -> None:
    write(workdir / "fraud.yaml", FRAUD)
    locale(value)
    report = assess_stdout(capsys)
    assert "Deploy code" in report
    assert "Abordagem híbrida" not in report


def test_lang_wins_over_the_environment(
    workdir: Path, locale: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "fraud.yaml", FRAUD)
    locale("pt_BR.UTF-8")
    assert "Abordagem híbrida" not in assess_stdout(capsys, "--lang", "en")


def test_the_recommendation_never_depends_on_the_language(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "fraud.yaml", FRAUD)
    english = json.loads(assess_stdout(capsys, "--lang", "en", "--format", "json"))
    portuguese = json.loads(assess_stdout(capsys, "--lang", "pt-BR", "--format", "json"))
    for key in ("recommendation", "ranking", "unknowns", "counterfactuals"):
        assert english[key] == portuguese[key]


def test_the_summary_in_pt_br(
    workdir: Path, locale: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "fraud.yaml", FRAUD)
    locale("pt_BR.UTF-8")
    assert main(["assess", "--answers", "fraud.yaml", "--date", DATE]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Recomendação para Fraude: Implantar código (confiança: média)" in out
    assert "Relatório gravado em reports/fraude.md" in out
    for heading in ("Padrão", "Pontuação", "Viável", "Descartado por"):
        assert heading in out


def test_a_detected_language_the_pack_lacks_falls_back_to_the_pack_s_first(
    workdir: Path,
    locale: Callable[[str], None],
    make_pack: Callable[..., Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    pack = make_pack()  # English only
    write(workdir / "tiny.yaml", "team: T\nanswers:\n  size: small\n")
    locale("pt_BR.UTF-8")
    argv = ["assess", "--answers", "tiny.yaml", "--pack", str(pack), "--date", DATE]
    assert main(argv) == EXIT_OK
    assert "Recommendation for T" in capsys.readouterr().out


def test_an_explicit_language_the_pack_lacks_is_a_usage_error(
    workdir: Path, make_pack: Callable[..., Path], capsys: pytest.CaptureFixture[str]
) -> None:
    pack = make_pack()
    write(workdir / "tiny.yaml", "team: T\nanswers:\n  size: small\n")
    argv = ["assess", "--answers", "tiny.yaml", "--pack", str(pack), "--lang", "pt-BR"]
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code == 2
    # The command line speaks the language asked for, even when the pack cannot.
    assert capsys.readouterr().err.endswith(
        "advisor: erro: --lang pt-BR: o pacote 'tiny' está disponível em en\n"
    )


def test_batch_speaks_the_environment_s_language(
    workdir: Path, locale: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "in" / "fraud.yaml", FRAUD)
    write(workdir / "in" / "bad.yaml", "team: Ruim\nanswers:\n  training_cost: hgh\n")
    locale("pt_BR.UTF-8")
    assert main(["batch", "in", "--out", "out", "--date", DATE]) == 1
    out = capsys.readouterr().out
    assert out == (
        "1 equipe avaliada: 1 Implantar código.\n"
        "Não foi possível avaliar 1 perfil (veja acima).\n"
        "Relatórios e summary.md, summary.json, summary.csv gravados em out/\n"
    )
    assert "Implantar código" in (workdir / "out" / "fraude.md").read_text(encoding="utf-8")


def test_batch_in_english_reads_as_before(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(workdir / "in" / "fraud.yaml", FRAUD)
    assert main(["batch", "in", "--out", "out", "--date", DATE, "--lang", "en"]) == EXIT_OK
    assert capsys.readouterr().out.splitlines()[0] == "Assessed 1 team: 1 Deploy code."


def test_rules_docs_speaks_the_environment_s_language(
    locale: Callable[[str], None], capsys: pytest.CaptureFixture[str]
) -> None:
    locale("pt_BR.UTF-8")
    assert main(["rules", "docs"]) == EXIT_OK
    assert "Abordagem híbrida" in capsys.readouterr().out
    assert main(["rules", "docs", "--lang", "en"]) == EXIT_OK
    assert "Abordagem híbrida" not in capsys.readouterr().out


# -- the questionnaire in pt-BR ----------------------------------------------------

LEFT = "\x1b[D"
# Team; question 1, question 2; at question 3 back to question 2, then skip
# ahead to question 3; then for each question the next of these keys and Enter
# (a key that is no shortcut of the question leaves the default); Done.
KEYS = (
    "Fraude",
    ENTER,
    f"1{ENTER}2{ENTER}",
    LEFT,
    f"s{ENTER}",
    *[f"{key}{ENTER}" for key in "01021020120102010201"],
    ENTER,
    ENTER,
)


def ask(lang: str, prompts: io.StringIO | None = None) -> tuple[int, str]:
    """A whole questionnaire over the default pack in ``lang``; the code and the screen."""
    options = Options(pack=None, lang=lang, fmt="json", output=None, date=DATE)
    screen = io.StringIO()
    output = DummyOutput() if prompts is None else PlainTextOutput(prompts)
    with create_pipe_input() as pipe:
        pipe.send_text("".join(KEYS))
        pipe.close()
        code = questionnaire(
            options,
            session=Session(input=pipe, output=output),
            screen=Screen(Console(file=screen, width=80, color_system=None), lang=lang),
        )
    return code, screen.getvalue()


def answers_of(kept: Path) -> list[str]:
    """The answer lines of a kept answers file (comments aside)."""
    lines = kept.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if not line.lstrip().startswith("#")]


def test_a_whole_questionnaire_in_pt_br_decides_as_in_english(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    prompts = io.StringIO()
    code, screen = ask("pt-BR", prompts)
    assert code == EXIT_OK
    shown = prompts.getvalue()
    # What each prompt shows once answered: the question and the title chosen.
    assert "? Para qual equipe é esta avaliação? Fraude" in shown
    # The longest answer would not fit after this question: answers go on their own line.
    assert (
        "3/19 · Jobs de treinamento podem rodar no ambiente de produção?\r\n  b) ← Voltar" in shown
    )
    assert "suficiente? s) Pular para a pergunta 3 →" in shown
    assert "Jobs de treinamento podem rodar no ambiente de produção?\r\n  Não sei" in shown
    assert "? Revise as respostas Concluir — gerar o relatório" in shown
    assert "I don't know" not in shown
    assert "Avaliação de Fraude" in screen
    assert re.search(r"\d+/\d+ respondidas · Na frente: ", screen)
    assert "Recomendação: " in screen
    assert "Relatório gravado em reports/fraude.json" in screen
    assert "Respostas guardadas em reports/fraude.answers.yaml" in screen
    assert "--lang pt-BR" in screen
    portuguese = json.loads((workdir / "reports" / "fraude.json").read_text(encoding="utf-8"))
    kept_pt = workdir / "reports" / "fraude.answers.yaml"
    kept_text = kept_pt.read_text(encoding="utf-8")
    assert kept_text.startswith("# As respostas de uma avaliação do advisor (pacote deployment ")
    assert "# Para refazê-la: advisor assess --answers reports/fraude.answers.yaml" in kept_text
    pt_answers = answers_of(kept_pt)
    kept_pt.rename(workdir / "pt.answers.yaml")

    code, _ = ask("en")
    assert code == EXIT_OK
    english = json.loads((workdir / "reports" / "fraude.json").read_text(encoding="utf-8"))
    assert answers_of(workdir / "reports" / "fraude.answers.yaml") == pt_answers
    for key in ("recommendation", "ranking", "unknowns", "counterfactuals"):
        assert portuguese[key] == english[key]

    # The answers file of the pt-BR session replays to the same decision, in either language.
    for lang in LANGUAGES:
        argv = ["assess", "--answers", "pt.answers.yaml", "--date", DATE, "--format", "json"]
        assert main([*argv, "--output", "-", "--lang", lang]) == EXIT_OK
        replayed = json.loads(capsys.readouterr().out)
        assert replayed["recommendation"] == english["recommendation"]
        assert replayed["ranking"] == english["ranking"]


def test_interrupting_in_pt_br_says_how_to_continue(workdir: Path) -> None:
    options = Options(pack=None, lang="pt-BR", fmt="md", output=None, date=DATE)
    screen = io.StringIO()
    with create_pipe_input() as pipe:
        pipe.send_text("Fraude\r1\r\x03")
        pipe.close()
        code = questionnaire(
            options,
            session=Session(input=pipe, output=DummyOutput()),
            screen=Screen(Console(file=screen, width=200, color_system=None), lang="pt-BR"),
        )
    assert code == 130
    text = screen.getvalue()
    assert "Interrompido. Rascunho gravado em reports/fraude.draft.yaml (1 resposta)." in text
    assert "Para continuar: advisor assess --resume --lang pt-BR --date 2026-01-01" in text
    draft = (workdir / "reports" / "fraude.draft.yaml").read_text(encoding="utf-8")
    assert draft.startswith("# Rascunho do questionário do advisor")
    assert ": ainda sem resposta\n" in draft

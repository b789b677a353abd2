"""The command line's own texts in pt-BR: every help text, argparse's words, its errors."""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from advisor.cli import build_parser, main
from advisor.i18n.cli import speaking, translated


def _texts(parser: argparse.ArgumentParser) -> Iterator[str]:
    """Every help text of ``parser`` and of its subcommands."""
    for text in (parser.description, parser.epilog):
        if text:
            yield text
    for action in parser._actions:
        if action.help and action.help != argparse.SUPPRESS:
            yield action.help
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                yield str(choice.help)
            for sub in dict.fromkeys(action.choices.values()):
                yield from _texts(sub)


def test_every_help_text_has_its_portuguese() -> None:
    english = list(_texts(build_parser()))
    with speaking("pt-BR"):
        portuguese = list(_texts(build_parser("pt-BR")))
    assert len(english) == len(portuguese) > 40
    untranslated = [en for en, pt in zip(english, portuguese, strict=True) if en == pt]
    assert untranslated == []


def test_numbers_in_a_text_are_kept() -> None:
    assert translated(
        "processes that assess teams, this one included; at most the CPU "
        "count (16 here), the default",
        "pt-BR",
    ) == (
        "processos que avaliam equipes, este incluído; no máximo o número de CPUs (16 aqui), "
        "o padrão"
    )
    assert translated("no such text 1", "pt-BR") == "no such text 1"


def test_help_in_the_environments_language(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "pt_BR.UTF-8")
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("uso: advisor [-h] [--version] COMMAND ...\n")
    assert "\nopções:\n  -h, --help  mostra esta ajuda e sai\n" in out
    assert "avalia muitas equipes de uma vez" in out


def test_usage_errors_in_the_language_of_lang(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["batch", "a.csv", "--out", "x", "--jobs", "0", "--lang", "pt-BR"])
    assert done.value.code == 2
    assert capsys.readouterr().err.endswith(
        "advisor batch: erro: argumento --jobs: '0' não é um número inteiro de pelo menos 1\n"
    )
    with pytest.raises(SystemExit):
        main(["batch", "--lang=pt_br", "a.csv"])
    assert capsys.readouterr().err.endswith(
        "advisor batch: erro: os seguintes argumentos são obrigatórios: --out\n"
    )


def test_english_again_after_portuguese(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LANG", "C.UTF-8")
    for lang in ("pt-BR", "en"):
        with pytest.raises(SystemExit):
            main(["assess", "--date", "31/01/2026", "--lang", lang])
    err = capsys.readouterr().err
    assert err.endswith(
        "advisor assess: error: argument --date: '31/01/2026' is not a date; write it as "
        "YYYY-MM-DD, for example 2026-01-31\n"
    )
    assert argparse._("usage: ") == "usage: "  # type: ignore[attr-defined]

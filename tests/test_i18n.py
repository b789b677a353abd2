"""Choosing the language, and writing numbers, lists and dates in it."""

from __future__ import annotations

import pytest

from advisor.i18n import and_list, check_language, detect_language, long_date, number


@pytest.mark.parametrize(
    ("environ", "lang"),
    [
        ({}, "en"),
        ({"LANG": "pt_BR.UTF-8"}, "pt-BR"),
        ({"LANG": "pt_BR"}, "pt-BR"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "en"),
        ({"LANG": "C"}, "en"),
        ({"LANG": "en_US.UTF-8", "LC_MESSAGES": "pt_BR.UTF-8"}, "pt-BR"),
        ({"LC_ALL": "C.UTF-8", "LC_MESSAGES": "pt_BR.UTF-8", "LANG": "pt_BR.UTF-8"}, "en"),
        ({"LC_ALL": "", "LANG": "pt_BR.utf8"}, "pt-BR"),
    ],
)
def test_the_language_comes_from_the_environment(environ: dict[str, str], lang: str) -> None:
    assert detect_language(environ) == lang


def test_an_unsupported_language_names_the_supported_ones() -> None:
    with pytest.raises(ValueError, match=r"^unsupported language 'fr'; supported: en, pt-BR$"):
        check_language("fr")
    assert check_language("pt-BR") == "pt-BR"


@pytest.mark.parametrize(
    ("value", "lang", "signed", "text"),
    [
        (7.0, "en", False, "7"),
        (1.5, "en", False, "1.5"),
        (1.5, "pt-BR", False, "1,5"),
        (-2.0, "pt-BR", False, "−2"),
        (2.0, "en", True, "+2"),
        (0.0, "en", True, "0"),
    ],
)
def test_numbers_follow_the_language(value: float, lang: str, signed: bool, text: str) -> None:
    assert number(value, lang, signed=signed) == text


def test_lists_and_dates_follow_the_language() -> None:
    assert and_list(["a", "b", "c"], "en") == "a, b and c"
    assert and_list(["a", "b", "c"], "pt-BR") == "a, b e c"
    assert and_list(["a"], "pt-BR") == "a"
    assert long_date("2026-11-26", "en") == "26 November 2026"
    assert long_date("2026-03-01", "pt-BR") == "1 de março de 2026"

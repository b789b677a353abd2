"""Localised texts and the languages advisor speaks."""

from __future__ import annotations

LANGUAGES = ("en", "pt-BR")
DEFAULT_LANGUAGE = "en"


class LocalText(dict[str, str]):
    """A text in one or more languages; English is always there.

    ``text.get_lang("pt-BR")`` falls back to English when the translation is
    missing, so a partly translated pack still reads whole.
    """

    __slots__ = ()

    def get_lang(self, lang: str) -> str:
        """The text in ``lang``, or in English when it has no such version."""
        text = self.get(lang)
        return text if text is not None else self[DEFAULT_LANGUAGE]

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(tuple(sorted(self.items())))

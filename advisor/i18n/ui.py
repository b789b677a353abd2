"""The questionnaire's and the terminal's messages, per language."""

from __future__ import annotations

UI: dict[str, dict[str, str]] = {
    "en": {},
    "pt-BR": {},
}

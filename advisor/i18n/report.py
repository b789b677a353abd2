"""The report's own sentences (the pack's texts are in the pack), per language."""

from __future__ import annotations

REPORT: dict[str, dict[str, str]] = {
    "en": {},
    "pt-BR": {},
}

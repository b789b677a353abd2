"""advisor: how should this ML team's models reach production?

The public, typed API (pure, free of IO beyond loading the pack)::

    from advisor import load_pack, evaluate, render_report

    pack = load_pack()                       # the default pack; load_pack(path) for another
    result = evaluate(pack, {"git_cicd": "full", "retraining": "scheduled"})
    result.recommendation                    # "deploy_code" (or None)
    result.to_dict()                         # the JSON document
    render_report(result, lang="en", fmt="md", date="2026-01-01")

Heavy modules (pydantic, jinja2) are imported on first use, so that
``advisor --version`` starts fast.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path

    from advisor.pack import Pack
    from advisor.result import Result

__all__ = ["__version__", "evaluate", "load_pack", "render_report"]


def load_pack(path: str | Path | None = None) -> Pack:
    """Load, check and compile a rule pack; the built-in default pack when ``path`` is None.

    Raises:
        advisor.errors.PackError: every problem of the pack, with file and line.
    """
    from advisor.loader import load_pack as _load_pack

    return _load_pack(path)


def evaluate(pack: Pack, answers: Mapping[str, object], *, team: str | None = None) -> Result:
    """Score the patterns for one team's answers (question id -> option id; missing = unknown).

    Raises:
        advisor.errors.AnswersError: an unknown question or an invalid option.
    """
    from advisor.engine import evaluate as _evaluate

    return _evaluate(pack, answers, team=team)


def render_report(
    result: Result, *, lang: str = "en", fmt: str = "md", date: str | None = None
) -> str:
    """The report of a result: Markdown (``fmt="md"``) or JSON (``fmt="json"``)."""
    from advisor.report import render_report as _render_report

    return _render_report(result, lang=lang, fmt=fmt, date=date)

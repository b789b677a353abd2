"""``advisor assess``: one team, one report."""

from __future__ import annotations

import sys
from pathlib import Path

from advisor.engine import evaluate
from advisor.errors import EXIT_OK, UsageError
from advisor.loader import load_pack, read_profile
from advisor.output import write_atomic
from advisor.slug import slugify

REPORTS = Path("reports")


def default_report_path(team: str | None, answers: str, fmt: str) -> Path:
    """``reports/<team-slug>.<fmt>``; the answers file's name stands in for a missing team."""
    stem = slugify(team) if team else slugify(Path(answers).stem)
    return REPORTS / f"{stem}.{fmt}"


def assess(
    *,
    answers: str | None,
    pack: str | None,
    lang: str,
    fmt: str,
    output: str | None,
    date: str,
) -> int:
    """Assess one answers file and write its report; return the exit code."""
    loaded = load_pack(pack)
    if lang not in loaded.manifest.languages:
        raise UsageError(
            f"--lang {lang}: the pack '{loaded.id}' is available in "
            f"{', '.join(loaded.manifest.languages)}"
        )
    if answers is None:
        raise UsageError(
            "advisor assess needs --answers FILE: the interactive questionnaire is not "
            "available yet (write the answers in a YAML file, see README.md)"
        )
    profile = read_profile(loaded, answers)
    result = evaluate(loaded, profile.answers, team=profile.team)
    from advisor.report import render_report

    text = render_report(result, lang=lang, fmt=fmt, date=date)
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return EXIT_OK
    path = Path(output) if output else default_report_path(profile.team, answers, fmt)
    write_atomic(path, text)
    from advisor.console import make_console, summary

    summary(make_console(), result, str(path), lang=lang)
    return EXIT_OK

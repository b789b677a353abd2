"""How single values are written in a report: dates, answers in YAML, CI/CD paths.

Pure functions of their arguments, shared by :mod:`advisor.report.context`
and :mod:`advisor.report.writer`.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Sequence

from advisor import markdown as md
from advisor.i18n import long_date

# Where CI/CD pipelines live on the usual platforms: a file of the starter
# layout found there is a check that confirms the decision is implemented.
_CI_PATH = re.compile(
    r"(^|/)(\.github/workflows/|\.azure/|\.gitlab/|\.circleci/|Jenkinsfile$"
    r"|azure-pipelines[^/]*$|\.gitlab-ci[^/]*$|bitbucket-pipelines[^/]*$)"
)
_YAML_PLAIN = re.compile(r"^[a-z][a-z0-9_]*$")
# Plain scalars that YAML 1.1 reads as booleans or null: they must be quoted.
_YAML_SPECIAL = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off", "null"})
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def yaml_answer(question: str, answer: str) -> str:
    """An answer as a line of a replayable answers file (quoted when YAML would misread it)."""
    plain = _YAML_PLAIN.match(answer) and answer not in _YAML_SPECIAL
    return f"  {question}: {answer if plain else md.yaml_string(answer)}"


def ci_entries(paths: Sequence[str]) -> list[str]:
    """The CI/CD files of a layout; files in a CI folder are named by the folder."""
    entries: dict[str, None] = {}
    for path in paths:
        # Every CI marker holds one of these: most paths skip the regex.
        if not ("/." in path or path[:1] == "." or "Jenkinsfile" in path or "pipelines" in path):
            continue
        match = _CI_PATH.search(path)
        if match is None or path.endswith("/"):
            continue
        folder = match.group(2)
        entries[path[: match.end()] if folder.endswith("/") else path] = None
    return list(entries)


def report_date(date: str | None, lang: str) -> str | None:
    """``date`` as the language writes it (``1 January 2026``); None unless a real ISO date."""
    if date is None or not _ISO_DATE.match(date):
        return None
    try:
        datetime.date.fromisoformat(date)
    except ValueError:
        return None
    return long_date(date, lang)


def front_date(date: str | None) -> str | None:
    """``date`` for the front matter: an ISO date is a plain YAML scalar, anything else quoted."""
    return date if date is None or _ISO_DATE.match(date) else md.yaml_string(date)

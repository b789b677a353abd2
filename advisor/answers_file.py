"""Answers files written by the questionnaire: the kept answers and the drafts.

Both are the answers-file format of ``advisor assess --answers`` (``team`` plus
``answers``), written as text (PyYAML is only for reading, in
:mod:`advisor.loader`) and read back through the same loader:

* ``<report>.answers.yaml`` next to the report: every question in pack order,
  ``unknown`` where the team did not know, a comment where a question does not
  apply. ``advisor assess --answers`` on it replays the assessment.
* ``<reports folder>/<team-slug>.draft.yaml`` while the questionnaire runs: the
  answers given so far (``unknown`` included), so that ``advisor assess
  --resume`` continues at the first question without one.

Each question's text is written as a comment above its answer, so the file
reads on its own.
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from advisor.answers import encode_answers
from advisor.i18n import message
from advisor.markdown import one_line, yaml_string
from advisor.pack import Pack
from advisor.slug import slugify

DRAFT_SUFFIX = ".draft.yaml"
ANSWERS_SUFFIX = ".answers.yaml"

_PLAIN = re.compile(r"[a-z][a-z0-9_]*")
# Words YAML 1.1 or 1.2 reads as something other than a string.
_SPECIAL = frozenset({"y", "n", "yes", "no", "true", "false", "on", "off", "null"})


def scalar(value: str) -> str:
    """``value`` as a YAML scalar: plain when it is a safe identifier, quoted otherwise."""
    if _PLAIN.fullmatch(value) and value not in _SPECIAL:
        return value
    return yaml_string(value)


def answers_text(
    pack: Pack,
    team: str | None,
    answers: Mapping[str, str],
    *,
    lang: str = "en",
    header: Iterable[str] = (),
) -> str:
    """An answers file: ``team``, then every question of ``pack`` in order.

    A question with an answer (an option id or ``unknown``) gets it; one
    without is a comment saying whether it does not apply or is not answered
    yet, so that the file reads back to exactly ``answers``.

    Args:
        pack: the pack the answers are for.
        team: the team's name (quoted safely, whatever it holds).
        answers: question id -> option id or ``unknown``; valid for ``pack``.
        lang: the language of the question texts written as comments.
        header: comment lines for the top of the file (without ``#``).
    """
    compiled = pack.compiled
    applies = compiled.applicable(compiled.mask(compiled.encode(dict(answers))))
    lines = [f"# {one_line(line)}" if line else "#" for line in header]
    if team is not None:
        lines.append(f"team: {yaml_string(team)}")
    lines.append("answers:" if answers else "answers: {}")
    for question, applicable in zip(pack.questions, applies, strict=True):
        lines.append(f"  # {one_line(question.text.get_lang(lang))}")
        key = scalar(question.id)
        if question.id in answers:
            lines.append(f"  {key}: {scalar(answers[question.id])}")
        elif applicable:
            lines.append(f"  # {message(lang, 'file.not_answered', question=key)}")
        else:
            lines.append(f"  # {message(lang, 'file.not_applicable', question=key)}")
    return "\n".join(lines) + "\n"


@dataclass(frozen=True, slots=True)
class Draft:
    """A questionnaire saved before it finished.

    Attributes:
        path: where it was read from.
        team: the team's name, if it was given.
        answers: the answers given so far, ``unknown`` included, in pack order.
    """

    path: Path
    team: str | None
    answers: dict[str, str]


def read_draft(pack: Pack, path: Path) -> Draft:
    """Read a draft (or any answers file), keeping ``unknown`` answers apart from missing ones.

    Raises:
        AnswersError: as ``advisor assess --answers`` would for the same file.
    """
    from advisor.loader.profiles import parse_document, profile_from_data, read_text

    source = str(path)
    text = read_text(path)
    data = parse_document(text, source, json_text=path.suffix.lower() == ".json")
    profile = profile_from_data(pack, data, source=source, text=text)
    assert isinstance(data, dict)
    given = data.get("answers") or {}
    decoded = pack.compiled.decode(encode_answers(pack, given))
    answers = {qid: option for qid, option in decoded.items() if qid in given}
    return Draft(path=path, team=profile.team, answers=answers)


def draft_path(folder: Path, team: str | None) -> Path:
    """Where the draft of ``team`` is saved: ``<folder>/<team-slug>.draft.yaml``."""
    return folder / f"{slugify(team)}{DRAFT_SUFFIX}"


def find_drafts(folder: Path) -> list[Path]:
    """The drafts saved in ``folder``, by name."""
    return sorted(folder.glob(f"*{DRAFT_SUFFIX}")) if folder.is_dir() else []


def kept_answers_path(report: Path) -> Path:
    """Where the answers are kept next to a report: ``x.md`` -> ``x.answers.yaml``."""
    return report.with_name(f"{report.stem}{ANSWERS_SUFFIX}")


class DraftKeeper:
    """Saves the questionnaire's answers as a draft, replacing the previous one.

    Args:
        pack: the pack being answered.
        folder: where drafts go (the reports folder).
        lang: the language of the question texts written as comments.
        resumed: the draft this run continued, if any: superseded by the first save.
    """

    def __init__(
        self, pack: Pack, folder: Path, *, lang: str = "en", resumed: Path | None = None
    ) -> None:
        self.pack = pack
        self.folder = folder
        self.lang = lang
        # Only a file named like a draft is ever removed: never a kept answers file.
        self.path = resumed if resumed is not None and resumed.name.endswith(DRAFT_SUFFIX) else None

    def save(self, team: str | None, answers: Mapping[str, str]) -> Path:
        """Write the draft (atomically) and remove the one it replaces; return its path.

        Raises:
            OutputError: the draft cannot be written.
        """
        from advisor.output import write_atomic

        path = self._free_path(team)
        header = (
            message(self.lang, "file.draft_header"),
            message(
                self.lang,
                "file.draft_continue",
                command=f"advisor assess --resume {shlex.quote(str(path))}",
            ),
        )
        text = answers_text(self.pack, team, answers, lang=self.lang, header=header)
        write_atomic(path, text)
        if self.path is not None and self.path != path:
            self.path.unlink(missing_ok=True)
        self.path = path
        return path

    def _free_path(self, team: str | None) -> Path:
        """Where this run's draft goes: ``<team-slug>.draft.yaml``, unless another
        run's draft is there (the same team, interrupted earlier and not resumed):
        then ``<team-slug>-2.draft.yaml``, and so on. A draft is never overwritten."""
        path = draft_path(self.folder, team)
        number = 1
        while path != self.path and path.exists():
            number += 1
            path = self.folder / f"{slugify(team)}-{number}{DRAFT_SUFFIX}"
        return path

    def discard(self) -> None:
        """Remove the draft: the report is written."""
        if self.path is not None:
            self.path.unlink(missing_ok=True)
            self.path = None

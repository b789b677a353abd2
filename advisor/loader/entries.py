"""What reading a batch's inputs yields: a good profile, or a failure and its place.

Shared by the readers of :mod:`advisor.loader.batch_inputs` (answer files,
folders) and :mod:`advisor.loader.csv_inputs` (CSV files).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from advisor.errors import AnswersError, Says, located
from advisor.i18n import message, says


@dataclass(frozen=True, slots=True)
class TeamProfile:
    """A good profile of a batch: a named team and its checked answers.

    Attributes:
        team: the team's name (never empty).
        answers: the known answers, question id -> option id.
        where: where it came from, for people: ``teams.csv:4`` (a CSV row, by
            line), ``teams.yaml (item 3)`` (an entry of a list), ``a.yaml``.
    """

    team: str
    answers: dict[str, str]
    where: str


@dataclass(frozen=True, slots=True)
class Failure:
    """A profile, or a whole input, that cannot be assessed, and why.

    Attributes:
        file: the input as named on the command line (or found in a folder).
        line: the 1-based line of the problem, when known; in a CSV file, the
            row (the header is row 1).
        item: the 1-based position of the profile in a YAML/JSON list.
        team: the team's name, when it could be read.
        problem: what is wrong, without the location (in English).
        says: the problem as catalog messages, joined, to show it in another
            language (empty: ``problem`` in every language); not compared.
        whole: no profile of the input could be read (a missing file, an
            empty folder, a bad CSV header, a YAML text that cannot be
            parsed): the failure is the input's, not one profile's.
    """

    file: str
    line: int | None
    item: int | None
    team: str | None
    problem: str
    says: tuple[Says, ...] = field(default=(), compare=False)
    whole: bool = False

    def problem_in(self, lang: str) -> str:
        """What is wrong, in ``lang``."""
        if not self.says:
            return self.problem
        return "".join(message(lang, said.key, **said.fields) for said in self.says)

    def message_in(self, lang: str) -> str:
        """The error line in ``lang``: ``teams.csv:4: resposta inválida ...``."""
        return located(self.problem_in(lang), self.file, self.line)

    @property
    def where(self) -> str:
        """``teams.csv:4``, ``teams.yaml:12 (item 3)`` or ``teams.yaml``."""
        place = self.file if self.line is None else f"{self.file}:{self.line}"
        return place if self.item is None else f"{place} (item {self.item})"


Entry = TeamProfile | Failure


def failure(
    file: str,
    line: int | None,
    key: str,
    /,
    *,
    item: int | None = None,
    team: str | None = None,
    whole: bool = False,
    **fields: object,
) -> Failure:
    """A :class:`Failure` whose problem is the catalog message ``key`` with ``fields``."""
    text, said = says(key, **fields)
    return Failure(file, line, item, team, text, (said,), whole)


def failure_of(
    error: AnswersError,
    file: str,
    *,
    item: int | None = None,
    team: str | None = None,
    whole: bool = False,
) -> Failure:
    """The :class:`Failure` of a profile whose answers the pack cannot accept
    (``whole``: of an input that cannot be read as a whole)."""
    said = () if error.says is None else (error.says,)
    return Failure(file, error.line, item, team, error.problem, said, whole)

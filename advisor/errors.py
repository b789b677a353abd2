"""The exceptions of advisor, and the exit code each one maps to.

Nothing here imports the rest of the package. The engine and the loader raise
these; only the command line turns them into messages and exit codes.
"""

from __future__ import annotations

from typing import NamedTuple

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130


class Says(NamedTuple):
    """A message of the catalogs (:mod:`advisor.i18n.errors`): its key and its fields.

    An error that carries one can be shown in the user's language; its own
    text is the English message.
    """

    key: str
    fields: dict[str, object]


class AdvisorError(Exception):
    """Root of every error advisor raises on purpose.

    ``says``: the message as a catalog message, to show it in the user's language.
    """

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str, *, says: Says | None = None) -> None:
        self.says = says
        super().__init__(message)


class UserError(AdvisorError):
    """An error whose message is written for the user: bad input, not a bug."""


def located(problem: str, source: str | None = None, line: int | None = None) -> str:
    """Prefix a problem with ``source:line:`` when they are known."""
    if source is None:
        return problem
    if line is None:
        return f"{source}: {problem}"
    return f"{source}:{line}: {problem}"


class AnswersError(UserError, ValueError):
    """An answer file or an answers mapping that the pack cannot accept.

    Attributes:
        problem: what is wrong, without the location.
        source: the file (or batch row) the answers came from, if any.
        line: the line (1-based) in ``source``, if known.
        key: the path of keys to the bad value (for example ``("answers", "training_cost")``),
            used by the loader to find the line.
        says: the problem as a catalog message, to show it in another language.
    """

    def __init__(
        self,
        problem: str,
        *,
        source: str | None = None,
        line: int | None = None,
        key: tuple[str | int, ...] = (),
        says: Says | None = None,
    ) -> None:
        self.problem = problem
        self.source = source
        self.line = line
        self.key = key
        super().__init__(located(problem, source, line), says=says)

    def at(self, source: str, line: int | None) -> AnswersError:
        """The same problem, placed in a file (and line)."""
        return AnswersError(self.problem, source=source, line=line, key=self.key, says=self.says)


class PackProblem:
    """One problem found in a rule pack, placed in its file and line."""

    __slots__ = ("line", "message", "path")

    def __init__(self, path: str, line: int | None, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message

    def __str__(self) -> str:
        return located(self.message, self.path, self.line)

    def __repr__(self) -> str:
        return f"PackProblem({str(self)!r})"


class PackError(UserError):
    """A rule pack that cannot be loaded; carries every problem found."""

    def __init__(self, pack: str, problems: list[PackProblem]) -> None:
        self.pack = pack
        self.problems = problems
        if len(problems) == 1 and problems[0].path == pack:
            text = f"invalid rule pack {pack}: {problems[0].message}"
        elif len(problems) == 1:
            text = f"invalid rule pack {pack}: {problems[0]}"
        else:
            lines = "\n".join(f"  {problem}" for problem in problems)
            text = f"invalid rule pack {pack}: {len(problems)} problems\n{lines}"
        super().__init__(text)


class UsageError(AdvisorError):
    """A command line that cannot be carried out as given."""

    exit_code = EXIT_USAGE


class OutputError(UserError):
    """A report that cannot be written where the user asked."""


class WorkerLost(AdvisorError):
    """A worker process of a batch stopped before its teams were assessed (killed)."""

"""``advisor batch``: many teams, one report each, and a portfolio summary."""

from __future__ import annotations

import argparse
import datetime
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING

from advisor.commands.common import (
    add_common,
    choose_language,
    counted,
    not_blank,
    pack_language,
)
from advisor.errors import EXIT_BAD_INPUT, EXIT_OK, OutputError
from advisor.i18n import count, message

if TYPE_CHECKING:
    from pathlib import Path

    from advisor.batch.runner import Settings
    from advisor.batch.summary import Outcome
    from advisor.loader.batch_inputs import Entry, Failure
    from advisor.pack import Pack

FORMATS = ("md", "json", "both")
SUMMARIES = ("summary.md", "summary.json", "summary.csv")
# Teams from which summary.json is made in a child process (with several jobs):
# forking costs about as much as the JSON of a thousand teams.
FORK_SUMMARY_MIN = 1000


def cpu_count() -> int:
    """The CPUs this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return os.cpu_count() or 1


def positive(value: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        from advisor.i18n.cli import argument_error

        template = "'{value}' is not a whole number of at least 1"
        raise argparse.ArgumentTypeError(argument_error(template, value=value))
    return number


# An argparse type: --out's folder, not blank (``--out ""`` from an unset variable).
folder_name = not_blank(
    "give the folder to write the reports into (an empty name would scatter them "
    "in the current folder)"
)


def add_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Declare ``advisor batch``."""
    parser = commands.add_parser(
        "batch",
        help="assess many teams at once: one report each, and a portfolio summary",
        description=(
            "Assess every team profile found in the inputs and write one report per team "
            "to DIR, plus summary.md (the portfolio), summary.json and summary.csv. "
            "An input is a YAML or JSON file holding one profile or a list of profiles, "
            "a CSV file (header: team, then question ids; one row per team; an empty "
            "cell is unknown), or a folder (every *.yaml, *.yml, *.json and *.csv in it, not in "
            "its subfolders). "
            "A bad profile does not stop the others: it is reported on stderr and in the "
            "summaries, and the exit status is 1."
        ),
        epilog=(
            "Report files are named after the team (fraud-detection.md; a second team "
            "of the same name gets fraud-detection-2.md). A CSV file may also name its "
            "columns after the questions' texts and answer with the options' labels, as "
            "a form built from the pack exports it, and may use , ; or tab separators; "
            "the Timestamp and Email Address columns of Google Forms and the ID, Start "
            "time, Completion time, Email, Name and Last modified time columns of "
            "Microsoft Forms are ignored. Exit status: 0 every profile assessed, 1 a "
            "profile or an input failed, 2 usage error, 130 interrupted (the reports "
            "already written are whole)."
        ),
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="answer files, CSV files or folders"
    )
    parser.add_argument(
        "--out",
        required=True,
        type=folder_name,
        metavar="DIR",
        help="the folder for the reports and summaries (created if missing)",
    )
    parser.add_argument(
        "--jobs",
        type=positive,
        metavar="N",
        help=(
            "processes that assess teams, this one included; at most the CPU count "
            f"({cpu_count()} here), the default"
        ),
    )
    add_common(parser, formats=FORMATS)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Carry out ``advisor batch`` from parsed arguments."""
    lang, lang_given = choose_language(args.lang)
    return batch(
        inputs=args.inputs,
        out=args.out,
        fmt=args.format,
        # More processes than CPUs would only take turns, each with its own memory.
        jobs=min(args.jobs or cpu_count(), cpu_count()),
        pack=args.pack,
        lang=lang,
        date=args.date or datetime.date.today().isoformat(),
        lang_given=lang_given,
    )


def batch(
    *,
    inputs: Sequence[str],
    out: str,
    fmt: str,
    jobs: int,
    pack: str | None,
    lang: str,
    date: str,
    lang_given: bool = True,
) -> int:
    """Assess every profile of the inputs into ``out``; return the exit code.

    ``lang_given``: ``lang`` came from ``--lang`` (not from the environment):
    a pack that does not declare it is then a usage error, not a fallback.
    """
    from pathlib import Path

    from advisor.batch.alongside import can_fork
    from advisor.batch.heap import frozen
    from advisor.batch.naming import unique_stems
    from advisor.batch.runner import Job, Settings, assess_all
    from advisor.loader import load_pack
    from advisor.loader.batch_inputs import Failure, TeamProfile, read_batch, subfolders

    loaded = load_pack(pack)
    lang = pack_language(loaded, lang, given=lang_given)
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise OutputError(f"{out}: is a file, not a folder: --out names the folder to write into")
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"{out}: cannot create the output folder: {error.strerror}") from None
    for skipped in subfolders(inputs, skip=folder):
        sys.stderr.write(message(lang, "batch.subfolder", folder=skipped) + "\n")
    with frozen():  # the pack: out of the way of the collections (advisor.batch.heap)
        entries = read_batch(loaded, inputs, skip=folder)
    failures = [entry for entry in entries if isinstance(entry, Failure)]
    for failure in failures:
        sys.stderr.write(f"{message(lang, 'error.prefix')}{failure.message_in(lang)}\n")
    profiles = [entry for entry in entries if isinstance(entry, TeamProfile)]
    stems = unique_stems(profile.team for profile in profiles)
    work = [
        Job(profile.team, profile.answers, stem, profile.where)
        for profile, stem in zip(profiles, stems, strict=True)
    ]
    settings = Settings(
        pack=pack,
        out=str(folder),
        formats=("md", "json") if fmt == "both" else (fmt,),
        lang=lang,
        date=date,
    )
    try:
        outcomes = assess_all(
            loaded, settings, work, workers=jobs, progress=lambda: _progress(len(work), lang)
        )
    except KeyboardInterrupt:
        sys.stderr.write(message(lang, "batch.interrupted", folder=out) + "\n")
        raise
    with frozen():  # the profiles and the outcomes
        # With several jobs, summary.json is made beside the others, in a child process.
        parallel = jobs > 1 and len(outcomes) >= FORK_SUMMARY_MIN and can_fork()
        _write_summaries(loaded, settings, entries, outcomes, failures, fork=parallel)
    _report(loaded, lang, out, outcomes, failures)
    _leftovers(folder, outcomes, lang)
    return EXIT_BAD_INPUT if failures else EXIT_OK


# How many names of leftover reports a note lists.
LEFTOVERS_LISTED = 3


def _leftovers(folder: Path, outcomes: Sequence[Outcome], lang: str) -> None:
    """Say so when the folder holds reports this run did not write (an earlier run's)."""
    written = set(SUMMARIES)
    for outcome in outcomes:
        written.update(outcome.reports.values())
    try:
        names = sorted(
            name
            for name in os.listdir(folder)  # noqa: PTH208 - names only: 3x faster than Paths
            if name.endswith((".md", ".json")) and not name.startswith(".") and name not in written
        )
    except OSError:
        return
    if names:
        more = ", ..." if len(names) > LEFTOVERS_LISTED else ""
        listed = ", ".join(names[:LEFTOVERS_LISTED]) + more
        text = message(
            lang, "batch.leftovers", folder=folder, count=count(len(names), lang), names=listed
        )
        sys.stderr.write(text + "\n")


@contextmanager
def _progress(total: int, lang: str = "en") -> Iterator[Callable[[int], None]]:
    """A progress bar on a terminal's stderr; nothing otherwise."""
    if total and sys.stderr.isatty():
        from advisor.console.progress import progress_bar

        label = message(lang, "batch.progress")
        with progress_bar(total, label, file=sys.stderr) as advance:
            yield advance
    else:
        yield lambda _count: None


def _write_summaries(
    pack: Pack,
    settings: Settings,
    entries: Sequence[Entry],
    outcomes: Sequence[Outcome],
    failures: Sequence[Failure],
    *,
    fork: bool = False,
) -> None:
    """Write the three summaries; ``fork``: ``summary.json`` in a child process, meanwhile."""
    from advisor import __version__
    from advisor.batch.alongside import alongside
    from advisor.batch.files import OutputFolder
    from advisor.batch.jsontext import summary_json
    from advisor.batch.summary import RunInfo, summary_document
    from advisor.batch.summary_csv import summary_csv
    from advisor.batch.summary_md import summary_context
    from advisor.report import render_summary

    stated = RunInfo(date=settings.date, lang=settings.lang, version=__version__)
    folder = OutputFolder(settings.out)

    def write_json() -> None:
        document = summary_document(pack, stated, outcomes, failures)
        folder.summary(".json", summary_json(document).encode("utf-8"))

    with alongside(write_json, fork=fork):
        markdown = render_summary(summary_context(pack, stated, outcomes, failures))
        folder.summary(".md", markdown.encode("utf-8"))
        # With a byte order mark, so that Excel reads it as UTF-8.
        folder.summary(".csv", summary_csv(pack, stated, entries, outcomes).encode("utf-8-sig"))


def _report(
    pack: Pack, lang: str, out: str, outcomes: Sequence[Outcome], failures: Sequence[Failure]
) -> None:
    from collections import Counter

    counts = Counter(outcome.recommendation for outcome in outcomes)
    names = {p.id: p.name.get_lang(lang) for p in pack.patterns}
    parts = [f"{count(counts[p.id], lang)} {names[p.id]}" for p in pack.patterns if counts[p.id]]
    if counts[None]:
        parts.append(message(lang, "batch.no_viable", count=count(counts[None], lang)))
    if parts:
        assessed = counted(lang, "batch.assessed", len(outcomes), suffix="_as", counts=parts)
    else:
        assessed = counted(lang, "batch.assessed", len(outcomes))
    lines = [assessed]
    if failures:
        from advisor.batch.summary import failed_counts
        from advisor.i18n import and_list

        what = and_list(failed_counts(failures, lang), lang)
        lines.append(message(lang, "batch.failed", what=what))
    where = out if out.endswith(("/", os.sep)) else out + os.sep
    lines.append(message(lang, "batch.written", summaries=", ".join(SUMMARIES), folder=where))
    sys.stdout.write("\n".join(lines) + "\n")

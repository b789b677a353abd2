"""A progress bar for long commands (``advisor batch``), drawn with rich on stderr.

Only for a terminal: the command shows it when stderr is one and stays quiet
otherwise (a log file or a CI job gets no bar).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TextIO

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)


@contextmanager
def progress_bar(
    total: int, description: str, *, file: TextIO, width: int | None = None
) -> Iterator[Callable[[int], None]]:
    """Show a bar while the block runs; yield ``advance(count)``.

    The bar disappears when the block ends (the command prints its summary
    instead), and when it is interrupted.
    """
    console = Console(file=file, width=width, highlight=False)
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TaskProgressColumn(),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task(description, total=total)

        def advance(count: int) -> None:
            progress.advance(task, count)

        yield advance

"""``summary.csv`` as text: cells a spreadsheet shows as text, lines as :mod:`csv` writes them.

A cell that a spreadsheet would run as a formula gets a leading ``'``
(OWASP "CSV injection"). :class:`CsvLines` writes lines with :mod:`csv`;
the cells many lines share can be written once (:meth:`CsvLines.cells`) and
put between cells that need no quoting (:func:`plain`), as they are.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence

# Cells a spreadsheet would run as a formula (OWASP "CSV injection").
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# What makes the csv module quote a cell: the separator, a quote, a line
# break (and NUL, which it may refuse).
_QUOTED = re.compile('[,"\r\n\x00]')


def safe_cell(text: str) -> str:
    """Text a spreadsheet shows as text: a leading ``'`` defuses a formula."""
    return "'" + text if text.startswith(FORMULA_START) else text


def plain(*cells: str) -> bool:
    """True when :mod:`csv` writes each of ``cells`` as it is (no quotes)."""
    return _QUOTED.search("".join(cells)) is None


class CsvLines:
    """Lines of CSV as :mod:`csv` writes them: ``,`` between cells, ``\\r\\n`` at the end."""

    def __init__(self) -> None:
        self._buffer = io.StringIO()
        self._writer = csv.writer(self._buffer, lineterminator="\r\n")

    def line(self, cells: Sequence[str]) -> str:
        """The line of ``cells``, each defused (:func:`safe_cell`)."""
        self._buffer.seek(0)
        self._buffer.truncate()
        self._writer.writerow([safe_cell(cell) for cell in cells])
        return self._buffer.getvalue()

    def cells(self, cells: Sequence[str]) -> str:
        """``cells`` as they are written inside a line (at least two; defused, no line end)."""
        return self.line(cells).removesuffix("\r\n")

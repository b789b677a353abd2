"""``summary.csv`` as text: cells a spreadsheet shows as text, lines as :mod:`csv` writes them.

A cell that a spreadsheet would run as a formula gets a leading ``'``
(OWASP "CSV injection"). :class:`CsvLines` writes lines with :mod:`csv`,
and cells as they are written inside a line: one (:meth:`CsvLines.cell`), or
a column at once (:meth:`CsvLines.texts`). :mod:`csv` quotes a cell of a
line of two cells or more by what the cell holds alone, so such a line is
its cells' texts between commas: what many lines share is written once.
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
QUOTED = (",", '"', "\r", "\n", "\x00")
# A cell that starts as a formula, in cells joined by line breaks, with one
# before the first. A line break inside a cell may match too: that cell is
# then looked at alone.
_FORMULA = re.compile("\n[" + re.escape("".join(FORMULA_START)) + "]")
# Something in one cell that csv quotes, or a formula at its start.
_CHANGED = re.compile(
    "[" + re.escape("".join(QUOTED)) + "]|^[" + re.escape("".join(FORMULA_START)) + "]"
)


def safe_cell(text: str) -> str:
    """Text a spreadsheet shows as text: a leading ``'`` defuses a formula."""
    return "'" + text if text.startswith(FORMULA_START) else text


def plain(*cells: str) -> bool:
    """True when :mod:`csv` writes each of ``cells`` as it is (no quotes)."""
    text = "".join(cells)
    # A search per character: each is a scan in C, faster than a regex's one.
    return not any(char in text for char in QUOTED)


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

    def cell(self, text: str) -> str:
        """``text`` as it is written in a line of two cells or more (defused)."""
        defused = safe_cell(text)
        return defused if plain(defused) else self.line([defused]).removesuffix("\r\n")

    def texts(self, column: Sequence[str]) -> list[str]:
        """Each cell of ``column`` as :meth:`cell` writes it.

        At once when no cell needs a change; else only the cells that do go
        through :meth:`cell`.
        """
        if plain(*column) and _FORMULA.search("\n".join(["", *column])) is None:
            return list(column)
        found = map(_CHANGED.search, column)
        return [
            text if match is None else self.cell(text)
            for text, match in zip(column, found, strict=True)
        ]

"""Writing a batch's files: atomically, and only inside the output folder.

Every file goes through :func:`advisor.output.write_atomic_bytes`: a hidden
temporary file in the same folder renamed over the final name, so that an
interrupted batch leaves whole files only.
"""

from __future__ import annotations

import os

from advisor.batch.naming import SUMMARY, is_safe_stem
from advisor.output import write_atomic_bytes

FORMATS = ("md", "json", "csv")


class OutputFolder:
    """The folder a batch writes into; every path it writes is checked to be inside it.

    Attributes:
        path: the folder, absolute and with symbolic links resolved.
    """

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = os.path.realpath(path)

    def report(self, stem: str, suffix: str, data: bytes) -> None:
        """Write a team's report ``<stem><suffix>`` atomically.

        Raises:
            ValueError: the stem is not a safe slug (a bug upstream: stems
                come from :mod:`advisor.batch.naming`); nothing is written.
            OutputError: the file cannot be written (disk full, no permission).
        """
        if not is_safe_stem(stem):
            raise ValueError(f"unsafe report name {stem + suffix!r}")
        write_atomic_bytes(self._inside(stem + suffix), data)

    def summary(self, suffix: str, data: bytes) -> None:
        """Write ``summary<suffix>`` atomically.

        Raises:
            OutputError: the file cannot be written.
        """
        write_atomic_bytes(self._inside(SUMMARY + suffix), data)

    def _inside(self, name: str) -> str:
        if name.rpartition(".")[2] not in FORMATS:
            raise ValueError(f"unexpected file type {name!r}")
        path = f"{self.path}{os.sep}{name}"
        # The last line of defence: the final path must be a child of the folder.
        if os.path.split(os.path.normpath(path))[0] != self.path:
            raise ValueError(f"{path!r} is not inside {self.path!r}")
        return path

"""Writing a batch's files: atomically, and only inside the output folder.

Each file is written to a hidden temporary file in the same folder
(``.<name>.<pid>.tmp``) and renamed over its final name, so that an
interrupted batch leaves either the whole previous file, the whole new one,
or nothing; never half a report. The temporary file is removed when the write
fails or is interrupted (``KeyboardInterrupt``, or the ``SystemExit`` a worker
raises on SIGTERM). There is no ``fsync``: this guards against an interrupted
process, not against a power cut.

``os.open``/``os.write`` of bytes instead of a text-mode file: a batch writes
thousands of files, and the text layer costs more than the write itself.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from advisor.batch.naming import SUMMARY, is_safe_stem
from advisor.errors import OutputError

_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
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


def write_atomic_bytes(path: str, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder.

    Raises:
        OutputError: the file cannot be written.
    """
    folder, name = os.path.split(path)
    temporary = f"{folder}{os.sep}.{name}.{os.getpid()}.tmp"
    try:
        try:
            handle = os.open(temporary, _FLAGS, 0o666)
        except FileExistsError:
            # Left by a killed process that had the same pid: ours to replace.
            Path(temporary).unlink()
            handle = os.open(temporary, _FLAGS, 0o666)
    except OSError as error:
        raise OutputError(f"{path}: cannot write the report: {error.strerror}") from None
    try:
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(handle, view) :]
        finally:
            os.close(handle)
        os.replace(temporary, path)  # noqa: PTH105 - no Path objects on the hot path
    except BaseException as error:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        if isinstance(error, OSError):
            raise OutputError(f"{path}: cannot write the report: {error.strerror}") from None
        raise

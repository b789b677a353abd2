"""Garbage collection in a batch: what exists before a phase is left alone during it.

A batch holds tens of thousands of long-lived objects (the pack, the
profiles, the outcomes) and makes millions of short-lived ones; every so
often a full collection walks them all, tens of milliseconds each time.
Frozen (:func:`gc.freeze`), they are out of the collections' way; a forked
worker, which inherits them frozen, does not even touch (and so copy) their
pages.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def frozen() -> Iterator[None]:
    """Freeze every object that exists now while the block runs; unfreeze them after.

    Not nested: leaving the inner block would unfreeze the outer one's objects.
    :func:`gc.freeze` may be called again inside, to add the objects made since.
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()

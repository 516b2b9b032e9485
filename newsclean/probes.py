"""The cheap test a rule or trim declares (`contains`, `endings`) before its pattern runs.

A module of its own so that it is compiled with the classifier (see setup.py), which runs it for
every probed rule on every block that might match; `newsclean.rules` re-exports it for declarations.
"""

from __future__ import annotations


def passes_probe(text: str, contains: tuple[str, ...], endings: tuple[str, ...]) -> bool:
    """The cheap test before a pattern: one of `contains` occurs and the text ends with one of `endings`."""
    if endings and not text.rstrip(". ").endswith(endings):
        return False
    if not contains:
        return True
    for string in contains:
        if string in text:
            return True
    return False

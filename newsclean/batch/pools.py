"""Worker processes started the way that is safe for newsclean's callers."""

from __future__ import annotations

import multiprocessing
import os
import sys
from multiprocessing.context import BaseContext


def process_context(preload: list[str] | None = None) -> BaseContext:
    """forkserver: workers fork from a clean server process (no threads to inherit, which fork can
    deadlock on; no large parent state), spawn where there is none, and fork only when there is no
    main script for forkserver/spawn children to re-import (``python -`` and the like).
    `preload`: modules the forkserver imports once for every worker."""
    methods = multiprocessing.get_all_start_methods()
    main_file = getattr(sys.modules.get("__main__"), "__file__", None)
    if main_file is not None and not os.path.exists(main_file) and "fork" in methods:
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if preload and "forkserver" in methods:
        context.set_forkserver_preload(preload)
    return context

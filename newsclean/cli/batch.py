"""`newsclean` on batch inputs (directories, JSON Lines, WARC, or `-o`): `clean_batch` with a progress line."""

from __future__ import annotations

import argparse
import os
import sys

from ..batch.inputs import input_kind
from ..batch.pool import WorkerStartError
from ..batch.run import clean_batch
from ..batch.worker import DEFAULT_TIMEOUT
from .common import unknown_outlet


def _usage(message: str) -> int:
    print(f"newsclean: error: {message}", file=sys.stderr)
    return 2


def run_cli(args: argparse.Namespace) -> int:
    """Batch mode of the ``newsclean`` command. Exit status 0 all cleaned, 1 some failed, 2 usage, 130 Ctrl-C."""
    from ..engine.registry import outlets as known_outlets

    problem = unknown_outlet(args.outlet)
    if problem:
        return _usage(problem)
    wanted = None
    if args.outlets:
        known = {o.id for o in known_outlets()}
        wanted = [o.strip().lower() for o in args.outlets.split(",") if o.strip()]
        unknown = [o for o in wanted if o not in known]
        if unknown:
            return _usage(f"unknown outlet(s) in --outlets: {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    if args.workers is not None and args.workers < 0:
        return _usage(f"--workers must not be negative, got {args.workers}")
    if args.timeout is not None:
        return _usage("--timeout limits one request of a URL; a document's cleaning time is --doc-timeout")
    if args.doc_timeout is not None and not args.doc_timeout > 0:
        return _usage(f"--doc-timeout must be positive, got {args.doc_timeout:g}")
    if args.resume and args.output in (None, "-"):
        return _usage("--resume needs -o/--output (the file to continue)")
    if args.url and any(input_kind(p) in ("dir", "jsonl", "warc") for p in args.inputs):
        return _usage("--url names one page; directories, JSON Lines and WARC files carry their own URLs")
    if args.output and not args.resume and os.path.exists(args.output) and os.path.getsize(args.output) > 0:
        return _usage(f"{args.output} already exists: add --resume to continue it, or remove it")
    if args.output and args.output != "-" and os.path.isdir(args.output):
        return _usage(f"{args.output} is a directory; -o takes a file (OUT.jsonl)")
    output = None if args.output in (None, "-") else args.output
    timeout = args.doc_timeout if args.doc_timeout is not None else DEFAULT_TIMEOUT
    try:
        summary = clean_batch(args.inputs, output, workers=args.workers, resume=args.resume, outlet=args.outlet,
                              outlets=wanted, url=args.url, timeout=timeout)
    except WorkerStartError as exc:
        print(f"newsclean: error: {exc}", file=sys.stderr)
        return 1
    print(summary.format(), file=sys.stderr)
    if summary.interrupted:
        return 130
    return 1 if summary.failed else 0

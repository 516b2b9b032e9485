"""`newsclean FILE ...` and stdin: each input cleaned in this process, printed as text or one JSON line."""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator

from ..article import Article
from ..auto import clean
from .common import (
    EXIT_FAILED,
    EXIT_OK,
    EXIT_USAGE,
    Input,
    failure_reason,
    failure_record,
    format_plain,
    read_input,
    report_error,
    unknown_outlet,
)


def iter_inputs(args: argparse.Namespace) -> Iterator[Input]:
    """Every input named on the command line, in order."""
    for name in args.inputs:
        def run(name: str = name) -> Article:
            return clean(read_input(name), url=args.url, outlet=args.outlet)

        yield Input("<stdin>" if name == "-" else name, run)


def run_files(args: argparse.Namespace) -> int:
    problem = unknown_outlet(args.outlet)
    if problem:
        report_error("--outlet", problem)
        return EXIT_USAGE
    status = EXIT_OK
    first = True
    several = len(args.inputs) > 1
    for item in iter_inputs(args):
        try:
            article = item.clean()
        except Exception as exc:  # noqa: BLE001 - every failure becomes one line on stderr, never a traceback
            if os.environ.get("NEWSCLEAN_DEBUG"):
                raise
            report_error(item.name, failure_reason(exc))
            status = EXIT_FAILED
            if args.json:
                sys.stdout.write(json.dumps(failure_record(item.name, exc), ensure_ascii=False) + "\n")
                sys.stdout.flush()
            continue
        if args.json:
            sys.stdout.write(json.dumps({"input": item.name, **article.to_dict()}, ensure_ascii=False) + "\n")
        else:
            if several:
                sys.stdout.write(("" if first else "\n") + f"==> {item.name} <==\n")
            sys.stdout.write(format_plain(article, explain=args.explain) + "\n")
        first = False
        sys.stdout.flush()
    return status

"""The `newsclean` command: clean page dumps and HTML pages from files or standard input.

Exit status: 0 when every input was cleaned, 1 when any failed (the others are still cleaned and
printed, each failure named on stderr as ``newsclean: INPUT: reason``), 2 on usage errors.

With ``--json`` every input gives one line that names it: ``{"input": NAME, ...Article.to_dict()}``, or
``{"input": NAME, "error": MESSAGE, "stage": STAGE, "reason": REASON}`` for one that failed (the same
record batch runs write), so a failure is never only on stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable

from .. import __version__
from ..batch.worker import DEFAULT_TIMEOUT
from ..engine.registry import outlets
from .common import EXIT_OK, EXIT_USAGE, is_batch_input, is_url


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean Indonesian news pages (text dumps or HTML) into article text and metadata.",
        epilog="Other commands: 'newsclean outlets' lists the outlet rules; 'newsclean eval DIR' scores "
        "against gold files (see 'newsclean eval --help'). Exit status: 0 all inputs cleaned, 1 some input "
        "failed (named on stderr), 2 usage error.",
    )
    parser.add_argument("inputs", nargs="*", metavar="INPUT", help="page dump or HTML file; '-' reads stdin")
    parser.add_argument("--json", action="store_true", help="print the contract's JSON (JSON Lines for several inputs)")
    parser.add_argument("--outlet", metavar="ID", help="use this outlet's rules (see 'newsclean outlets'); an input "
                        "that is plainly another outlet's is cleaned as that one, with a warning")
    parser.add_argument("--url", metavar="URL", help="the page's URL: picks the outlet and fills 'url'")
    parser.add_argument("--explain", action="store_true", help="also print each removed block with its kind and rule")
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    fetching = parser.add_argument_group("fetching (inputs that are http/https URLs)")
    fetching.add_argument("--input-file", metavar="FILE", help="read URLs from FILE, one a line ('-' for stdin)")
    fetching.add_argument("--concurrency", type=int, metavar="N",
                          help="requests in flight at once, all hosts (default 16)")
    fetching.add_argument("--per-host", type=int, metavar="N",
                          help="requests in flight at once per host (default 2; their starts 1 s apart)")
    fetching.add_argument("--timeout", type=float, metavar="SECONDS",
                          help="time limit for one whole request: connect, headers, body (default 30)")
    fetching.add_argument("--retries", type=int, metavar="N",
                          help="retries of timeouts, dropped connections, 429 and 5xx answers (default 3)")
    fetching.add_argument("--no-robots", action="store_true", help="do not obey robots.txt (you take responsibility)")
    batch = parser.add_argument_group("batch (directories, JSON Lines and WARC files)")
    batch.add_argument("-o", "--output", metavar="OUT.jsonl", help="write one JSON line per input to OUT.jsonl")
    batch.add_argument("--resume", action="store_true", help="skip inputs already in OUT.jsonl, append the rest")
    batch.add_argument("--workers", type=int, metavar="N",
                       help="processes that clean pages (default: all cores; 0 or 1: in this process)")
    batch.add_argument("--doc-timeout", type=float, metavar="SECONDS",
                       help=f"give up cleaning one document after this long (default {DEFAULT_TIMEOUT:g})")
    batch.add_argument("--outlets", metavar="IDS", help="WARC: keep only these outlets' domains (tempo,kompas)")
    return parser


def cmd_outlets(argv: list[str]) -> int:
    """`newsclean outlets [--json]`: id, name, domains and template versions of every outlet."""
    parser = argparse.ArgumentParser(prog="newsclean outlets", description="List the outlet rule modules.")
    parser.add_argument("--json", action="store_true", help="one JSON object per outlet")
    args = parser.parse_args(argv)
    known = outlets()
    if args.json:
        for outlet in known:
            print(json.dumps({"id": outlet.id, "name": outlet.name, "domains": list(outlet.domains),
                              "versions": list(outlet.versions)}, ensure_ascii=False))
        return EXIT_OK
    rows = [(o.id, o.name, ", ".join(o.domains), " ".join(o.versions)) for o in known]
    widths = [max(len(row[column]) for row in rows) for column in range(3)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=False)) + "  " + row[3])
    return EXIT_OK


def cmd_eval(argv: list[str]) -> int:
    """`newsclean eval DIR [--baseline trafilatura]`: scores against gold files (newsclean.eval)."""
    from ..eval import main as eval_main

    return eval_main(argv)


#: `newsclean NAME ...` runs SUBCOMMANDS[NAME]; anything else is a list of inputs to clean.
SUBCOMMANDS: dict[str, Callable[[list[str]], int]] = {"outlets": cmd_outlets, "eval": cmd_eval}


def run_clean(args: argparse.Namespace) -> int:
    """Dispatch: URLs are fetched (newsclean.cli.fetch), batch inputs or -o go to newsclean.cli.batch,
    plain files and stdin are cleaned here."""
    urls = [a for a in args.inputs if is_url(a)]
    if urls or args.input_file:
        from .fetch import run as run_urls

        return run_urls(args)
    if args.output or args.resume or any(is_batch_input(a) for a in args.inputs):
        from .batch import run_cli as run_batch

        return run_batch(args)
    from .files import run_files

    return run_files(args)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        if argv and argv[0] in SUBCOMMANDS:
            return SUBCOMMANDS[argv[0]](argv[1:])
        parser = build_parser()
        try:
            args = parser.parse_args(argv)
        except SystemExit as exc:  # argparse exits 2 on usage errors, 0 for --help/--version
            return int(exc.code or 0)
        if not args.inputs and not args.input_file:
            parser.print_usage(sys.stderr)
            print("newsclean: error: no input given (a file, '-' for stdin, a URL or --input-file)", file=sys.stderr)
            return EXIT_USAGE
        return run_clean(args)
    except BrokenPipeError:  # `newsclean ... | head`: the reader left; not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())

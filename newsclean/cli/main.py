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
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from .. import __version__
from ..article import Article
from ..auto import clean
from ..engine.registry import outlets
from ..errors import CleanError, error_record, internal_error_message, os_error_reason

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


@dataclass
class Input:
    """One thing to clean: a name for messages and a way to produce its Article."""

    name: str
    clean: Callable[[], Article]


def read_input(path: str) -> bytes:
    """The bytes of a file input ('-': standard input); a directory is a `CleanError`."""
    if path == "-":
        return sys.stdin.buffer.read()
    if os.path.isdir(path):
        raise CleanError("is a directory")
    with open(path, "rb") as handle:
        return handle.read()


def iter_inputs(args: argparse.Namespace) -> Iterator[Input]:
    """Every input named on the command line, in order."""
    for name in args.inputs:
        def run(name: str = name) -> Article:
            return clean(read_input(name), url=args.url, outlet=args.outlet)

        yield Input("<stdin>" if name == "-" else name, run)


def format_plain(article: Article, *, explain: bool) -> str:
    """Title, blank line, paragraphs separated by blank lines; with `explain`, every removed block."""
    parts = []
    if article.title:
        parts.append(article.title)
    parts.append(article.text)
    out = "\n\n".join(parts)
    if explain:
        lines = [f"\n\n--- removed: {len(article.removed)} block(s) ---"]
        lines += [f"[{r.kind}/{r.rule}] {r.text}" for r in article.removed]
        if article.warnings:
            lines.append("--- warnings ---")
            lines += article.warnings
        out += "\n".join(lines)
    return out


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean Indonesian news pages (text dumps or HTML) into article text and metadata.",
        epilog="Other commands: 'newsclean outlets' lists the outlet rules. Exit status: 0 all inputs "
        "cleaned, 1 some input failed (named on stderr), 2 usage error.",
    )
    parser.add_argument("inputs", nargs="*", metavar="INPUT", help="page dump or HTML file; '-' reads stdin")
    parser.add_argument("--json", action="store_true", help="print the contract's JSON (JSON Lines for several inputs)")
    parser.add_argument("--outlet", metavar="ID", help="use this outlet's rules (see 'newsclean outlets')")
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
    batch.add_argument("--workers", type=int, metavar="N", help="worker processes (default: all cores)")
    batch.add_argument("--outlets", metavar="IDS", help="WARC: keep only these outlets' domains (tempo,kompas)")
    return parser


def cmd_outlets(argv: list[str]) -> int:
    """`newsclean outlets [--json]`: id, name, domains and template versions of every outlet."""
    parser = argparse.ArgumentParser(prog="newsclean outlets", description="List the outlet rule modules.")
    parser.add_argument("--json", action="store_true", help="one JSON object per outlet")
    args = parser.parse_args(argv)
    for outlet in outlets():
        if args.json:
            print(json.dumps({"id": outlet.id, "name": outlet.name, "domains": list(outlet.domains),
                              "versions": list(outlet.versions)}, ensure_ascii=False))
        else:
            print(f"{outlet.id:<10} {outlet.name:<12} {', '.join(outlet.domains):<40} {' '.join(outlet.versions)}")
    return EXIT_OK


def cmd_eval(argv: list[str]) -> int:
    """`newsclean eval DIR [--baseline trafilatura]`: scores against gold files (newsclean.eval)."""
    from ..eval import main as eval_main

    return eval_main(argv)


#: `newsclean NAME ...` runs SUBCOMMANDS[NAME]; anything else is a list of inputs to clean.
SUBCOMMANDS: dict[str, Callable[[list[str]], int]] = {"outlets": cmd_outlets, "eval": cmd_eval}


def _error(name: str, reason: str) -> None:
    print(f"newsclean: {name}: {reason}", file=sys.stderr)


def _failure_record(name: str, exc: BaseException) -> dict[str, object]:
    """The ``--json`` line of an input that failed; stage ``read`` for the file, ``clean`` for the page."""
    if isinstance(exc, CleanError):
        return error_record(name, "clean", exc.reason, _reason(exc))
    if isinstance(exc, OSError):
        return error_record(name, "read", os_error_reason(exc), _reason(exc))
    return error_record(name, "clean", "internal", _reason(exc))


def _reason(exc: BaseException) -> str:
    if isinstance(exc, CleanError):
        return str(exc)
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return internal_error_message(exc)


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")


def is_url(arg: str) -> bool:
    """http(s) URLs, and ``ftp://…``-like arguments that name no file: those go to the fetch path,
    which refuses them with a clear "only http and https" line rather than "no such file"."""
    return arg.lower().startswith(("http://", "https://")) or bool(_SCHEME.match(arg) and not os.path.exists(arg))


def is_batch_input(arg: str) -> bool:
    """Directories, JSON Lines and WARC files are batch inputs (many documents in one argument)."""
    lower = arg.lower()
    return os.path.isdir(arg) or lower.endswith((".jsonl", ".jsonl.gz", ".warc", ".warc.gz", ".arc.gz"))


def run_clean(args: argparse.Namespace) -> int:
    """Dispatch: URLs are fetched (newsclean.cli.fetch), batch inputs or -o go to newsclean.batch.core,
    plain files and stdin are cleaned here."""
    urls = [a for a in args.inputs if is_url(a)]
    if urls or args.input_file:
        from .fetch import run as run_urls

        return run_urls(args)
    if args.output or args.resume or any(is_batch_input(a) for a in args.inputs):
        from ..batch.core import run_cli as run_batch

        return run_batch(args)
    return run_files(args)


def unknown_outlet(outlet: str | None) -> str | None:
    """The message for an --outlet that no rule module declares; None when it is absent or known."""
    if not outlet:
        return None
    known = {o.id for o in outlets()}
    if outlet.lower() in known:
        return None
    return f"unknown outlet {outlet!r} (known: {', '.join(sorted(known))})"


def run_files(args: argparse.Namespace) -> int:
    problem = unknown_outlet(args.outlet)
    if problem:
        _error("--outlet", problem)
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
            _error(item.name, _reason(exc))
            status = EXIT_FAILED
            if args.json:
                sys.stdout.write(json.dumps(_failure_record(item.name, exc), ensure_ascii=False) + "\n")
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

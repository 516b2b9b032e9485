"""Finds outlet rule modules and picks the outlet of an input. Knows no outlet by name.

Every module in the `site_rules` package (installed as `newsclean.site_rules`) that defines `OUTLET`
is an outlet; so is any `newsclean.outlets` entry point a third-party package installs.
"""

from __future__ import annotations

import importlib
import importlib.util
import pkgutil
import re
import sys
from functools import cache
from importlib.metadata import entry_points
from pathlib import Path
from types import ModuleType
from urllib.parse import urlsplit

from ..errors import UnknownOutletError
from ..rules import Outlet, alternation

_NON_ALNUM = re.compile(r"[^a-z0-9]+")

#: Blocks read from each end of a dump when looking for an outlet's signatures.
SCAN_HEAD = 40
SCAN_TAIL = 25
#: Score a dump needs before an outlet is trusted with it.
MIN_SCORE = 2


#: Where the outlet modules are imported from: installed as `newsclean.site_rules`, so that nothing in a
#: user's working directory (a `site_rules/` of their own) can stand in for them.
RULES_PACKAGE = "newsclean.site_rules"


def _rules_package() -> ModuleType:
    """The outlet modules' package. An installed newsclean has it inside; a working copy (an editable
    install, tests run from the repository) has the repository's `site_rules/` folder beside the
    package instead, and it is loaded from there under the same name."""
    try:
        return importlib.import_module(RULES_PACKAGE)
    except ModuleNotFoundError as exc:
        if exc.name != RULES_PACKAGE:
            raise  # (a module the rules themselves import is missing: say so)
    folder = Path(__file__).resolve().parents[2] / "site_rules"
    spec = importlib.util.spec_from_file_location(
        RULES_PACKAGE, folder / "__init__.py", submodule_search_locations=[str(folder)])
    if spec is None or spec.loader is None:
        raise ImportError(f"newsclean's outlet modules are missing: neither {RULES_PACKAGE} nor {folder}")
    package = importlib.util.module_from_spec(spec)
    sys.modules[RULES_PACKAGE] = package
    spec.loader.exec_module(package)
    return package


@cache
def outlets() -> tuple[Outlet, ...]:
    """Every known outlet, in module-name order."""
    package = _rules_package()
    found: dict[str, Outlet] = {}
    for info in sorted(pkgutil.iter_modules(package.__path__), key=lambda i: i.name):
        if info.name.startswith("_"):
            continue
        module = importlib.import_module(f"{RULES_PACKAGE}.{info.name}")
        outlet = getattr(module, "OUTLET", None)
        if isinstance(outlet, Outlet):
            found[outlet.id] = outlet
    for ep in entry_points(group="newsclean.outlets"):
        outlet = ep.load()
        if isinstance(outlet, Outlet):
            found.setdefault(outlet.id, outlet)
    return tuple(found.values())


def get_outlet(outlet_id: str) -> Outlet:
    """The outlet with this id, or `UnknownOutletError` naming the known ones."""
    for outlet in outlets():
        if outlet.id == outlet_id.lower():
            return outlet
    known = ", ".join(o.id for o in outlets())
    raise UnknownOutletError(f"unknown outlet {outlet_id!r} (known: {known})")


def host_of(url: str) -> str:
    """Lower-cased host of a URL (scheme optional), without a port or a leading ``www.``."""
    parts = urlsplit(url if "//" in url else "//" + url)
    host = (parts.hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def outlet_for_url(url: str | None) -> Outlet | None:
    """The outlet whose domain (or a subdomain of it) serves `url`."""
    if not url:
        return None
    host = host_of(url)
    for outlet in outlets():
        for domain in outlet.domains:
            if host == domain or host.endswith("." + domain):
                return outlet
    return None


def outlet_by_site_name(site_name: str | None) -> Outlet | None:
    """The outlet a page's og:site_name names (``KOMPAS.com``, ``Tempo``), by id, name or domain."""
    if not site_name:
        return None
    squashed = _NON_ALNUM.sub("", site_name.lower())
    for outlet in outlets():
        names = {outlet.id, _NON_ALNUM.sub("", outlet.name.lower())}
        names |= {_NON_ALNUM.sub("", d) for d in outlet.domains}
        if squashed in names or re.search(rf"\b{re.escape(outlet.id)}\b", site_name.lower()):
            return outlet
    return None


def _scanned(blocks: list[str]) -> list[str]:
    """The blocks a dump's signatures are looked for in: its first and last ones."""
    return blocks if len(blocks) <= SCAN_HEAD + SCAN_TAIL else blocks[:SCAN_HEAD] + blocks[-SCAN_TAIL:]


def outlet_scores(blocks: list[str]) -> dict[str, int]:
    """Each outlet's evidence in a dump: its signatures' weights, and (when those don't settle it) 2
    for an identifying credit line of its own opening one of the longer blocks near the top."""
    scan = _scanned(blocks)
    joined = "\n".join(scan)  # one search per signature instead of one per block
    scores = dict.fromkeys(_outlet_ids(), 0)
    for outlet in outlets():
        for signature in outlet.signatures:
            # (a signature opens with a case-sensitive literal: `re` finds it with a substring search)
            if signature.regex.search(joined):
                scores[outlet.id] += signature.weight
    if not _settled(scores):
        # Credit lines open a paragraph: try them on the longer blocks near the top only (and only on
        # those that some outlet's identifying credit line opens: one regex call for the others).
        any_credit = _identifying_credits()
        paragraphs = [b for b in scan[:SCAN_HEAD] if len(b) >= 30 and (any_credit is None or any_credit.match(b))]
        for outlet_id in {outlet.id for b in paragraphs for outlet in outlets_credited(b)}:
            scores[outlet_id] += 2
    return scores


def detect_outlet(blocks: list[str]) -> Outlet | None:
    """The outlet whose signatures (and, when those don't settle it, credit lines) a dump carries most."""
    scores = outlet_scores(blocks)
    if not _settled(scores):
        return None
    return max(outlets(), key=lambda o: scores[o.id])


def outlets_credited(block: str) -> list[Outlet]:
    """The outlets whose identifying credit line (``KOMPAS.com -``) opens `block`."""
    return [o for o in outlets() if any(c.regex.match(block) for c in o.credits if c.identifies)]


@cache
def _outlet_ids() -> tuple[str, ...]:
    return tuple(outlet.id for outlet in outlets())


@cache
def _identifying_credits() -> re.Pattern[str] | None:
    """Every outlet's identifying credit patterns in one regex (None when some flags cannot be combined)."""
    combined = alternation([(c.pattern, c.flags) for o in outlets() for c in o.credits if c.identifies])
    return combined[0] if combined else None


def _settled(scores: dict[str, int]) -> bool:
    """One outlet scores enough, and more than any other."""
    top = sorted(scores.values(), reverse=True) + [0, 0]
    return top[0] >= MIN_SCORE and top[0] > top[1]


def resolve_outlet(
    outlet: str | None, url: str | None, blocks: list[str] | None, warnings: list[str] | None = None
) -> Outlet | None:
    """Explicit id first, then the URL's domain, then the dump's own signatures.

    An explicit id or URL whose outlet the dump disagrees with (it carries another outlet's signatures
    and none of the named one's) loses to the dump's own outlet, and `warnings` says so: a pipeline
    that passes the wrong URL gets the right rules, and is told."""
    given = get_outlet(outlet) if outlet else outlet_for_url(url)
    if not blocks:
        return given
    if given is None:
        return detect_outlet(blocks)
    joined = "\n".join(_scanned(blocks))
    if any(signature.regex.search(joined) for signature in given.signatures):
        return given  # (the dump carries the named outlet's own signature: nothing to disagree with)
    scores = outlet_scores(blocks)
    if scores[given.id] == 0 and _settled(scores):
        found = max(outlets(), key=lambda o: scores[o.id])
        if warnings is not None:
            warnings.append(f"the dump looks like {found.id!r}, not {given.id!r} as {named_by(outlet, url)} says; "
                            f"cleaned with the {found.id!r} rules")
        return found
    return given


def named_by(outlet: str | None, url: str | None) -> str:
    """How a caller named the outlet, for a warning: ``outlet='tempo'`` or ``the URL (tempo.co)``."""
    return f"outlet={outlet!r}" if outlet else f"the URL ({host_of(url or '')})"

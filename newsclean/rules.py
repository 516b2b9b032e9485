"""What an outlet module declares. Rule modules build these objects; the engine reads them.

An outlet module is mostly data: domains, signatures, credit-line patterns and block rules,
each block rule naming the `kind` of what it removes (see `newsclean.article.REMOVED_KINDS`).
Code belongs in a module only where a declaration cannot say it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

from .article import REMOVED_KINDS

Zone = Literal["any", "header", "body"]

# Named groups a rule may use to move text into a field.
FIELD_GROUPS: frozenset[str] = frozenset({"authors", "editor", "source", "date", "caption", "title"})


@dataclass(frozen=True)
class Rule:
    """A pattern that classifies one whole block (matched with `re.fullmatch`).

    - `kind`: what the block is (`ad`, `read_also`, `byline`, `caption`, ...).
    - named groups in `pattern` (`authors`, `editor`, `source`, `date`, `caption`, `title`)
      move that part of the block into the field; a `byline` block without groups is parsed
      as ``Label: value | Label: value``.
    - `where`: `header` rules apply only before the story starts, `body` only after.
    - `then_value`: the block is a bare label (``Reporter``); the next block, when it looks like
      a name, is the label's value.
    - `then_drop`: also take out up to this many following headline-like blocks (teaser titles
      printed after ``Video Rekomendasi``) with the same kind.
    - `starts_tail`: the story has ended; this block and every later one are out of the body.
    - `max_len`: only blocks up to this many characters (keeps promo patterns off long paragraphs).
    """

    name: str
    kind: str
    pattern: str
    flags: int = re.IGNORECASE
    where: Zone = "any"
    then_value: bool = False
    then_drop: int = 0
    starts_tail: bool = False
    max_len: int | None = None

    def __post_init__(self) -> None:
        if self.kind not in REMOVED_KINDS:
            raise ValueError(f"rule {self.name!r}: kind {self.kind!r} is not one of {sorted(REMOVED_KINDS)}")
        unknown = set(self.regex.groupindex) - FIELD_GROUPS
        if unknown:
            raise ValueError(f"rule {self.name!r}: unknown field groups {sorted(unknown)}")

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)


@dataclass(frozen=True)
class Trim:
    """Cut the end of a body block from where `pattern` matches (it must reach the end, `$`).

    For furniture glued onto a paragraph, such as an amp page's ``Baca Juga: ...`` run into the
    end of a line, or closing editor initials ``(nia/qom)``.
    """

    name: str
    kind: str
    pattern: str
    flags: int = 0

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)


@dataclass(frozen=True)
class Credit:
    """The credit line opening a story (``TEMPO.CO, Jakarta - ``), matched at a block's start.

    An optional group `city` is the dateline. What follows the match is the first paragraph.
    """

    name: str
    pattern: str
    flags: int = 0

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)


@dataclass(frozen=True)
class Signature:
    """Evidence that a dump comes from an outlet: a pattern searched in its first and last blocks."""

    pattern: str
    weight: int = 1
    flags: int = 0

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)


@dataclass(frozen=True)
class HtmlTemplate:
    """One template era of an outlet's HTML pages: how to recognise it and where fields live.

    Selectors are CSS (selectolax Lexbor). `markers` recognise the era: the template applies when
    every marker selector finds something in the page.
    """

    version: str
    markers: tuple[str, ...]
    body: str
    title: str | None = None
    summary: str | None = None
    date: str | None = None
    authors: str | None = None
    editor: str | None = None
    caption: str | None = None
    tags: str | None = None
    section: str | None = None
    noise: tuple[str, ...] = ()
    #: Selectors whose matches are not taken out whole but whose *parent* is (ad slots).
    noise_parents: tuple[str, ...] = ()
    #: Body paragraph selector relative to each `body` match (default: block-level text elements).
    paragraphs: str | None = None
    #: Text before which the body ends (e.g. an HTML comment marker), if the template has one.
    body_end_comment: str | None = None


@dataclass(frozen=True)
class Outlet:
    """Everything newsclean knows about one outlet."""

    id: str
    name: str
    domains: tuple[str, ...]
    signatures: tuple[Signature, ...] = ()
    credits: tuple[Credit, ...] = ()
    rules: tuple[Rule, ...] = ()
    trims: tuple[Trim, ...] = ()
    #: Regex (searched at the end of a title) for the site's title suffix, e.g. `` - Kompas.com``.
    title_suffix: str | None = None
    #: HTML template eras, newest first.
    html_templates: tuple[HtmlTemplate, ...] = ()
    #: Query that turns a paginated story URL into its single-page form (``page=all``).
    single_page_query: str | None = None
    #: Last-resort hook for what no declaration says: receives and returns the Article fields dict.
    adjust: Callable[[dict[str, object]], dict[str, object]] | None = None
    #: Template versions of dumps (text rules), shown by ``newsclean outlets``.
    text_eras: tuple[str, ...] = field(default=())

    @property
    def versions(self) -> tuple[str, ...]:
        """Every template version this outlet's rules know, HTML and text."""
        return tuple(f"html:{t.version}" for t in self.html_templates) + tuple(f"text:{e}" for e in self.text_eras)

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


#: Said when a page (or dump) holds one page of a story split over several (`Rule.warning`, `HtmlTemplate.pager`).
MULTI_PAGE_WARNING = ("multi-page story: this is one page of it; fetch the outlet's single-page form "
                      "(newsclean.fetch asks for it) for the whole text")

# Named groups a rule may use to move text into a field. `signoff` is a closing sign-off
# (``ANTARA | FIKRI ARIGI``): its agencies are the source, its people the authors when no byline names any.
FIELD_GROUPS: frozenset[str] = frozenset({"authors", "editor", "source", "date", "caption", "title", "summary",
                                          "signoff"})


_INLINE_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.VERBOSE, "x"), (re.ASCII, "a"))
#: Flags `alternation` can scope to one alternative (UNICODE is the default for str patterns).
INLINE_FLAGS_MASK = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII | re.UNICODE
_NAMED_GROUP = re.compile(r"\(\?P<\w+>")


def alternation(
    patterns: list[tuple[str, int]], *, keep_groups: bool = False
) -> tuple[re.Pattern[str], list[int]] | None:
    """One regex trying `patterns` (pattern, flags) in order, each in a group of its own (their named
    groups become non-capturing), and each one's group number; None when some flags cannot be scoped inline.

    Matched at one position it says, in one call, which pattern is the first to match there (the
    group `lastindex` names), and the match is the one that pattern alone would give. With
    `keep_groups`, named groups stay as numbered ones: group k of a pattern (``groupindex``) is then
    group ``number + k`` of the alternation, so its match needs no second run of the pattern."""
    alternatives = []
    numbers = []
    number = 1
    for pattern, flags in patterns:
        if flags & ~INLINE_FLAGS_MASK:
            return None
        inline = "".join(letter for flag, letter in _INLINE_FLAGS if flags & flag)
        body = _NAMED_GROUP.sub("(" if keep_groups else "(?:", pattern)
        alternatives.append(f"((?{inline}:{body}))" if inline else f"({body})")
        numbers.append(number)
        number += 1 + re.compile(body, flags).groups
    return re.compile("|".join(alternatives) or "(?!)"), numbers


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
    - `value_field`: with `then_value`, the field the value fills (``title`` under a rubric label,
      ``caption`` under a photo's ``Lihat Foto`` / ``Perbesar`` button or under the byline a photo
      follows); default: the field of the label (`Reporter` → authors). `value_pattern`: the regex the
      next block must fully match to be that value; without it a name field's value looks like a
      name, and a caption is any block no rule claims, taken in the header only. A block some rule
      claims is never a value given by a pattern, and a caption is never taken before a dump's headline.
    - `column`: the label says the page is one writer's column (``Kolom``, ``Catatan Pinggir``): a
      writer's box may stand under the headline (see below).
    - `joins_previous`: the block ends the block before it (a photo credit ``TEMPO/Name`` printed
      under its caption): the two, joined, are a caption.
    - `then_drop`: also take out up to this many following headline-like blocks (teaser titles
      printed after ``Video Rekomendasi``) with the same kind.
    - `under_headline`: the block is printed right under the headline (Kompas' date line). The story
      never starts above it; the unclaimed header block just above it is the title, and the unclaimed
      blocks above that one (taken for the title before, or between a title printed first and its
      repeat) may be a writer's box.
    - A writer's box: a columnist's name, then their role or bio, printed in the header where no rule
      claims them: over the headline (found through `under_headline`) or, on a page a `column` label
      marks, under it (the name alone will do there). The box leaves the title, the standfirst and the
      captions; its name is the author when no byline names a person.
    - `starts_tail`: the story has ended; this block and every later one are out of the body.
    - `closes_story`: the block signs the story off (the desk's initials): every later block is out of
      the body too, but later blocks still go through the rules (a promo is named as a promo) and what
      no rule claims goes as `related` (rule ``after:<name>``, or after the next list label).
    - `max_len`: only blocks up to this many characters (keeps promo patterns off long paragraphs).
    - `contains`: literal strings (case-sensitive), one of which must occur in the block before
      `pattern` is tried at all. Rules that look for words anywhere in a block (promos, photo
      credits) declare them, so that a story paragraph without those words costs a few substring
      tests instead of a regex scan from every position.
    - `endings`: strings one of which the block must end with (a trailing period ignored) before
      `pattern` is tried; the same purpose as `contains`, for what sits at a block's end.
    - `warning`: said in the Article's `warnings` (once) when the rule fires: a pager line
      (``Halaman 1 dari 3``) means the text is one page of a longer story.
    """

    name: str
    kind: str
    pattern: str
    flags: int = re.IGNORECASE
    where: Zone = "any"
    then_value: bool = False
    value_field: str = ""
    value_pattern: str = ""
    column: bool = False
    joins_previous: bool = False
    then_drop: int = 0
    under_headline: bool = False
    starts_tail: bool = False
    closes_story: bool = False
    max_len: int | None = None
    contains: tuple[str, ...] = ()
    endings: tuple[str, ...] = ()
    warning: str = ""

    def __post_init__(self) -> None:
        if self.kind not in REMOVED_KINDS:
            raise ValueError(f"rule {self.name!r}: kind {self.kind!r} is not one of {sorted(REMOVED_KINDS)}")
        unknown = set(self.regex.groupindex) - FIELD_GROUPS
        if unknown:
            raise ValueError(f"rule {self.name!r}: unknown field groups {sorted(unknown)}")
        if self.value_field and self.value_field not in FIELD_GROUPS:
            raise ValueError(f"rule {self.name!r}: value_field {self.value_field!r} is not a field group")

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)

    @cached_property
    def value_regex(self) -> re.Pattern[str] | None:
        return re.compile(self.value_pattern) if self.value_pattern else None

    @property
    def probed(self) -> bool:
        """Whether a cheap test guards the pattern (such rules are tried one by one)."""
        return bool(self.contains or self.endings)

    def probe(self, text: str) -> bool:
        """False when the block cannot match: no `contains` string occurs, or no `endings` ends it."""
        return passes_probe(text, self.contains, self.endings)


@dataclass(frozen=True)
class Trim:
    """Cut the end of a body block from where `pattern` matches (it must reach the end, `$`).

    For furniture glued onto a paragraph, such as an amp page's ``Baca Juga: ...`` run into the
    end of a line, or closing editor initials ``(nia/qom)``. `contains` and `endings` are cheap
    tests that must pass before the pattern is searched (see `Rule`). `field`: the cut text also
    fills this field (one of `FIELD_GROUPS`: a closing sign-off run into the last sentence is `signoff`).
    """

    name: str
    kind: str
    pattern: str
    flags: int = 0
    contains: tuple[str, ...] = ()
    endings: tuple[str, ...] = ()
    field: str = ""

    def __post_init__(self) -> None:
        if self.field and self.field not in FIELD_GROUPS:
            raise ValueError(f"trim {self.name!r}: field {self.field!r} is not a field group")

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)

    def probe(self, text: str) -> bool:
        return passes_probe(text, self.contains, self.endings)


@dataclass(frozen=True)
class Credit:
    """The credit line opening a story (``TEMPO.CO, Jakarta - ``), matched at a block's start.

    An optional group `city` is the dateline. What follows the match is the first paragraph.
    `identifies`: whether the credit line alone says which outlet a dump is from. A bare
    ``JAKARTA - `` does not (several outlets print it), so it only strips the credit line once the
    outlet is known by other evidence.
    """

    name: str
    pattern: str
    flags: int = 0
    identifies: bool = True

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)


@dataclass(frozen=True)
class Signature:
    """Evidence that a dump comes from an outlet: a pattern searched in its first and last blocks.

    Start each pattern with a literal and keep it case-sensitive (no top-level ``|``): the regex
    engine then finds it with a fast substring search. Write alternatives as separate signatures.
    """

    pattern: str
    weight: int = 1
    flags: int = 0

    @cached_property
    def regex(self) -> re.Pattern[str]:
        return re.compile(self.pattern, self.flags)


@dataclass(frozen=True)
class Noise:
    """Page furniture inside an HTML body, taken out by CSS selector and reported as `kind`.

    - `parent`: take out the matched element's parent instead (ad slots whose wrapper is the box).
    - `text`: only when the element's whitespace-folded text fully matches this regex (a closing
      credit line printed in capitals, say); without it every match goes.
    - `field`: the element's text also fills this field (one of `FIELD_GROUPS`: a closing sign-off
      is `signoff`).
    """

    selector: str
    kind: str = "other"
    parent: bool = False
    text: str | None = None
    field: str = ""

    def __post_init__(self) -> None:
        if self.kind not in REMOVED_KINDS:
            raise ValueError(f"noise {self.selector!r}: kind {self.kind!r} is not one of {sorted(REMOVED_KINDS)}")
        if self.field and self.field not in FIELD_GROUPS:
            raise ValueError(f"noise {self.selector!r}: field {self.field!r} is not a field group")

    @cached_property
    def text_regex(self) -> re.Pattern[str] | None:
        return re.compile(self.text) if self.text else None


@dataclass(frozen=True)
class HtmlTemplate:
    """One template era of an outlet's HTML pages: how to recognise it and where fields live.

    Selectors are CSS (selectolax Lexbor). `markers` recognise the era: the template applies when
    every marker selector finds something in the page (an outlet's templates are tried newest first).
    A field selector that matches a ``<meta>`` reads its ``content``, a ``<time>`` its ``datetime``,
    anything else its text. Text rules (the "Baca juga" family, promos, credit lines) are not
    repeated here: the body's blocks go through the outlet's `rules` like a dump's.
    """

    version: str
    markers: tuple[str, ...]
    body: str
    #: Years the template was in use, for people (``"2017-2019"``).
    era: str = ""
    title: str | None = None
    summary: str | None = None
    date: str | None = None
    authors: str | None = None
    editor: str | None = None
    source: str | None = None
    #: A credit box of label/value pairs (``Penulis`` / ``Editor`` / ``Sumber``), read into those fields.
    byline: str | None = None
    caption: str | None = None
    tags: str | None = None
    section: str | None = None
    #: Furniture inside the body: `Noise` entries, or bare selectors (reported as kind ``other``).
    noise: tuple[Noise | str, ...] = ()
    #: Body paragraph selector relative to each `body` match (default: block-level text elements).
    paragraphs: str | None = None
    #: Text of an HTML comment at which the body ends (``pagination end``), if the template has one.
    body_end_comment: str | None = None
    #: The pager of a story split over several pages: when it finds links, `warnings` says the page
    #: holds one part of the story (and which single-page form the outlet has, if any).
    pager: str | None = None


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
    #: Dumps print a standfirst (dek) under the headline, above the date line: a block of prose there
    #: is the `summary`, not a photo caption.
    standfirst: bool = False
    #: The outlet's own name in the byline slot (Tempo's ``Reporter`` / ``Tempo.co``) stands as the author
    #: when the page names no person (the maintainers' gold for the Tempo seed); elsewhere the outlet's
    #: own name there names no one (``Media Indonesia`` in the reporter slot, ``Name - Bisnis.com``).
    house_byline: bool = False

    @property
    def versions(self) -> tuple[str, ...]:
        """Every template version this outlet's rules know, HTML and text."""
        return tuple(f"html:{t.version}" for t in self.html_templates) + tuple(f"text:{e}" for e in self.text_eras)

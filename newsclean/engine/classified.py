"""The classifier's record of one document (`Classified`) and how a value found in it fills a field.

Every path fills it: the classifier over a dump's or a story area's blocks, an HTML template's
selectors, the generic path. Authors go through the people filter (`newsclean.engine.people`) on the
way in and are settled once, when the `Article` is assembled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..article import Removed
from ..dates import find_timestamp, parse_timestamp
from .people import credit_kind, signoff_credits, split_people

#: Byline labels (lower-case) and the field their value fills. A contributor is an author only when
#: no byline names a writer (`Classified.settle_authors`).
LABEL_FIELDS = {
    "reporter": "authors", "penulis": "authors", "pewarta": "authors", "kontributor": "contributor",
    "wartawan": "authors", "oleh": "authors", "writer": "authors", "author": "authors",
    "laporan wartawan": "authors",
    "editor": "editor", "penyunting": "editor", "redaktur": "editor",
    "sumber": "source", "source": "source",
}
#: ``Label: value`` pairs of a byline line (``Reporter: A | Editor: B``).
LABEL_VALUE = re.compile(r"([A-Za-z ]+?)\s*:\s*([^|]*)")
#: Punctuation standing apart at a value's end ("Noverius Laoli ." , "Reuters ,").
_LOOSE_END = re.compile(r"(?:\s+[.,;:]+)+$")


@dataclass
class Classified:
    """What the classifier decided; `newsclean.engine.assemble` turns it into an `Article`."""

    title: str | None = None
    summary: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    editor: str | None = None
    source: str | None = None
    dateline: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    credit_found: bool = False
    #: The page's own outlet names (`RuleSet.house`): credited as the reporter, a house byline.
    house: frozenset[str] = frozenset()
    #: Whether a house byline stands as the author when no person is named (`Outlet.house_byline`).
    house_byline: bool = False
    #: The page's own outlet credited as the reporter, kept when `house_byline`.
    house_credits: list[str] = field(default_factory=list)
    #: People named outside a byline (a closing sign-off, a contributor's line): the authors when no
    #: byline names a person.
    fallback_authors: list[str] = field(default_factory=list)
    #: Outlets a closing sign-off names: the source when nothing else is.
    fallback_sources: list[str] = field(default_factory=list)
    #: The name in a columnist's box printed in the header: the author when no byline names a person.
    writer: str | None = None

    def set_field(self, name: str, value: str) -> None:
        value = value.strip(" |-–—")
        if not value:
            return
        if name == "authors":
            self.add_authors(value)
        elif name == "contributor":
            self.add_people(split_people(value), fallback=True)
        elif name == "signoff":
            sources, persons = signoff_credits(value)
            add_unique(self.fallback_sources, sources)
            add_unique(self.fallback_authors, persons)
        elif name == "date":
            if self.published is None:
                parsed = parse_timestamp(value)
                if parsed:
                    self.published = parsed
                else:
                    self.warnings.append(f"could not parse timestamp {value[:80]!r}")
        elif name == "caption":
            add_unique(self.captions, [value])
        elif name == "title":
            if self.title is None:
                self.title = value
        elif getattr(self, name) is None:
            # "Editor: Noverius Laoli ." : punctuation standing apart after the name is not part of it
            setattr(self, name, _LOOSE_END.sub("", value) or value)

    def add_authors(self, value: str) -> None:
        """A byline's value: its people are authors, the page's own outlet a house credit, another
        outlet or agency the source; placeholders, role words and initials name no one."""
        stamp = find_timestamp(value)  # (it answers text without a year 19xx/20xx without a regex)
        if stamp:  # "Oleh: Dimas Pratama - 12 November 2025": the date is the page's, not a name
            if self.published is None:
                self.published = stamp[0]
            value = value[: stamp[1]].strip(" ,|-–—")
        self.add_people(split_people(value))

    def add_people(self, names: list[str], *, fallback: bool = False) -> None:
        """Sort credited names (see `newsclean.engine.people.credit_kind`) into their places."""
        for name in names:
            kind = credit_kind(name, self.house)
            if kind == "person":
                add_unique(self.fallback_authors if fallback else self.authors, [name])
            elif kind == "house" and self.house_byline:
                add_unique(self.house_credits, [name])
            elif kind == "outlet" and self.source is None:
                self.source = name

    def settle_authors(self) -> None:
        """No byline named a person: the columnist of the header's writer's box, else the people of a
        sign-off or contributor line, else the house credit; no source credited: the sign-off's outlets."""
        if not self.authors:
            self.authors = [self.writer] if self.writer else list(self.fallback_authors or self.house_credits)
        if self.source is None and self.fallback_sources:
            self.source = " | ".join(self.fallback_sources)

    def set_byline(self, text: str) -> None:
        """``Reporter: A | Editor: B`` → authors and editor (labels the rules declare)."""
        for label, value in LABEL_VALUE.findall(text):
            name = LABEL_FIELDS.get(label.strip().lower())
            if name:
                self.set_field(name, value)


def add_unique(target: list[str], values: list[str]) -> None:
    """Append each non-empty value of `values` that `target` does not hold yet, in order."""
    for value in values:
        if value and value not in target:
            target.append(value)

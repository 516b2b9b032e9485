"""Authors are people: what may stand in `Article.authors`, for every outlet and input kind.

A byline slot (``Reporter: …``, a template's author element, a JSON-LD author) often holds
something else: a placeholder (``Terjemahan``, ``Non Koresponden``, ``Tim Redaksi``), a role word
(``Penulis``, ``Kontributor``), an outlet or an agency (``Tabloid Bintang``, ``Antara``,
``Liputan6.com``), or an editor's initials (``CTR``, ``(nat)``). `credit_kind` sorts a name into one
of four kinds; the classifier keeps persons as authors, hands other outlets to `source`, and
drops the rest. The page's own outlet credited as the reporter (``Reporter`` / ``Tempo.co``,
``Media Indonesia``, ``Name - Bisnis.com``) is a house credit: the reporters' desk as a whole, never
another outlet's story (`source`). It names no one, unless the outlet declares `house_byline`: then
it stands as the author when the page names no person anywhere (the maintainers' gold for the Tempo
seed keeps ``["Tempo.co"]``).

A closing sign-off (Tempo's ``ANTARA | FIKRI ARIGI``) and a contributor's line name people too,
but only as a fallback: they become the authors when no byline names a person.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from .registry import outlets

#: What a credited name is: a person, the page's own outlet, another outlet or agency, or nothing.
CreditKind = Literal["person", "house", "outlet", "none"]

#: Between the names of one credit: commas, "dan", "&"; a dash with spaces around it ("Name - Bisnis.com":
#: a name and the outlet it writes for; names themselves hyphenate without spaces).
_SPLIT_PEOPLE = re.compile(r"\s*(?:,|;|&|\bdan\b|\band\b)\s*|\s+[-–—]\s+")

#: Role words: a label printed where a name should be (``Reporter`` / ``Penulis``) names nobody.
ROLE_WORDS: frozenset[str] = frozenset({
    "penulis", "editor", "reporter", "kontributor", "fotografer", "foto", "pewarta foto", "penerjemah",
    "penyunting", "redaktur", "redaktur pelaksana", "pewarta", "wartawan", "koresponden", "jurnalis",
    "author", "writer", "photographer", "translator", "contributor", "correspondent", "oleh", "by",
    "sumber", "source", "laporan wartawan", "ilustrator", "infografis", "grafis", "videografer",
    "video", "produser", "penyelaras bahasa", "editor bahasa", "editor foto",
})
#: Placeholders: what a site prints when the byline names no one.
PLACEHOLDERS: frozenset[str] = frozenset({
    "terjemahan", "alih bahasa", "non koresponden", "non-koresponden", "nonkoresponden", "redaksi",
    "tim redaksi", "tim", "admin", "administrator", "webmaster", "developer", "staff", "staf", "desk",
    "newsroom", "editorial", "humas", "rilis", "press release", "siaran pers", "advertorial", "adv",
    "anonim", "anonymous", "guest", "unknown", "n/a", "internet", "dok", "dokumentasi", "istimewa",
    "berbagai sumber", "dari berbagai sumber", "kontributor daerah",
})
#: A word that makes a whole name a placeholder wherever it stands (``mediaindonesia developer``).
_PLACEHOLDER_WORD = re.compile(r"\b(?:admin|administrator|webmaster|developer|redaksi)\b", re.IGNORECASE)
_PLACEHOLDER_START = re.compile(r"(?:tim|desk|redaksi|non[ -]?koresponden)\b", re.IGNORECASE)
#: News agencies and foreign outlets credited in bylines and sign-offs.
AGENCIES: frozenset[str] = frozenset({
    "antara", "antara news", "antaranews", "reuters", "afp", "ap", "associated press", "xinhua", "kyodo",
    "bloomberg", "bbc", "cnn", "al jazeera", "aljazeera", "the guardian", "guardian", "new york times",
    "the new york times", "nytimes", "washington post", "the washington post", "straits times",
    "the straits times", "scmp", "south china morning post", "nikkei", "yonhap", "bernama", "tass", "dw",
    "deutsche welle", "sputnik", "anadolu", "ria novosti", "efe", "dpa", "pti", "nhk", "cna",
    "channel newsasia", "abc", "the star", "fox news", "nbc", "cbs", "time", "the jakarta post",
})
#: A name that is a publication by its shape: a medium word before it, a domain, a detik desk.
_MEDIUM = re.compile(
    r"(?:tabloid|majalah|koran|harian|surat kabar|kantor berita|media|radio|televisi|tv|portal|situs|laman|the"
    r"|daily)\s+\S|\b[\w-]+\.(?:com|co|id|net|org|tv|news|my|sg)\b|^detik[a-z]*$"
    r"|\s(?:tv|news|online|pos|post|star|times|herald|tribune|journal|express|mail|telegraph|gazette|review"
    r"|magazine|insider|today|weekly|observer|independent|guardian|chronicle|standard|monitor|inquirer|network"
    r"|channel|daily)$",
    re.IGNORECASE,
)
#: Initials in place of a name: ``CTR``, ``ANT``, ``(nat)``, ``nat/ant``.
_INITIALS = re.compile(r"[A-Z]{2,3}|\(?[a-z]{2,5}(?:/[a-z]{2,5})*\)|[a-z]{2,5}(?:/[a-z]{2,5})+|\([A-Z]{2,5}\)")
#: A person's name as printed: a few words, each capitalised (or a particle), no digits.
_PARTICLES = frozenset({"bin", "binti", "de", "van", "der", "den", "von", "al", "el", "da", "dos", "la", "y"})
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*|[A-Z]\.?")
#: A role and city printed before the name: ``Kontributor Kupang, Sigiranus Marutho Bere``.
_ROLE_PREFIX = re.compile(
    r"^(?:Kontributor|Koresponden|Wartawan|Reporter|Penulis|Pewarta|Laporan [Ww]artawan)\b[^,:]{0,40}[,:]\s*"
)


def strip_role_prefix(value: str) -> str:
    """``Kontributor Kupang, Sigiranus Marutho Bere`` → ``Sigiranus Marutho Bere``."""
    return _ROLE_PREFIX.sub("", value)


def split_people(value: str) -> list[str]:
    """``Andi, Budi dan Citra`` → three names; ``Andi - Bisnis.com`` → the name and the outlet; a bare
    role or empty value → none."""
    names = []
    for part in _SPLIT_PEOPLE.split(value):
        part = part.strip(" .|-–—()")
        if part and part.lower() not in ROLE_WORDS:
            names.append(part)
    return names


@cache
def _registered() -> frozenset[str]:
    """Every registered outlet's id, name and domains (and the domains' first labels), casefolded."""
    names: set[str] = set()
    for outlet in outlets():
        names.update({outlet.id, outlet.name.casefold(), outlet.name.split(" (")[0].casefold()})
        for domain in outlet.domains:
            names.update({domain, "www." + domain, domain.split(".")[0]})
    return frozenset(names)


def house_names(outlet_id: str | None, name: str | None = None, domains: tuple[str, ...] = ()) -> frozenset[str]:
    """The names by which an outlet credits itself (``tempo``, ``Tempo.co``, ``tempo.co``), casefolded."""
    if not outlet_id:
        return frozenset()
    names = {outlet_id, f"{outlet_id}.com", f"{outlet_id}.co", f"{outlet_id}.co.id", f"{outlet_id}.id"}
    if name:
        names.add(name.casefold())
    for domain in domains:
        names.update({domain, "www." + domain})
    return frozenset(names)


def is_placeholder(name: str) -> bool:
    """A role word, a placeholder, or initials: nobody's name."""
    key = name.casefold().strip()
    return (key in ROLE_WORDS or key in PLACEHOLDERS or _PLACEHOLDER_START.match(key) is not None
            or _PLACEHOLDER_WORD.search(key) is not None or _INITIALS.fullmatch(name.strip()) is not None)


def credit_kind(name: str, house: frozenset[str] = frozenset()) -> CreditKind:
    """What `name`, printed in a byline slot, credits: a person, the page's own outlet (`house`),
    another outlet or agency, or nothing (a placeholder, a role word, initials)."""
    key = name.casefold().strip()
    if not key:
        return "none"
    if key in house:
        return "house"
    if key in AGENCIES or key in _registered():
        return "outlet"  # (before the initials test: "AFP", "AP" are agencies)
    if is_placeholder(name):
        return "none"
    if _MEDIUM.search(name):
        return "outlet"
    return "none" if any(ch.isdigit() for ch in key) else "person"


def looks_like_person(text: str) -> bool:
    """A line that is a person's name and nothing else: two to six capitalised words (particles allowed),
    no digits, no sentence punctuation, not an outlet, a role or a placeholder."""
    words = text.split()
    if not 2 <= len(words) <= 6 or len(text) > 60 or text.endswith((",", ":", ";", "?", "!")):
        return False
    for word in words:
        if word.lower() not in _PARTICLES and not _NAME_WORD.fullmatch(word):
            return False
    return credit_kind(text) == "person"


def name_case(name: str) -> str:
    """A name printed in capitals, as a name is written: ``M. ROSSENO AJI`` → ``M. Rosseno Aji``."""
    if any(ch.islower() for ch in name):
        return name
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0)[0] + m.group(0)[1:].lower(), name)


def signoff_credits(text: str) -> tuple[list[str], list[str]]:
    """A closing sign-off (``REUTERS | AL JAZEERA | SITA PLANASARI``) → (outlets, people): the agencies
    as printed, the people's names as names are written. A writer signs with a full name, so a one-word
    item is an outlet the agency list does not know (``PHILSTAR``, ``UEFA``); initials (``DA``, the
    editor's) name no one."""
    sources: list[str] = []
    persons: list[str] = []
    for item in re.split(r"\s*\|\s*", text.strip(" |")):
        kind = credit_kind(item) if item else "none"
        if kind == "outlet" or (kind == "person" and " " not in item):
            sources.append(item)  # (one word is a publication: "PHILSTAR", "UEFA"; a writer signs in full)
        elif kind == "person":
            persons.append(name_case(item))
    return sources, persons

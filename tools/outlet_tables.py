"""The README's two outlet tables, written from the outlet modules (`newsclean.outlets()`).

    .venv/bin/python tools/outlet_tables.py          # print both tables
    .venv/bin/python tools/outlet_tables.py --write  # replace them in README.md

`tests/test_readme.py` fails when README.md's tables differ from what this prints.
"""

from __future__ import annotations

import sys
from pathlib import Path

import newsclean
from newsclean.rules import HtmlTemplate, Outlet

README = Path(__file__).resolve().parents[1] / "README.md"
OUTLETS_HEAD = "| outlet | domains | HTML templates | dump eras |\n|---|---|---|---|\n"
TEMPLATES_HEAD = ("| outlet | version | years | recognised by (`markers`) | story area |\n"
                  "|---|---|---|---|---|\n")


def _outlet_row(outlet: Outlet) -> str:
    templates = ", ".join(f"{t.version} ({t.era})" for t in outlet.html_templates) or "—"
    return (f"| {outlet.id} ({outlet.name}) | {', '.join(outlet.domains)} | {templates} | "
            f"{', '.join(outlet.text_eras)} |\n")


def _story_area(template: HtmlTemplate) -> str:
    area = f"`{template.body}`"
    if template.paragraphs:
        area += f" (paragraphs `{template.paragraphs}`)"
    if template.body_end_comment:
        area += f" (ends at `<!-- {template.body_end_comment} -->`)"
    return area


def _template_row(outlet: Outlet, template: HtmlTemplate) -> str:
    markers = ", ".join(f"`{m}`" for m in template.markers)
    return (f"| {outlet.id} | `{template.version}` | {template.era.replace('-', '–')} | {markers} | "
            f"{_story_area(template)} |\n")


def tables() -> tuple[str, str]:
    """(the outlets table, the template versions table), each with its head."""
    known = newsclean.outlets()
    outlets = OUTLETS_HEAD + "".join(_outlet_row(o) for o in known)
    templates = TEMPLATES_HEAD + "".join(_template_row(o, t) for o in known for t in o.html_templates)
    return outlets, templates


def _replace(text: str, head: str, table: str) -> str:
    start = text.index(head)
    end = text.index("\n\n", start) + 1
    return text[:start] + table + text[end:]


def main(argv: list[str]) -> int:
    outlets, templates = tables()
    if "--write" in argv:
        text = README.read_text("utf-8")
        README.write_text(_replace(_replace(text, OUTLETS_HEAD, outlets), TEMPLATES_HEAD, templates), "utf-8")
    else:
        print(outlets + "\n" + templates, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Classified → `Article`: the last step every input kind shares."""

from __future__ import annotations

from collections import Counter

from ..article import Article
from ..errors import NoArticleError
from ..rules import Outlet
from .classified import Classified
from .language import detect_language


def assemble(
    found: Classified,
    *,
    outlet: Outlet | None,
    url: str | None = None,
    summary: str | None = None,
    tags: list[str] | None = None,
    section: str | None = None,
    warnings: list[str] | None = None,
) -> Article:
    """Build the Article; refuse (NoArticleError) when no block was story text."""
    found.settle_authors()
    if not found.paragraphs:
        kinds = Counter(r.kind for r in found.removed)
        summary_of_kinds = ", ".join(f"{count} {kind}" for kind, count in kinds.most_common(5))
        raise NoArticleError(
            "no article text found: every block is site furniture"
            + (f" ({summary_of_kinds})" if summary_of_kinds else "")
        )
    article = Article(
        outlet=outlet.id if outlet else None,
        url=url,
        title=found.title,
        summary=summary or found.summary,
        published=found.published,
        authors=found.authors,
        editor=found.editor,
        source=found.source,
        dateline=found.dateline,
        language=detect_language(" ".join(found.paragraphs)),
        paragraphs=found.paragraphs,
        captions=found.captions,
        tags=tags or [],
        section=section,
        removed=found.removed,
        warnings=(warnings or []) + found.warnings,
    )
    if outlet and outlet.adjust:
        fields = outlet.adjust(article.to_dict())
        for key, value in fields.items():
            if key != "text" and hasattr(article, key) and key != "removed":
                setattr(article, key, value)
    return article

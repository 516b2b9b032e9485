"""Quality floors on the maintainers' real pages (``../shared/corpus/html``, read in place; skipped
with a message where it is absent), scored by `newsclean eval`'s scorer against trafilatura, the gold
as it is (credit line and closing initials off both sides, as `newsclean.eval` says).

- Tempo + Kompas (outlets with rules since the start): mean F1 >= 0.98 (issue #3), every page at
  least trafilatura's, every title right.
- The other outlets' pages (issue #11): every page at least trafilatura's. Their mean floor is what
  a cleaner that follows CONTRACT.md can reach against this gold: the CNN Indonesia and detik gold
  keeps the ad-slot script text (``googletag.cmd.push(...)``), the inline "Baca juga" / "Lihat juga"
  links, the "Pilihan Redaksi" list and the tag list, all of which the contract keeps out of the
  body, so those five pages stop near F1 0.90-0.93 for any such cleaner.
"""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest
from conftest import require_corpus

import newsclean
from newsclean.eval import PageReport, evaluate

TEMPLATE_OUTLETS = ("tempo", "kompas")
TEMPLATE_FLOOR = 0.98
OTHER_OUTLETS_FLOOR = 0.96


@pytest.fixture(scope="module")
def reports() -> list[PageReport]:
    corpus = require_corpus()
    found = evaluate(corpus / "html", ["trafilatura"], repeat=1)
    assert found, f"no gold pages under {corpus / 'html'}"
    return found


def _mean_f1(reports: list[PageReport], system: str) -> float:
    return statistics.mean(r.systems[system].f1 for r in reports)


def test_template_outlets_floor(reports: list[PageReport]) -> None:
    pages = [r for r in reports if r.outlet in TEMPLATE_OUTLETS]
    assert pages, "no Tempo or Kompas gold pages"
    ours, theirs = _mean_f1(pages, "newsclean"), _mean_f1(pages, "trafilatura")
    assert ours >= TEMPLATE_FLOOR, f"Tempo+Kompas mean F1 {ours:.3f} < {TEMPLATE_FLOOR}"
    assert ours >= theirs + 0.05, f"newsclean {ours:.3f} vs trafilatura {theirs:.3f}"
    for report in pages:
        result = report.systems["newsclean"]
        assert result.error is None, f"{report.page}: {result.error}"
        assert result.f1 >= report.systems["trafilatura"].f1, f"{report.page}: below trafilatura"
        assert result.title_ok, f"{report.page}: title differs from the gold"


def test_other_outlets_floor_and_no_page_below_trafilatura(reports: list[PageReport]) -> None:
    pages = [r for r in reports if r.outlet not in TEMPLATE_OUTLETS]
    assert pages, "no gold pages of other outlets"
    ours = _mean_f1(pages, "newsclean")
    assert ours >= OTHER_OUTLETS_FLOOR, f"other outlets' mean F1 {ours:.3f} < {OTHER_OUTLETS_FLOOR}"
    assert ours >= _mean_f1(pages, "trafilatura") + 0.02
    for report in pages:
        result = report.systems["newsclean"]
        assert result.error is None, f"{report.page}: {result.error}"
        assert result.f1 >= report.systems["trafilatura"].f1, f"{report.page}: below trafilatura"


def _unlabeled() -> list[Path]:
    return sorted((require_corpus() / "html" / "unlabeled").glob("*.html"))


def test_every_unlabeled_page_gives_a_result_or_a_clean_error() -> None:
    pages = _unlabeled()
    assert pages
    for page in pages:
        try:
            article = newsclean.clean_html(page.read_bytes())
        except newsclean.CleanError as exc:
            assert str(exc), page.name
            continue
        assert article.paragraphs, page.name
        assert article.title, page.name


def test_tag_index_pages_are_not_articles() -> None:
    pages = [p for p in _unlabeled() if "tag-index" in p.name]
    assert len(pages) == 4
    for page in pages:
        with pytest.raises(newsclean.NotAnArticleError, match="not an article"):
            newsclean.clean_html(page.read_bytes())


def test_older_templates_in_the_unlabeled_pages_are_recognised() -> None:
    by_name = {p.name: p for p in _unlabeled()}
    kompas = newsclean.clean_html(by_name["kompas_2015-06-17_bola.html"].read_bytes())
    assert kompas.outlet == "kompas" and not kompas.warnings
    assert any(r.rule.startswith("kompas@2015:") for r in kompas.removed)
    tempo = newsclean.clean_html(by_name["tempo_template-mockup_2018.html"].read_bytes())
    assert tempo.outlet == "tempo" and not tempo.warnings
    assert any(r.rule.startswith("tempo@2017:") for r in tempo.removed)

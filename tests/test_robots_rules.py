"""robots.txt parsing (protego): RFC 9309 wildcards and longest match, which urllib.robotparser ignores."""

from __future__ import annotations

from newsclean.fetching.robots import allow_all, parse_robots

UA = "newsclean"


def test_star_wildcard_blocks_the_single_page_form() -> None:
    rules = parse_robots("User-agent: *\nDisallow: /*?page=\n")
    assert not rules.allows(UA, "https://www.kompas.com/read/1?page=all")
    assert rules.allows(UA, "https://www.kompas.com/read/1")


def test_dollar_anchors_the_end_of_the_path() -> None:
    rules = parse_robots("User-agent: *\nDisallow: /*.pdf$\n")
    assert not rules.allows(UA, "https://example.id/laporan.pdf")
    assert rules.allows(UA, "https://example.id/laporan.pdf?v=2")


def test_longest_match_wins_over_order() -> None:
    rules = parse_robots("User-agent: *\nDisallow: /read/\nAllow: /read/2024/\n")
    assert rules.allows(UA, "https://example.id/read/2024/berita")
    assert not rules.allows(UA, "https://example.id/read/2019/berita")


def test_crawl_delay_and_allow_all() -> None:
    rules = parse_robots("User-agent: *\nCrawl-delay: 3\n")
    assert rules.crawl_delay(UA) == 3.0
    assert allow_all().allows(UA, "https://example.id/anything") and allow_all().crawl_delay(UA) is None

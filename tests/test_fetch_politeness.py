"""Politeness of newsclean.fetch: robots.txt, per-host and global limits, spacing, a dead host."""

from __future__ import annotations

import importlib
from typing import Any

import pytest
from fault_server import InFlight, Reply, SilentServer, kompas_like, page, redirect, sequence, serving

import newsclean
from newsclean import Article, FetchFailure, RobotsDisallowedError, RobotsUnavailableError

fetch_module = importlib.import_module("newsclean.fetching")

FAST: dict[str, Any] = {"min_delay": 0.0, "backoff": 0.01, "backoff_max": 0.05, "timeout": 5.0}
ROBOTS = "User-agent: *\nDisallow: /rahasia/\n"


pytestmark = pytest.mark.usefixtures("fresh_robots_cache")


# --- robots.txt ---------------------------------------------------------------------------------------


def test_robots_disallow_is_obeyed_and_the_page_never_requested() -> None:
    with serving({"/rahasia/berita": page(kompas_like())}, robots=ROBOTS) as server:
        with pytest.raises(RobotsDisallowedError) as caught:
            newsclean.fetch(server.url("/rahasia/berita"), **FAST)
    assert server.seen("/rahasia/berita") == []
    assert caught.value.stage == "robots" and caught.value.reason == "robots_disallowed"
    assert "--no-robots" in str(caught.value)
    (robots,) = server.seen("/robots.txt")
    assert robots.headers["user-agent"] == fetch_module.DEFAULT_USER_AGENT


def test_robots_can_be_turned_off_explicitly() -> None:
    with serving({"/rahasia/berita": page(kompas_like())}, robots=ROBOTS) as server:
        article = newsclean.fetch(server.url("/rahasia/berita"), respect_robots=False, **FAST)
    assert isinstance(article, Article)
    assert server.seen("/robots.txt") == []  # not even asked


def test_robots_rules_for_our_agent_name() -> None:
    robots = "User-agent: newsclean\nDisallow: /\n\nUser-agent: *\nAllow: /\n"
    with serving({"/berita": page(kompas_like())}, robots=robots) as server:
        with pytest.raises(RobotsDisallowedError):
            newsclean.fetch(server.url("/berita"), **FAST)
        # Another agent name is matched against its own group (here: the '*' one).
        assert isinstance(newsclean.fetch(server.url("/berita"), user_agent="riset-kampus/2.0", **FAST), Article)


def test_robots_404_allows_everything() -> None:
    with serving({"/rahasia/berita": page(kompas_like())}) as server:  # no robots.txt route: 404
        assert isinstance(newsclean.fetch(server.url("/rahasia/berita"), **FAST), Article)
    assert len(server.seen("/robots.txt")) == 1


def test_robots_5xx_disallows_everything_rfc9309() -> None:
    routes = {"/robots.txt": sequence(Reply(503)), "/berita": page(kompas_like())}
    with serving(routes) as server:
        results = list(newsclean.fetch_many([server.url("/berita"), server.url("/berita?2")],
                                            **{**FAST, "retries": 1}))
    assert all(isinstance(r, FetchFailure) and r.stage == "robots" and r.reason == "robots_unreachable"
               for r in results)
    assert server.seen("/berita") == []
    assert len(server.seen("/robots.txt")) == 2  # one fetch, retried once, shared by both URLs


def test_robots_unreachable_error_type() -> None:
    with serving({"/robots.txt": sequence(Reply(500))}) as server:
        with pytest.raises(RobotsUnavailableError):
            newsclean.fetch(server.url("/x"), **{**FAST, "retries": 0})


def test_robots_is_fetched_once_per_host_and_cached() -> None:
    routes = {f"/p{i}": page(kompas_like()) for i in range(6)}
    with serving(routes, robots=ROBOTS) as server:
        results = list(newsclean.fetch_many([server.url(f"/p{i}") for i in range(6)], per_host=3, **FAST))
        newsclean.fetch(server.url("/p0"), **FAST)  # a later call uses the cached rules
    assert all(isinstance(r, Article) for r in results)
    assert len(server.seen("/robots.txt")) == 1


def test_robots_of_a_redirect_target_is_obeyed() -> None:
    with serving({"/pindah": redirect("/rahasia/berita"), "/rahasia/berita": page(kompas_like())},
                 robots=ROBOTS) as server:
        with pytest.raises(RobotsDisallowedError):
            newsclean.fetch(server.url("/pindah"), **FAST)
    assert server.seen("/rahasia/berita") == []


def test_robots_crawl_delay_spaces_requests() -> None:
    robots = "User-agent: *\nCrawl-delay: 1\n"
    with serving({"/a": page(kompas_like()), "/b": page(kompas_like())}, robots=robots) as server:
        list(newsclean.fetch_many([server.url("/a"), server.url("/b")], **FAST))
    starts = sorted(seen.at for seen in server.requests)  # robots.txt, then the two pages
    assert len(starts) == 3
    # Two gaps of at least 1 s each (measured loosely, as the server saw them).
    assert starts[-1] - starts[0] >= 1.6


# --- limits and spacing --------------------------------------------------------------------------------


def test_min_delay_between_requests_to_one_host() -> None:
    routes = {f"/p{i}": page(kompas_like()) for i in range(3)}
    with serving(routes) as server:
        results = list(newsclean.fetch_many([server.url(f"/p{i}") for i in range(3)],
                                            **{**FAST, "min_delay": 0.5, "respect_robots": False}))
    assert all(isinstance(r, Article) for r in results)
    starts = sorted(seen.at for seen in server.requests)
    # per_host=2 would let two start together; the spacing makes the three span two delays (measured loosely).
    assert starts[-1] - starts[0] >= 0.8


def test_per_host_limit() -> None:
    routes = {f"/p{i}": page(kompas_like(), delay=0.3) for i in range(6)}
    with serving(routes) as server:
        results = list(newsclean.fetch_many([server.url(f"/p{i}") for i in range(6)],
                                            **{**FAST, "per_host": 2, "concurrency": 10, "respect_robots": False}))
    assert all(isinstance(r, Article) for r in results)
    assert server.in_flight.peak == 2


def test_per_host_limit_holds_for_redirect_targets() -> None:
    # Two hosts send every URL on to a third: the third host's own limit still holds.
    with serving({f"/p{i}": page(kompas_like(), delay=0.3) for i in range(8)}) as target:
        hops = {f"/r{i}": redirect(target.url(f"/p{i}")) for i in range(8)}
        with serving(hops) as one, serving(hops) as two:
            urls = [one.url(f"/r{i}") for i in range(4)] + [two.url(f"/r{i}") for i in range(4, 8)]
            results = list(newsclean.fetch_many(urls, **{**FAST, "per_host": 2, "concurrency": 10,
                                                          "respect_robots": False}))
    assert all(isinstance(r, Article) for r in results)
    assert target.in_flight.peak == 2


def test_global_concurrency_limit_across_hosts() -> None:
    shared = InFlight()
    routes = {f"/p{i}": page(kompas_like(), delay=0.3) for i in range(4)}
    with serving(routes, in_flight=shared) as one, serving(routes, in_flight=shared) as two:
        urls = [s.url(f"/p{i}") for i in range(4) for s in (one, two)]
        results = list(newsclean.fetch_many(urls, **{**FAST, "per_host": 4, "concurrency": 3,
                                                      "respect_robots": False}))
    assert all(isinstance(r, Article) for r in results)
    assert shared.peak == 3


def test_a_host_that_never_answers_does_not_block_the_others() -> None:
    routes = {f"/p{i}": page(kompas_like()) for i in range(6)}
    with SilentServer() as dead, serving(routes) as alive:
        # The dead host's URLs come first; per-host queues let the live host's URLs go past them.
        urls = [dead.url(f"/p{i}") for i in range(4)] + [alive.url(f"/p{i}") for i in range(6)]
        results = list(newsclean.fetch_many(urls, **{**FAST, "per_host": 2, "concurrency": 4, "read_timeout": 1.5,
                                                      "timeout": 1.5, "retries": 0, "respect_robots": False}))
    assert len(results) == 10
    assert all(isinstance(r, Article) for r in results[:6])  # every live page before any dead one fails
    assert all(isinstance(r, FetchFailure) and r.reason == "timeout" for r in results[6:])


def test_a_dead_host_with_robots_on_fails_with_the_timeout_not_at_the_robots_stage() -> None:
    """Its robots.txt times out: its URLs are not fetched (RFC 9309), and fail with what really failed."""
    with SilentServer() as dead, serving({"/a": page(kompas_like())}) as alive:
        dead_urls = [dead.url("/x"), dead.url("/y")]
        results = list(newsclean.fetch_many([*dead_urls, alive.url("/a")], **{**FAST, "timeout": 1.0, "retries": 0}))
    assert isinstance(results[0], Article)
    failures = [r for r in results[1:] if isinstance(r, FetchFailure)]
    assert [(r.stage, r.reason) for r in failures] == [("fetch", "timeout"), ("fetch", "timeout")]
    assert sorted(r.url for r in failures) == dead_urls
    assert all("robots" not in r.error for r in failures)

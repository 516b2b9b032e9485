"""newsclean.fetch against local fault-injection servers: results, retries, limits, errors."""

from __future__ import annotations

import asyncio
import dataclasses
import importlib
import logging
import typing
from collections.abc import AsyncIterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import httpx
import pytest
from fault_server import HANG, RESET, FaultServer, Reply, kompas_like, page, redirect, sequence, serving

import newsclean
from newsclean import (
    Article,
    BlockedAddressError,
    ConnectionFailedError,
    ContentTypeError,
    FetchFailure,
    FetchSettings,
    FetchTimeoutError,
    HTTPStatusError,
    InvalidURLError,
    ResponseTooLargeError,
    TooManyRedirectsError,
)

fetch_module = importlib.import_module("newsclean.fetching")
retry_module = importlib.import_module("newsclean.fetching.retry")
cleaning_module = importlib.import_module("newsclean.fetching.cleaning")

#: No spacing between requests, tiny backoff, short timeouts: the suite stays fast.
FAST: dict[str, Any] = {"min_delay": 0.0, "backoff": 0.01, "backoff_max": 0.05, "timeout": 5.0,
                        "respect_robots": False}
CANONICAL = "https://megapolitan.kompas.com/read/2024/03/11/0915001/warga-bantaran-kali-ciliwung"


pytestmark = pytest.mark.usefixtures("fresh_robots_cache")


def _assert_article(article: object) -> Article:
    assert isinstance(article, Article), article
    assert article.paragraphs, "the fetched page should clean to paragraphs"
    assert any("bibit bambu" in p for p in article.paragraphs)
    return article


# --- the happy path --------------------------------------------------------------------------------


def test_fetch_returns_the_cleaned_article_and_sends_our_user_agent() -> None:
    with serving({"/berita": page(kompas_like())}) as server:
        article = _assert_article(newsclean.fetch(server.url("/berita"), **FAST))
    assert article.title == "Warga Bantaran Kali Ciliwung Mulai Menanam Pohon Bambu"
    assert article.url == CANONICAL  # the page's canonical URL, not the one fetched
    (seen,) = server.seen("/berita")
    assert seen.headers["user-agent"] == fetch_module.DEFAULT_USER_AGENT
    assert seen.headers["user-agent"].startswith(f"newsclean/{newsclean.__version__} (+https://")


def test_user_agent_and_headers_can_be_overridden() -> None:
    with serving({"/berita": page(kompas_like())}) as server:
        newsclean.fetch(server.url("/berita"), user_agent="riset-kampus/2.0", headers={"X-Riset": "1"}, **FAST)
    (seen,) = server.seen("/berita")
    assert seen.headers["user-agent"] == "riset-kampus/2.0"
    assert seen.headers["x-riset"] == "1"


def test_user_agent_none_keeps_the_clients_own() -> None:
    robots = "User-agent: klien-saya\nDisallow: /\n"
    with serving({"/berita": page(kompas_like())}, robots=robots) as server:
        with httpx.Client(headers={"User-Agent": "klien-saya/1.0"}) as client:
            with pytest.raises(newsclean.RobotsDisallowedError):  # robots.txt is matched against that name too
                newsclean.fetch(server.url("/berita"), client=client, user_agent=None, min_delay=0)
    (seen,) = server.seen("/robots.txt")
    assert seen.headers["user-agent"] == "klien-saya/1.0"


def test_article_url_is_the_fetched_url_when_the_page_declares_none() -> None:
    with serving({"/lama": redirect("/baru"), "/baru": page(kompas_like(canonical=""))}) as server:
        article = _assert_article(newsclean.fetch(server.url("/lama"), **FAST))
    assert article.url == server.url("/baru")  # the final URL after the redirect


def test_single_page_form_is_requested_for_outlets_that_paginate() -> None:
    with serving({"/read/2024/03/11/1/judul": page(kompas_like(canonical=""))}) as server:
        article = newsclean.fetch(server.url("/read/2024/03/11/1/judul?page=2&utm=x"), outlet="kompas", **FAST)
        newsclean.fetch(server.url("/read/2024/03/11/1/judul"), outlet="kontan", **FAST)
        newsclean.fetch(server.url("/read/2024/03/11/1/judul"), outlet="tempo", **FAST)
        newsclean.fetch(server.url("/read/2024/03/11/1/judul"), outlet="kompas", single_page=False, **FAST)
    queries = [seen.query for seen in server.seen("/read/2024/03/11/1/judul")]
    assert queries == ["utm=x&page=all", "page=all", "", ""]
    assert article.outlet == "kompas"
    assert article.url == server.url("/read/2024/03/11/1/judul?utm=x")  # our page=all is not the story's URL


def test_single_page_url_replaces_the_parameter() -> None:
    assert fetch_module.single_page_url("https://a.kompas.com/read/1?page=3", "page=all") == \
        "https://a.kompas.com/read/1?page=all"
    assert fetch_module.single_page_url("https://a.kompas.com/read/1", "page=all") == \
        "https://a.kompas.com/read/1?page=all"


def test_charset_from_the_content_type_header() -> None:
    body = kompas_like(title="Seniman Andr\u00e9 Membuka Pameran \u2013 Hari Pertama").replace(
        '<meta charset="utf-8">', "")
    with serving({"/x": page(body.encode("cp1252"), content_type="text/html; charset=windows-1252")}) as server:
        article = newsclean.fetch(server.url("/x"), **FAST)
    assert article.title == "Seniman Andr\u00e9 Membuka Pameran \u2013 Hari Pertama"


def test_missing_content_type_is_sniffed() -> None:
    with serving({"/x": page(kompas_like(), content_type=None), "/y": page(b"\x89PNG....", content_type=None)}) as srv:
        _assert_article(newsclean.fetch(srv.url("/x"), **FAST))
        with pytest.raises(ContentTypeError):
            newsclean.fetch(srv.url("/y"), **FAST)


# --- retries ---------------------------------------------------------------------------------------


def test_503_then_200_is_retried() -> None:
    with serving({"/x": sequence(Reply(503), Reply(200, kompas_like()))}) as server:
        _assert_article(newsclean.fetch(server.url("/x"), **FAST))
    assert len(server.seen("/x")) == 2


@pytest.mark.parametrize("status", [429, 500, 502, 503, 504])
def test_every_retryable_status_is_retried_then_reported(status: int) -> None:
    with serving({"/x": sequence(Reply(status))}) as server:
        with pytest.raises(HTTPStatusError) as caught:
            newsclean.fetch(server.url("/x"), **{**FAST, "retries": 2})
    assert len(server.seen("/x")) == 3
    assert caught.value.status == status
    assert "after 3 attempts" in str(caught.value)


@pytest.mark.parametrize("status", [400, 401, 403, 404, 410, 451])
def test_other_4xx_are_never_retried(status: int) -> None:
    with serving({"/x": sequence(Reply(status))}) as server:
        with pytest.raises(HTTPStatusError) as caught:
            newsclean.fetch(server.url("/x"), **FAST)
    assert len(server.seen("/x")) == 1
    assert caught.value.status == status and caught.value.stage == "http"


def test_429_retry_after_seconds_is_honoured() -> None:
    busy = Reply(429, "", {"Retry-After": "1"})
    with serving({"/x": sequence(busy, Reply(200, kompas_like()))}) as server:
        _assert_article(newsclean.fetch(server.url("/x"), **FAST))
    first, second = server.seen("/x")
    # Backoff alone is at most 0.05 s here: only the server's Retry-After explains a longer wait.
    assert second.at - first.at >= 0.9


def test_retry_after_http_date_is_understood() -> None:
    now = datetime(2024, 5, 1, 12, 0, 0, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=7), usegmt=True)
    assert retry_module.parse_retry_after(later, now=now) == pytest.approx(7.0)
    assert retry_module.parse_retry_after("12") == 12.0
    assert retry_module.parse_retry_after("bukan tanggal") is None
    assert retry_module.parse_retry_after(format_datetime(now - timedelta(hours=1), usegmt=True), now=now) == 0.0


def test_retry_after_longer_than_the_cap_gives_up_at_once() -> None:
    with serving({"/x": sequence(Reply(503, "", {"Retry-After": "3600"}))}) as server:
        with pytest.raises(HTTPStatusError) as caught:
            newsclean.fetch(server.url("/x"), retry_after_max=5, **FAST)
    assert len(server.seen("/x")) == 1
    assert "3600" in str(caught.value)


def test_retries_are_logged_at_debug(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="newsclean.fetch")
    with serving({"/x": sequence(Reply(503), Reply(200, kompas_like()))}) as server:
        newsclean.fetch(server.url("/x"), **FAST)
    retries = [r for r in caplog.records if r.name == "newsclean.fetch" and "retrying" in r.getMessage()]
    assert len(retries) == 1
    assert retries[0].levelno == logging.DEBUG
    assert server.url("/x") in retries[0].getMessage() and "503" in retries[0].getMessage()


def test_deadline_stops_retrying() -> None:
    with serving({"/x": sequence(Reply(503))}) as server:
        with pytest.raises(HTTPStatusError):
            newsclean.fetch(server.url("/x"), **{**FAST, "retries": 50, "backoff": 0.3, "backoff_max": 0.3,
                                                 "deadline": 0.5})
    assert 1 <= len(server.seen("/x")) <= 3


# --- timeouts and broken connections ---------------------------------------------------------------


def test_slow_response_times_out_and_is_retried() -> None:
    with serving({"/x": sequence(Reply(200, kompas_like(), delay=10))}) as server:
        with pytest.raises(FetchTimeoutError) as caught:
            newsclean.fetch(server.url("/x"), **{**FAST, "read_timeout": 0.3, "retries": 1})
    assert len(server.seen("/x")) == 2
    assert caught.value.stage == "fetch" and caught.value.reason == "timeout"


def test_whole_request_timeout_catches_a_dripping_body() -> None:
    # Each chunk comes well within the read timeout; only the whole-request limit can stop this.
    drip = Reply(200, kompas_like() * 4, chunks=60, chunk_delay=0.05)
    with serving({"/x": sequence(drip)}) as server:
        with pytest.raises(FetchTimeoutError) as caught:
            newsclean.fetch(server.url("/x"), **{**FAST, "timeout": 0.5, "read_timeout": 2, "retries": 0})
    assert "timed out after 0.5 s (the whole request)" in str(caught.value)


def test_slow_then_fast_succeeds() -> None:
    with serving({"/x": sequence(Reply(200, "", delay=10), Reply(200, kompas_like()))}) as server:
        _assert_article(newsclean.fetch(server.url("/x"), **{**FAST, "read_timeout": 0.3}))


def test_connection_reset_is_retried() -> None:
    with serving({"/x": sequence(RESET, Reply(200, kompas_like()))}) as server:
        _assert_article(newsclean.fetch(server.url("/x"), **FAST))
    assert len(server.seen("/x")) == 2


def test_connection_reset_every_time_fails_after_the_retries() -> None:
    with serving({"/x": sequence(RESET)}) as server:
        with pytest.raises(ConnectionFailedError) as caught:
            newsclean.fetch(server.url("/x"), **{**FAST, "retries": 2})
    assert len(server.seen("/x")) == 3
    assert caught.value.reason == "connection_failed"


def test_refused_connection_is_a_connection_error() -> None:
    server = FaultServer().start()
    url = server.url("/x")
    server.stop()  # nothing listens on that port any more
    with pytest.raises(ConnectionFailedError):
        newsclean.fetch(url, **{**FAST, "retries": 1})


# --- redirects --------------------------------------------------------------------------------------


def test_redirect_loop_is_refused() -> None:
    with serving({"/a": redirect("/b"), "/b": redirect("/a")}) as server:
        with pytest.raises(TooManyRedirectsError) as caught:
            newsclean.fetch(server.url("/a"), max_redirects=5, **FAST)
    assert "loop" in str(caught.value)
    assert len(server.requests) == 6  # the first request and five redirects, then it stops


def test_too_many_redirects() -> None:
    routes = {f"/r{i}": redirect(f"/r{i + 1}", 301) for i in range(10)}
    routes["/r10"] = page(kompas_like())
    with serving(routes) as server:
        with pytest.raises(TooManyRedirectsError):
            newsclean.fetch(server.url("/r0"), max_redirects=3, **FAST)
        _assert_article(newsclean.fetch(server.url("/r0"), max_redirects=10, **FAST))


def test_redirect_to_another_scheme_is_refused() -> None:
    with serving({"/x": redirect("file:///etc/passwd")}) as server:
        with pytest.raises(InvalidURLError) as caught:
            newsclean.fetch(server.url("/x"), **FAST)
    assert "file:" in str(caught.value)


# --- limits and safety -------------------------------------------------------------------------------


def test_oversized_body_declared_in_content_length() -> None:
    with serving({"/x": page(kompas_like() * 40)}) as server:
        with pytest.raises(ResponseTooLargeError) as caught:
            newsclean.fetch(server.url("/x"), max_bytes=10_000, **FAST)
    assert "10,000" in str(caught.value) and "max_bytes" in str(caught.value)


def test_oversized_body_streamed_without_length_is_cut() -> None:
    huge = Reply(200, kompas_like() * 400, chunks=400)
    with serving({"/x": sequence(huge)}) as server:
        with pytest.raises(ResponseTooLargeError):
            newsclean.fetch(server.url("/x"), max_bytes=10_000, **FAST)


@pytest.mark.parametrize("content_type", ["application/pdf", "image/jpeg", "application/json", "text/plain"])
def test_non_html_content_types_are_refused(content_type: str) -> None:
    with serving({"/x": page(kompas_like(), content_type=content_type)}) as server:
        with pytest.raises(ContentTypeError) as caught:
            newsclean.fetch(server.url("/x"), **FAST)
    assert content_type in str(caught.value)
    assert caught.value.stage == "content"


def test_xhtml_is_accepted_and_text_plain_can_be_allowed() -> None:
    dump = ("Warga Bantaran Kali Ciliwung Menanam Bambu\n\nKOMPAS.com - Puluhan warga menanam bibit bambu di tepi "
            "kali pada Minggu pagi untuk menahan longsor.\n\nKetua RW, Sulastri, mengatakan bibit itu berasal dari "
            "kelompok tani di Bogor.\n")
    routes = {"/x": page(kompas_like(), content_type="application/xhtml+xml"),
              "/t": page(dump, content_type="text/plain; charset=utf-8")}
    with serving(routes) as server:
        _assert_article(newsclean.fetch(server.url("/x"), **FAST))
        article = newsclean.fetch(server.url("/t"), content_types=("text/html", "text/plain"), **FAST)
    assert any("bibit bambu" in p for p in article.paragraphs)


@pytest.mark.parametrize("url", ["ftp://example.com/berita", "file:///etc/passwd", "javascript:alert(1)",
                                 "kompas.com/read/1", "http://", ""])
def test_only_http_and_https_urls(url: str) -> None:
    with pytest.raises(InvalidURLError) as caught:
        newsclean.fetch(url, **FAST)
    assert caught.value.stage == "url"


def test_block_private_addresses_refuses_loopback() -> None:
    with serving({"/x": page(kompas_like())}) as server:
        for url in (server.url("/x"), f"http://localhost:{server.port}/x"):
            with pytest.raises(BlockedAddressError) as caught:
                newsclean.fetch(url, block_private_addresses=True, **FAST)
            assert "127.0.0.1" in str(caught.value)
        _assert_article(newsclean.fetch(server.url("/x"), **FAST))  # off by default
    assert len(server.seen("/x")) == 1


def test_block_private_addresses_checks_redirect_targets() -> None:
    # A public address (no DNS needed) that redirects to a loopback one; served by a mock transport.
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.host == "93.184.216.34":
            return httpx.Response(302, headers={"Location": "http://127.0.0.1:9/admin"})
        raise AssertionError(f"the blocked address was contacted: {request.url}")

    with httpx.Client(transport=httpx.MockTransport(answer)) as client:
        with pytest.raises(BlockedAddressError):
            newsclean.fetch("http://93.184.216.34/berita", client=client, block_private_addresses=True, **FAST)


# --- many URLs --------------------------------------------------------------------------------------


def test_fetch_many_yields_one_result_per_url_in_completion_order() -> None:
    routes = {"/slow": sequence(Reply(200, kompas_like(), delay=1.0)), "/a": page(kompas_like()),
              "/b": page(kompas_like()), "/404": sequence(Reply(404)),
              "/pdf": page(b"%PDF", content_type="application/pdf")}
    with serving(routes) as server:
        urls = [server.url("/slow"), server.url("/a"), server.url("/404"), "ftp://x/y", server.url("/pdf"),
                server.url("/b")]
        results = list(newsclean.fetch_many(urls, per_host=6, **FAST))
    assert len(results) == len(urls)  # nothing dropped
    assert isinstance(results[-1], Article)  # the slow page comes last although it was asked for first
    failures = {r.url: r for r in results if isinstance(r, FetchFailure)}
    assert set(failures) == {server.url("/404"), "ftp://x/y", server.url("/pdf")}
    assert (failures[server.url("/404")].stage, failures[server.url("/404")].status) == ("http", 404)
    assert failures["ftp://x/y"].stage == "url"
    assert failures[server.url("/pdf")].to_dict() == {
        "url": server.url("/pdf"), "stage": "content", "reason": "content_type", "status": 200,
        "error": failures[server.url("/pdf")].error}
    assert sum(isinstance(r, Article) for r in results) == 3


def test_fetch_many_failure_in_cleaning_is_a_clean_stage_failure() -> None:
    empty = "<html><head><title>Kosong</title></head><body><nav><a href='/'>Beranda</a></nav></body></html>"
    with serving({"/x": page(empty)}) as server:
        (result,) = newsclean.fetch_many([server.url("/x")], **FAST)
    assert isinstance(result, FetchFailure)
    assert result.stage == "clean"
    assert isinstance(result.exception, newsclean.CleanError)


def test_fetch_many_non_string_items_become_failures() -> None:
    (result,) = newsclean.fetch_many([42], **FAST)  # type: ignore[list-item]
    assert isinstance(result, FetchFailure) and result.stage == "url"


def test_fetch_many_refuses_a_single_string() -> None:
    with pytest.raises(TypeError, match="fetch\\(\\)"):
        newsclean.fetch_many("https://www.kompas.com/read/1")
    with pytest.raises(TypeError):
        asyncio.run(anext(newsclean.afetch_many("https://www.kompas.com/read/1")))  # type: ignore[arg-type]


def test_fetch_many_can_stop_early() -> None:
    routes = {f"/p{i}": page(kompas_like()) for i in range(20)}
    with serving(routes) as server:
        results = newsclean.fetch_many([server.url(f"/p{i}") for i in range(20)], **FAST)
        first = next(results)
        results.close()  # what `break` in a for loop does
        asked = len(server.requests)
    assert isinstance(first, Article)
    # Nothing new is started while the caller holds a result, and closing cancels the rest.
    assert asked <= 4


def test_fetch_many_shares_one_client_and_uses_the_users_client() -> None:
    with serving({"/a": page(kompas_like()), "/b": page(kompas_like())}) as server:
        with httpx.Client(headers={"X-Pemilik": "pengguna"}) as client:
            results = list(newsclean.fetch_many([server.url("/a"), server.url("/b")], client=client, **FAST))
            assert not client.is_closed  # the user's client is theirs to close
    assert all(isinstance(r, Article) for r in results)
    assert all(seen.headers.get("x-pemilik") == "pengguna" for seen in server.requests)


def test_sync_functions_refuse_an_async_client() -> None:
    client = httpx.AsyncClient()
    with pytest.raises(TypeError, match="afetch"):
        newsclean.fetch("http://127.0.0.1:9/x", client=client)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="afetch"):
        newsclean.fetch_many(["http://127.0.0.1:9/x"], client=client)  # type: ignore[arg-type]


def test_cleaning_runs_in_the_executor_given() -> None:
    class Counting(ThreadPoolExecutor):
        submitted = 0

        def submit(self, *args: Any, **kwargs: Any) -> Any:  # type: ignore[override]
            Counting.submitted += 1
            return super().submit(*args, **kwargs)

    with serving({"/a": page(kompas_like()), "/b": page(kompas_like())}) as server, Counting(2) as pool:
        results = list(newsclean.fetch_many([server.url("/a"), server.url("/b")], clean_executor=pool, **FAST))
    assert all(isinstance(r, Article) for r in results)
    assert Counting.submitted == 2


def test_small_pages_are_cleaned_on_the_event_loop_and_big_ones_in_a_worker_thread(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    where: dict[int, str] = {}
    real = cleaning_module.clean_body

    def spy(data: bytes, *args: Any) -> Article:
        where[len(data)] = threading.current_thread().name
        return real(data, *args)

    monkeypatch.setattr(cleaning_module, "clean_body", spy)
    small = kompas_like().encode()
    big = kompas_like().replace("</body>", "<!--" + "x" * 40_000 + "--></body>").encode()
    with serving({"/small": page(small), "/big": page(big)}) as server:
        results = list(newsclean.fetch_many([server.url("/small"), server.url("/big")], inline_clean_bytes=16_384,
                                            **FAST))
        assert all(isinstance(r, Article) for r in results)
        assert where[len(small)] == "newsclean-fetch"  # the event loop's own thread
        assert where[len(big)].startswith("newsclean-clean")
        where.clear()
        list(newsclean.fetch_many([server.url("/small")], inline_clean_bytes=0, **FAST))
        assert where[len(small)].startswith("newsclean-clean")


def test_inline_clean_bytes_must_not_be_negative() -> None:
    with pytest.raises(ValueError, match="inline_clean_bytes"):
        newsclean.FetchSettings(inline_clean_bytes=-1)


# --- async twins --------------------------------------------------------------------------------------


def test_afetch_and_afetch_many_with_an_async_url_source() -> None:
    with serving({"/a": page(kompas_like()), "/b": sequence(Reply(503), Reply(200, kompas_like())),
                  "/c": sequence(Reply(404))}) as server:

        async def urls() -> AsyncIterator[str]:
            for path in ("/a", "/b", "/c"):
                await asyncio.sleep(0)
                yield server.url(path)

        async def main() -> tuple[Article, list[Article | FetchFailure]]:
            async with httpx.AsyncClient() as client:
                one = await newsclean.afetch(server.url("/a"), client=client, **FAST)
                many = [r async for r in newsclean.afetch_many(urls(), client=client, **FAST)]
            return one, many

        one, many = asyncio.run(main())
    _assert_article(one)
    assert len(many) == 3
    assert sorted(type(r).__name__ for r in many) == ["Article", "Article", "FetchFailure"]


def test_fetch_works_inside_a_running_event_loop() -> None:
    with serving({"/a": page(kompas_like())}) as server:

        async def main() -> Article:
            return newsclean.fetch(server.url("/a"), **FAST)  # e.g. a notebook cell

        _assert_article(asyncio.run(main()))


def test_a_hanging_server_does_not_hang_fetch() -> None:
    with serving({"/x": sequence(HANG)}) as server:
        with pytest.raises(FetchTimeoutError):
            newsclean.fetch(server.url("/x"), **{**FAST, "timeout": 0.3, "retries": 0})


# --- options ----------------------------------------------------------------------------------------


def test_unknown_option_and_bad_values_are_refused() -> None:
    with pytest.raises(TypeError, match="concurency"):
        newsclean.fetch("http://127.0.0.1:9/", concurency=3)  # type: ignore[call-arg]
    with pytest.raises(ValueError, match="concurrency"):
        FetchSettings(concurrency=0)
    with pytest.raises(newsclean.UnknownOutletError):
        FetchSettings(outlet="koran-antah")


def test_fetch_options_typeddict_matches_the_settings() -> None:
    hinted = set(typing.get_type_hints(fetch_module.FetchOptions))
    assert hinted == {f.name for f in dataclasses.fields(FetchSettings)}


def test_defaults_are_polite() -> None:
    defaults = FetchSettings()
    assert defaults.respect_robots is True
    assert defaults.block_private_addresses is False
    assert defaults.per_host <= 2 and defaults.min_delay >= 1.0
    assert defaults.max_bytes == 10 * 1024 * 1024

"""Network failures say what failed (DNS, refused, TLS, timeout, HTTP status), also when they happen on
the way to robots.txt, and never blame robots.txt for them. No network: an unresolvable ``.invalid``
host (RFC 6761), closed ports and servers on 127.0.0.1 started here."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from typing import Any

import pytest
from fault_server import FaultServer, Reply, SilentServer, kompas_like, page, self_signed, sequence, serving

import newsclean
from newsclean import ConnectionFailedError, FetchError, FetchFailure, FetchTimeoutError, HTTPStatusError
from newsclean.cli import main

#: No spacing, tiny backoff; robots.txt obeyed (the path these failures used to be blamed on).
FAST: dict[str, Any] = {"min_delay": 0.0, "backoff": 0.01, "backoff_max": 0.05, "timeout": 5.0}

pytestmark = pytest.mark.usefixtures("fresh_robots_cache")


def _closed_port_url(path: str) -> str:
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    listener.close()  # nothing listens there any more: connecting is refused
    return f"http://127.0.0.1:{port}{path}"


def _assert_not_blamed_on_robots(failure: FetchError | FetchFailure) -> None:
    message = str(failure) if isinstance(failure, FetchError) else failure.error
    assert "robots" not in message.lower() and "--no-robots" not in message
    assert failure.stage == "fetch"


def test_an_unresolvable_host_says_dns_at_once_with_the_default_settings() -> None:
    """Default retries (3) and backoff: a name that does not resolve is not retried for seconds."""
    started = time.monotonic()
    with pytest.raises(ConnectionFailedError) as caught:
        newsclean.fetch("https://nosuch.invalid/read/1")
    assert time.monotonic() - started < 1.0
    assert "cannot resolve host nosuch.invalid (DNS" in str(caught.value)
    assert caught.value.reason == "connection_failed"
    assert caught.value.url == "https://nosuch.invalid/read/1"  # the page's URL, not robots.txt's
    _assert_not_blamed_on_robots(caught.value)


def test_an_unresolvable_host_in_fetch_many_is_a_fetch_stage_failure_per_url() -> None:
    urls = ["http://nosuch.invalid/a", "http://nosuch.invalid/b"]
    started = time.monotonic()
    results = list(newsclean.fetch_many(urls))
    assert time.monotonic() - started < 1.0
    assert sorted(r.url for r in results if isinstance(r, FetchFailure)) == urls
    for result in results:
        assert isinstance(result, FetchFailure)
        assert result.reason == "connection_failed" and "cannot resolve host nosuch.invalid" in result.error
        _assert_not_blamed_on_robots(result)


def test_an_unresolvable_host_without_robots_is_not_retried_either() -> None:
    started = time.monotonic()
    with pytest.raises(ConnectionFailedError, match=r"cannot resolve host nosuch\.invalid \(DNS"):
        newsclean.fetch("http://nosuch.invalid/x", respect_robots=False)
    assert time.monotonic() - started < 1.0


def test_a_refused_connection_says_so() -> None:
    url = _closed_port_url("/berita")
    with pytest.raises(ConnectionFailedError) as caught:
        newsclean.fetch(url, **{**FAST, "retries": 1})
    assert "connection refused" in str(caught.value)
    assert "gave up after 2 attempts" in str(caught.value)  # refused may be a restart: retried
    _assert_not_blamed_on_robots(caught.value)


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultServer]:
    context = self_signed(tmp_path_factory.mktemp("tls"))
    if context is None:
        pytest.skip("openssl is not installed: cannot make a certificate for the local HTTPS server")
    with FaultServer({"/berita": page(kompas_like())}, robots="User-agent: *\nAllow: /\n", tls=context) as server:
        yield server


def test_a_certificate_that_does_not_verify_is_a_tls_error_reported_at_once(tls_server: FaultServer) -> None:
    started = time.monotonic()
    with pytest.raises(ConnectionFailedError) as caught:
        newsclean.fetch(tls_server.url("/berita"), min_delay=0.0)  # default retries and backoff
    assert time.monotonic() - started < 1.0
    assert "TLS error" in str(caught.value) and "certificate" in str(caught.value)
    _assert_not_blamed_on_robots(caught.value)
    assert tls_server.seen("/berita") == []


def test_a_host_that_never_answers_times_out_and_says_after_how_long() -> None:
    with SilentServer() as dead:
        with pytest.raises(FetchTimeoutError) as caught:
            newsclean.fetch(dead.url("/x"), **{**FAST, "timeout": 0.5, "retries": 0})
    assert "timed out after 0.5 s" in str(caught.value)
    assert caught.value.reason == "timeout"
    _assert_not_blamed_on_robots(caught.value)


def test_a_page_answering_503_says_http_503() -> None:
    with serving({"/berita": sequence(Reply(503))}) as server:  # robots.txt: 404, everything allowed
        with pytest.raises(HTTPStatusError) as caught:
            newsclean.fetch(server.url("/berita"), **{**FAST, "retries": 1})
    assert str(caught.value).startswith("HTTP 503")
    assert caught.value.stage == "http" and caught.value.status == 503
    assert "robots" not in str(caught.value).lower()


def test_robots_txt_answering_503_stays_a_robots_failure_naming_the_status() -> None:
    """RFC 9309: a robots.txt that answers 5xx means "disallow everything" - that one is robots.txt's."""
    with serving({"/robots.txt": sequence(Reply(503)), "/berita": page(kompas_like())}) as server:
        results = list(newsclean.fetch_many([server.url("/berita")], **{**FAST, "retries": 0}))
    (failure,) = results
    assert isinstance(failure, FetchFailure)
    assert failure.stage == "robots" and failure.reason == "robots_unreachable"
    assert "HTTP 503" in failure.error and "robots.txt" in failure.error


def test_the_command_says_dns_and_suggests_nothing_about_robots(capsys: pytest.CaptureFixture[str]) -> None:
    started = time.monotonic()
    status = main(["https://nosuch.invalid/read/1"])
    assert time.monotonic() - started < 1.0
    err = capsys.readouterr().err
    assert status == 1
    assert "cannot resolve host nosuch.invalid (DNS" in err
    assert "robots" not in err.lower()

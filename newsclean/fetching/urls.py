"""URLs: checking and parsing them, an outlet's single-page form, origins, and the address check of
``block_private_addresses``."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit, urlunsplit

import httpx

from ..errors import BlockedAddressError, InvalidURLError
from ..rules import Outlet
from .network import LastingConnectionError, dns_message


def _query_pairs(query: str) -> list[str]:
    return [pair for pair in query.split("&") if pair]


def single_page_url(url: str, query: str) -> str:
    """`url` with the pairs of `query` (``page=all``) set, replacing any same-named parameter."""
    parts = urlsplit(url)
    wanted = _query_pairs(query)
    names = {pair.split("=", 1)[0] for pair in wanted}
    kept = [pair for pair in _query_pairs(parts.query) if pair.split("=", 1)[0] not in names]
    return urlunsplit(parts._replace(query="&".join(kept + wanted)))


def strip_single_page(url: str, outlet: Outlet | None) -> str:
    """`url` without the outlet's single-page pairs: the story's own address."""
    if outlet is None or not outlet.single_page_query:
        return url
    drop = set(_query_pairs(outlet.single_page_query))
    if not any(pair in url for pair in drop):  # the usual case (a canonical URL), without parsing
        return url
    parts = urlsplit(url)
    kept = [pair for pair in _query_pairs(parts.query) if pair not in drop]
    if len(kept) == len(_query_pairs(parts.query)):
        return url
    return urlunsplit(parts._replace(query="&".join(kept)))


def parse_url(url: object) -> tuple[str, httpx.URL]:
    """The URL stripped, and parsed by httpx (kept, so that sending it does not parse it again)."""
    if not isinstance(url, str):
        raise InvalidURLError(f"not a URL: {url!r}", url=str(url))
    url = url.strip()
    try:
        parsed = httpx.URL(url)
    except (httpx.InvalidURL, ValueError) as exc:
        raise InvalidURLError(f"malformed URL: {exc}", url=url) from None
    if parsed.scheme not in ("http", "https"):
        scheme = f"{parsed.scheme}:" if parsed.scheme else "no scheme"
        raise InvalidURLError(f"only http and https URLs can be fetched (got {scheme})", url=url)
    if not parsed.host:
        raise InvalidURLError("URL has no host", url=url)
    return url, parsed


def origin(url: str) -> str:
    """``scheme://host[:port]`` of `url`, lower-cased: what one robots.txt covers."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


def _blocked(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    return (not address.is_global or address.is_private or address.is_loopback or address.is_link_local
            or address.is_multicast or address.is_reserved or address.is_unspecified)


async def check_address(url: str) -> None:
    """Refuse a host that is, or resolves to, a non-public address (any of its addresses)."""
    parsed = httpx.URL(url)
    host = parsed.host
    port = parsed.port or (443 if parsed.scheme == "https" else 80)
    try:
        addresses = {ipaddress.ip_address(host.split("%", 1)[0])}
    except ValueError:
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            raise LastingConnectionError(dns_message(host, exc), url=url) from None
        addresses = {ipaddress.ip_address(str(info[4][0]).split("%", 1)[0]) for info in infos}
    bad = sorted(str(a) for a in addresses if _blocked(a))
    if bad:
        raise BlockedAddressError(f"{host} resolves to a non-public address ({', '.join(bad)}); "
                                  "refused because block_private_addresses=True", url=url)

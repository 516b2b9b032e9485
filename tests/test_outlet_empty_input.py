"""Empty input is a typed error for every outlet, dump or HTML, whether the outlet is named or read off the URL."""

from __future__ import annotations

import pytest

import newsclean
from newsclean.rules import Outlet

OUTLETS = newsclean.outlets()
EMPTY: list[str | bytes] = ["", "   \n\t", b"", b"\xef\xbb\xbf", "<html><body></body></html>"]


@pytest.mark.parametrize("outlet", OUTLETS, ids=lambda o: o.id)
@pytest.mark.parametrize("data", EMPTY, ids=repr)
def test_empty_input_is_a_clean_error(outlet: Outlet, data: str | bytes) -> None:
    url = f"https://www.{outlet.domains[0]}/read/1/berita"
    markup = "<" in str(data)
    # (nothing but whitespace: EmptyInputError; an empty page's markup: no article in it)
    expected = newsclean.NoArticleError if markup else newsclean.EmptyInputError
    with pytest.raises(expected):
        newsclean.clean_html(data, url=url)
    with pytest.raises(expected):
        newsclean.clean_html(data, outlet=outlet.id)
    if not markup:
        with pytest.raises(newsclean.EmptyInputError):
            newsclean.clean_text(data, outlet=outlet.id)

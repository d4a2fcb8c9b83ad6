"""``scrapy crawl generic`` from a home page alone, on made-up sites served on 127.0.0.1.

Three sites whose articles cannot all be reached the old way: one lists half its
articles on the home page with a plain «صفحه بعد» link and has a feed no page links to
(issue 15's case); a WordPress site whose article URLs are slugs without an id or a
date; an ASP.NET site paged by ``&p=N`` from an archive section. Each must give at
least 29 of 30 articles with at most 2 requests per article, and a second (cron) run
must emit nothing and fetch no article again.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from evaluation.discovery import MAX_REQUESTS_PER_ARTICLE, MIN_FOUND, evaluate_site
from tests.generic.sites import site_by_name


@pytest.mark.parametrize("name", ["nastooh", "wordpress", "aspnet"])
def test_every_article_found_from_the_home_page(name: str, tmp_path: Path) -> None:
    result = evaluate_site(site_by_name(name), tmp_path)
    assert result.found >= MIN_FOUND, result
    assert result.per_article <= MAX_REQUESTS_PER_ARTICLE, result
    assert result.f1 >= 0.93, result
    assert result.second_new == 0, result
    # the second run reads the home page, listings, feeds and sitemaps, no article
    assert result.second_requests < result.requests - 25, result

"""Round two, point 7: listing pagination follows LISTING_MAX_PAGES, not DEPTH_LIMIT.

With ``DEPTH_LIMIT = 4`` the links of listing page 5 and later were dropped
(``depth/request_ignored_count``), silently, even with ``LISTING_MAX_PAGES=50``.
"""

from __future__ import annotations

from pathlib import Path

from tests.security.support import HOST, article_html, security_settings, stat, write_page

PAGES = 7


def paginated_site(root: Path) -> None:
    for page in range(1, PAGES + 1):
        next_link = f'<a rel="next" href="/list/{page + 1}/">next</a>' if page < PAGES else ""
        links = f'<a href="/news/{1000 + page}/x">خبر {page}</a>{next_link}'
        write_page(root, f"/list/{page}/", f"<html><body>{links}</body></html>")
        write_page(root, f"/news/{1000 + page}/x", article_html(f"خبر اقتصادی شماره {page}"))


def test_every_listing_page_up_to_the_maximum_is_read(tmp_path: Path, crawl) -> None:
    root = tmp_path / "mirror"
    paginated_site(root)
    result = crawl(
        "generic",
        f"start_urls=https://{HOST}/list/1/",
        mirror=root,
        **security_settings(LISTING_MAX_PAGES="10", DEPTH_LIMIT="4"),
    )
    assert result.returncode == 0, result.log[-3000:]
    assert stat(result.log, "listing/pages") == PAGES
    assert len(result.records) == PAGES
    assert stat(result.log, "depth/request_ignored_count") == 0


def test_pages_past_the_maximum_are_counted(tmp_path: Path, crawl) -> None:
    root = tmp_path / "mirror"
    paginated_site(root)
    result = crawl(
        "generic",
        f"start_urls=https://{HOST}/list/1/",
        mirror=root,
        **security_settings(LISTING_MAX_PAGES="3"),
    )
    assert stat(result.log, "listing/pages") == 3
    assert stat(result.log, "listing/pages_cut") == 1
    assert len(result.records) == 3

"""Round two, point 2: HTML_MAXSIZE bounds every body, whatever its Content-Type.

A server that labels an 8 MB page ``text/plain`` or ``application/xml`` used to get it
processed whole (no ``html_truncated``), because only ``HtmlResponse`` was cut.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.security.support import HOST, article_html, security_settings, stat, write_page

LIMIT = 256 * 1024


@pytest.mark.parametrize(
    "content_type", ["text/plain", "application/xml", "application/octet-stream"]
)
def test_oversized_article_is_cut_whatever_its_content_type(
    tmp_path: Path, crawl, content_type: str
) -> None:
    root = tmp_path / "mirror"
    write_page(root, "/", '<html><body><a href="/news/1001/a">a</a></body></html>')
    page = article_html("خبر اقتصادی بزرگ").replace(
        "</body>", "<!--" + "x" * (3 * LIMIT) + "--></body>"
    )
    write_page(root, "/news/1001/a", page, {"headers": {"Content-Type": content_type}})
    result = crawl(
        "generic",
        f"start_urls=https://{HOST}/",
        mirror=root,
        **security_settings(HTML_MAXSIZE=str(LIMIT)),
    )
    assert result.returncode == 0, result.log[-3000:]
    assert stat(result.log, "limits/html_truncated") == 1
    assert len(result.records) == 1
    assert "html_truncated" in result.records[0]["errors"]
    assert result.records[0]["title"] == "خبر اقتصادی بزرگ"


def test_feeds_and_sitemaps_are_not_cut(tmp_path: Path, crawl) -> None:
    """XML documents have their own bounds (DOWNLOAD_MAXSIZE, no entities): a long
    sitemap must stay whole, or its last entries would be lost."""
    root = tmp_path / "mirror"
    entries = "".join(
        f"<url><loc>https://{HOST}/news/{1000 + i}/x</loc></url>" for i in range(9000)
    )
    entries += f"<url><loc>https://{HOST}/news/99999/last</loc></url>"
    sitemap = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</urlset>'
    )
    assert len(sitemap) > LIMIT
    write_page(root, "/sitemap.xml", sitemap)
    write_page(root, "/news/99999/last", article_html("آخرین خبر اقتصادی"))
    result = crawl(
        "generic",
        f"sitemaps=https://{HOST}/sitemap.xml",
        mirror=root,
        **security_settings(HTML_MAXSIZE=str(LIMIT), CLOSESPIDER_ITEMCOUNT="1"),
    )
    assert stat(result.log, "limits/html_truncated") == 0
    assert stat(result.log, "articles/discovered/sitemap") == 9001

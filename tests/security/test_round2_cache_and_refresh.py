"""Round two, point 11: no secret in the HTTP cache; an off-site meta refresh is counted.

README recommends the HTTP cache for re-extraction, and its files kept
``Authorization``, cookies and API keys in plain text; a meta refresh to another site
was dropped without a trace in the stats.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.security.support import HOST, article_html, security_settings, stat, write_page

SECRETS = ("R2-AUTH-SECRET", "R2-COOKIE-SECRET", "R2-APIKEY-SECRET", "R2-SETCOOKIE-SECRET")


def test_http_cache_files_hold_no_secret_headers(tmp_path: Path, crawl) -> None:
    root = tmp_path / "mirror"
    write_page(root, "/", '<html><body><a href="/news/1001/a">a</a></body></html>')
    write_page(
        root,
        "/news/1001/a",
        article_html("خبر اقتصادی"),
        {"headers": {"Set-Cookie": f"sid={SECRETS[3]}; HttpOnly"}},
    )
    headers = json.dumps(
        {
            "Authorization": f"Bearer {SECRETS[0]}",
            "Cookie": f"s={SECRETS[1]}",
            "X-Api-Key": SECRETS[2],
        }
    )
    cache = tmp_path / "httpcache"
    settings = security_settings(
        HTTPCACHE_ENABLED="True", HTTPCACHE_DIR=str(cache), DEFAULT_REQUEST_HEADERS=headers
    )
    result = crawl("generic", f"start_urls=https://{HOST}/", mirror=root, **settings)
    assert result.returncode == 0, result.log[-3000:]
    stored = [p for p in cache.rglob("*") if p.is_file()]
    assert any(p.name == "response_body" for p in stored)
    for path in stored:
        data = path.read_bytes()
        for secret in SECRETS:
            assert secret.encode() not in data, (path, secret)
    # The cache still replays: a second run served from it gives the same record.
    again = crawl(
        "generic",
        f"start_urls=https://{HOST}/",
        mirror=root,
        **settings,
        HTTPCACHE_IGNORE_MISSING="True",
        REFRESH="True",
    )
    assert [r["title"] for r in again.records] == ["خبر اقتصادی"]
    assert stat(again.log, "httpcache/hit") >= 2


def test_off_site_meta_refresh_is_counted(tmp_path: Path, crawl) -> None:
    root = tmp_path / "mirror"
    write_page(root, "/", '<html><body><a href="/news/1001/a">a</a></body></html>')
    refresh = (
        '<html><head><meta http-equiv="refresh" '
        'content="0;url=https://elsewhere.example.com/news/5555/x"></head><body></body></html>'
    )
    write_page(root, "/news/1001/a", refresh)
    result = crawl("generic", f"start_urls=https://{HOST}/", mirror=root, **security_settings())
    assert result.returncode == 0, result.log[-3000:]
    assert stat(result.log, "guard/redirect_refused/offsite") == 1
    assert stat(result.log, "articles/failed") == 1

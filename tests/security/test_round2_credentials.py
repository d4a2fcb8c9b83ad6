"""Round two, point 1: URL credentials never reach a log line or the state file.

Scrapy's robots.txt middleware logs ``invalid hostname: alice:S3cr3t@host`` (no
``scheme://`` before the credentials), and a failed article used to be stored in
``state.sqlite`` with its ``user:pass@`` part.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from crawler.extensions.redact import redact
from tests.security.support import HOST, article_html, security_settings, write_page

PASSWORD = "S3cr3t-R2"


@pytest.mark.parametrize(
    "message",
    [
        f"invalid hostname: alice:{PASSWORD}@{HOST}",
        f"Error for alice:{PASSWORD}@{HOST}/robots.txt: DNS",
        f"netloc='alice:{PASSWORD}@{HOST}:8080'",
        f"(alice:{PASSWORD}@[::1]:80)",
        f"https://alice:{PASSWORD}@{HOST}/x",
    ],
)
def test_userinfo_is_masked_with_or_without_a_scheme(message: str) -> None:
    masked = redact(message)
    assert PASSWORD not in masked
    assert "***@" in masked


def test_ordinary_text_with_at_signs_and_colons_is_kept() -> None:
    for text in ("write to news@example.ir at 10:30", "ratio 3:2 @ noon", "a:b @c"):
        assert redact(text) == text


def test_failed_rows_in_state_carry_no_credentials(tmp_path: Path, crawl) -> None:
    root = tmp_path / "mirror"
    link = f"https://u:{PASSWORD}@{HOST}/news/1002/b"  # an article that is not in the mirror
    write_page(
        root, "/", f'<html><body><a href="{link}">b</a><a href="/news/1001/a">a</a></body></html>'
    )
    write_page(root, "/news/1001/a", article_html("خبر اقتصادی"))
    start = f"https://{HOST}/,https://alice:{PASSWORD}@{HOST}/news/1003/c"
    result = crawl("generic", f"start_urls={start}", mirror=root, **security_settings())
    assert result.returncode == 0, result.log[-3000:]
    assert PASSWORD not in result.log
    db = sqlite3.connect(tmp_path / "state" / "state.sqlite")
    rows = db.execute("SELECT url, status FROM articles").fetchall()
    db.close()
    assert any(status == "failed" for _, status in rows), rows
    assert f"https://{HOST}/news/1002/b" in {url for url, _ in rows}
    for url, _ in rows:
        assert "@" not in url, url
    assert PASSWORD.encode() not in b"".join(
        p.read_bytes() for p in (tmp_path / "state").iterdir() if p.is_file()
    )

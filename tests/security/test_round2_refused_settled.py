"""Round two, point 8: URLs the guard refused are settled, and retries are capped.

Every refused URL used to be stored as a failed article and requested again on every
run, without end, so one hostile page could grow the retry list for ever.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crawler.state import SQLiteStateStore
from tests.security.support import HOST, article_html, security_settings, stat, write_page


def test_refused_urls_are_kept_but_never_retried(tmp_path: Path, crawl) -> None:
    root = tmp_path / "mirror"
    links = "".join(f'<a href="/news/{n}/x">{n}</a>' for n in (1001, 1002, 1003))
    write_page(root, "/", f"<html><body>{links}</body></html>")
    write_page(root, "/news/1001/x", article_html("خبر اقتصادی"))
    # In scope (10.0.0.5 is a start host): the address guard refuses it.
    write_page(
        root,
        "/news/1002/x",
        "",
        {"status": 302, "headers": {"Location": "http://10.0.0.5/news/9999/x"}},
    )
    # Off the site: the redirect guard refuses it.
    write_page(
        root,
        "/news/1003/x",
        "",
        {"status": 302, "headers": {"Location": "http://169.254.169.254/news/1/x"}},
    )
    args = (f"start_urls=https://{HOST}/,http://10.0.0.5/",)
    first = crawl("generic", *args, mirror=root, **security_settings())
    assert first.returncode == 0, first.log[-3000:]
    assert stat(first.log, "guard/refused/private_address") >= 1
    assert stat(first.log, "guard/redirect_refused/offsite") == 1
    db = sqlite3.connect(tmp_path / "state" / "state.sqlite")
    reasons = dict(db.execute("SELECT url, reason FROM articles WHERE status = 'failed'"))
    db.close()
    assert set(reasons.values()) == {"RequestRefused", "RedirectRefused"}, reasons
    second = crawl("generic", *args, mirror=root, **security_settings())
    assert second.returncode == 0, second.log[-3000:]
    assert stat(second.log, "articles/retried") == 0


def test_failed_articles_are_retried_a_bounded_number_of_runs(tmp_path: Path) -> None:
    store = SQLiteStateStore(tmp_path / "state.sqlite")
    url = f"https://{HOST}/news/1/x"
    for failures in range(1, 7):
        store.mark_failed(url, "generic", url, "http_503")
        expected = [url] if failures < 5 else []
        assert store.failed_urls("generic", max_attempts=5) == expected, failures
        assert store.failed_urls("generic", max_attempts=0) == [url]  # 0: no cap
    store.close()

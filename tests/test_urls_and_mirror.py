"""Canonical URLs, cut-off dates and the mirror's URL → file mapping."""

from __future__ import annotations

import re
import urllib.request
from datetime import date
from pathlib import Path

import pytest

from crawler.mirror import MirrorServer, mirror_path, to_mirror_url
from crawler.ops.cutoff import parse_cutoff
from crawler.urls import canonical_url, without_userinfo

TASNIM_ID = re.compile(r"^/fa/news/\d{4}/\d{2}/\d{2}/\d+")


@pytest.mark.parametrize(
    "variant",
    [
        "https://www.tasnimnews.com/fa/news/1403/02/23/3090001/slug-one",
        "http://tasnimnews.com/fa/news/1403/02/23/3090001",
        "https://tasnimnews.com/fa/news/1403/02/23/3090001/other-slug?utm_source=x#top",
        "https://WWW.TasnimNews.com/fa/news/1403/02/23/3090001/",
    ],
)
def test_canonical_url_merges_host_slug_and_query_variants(variant: str) -> None:
    assert canonical_url(variant, TASNIM_ID) == "https://tasnimnews.com/fa/news/1403/02/23/3090001"


def test_canonical_url_keeps_identity_queries_only() -> None:
    url = "https://www.kurdpress.com/details.aspx?utm=1&id=42"
    assert canonical_url(url, None, ("id",)) == "https://kurdpress.com/details.aspx?id=42"
    assert canonical_url(url, None, ("id",)) != canonical_url(
        url.replace("42", "43"), None, ("id",)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-12", date(2024, 5, 12)),
        ("1403-02-23", date(2024, 5, 12)),
        ("۱۴۰۳/۰۲/۲۳", date(2024, 5, 12)),
    ],
)
def test_parse_cutoff_accepts_iso_and_jalali(text: str, expected: date) -> None:
    assert parse_cutoff(text) == expected


@pytest.mark.parametrize("bad", ["yesterday", "1403-13-01", "2024/02/30"])
def test_parse_cutoff_rejects_bad_dates_with_a_clear_message(bad: str) -> None:
    with pytest.raises(ValueError, match="cut-off date"):
        parse_cutoff(bad)


def test_mirror_paths(tmp_path: Path) -> None:
    assert mirror_path(tmp_path, "https://a.ir/fa/") == (tmp_path / "a.ir/fa/index.html").resolve()
    assert (
        mirror_path(tmp_path, "https://a.ir/d.aspx?id=7")
        == (tmp_path / "a.ir/d.aspx__q__id=7").resolve()
    )
    assert mirror_path(tmp_path, "https://a.ir/../../etc/passwd") is None
    assert to_mirror_url("http://127.0.0.1:9", "https://www.a.ir/x?y=1") == (
        "http://127.0.0.1:9/www.a.ir/x?y=1"
    )


def test_mirror_server_serves_files_and_404s(tmp_path: Path) -> None:
    page = tmp_path / "a.ir" / "fa" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text("<html>سلام</html>", encoding="utf-8")
    (tmp_path / "a.ir" / "gone.html").write_text("x")
    (tmp_path / "a.ir" / "gone.html.meta.json").write_text('{"status": 503}')
    with MirrorServer(tmp_path) as server:
        with urllib.request.urlopen(f"{server.url}/a.ir/fa/") as resp:
            assert "سلام" in resp.read().decode()
        for path, status in (("/a.ir/missing", 404), ("/a.ir/gone.html", 503)):
            with pytest.raises(urllib.error.HTTPError) as err:
                urllib.request.urlopen(server.url + path)
            assert err.value.code == status


def test_mirror_server_is_quiet_about_clients_that_hang_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A cancelled download must not print a traceback into the crawl log; a bug must."""
    from crawler.mirror import _MirrorHTTPServer

    server = _MirrorHTTPServer(tmp_path)
    try:
        for exc in (ConnectionResetError(104, "reset"), ValueError("handler bug")):
            try:
                raise exc
            except (ConnectionResetError, ValueError):
                server.handle_error(None, ("127.0.0.1", 1))
    finally:
        server.server_close()
    err = capsys.readouterr().err
    assert "reset" not in err and "handler bug" in err


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://u:secret@www.example.ir/news/1", "https://www.example.ir/news/1"),
        ("https://user@example.ir:8443/a?b=1#c", "https://example.ir:8443/a?b=1#c"),
        ("https://example.ir/news/1?q=a@b", "https://example.ir/news/1?q=a@b"),
        ("https://example.ir/", "https://example.ir/"),
    ],
)
def test_without_userinfo(url: str, expected: str) -> None:
    assert without_userinfo(url) == expected


def test_records_never_carry_url_credentials() -> None:
    from crawler.record import finalise_record

    record = finalise_record({"url": "https://a:b@tasnimnews.com/fa/news/1", "errors": []})
    assert record["url"] == "https://tasnimnews.com/fa/news/1"

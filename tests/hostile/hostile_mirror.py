"""A Tasnim mirror that misbehaves in every way issue 7 lists, next to good articles.

Each hostile page is an article linked from the listing, so the crawl must get past
it; the good articles around it must all come out. ``CASES`` says what each page does
and which article number it holds; tests look records and stats up by those numbers.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from tests.mirror_factory import HOST, article_html, article_path, build_mirror

GOOD = range(0, 12)
# number -> what the mirror does with that article
CASES: dict[str, int] = {
    "http_500_once": 20,  # 500, then fine: a retry recovers it
    "http_503_retry_after": 21,  # 503 with Retry-After, every time: failed, next run ok
    "http_429_once": 22,  # 429, then fine
    "timeout": 23,  # answers after the download timeout
    "reset": 24,  # connection reset without an answer
    "redirect_loop": 25,  # 302 to itself
    "truncated": 26,  # half of the declared Content-Length, then close
    "huge": 27,  # 20 MB page (over DOWNLOAD_MAXSIZE)
    "binary": 28,  # PNG-like bytes labelled text/html
    "cp1256_header": 30,  # windows-1256, declared in the header
    "cp1256_meta_only": 31,  # windows-1256, <meta charset> only, header without charset
    "cp1256_undeclared": 32,  # windows-1256, no declaration at all
    "cp1256_header_says_utf8": 33,  # header utf-8, meta windows-1256, bytes windows-1256
    "utf8_header_says_cp1256": 34,  # header windows-1256 over a UTF-8 page
    "double_encoded": 35,  # valid UTF-8 of mojibake text (a CMS that garbled it)
    "cp1256_header_says_latin1": 36,  # header iso-8859-1 over a windows-1256 page
    "robots_disallowed": 250,  # in a section robots.txt disallows
}
# Linked only from the (malformed) RSS feed: lost if a broken feed were dropped whole.
FEED_ONLY = 40
ROBOTS_SECTION = "/fa/news/1403/09/"
HOSTILE_TIMEOUT = 4  # DOWNLOAD_TIMEOUT the tests crawl with; "timeout" answers later.
# 2 s flaked on a loaded CI machine: ordinary pages timed out first and the
# "500 once" page then used its one retry on a timeout.


def url(n: int) -> str:
    return f"https://{HOST}/{article_path(n)}"


def cp1256_html(n: int, meta: bool = True) -> bytes:
    """Article ``n`` as an old portal writes it: Arabic yeh, windows-1256 bytes."""
    html = article_html(n).replace("ی", "ي")  # cp1256 has no Persian yeh
    charset = '<meta charset="windows-1256">' if meta else ""
    html = html.replace('<meta charset="utf-8">', charset)
    return html.encode("cp1256")


def _write(site: Path, n: int, body: bytes, **meta: object) -> None:
    page = site / article_path(n)
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_bytes(body)
    if meta:
        sidecar = page.with_name(page.name + ".meta.json")
        sidecar.write_text(json.dumps(meta), encoding="utf-8")


def build_hostile_mirror(root: Path) -> Path:
    """Write the mirror under ``root``; return the site folder."""
    numbers = [*GOOD, *CASES.values()]
    build_mirror(root, numbers)
    site = root / HOST
    (site / "robots.txt").write_text(
        f"User-agent: *\nDisallow: /search\nDisallow: {ROBOTS_SECTION}\n", encoding="utf-8"
    )
    c = CASES
    utf8 = {n: article_html(n).encode("utf-8") for n in c.values()}
    html = "text/html"
    _write(site, c["http_500_once"], utf8[c["http_500_once"]], status=500, times=1)
    _write(
        site,
        c["http_503_retry_after"],
        utf8[c["http_503_retry_after"]],
        status=503,
        headers={"Retry-After": "120"},
    )
    _write(
        site,
        c["http_429_once"],
        utf8[c["http_429_once"]],
        status=429,
        times=1,
        headers={"Retry-After": "1"},
    )
    _write(site, c["timeout"], utf8[c["timeout"]], delay=HOSTILE_TIMEOUT + 3)
    _write(site, c["reset"], utf8[c["reset"]], fault="reset")
    _write(site, c["redirect_loop"], utf8[c["redirect_loop"]], fault="redirect_loop")
    _write(site, c["truncated"], utf8[c["truncated"]], fault="truncate")
    _write(site, c["huge"], utf8[c["huge"]], fault="bloat", size=20 * 1024 * 1024)
    noise = random.Random(7).randbytes(30_000)
    _write(site, c["binary"], b"\x89PNG\r\n\x1a\n" + noise, headers={"Content-Type": html})
    _write(
        site,
        c["cp1256_header"],
        cp1256_html(c["cp1256_header"], meta=False),
        headers={"Content-Type": "text/html; charset=windows-1256"},
    )
    _write(
        site,
        c["cp1256_meta_only"],
        cp1256_html(c["cp1256_meta_only"]),
        headers={"Content-Type": html},
    )
    _write(
        site,
        c["cp1256_undeclared"],
        cp1256_html(c["cp1256_undeclared"], meta=False),
        headers={"Content-Type": html},
    )
    _write(
        site,
        c["cp1256_header_says_utf8"],
        cp1256_html(c["cp1256_header_says_utf8"]),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    _write(
        site,
        c["utf8_header_says_cp1256"],
        utf8[c["utf8_header_says_cp1256"]],
        headers={"Content-Type": "text/html; charset=windows-1256"},
    )
    _write(
        site,
        c["cp1256_header_says_latin1"],
        cp1256_html(c["cp1256_header_says_latin1"], meta=False),
        headers={"Content-Type": "text/html; charset=iso-8859-1"},
    )
    _write(site, FEED_ONLY, article_html(FEED_ONLY).encode("utf-8"))
    garbled = utf8[c["double_encoded"]].decode("utf-8")
    head, _, rest = garbled.partition("<body>")
    rest = rest.encode("utf-8").decode("cp1252", errors="replace")  # what the CMS stored
    _write(
        site,
        c["double_encoded"],
        (head + "<body>" + rest).encode("utf-8"),
        headers={"Content-Type": "text/html; charset=utf-8"},
    )
    feed = site / "fa/rss/feed/0/7/0/economy"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>اقتصادی</title><item><title>خبر & یک</title><link>{url(GOOD[0])}</link>"
        f"</item><item><link>{url(FEED_ONLY)}</link></item></channel><rss",
        encoding="utf-8",
    )
    return site

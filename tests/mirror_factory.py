"""Generated Tasnim-style mirrors for operational tests and benchmarks.

Hand-written fixtures (tests/fixtures/mirror) check extraction quality; runs that need
many or changing articles (incremental runs, crash recovery, throughput) use pages
generated here from a small sentence bank written for this project.
"""

from __future__ import annotations

import json
from pathlib import Path

import jdatetime

HOST = "www.tasnimnews.com"
LISTING = "fa/service/7/economy"
PROVINCES = ("قزوین", "کردستان", "اردبیل", "همدان", "زنجان", "گیلان", "یزد", "کرمان")
SUBJECTS = ("صادرات", "اشتغال", "سرمایه‌گذاری", "تولید")


def article_path(n: int) -> str:
    day = jdatetime.date(1403, 1, 1) + jdatetime.timedelta(days=n % 300)
    return f"fa/news/{day.year}/{day.month:02d}/{day.day:02d}/{3100000 + n}/khabar-{n}"


def article_html(n: int, body_class: str = "story", padding: int = 0) -> str:
    province = PROVINCES[n % len(PROVINCES)]
    subject = SUBJECTS[n % len(SUBJECTS)]
    day = jdatetime.date(1403, 1, 1) + jdatetime.timedelta(days=n % 300)
    iso = day.togregorian().isoformat()
    paragraphs = [
        f"به گزارش خبرگزاری تسنیم از {province}، مدیرکل صنعت، معدن و تجارت استان {province} "
        f"گفت: {subject} استان در سال جاری به {n + 120} میلیون دلار رسیده است.",
        f"وی افزود: شماره پرونده این گزارش {n} است و بیش از {n % 90 + 5} واحد صنعتی "
        f"در شهرک‌های صنعتی {province} فعال شده‌اند.",
        f"مدیرکل صنعت، معدن و تجارت {province} با اشاره به برنامه‌های سال آینده گفت: "
        f"هدف‌گذاری برای ایجاد {n % 50 + 10} هزار شغل جدید انجام شده است.",
    ]
    filler = "".join(
        f'<li><a href="/fa/news/1403/01/01/{900000 + i}/x">خبر مرتبط شماره {i}</a></li>'
        for i in range(padding)
    )
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8">
<title>{subject} {province} - خبر {n}</title>
<meta property="og:title" content="{subject} استان {province} افزایش یافت ({n})"></head>
<body><nav class="menu"><ul><li>صفحه نخست</li><li>اقتصادی</li><li>استان‌ها</li></ul></nav>
<main><article class="single-news"><div class="kicker">اقتصاد استان‌ها</div>
<h1 class="title">{subject} استان {province} افزایش یافت ({n})</h1>
<p class="lead">رشد {subject} در استان {province} ادامه دارد.</p>
<time datetime="{iso}T10:30:00+03:30">{day.day} {day.j_months_fa[day.month - 1]} {day.year}</time>
<div class="{body_class}">{body}<p>انتهای پیام/ش</p></div>
<ul class="tags"><li>{province}</li><li>{subject}</li></ul></article>
<aside class="related"><ul>{filler}</ul></aside></main>
<footer><p>تمامی حقوق محفوظ است.</p></footer></body></html>"""


def build_mirror(
    root: Path,
    articles: range,
    body_class: str = "story",
    delay: float = 0.0,
    padding: int = 0,
    listing_page_size: int | None = None,
) -> list[str]:
    """Write a Tasnim mirror whose listing links every article; return their URLs.

    With ``listing_page_size`` the listing is paginated (``?page=N`` with a
    ``.pagination a.next`` link), as large mirrors need: one listing of 20,000 links
    would be over ``HTML_MAXSIZE``.
    """
    site = root / HOST
    site.mkdir(parents=True, exist_ok=True)
    (site / "robots.txt").write_text("User-agent: *\nDisallow: /search\n", encoding="utf-8")
    urls = []
    links = []
    for n in articles:
        path = site / article_path(n)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_html(n, body_class, padding), encoding="utf-8")
        if delay:
            meta = path.with_name(path.name + ".meta.json")
            meta.write_text(json.dumps({"delay": delay}), encoding="utf-8")
        urls.append(f"https://{HOST}/{article_path(n)}")
        links.append(f'<li><a href="/{article_path(n)}">خبر {n}</a></li>')
    write_listing(site, links, listing_page_size)
    provinces = site / "fa/service/1414/provinces"
    provinces.parent.mkdir(parents=True, exist_ok=True)
    provinces.write_text("<html><body><p>فهرست خالی</p></body></html>", encoding="utf-8")
    feed = site / "fa/rss/feed/0/7/0/economy"
    feed.parent.mkdir(parents=True, exist_ok=True)
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        "<title>اقتصادی</title></channel></rss>",
        encoding="utf-8",
    )
    return urls


def write_listing(site: Path, links: list[str], page_size: int | None = None) -> None:
    """The economy listing: one page, or pages of ``page_size`` links chained by next."""
    listing = site / LISTING
    listing.parent.mkdir(parents=True, exist_ok=True)
    size = page_size or max(len(links), 1)
    chunks = [links[i : i + size] for i in range(0, len(links), size)] or [[]]
    for number, chunk in enumerate(chunks, start=1):
        more = ""
        if number < len(chunks):
            more = (
                f'<div class="pagination"><a class="next" href="/{LISTING}?page={number + 1}">'
                "بعدی</a></div>"
            )
        page = listing if number == 1 else listing.with_name(f"{listing.name}__q__page={number}")
        page.write_text(
            f'<html><body><ul class="list">{"".join(chunk)}</ul>{more}</body></html>',
            encoding="utf-8",
        )

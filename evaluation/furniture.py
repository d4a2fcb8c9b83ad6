"""Generated page furniture: what surrounds an article on a real news page.

Fixture pages are written by hand around one article and are small; real pages are
100–300 KB of menus, tickers, inline scripts and styles, related and most-read link
lists and footers. Padding a fixture with this furniture gives the benchmarks realistic
page sizes and gives the boilerplate evaluation its ``padded`` set: the generic path
must find the article when furniture outweighs it, not only on tidy pages.
Deterministic for a given seed.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

_WORDS = (
    "اقتصاد بازار بورس ارز طلا سکه مسکن خودرو نفت گاز برق آب کشاورزی صنعت معدن تجارت "
    "استان شهر روستا دولت مجلس وزیر استاندار فرماندار شهردار رئیس مدیرکل نماینده "
    "افزایش کاهش رشد توسعه سرمایه‌گذاری اشتغال صادرات واردات تولید قیمت نرخ بودجه "
    "ورزش فرهنگ هنر سینما فوتبال آموزش دانشگاه سلامت بیمارستان محیط‌زیست جاده پل"
).split()
_MENU = (
    "صفحه نخست",
    "سیاسی",
    "اقتصادی",
    "اجتماعی",
    "فرهنگی",
    "ورزشی",
    "بین‌الملل",
    "استان‌ها",
    "عکس",
    "فیلم",
    "اینفوگرافیک",
    "پادکست",
    "آرشیو",
    "تماس با ما",
    "درباره ما",
)


def _headline(rng: random.Random) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(rng.randint(6, 12)))


def _links(rng: random.Random, n: int, cls: str) -> str:
    items = "".join(
        f'<li class="{cls}-item"><a href="/fa/news/1403/0{rng.randint(1, 9)}/'
        f'{rng.randint(10, 28)}/{rng.randint(1000000, 3999999)}/x" title="{_headline(rng)}">'
        f'<img src="/img/{rng.randint(1, 99999)}.jpg" alt=""><span>{_headline(rng)}</span>'
        f"</a><time>{rng.randint(1, 23)}:{rng.randint(10, 59)}</time></li>"
        for _ in range(n)
    )
    return f'<ul class="{cls}">{items}</ul>'


def _filled(rng: random.Random, size: int, top: int, line: Callable[[int], str]) -> str:
    """``line(k)`` for random ``k`` in [1, top] until ``size`` characters are written."""
    lines: list[str] = []
    written = 0
    while written < size:
        lines.append(line(rng.randint(1, top)))
        written += len(lines[-1])
    return "".join(lines)


def _script(rng: random.Random, size: int) -> str:
    def slot(k: int) -> str:
        return (
            f"window.__ad_slot_{k}=window.__ad_slot_{k}||[];"
            f"googletag.cmd.push(function(){{googletag.defineSlot('/{k}/news_{k % 97}',"
            f"[[300,250],[728,90]],'div-gpt-ad-{k}').addService(googletag.pubads());}});\n"
        )

    return "<script>" + _filled(rng, size, 10**6, slot) + "</script>"


def _style(rng: random.Random, size: int) -> str:
    def rule(k: int) -> str:
        return f".c{k} .item-{k % 31}>a:hover{{color:#{k % 0xFFFFFF:06x};margin:0 {k % 9}px}}"

    return "<style>" + _filled(rng, size, 10**5, rule) + "</style>"


def furniture(rng: random.Random, size: int) -> tuple[str, str]:
    """(top, bottom) page furniture of about ``size`` bytes in all."""
    menu = "".join(f'<li><a href="/fa/service/{i}">{m}</a></li>' for i, m in enumerate(_MENU))
    top = [
        _style(rng, size // 8),
        f'<header><div class="logo"><a href="/">خبرگزاری</a></div><nav class="menu"><ul>{menu}'
        "</ul></nav></header>",
        f'<div class="ticker"><span>آخرین اخبار</span>{_links(rng, 15, "ticker")}</div>',
        _script(rng, size // 6),
    ]
    bottom = [
        f'<aside class="related"><h3>اخبار مرتبط</h3>{_links(rng, 12, "related")}</aside>',
        f'<aside class="most-read"><h3>پربازدیدترین</h3>{_links(rng, 20, "most")}</aside>',
        '<div class="comments"><h3>نظرات</h3><p>نظر شما پس از تایید منتشر می‌شود.</p></div>',
    ]
    used = sum(len(x.encode()) for x in top + bottom)
    while used < size - 4000:
        block = f'<section class="box">{_links(rng, 20, "box")}</section>'
        bottom.append(block)
        used += len(block.encode())
    bottom.append(
        f'<footer><ul class="footer-links">{menu}</ul><p>تمامی حقوق محفوظ است.</p></footer>'
    )
    bottom.append(_script(rng, 2000))
    return "".join(top), "".join(bottom)


def padded(html: str, target: int, seed: int) -> str:
    """``html`` with furniture around its article, ``target`` bytes long or a little more."""
    rng = random.Random(seed)
    missing = max(target - len(html.encode()), 0)
    top, bottom = furniture(rng, missing)
    lower = html.lower()
    start = lower.find("<body")
    start = lower.find(">", start) + 1 if start >= 0 else 0
    end = lower.rfind("</body>")
    end = end if end >= 0 else len(html)
    return html[:start] + top + html[start:end] + bottom + html[end:]


_CHARSET = re.compile(r"""charset\s*=\s*["']?[\w-]+""", re.I)


def padded_page(html: str, target: int, seed: int) -> bytes:
    """``padded`` as UTF-8 bytes that say so: a page decoded from another charset keeps
    no stale declaration (that would be a misdeclared page, a different test)."""
    page = padded(html, target, seed)
    page, declared = _CHARSET.subn("charset=utf-8", page)
    if not declared:
        page = page.replace("<head>", '<head><meta charset="utf-8">', 1)
    return page.encode("utf-8")

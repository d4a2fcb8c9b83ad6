"""Per-page processing speed: the product's chain against trafilatura on the same pages.

Pages are the repository's own fixture articles (known outlets: ``tests/fixtures/
expected`` mapped into the mirror; generic path: ``tests/fixtures/generic``), padded
with page furniture generated here (menus, tickers, inline scripts and styles, JSON-LD,
related and most-read lists, footer) to 100–300 KB, the size of a real news page.

The product's chain is what a crawl runs per article: ``HtmlResponse`` decoding, the
spider's ``parse_article`` (field selectors), then the boilerplate, normalisation,
extraction and topic pipelines. trafilatura is ``trafilatura.extract`` with its
defaults on the same bytes. Both run in this process on one core, interleaved page by
page, and CPU time (``time.process_time``) is summed over several rounds.
"""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass
from functools import lru_cache

import trafilatura
from scrapy.http import HtmlResponse, Request
from scrapy.settings import Settings
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.reactor import install_reactor, is_reactor_installed

from crawler.offline import OfflineRun
from evaluation.boilerplate import Case, generic_cases, known_cases

CHAIN = {
    "pipelines.boilerplate.BoilerplatePipeline": 200,
    "pipelines.normalise.NormalisePipeline": 300,
    "pipelines.extraction.ExtractionPipeline": 400,
    "pipelines.topic.TopicPipeline": 500,
}
SIZES_KB = (100, 150, 200, 250, 300)

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


def _script(rng: random.Random, size: int) -> str:
    lines = []
    while sum(len(x) for x in lines) < size:
        k = rng.randint(1, 10**6)
        lines.append(
            f"window.__ad_slot_{k}=window.__ad_slot_{k}||[];"
            f"googletag.cmd.push(function(){{googletag.defineSlot('/{k}/news_{k % 97}',"
            f"[[300,250],[728,90]],'div-gpt-ad-{k}').addService(googletag.pubads());}});\n"
        )
    return "<script>" + "".join(lines) + "</script>"


def _style(rng: random.Random, size: int) -> str:
    rules = []
    while sum(len(x) for x in rules) < size:
        k = rng.randint(1, 10**5)
        rules.append(
            f".c{k} .item-{k % 31}>a:hover{{color:#{k % 0xFFFFFF:06x};margin:0 {k % 9}px}}"
        )
    return "<style>" + "".join(rules) + "</style>"


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


@dataclass
class Page:
    set: str
    spider: str
    url: str
    body: bytes


def pages() -> list[Page]:
    """Every fixture article, padded to 100–300 KB (sizes in rotation)."""
    out = []
    for i, case in enumerate([*known_cases(), *generic_cases()]):
        out.append(_page(case, SIZES_KB[i % len(SIZES_KB)] * 1024, i))
    return out


def _page(case: Case, size: int, seed: int) -> Page:
    raw = case.path.read_bytes()
    text = HtmlResponse(url=case.url, body=raw).text
    body = padded(text, size, seed).encode("utf-8")
    if b'charset="utf-8"' not in body.lower() and b"charset=utf-8" not in body.lower():
        body = body.replace(b"<head>", b'<head><meta charset="utf-8">', 1)
    spider = case.outlet if case.set == "known" else "generic"
    return Page(case.set, spider, case.url, body)


@lru_cache(maxsize=32)
def _run(spider: str) -> OfflineRun:
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("ITEM_PIPELINES", CHAIN, priority="cmdline")
    settings.set("LOG_ENABLED", False, priority="cmdline")
    logging.getLogger(spider).setLevel(logging.ERROR)  # "no body" warnings are counted
    if not is_reactor_installed():
        install_reactor(settings["TWISTED_REACTOR"])
    return OfflineRun(SpiderLoader.from_settings(settings).load(spider), settings)


def product(page: Page) -> dict | None:
    """The product's per-article chain on one page."""
    run = _run(page.spider)
    response = HtmlResponse(url=page.url, body=page.body, request=Request(page.url))
    record, _ = run.process(run.spider.parse_article(response))
    return record


def baseline(page: Page) -> str | None:
    return trafilatura.extract(page.body)


@dataclass
class PageTiming:
    set: str
    pages: int
    mean_kb: float
    product_s: float  # CPU seconds per page
    trafilatura_s: float
    product_found: int  # pages where a body came out
    trafilatura_found: int

    @property
    def ratio(self) -> float:
        return self.product_s / self.trafilatura_s if self.trafilatura_s else float("inf")


def measure(rounds: int = 5) -> list[PageTiming]:
    """CPU time per page of both, per set (known outlets, generic path)."""
    all_pages = pages()
    found = {"product": set(), "trafilatura": set()}
    for i, page in enumerate(all_pages):  # warm-up (lazy lexicons, selectors) and yield
        record = product(page)
        if record and record.get("body"):
            found["product"].add(i)
        if baseline(page):
            found["trafilatura"].add(i)
    results = []
    for name in ("known", "generic"):
        indices = [i for i, p in enumerate(all_pages) if p.set == name]
        group = [all_pages[i] for i in indices]
        spent = {"product": 0.0, "trafilatura": 0.0}
        for _ in range(rounds):
            for page in group:
                t0 = time.process_time()
                product(page)
                t1 = time.process_time()
                baseline(page)
                t2 = time.process_time()
                spent["product"] += t1 - t0
                spent["trafilatura"] += t2 - t1
        n = len(group) * rounds
        mean_kb = sum(len(p.body) for p in group) / len(group) / 1024
        results.append(
            PageTiming(
                name,
                len(group),
                mean_kb,
                spent["product"] / n,
                spent["trafilatura"] / n,
                len(found["product"].intersection(indices)),
                len(found["trafilatura"].intersection(indices)),
            )
        )
    return results

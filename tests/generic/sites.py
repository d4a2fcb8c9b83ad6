"""Small made-up news sites in several CMS families, for discovery from a home page.

Each site has 30 articles written from a sentence bank written for this project (no
real article text) and its own habits: how listings paginate, whether a feed is linked
or only sits at a usual path, where its sitemap is, how article URLs look, and what
furniture sits inside the article container. Home pages list only some articles, so
a crawler that reads the home page alone misses the rest.

``build_sites(root)`` writes every site into ``root/<host>/…`` (the mirror layout of
``crawler.mirror``) and returns each site's gold: article URL -> title and body.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import jdatetime

from crawler.mirror import MirrorServer, mirror_path

ARTICLES = 30
PROVINCES = (
    "زنجان",
    "همدان",
    "ایلام",
    "یزد",
    "اراک",
    "گلستان",
    "اردبیل",
    "قزوین",
    "سمنان",
    "لرستان",
)
SUBJECTS = (
    ("صادرات", "saderat"),
    ("تولید گندم", "gandom"),
    ("اشتغال", "eshteghal"),
    ("سرمایه‌گذاری", "sarmaye"),
    ("صنایع دستی", "sanaye"),
    ("گردشگری", "gardeshgari"),
)
ROLES = ("مدیرکل صنعت، معدن و تجارت", "معاون اقتصادی استاندار", "رئیس اتاق بازرگانی")
LATIN = ("zanjan", "hamedan", "ilam", "yazd", "arak", "golestan", "ardabil", "qazvin")
VERBS = ("afzayesh", "rekord", "tahavol", "gostaresh", "roshd")

# Sentence bank: {p} province, {s} subject, {r} role, {a}/{b}/{c} numbers.
LEADS = (
    "{r} استان {p} از رشد {s} در ماه‌های اخیر خبر داد",
    "{s} در استان {p} به بالاترین سطح چند سال گذشته رسید",
    "برنامه تازه‌ای برای رونق {s} در {p} به اجرا درآمد",
)
SENTENCES = (
    "{r} استان {p} در نشست خبری امروز گفت: حجم {s} استان در شش ماه نخست امسال به {a} "
    "میلیارد تومان رسیده که نسبت به مدت مشابه سال گذشته {b} درصد بیشتر است.",
    "وی افزود: بیش از {c} واحد تولیدی کوچک و متوسط در شهرک‌های صنعتی {p} در این مدت "
    "تسهیلات گرفته‌اند و بخش بزرگی از آنها دوباره با ظرفیت کامل کار می‌کنند.",
    "به گفته این مقام مسئول، کمبود نقدینگی و گرانی مواد اولیه همچنان دو مشکل اصلی "
    "فعالان {s} در استان است و دستگاه‌های اجرایی برای رفع آن جلسات منظمی دارند.",
    "{r} {p} همچنین از راه‌اندازی بازارچه‌ای دائمی برای عرضه محصولات محلی خبر داد و "
    "گفت این بازارچه تا پایان فصل پاییز در مرکز استان افتتاح می‌شود.",
    "بر اساس آمار رسمی، سهم {p} از {s} کشور اکنون حدود {b} درصد است و هدف‌گذاری "
    "برنامه هفتم توسعه رساندن این سهم به دو برابر مقدار فعلی در پنج سال آینده است.",
    "در این نشست نمایندگان بانک‌های عامل نیز حضور داشتند و قرار شد پرونده‌های معطل "
    "مانده در کمتر از یک ماه بررسی شود تا سرمایه‌گذاران سرگردان نمانند.",
    "کارشناسان اقتصادی می‌گویند نزدیکی {p} به بازارهای همسایه فرصتی کم‌نظیر برای "
    "{s} است، اما زیرساخت حمل و نقل جاده‌ای و ریلی استان هنوز کامل نشده است.",
    "وی در پایان با اشاره به سفر هیئت تجاری به استان گفت: تفاهم‌نامه‌هایی به ارزش "
    "{c} میلیون دلار امضا شده و اجرای نخستین آنها از ماه آینده آغاز می‌شود.",
    "فعالان بخش خصوصی {p} نیز خواستار کاهش بروکراسی اداری و یکپارچه شدن مجوزها در "
    "درگاه ملی شدند و گفتند هر ماه تاخیر هزینه تولید را بالا می‌برد.",
)


@dataclass(frozen=True)
class Article:
    n: int
    url: str
    title: str
    lead: str
    paragraphs: tuple[str, ...]
    date: jdatetime.date

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


def _fill(template: str, n: int) -> str:
    return template.format(
        p=PROVINCES[n % len(PROVINCES)],
        s=SUBJECTS[n % len(SUBJECTS)][0],
        r=ROLES[n % len(ROLES)],
        a=120 + 7 * n,
        b=3 + n % 17,
        c=40 + 3 * n,
    )


def make_article(n: int, url: str) -> Article:
    """Article ``n``: 4-6 paragraphs from the bank, different per ``n``."""
    count = 4 + n % 3
    paragraphs = tuple(_fill(SENTENCES[(n + 2 * i) % len(SENTENCES)], n) for i in range(count))
    title = _fill(LEADS[n % len(LEADS)], n) + f" (گزارش {n + 1})"
    lead = f"گزارشی از وضعیت {SUBJECTS[n % len(SUBJECTS)][0]} در استان {PROVINCES[n % 10]}."
    date = jdatetime.date(1403, 1, 10) + jdatetime.timedelta(days=3 * n)
    return Article(n, url, title, lead, paragraphs, date)


@dataclass
class Site:
    """One made-up site: its URLs, page templates and habits."""

    name: str
    host: str
    family: str
    article_path: Callable[[int], str]
    home_count: int  # articles listed on the home page
    page_size: int  # articles per listing page after the home page
    listing: Callable[[int], str]  # path of listing page k (k >= 2)
    pager: Callable[[str, int, int], str]  # (prev/next markup) for page k of last
    feed_path: str | None = None
    feed_linked: bool = False
    feed_count: int = 10
    atom: bool = False
    sitemap: str | None = None  # "robots", "robots-index", "plain", "news" or None
    archive_from_home: str | None = None  # home links here (a section) instead of paging
    furniture: tuple[str, ...] = ()  # in-article furniture lines (not in the gold body)
    articles: list[Article] = field(default_factory=list)
    base: str = ""  # scheme://host[:port] the site is built for (default https://host)

    @property
    def home(self) -> str:
        return self.url("/")

    def url(self, path: str) -> str:
        return f"{self.base or 'https://' + self.host}{path}"


# --- pagination habits -----------------------------------------------------------------


def pager_wordpress(href: str, k: int, last: int) -> str:
    nums = "".join(
        f'<a class="page-numbers" href="{"/" if i == 1 else f"/page/{i}/"}">{i}</a>'
        for i in range(1, last + 1)
        if i != k
    )
    nxt = f'<a class="next page-numbers" href="{href}">بعدی</a>' if href else ""
    return f'<nav class="navigation pagination"><div class="nav-links">{nums}{nxt}</div></nav>'


def pager_text(word: str) -> Callable[[str, int, int], str]:
    def pager(href: str, k: int, last: int) -> str:
        return f'<p style="text-align:left"><a href="{href}">{word}</a></p>' if href else ""

    return pager


def pager_drupal(href: str, k: int, last: int) -> str:
    if not href:
        return ""
    return (
        '<div class="item-list"><ul class="pager"><li class="pager-current">'
        f'{k}</li><li class="pager-next"><a href="{href}">›</a></li></ul></div>'
    )


def pager_joomla(href: str, k: int, last: int) -> str:
    nums = "".join(
        f'<li><a href="/index.php/akhbar?start={10 * (i - 1)}">{i}</a></li>'
        for i in range(2, last + 1)
        if i != k
    )
    nxt = f'<li><a title="بعدی" href="{href}">»</a></li>' if href else ""
    return f'<div class="pagination"><ul>{nums}{nxt}</ul></div>'


def pager_numbers(template: str) -> Callable[[str, int, int], str]:
    def pager(href: str, k: int, last: int) -> str:
        cells = "".join(
            f"<b>{i}</b>" if i == k else f'<a href="{template.format(i)}">{i}</a>'
            for i in range(1, last + 1)
        )
        return f'<div class="pages">صفحه: {cells}</div>'

    return pager


def pager_asam(href: str, k: int, last: int) -> str:
    return f'<div class="more"><a rel="next" href="{href}">اخبار قدیمی‌تر</a></div>' if href else ""


# --- the sites -------------------------------------------------------------------------


def _slug(n: int) -> str:
    return f"{SUBJECTS[n % 6][1]}-{LATIN[n % 8]}-{VERBS[n % 5]}-{chr(97 + n % 26)}{n // 26}"


SITES: tuple[Site, ...] = (
    Site(
        "wordpress",
        "www.karoon-eghtesad.ir",
        "wordpress",
        lambda n: f"/{_slug(n)}/",
        10,
        10,
        lambda k: f"/page/{k}/",
        pager_wordpress,
        feed_path="/feed/",
        feed_linked=True,
        sitemap="robots-index",
        furniture=("منبع: کارون اقتصاد", "دانلود فایل صوتی این گزارش"),
    ),
    Site(
        "aspnet",
        "www.ostan-portal.ir",
        "aspnet",
        lambda n: f"/NewsDetail.aspx?NewsID={5000 + n * 7}",
        8,
        10,
        lambda k: f"/NewsList.aspx?cat=1&p={k}",
        pager_text("صفحه بعد"),
        archive_from_home="/NewsList.aspx?cat=1&p=1",
        furniture=("کلیه حقوق این سایت متعلق به روابط عمومی استانداری است.", "پایان خبر"),
    ),
    Site(
        "drupal",
        "www.otagh-hamedan.ir",
        "drupal",
        lambda n: f"/fa/akhbar/{_slug(n)}",
        6,
        8,
        lambda k: f"/fa/akhbar?page={k - 1}",
        pager_drupal,
        feed_path="/rss.xml",
        feed_linked=True,
        feed_count=10,
        archive_from_home="/fa/akhbar",
        furniture=("برای مشاهده این ویدیو لطفا نسخه جدید پخش‌کننده را نصب کنید",),
    ),
    Site(
        "joomla",
        "www.shahrdari-arak.ir",
        "joomla",
        lambda n: f"/index.php/akhbar/{300 + n}-{_slug(n)}",
        5,
        10,
        lambda k: f"/index.php/akhbar?start={10 * (k - 1)}",
        pager_joomla,
        sitemap="plain",
        archive_from_home="/index.php/akhbar",
        furniture=("انتهای خبر",),
    ),
    Site(
        "tables",
        "www.yazd-bazar.ir",
        "tables",
        lambda n: f"/show.php?id={n + 11}",
        7,
        10,
        lambda k: f"/list.php?page={k}",
        pager_numbers("/list.php?page={}"),
        sitemap="robots",
        archive_from_home="/list.php?page=1",
        furniture=("تمامی حقوق مادی و معنوی این پایگاه محفوظ است",),
    ),
    Site(
        "asam",
        "www.khabar-ilam.ir",
        "asam",
        lambda n: (
            f"/fa/news/{(d := jdatetime.date(1403, 1, 10) + jdatetime.timedelta(days=3 * n)).year}"
            f"/{d.month:02d}/{d.day:02d}/{3100000 + 17 * n}/{_slug(n)}"
        ),
        8,
        8,
        lambda k: f"/fa/service/economy?page={k}",
        pager_asam,
        feed_path="/fa/rss",
        feed_count=15,
        sitemap="news",
        archive_from_home="/fa/service/economy",
        furniture=("انتهای پیام/ م", "ویدیوی مرتبط را در آپارات ببینید"),
    ),
    Site(
        "iransamaneh",
        "www.golestan-khabar.ir",
        "iransamaneh",
        lambda n: f"/fa/news/{88000 + 13 * n}/{_slug(n)}",
        10,
        10,
        lambda k: f"/fa/allnews/page/{k}/",
        pager_numbers("/fa/allnews/page/{}/"),
        feed_path="/fa/atom",
        feed_linked=True,
        feed_count=12,
        atom=True,
        archive_from_home="/fa/allnews/page/1/",
        furniture=("/ ن",),
    ),
    Site(
        "nastooh",
        "www.sepidar-khabar.ir",
        "nastooh",
        lambda n: f"/news/{240000 + 29 * n}/{_slug(n)}",
        15,
        15,
        lambda k: f"/?page={k}",
        pager_text("صفحه بعد"),
        feed_path="/rss",
        feed_count=10,
        furniture=("پخش ویدیو", "مدت زمان: ۰۲:۳۴"),
    ),
)


# --- pages -----------------------------------------------------------------------------

NAV = (
    ("اقتصادی", "/economy"),
    ("استان‌ها", "/provinces"),
    ("درباره ما", "/about"),
    ("تماس با ما", "/contact"),
)


def _page(site: Site, title: str, head: str, main: str, sidebar: str = "") -> str:
    nav = "".join(f'<li><a href="{href}">{text}</a></li>' for text, href in NAV)
    feed = ""
    if site.feed_path and site.feed_linked:
        kind = "atom+xml" if site.atom else "rss+xml"
        feed = f'<link rel="alternate" type="application/{kind}" href="{site.feed_path}">'
    if site.family == "tables":
        return (
            f'<html><head><meta charset="utf-8"><title>{title}</title>{head}{feed}</head>'
            '<body><table width="900" align="center"><tr><td colspan="2">'
            '<img src="/logo.gif" alt=""></td></tr><tr>'
            f'<td width="180" valign="top" class="menu"><ul>{nav}</ul>{sidebar}</td>'
            f'<td valign="top">{main}</td></tr>'
            '<tr><td colspan="2"><font size="1">طراحی سایت: گروه نرم‌افزاری</font>'
            "</td></tr></table></body></html>"
        )
    return (
        f'<!DOCTYPE html><html lang="fa" dir="rtl"><head><meta charset="utf-8">'
        f"<title>{title}</title>{head}{feed}</head><body>"
        f'<header class="site-header"><a href="/" class="logo">{site.name}</a>'
        f'<nav class="main-menu"><ul>{nav}</ul></nav></header>'
        f'<div class="wrap"><main>{main}</main>'
        f'<aside class="sidebar">{sidebar}</aside></div>'
        '<footer class="site-footer"><p>کلیه حقوق برای این پایگاه محفوظ است.</p></footer>'
        "</body></html>"
    )


def _teaser(site: Site, a: Article) -> str:
    return (
        f'<div class="item"><h3><a href="{a.url}">{a.title}</a></h3>'
        f"<p>{a.lead}</p><span>{a.date.strftime('%Y/%m/%d')}</span></div>"
    )


def _sidebar(site: Site, exclude: int) -> str:
    picks = [a for a in site.articles[:5] if a.n != exclude][:4]
    links = "".join(f'<li><a href="{a.url}">{a.title}</a></li>' for a in picks)
    return f'<div class="popular"><h4>پربازدیدها</h4><ul>{links}</ul></div>'


def article_page(site: Site, a: Article) -> str:
    """The article in its family's markup, with the site's furniture inside the body."""
    paras = list(a.paragraphs)
    body = "".join(f"<p>{p}</p>" for p in paras)
    extra = "".join(f"<p>{f}</p>" for f in site.furniture)
    iso = a.date.togregorian().isoformat()
    head = (
        f'<meta property="og:title" content="{a.title}">'
        f'<meta name="description" content="{a.lead}">'
        f'<meta property="article:published_time" content="{iso}T09:00:00+03:30">'
    )
    if site.family == "tables":
        main = (
            f'<table><tr><td class="titr"><b>{a.title}</b></td></tr>'
            f"<tr><td>{a.lead}</td></tr><tr><td>{'<br><br>'.join(paras)}<br><br>"
            f"{'<br>'.join(site.furniture)}</td></tr></table>"
        )
    elif site.family == "wordpress":
        main = (
            f'<article class="post"><h1 class="entry-title">{a.title}</h1>'
            f'<div class="entry-content"><p>{a.lead}</p>{body}'
            f'<div class="wp-audio-shortcode"><a href="/a{a.n}.mp3">دانلود</a></div>{extra}'
            '</div><div class="sharedaddy">اشتراک‌گذاری</div></article>'
        )
    elif site.family in ("asam", "nastooh", "iransamaneh"):
        video = (
            f'<div class="video-box"><video src="/v{a.n}.mp4"></video>{extra}</div>'
            if site.family == "nastooh"
            else extra
        )
        main = (
            f'<article><div class="kicker">اقتصادی</div><h1 class="title">{a.title}</h1>'
            f'<p class="lead">{a.lead}</p><div class="story">{body}'
            f"{'' if site.family == 'nastooh' else video}</div>"
            f"{video if site.family == 'nastooh' else ''}"
            '<ul class="tags"><li>اقتصاد</li></ul></article>'
        )
    else:
        main = (
            f'<div class="content"><h1>{a.title}</h1><div class="summary">{a.lead}</div>'
            f'<div class="field-body">{body}{extra}</div></div>'
        )
    return _page(site, a.title, head, main, _sidebar(site, a.n))


def listing_page(site: Site, items: list[Article], pager: str, title: str) -> str:
    teasers = "".join(_teaser(site, a) for a in items)
    if site.family == "tables":
        teasers = "<table>" + "".join(f"<tr><td>{_teaser(site, a)}</td></tr>" for a in items)
        teasers += "</table>"
    links = "".join(f'<li><a href="{href}">{text}</a></li>' for text, href in NAV[:2])
    archive = (
        f'<p><a href="{site.archive_from_home}">آرشیو</a></p>' if site.archive_from_home else ""
    )
    return _page(
        site,
        title,
        "",
        f'<h2>{title}</h2><div class="list">{teasers}</div>{pager}{archive}<ul>{links}</ul>',
    )


def feed_xml(site: Site) -> str:
    items = site.articles[: site.feed_count]
    if site.atom:
        entries = "".join(
            f'<entry><title>{a.title}</title><link href="{a.url}"/><id>{a.url}</id></entry>'
            for a in items
        )
        return f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">{entries}</feed>'
    entries = "".join(f"<item><title>{a.title}</title><link>{a.url}</link></item>" for a in items)
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{site.name}</title>{entries}</channel></rss>"
    )


def _urlset(urls: list[str], news: bool = False) -> str:
    ns = ' xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"' if news else ""
    extra = (
        "<news:news><news:publication><news:name>x</news:name><news:language>fa"
        "</news:language></news:publication></news:news>"
        if news
        else ""
    )
    body = "".join(f"<url><loc>{u}</loc>{extra}</url>" for u in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"{ns}>{body}</urlset>'
    )


def _index(urls: list[str]) -> str:
    body = "".join(f"<sitemap><loc>{u}</loc></sitemap>" for u in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</sitemapindex>'
    )


def _write(root: Path, url: str, text: str) -> None:
    path = mirror_path(root, url)
    assert path is not None
    if path.exists() and path.is_dir():
        path = path / "index.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def build_site(root: Path, site: Site, base: str = "") -> dict[str, Article]:
    """Write one site (newest article first everywhere); return its articles by URL.

    ``base`` (``http://127.0.0.1:8123``) builds it for a local server instead of its
    https host: every absolute URL in its pages, feeds and sitemaps uses it.
    """
    site.base = base
    site.articles = [
        make_article(n, site.url(site.article_path(n))) for n in reversed(range(ARTICLES))
    ]
    arts = site.articles
    robots = "User-agent: *\nDisallow: /search\nDisallow: /admin/\n"
    # Articles first: a listing whose path is also the articles' folder is its index.html.
    for a in arts:
        _write(root, a.url, article_page(site, a))
    # Home: the newest few, then either pages of its own or a link to an archive section.
    if site.archive_from_home:
        home_pager = ""
        pages = [arts[i : i + site.page_size] for i in range(0, len(arts), site.page_size)]
        first_listing = site.archive_from_home
    else:
        rest = arts[site.home_count :]
        pages = [rest[i : i + site.page_size] for i in range(0, len(rest), site.page_size)]
        home_pager = site.pager(site.listing(2), 1, len(pages) + 1) if pages else ""
        first_listing = None
    _write(root, site.home, listing_page(site, arts[: site.home_count], home_pager, site.name))
    offset = 1 if site.archive_from_home else 2
    for i, items in enumerate(pages):
        k = i + offset
        last = len(pages) + offset - 1
        nxt = site.listing(k + 1) if k < last else ""
        url = site.url(first_listing if (first_listing and k == 1) else site.listing(k))
        _write(root, url, listing_page(site, items, site.pager(nxt, k, last), f"آرشیو - {k}"))
    for _, href in NAV:
        _write(root, site.url(href), listing_page(site, arts[3:7], "", "بخش"))
    if site.feed_path:
        _write(root, site.url(site.feed_path), feed_xml(site))
    urls = [a.url for a in arts]
    if site.sitemap == "robots-index":
        parts = [site.url("/wp-sitemap-posts-post-1.xml"), site.url("/wp-sitemap-pages-1.xml")]
        _write(root, site.url("/wp-sitemap.xml"), _index(parts))
        _write(root, parts[0], _urlset(urls))
        _write(root, parts[1], _urlset([site.url("/about"), site.url("/contact")]))
        robots += f"Sitemap: {site.url('/wp-sitemap.xml')}\n"
    elif site.sitemap == "robots":
        parts = [site.url("/sitemap-1.xml"), site.url("/sitemap-2.xml")]
        _write(root, site.url("/sitemap_index.xml"), _index(parts))
        _write(root, parts[0], _urlset(urls[:15]))
        _write(root, parts[1], _urlset(urls[15:]))
        robots += f"Sitemap: {site.url('/sitemap_index.xml')}\n"
    elif site.sitemap == "plain":
        _write(root, site.url("/sitemap.xml"), _urlset(urls))
    elif site.sitemap == "news":
        _write(root, site.url("/sitemap/news.xml"), _urlset(urls[:20], news=True))
        robots += f"Sitemap: {site.url('/sitemap/news.xml')}\n"
    _write(root, site.url("/robots.txt"), robots)
    return {a.url: a for a in arts}


def build_sites(root: Path, names: tuple[str, ...] = ()) -> dict[str, dict[str, Article]]:
    """Write the sites (all, or those named) under ``root``; gold per site name."""
    return {s.name: build_site(root, s) for s in SITES if not names or s.name in names}


def site_by_name(name: str) -> Site:
    return next(s for s in SITES if s.name == name)


@contextmanager
def served_site(root: Path, site: Site) -> Iterator[tuple[str, dict[str, Article]]]:
    """The site built for and served by its own server on 127.0.0.1: (home URL, gold)."""
    folder = root / site.name
    folder.mkdir(parents=True, exist_ok=True)
    with MirrorServer(folder, site="127.0.0.1") as server:
        gold = build_site(folder, site, base=server.url)
        yield site.home, gold


def gold_json(articles: dict[str, Article]) -> str:
    """The gold of one site as JSON (for eyes; the evaluation uses the objects)."""
    return json.dumps(
        {u: {"title": a.title, "body": a.body} for u, a in articles.items()},
        ensure_ascii=False,
        indent=1,
    )


def host_of(url: str) -> str:
    return urlsplit(url).hostname or ""

"""The HTML layer: outlet rules first, the density generic path behind them."""

from __future__ import annotations

from crawler.cleaning.html import density_body, extract_body
from crawler.cleaning.rules import ContentRules
from spiders.tasnim import TasnimSpider
from tests.conftest import FIXTURES

RULES = ContentRules(root=(".story",), drop=(".related", ".share", "figure"), family="test")
PARAS = [
    "به گزارش خبرنگار ما از سمنان، مدیرکل صنعت، معدن و تجارت استان گفت: ۱۲ واحد صنعتی "
    "راکد امسال با حمایت ستاد تسهیل دوباره فعال شده‌اند.",
    "وی افزود: برای تکمیل زیرساخت‌های شهرک‌های صنعتی ۴۵۰ میلیارد تومان اعتبار پیش‌بینی "
    "شده و بخش عمده آن صرف تأمین آب و برق می‌شود.",
    "مدیرکل صمت سمنان با اشاره به صادرات استان گفت: ارزش صادرات غیرنفتی در سال گذشته "
    "به ۳۱۰ میلیون دلار رسید که نسبت به سال قبل ۱۴ درصد بیشتر است.",
]
NAV = (
    "<nav><ul>" + "".join(f"<li><a href='/{i}'>بخش {i}</a></li>" for i in range(20)) + "</ul></nav>"
)
COMMENTS = (
    "<section class='comments'><h4>نظر شما</h4><p>این خبر خیلی خوب بود و امیدوارم ادامه "
    "پیدا کند چون منطقه ما به کار نیاز دارد</p><form><input name='captcha'></form></section>"
)


def page(body_class: str) -> str:
    story = (
        f"<p>{PARAS[0]}</p><figure><img src='x.jpg'><figcaption>نمای شهرک</figcaption></figure>"
        "<div class='related'>بیشتر بخوانید <a href='/r'>خبر مرتبط درباره بازار</a></div>"
        f"<p>{PARAS[1]}</p><div class='share'>اشتراک گذاری</div><p>{PARAS[2]}</p>"
    )
    return (
        f"<html><body>{NAV}<article><h1>تیتر</h1><div class='{body_class}'>{story}</div>"
        f"</article>{COMMENTS}<footer>کلیه حقوق محفوظ است</footer></body></html>"
    )


def test_rules_drop_furniture_nested_inside_the_body() -> None:
    paragraphs, path = extract_body(page("story"), RULES)
    assert path == "rules"
    assert paragraphs == PARAS


def test_selectors_matching_nothing_fall_back_to_the_generic_path() -> None:
    paragraphs, path = extract_body(page("news-text-v2"), RULES)
    assert path == "generic"
    assert paragraphs == PARAS  # the rules' drop selectors still apply on drift


def test_rules_yielding_too_little_fall_back_to_the_generic_path() -> None:
    html = page("news-text-v2").replace("<h1>تیتر</h1>", "<div class='story'><p>کوتاه</p></div>")
    paragraphs, path = extract_body(html, RULES)
    assert path == "generic"
    assert paragraphs[-1] == PARAS[-1]


def test_no_rules_and_no_text() -> None:
    assert extract_body("", RULES) == ([], "none")
    assert extract_body("<html><body><nav>صفحه نخست</nav></body></html>", None)[1] == "none"


def test_density_ignores_nav_comments_and_link_lists() -> None:
    paragraphs = density_body(page("whatever"))
    assert paragraphs[0] == PARAS[0] and paragraphs[-1] == PARAS[-1]
    text = "\n".join(paragraphs)
    for furniture in ("بخش 3", "نظر شما", "کلیه حقوق", "خبر مرتبط درباره بازار"):
        assert furniture not in text


def test_zwnj_in_the_html_survives_extraction() -> None:
    html = (
        FIXTURES / "mirror/www.tasnimnews.com/fa/news/1403/02/23/3091204/qazvin-industrial-parks"
    ).read_text(encoding="utf-8")
    paragraphs, path = extract_body(html, TasnimSpider.content)
    assert path == "rules"
    assert "شهرک‌های صنعتی" in paragraphs[0]


def test_a_page_wide_form_holding_the_article_is_kept_under_heavy_link_furniture() -> None:
    """ASP.NET/DNN: one <form> wraps the article; outside it, link boxes with time stamps
    carry more text than the article. The form must still count as holding the prose."""
    article = "".join(f"<p>{p}</p>" for p in PARAS)
    boxes = "".join(
        '<section class="box"><ul>'
        + "".join(
            f'<li><a href="/n/{i}{j}">عنوان خبری شماره {i}{j} درباره بازار و استان</a>'
            f"<time>{j % 23}:{10 + j % 49}</time></li>"
            for j in range(20)
        )
        + "</ul></section>"
        for i in range(30)
    )
    html = f'<html><body>{boxes}<form id="form1"><div>{article}</div></form>{boxes}</body></html>'
    paragraphs = density_body(html)
    assert paragraphs == PARAS

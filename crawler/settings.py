"""Scrapy settings for the provincial economic news crawler.

Defaults are chosen for unattended runs (cron) against real outlets: polite, retrying,
UTF-8 feeds. Tests and the demo switch on the local mirror with ``MIRROR_DIR`` or
``MIRROR_URL``; nothing else changes between a mirror run and a real one.
"""

from pathlib import Path

BOT_NAME = "crawler"
PROJECT_ROOT = Path(__file__).resolve().parent.parent

SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"
COMMANDS_MODULE = "crawler.commands"

# --- Politeness -------------------------------------------------------------------
USER_AGENT = (
    "provincial-news-crawler/0.1 (+research crawler of Persian provincial economic news; "
    "respects robots.txt)"
)
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
DOWNLOAD_TIMEOUT = 30
# Large pages are cut off rather than allowed to exhaust memory.
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

# --- Local mirror (replay) ----------------------------------------------------------
# MIRROR_DIR: serve this folder on 127.0.0.1 (a free port) and route every request there.
# MIRROR_URL: route every request to an already running mirror server.
# Records keep the original https URLs either way.
MIRROR_DIR = None
MIRROR_URL = None
DOWNLOAD_HANDLERS = {
    "http": "crawler.mirror.MirrorAwareDownloadHandler",
    "https": "crawler.mirror.MirrorAwareDownloadHandler",
}

# --- Discovery ---------------------------------------------------------------------
DEPTH_LIMIT = 4
# How many pages of one section listing a spider follows (pagination).
LISTING_MAX_PAGES = 5
REQUEST_FINGERPRINTER_CLASS = "crawler.urls.CanonicalRequestFingerprinter"

# --- Pipelines (ordered in hundreds) ------------------------------------------------
ITEM_PIPELINES = {
    "pipelines.boilerplate.BoilerplatePipeline": 200,
    "pipelines.normalise.NormalisePipeline": 300,
    "pipelines.extraction.ExtractionPipeline": 400,
    "pipelines.validation.ValidationPipeline": 800,
}

# --- Feeds ---------------------------------------------------------------------------
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORT_FIELDS = [
    "url",
    "outlet",
    "news_id",
    "title",
    "supertitle",
    "lead",
    "body",
    "published",
    "published_jalali",
    "section",
    "tags",
    "attributed_to",
    "provinces",
    "people",
    "figures",
    "provincial_economy",
    "content_path",
    "crawled_at",
    "errors",
]
# Default feed: one file per run and spider. `-O file.jsonl` on the command line replaces it.
FEEDS = {
    str(PROJECT_ROOT / "output" / "%(name)s" / "%(time)s.jsonl"): {
        "format": "jsonlines",
        "encoding": "utf-8",
    }
}

LOG_LEVEL = "INFO"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

# Schema-invalid records are written here (one file per spider and run), never dropped
# silently.
REJECTS_DIR = str(PROJECT_ROOT / "output" / "rejects")

"""Scrapy settings for the provincial economic news crawler.

Defaults are chosen for unattended runs (cron) against real outlets: polite, retrying,
UTF-8 feeds. Tests and the demo switch on the local mirror with ``MIRROR_DIR`` or
``MIRROR_URL``; nothing else changes between a mirror run and a real one.
"""

from pathlib import Path

from crawler.schema import RECORD_FIELDS

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
# Retries wait (crawler/middlewares/backoff.py): the site's delay becomes BASE * 2**attempt seconds,
# or its Retry-After, at most MAX; 0 for MAX retries at once as stock Scrapy does.
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 60.0
DOWNLOAD_TIMEOUT = 30
# Large pages are cut off rather than allowed to exhaust memory.
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
COOKIES_ENABLED = False
# The HTTP cache (off by default; HTTPCACHE_ENABLED=True for re-extraction) never
# writes Authorization, cookies or API keys to its files (crawler/middlewares/httpcache.py).
HTTPCACHE_STORAGE = "crawler.middlewares.httpcache.SecretFreeCacheStorage"
# Pages are decoded by what their bytes are, not only by what they declare: an
# undeclared or misdeclared windows-1256 page otherwise becomes cp1252 mojibake
# (crawler/cleaning/encoding.py). False keeps Scrapy's own choice of charset.
CHARSET_DETECTION = True
TELNETCONSOLE_ENABLED = False
# No listening control ports on unattended servers.
REMOTE_CONTROL_ENABLED = False

# --- Local mirror (replay) ----------------------------------------------------------
# MIRROR_DIR: serve this folder on 127.0.0.1 (a free port) and route every request there.
# MIRROR_URL: route every request to an already running mirror server.
# Records keep the original https URLs either way.
MIRROR_DIR = None
MIRROR_URL = None
DOWNLOAD_HANDLERS = {
    "http": "crawler.mirror.MirrorAwareDownloadHandler",
    "https": "crawler.mirror.MirrorAwareDownloadHandler",
    # Only http(s) exist at all: a crafted link can never read local files or buckets.
    "file": None,
    "s3": None,
    "ftp": None,
    "data": None,
}

# --- Discovery ---------------------------------------------------------------------
DEPTH_LIMIT = 4
# How many pages of one section listing a spider follows (pagination).
LISTING_MAX_PAGES = 5
# How many section pages the generic spider opens from a home page (most promising
# first: archive, news, economy), beyond the home page's own pagination.
GENERIC_SECTION_BUDGET = 8
REQUEST_FINGERPRINTER_CLASS = "crawler.urls.CanonicalRequestFingerprinter"

# --- Pipelines (ordered in hundreds) ------------------------------------------------
ITEM_PIPELINES = {
    "pipelines.boilerplate.BoilerplatePipeline": 200,
    "pipelines.normalise.NormalisePipeline": 300,
    "pipelines.extraction.ExtractionPipeline": 400,
    "pipelines.cutoff.CutoffPipeline": 410,
    "pipelines.topic.TopicPipeline": 500,
    "pipelines.duplicates.DuplicatePipeline": 700,
    "pipelines.validation.ValidationPipeline": 800,
    "pipelines.feed.FeedPipeline": 900,
}
# provincial_economy is always set; "only" also drops records outside the topic.
TOPIC_FILTER = "flag"

# --- Middlewares and extensions (see docs/security.md) -------------------------------
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.guard.AddressGuardMiddleware": 40,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.backoff.BackoffRetryMiddleware": 550,
    "crawler.middlewares.limits.HtmlSizeLimitMiddleware": 585,
    "crawler.middlewares.guard.RedirectScopeMiddleware": 650,
}
SPIDER_MIDDLEWARES = {
    "crawler.middlewares.incremental.IncrementalSpiderMiddleware": 900,
    "crawler.middlewares.limits.HtmlTruncatedErrorsMiddleware": 950,
}
EXTENSIONS = {
    "crawler.extensions.redact.RedactionExtension": 0,
    "crawler.extensions.safepath.SafeFilesExtension": 0,
    "crawler.extensions.summary.RunSummaryExtension": 500,
}
# Private, loopback, link-local and cloud-metadata addresses are refused (SSRF), also
# after DNS and redirects; True crawls an intranet, or allow networks one by one.
ADDRESS_GUARD_ALLOW_PRIVATE = False
ADDRESS_GUARD_ALLOWED_NETWORKS: list[str] = []
ADDRESS_GUARD_DNS_TIMEOUT = 5.0
# HTML kept per page; longer pages are cut and their records say "html_truncated".
HTML_MAXSIZE = 2 * 1024 * 1024
# Characters of article body kept (pipelines/boilerplate.py): normalisation and
# extraction cost grows with the text; longer bodies are cut, "body_truncated".
BODY_MAXCHARS = 100_000
# Scale-out: REDIS_URL switches the scheduler, dupefilter and state to Redis
# (docs/scale-out.md); without it the add-on does nothing.
ADDONS = {"crawler.scaleout.addon.RedisMode": 100}

# --- Incremental state and run health -----------------------------------------------
# Articles already emitted are not fetched again (REFRESH=True to re-fetch them);
# failed ones are retried. One SQLite file under STATE_DIR, or Redis with REDIS_URL.
INCREMENTAL = True
REFRESH = False
# A failed article is requested again in at most this many runs (0: no cap); URLs the
# address or redirect guard refused are never retried (crawler/state.py).
ARTICLE_MAX_ATTEMPTS = 5
STATE_DIR = str(PROJECT_ROOT / "state")
REDIS_URL = None
# A run is unhealthy (crawlall exits 1) when, over at least HEALTH_MIN_ITEMS articles,
# title or body fill rate is below HEALTH_MIN_FILL_RATE, or the outlet's content rules
# produced fewer than HEALTH_MIN_RULES_SHARE of the bodies (layout change).
HEALTH_MIN_ITEMS = 3
HEALTH_MIN_FILL_RATE = 0.8
HEALTH_MIN_RULES_SHARE = 0.5

# --- Feeds ---------------------------------------------------------------------------
FEED_EXPORT_ENCODING = "utf-8"
# Export order is the record's field order, defined once with the item.
FEED_EXPORT_FIELDS = list(RECORD_FIELDS)
# Each run writes FEED_DIR/<spider>/<start time>.jsonl itself (pipelines/feed.py: written
# as .part, renamed at the end, latest.jsonl moved after a clean finish). `-o/-O file`
# on the command line (Scrapy's feed exports, FEEDS) replaces it.
FEEDS: dict = {}
FEED_DIR = str(PROJECT_ROOT / "output")
RUN_FEED_ENABLED = True
# fsync every record (survives power loss, not only a killed process); off by default.
RUN_FEED_FSYNC = False

LOG_LEVEL = "INFO"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"

# Schema-invalid records are written here (one file per spider and run), never dropped
# silently.
REJECTS_DIR = str(PROJECT_ROOT / "output" / "rejects")

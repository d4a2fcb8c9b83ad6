"""Scrapy middlewares (wired in ``crawler.settings``).

Downloader: ``guard`` (address and redirect scope), ``backoff`` (retries that wait),
``limits`` (HTML size bound). Spider: ``incremental`` (skip emitted, retry failed),
``limits`` (the ``html_truncated`` error code).
"""

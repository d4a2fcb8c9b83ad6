"""Scrapy extensions (``EXTENSIONS`` in ``crawler.settings``): log redaction, safe file
names, the run summary."""

"""Item pipelines, one per file, ordered in hundreds in ``crawler.settings``.

Each pipeline is a thin class around plain functions in ``crawler.cleaning``,
``crawler.extraction`` and ``crawler.record``, which are tested without Scrapy.
"""

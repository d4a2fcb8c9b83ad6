"""Article stages: what each item pipeline does, as plain functions with no Scrapy import.

Pipelines (``pipelines/``) call one of these and count stats; the functions build on
``crawler.cleaning`` and ``crawler.extraction``.
"""

"""Project signals (Scrapy's signal manager carries them between components)."""

#: Sent by spiders when an article request fails for good: ``request``, ``reason``.
article_failed = object()

"""Custom Scrapy commands (``COMMANDS_MODULE``): extract, crawlall."""

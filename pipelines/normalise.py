"""300: hazm normalisation of every text field (``crawler.stages.normalise``)."""

from __future__ import annotations

from typing import Any

from crawler.stages.normalise import normalise_article


class NormalisePipeline:
    def process_item(self, item: Any) -> Any:
        normalise_article(item)
        return item

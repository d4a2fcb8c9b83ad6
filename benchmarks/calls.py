"""``python -m benchmarks.calls``: Python and regex calls per article in the extraction stage.

Why: the stage's time on a shared machine moves by 10 % from run to run, so a speed change
of a few per cent cannot be shown by timing alone. Call counts are deterministic: the same
code on the same inputs gives the same counts on any machine, so a before/after of a speed
pass is exact. The inputs are the benchmark pages (``benchmarks.pages``), each taken through
the pipelines before extraction once; then ``extract_article`` runs once per article under
cProfile. To count another checkout's code, run this file with that checkout first on the
path: ``PYTHONPATH=OTHER .venv/bin/python benchmarks/calls.py``.
"""

from __future__ import annotations

import cProfile
import pstats
from typing import Any

from scrapy.http import HtmlResponse, Request

from benchmarks.pages import _run, pages
from crawler.stages.extraction import extract_article


def extraction_inputs() -> list[dict[str, Any]]:
    """Each benchmark page as it reaches the extraction pipeline."""
    items = []
    for page in pages():
        run = _run(page.spider)
        response = HtmlResponse(url=page.url, body=page.body, request=Request(page.url))
        current = run.spider.parse_article(response)
        for pipeline in run.pipelines:
            if type(pipeline).__name__ == "ExtractionPipeline":
                break
            current = pipeline.process_item(current)
        items.append(dict(current))
    return items


def count_calls(items: list[dict[str, Any]]) -> tuple[float, float]:
    """(Python calls, regex method calls) per article for one pass of ``extract_article``."""
    for item in items:  # warm-up: first-use compilation and table building are start-up
        extract_article(dict(item))
    profile = cProfile.Profile()
    profile.enable()
    for item in items:
        extract_article(dict(item))
    profile.disable()
    stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
    total = sum(calls for (calls, *_rest) in stats.values())
    regex = sum(
        calls
        for (_file, _line, name), (calls, *_rest) in stats.items()
        if name.startswith("<method '") and "re.Pattern" in name
    )
    return total / len(items), regex / len(items)


def main() -> None:
    items = extraction_inputs()
    python_calls, regex_calls = count_calls(items)
    print(f"{len(items)} articles, per article: {python_calls:,.0f} Python calls,", end=" ")
    print(f"{regex_calls:,.0f} regex calls")


if __name__ == "__main__":
    main()

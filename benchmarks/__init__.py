"""Benchmarks: per-page speed against trafilatura, crawl throughput and memory (issue 7).

Run ``python -m benchmarks`` (see ``benchmarks/__main__.py``); results and the machine
they were measured on are kept in ``benchmarks/RESULTS.md``.
"""

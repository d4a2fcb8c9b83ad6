"""Helpers of the security tests: settings with the security components, mirrors, tripwire."""

from __future__ import annotations

import importlib
import json
import re
import socket
import socketserver
from pathlib import Path

from crawler import settings as project_settings

HOST = "www.example-news.ir"

# What docs/security.md asks to add to crawler/settings.py, merged with the project's
# own entries, so these tests run the same once the lead has added them.
SECURITY_DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.guard.AddressGuardMiddleware": 40,
    "crawler.middlewares.limits.HtmlSizeLimitMiddleware": 585,
    "crawler.middlewares.guard.RedirectScopeMiddleware": 650,
}
SECURITY_SPIDER_MIDDLEWARES = {"crawler.middlewares.limits.HtmlTruncatedErrorsMiddleware": 950}
SECURITY_EXTENSIONS = {
    "crawler.extensions.redact.RedactionExtension": 0,
    "crawler.extensions.safepath.SafeFilesExtension": 0,
}


def _merged(name: str, extra: dict[str, int]) -> str:
    return json.dumps({**getattr(project_settings, name, {}), **extra})


def security_settings(**overrides: str) -> dict[str, str]:
    """Crawl settings with the security components on (and the project's others kept)."""
    settings = {
        "DOWNLOADER_MIDDLEWARES": _merged(
            "DOWNLOADER_MIDDLEWARES", SECURITY_DOWNLOADER_MIDDLEWARES
        ),
        "SPIDER_MIDDLEWARES": _merged("SPIDER_MIDDLEWARES", SECURITY_SPIDER_MIDDLEWARES),
        "EXTENSIONS": _merged("EXTENSIONS", SECURITY_EXTENSIONS),
    }
    try:
        importlib.import_module("pipelines.extraction")
    except ImportError:  # extraction still landing: run without that one stage
        pipelines = dict(project_settings.ITEM_PIPELINES)
        pipelines.pop("pipelines.extraction.ExtractionPipeline", None)
        settings["ITEM_PIPELINES"] = json.dumps(pipelines)
    settings.update(overrides)
    return settings


def stat(log: str, name: str) -> int:
    """An integer stat from the stats dump at the end of a crawl log (0 if absent)."""
    match = re.search(rf"'{re.escape(name)}': (\d+)", log)
    return int(match.group(1)) if match else 0


def article_html(title: str, n: int = 3) -> str:
    paragraph = (
        "به گزارش خبرنگار اقتصادی، مدیرکل صنعت، معدن و تجارت استان قزوین گفت: صادرات "
        "استان در سال جاری به ۱۲۰ میلیون دلار رسیده و نسبت به سال گذشته بیشتر شده است."
    )
    body = "".join(f"<p>{paragraph}</p>" for _ in range(n))
    return (
        f'<html lang="fa"><head><meta charset="utf-8"><title>{title}</title></head>'
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def write_page(root: Path, url_path: str, content: str | bytes, meta: dict | None = None) -> Path:
    """Put one page in a mirror folder at ``<root>/<HOST>/<url_path>``."""
    path = root / HOST / url_path.lstrip("/")
    if url_path.endswith("/"):
        path = path / "index.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    if meta is not None:
        path.with_name(path.name + ".meta.json").write_text(json.dumps(meta), encoding="utf-8")
    return path


class _Recorder(socketserver.BaseRequestHandler):
    server: Tripwire

    def handle(self) -> None:
        self.request.settimeout(2)
        try:
            first = self.request.recv(4096)
        except OSError:
            first = b""
        self.server.connections.append(first.split(b"\r\n", 1)[0].decode("latin-1"))
        try:
            self.request.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
        except OSError:
            pass


class Tripwire(socketserver.ThreadingTCPServer):
    """A listener that must stay silent: it records the request line of each connection."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(self) -> None:
        self.connections: list[str] = []
        super().__init__(("127.0.0.1", 0), _Recorder)

    @property
    def port(self) -> int:
        return int(self.server_address[1])


def free_port() -> int:
    """A 127.0.0.1 port nobody listens on (connections to it would be refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])

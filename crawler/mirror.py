"""The local mirror: saved pages served on 127.0.0.1 at their original paths.

No machine that runs the tests reaches the outlets, so crawls are replayed against a
folder laid out as ``<root>/<host>/<path>``. A request for
``https://www.tasnimnews.com/fa/news/1403/02/23/1/x`` is sent to
``http://127.0.0.1:<port>/www.tasnimnews.com/fa/news/1403/02/23/1/x`` and the response
is handed back to Scrapy under the original URL, so spiders, robots.txt handling,
dedupe and records never see the mirror.

File mapping rules (the same for the server and for whoever writes fixtures):

- a path ending in ``/`` (or empty) maps to ``index.html`` in that folder;
- a query string is kept in the file name after ``__q__`` (``details.aspx?id=7`` is
  ``details.aspx__q__id=7``), because the old ASP.NET sites put ids in queries;
- an optional sidecar ``<file>.meta.json`` sets the ``status`` and ``headers`` the page
  was answered with (a saved 404, 503 with ``Retry-After``, a redirect);
- a missing file is a 404.

Playing a failing site (resets, truncated and bloated bodies, delays, redirect loops, a
site that recovers after N requests) is test equipment: ``tests/faulty_mirror.py``
subclasses the request handler here.

``python -m crawler.mirror FOLDER [--port N]`` serves a folder in its own process (the
benchmarks do, so the server does not share the crawler's CPU and memory).
"""

from __future__ import annotations

import json
import logging
import mimetypes
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.crawler import Crawler
from scrapy.http import Request, Response

logger = logging.getLogger(__name__)

QUERY_MARK = "__q__"


def mirror_path(root: Path, url: str) -> Path | None:
    """Where the page for ``url`` lives in a mirror folder (None if it would escape it)."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    path = unquote(parts.path or "/")
    if path.endswith("/"):
        path += "index.html"
    name = path.lstrip("/")
    if parts.query:
        name += QUERY_MARK + unquote(parts.query)
    candidate = (root / host / name).resolve()
    base = root.resolve()
    if base not in candidate.parents:
        return None
    return candidate


def _content_type(path: Path, body: bytes) -> str:
    guessed, _ = mimetypes.guess_type(path.name)
    if guessed and guessed != "application/octet-stream":
        return guessed
    head = body[:200].lstrip().lower()
    if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<urlset"):
        return "application/xml"
    return "text/html"


class MirrorRequestHandler(BaseHTTPRequestHandler):
    server: _MirrorHTTPServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        logger.debug("mirror: " + format, *args)

    def do_GET(self) -> None:  # noqa: N802 - http.server API
        if self.server.site:  # one site served at the root, as a real site would be
            self.path = f"/{self.server.site}{self.path}"
        self.server.hits.append(self.path)
        parts = self.path.lstrip("/").split("/", 1)
        host = parts[0]
        rest = "/" + (parts[1] if len(parts) > 1 else "")
        file = mirror_path(self.server.root, f"http://{host}{rest}")
        if file is not None and file.is_dir():
            file = file / "index.html"
        if file is None or not file.is_file():
            self._send(404, b"not in mirror", {"Content-Type": "text/plain"})
            return
        self.respond(file, host, rest)

    def respond(self, file: Path, host: str, rest: str) -> None:
        """Answer with the saved page, its sidecar's status and headers applied."""
        body = file.read_bytes()
        meta = self._meta(file)
        headers = {"Content-Type": _content_type(file, body)}
        headers.update(meta.get("headers", {}))
        self._send(int(meta.get("status", 200)), body, headers)

    def _meta(self, file: Path) -> dict:
        sidecar = file.with_name(file.name + ".meta.json")
        if sidecar.is_file():
            return json.loads(sidecar.read_text(encoding="utf-8"))
        return {}

    def _send(self, status: int, body: bytes, headers: dict[str, str]) -> None:
        self.send_response(status)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


class _MirrorHTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # The default backlog of 5 overflows when a crawl opens 16 connections at once while
    # the GIL is busy; dropped SYNs come back a second later and look like timeouts.
    request_queue_size = 128

    def __init__(
        self,
        root: Path,
        port: int = 0,
        handler: type[MirrorRequestHandler] | None = None,
        site: str | None = None,
    ) -> None:
        handler = handler or MirrorRequestHandler
        self.root = Path(root)
        self.site = site
        self.hits: list[str] = []
        self.lock = threading.Lock()
        super().__init__(("127.0.0.1", port), handler)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hung up (timeout, size limit) is normal here, not a traceback.

        socketserver prints every handler exception to stderr, which lands in the crawl
        log; anything other than a dropped connection is still printed.
        """
        if isinstance(sys.exc_info()[1], (BrokenPipeError, ConnectionResetError)):
            return
        super().handle_error(request, client_address)


class MirrorServer:
    """A real HTTP server on 127.0.0.1 serving a mirror folder from a daemon thread.

    With ``site`` (a host folder's name) it serves that one site at the root
    (``http://127.0.0.1:<port>/robots.txt``), as a real site is served: crawls that
    start from a local address instead of going through the mirror handler, and other
    crawlers (trafilatura's) given the same site, use it.
    """

    #: The request handler class (tests plug in one that also plays faults).
    handler: type[MirrorRequestHandler] | None = None

    def __init__(self, root: Path | str, port: int = 0, site: str | None = None) -> None:
        root = Path(root)
        if not root.is_dir():
            raise FileNotFoundError(f"mirror folder not found: {root}")
        self._server = _MirrorHTTPServer(root, port, self.handler, site)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    @property
    def hits(self) -> list[str]:
        """Paths requested so far (``/<host>/<path>``), for tests that count fetches."""
        return self._server.hits

    def start(self) -> MirrorServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> MirrorServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


def to_mirror_url(base: str, url: str) -> str:
    """The mirror URL that serves ``url``: the host becomes the first path segment."""
    parts = urlsplit(url)
    mirrored = f"{base.rstrip('/')}/{(parts.hostname or '').lower()}{parts.path or '/'}"
    if parts.query:
        mirrored += "?" + parts.query
    return mirrored


class MirrorAwareDownloadHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler, routed to the local mirror when one is configured.

    Without ``MIRROR_DIR``/``MIRROR_URL`` it is the stock handler, so real crawls are
    untouched. With one, the response keeps the original URL so nothing downstream can
    tell a replay from a live crawl.
    """

    def __init__(self, crawler: Crawler) -> None:
        super().__init__(crawler)
        settings = crawler.settings
        self._server_key: str | None = None
        self.mirror_url: str | None = settings.get("MIRROR_URL")
        mirror_dir = settings.get("MIRROR_DIR")
        if mirror_dir and not self.mirror_url:
            self._server_key = str(Path(mirror_dir).resolve())
            self.mirror_url = _acquire_server(self._server_key).url
        if self.mirror_url:
            crawler.stats.set_value("mirror/url", self.mirror_url)

    async def download_request(self, request: Request) -> Response:
        if not self.mirror_url:
            return await super().download_request(request)
        mirrored = request.replace(url=to_mirror_url(self.mirror_url, request.url))
        response = await super().download_request(mirrored)
        return response.replace(url=request.url, request=request)

    async def close(self) -> None:
        await super().close()
        if self._server_key is not None:
            _release_server(self._server_key)
            self._server_key = None


# The http and https handlers of one crawler (and crawlers of one process) share one
# server per mirror folder; it stops when the last handler using it closes.
_SERVERS: dict[str, tuple[MirrorServer, int]] = {}
_SERVERS_LOCK = threading.Lock()


def _acquire_server(key: str) -> MirrorServer:
    with _SERVERS_LOCK:
        server, users = _SERVERS.get(key, (None, 0))
        if server is None:
            server = MirrorServer(Path(key)).start()
            logger.info("Serving mirror %s at %s", key, server.url)
        _SERVERS[key] = (server, users + 1)
        return server


def _release_server(key: str) -> None:
    with _SERVERS_LOCK:
        server, users = _SERVERS.get(key, (None, 0))
        if server is None:
            return
        if users <= 1:
            del _SERVERS[key]
            server.stop()
        else:
            _SERVERS[key] = (server, users - 1)


def main(argv: list[str] | None = None) -> None:
    """Serve a mirror folder until interrupted; print its URL first (one line)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m crawler.mirror", description=main.__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--port", type=int, default=0)
    args = parser.parse_args(argv)
    server = MirrorServer(args.folder, args.port)
    print(server.url, flush=True)
    try:
        server._server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server._server.server_close()


if __name__ == "__main__":
    main()

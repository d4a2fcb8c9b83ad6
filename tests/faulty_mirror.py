"""The local mirror playing a failing site: test equipment, never wired into production.

A sidecar ``<file>.meta.json`` may, besides the ``status`` and ``headers`` the production
mirror (``crawler.mirror``) replays, ask for:

- ``delay`` (seconds) before answering: a timeout is a delay longer than the crawl's
  ``DOWNLOAD_TIMEOUT``;
- ``fault``: ``reset`` (close without answering, TCP RST), ``truncate`` (half the
  declared body, then close), ``redirect_loop`` (302 to the page itself), ``bloat``
  (the file, then filler up to ``size`` bytes, streamed: a 20 MB page needs no 20 MB
  fixture);
- ``times: N``: the sidecar applies to the first N requests only (a site that recovers,
  for retries).

``FaultyMirrorServer`` is a ``MirrorServer``; crawls in tests reach it by ``MIRROR_URL``
(``faulty_mirror_url`` serves a folder for the duration of a ``with`` block).
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from crawler.mirror import MirrorRequestHandler, MirrorServer, _content_type


class FaultyRequestHandler(MirrorRequestHandler):
    def respond(self, file: Path, host: str, rest: str) -> None:
        body = file.read_bytes()
        meta = self._meta(file)
        if "times" in meta:
            with self.server.lock:
                served = self.server.faults_served.get(self.path, 0)
                self.server.faults_served[self.path] = served + 1
            if served >= int(meta["times"]):
                meta = {}
        if meta.get("delay"):
            time.sleep(float(meta["delay"]))
        headers = {"Content-Type": _content_type(file, body)}
        headers.update(meta.get("headers", {}))
        fault = meta.get("fault")
        if fault == "redirect_loop":
            location = f"https://{host}{rest}"
            self._send(302, b"", {"Location": location, "Content-Type": "text/html"})
        elif fault == "bloat":
            self._send_bloated(body, headers, int(meta.get("size", 20 * 1024 * 1024)))
        elif fault == "reset":
            self.connection.setsockopt(
                socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
            )
            self.close_connection = True
        elif fault == "truncate":
            self.send_response(int(meta.get("status", 200)))
            for key, value in headers.items():
                self.send_header(key, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body[: len(body) // 2])
            self.close_connection = True
        else:
            self._send(int(meta.get("status", 200)), body, headers)

    def _send_bloated(self, body: bytes, headers: dict[str, str], size: int) -> None:
        """The page, then HTML comments as filler, up to ``size`` bytes in all."""
        self.send_response(200)
        for key, value in headers.items():
            self.send_header(key, value)
        self.send_header("Content-Length", str(size))
        self.end_headers()
        chunk = b"<!-- " + b"x" * 65526 + b" -->"
        sent = 0
        try:
            self.wfile.write(body[:size])
            sent = min(len(body), size)
            while sent < size:
                part = chunk[: size - sent]
                self.wfile.write(part)
                sent += len(part)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (DOWNLOAD_MAXSIZE): what the test wants
        self.close_connection = True


class FaultyMirrorServer(MirrorServer):
    """A mirror server whose sidecars may also ask for faults (see the module doc)."""

    handler = FaultyRequestHandler

    def __init__(self, root: Path | str, port: int = 0) -> None:
        super().__init__(root, port)
        self._server.faults_served = {}  # type: ignore[attr-defined]


@contextmanager
def faulty_mirror_url(root: Path) -> Iterator[str]:
    """Serve ``root`` (faults included) while the block runs; yields its base URL."""
    with FaultyMirrorServer(root) as server:
        yield server.url

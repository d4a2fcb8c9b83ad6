"""Fixtures for the security tests: a tripwire listener and a mirror served in-process.

The tripwire is a TCP listener on another 127.0.0.1 port that records every
connection; a test that links or redirects to it proves by its silence that nothing
was requested. In mirror mode the download handler would send even a request for
``http://127.0.0.1:<tripwire>/`` to the mirror, so mirror tests also read the mirror
server's own hit list (``MIRROR_URL`` pointing at a server started here), and the live
test (no mirror) is the one where the tripwire alone is the proof.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.mirror import MirrorServer
from tests.security.support import HOST, Tripwire


@pytest.fixture
def tripwire() -> Iterator[Tripwire]:
    server = Tripwire()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def served_mirror(tmp_path: Path) -> Iterator[tuple[Path, MirrorServer]]:
    """An empty mirror folder served in this process, so tests can read its hits."""
    root = tmp_path / "mirror"
    (root / HOST).mkdir(parents=True)
    with MirrorServer(root) as server:
        yield root, server

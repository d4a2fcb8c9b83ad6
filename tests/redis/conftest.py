"""A real redis-server for the scale-out tests (Debian package ``redis-server``).

One server per session on a free 127.0.0.1 port, no persistence, in a temporary
folder; every test gets an empty database. CI must have it (``.ci/run`` installs it):
there a missing server fails the tests instead of skipping them silently.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``redis://127.0.0.1:<port>`` of a redis-server started for this session."""
    binary = shutil.which("redis-server")
    if binary is None:
        message = "redis-server not found (Debian: apt-get install redis-server)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    folder = tmp_path_factory.mktemp("redis")
    port = free_port()
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        + ["--dir", str(folder), "--protected-mode", "yes"],
        stdout=(folder / "redis.log").open("w"),
        stderr=subprocess.STDOUT,
    )
    url = f"redis://127.0.0.1:{port}"
    client = redis.Redis.from_url(url)
    deadline = time.monotonic() + 10
    while True:
        try:
            client.ping()
            break
        except redis.ConnectionError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                log = Path(folder / "redis.log").read_text(errors="replace")
                pytest.fail(f"redis-server did not start on port {port}:\n{log[-2000:]}")
            time.sleep(0.05)
    try:
        yield url
    finally:
        client.close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture
def redis_url(redis_server: str) -> Iterator[str]:
    """An emptied database of the session's server."""
    client = redis.Redis.from_url(redis_server + "/0")
    client.flushdb()
    try:
        yield redis_server + "/0"
    finally:
        client.close()

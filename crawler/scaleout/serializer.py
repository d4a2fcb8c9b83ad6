"""Requests in Redis as JSON, never pickle.

scrapy-redis stores requests pickled by default;
anyone who can write to Redis could then run code on every worker. Requests are
stored as JSON (``JsonRequestSerializer``); callbacks are spider method names
(``Request.to_dict``), which round-trips ``parse_article``, ``parse_listing``,
``on_article_error``...
"""

from __future__ import annotations

import base64
import json
from typing import Any


class JsonRequestSerializer:
    """Requests in Redis as JSON, never pickle (Redis content must not run code).

    ``bytes`` (headers, body) become ``{"$b": base64}``; dicts with keys other than
    strings (headers) become ``{"$d": [[key, value], ...]}``. Anything else that JSON
    cannot hold is refused when the request is queued, with its type in the message.
    """

    def dumps(self, obj: Any) -> bytes:
        return json.dumps(_encode(obj), ensure_ascii=False, separators=(",", ":")).encode()

    def loads(self, data: bytes | str) -> Any:
        return _decode(json.loads(data))


def _encode(value: Any) -> Any:
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, (bytes, bytearray)):
        return {"$b": base64.b64encode(value).decode()}
    if isinstance(value, (list, tuple)):
        return [_encode(v) for v in value]
    if isinstance(value, dict):
        if all(isinstance(k, str) for k in value) and not {"$b", "$d"} & set(value):
            return {k: _encode(v) for k, v in value.items()}
        return {"$d": [[_encode(k), _encode(v)] for k, v in value.items()]}
    raise TypeError(f"a {type(value).__name__} cannot be stored in the Redis queue: {value!r}")


def _decode(value: Any) -> Any:
    if isinstance(value, list):
        return [_decode(v) for v in value]
    if isinstance(value, dict):
        if set(value) == {"$b"}:
            return base64.b64decode(value["$b"])
        if set(value) == {"$d"}:
            return {_hashable(_decode(k)): _decode(v) for k, v in value["$d"]}
        return {k: _decode(v) for k, v in value.items()}
    return value


def _hashable(key: Any) -> Any:
    return tuple(key) if isinstance(key, list) else key

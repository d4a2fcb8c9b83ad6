"""Scale-out over Redis (``REDIS_URL``, docs/scale-out.md): add-on, request serializer,
duplicate filter and scheduler shared by every worker."""

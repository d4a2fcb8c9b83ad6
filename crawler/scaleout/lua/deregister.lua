-- KEYS: workers, queue, inflight, dupefilter. ARGV: worker id. Returns 1 when this
-- was the last worker of a finished run (the fingerprint set is then cleared).
redis.call('ZREM', KEYS[1], ARGV[1])
if redis.call('ZCOUNT', KEYS[1], now, '+inf') == 0 and redis.call('ZCARD', KEYS[2]) == 0
   and redis.call('HLEN', KEYS[3]) == 0 then
  redis.call('DEL', KEYS[4], KEYS[1])
  return 1
end
return 0

-- KEYS: workers (zset id -> heartbeat expiry, ms), queue, inflight, dupefilter.
-- ARGV: worker id, ttl (ms). Returns 1 when this worker starts a new run.
local fresh = 0
if redis.call('ZCOUNT', KEYS[1], now, '+inf') == 0 and redis.call('ZCARD', KEYS[2]) == 0
   and redis.call('HLEN', KEYS[3]) == 0 then
  redis.call('DEL', KEYS[4], KEYS[1])
  fresh = 1
end
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
return fresh

-- KEYS: workers. ARGV: worker id, ttl (ms). Returns 0 if the worker had been given up
-- for dead (its requests were requeued meanwhile).
local known = redis.call('ZSCORE', KEYS[1], ARGV[1])
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[2]), ARGV[1])
if known then return 1 end
return 0

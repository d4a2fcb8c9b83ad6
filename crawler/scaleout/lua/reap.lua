-- KEYS: workers, queue, inflight. Requeues the in-flight requests of workers whose
-- heartbeat expired (or that are not registered at all) and forgets those workers.
local requeued = 0
local entries = redis.call('HGETALL', KEYS[3])
for i = 1, #entries, 2 do
  local field = entries[i]
  local worker = string.match(field, '^(.*)#[^#]*$') or field
  local expiry = redis.call('ZSCORE', KEYS[1], worker)
  if not expiry or tonumber(expiry) < now then
    local value = entries[i + 1]
    local sep = string.find(value, '|', 1, true)
    redis.call('ZADD', KEYS[2], tonumber(string.sub(value, 1, sep - 1)), string.sub(value, sep + 1))
    redis.call('HDEL', KEYS[3], field)
    requeued = requeued + 1
  end
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. now)
return requeued

-- KEYS: queue (zset), inflight (hash). ARGV: token. Pops the best request and records
-- it as in flight under the token, atomically (a kill cannot fall between the two).
local r = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
if #r == 0 then return false end
redis.call('ZREM', KEYS[1], r[1])
redis.call('HSET', KEYS[2], ARGV[1], r[2] .. '|' .. r[1])
return r[1]

-- wrk script: the thinnest durable write the API has, POST /api/notifications/{id}/read (one UPDATE, committed),
-- spread over the notification ids given in the environment (IDS, space-separated) so clients do not queue on one row.
-- Used by lifecycle-bench.sh for the floor under a write request.
local ids = {}
for id in string.gmatch(os.getenv("IDS") or "", "%d+") do ids[#ids + 1] = id end
wrk.method = "POST"
wrk.headers["Authorization"] = "Bearer " .. (os.getenv("TOKEN") or "")
request = function()
  return wrk.format("POST", "/api/notifications/" .. ids[math.random(#ids)] .. "/read")
end

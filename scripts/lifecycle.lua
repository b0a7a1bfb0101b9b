-- wrk script: the case lifecycle of bench/CaseLoadBenchmark (create → dispatch → accept → start → resolve → feedback →
-- visit → close, the desk and the judicial office taking their steps) driven by wrk, a client that costs the machine
-- far less CPU than the Java driver, so the server's own ceiling shows (issue 15). Run it with one connection per
-- thread (-t32 -c32): each connection walks its own cases one step at a time. A refused step (non-2xx) starts a new
-- case and is counted. Environment: DESK and JUDICIAL (bearer tokens), VILLAGES (space-separated region codes of the
-- town's villages), RUN (a run id that keeps titles apart). Used by lifecycle-bench.sh.
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  threads[#threads + 1] = thread
end

local actions = { "dispatch", "accept", "start", "resolve", "feedback", "visit", "close" }
local bodies = {
  '{"leadUnit":"610722101000-JUDICIAL_OFFICE"}', "{}", "{}",
  '{"result":"经司法所调解，双方达成调解协议"}', '{"method":"PHONE","message":"已电话告知调解结果"}',
  '{"satisfaction":"SATISFIED","comment":"群众满意"}', '{"comment":"办结归档"}' }
local topics = { "宅基地界址", "夜间噪音", "排水沟堵塞", "借款未还", "承包地边界", "牲畜踩踏庄稼", "楼道堆放杂物" }
local categories = { "DISPUTE_NEIGHBOR", "DISPUTE_NEIGHBOR_NOISE", "DISPUTE_NEIGHBOR_DAILY", "DISPUTE_LAND_CONTRACT",
  "DISPUTE_DEBT_LOAN" }
local desk, judicial, run, villages
step, seq, number, lifecycles, refused = 0, 0, nil, 0, 0

function init(args)
  desk = "Bearer " .. os.getenv("DESK")
  judicial = "Bearer " .. os.getenv("JUDICIAL")
  run = os.getenv("RUN") or "wrk"
  villages = {}
  for code in string.gmatch(os.getenv("VILLAGES") or "", "%d+") do villages[#villages + 1] = code end
end

local function headers(token)
  return { ["Content-Type"] = "application/json", ["Accept"] = "application/json", ["Authorization"] = token }
end

function request()
  if step == 0 then
    seq = seq + 1
    local n = id * 1000000 + seq
    local topic = topics[n % #topics + 1]
    local body = '{"kind":"DISPUTE","category":"' .. categories[n % #categories + 1] .. '","channel":"WINDOW",'
      .. '"priority":"NORMAL","title":"' .. (n % 9 + 1) .. '组村民因' .. topic .. '发生纠纷（' .. n .. '）",'
      .. '"description":"村民反映' .. topic .. '问题，双方多次协商未果，请求调解。压测编号 ' .. run .. '-' .. n .. '",'
      .. '"reporter":{"name":"张某","phone":"139' .. string.format("%08d", n % 100000000) .. '"},'
      .. '"location":{"regionCode":"' .. villages[n % #villages + 1] .. '","address":"' .. (n % 9 + 1) .. '组"}}'
    return wrk.format("POST", "/api/cases", headers(desk), body)
  end
  local token = (step >= 2 and step <= 4) and judicial or desk
  return wrk.format("POST", "/api/cases/" .. number .. "/" .. actions[step], headers(token), bodies[step])
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    refused = refused + 1
    step = 0
    return
  end
  if step == 0 then
    number = body:match('"number"%s*:%s*"([^"]+)"')
    if number == nil then
      refused = refused + 1
      return
    end
  elseif step == #actions then
    lifecycles = lifecycles + 1
    step = 0
    return
  end
  step = step + 1
end

function done(summary, latency, requests)
  local total, failed = 0, 0
  for _, t in ipairs(threads) do
    total = total + t:get("lifecycles")
    failed = failed + t:get("refused")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("lifecycles %d in %.1f s: %.1f lifecycles/s; refused steps %d; request latency ms p50 %.1f p90 %.1f p99 %.1f max %.1f\n",
    total, seconds, total / seconds, failed, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end

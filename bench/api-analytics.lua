-- wrk script for bench/api-analytics.sh. Arguments: mode (cached | summary | timeseries), today (YYYY-MM-DD).
-- Every request picks one of the 100 seeded workspaces' keys at random.
--   cached:     the same 30-day summary per workspace (warmed first, so every request should hit)
--   summary:    a 30-day summary ending on a random day of the last year on a random platform subset (misses)
--   timeseries: a 90-day daily time series, random end day and platform subset (misses)
local platforms = {"chatgpt", "perplexity", "gemini", "copilot", "google-ai-overviews", "google-ai-mode", "claude"}
local mode, today

local function day(offset)
  return os.date("!%Y-%m-%d", today - offset * 86400)
end

local function subset()
  local chosen = {}
  for _, p in ipairs(platforms) do
    if math.random() < 0.5 then chosen[#chosen + 1] = "platform=" .. p end
  end
  if #chosen == 0 then chosen[1] = "platform=" .. platforms[math.random(1, #platforms)] end
  return table.concat(chosen, "&")
end

function init(args)
  mode = args[1]
  local y, m, d = args[2]:match("(%d+)-(%d+)-(%d+)")
  today = os.time({year = tonumber(y), month = tonumber(m), day = tonumber(d), hour = 12})
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
end

function request()
  local key = string.format("al_bench%024d", math.random(1, 100))
  local path
  if mode == "cached" then
    path = "/v1/analytics/summary?from=" .. day(29) .. "&to=" .. day(0)
  elseif mode == "summary" then
    local r = math.random(0, 330)
    path = "/v1/analytics/summary?from=" .. day(r + 29) .. "&to=" .. day(r) .. "&" .. subset()
  else
    local r = math.random(0, 270)
    path = "/v1/analytics/timeseries?granularity=day&from=" .. day(r + 89) .. "&to=" .. day(r) .. "&" .. subset()
  end
  return wrk.format("GET", path, {["Authorization"] = "Bearer " .. key})
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1000000
  io.write(string.format("RESULT requests=%d seconds=%.1f rps=%.0f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f non2xx=%d errors=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, summary.errors.status,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

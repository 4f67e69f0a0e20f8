-- POST the comment form with a different text each time (the site refuses the same text twice on
-- a post). BENCH_FORM holds the signed form fields, url-encoded; BENCH_RUN_TAG makes texts unique
-- across runs; BENCH_LOCATIONS names the file where the receipt address of every success goes,
-- so that bench/probe.py can match each one with a stored comment.

local form = os.getenv("BENCH_FORM")
local run_tag = os.getenv("BENCH_RUN_TAG") or "0"
local locations_path = os.getenv("BENCH_LOCATIONS")
local threads = {}

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"

function setup(thread)
  table.insert(threads, thread)
  thread:set("thread_number", #threads)
end

function init(args)
  sent = 0
  statuses = {}
  locations = {}
end

function request()
  sent = sent + 1
  local text = "Coment%C3%A1rio+de+carga+" .. run_tag .. "-" .. thread_number .. "-" .. sent
  return wrk.format(nil, nil, nil, form .. "&comment=" .. text)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status == 302 then
    locations[#locations + 1] = headers["Location"] or headers["location"] or ""
  end
end

function done(summary, latency, requests)
  local totals = {}
  local file = io.open(locations_path, "w")
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      totals[status] = (totals[status] or 0) + count
    end
    for _, location in ipairs(thread:get("locations")) do
      file:write(location, "\n")
    end
  end
  file:close()
  local parts = {}
  for status, count in pairs(totals) do
    parts[#parts + 1] = string.format('"%d": %d', status, count)
  end
  io.write(string.format(
    '\nBENCH-JSON {"requests": %d, "duration_us": %d, "bytes": %d, "status_errors": %d, ' ..
    '"connect_errors": %d, "read_errors": %d, "write_errors": %d, "timeouts": %d, ' ..
    '"p50_us": %d, "p90_us": %d, "p95_us": %d, "p99_us": %d, "max_us": %d, "mean_us": %.1f, ' ..
    '"statuses": {%s}}\n',
    summary.requests, summary.duration, summary.bytes, summary.errors.status,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    latency:percentile(50), latency:percentile(90), latency:percentile(95), latency:percentile(99),
    latency.max, latency.mean, table.concat(parts, ", ")))
end

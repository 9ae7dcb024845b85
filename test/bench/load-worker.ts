// Load generator for `npm run bench`, in a process of its own: runs autocannon with the
// options given as JSON in argv[2] and prints its summary as one JSON line.
import autocannon from 'autocannon';

// `paths`, when given, are requested in turn (a write spread over many meetings, as
// readouts arrive in practice) instead of one URL path for every request.
const { paths, ...options } = JSON.parse(process.argv[2] ?? '{}') as autocannon.Options & { paths?: string[] };
let next = 0;
const requests = paths && paths.length > 0
  ? [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: paths[(next += 1) % paths.length] ?? request.path }) }]
  : undefined;
autocannon({ ...options, ...(requests && { requests }) }).then((result) => {
  process.stdout.write(`${JSON.stringify({
    requestsPerSecond: result.requests.average, requests: result.requests.total, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
    latencyP50Ms: result.latency.p50, latencyP99Ms: result.latency.p99,
  })}\n`);
}).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});

// Load generator for `npm run bench`, in a process of its own: runs autocannon with the
// options given as JSON in argv[2] and prints its summary as one JSON line.
import autocannon from 'autocannon';

const options = JSON.parse(process.argv[2] ?? '{}') as autocannon.Options;
autocannon(options).then((result) => {
  process.stdout.write(`${JSON.stringify({
    requestsPerSecond: result.requests.average, requests: result.requests.total, non2xx: result.non2xx, errors: result.errors, timeouts: result.timeouts,
    latencyP50Ms: result.latency.p50, latencyP99Ms: result.latency.p99,
  })}\n`);
}).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exit(1);
});

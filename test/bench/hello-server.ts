// A reference server for `npm run bench`: `http` (raw node:http) or `express` (bare
// Express 5), both answering GET /hello with the same small JSON. Prints the port.
import http from 'node:http';
import express from 'express';

const body = { hello: 'world' };
const kind = process.argv[2];
let server: http.Server;
if (kind === 'http') {
  const payload = JSON.stringify(body);
  server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(payload) });
    res.end(payload);
  });
} else {
  const app = express();
  app.get('/hello', (_req, res) => { res.json(body); });
  server = http.createServer(app);
}
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));

// The regional API stand-in for the router suite. It runs in a child process
// so its request handling neither shares the client's event loop nor adds
// the same server time to both sides (which would dilute the router's cost).
// Prints the port on stdout, then serves until killed.

import { createServer } from 'node:http';

const body = JSON.stringify({
  country: 'DE',
  currency: 'EUR',
  taxInclusive: true,
  taxRate: 0.19,
  plans: [{ id: 'pro', interval: 'month', amount: '1900', currency: 'EUR' }],
});

const server = createServer((request, response) => {
  response.writeHead(200, {
    'content-type': 'application/json',
    'x-region': 'eu-central-1',
    'content-length': Buffer.byteLength(request.url?.startsWith('/api/health') ? '{"status":"ok"}' : body),
  });
  response.end(request.url?.startsWith('/api/health') ? '{"status":"ok"}' : body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
process.on('disconnect', () => server.close(() => process.exit(0)));

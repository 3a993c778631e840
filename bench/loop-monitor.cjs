// Loaded into the server process by bench/worst-requests.mjs (node --require): measures the event loop's delay
// with perf_hooks and answers the parent over IPC. Not part of the product.
const { monitorEventLoopDelay } = require('node:perf_hooks');

const histogram = monitorEventLoopDelay({ resolution: 5 });
histogram.enable();
process.on('message', (message) => {
  if (message === 'loop:reset') histogram.reset();
  if (message === 'loop:report') process.send({ loop: { maxMs: histogram.max / 1e6, p99Ms: histogram.percentile(99) / 1e6 } });
});

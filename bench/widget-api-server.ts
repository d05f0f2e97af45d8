// The server half of the widget-api bench, in its own process (the load generator gets the other
// core): serves the production build on 127.0.0.1 and prints its URL.
const { serve } = await import("../app/server/http");
const server = await serve({ port: 0, host: "127.0.0.1", root: process.cwd() });
process.stdout.write(`LISTENING ${server.url}\n`);
export {};

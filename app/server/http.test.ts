// The direct route plumbing: a Fetch handler served from Express without Remix, over real HTTP.
import express from "express";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { directHandler } from "./http";

let server: Server;
let base: string;
const seen: Request[] = [];

beforeAll(async () => {
  const app = express();
  app.all(
    "/echo",
    directHandler(async (request) => {
      seen.push(request);
      const url = new URL(request.url);
      if (url.searchParams.has("throw-response")) throw new Response("unauthorized", { status: 401, headers: { "X-Why": "token" } });
      if (url.searchParams.has("fail")) throw new Error("database is down");
      const headers = new Headers({ "Content-Type": "application/json", ETag: '"v1"' });
      headers.append("Set-Cookie", "a=1");
      headers.append("Set-Cookie", "b=2");
      return new Response(JSON.stringify({ q: url.searchParams.get("q"), auth: request.headers.get("authorization") }), { status: 200, headers });
    }),
  );
  app.all("/echo", (_req, res) => void res.status(299).send("fell through to the next handler"));
  server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

describe("directHandler", () => {
  it("hands the handler the request's URL and headers and writes its response whole, cookies included", async () => {
    const res = await fetch(`${base}/echo?q=caf%C3%A9`, { headers: { Authorization: "Bearer t" } });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ q: "café", auth: "Bearer t" });
    expect(res.headers.get("etag")).toBe('"v1"');
    expect(res.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
  });

  it("answers a thrown Response as the response", async () => {
    const res = await fetch(`${base}/echo?throw-response=1`);
    expect(res.status).toBe(401);
    expect(res.headers.get("x-why")).toBe("token");
  });

  it("answers a failure with a JSON 500 and no stack trace", async () => {
    const logged: string[] = [];
    const original = console.error;
    console.error = (line: string) => void logged.push(line);
    try {
      const res = await fetch(`${base}/echo?fail=1`);
      expect(res.status).toBe(500);
      const body = await res.text();
      expect(JSON.parse(body)).toEqual({ error: "internal" });
      expect(body).not.toContain("database is down");
    } finally {
      console.error = original;
    }
    expect(JSON.parse(logged[0])).toMatchObject({ level: "error", path: "/echo" });
    expect(logged[0]).toContain("database is down");
  });

  it("leaves requests with a body to the next handler", async () => {
    const before = seen.length;
    const res = await fetch(`${base}/echo`, { method: "POST", body: "x" });
    expect(res.status).toBe(299);
    expect(seen.length).toBe(before);
  });
});

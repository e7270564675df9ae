#!/usr/bin/env node
// Launches per second as an LMS makes them, from outside the tool's process: a platform of its own (RSA key, JWKS on
// loopback), N virtual users each doing login (GET) → an id_token signed per launch with the login's nonce → form POST
// to the launch → the landing page, with the cookies it got. Reports launches/s, latency percentiles, errors and the
// tool's CPU seconds per launch read from /proc.
//
//   node tests/Benchmarks/launch-load/launch-load.mjs [--users 16] [--seconds 20] [--warmup 5] [--instances 1]
//        [--postgres auto | "Host=127.0.0.1;Port=5432;Username=postgres;Database=load"] [--tool path/to/LtiTool.dll]
//
// --postgres auto starts a throwaway PostgreSQL cluster (Debian's server programs) for the run.
//
// Written by hand with Node's own crypto and fetch: no load generator here signs LTI id_tokens per request.
import { spawn, execFileSync } from "node:child_process";
import { createServer } from "node:http";
import { generateKeyPairSync, createSign, randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, readdirSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const options = parseArguments(process.argv.slice(2));
const repository = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
const toolDll = options.tool ?? join(repository, "src/LtiTool/bin/Release/net10.0/LtiTool.dll");
const issuer = "https://load-platform.ltipathways.test";
const clientId = "load-client";
const deploymentId = "load-deployment";
const courses = 10;
const publicBase = `http://localhost:${options.basePort}`;

const { privateKey, publicKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
const kid = randomUUID();
const jwks = JSON.stringify({ keys: [{ ...publicKey.export({ format: "jwk" }), kid, alg: "RS256", use: "sig" }] });
const platform = await startPlatform();
const dataFolder = mkdtempSync(join(tmpdir(), "launch-load-"));
const cluster = options.postgres === "auto" ? startCluster() : null;
if (cluster) options.postgres = cluster.connectionString;
const tools = [];
try {
  for (let i = 0; i < options.instances; i++) tools.push(await startTool(options.basePort + i, i));
  const users = Array.from({ length: options.users }, (_, u) => virtualUser(u));

  await runFor(users, options.warmup * 1000, null);
  const counters = { latencies: [], errors: 0, firstError: null };
  const cpuBefore = tools.map(t => cpuSeconds(t.process.pid));
  const started = performance.now();
  await runFor(users, options.seconds * 1000, counters);
  const elapsed = (performance.now() - started) / 1000;
  const cpu = tools.reduce((sum, t, i) => sum + cpuSeconds(t.process.pid) - cpuBefore[i], 0);
  report(counters, elapsed, cpu);
} finally {
  // Awaited, not left to timers: after a failure the process ends as soon as this block does, and a tool or cluster
  // left running would answer the next run on the same port with the old keys.
  await Promise.all(tools.map(tool => stopTool(tool.process)));
  platform.close();
  if (cluster) cluster.stop();
  rmSync(dataFolder, { recursive: true, force: true });
}

function stopTool(child) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise(resolve => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => { clearTimeout(force); resolve(); });
    child.kill("SIGTERM");
  });
}

function virtualUser(u) {
  const teacher = u % 20 === 0;
  const course = u % courses;
  return {
    sub: `load-user-${u}`,
    name: teacher ? `Teacher ${u}` : `Student ${u}`,
    roles: [teacher
      ? "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor"
      : "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"],
    context: { id: `load-course-${course}`, title: `Load course ${course}`, label: `LOAD${course}` },
    link: { id: `load-link-${course}`, title: "Pathway planner" },
    cookies: new Map(),
    turn: u,
  };
}

async function runFor(users, milliseconds, counters) {
  const deadline = performance.now() + milliseconds;
  await Promise.all(users.map(async user => {
    while (performance.now() < deadline) {
      const began = performance.now();
      try {
        await launch(user);
        if (counters) counters.latencies.push(performance.now() - began);
      } catch (error) {
        if (counters) { counters.errors++; counters.firstError ??= error.message; }
        else throw error;
      }
    }
  }));
}

// One launch. With two instances the login goes to one and the launch to the other, as behind a load balancer.
async function launch(user) {
  const loginTool = tools[user.turn % tools.length];
  const launchTool = tools[(user.turn + 1) % tools.length];
  user.turn++;
  // Behind a load balancer every instance has the one public address; the request still goes to the chosen instance.
  const target = `${publicBase}/lti/launch`;
  const login = new URL(`${loginTool.base}/lti/login`);
  for (const [key, value] of Object.entries({
    iss: issuer, login_hint: user.sub, target_link_uri: target, client_id: clientId, lti_deployment_id: deploymentId,
  })) login.searchParams.set(key, value);

  const loginAnswer = await request(user, login, { method: "GET" });
  if (loginAnswer.status !== 302) throw new Error(`login answered ${loginAnswer.status}: ${sentence(await loginAnswer.text())}`);
  await loginAnswer.arrayBuffer();
  const authorize = new URL(loginAnswer.headers.get("location"));
  const state = authorize.searchParams.get("state");
  const nonce = authorize.searchParams.get("nonce");

  const form = new URLSearchParams({ id_token: sign(idToken(user, nonce, target)), state });
  let answer = await request(user, new URL(`${launchTool.base}/lti/launch`), {
    method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  for (let hops = 0; answer.status >= 301 && answer.status <= 303 && hops < 5; hops++) {
    await answer.arrayBuffer();
    answer = await request(user, new URL(answer.headers.get("location"), `${launchTool.base}/`), { method: "GET" });
  }
  const page = await answer.text();
  if (answer.status !== 200 || !page.includes('data-testid="view"')) {
    throw new Error(`launch answered ${answer.status}: ${sentence(page)}`);
  }
}

// A browser's cookie jar, reduced to what the launch needs: cookies by name, sent back to the tool's hosts.
async function request(user, url, init) {
  const cookie = [...user.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  const answer = await fetch(url, { ...init, redirect: "manual", headers: { ...init.headers, ...(cookie ? { cookie } : {}) } });
  for (const line of answer.headers.getSetCookie()) {
    const [pair, ...attributes] = line.split(";");
    const at = pair.indexOf("=");
    const name = pair.slice(0, at).trim();
    const expired = attributes.some(a => /^\s*max-age=0\s*$/i.test(a));
    if (expired) user.cookies.delete(name); else user.cookies.set(name, pair.slice(at + 1).trim());
  }
  return answer;
}

function sentence(page) {
  return (page.match(/class="sentence">([^<]*)</) ?? [, page.slice(0, 300)])[1];
}

function idToken(user, nonce, target) {
  const now = Math.floor(Date.now() / 1000);
  const lti = "https://purl.imsglobal.org/spec/lti/claim/";
  return {
    iss: issuer, aud: clientId, sub: user.sub, iat: now, exp: now + 300, nonce,
    name: user.name, given_name: user.name.split(" ")[0], family_name: user.name.split(" ")[1], email: `${user.sub}@load.example`,
    [lti + "message_type"]: "LtiResourceLinkRequest",
    [lti + "version"]: "1.3.0",
    [lti + "deployment_id"]: deploymentId,
    [lti + "target_link_uri"]: target,
    [lti + "resource_link"]: user.link,
    [lti + "roles"]: user.roles,
    [lti + "context"]: { ...user.context, type: ["http://purl.imsglobal.org/vocab/lis/v2/course#CourseSection"] },
    [lti + "tool_platform"]: { guid: "load", name: "Load platform", product_family_code: "load" },
    [lti + "launch_presentation"]: { document_target: "iframe" },
  };
}

function sign(payload) {
  const encode = value => Buffer.from(JSON.stringify(value)).toString("base64url");
  const signingInput = `${encode({ alg: "RS256", typ: "JWT", kid })}.${encode(payload)}`;
  return `${signingInput}.${createSign("RSA-SHA256").update(signingInput).sign(privateKey).toString("base64url")}`;
}

function startPlatform() {
  const server = createServer((req, res) => {
    if (req.url === "/jwks") { res.writeHead(200, { "content-type": "application/json" }); res.end(jwks); return; }
    res.writeHead(404); res.end();
  });
  return new Promise(done => server.listen(0, "127.0.0.1", () => { server.base = `http://127.0.0.1:${server.address().port}`; done(server); }));
}

async function startTool(port, index) {
  const database = options.postgres
    ? { Database__Provider: "PostgreSQL", ConnectionStrings__Default: options.postgres }
    : { ConnectionStrings__Default: `Data Source=${join(dataFolder, "ltipathways.db")}` };
  const child = spawn("dotnet", [toolDll], {
    cwd: dirname(toolDll),
    env: {
      ...process.env, ...database,
      ASPNETCORE_ENVIRONMENT: "Production",
      ASPNETCORE_URLS: `http://127.0.0.1:${port}`,
      Storage__Root: join(dataFolder, "media"),
      Logging__LogLevel__Default: "Warning",
      Lti__AllowLoopbackPlatforms: "true",
      Lti__PublicBaseUrl: publicBase,
      Lti__Platforms__0__Issuer: issuer,
      Lti__Platforms__0__ClientId: clientId,
      Lti__Platforms__0__AuthorizationEndpoint: `${platform.base}/authorize`,
      Lti__Platforms__0__TokenEndpoint: `${platform.base}/token`,
      Lti__Platforms__0__JwksUri: `${platform.base}/jwks`,
      Lti__Platforms__0__DeploymentIds__0: deploymentId,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout.on("data", chunk => { log = (log + chunk).slice(-4000); });
  child.stderr.on("data", chunk => { log = (log + chunk).slice(-4000); });
  const base = `http://localhost:${port}`;
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null) throw new Error(`tool ${index} exited with ${child.exitCode}:\n${log}`);
    try { if ((await fetch(`http://127.0.0.1:${port}/health/ready`)).ok) break; } catch { /* not listening yet */ }
    if (waited > 60_000) {
      await stopTool(child);
      throw new Error(`tool ${index} did not become ready:\n${log}`);
    }
    await new Promise(r => setTimeout(r, 250));
  }
  return { process: child, base };
}

// A throwaway cluster with durable writes on, as a school would run it; initdb refuses root, so its own user runs it.
function startCluster() {
  const versions = readdirSync("/usr/lib/postgresql").sort((a, b) => Number(b) - Number(a));
  const bin = `/usr/lib/postgresql/${versions[0]}/bin`;
  const folder = join(dataFolder, "postgres");
  const asServer = (program, ...args) => execFileSync(
    process.getuid() === 0 ? "runuser" : program,
    process.getuid() === 0 ? ["-u", "postgres", "--", `${bin}/${program}`, ...args] : args, { stdio: "pipe" });
  chmodSync(dataFolder, 0o777);
  asServer("initdb", "-D", folder, "-U", "postgres", "--auth=trust", "--no-locale");
  const port = options.basePort + 100;
  asServer("pg_ctl", "start", "-D", folder, "-l", join(dataFolder, "postgres.log"), "-w",
    "-o", `-c listen_addresses=127.0.0.1 -p ${port} -k ${dataFolder} -c max_connections=200`);
  return {
    connectionString: `Host=127.0.0.1;Port=${port};Username=postgres;Database=ltipathways_load`,
    stop: () => asServer("pg_ctl", "stop", "-D", folder, "-m", "fast", "-w"),
  };
}

function cpuSeconds(pid) {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime and stime, in clock ticks of 1/100 s
}

function report({ latencies, errors, firstError }, elapsed, cpu) {
  latencies.sort((a, b) => a - b);
  const at = p => latencies.length ? latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] : NaN;
  const launches = latencies.length;
  console.log(JSON.stringify({
    database: options.postgres ? "PostgreSQL" : "SQLite", instances: options.instances, users: options.users,
    seconds: Number(elapsed.toFixed(1)), launches, errors,
    launchesPerSecond: Number((launches / elapsed).toFixed(1)),
    p50ms: Number(at(0.5).toFixed(1)), p95ms: Number(at(0.95).toFixed(1)), p99ms: Number(at(0.99).toFixed(1)),
    toolCpuMsPerLaunch: launches ? Number((cpu * 1000 / launches).toFixed(2)) : null,
    ...(firstError ? { firstError } : {}),
  }));
}

function parseArguments(args) {
  const parsed = { users: 16, seconds: 20, warmup: 5, instances: 1, basePort: 5300, postgres: null, tool: null };
  for (let i = 0; i < args.length; i += 2) {
    const key = args[i].replace(/^--/, "").replace(/-(.)/g, (_, c) => c.toUpperCase());
    if (!(key in parsed)) throw new Error(`Unknown option ${args[i]}`);
    parsed[key] = typeof parsed[key] === "number" ? Number(args[i + 1]) : args[i + 1];
  }
  return parsed;
}

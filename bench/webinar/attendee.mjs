// One process of webinar attendees for `bench/run webinar`: opens COUNT connections with the real
// @microsoft/signalr client, joins the webinar, then obeys one-line JSON commands on stdin and answers each
// with one JSON line on stdout (nothing else is written there; the client logs errors to stderr).
//
//   node attendee.mjs HUB_URL WEBINAR_ID TOKENS_FILE FIRST COUNT PROCESS_INDEX
//
// Commands: {"do":"send","tag","rate","processes","seconds"}  this process's share of the room's messages
//           {"do":"count","tag"}                              deliveries so far of messages with that tag
//           {"do":"report","tag"}                             deliveries, latency histogram, deliveries per message
//           {"do":"leave"}                                    stops every connection and exits
//
// Latency: each message carries its send time on the monotonic clock, which every process on the machine
// shares, so a receiver in another process can subtract it from its own reading.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import signalR from "@microsoft/signalr";

const [hubUrl, webinarId, tokensFile, firstArg, countArg, processArg] = process.argv.slice(2);
const first = Number(firstArg);
const count = Number(countArg);
const processIndex = Number(processArg);

// 0.1 ms buckets up to 10 s; anything slower lands in the last one (and is reported as 10 s or more).
const bucketMicros = 100;
const buckets = 100_000;
// Message ids are unique across processes: the sending process's index times this, plus its own counter.
const idsPerProcess = 1_000_000;
const connectInParallel = 64;
const connectAttempts = 3;

const tokens = readFileSync(tokensFile, "utf8").split("\n").slice(first, first + count);
const nowMicros = () => Number(process.hrtime.bigint() / 1000n);
const say = (answer) => process.stdout.write(JSON.stringify(answer) + "\n");

/** Deliveries by tag: a warm-up's messages must not count towards the measured run. */
const tallies = new Map();
function tally(tag) {
  let entry = tallies.get(tag);
  if (!entry) {
    entry = { delivered: 0, histogram: new Int32Array(buckets + 1), perMessage: new Map() };
    tallies.set(tag, entry);
  }
  return entry;
}

let closed = 0;
let joinedAll = false;
const errors = [];
const remember = (error) => errors.length < 5 && errors.push(String(error?.message ?? error));

function onChat(change) {
  const [tag, id, sentAt] = (change?.chat?.text ?? "").split(" ");
  if (sentAt === undefined) {
    return;
  }
  const entry = tally(tag);
  entry.delivered++;
  entry.histogram[Math.min(buckets, Math.floor((nowMicros() - Number(sentAt)) / bucketMicros))]++;
  const key = Number(id);
  entry.perMessage.set(key, (entry.perMessage.get(key) ?? 0) + 1);
}

async function connect(token) {
  for (let attempt = 1; ; attempt++) {
    // Straight to the WebSocket: a negotiate round trip per attendee only adds to the connection storm.
    const connection = new signalR.HubConnectionBuilder()
      .withUrl(hubUrl, { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets, accessTokenFactory: () => token })
      .configureLogging(signalR.LogLevel.Error)
      .build();
    connection.on("Chat", onChat);
    // Registered so the client does not warn about events the benchmark does not look at.
    for (const event of ["Presence", "Question", "Poll", "Slide", "MessageDeleted", "Ended", "Hand"]) {
      connection.on(event, () => {});
    }
    try {
      await connection.start();
      await connection.invoke("Join", webinarId, 0);
      connection.onclose(() => joinedAll && closed++);
      return connection;
    } catch (error) {
      await connection.stop().catch(() => {});
      if (attempt === connectAttempts) {
        remember(error);
        return null;
      }
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

const connections = [];
let next = 0;
await Promise.all(Array.from({ length: connectInParallel }, async () => {
  while (next < tokens.length) {
    const connection = await connect(tokens[next++]);
    if (connection) {
      connections.push(connection);
    }
  }
}));
joinedAll = true;
say({ joined: connections.length, failed: tokens.length - connections.length, errors: errors.splice(0) });

/** Message k of the room goes out at k / rate seconds, from process k mod processes: senders spread evenly. */
async function send({ tag, rate, processes, seconds }) {
  const start = nowMicros();
  const sends = [];
  const acknowledged = [];
  let refused = 0;
  for (let j = 0; ; j++) {
    const k = processIndex + j * processes;
    const due = start + (k / rate) * 1e6;
    if (k / rate >= seconds) {
      break;
    }
    const wait = (due - nowMicros()) / 1000;
    if (wait > 0) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
    // Round robin over this process's attendees: each one speaks rarely, well inside the room's pacing.
    const connection = connections[j % connections.length];
    const id = processIndex * idsPerProcess + j;
    const sentAt = nowMicros();
    sends.push(connection.invoke("SendChat", webinarId, `${tag} ${id} ${sentAt}`).then(
      () => {
        // Until the server acknowledged (stored and handed to the room): tells the server's own path from the fan-out.
        acknowledged.push((nowMicros() - sentAt) / 1000);
        return id;
      },
      (error) => {
        refused++;
        remember(error);
        return null;
      }));
  }
  const sent = (await Promise.all(sends)).filter((id) => id !== null);
  say({ sent, acknowledged, refused, errors: errors.splice(0) });
}

function report({ tag }) {
  const entry = tally(tag);
  const histogram = [];
  entry.histogram.forEach((n, bucket) => n > 0 && histogram.push([bucket, n]));
  say({ delivered: entry.delivered, histogram, perMessage: [...entry.perMessage], closed, bucketMicros });
}

const commands = createInterface({ input: process.stdin });
for await (const line of commands) {
  const command = JSON.parse(line);
  if (command.do === "send") {
    send(command);
  } else if (command.do === "count") {
    say({ delivered: tally(command.tag).delivered });
  } else if (command.do === "report") {
    report(command);
  } else if (command.do === "leave") {
    break;
  }
}
joinedAll = false;
await Promise.all(connections.map((connection) => connection.stop().catch(() => {})));
process.exit(0);

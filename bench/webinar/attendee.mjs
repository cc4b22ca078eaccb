// One process of webinar attendees for `bench/run webinar` and `bench/run failover`: opens COUNT connections with
// the real @microsoft/signalr client, joins the webinar, then obeys one-line JSON commands on stdin and answers each
// with one JSON line on stdout (nothing else is written there; the client logs errors to stderr).
//
//   node attendee.mjs HUB_URLS WEBINAR_ID TOKENS_FILE FIRST COUNT PROCESS_INDEX
//
// HUB_URLS is one hub address or several, comma-separated: the first is where the attendees connect; when a
// connection drops (its node died), the attendee connects to the next one and rejoins with the last sequence it
// saw, as the webinar page does, and counts what the rejoin's answer brings as delivered.
//
// Commands: {"do":"send","tag","rate","processes","seconds"}  this process's share of the room's messages
//           {"do":"count","tag"}                              deliveries so far of messages with that tag
//           {"do":"report","tag"}                             deliveries, latency histogram, deliveries per message,
//                                                             repeats, drops and rejoins
//           {"do":"leave"}                                    stops every connection and exits
//
// Latency: each message carries its send time on the monotonic clock, which every process on the machine
// shares, so a receiver in another process can subtract it from its own reading. Times in answers are on it too.
import { readFileSync } from "node:fs";
import { createInterface } from "node:readline";
import signalR from "@microsoft/signalr";

const [hubUrlsArg, webinarId, tokensFile, firstArg, countArg, processArg] = process.argv.slice(2);
const hubUrls = hubUrlsArg.split(",");
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
// After a node died: the first try at once, then spread out, as the page's automatic reconnect does.
const rejoinAttempts = 30;
const rejoinPauseMillis = () => 250 + Math.random() * 750;

const tokens = readFileSync(tokensFile, "utf8").split("\n").slice(first, first + count);
const nowMicros = () => Number(process.hrtime.bigint() / 1000n);
const pause = (millis) => new Promise((resolve) => setTimeout(resolve, millis));
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

let leaving = false;
let joinedAll = false;
let closed = 0;
let repeats = 0;
const dropped = [];
const rejoined = [];
const errors = [];
const remember = (error) => errors.length < 5 && errors.push(String(error?.message ?? error));

/** One attendee: the last sequence it saw decides what a rejoin asks for and what is a repeat. */
class Attendee {
  constructor(token) {
    this.token = token;
    this.lastSequence = 0;
    this.hub = 0;
    this.connection = null;
    // As the page does: what arrives while a Join is on its way waits for the Join's answer, then goes in order.
    this.joining = false;
    this.queued = [];
  }

  get ready() {
    return this.connection?.state === signalR.HubConnectionState.Connected;
  }

  seen(change) {
    if (change.sequence <= this.lastSequence) {
      repeats++;
      return;
    }
    this.lastSequence = change.sequence;
    const [tag, id, sentAt] = (change.chat?.text ?? "").split(" ");
    if (sentAt === undefined) {
      return;
    }
    const entry = tally(tag);
    entry.delivered++;
    entry.histogram[Math.min(buckets, Math.floor((nowMicros() - Number(sentAt)) / bucketMicros))]++;
    const key = Number(id);
    entry.perMessage.set(key, (entry.perMessage.get(key) ?? 0) + 1);
  }

  async join(attempts) {
    for (let attempt = 1; ; attempt++) {
      // Straight to the WebSocket: a negotiate round trip per attendee only adds to the connection storm.
      const connection = new signalR.HubConnectionBuilder()
        .withUrl(hubUrls[this.hub], { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets, accessTokenFactory: () => this.token })
        .configureLogging(signalR.LogLevel.None)
        .build();
      connection.on("Chat", (change) => (this.joining ? this.queued.push(change) : this.seen(change)));
      // Registered so the client does not warn about events the benchmark does not look at.
      for (const event of ["Presence", "Question", "Poll", "Slide", "MessageDeleted", "Ended", "Hand"]) {
        connection.on(event, () => {});
      }
      try {
        this.joining = true;
        this.queued = [];
        await connection.start();
        const snapshot = await connection.invoke("Join", webinarId, this.lastSequence);
        if (snapshot.fresh) {
          // Too far behind for a replay: the snapshot's recent chat is what the page shows.
          for (const chat of snapshot.recentChat) {
            if (chat.sequence > this.lastSequence) {
              this.seen({ sequence: chat.sequence, chat });
            }
          }
          this.lastSequence = Math.max(this.lastSequence, snapshot.lastSequence);
        } else {
          snapshot.events.forEach((change) => this.seen(change));
        }
        this.joining = false;
        this.queued.splice(0).forEach((change) => this.seen(change));
        this.connection = connection;
        connection.onclose(() => this.lost());
        return true;
      } catch (error) {
        this.joining = false;
        await connection.stop().catch(() => {});
        if (attempt >= attempts) {
          remember(error);
          return false;
        }
        this.hub = (this.hub + 1) % hubUrls.length;
        await pause(attempt === 1 && attempts === connectAttempts ? 500 : rejoinPauseMillis());
      }
    }
  }

  async lost() {
    if (leaving || !joinedAll) {
      return;
    }
    closed++;
    const at = nowMicros();
    dropped.push(at);
    this.connection = null;
    this.hub = (this.hub + 1) % hubUrls.length;
    if (await this.join(rejoinAttempts)) {
      rejoined.push(nowMicros() - at);
    }
  }
}

const attendees = tokens.map((token) => new Attendee(token));
const joined = [];
let next = 0;
await Promise.all(Array.from({ length: connectInParallel }, async () => {
  while (next < attendees.length) {
    const attendee = attendees[next++];
    if (await attendee.join(connectAttempts)) {
      joined.push(attendee);
    }
  }
}));
joinedAll = true;
say({ joined: joined.length, failed: attendees.length - joined.length, errors: errors.splice(0) });

/** The next attendee, round robin, whose connection is up: one that is rejoining does not speak meanwhile. */
let speaker = 0;
function nextSpeaker() {
  for (let tried = 0; tried < joined.length; tried++) {
    const attendee = joined[speaker++ % joined.length];
    if (attendee.ready) {
      return attendee;
    }
  }
  return null;
}

/** Message k of the room goes out at k / rate seconds, from process k mod processes: senders spread evenly. */
async function send({ tag, rate, processes, seconds }) {
  const start = nowMicros();
  const sends = [];
  const acknowledged = [];
  const acknowledgedAt = [];
  let refused = 0;
  for (let j = 0; ; j++) {
    const k = processIndex + j * processes;
    const due = start + (k / rate) * 1e6;
    if (k / rate >= seconds) {
      break;
    }
    const wait = (due - nowMicros()) / 1000;
    if (wait > 0) {
      await pause(wait);
    }
    // Each attendee speaks rarely, well inside the room's pacing.
    const attendee = nextSpeaker();
    if (!attendee) {
      refused++;
      continue;
    }
    const id = processIndex * idsPerProcess + j;
    const sentAt = nowMicros();
    sends.push(attendee.connection.invoke("SendChat", webinarId, `${tag} ${id} ${sentAt}`).then(
      () => {
        // Until the server acknowledged (stored and handed to the room): tells the server's own path from the fan-out.
        const at = nowMicros();
        acknowledged.push((at - sentAt) / 1000);
        acknowledgedAt.push([sentAt, at]);
        return id;
      },
      (error) => {
        refused++;
        remember(error);
        return null;
      }));
  }
  const sent = (await Promise.all(sends)).filter((id) => id !== null);
  say({ sent, acknowledged, acknowledgedAt, refused, errors: errors.splice(0) });
}

function report({ tag }) {
  const entry = tally(tag);
  const histogram = [];
  entry.histogram.forEach((n, bucket) => n > 0 && histogram.push([bucket, n]));
  say({ delivered: entry.delivered, histogram, perMessage: [...entry.perMessage], closed, repeats, dropped, rejoined, bucketMicros, errors: errors.splice(0) });
}

const commands = createInterface({ input: process.stdin });
for await (const line of commands) {
  const command = JSON.parse(line);
  if (command.do === "send") {
    send(command);
  } else if (command.do === "count") {
    // Only acknowledged messages count: a send answered "try again" may still have been stored and delivered.
    const { perMessage } = tally(command.tag);
    say({ delivered: command.ids.reduce((sum, id) => sum + (perMessage.get(id) ?? 0), 0) });
  } else if (command.do === "report") {
    report(command);
  } else if (command.do === "leave") {
    break;
  }
}
leaving = true;
await Promise.all(joined.map((attendee) => attendee.connection?.stop().catch(() => {})));
process.exit(0);

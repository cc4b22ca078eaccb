// Sends a file in blocks to /materials/uploads so that a dropped connection costs only the blocks in flight:
// a failed block is tried again with growing waits, and when the same file is picked again (after a reload,
// or after giving up) the upload continues from the blocks the academy already has. Progress shows in a bar
// and in words, announced in steps of ten. Each block goes with XMLHttpRequest, the one browser API that
// reports upload progress.
const inFlight = 3;
const waits = [1, 2, 4, 8, 15, 15, 15, 15, 15, 15, 15, 15];
const retried = new Set([0, 408, 429, 500, 502, 503, 504]);

document.addEventListener("DOMContentLoaded", () => {
  for (const form of document.querySelectorAll("form[data-upload]")) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      upload(form);
    });
    for (const button of document.querySelectorAll("[data-discard-upload]")) {
      button.hidden = false;
      button.addEventListener("click", () => discard(form, button));
    }
  }
});

// An unfinished upload the facilitator will not continue: its blocks go now, not when it expires.
async function discard(form, button) {
  const error = form.querySelector("[data-upload-error]");
  const status = form.querySelector("#upload-status");
  const token = form.querySelector("input[name=__RequestVerificationToken]").value;
  button.disabled = true;
  error.textContent = "";
  const answer = await new Sending().send("DELETE", `/materials/uploads/${button.dataset.discardUpload}`, null, token);
  if (answer.status !== 204 && answer.status !== 404) {
    const refusal = refusalOf(form, answer);
    error.textContent = refusal instanceof Refusal ? refusal.message : form.dataset.networkError;
    button.disabled = false;
    return;
  }
  const list = button.closest("ul");
  button.closest("[data-unfinished-upload]").remove();
  if (!list.querySelector("[data-unfinished-upload]")) list.closest("section").remove();
  status.textContent = format(form.dataset.discarded, button.dataset.fileName);
  form.querySelector("input[type=file]").focus();
}

// What can be known before sending hundreds of megabytes: a title, a file, its size.
function problemBeforeSending(form, file) {
  const titles = [...form.querySelectorAll("input[name^='Title.']")];
  if (titles.length > 0 && titles.every((input) => input.value.trim() === "")) {
    return { message: form.dataset.titleMissing, field: titles[0] };
  }
  if (file.files.length === 0) {
    return { message: form.dataset.fileMissing, field: file };
  }
  if (file.files[0].size > Number(form.dataset.maxBytes)) {
    return { message: form.dataset.tooLarge, field: file };
  }
  return null;
}

// A refusal that trying again will not change; its text is the academy's, in the user's language.
class Refusal extends Error {}

// One press of the button. When one block gives up, the whole sending stops: the other blocks' requests and
// waits end at once, so nothing goes on in the background after the page has said the upload stopped.
class Sending {
  requests = new Set();
  waits = new Set();
  stopped = false;

  stop() {
    this.stopped = true;
    for (const request of this.requests) request.abort();
    for (const wait of this.waits) wait();
  }

  wait(seconds) {
    return new Promise((resolve) => {
      const timer = setTimeout(done, seconds * 1000);
      const waits = this.waits;
      function done() {
        clearTimeout(timer);
        waits.delete(done);
        resolve();
      }
      waits.add(done);
    });
  }

  send(method, url, body, token, contentType, onProgress) {
    if (this.stopped) return Promise.resolve({ status: 0, stopped: true });
    return new Promise((resolve) => {
      const request = new XMLHttpRequest();
      request.open(method, url);
      request.setRequestHeader("Accept", "application/json");
      request.setRequestHeader("RequestVerificationToken", token);
      if (contentType) request.setRequestHeader("Content-Type", contentType);
      if (onProgress) request.upload.addEventListener("progress", (progress) => onProgress(progress.loaded));
      request.addEventListener("loadend", () => {
        this.requests.delete(request);
        resolve(request);
      });
      this.requests.add(request);
      request.send(body ?? null);
    });
  }
}

const format = (template, ...values) => template.replace(/\{(\d+)\}/g, (_, i) => String(values[Number(i)]));

// The bar moves with every byte; the words, announced in steps of ten, give way while a block is being
// tried again (and come back, with the bar's name, once every block is through again).
function progressOf(form, bar, status) {
  let announced = -10;
  let percent = 0;
  const troubled = new Set();
  const say = (value) => {
    announced = value;
    status.textContent = format(form.dataset.progress, value);
  };
  return {
    show(value) {
      percent = value;
      bar.value = value;
      if (troubled.size === 0 && value >= announced + 10 && value < 100) say(value);
    },
    resumed(value) {
      percent = announced = bar.value = value;
      status.textContent = format(form.dataset.resuming, value);
    },
    retrying(index, seconds, attempt) {
      troubled.add(index);
      status.textContent = format(form.dataset.retrying, seconds, attempt, waits.length);
    },
    through(index) {
      if (troubled.delete(index) && troubled.size === 0 && percent < 100) say(percent);
    },
  };
}

async function upload(form) {
  const input = form.querySelector("input[type=file]");
  const error = form.querySelector("[data-upload-error]");
  const progressBox = form.querySelector("[data-upload-progress]");
  const bar = progressBox.querySelector("progress");
  const status = form.querySelector("#upload-status");
  const button = form.querySelector("button[type=submit]");
  error.textContent = "";
  clearFieldError(form);
  const problem = problemBeforeSending(form, input);
  if (problem) {
    error.textContent = problem.message;
    markField(problem.field, problem.message);
    problem.field.focus();
    return;
  }

  const file = input.files[0];
  const token = form.querySelector("input[name=__RequestVerificationToken]").value;
  const progress = progressOf(form, bar, status);
  const sending = new Sending();
  button.disabled = true;
  progressBox.hidden = false;
  try {
    const started = await findOrStart(sending, form, file, token);
    const sent = new Map([...started.received].map((index) => [index, blockOf(file, started.blockSize, index).size]));
    const total = () => [...sent.values()].reduce((sum, size) => sum + size, 0);
    if (started.received.size > 0) {
      progress.resumed(Math.floor((total() * 100) / file.size));
    } else {
      progress.show(0);
    }
    const report = (index, bytes) => {
      sent.set(index, bytes);
      progress.show(Math.floor((total() * 100) / file.size));
    };
    await sendBlocks(sending, form, file, started, token, report, progress);
    bar.value = 100;
    status.textContent = `${format(form.dataset.progress, 100)}. ${form.dataset.saving}`;
    const created = await complete(sending, form, file, started, token, progress);
    status.textContent = form.dataset.done;
    window.location.assign(`/materials/${created.id}?saved=${created.version}`);
  } catch (failure) {
    sending.stop();
    error.textContent = failure instanceof Refusal ? failure.message : form.dataset.networkError;
    status.textContent = "";
    progressBox.hidden = true;
    button.disabled = false;
    input.focus();
  }
}

// The message beside the field as well as at the button, and the field marked, as the academy's other forms do.
function markField(field, message) {
  const note = Object.assign(document.createElement("p"), { className: "error-message", id: `${field.id}-upload-error`, textContent: message });
  note.dataset.uploadFieldError = "";
  const legend = field.closest("fieldset")?.querySelector("legend");
  if (legend) legend.after(note);
  else field.before(note);
  field.setAttribute("aria-invalid", "true");
  field.dataset.describedBefore = field.getAttribute("aria-describedby") ?? "";
  field.setAttribute("aria-describedby", `${note.id} ${field.dataset.describedBefore}`.trim());
}

function clearFieldError(form) {
  for (const note of form.querySelectorAll("[data-upload-field-error]")) note.remove();
  for (const field of form.querySelectorAll("[aria-invalid=true][data-described-before]")) {
    field.removeAttribute("aria-invalid");
    if (field.dataset.describedBefore) field.setAttribute("aria-describedby", field.dataset.describedBefore);
    else field.removeAttribute("aria-describedby");
    delete field.dataset.describedBefore;
  }
}

// The caller's unfinished upload of this very file (same name, length, material and first block), or a new one.
async function findOrStart(sending, form, file, token) {
  const materialId = form.dataset.materialId || null;
  const unfinished = await call(sending, form, "GET", "/materials/uploads", token);
  for (const candidate of unfinished) {
    if (candidate.fileName === file.name && candidate.length === file.size && (candidate.materialId || null) === materialId
        && candidate.firstBlockSha256 && await sha256(blockOf(file, candidate.blockSize, 0)) === candidate.firstBlockSha256) {
      return { id: candidate.uploadId, blockSize: candidate.blockSize, received: new Set(candidate.receivedBlocks) };
    }
  }
  const started = await call(sending, form, "POST", "/materials/uploads", token, JSON.stringify({ fileName: file.name, length: file.size, materialId }), "application/json");
  return { id: started.uploadId, blockSize: started.blockSize, received: new Set() };
}

// Block 0 first and alone: it tells the academy the file's type, and makes the upload one that can be resumed.
// The first block that gives up stops the others; its reason is the one told.
async function sendBlocks(sending, form, file, upload, token, report, progress) {
  const count = Math.ceil(file.size / upload.blockSize);
  const missing = [...Array(count).keys()].filter((index) => !upload.received.has(index));
  if (missing[0] === 0) {
    await sendBlock(sending, form, file, upload, missing.shift(), token, report, progress);
  }
  let failure = null;
  const workers = Array.from({ length: Math.min(inFlight, missing.length) }, async () => {
    try {
      while (missing.length > 0 && !sending.stopped) {
        await sendBlock(sending, form, file, upload, missing.shift(), token, report, progress);
      }
    } catch (error) {
      failure ??= error;
      sending.stop();
    }
  });
  await Promise.all(workers);
  if (failure) throw failure;
}

async function sendBlock(sending, form, file, upload, index, token, report, progress) {
  const block = blockOf(file, upload.blockSize, index);
  for (let attempt = 0; ; attempt++) {
    const answer = await sending.send("PUT", `/materials/uploads/${upload.id}/blocks/${index}`, block, token, "application/octet-stream", (loaded) => report(index, loaded));
    if (sending.stopped) throw new Error("stopped");
    if (answer.status === 204) {
      report(index, block.size);
      progress.through(index);
      return;
    }
    report(index, 0);
    if (!retried.has(answer.status) || attempt === waits.length) {
      throw refusalOf(form, answer);
    }
    progress.retrying(index, waits[attempt], attempt + 1);
    await sending.wait(waits[attempt]);
  }
}

// The fields of the form without the file: the same ones a single upload sends. A store that lost blocks
// (a 409 naming them) gets them again, once.
async function complete(sending, form, file, upload, token, progress) {
  const fields = new FormData(form);
  fields.delete("file");
  for (let attempt = 0; ; attempt++) {
    const answer = await sending.send("POST", `/materials/uploads/${upload.id}/completion`, fields, token);
    if (answer.status === 201) {
      return JSON.parse(answer.responseText);
    }
    if (answer.status === 409 && attempt === 0) {
      upload.received = new Set((await call(sending, form, "GET", `/materials/uploads/${upload.id}`, token)).receivedBlocks);
      if (upload.received.size < Math.ceil(file.size / upload.blockSize)) {
        await sendBlocks(sending, form, file, upload, token, () => {}, progress);
        continue;
      }
    }
    if (!retried.has(answer.status) || attempt >= waits.length) {
      throw refusalOf(form, answer);
    }
    await sending.wait(waits[attempt]);
  }
}

function blockOf(file, blockSize, index) {
  return file.slice(index * blockSize, Math.min(file.size, (index + 1) * blockSize));
}

async function sha256(blob) {
  const digest = await crypto.subtle.digest("SHA-256", await blob.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, "0")).join("");
}

// A JSON call; a network failure or a refusal throws.
async function call(sending, form, method, url, token, body, contentType) {
  const answer = await sending.send(method, url, body, token, contentType);
  if (answer.status >= 200 && answer.status < 300) {
    return JSON.parse(answer.responseText);
  }
  throw refusalOf(form, answer);
}

// A problem-details answer: its detail, then each field's messages. A sign-in page instead means the session
// ended; no answer at all is a connection that stayed down.
function refusalOf(form, request) {
  if (request.status === 0) {
    return new Error("network");
  }
  if (request.status === 401 || request.responseURL.includes("/account/login")) {
    return new Refusal(form.dataset.signedOut);
  }
  try {
    const problem = JSON.parse(request.responseText);
    const fields = Object.values(problem.errors || {}).flat();
    return new Refusal([problem.detail || problem.title, ...fields].filter(Boolean).join(" "));
  } catch {
    return new Error("unreadable");
  }
}

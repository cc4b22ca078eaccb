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
  }
});

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

async function upload(form) {
  const input = form.querySelector("input[type=file]");
  const error = form.querySelector("[data-upload-error]");
  const progressBox = form.querySelector("[data-upload-progress]");
  const bar = progressBox.querySelector("progress");
  const status = form.querySelector("#upload-status");
  const button = form.querySelector("button[type=submit]");
  error.textContent = "";
  const problem = problemBeforeSending(form, input);
  if (problem) {
    error.textContent = problem.message;
    problem.field.focus();
    return;
  }

  const file = input.files[0];
  const token = form.querySelector("input[name=__RequestVerificationToken]").value;
  let announced = -10;
  const show = (percent) => {
    bar.value = percent;
    if (percent >= announced + 10 && percent < 100) {
      announced = percent;
      status.textContent = form.dataset.progress.replace("{0}", percent);
    }
  };

  button.disabled = true;
  progressBox.hidden = false;
  try {
    const started = await findOrStart(form, file, token);
    const sent = new Map([...started.received].map((index) => [index, blockOf(file, started.blockSize, index).size]));
    const held = [...sent.values()].reduce((sum, size) => sum + size, 0);
    const heldPercent = Math.floor((held * 100) / file.size);
    if (started.received.size > 0) {
      status.textContent = form.dataset.resuming.replace("{0}", heldPercent);
      announced = heldPercent;
      bar.value = heldPercent;
    } else {
      show(0);
    }
    const report = (index, bytes) => {
      sent.set(index, bytes);
      const total = [...sent.values()].reduce((sum, size) => sum + size, 0);
      show(Math.floor((total * 100) / file.size));
    };
    await sendBlocks(form, file, started, token, report, status);
    bar.value = 100;
    status.textContent = `${form.dataset.progress.replace("{0}", 100)}. ${form.dataset.saving}`;
    const created = await complete(form, file, started, token, status);
    status.textContent = form.dataset.done;
    window.location.assign(`/materials/${created.id}`);
  } catch (failure) {
    error.textContent = failure instanceof Refusal ? failure.message : form.dataset.networkError;
    status.textContent = "";
    progressBox.hidden = true;
    button.disabled = false;
    input.focus();
  }
}

// The caller's unfinished upload of this very file (same name, length, material and first block), or a new one.
async function findOrStart(form, file, token) {
  const materialId = form.dataset.materialId || null;
  const unfinished = await call(form, "GET", "/materials/uploads", token);
  for (const candidate of unfinished) {
    if (candidate.fileName === file.name && candidate.length === file.size && (candidate.materialId || null) === materialId
        && candidate.firstBlockSha256 && await sha256(blockOf(file, candidate.blockSize, 0)) === candidate.firstBlockSha256) {
      return { id: candidate.uploadId, blockSize: candidate.blockSize, received: new Set(candidate.receivedBlocks) };
    }
  }
  const started = await call(form, "POST", "/materials/uploads", token, JSON.stringify({ fileName: file.name, length: file.size, materialId }), "application/json");
  return { id: started.uploadId, blockSize: started.blockSize, received: new Set() };
}

// Block 0 first and alone: it tells the academy the file's type, and makes the upload one that can be resumed.
async function sendBlocks(form, file, upload, token, report, status) {
  const count = Math.ceil(file.size / upload.blockSize);
  const missing = [...Array(count).keys()].filter((index) => !upload.received.has(index));
  if (missing[0] === 0) {
    await sendBlock(form, file, upload, 0, token, report, status);
    missing.shift();
  }
  const workers = Array.from({ length: Math.min(inFlight, missing.length) }, async () => {
    while (missing.length > 0) {
      await sendBlock(form, file, upload, missing.shift(), token, report, status);
    }
  });
  await Promise.all(workers);
}

async function sendBlock(form, file, upload, index, token, report, status) {
  const block = blockOf(file, upload.blockSize, index);
  for (let attempt = 0; ; attempt++) {
    const answer = await put(`/materials/uploads/${upload.id}/blocks/${index}`, block, token, (loaded) => report(index, loaded));
    if (answer.status === 204) {
      if (attempt > 0) {
        status.textContent = "";
      }
      report(index, block.size);
      return;
    }
    report(index, 0);
    if (!retried.has(answer.status) || attempt === waits.length) {
      throw refusalOf(form, answer);
    }
    status.textContent = form.dataset.retrying.replace("{0}", waits[attempt]);
    await new Promise((resolve) => setTimeout(resolve, waits[attempt] * 1000));
  }
}

// The fields of the form without the file: the same ones a single upload sends. A store that lost blocks
// (a 409 naming them) gets them again, once.
async function complete(form, file, upload, token, status) {
  const fields = new FormData(form);
  fields.delete("file");
  for (let attempt = 0; ; attempt++) {
    const answer = await send("POST", `/materials/uploads/${upload.id}/completion`, fields, token);
    if (answer.status === 201) {
      return JSON.parse(answer.responseText);
    }
    if (answer.status === 409 && attempt === 0) {
      upload.received = new Set((await call(form, "GET", `/materials/uploads/${upload.id}`, token)).receivedBlocks);
      if (upload.received.size < Math.ceil(file.size / upload.blockSize)) {
        await sendBlocks(form, file, upload, token, () => {}, status);
        continue;
      }
    }
    if (!retried.has(answer.status) || attempt >= waits.length) {
      throw refusalOf(form, answer);
    }
    await new Promise((resolve) => setTimeout(resolve, waits[attempt] * 1000));
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
async function call(form, method, url, token, body, contentType) {
  const answer = await send(method, url, body, token, contentType);
  if (answer.status >= 200 && answer.status < 300) {
    return JSON.parse(answer.responseText);
  }
  throw refusalOf(form, answer);
}

function send(method, url, body, token, contentType) {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open(method, url);
    request.setRequestHeader("Accept", "application/json");
    request.setRequestHeader("RequestVerificationToken", token);
    if (contentType) {
      request.setRequestHeader("Content-Type", contentType);
    }
    request.addEventListener("loadend", () => resolve(request));
    request.send(body ?? null);
  });
}

function put(url, block, token, onProgress) {
  return new Promise((resolve) => {
    const request = new XMLHttpRequest();
    request.open("PUT", url);
    request.setRequestHeader("Accept", "application/json");
    request.setRequestHeader("Content-Type", "application/octet-stream");
    request.setRequestHeader("RequestVerificationToken", token);
    request.upload.addEventListener("progress", (progress) => onProgress(progress.loaded));
    request.addEventListener("loadend", () => resolve(request));
    request.send(block);
  });
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

// The supervisor import with progress: the file goes to the page's Stream handler, which answers with a line of
// JSON per step ({done, total}) and a last line with the people and their set-password links ({imported}) or the
// file's problems ({errors}). The links are offered as a CSV file made here, never stored by the academy.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form[data-import]");
  if (!form || !window.fetch || !window.ReadableStream || !window.TextDecoderStream) return;
  const bar = form.querySelector("[data-import-progress]");
  const status = document.getElementById("import-status");
  const result = document.getElementById("import-result");
  const button = form.querySelector("button[type=submit]");
  const format = (template, ...values) => template.replace(/\{(\d+)\}/g, (_, i) => String(values[Number(i)]));

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    button.disabled = true;
    bar.hidden = false;
    bar.querySelector("progress").removeAttribute("value");
    result.replaceChildren();
    try {
      const response = await fetch(form.dataset.stream, { method: "POST", body: new FormData(form), headers: { Accept: "application/x-ndjson" } });
      if (!response.ok || !response.body) throw new Error(String(response.status));
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let pending = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        pending += value;
        const lines = pending.split("\n");
        pending = lines.pop();
        for (const line of lines.filter((l) => l.trim())) handle(JSON.parse(line));
      }
    } catch {
      show("notice notice--error", form.dataset.failed, "alert");
    } finally {
      button.disabled = false;
      bar.hidden = true;
    }
  });

  function handle(message) {
    if (message.total !== undefined) {
      const progress = bar.querySelector("progress");
      progress.max = message.total;
      progress.value = message.done;
      status.textContent = format(form.dataset.progress, message.done, message.total);
    } else if (message.errors) {
      status.textContent = "";
      const box = show("error-summary", form.dataset.rejected, "alert");
      const list = document.createElement("ul");
      for (const error of message.errors) list.append(Object.assign(document.createElement("li"), { textContent: error }));
      box.append(list);
    } else if (message.imported) {
      const count = message.imported.length;
      status.textContent = "";
      const box = show("notice", format(count === 1 ? form.dataset.doneOne : form.dataset.done, count), "status");
      box.append(Object.assign(document.createElement("p"), { className: "hint", textContent: form.dataset.linkOnce }));
      const download = Object.assign(document.createElement("a"), { className: "button", textContent: form.dataset.links, download: "set-password-links.csv" });
      download.href = URL.createObjectURL(new Blob(["\uFEFF" + csv(message.imported)], { type: "text/csv;charset=utf-8" }));
      box.append(download);
    }
  }

  function show(className, heading, role) {
    const box = Object.assign(document.createElement("div"), { className, tabIndex: -1 });
    box.setAttribute("role", role);
    box.append(Object.assign(document.createElement("h2"), { textContent: heading }));
    result.append(box);
    box.focus();
    return box;
  }

  // Semicolons, as spreadsheets in Finland expect; a cell starting like a formula is quoted as text.
  function csv(people) {
    const cell = (text) => {
      const safe = /^[=+\-@]/.test(text) ? "'" + text : text;
      return /[;"\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
    };
    const rows = [form.dataset.columns.split(";"), ...people.map((p) => [p.displayName, p.email, p.setPasswordLink])];
    return rows.map((row) => row.map(cell).join(";")).join("\r\n") + "\r\n";
  }
});

// Sends an upload form with XMLHttpRequest, the one browser API that reports upload progress, and shows
// the percentage in a progress bar and in words (announced in steps of ten, not at every percent).
document.addEventListener("DOMContentLoaded", () => {
  for (const form of document.querySelectorAll("form[data-upload]")) {
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      upload(form);
    });
  }
});

function upload(form) {
  const file = form.querySelector("input[type=file]");
  const error = form.querySelector("[data-upload-error]");
  const progressBox = form.querySelector("[data-upload-progress]");
  const bar = progressBox.querySelector("progress");
  const status = progressBox.querySelector("[role=status]");
  const button = form.querySelector("button[type=submit]");
  error.textContent = "";
  if (!form.reportValidity()) {
    return;
  }

  const request = new XMLHttpRequest();
  request.open("POST", form.action);
  request.setRequestHeader("Accept", "application/json");
  request.setRequestHeader("RequestVerificationToken", form.querySelector("input[name=__RequestVerificationToken]").value);
  let announced = -10;
  const show = (percent) => {
    bar.value = percent;
    if (percent >= announced + 10 || (percent === 100 && announced !== 100)) {
      announced = percent;
      status.textContent = form.dataset.progress.replace("{0}", percent);
    }
  };
  request.upload.addEventListener("progress", (progress) => {
    if (progress.lengthComputable) {
      show(Math.floor((progress.loaded * 100) / progress.total));
    }
  });
  // The last bytes are sent: the server still checks and stores the file before it answers.
  request.upload.addEventListener("load", () => show(100));
  request.addEventListener("load", () => {
    if (request.status === 201) {
      const created = JSON.parse(request.responseText);
      status.textContent = form.dataset.done;
      window.location.assign(`/materials/${created.id}`);
      return;
    }
    finish(describe(request));
  });
  request.addEventListener("error", () => finish(form.dataset.networkError));
  request.addEventListener("abort", () => finish(form.dataset.networkError));

  function finish(message) {
    error.textContent = message;
    progressBox.hidden = true;
    button.disabled = false;
    file.focus();
  }

  progressBox.hidden = false;
  bar.value = 0;
  status.textContent = form.dataset.progress.replace("{0}", 0);
  button.disabled = true;
  request.send(new FormData(form));
}

// A problem-details answer: its detail, then each field's messages.
function describe(request) {
  try {
    const problem = JSON.parse(request.responseText);
    const fields = Object.values(problem.errors || {}).flat();
    return [problem.detail || problem.title, ...fields].filter(Boolean).join(" ");
  } catch {
    return request.statusText;
  }
}

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

function upload(form) {
  const file = form.querySelector("input[type=file]");
  const error = form.querySelector("[data-upload-error]");
  const progressBox = form.querySelector("[data-upload-progress]");
  const bar = progressBox.querySelector("progress");
  const status = form.querySelector("#upload-status");
  const button = form.querySelector("button[type=submit]");
  error.textContent = "";
  const problem = problemBeforeSending(form, file);
  if (problem) {
    error.textContent = problem.message;
    problem.field.focus();
    return;
  }

  const request = new XMLHttpRequest();
  request.open("POST", form.action);
  request.setRequestHeader("Accept", "application/json");
  request.setRequestHeader("RequestVerificationToken", form.querySelector("input[name=__RequestVerificationToken]").value);
  let announced = -10;
  const show = (percent) => {
    bar.value = percent;
    if (percent >= announced + 10 && percent < 100) {
      announced = percent;
      status.textContent = form.dataset.progress.replace("{0}", percent);
    }
  };
  request.upload.addEventListener("progress", (progress) => {
    if (progress.lengthComputable) {
      show(Math.floor((progress.loaded * 100) / progress.total));
    }
  });
  // The last byte is sent; the server still checks and stores the file before it answers.
  request.upload.addEventListener("load", () => {
    bar.value = 100;
    status.textContent = `${form.dataset.progress.replace("{0}", 100)}. ${form.dataset.saving}`;
  });
  request.addEventListener("load", () => {
    if (request.status === 201) {
      const created = JSON.parse(request.responseText);
      status.textContent = form.dataset.done;
      window.location.assign(`/materials/${created.id}`);
      return;
    }
    finish(describe(form, request));
  });
  request.addEventListener("error", () => finish(form.dataset.networkError));
  request.addEventListener("abort", () => finish(form.dataset.networkError));

  function finish(message) {
    error.textContent = message;
    status.textContent = "";
    progressBox.hidden = true;
    button.disabled = false;
    file.focus();
  }

  progressBox.hidden = false;
  show(0);
  button.disabled = true;
  request.send(new FormData(form));
}

// A problem-details answer: its detail, then each field's messages. A sign-in page instead means the session ended.
function describe(form, request) {
  if (request.status === 401 || request.responseURL.includes("/account/login")) {
    return form.dataset.signedOut;
  }
  try {
    const problem = JSON.parse(request.responseText);
    const fields = Object.values(problem.errors || {}).flat();
    return [problem.detail || problem.title, ...fields].filter(Boolean).join(" ");
  } catch {
    return form.dataset.networkError;
  }
}

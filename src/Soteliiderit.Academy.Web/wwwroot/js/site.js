// Small progressive enhancements; every page works without this script.
document.addEventListener("DOMContentLoaded", () => {
  // After a form comes back with errors or a result, move focus there so a screen reader announces it.
  const focusTarget = document.querySelector("[data-focus-on-load]");
  if (focusTarget) {
    focusTarget.focus();
  }

  for (const button of document.querySelectorAll("[data-print]")) {
    button.addEventListener("click", () => window.print());
  }
});

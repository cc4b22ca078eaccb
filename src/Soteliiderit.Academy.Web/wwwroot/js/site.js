// Small progressive enhancements; every page works without this script.
document.addEventListener("DOMContentLoaded", () => {
  // After a form comes back with errors or a result, move focus there so a screen reader announces it.
  const focusTarget = document.querySelector("[data-focus-on-load]");
  if (focusTarget) {
    focusTarget.focus();
  }

  // On a phone the header's links and language buttons fold behind a menu button, so the page starts near the top.
  const toggle = document.getElementById("menu-toggle");
  const menu = document.getElementById("site-menu");
  if (toggle && menu) {
    const narrow = window.matchMedia("(max-width: 47.99rem)");
    const fold = () => {
      toggle.hidden = !narrow.matches;
      toggle.setAttribute("aria-expanded", String(!narrow.matches));
      menu.hidden = narrow.matches;
    };
    toggle.addEventListener("click", () => {
      const open = toggle.getAttribute("aria-expanded") !== "true";
      toggle.setAttribute("aria-expanded", String(open));
      menu.hidden = !open;
    });
    narrow.addEventListener("change", fold);
    fold();
  }

  // Copy buttons (a set-password link): shown only where the clipboard can be written.
  for (const button of document.querySelectorAll("[data-copy]")) {
    if (!navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", async () => {
      const source = document.getElementById(button.dataset.copy);
      const status = button.closest("[role=status]")?.querySelector("[data-copy-status]");
      try {
        await navigator.clipboard.writeText(source.value || source.textContent);
        if (status) status.textContent = button.dataset.copied;
      } catch {
        source.select?.();
      }
    });
  }

  // A person's unit list follows the organization chosen above it; without this script the form says to save first.
  for (const organization of document.querySelectorAll("select[data-unit-choice]")) {
    const unit = document.getElementById(organization.dataset.unitChoice);
    organization.addEventListener("change", async () => {
      const none = unit.options[0];
      unit.replaceChildren(none);
      if (!organization.value) return;
      const answer = await fetch(`/organizations/${organization.value}/units.json`, { headers: { Accept: "application/json" } });
      if (!answer.ok) return;
      for (const { id, path } of await answer.json()) {
        unit.append(new Option(path, id));
      }
    });
  }

  for (const button of document.querySelectorAll("[data-print]")) {
    button.addEventListener("click", () => window.print());
  }
});

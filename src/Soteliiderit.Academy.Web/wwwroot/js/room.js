// The live webinar room: one SignalR connection to /hubs/webinar (the @microsoft/signalr client).
// Every sequenced change is applied once, in order: after a reconnect the room asks for what it missed
// (Join with the last sequence it saw) and skips anything it has already shown.
(() => {
  "use strict";
  const data = JSON.parse(document.getElementById("room-data").textContent);
  const text = data.text;
  const webinarId = data.webinarId;
  const $ = (id) => document.getElementById(id);
  // Facilitator controls are only on the page for hosts; these run only where the control exists.
  const on = (id, event, handler) => $(id)?.addEventListener(event, handler);
  const narrow = window.matchMedia("(max-width: 47.99rem)");

  const state = {
    lastSequence: 0,
    joined: false,
    queued: [],
    facilitator: false,
    slide: 0,
    questions: new Map(),
    upvoted: new Set(),
    // Questions whose upvote is on its way: a redraw in between (someone else's upvote) must not offer it again.
    upvoting: new Set(),
    poll: null,
    votedPolls: new Set(),
    handRaised: false,
    ended: false,
  };

  const connection = new signalR.HubConnectionBuilder()
    .withUrl("/hubs/webinar")
    .withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 20000, 30000])
    .build();

  // ---- small DOM helpers: text only, never HTML ----
  function element(tag, className, content) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  function button(label, onClick, className = "button button--small button--secondary", key = undefined) {
    const node = element("button", className, label);
    node.type = "button";
    if (key) node.dataset.key = key;
    node.addEventListener("click", onClick);
    return node;
  }

  // Lists are redrawn on every update; without this a keyboard user who just upvoted or lowered a hand would
  // find focus thrown back to the top of the page. Focus returns to the same control, else to another in its
  // row, else to the list itself.
  function redrawKeepingFocus(container, redraw) {
    const active = document.activeElement;
    const inside = active && active !== container && container.contains(active);
    const key = inside ? active.dataset.key : undefined;
    const row = inside ? active.closest("[data-row]")?.dataset.row : undefined;
    redraw();
    if (!inside) return;
    const target = (key && container.querySelector(`[data-key="${key}"]`))
      || (row && container.querySelector(`[data-row="${row}"] button`))
      || (container.hidden ? container.previousElementSibling : container);
    target.focus();
  }

  // A list with nothing in it is hidden and its "nothing yet" line shown instead, so a screen reader never
  // hears "list, 1 item: no questions".
  function showList(list, empty, hasItems) {
    list.hidden = !hasItems;
    empty.hidden = hasItems;
  }

  function format(template, ...values) {
    return template.replace(/\{(\d+)\}/g, (_, i) => String(values[Number(i)]));
  }

  function votes(count) {
    return format(count === 1 ? text.VoteOne : text.Votes, count);
  }

  function time(at) {
    return new Date(at).toLocaleTimeString(document.documentElement.lang, { hour: "2-digit", minute: "2-digit", timeZone: data.timeZone });
  }

  function announce(message) {
    const announcer = $("room-announcer");
    announcer.textContent = "";
    announcer.textContent = message;
  }

  // The hub's refusal in the reader's language, or a general failure text.
  function refusal(error) {
    const match = /HubException: ([\s\S]*)$/.exec(error && error.message ? error.message : "");
    return match ? match[1] : text.Failed;
  }

  function showError(error) {
    const box = $("room-error");
    box.textContent = refusal(error);
    box.hidden = false;
  }

  function clearError() {
    // While a mute lasts, its notice stays; another call's success does not hide it.
    if (state.mutedUntil && Date.now() < Date.parse(state.mutedUntil)) return;
    $("room-error").hidden = true;
  }

  async function call(method, ...args) {
    try {
      const result = await connection.invoke(method, webinarId, ...args);
      clearError();
      return result;
    } catch (error) {
      showError(error);
      throw error;
    }
  }

  // A button pressed twice in one gesture (a double click) sends once: until the answer it is busy (aria-disabled,
  // not disabled, so a keyboard user's focus stays on it).
  async function once(control, action) {
    if (control.dataset.busy || control.getAttribute("aria-disabled") === "true") return;
    control.dataset.busy = "true";
    control.setAttribute("aria-disabled", "true");
    try {
      await action();
    } catch {
      // shown by call()
    } finally {
      delete control.dataset.busy;
      control.removeAttribute("aria-disabled");
    }
  }

  function setConnection(label, kind) {
    const badge = $("connection");
    badge.textContent = label;
    badge.className = "badge" + (kind ? " badge--" + kind : "");
  }

  // ---- panels: tabs on a phone, side by side on a wide screen ----
  const allTabs = [...$("room-tabs").querySelectorAll("button[data-panel]")];
  // A host taken off the plan loses the people tab: hidden, and skipped.
  const shownTabs = () => allTabs.filter((tab) => !tab.hidden);
  let selected = "panel-chat";

  function panelShown(panelId) {
    return !narrow.matches || selected === panelId;
  }

  function selectTab(panelId, focus = false) {
    selected = panelId;
    for (const tab of allTabs) {
      const chosen = tab.dataset.panel === panelId;
      tab.setAttribute("aria-selected", String(chosen));
      tab.tabIndex = chosen ? 0 : -1;
      if (narrow.matches) $(tab.dataset.panel).hidden = !chosen;
      if (chosen) {
        clearBadge(tab);
        if (focus) tab.focus();
      }
    }
  }

  function layoutPanels() {
    const bar = $("room-tabs");
    bar.hidden = !narrow.matches;
    if (narrow.matches) bar.setAttribute("role", "tablist");
    else bar.removeAttribute("role");
    for (const tab of allTabs) {
      const panel = $(tab.dataset.panel);
      if (tab.hidden) {
        panel.hidden = true;
        continue;
      }
      if (narrow.matches) {
        tab.setAttribute("role", "tab");
        tab.setAttribute("aria-controls", panel.id);
        panel.setAttribute("role", "tabpanel");
        panel.setAttribute("aria-labelledby", tab.id);
      } else {
        tab.removeAttribute("role");
        tab.removeAttribute("aria-controls");
        panel.removeAttribute("role");
        panel.setAttribute("aria-labelledby", panel.querySelector("h2").id);
        panel.hidden = false;
      }
    }
    selectTab(selected);
  }

  function clearBadge(tab) {
    const badge = tab.querySelector(".tab-badge");
    badge.hidden = true;
    badge.textContent = "";
    delete tab.dataset.count;
  }

  // Something happened in a panel that is not on screen: its tab says so (a count for chat, "new" otherwise).
  function notify(panelId, counted) {
    if (panelShown(panelId)) return;
    const tab = shownTabs().find((t) => t.dataset.panel === panelId);
    if (!tab) return;
    const badge = tab.querySelector(".tab-badge");
    const count = Number(tab.dataset.count || 0) + 1;
    tab.dataset.count = String(count);
    badge.textContent = counted ? format(text.NewCount, count) : text.New;
    badge.hidden = false;
  }

  for (const tab of allTabs) {
    tab.addEventListener("click", () => selectTab(tab.dataset.panel));
    tab.addEventListener("keydown", (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (!step) return;
      event.preventDefault();
      const shown = shownTabs();
      const next = shown[(shown.indexOf(tab) + step + shown.length) % shown.length];
      selectTab(next.dataset.panel, true);
    });
  }
  narrow.addEventListener("change", layoutPanels);
  layoutPanels();

  // ---- characters left in the chat and question boxes ----
  function countCharacters(input) {
    const limit = Number(input.dataset.limit);
    const left = limit - input.value.length;
    const counter = $(input.getAttribute("aria-describedby"));
    counter.textContent = left >= 0 ? format(text.CharactersLeft, left, limit) : format(text.CharactersOver, -left, limit);
    counter.classList.toggle("char-count--over", left < 0);
  }

  for (const input of document.querySelectorAll("[data-limit]")) {
    input.addEventListener("input", () => countCharacters(input));
    countCharacters(input);
  }

  // ---- chat ----
  function addChat(message, announceIt) {
    const log = $("chat-log");
    if (log.querySelector(`[data-sequence="${message.sequence}"]`)) return;
    const item = element("li", "chat-message");
    item.dataset.sequence = message.sequence;
    item.append(element("span", "meta", time(message.at) + " "), element("strong", "", message.authorName), document.createTextNode(": "));
    item.append(element("span", "chat-text", message.text));
    if (state.facilitator) {
      item.append(" ", button(text.Delete, () => call("DeleteMessage", message.sequence).catch(() => {})));
      if (message.authorId !== state.userId) item.append(" ", button(text.Mute, () => muteDialog(message.authorId, message.authorName)));
    }
    const atBottom = log.scrollHeight - log.scrollTop - log.clientHeight < 40;
    log.append(item);
    while (log.children.length > 200) log.firstElementChild.remove();
    if (atBottom) log.scrollTop = log.scrollHeight;
    if (announceIt) {
      const announcer = $("chat-announcer");
      announcer.textContent = "";
      announcer.textContent = format(text.NewMessage, message.authorName, message.text);
      notify("panel-chat", true);
    }
  }

  function removeChat(sequence) {
    const log = $("chat-log");
    const item = log.querySelector(`[data-sequence="${sequence}"]`);
    if (!item) return;
    const hadFocus = item.contains(document.activeElement);
    item.remove();
    if (hadFocus) log.focus();
  }

  // ---- muting: a modal dialog (keyboard-trapped, Escape cancels) instead of window.prompt ----
  // Who is being muted rides on the form itself: the dialog's "close" event comes a moment after closing, so
  // state it cleared could belong to the next opening already.
  let muteOpener = null;

  function muteDialog(userId, name) {
    muteOpener = document.activeElement;
    $("mute-form").dataset.userId = userId;
    $("mute-heading").textContent = format(text.MuteMinutes, name);
    $("mute-error").hidden = true;
    $("mute-minutes").value = "10";
    $("mute-dialog").showModal();
  }

  on("mute-form", "submit", async (event) => {
    event.preventDefault();
    const minutes = Number.parseInt($("mute-minutes").value, 10);
    try {
      await connection.invoke("Mute", webinarId, $("mute-form").dataset.userId, Number.isFinite(minutes) ? minutes : 0);
      $("mute-dialog").close();
    } catch (error) {
      $("mute-error").textContent = refusal(error);
      $("mute-error").hidden = false;
    }
  });
  on("mute-cancel", "click", () => $("mute-dialog").close());
  on("mute-dialog", "close", () => {
    if (!$("mute-dialog").open && muteOpener && muteOpener.isConnected) muteOpener.focus();
  });

  // ---- questions ----
  function renderQuestions() {
    const list = $("question-list");
    redrawKeepingFocus(list, () => drawQuestions(list));
  }

  function askedBy(q) {
    if (!q.anonymous) return q.authorName;
    // Hosts see who asked, clearly marked as hidden from everyone else; attendees see "anonymous".
    return state.facilitator && q.authorName ? format(text.AnonymousToAttendees, q.authorName) : text.Anonymous;
  }

  function drawQuestions(list) {
    list.replaceChildren();
    const questions = [...state.questions.values()]
      .filter((q) => (q.state !== "Dismissed" && q.state !== "Declined") || state.facilitator || q.authorId === state.userId)
      .sort((a, b) => b.upvotes - a.upvotes || new Date(a.askedAt) - new Date(b.askedAt));
    showList(list, $("question-empty"), questions.length > 0);
    for (const q of questions) {
      const item = element("li", "question question--" + q.state.toLowerCase());
      item.dataset.row = q.id;
      item.append(element("p", "question-text", q.text));
      const details = [askedBy(q), votes(q.upvotes)];
      if (q.state !== "Open") details.push(text[q.state]);
      item.append(element("p", "meta", details.join(" · ")));
      const actions = element("div", "actions");
      if (q.state === "Open") {
        const mine = state.upvoted.has(q.id);
        const upvote = button(mine ? format(text.Upvoted, q.upvotes) : format(text.Upvote, q.upvotes), () => upvoteOnce(q.id), undefined, q.id + ":upvote");
        upvote.setAttribute("aria-pressed", String(mine));
        if (mine || state.upvoting.has(q.id)) upvote.setAttribute("aria-disabled", "true");
        actions.append(upvote);
      }
      if (state.facilitator) {
        if (q.state === "Pending") actions.append(button(text.Approve, () => call("ApproveQuestion", q.id).catch(() => {}), undefined, q.id + ":approve"));
        if (q.state === "Open" || q.state === "Pending") {
          actions.append(button(text.MarkAnswered, () => call("AnswerQuestion", q.id, false).catch(() => {}), undefined, q.id + ":answered"));
          actions.append(button(text.Dismiss, () => call("AnswerQuestion", q.id, true).catch(() => {}), undefined, q.id + ":dismiss"));
        }
      }
      item.append(actions);
      list.append(item);
    }
  }

  // One upvote however often the button is pressed, even when the list is redrawn while the first is on its way.
  async function upvoteOnce(questionId) {
    if (state.upvoted.has(questionId) || state.upvoting.has(questionId)) return;
    state.upvoting.add(questionId);
    try {
      await call("Upvote", questionId);
      state.upvoted.add(questionId);
    } catch {
      // shown by call()
    } finally {
      state.upvoting.delete(questionId);
      renderQuestions();
    }
  }

  // ---- poll ----
  function renderPoll() {
    const box = $("poll");
    redrawKeepingFocus(box, () => drawPoll(box));
  }

  function drawPoll(box) {
    box.replaceChildren();
    const poll = state.poll;
    if (!poll) {
      box.append(element("p", "meta", text.NoPoll));
      return;
    }
    box.append(element("p", "poll-question", poll.question));
    if (poll.isOpen && !state.votedPolls.has(poll.id) && !state.facilitator) {
      const form = element("form", "poll-vote");
      const fieldset = element("fieldset", "choices");
      fieldset.append(element("legend", "visually-hidden", poll.question));
      poll.options.forEach((option, i) => {
        const row = element("div", "choice");
        const input = document.createElement("input");
        input.dataset.key = `option-${i}`;
        input.type = "radio";
        input.name = "poll-option";
        input.id = `poll-option-${i}`;
        input.value = String(i);
        const label = element("label", "", option);
        label.htmlFor = input.id;
        row.append(input, label);
        fieldset.append(row);
      });
      const vote = element("button", "button", text.Vote);
      vote.dataset.key = "vote";
      form.append(fieldset, vote);
      form.addEventListener("submit", (event) => {
        event.preventDefault();
        const chosen = form.querySelector("input[name=poll-option]:checked");
        if (!chosen) return;
        once(vote, async () => {
          await call("Vote", poll.id, Number(chosen.value));
          state.votedPolls.add(poll.id);
          renderPoll();
        });
      });
      box.append(form);
    } else if (poll.results) {
      const total = poll.results.reduce((a, b) => a + b, 0);
      const list = element("ul", "poll-results");
      poll.options.forEach((option, i) => {
        const count = poll.results[i];
        const share = total === 0 ? 0 : Math.round((count * 100) / total);
        list.append(element("li", "", `${option}: ${votes(count)} (${share} %)`));
      });
      box.append(list);
      if (!poll.isOpen) box.append(element("p", "meta", text.PollClosed));
    } else {
      box.append(element("p", "meta", text.Voted));
    }
    if (state.facilitator && poll.isOpen) {
      box.append(button(text.ClosePoll, () => call("ClosePoll", poll.id).catch(() => {}), "button button--secondary", "close-poll"));
    }
  }

  // ---- slides ----
  // Images show on the stage; a PDF deck opens in the browser's own viewer at the slide's page, or on a phone
  // (where browsers show no inline PDF) as a clear link to that page; anything else is a download.
  function slideView(slide) {
    const href = `/materials/${slide.materialId}/download`;
    if (slide.isImage) {
      const image = document.createElement("img");
      image.src = href + "?inline=true";
      image.alt = slide.title;
      return image;
    }
    if (slide.isPdf) {
      const page = pdfPage(slide);
      if (narrow.matches) {
        const link = element("a", "button button--secondary", format(text.OpenPage, slide.page, slide.title));
        link.href = page;
        link.target = "_blank";
        link.rel = "noopener";
        return link;
      }
      const frame = document.createElement("iframe");
      frame.className = "room-pdf";
      frame.src = page;
      frame.title = format(text.SlideOf, slide.number, data.slides.length) + " – " + slide.title;
      return frame;
    }
    const link = element("a", "", format(text.OpenSlide, slide.title));
    link.href = href;
    return link;
  }

  // The viewer opens at the page, fitted to the stage's width, without its thumbnails pane.
  function pdfPage(slide) {
    return `/materials/${slide.materialId}/download?inline=true#page=${slide.page}&navpanes=0&view=FitH`;
  }

  function renderSlide() {
    const holder = $("slide");
    const slide = data.slides.find((s) => s.number === state.slide);
    const previous = $("slide-previous");
    const next = $("slide-next");
    if (previous) previous.disabled = state.slide <= 1;
    if (next) next.disabled = state.slide >= data.slides.length;
    holder.parentElement.hidden = !slide;
    const card = $("stage-card");
    if (card) card.hidden = Boolean(slide);
    if (!slide) {
      holder.replaceChildren();
      $("slide-caption").textContent = "";
      return;
    }
    const shown = holder.firstElementChild;
    // The same PDF at another page: move the viewer rather than reload the frame from scratch.
    if (shown && shown.tagName === "IFRAME" && slide.isPdf && !narrow.matches && shown.src.split("#")[0].endsWith(`/materials/${slide.materialId}/download?inline=true`)) {
      shown.src = pdfPage(slide);
      shown.title = format(text.SlideOf, slide.number, data.slides.length) + " – " + slide.title;
    } else {
      holder.replaceChildren(slideView(slide));
    }
    $("slide-caption").textContent = format(text.SlideOf, slide.number, data.slides.length) + " – " + slide.title;
  }

  narrow.addEventListener("change", renderSlide);

  // ---- hands and presence ----
  function renderHands(queue) {
    const mine = queue.some((h) => h.userId === state.userId);
    if (!state.facilitator) {
      state.handRaised = mine;
      updateHandButton();
      return;
    }
    const list = $("hand-queue");
    if (!list) return;
    redrawKeepingFocus(list, () => {
      list.replaceChildren();
      showList(list, $("hand-empty"), queue.length > 0);
      for (const hand of queue) {
        const item = element("li", "", hand.name + " ");
        item.append(button(text.Lower, () => call("LowerHand", hand.userId).catch(() => {}), undefined, hand.userId));
        list.append(item);
      }
    });
    if (queue.length > 0) notify("panel-people", false);
  }

  function updateHandButton() {
    const hand = $("hand");
    if (!hand) return;
    hand.setAttribute("aria-pressed", String(state.handRaised));
    hand.textContent = state.handRaised ? text.LowerHand : text.RaiseHand;
  }

  function setAttendees(count) {
    $("attendees").textContent = format(text.AttendeesNow, count);
  }

  // ---- applying what the hub sends ----
  function apply(change, live) {
    if (change.sequence !== 0) {
      if (change.sequence <= state.lastSequence) return;
      state.lastSequence = change.sequence;
    }
    switch (change.kind) {
      case "Chat":
        addChat(change.chat, live && change.chat.authorId !== state.userId);
        break;
      case "MessageDeleted":
        removeChat(change.deletedSequence);
        break;
      case "Question":
        if (live && !state.questions.has(change.question.id)) notify("panel-questions", false);
        state.questions.set(change.question.id, change.question);
        renderQuestions();
        break;
      case "Poll": {
        const opened = change.poll.isOpen && (!state.poll || state.poll.id !== change.poll.id);
        if (change.poll.isOpen || (state.poll && state.poll.id === change.poll.id)) state.poll = change.poll;
        renderPoll();
        if (live && opened) {
          notify("panel-poll", false);
          if (!state.facilitator) announce(format(text.PollOpened, change.poll.question));
        }
        break;
      }
      case "Slide":
        state.slide = change.slide;
        renderSlide();
        break;
      case "Ended":
        endRoom();
        break;
    }
  }

  function receive(change) {
    if (!state.joined) {
      state.queued.push(change);
      return;
    }
    apply(change, true);
  }

  function endRoom() {
    state.ended = true;
    setConnection(text.Ended, "warning");
    for (const control of document.querySelectorAll("#room button, #room input, #room textarea, #hand")) {
      control.disabled = true;
    }
    for (const tab of allTabs) tab.disabled = false;
    $("attendees").textContent = "";
    connection.stop();
  }

  async function join() {
    state.joined = false;
    const snapshot = await connection.invoke("Join", webinarId, state.lastSequence);
    state.facilitator = snapshot.isFacilitator;
    // A host taken off the plan keeps the page but loses the controls at once (and the people tab with them).
    for (const node of document.querySelectorAll("#poll-form, #slide-previous, #slide-next, #tab-people")) node.hidden = !state.facilitator;
    if (!state.facilitator && selected === "panel-people") selected = "panel-chat";
    layoutPanels();
    state.upvoted = new Set(snapshot.upvoted);
    if (snapshot.fresh) {
      $("chat-log").replaceChildren();
      state.questions = new Map(snapshot.questions.map((q) => [q.id, q]));
      state.poll = snapshot.activePoll;
      if (snapshot.activePoll && snapshot.hasVoted) state.votedPolls.add(snapshot.activePoll.id);
      state.slide = snapshot.currentSlide;
      state.lastSequence = snapshot.lastSequence;
      for (const message of snapshot.recentChat) addChat(message, false);
      renderQuestions();
      renderPoll();
      renderSlide();
    } else {
      for (const change of snapshot.events) apply(change, false);
      // A replay carries the poll only to facilitators, for its live results, which are not sequenced.
      if (snapshot.activePoll) {
        state.poll = snapshot.activePoll;
        renderPoll();
      }
      renderQuestions();
    }
    setAttendees(snapshot.attendeeCount);
    renderHands(snapshot.hands);
    if (snapshot.mutedUntil) showMuted(snapshot.mutedUntil);
    else clearError();
    state.joined = true;
    const queued = state.queued.splice(0);
    for (const change of queued) apply(change, true);
    if (snapshot.ended) endRoom();
  }

  for (const name of ["Chat", "MessageDeleted", "Question", "Poll", "Slide", "Ended"]) {
    connection.on(name, receive);
  }
  connection.on("Presence", setAttendees);
  connection.on("Hand", renderHands);
  connection.on("Muted", showMuted);

  // Told at once, and again on every join while it lasts, rather than only when a message is refused; the notice
  // goes when the mute ends.
  function showMuted(until) {
    state.mutedUntil = until;
    const box = $("room-error");
    box.textContent = format(text.MutedUntil, time(until));
    box.hidden = false;
    setTimeout(() => {
      if (state.mutedUntil !== until) return;
      state.mutedUntil = null;
      clearError();
    }, Math.max(0, Date.parse(until) - Date.now()));
  }

  connection.onreconnecting(() => {
    state.joined = false;
    setConnection(text.Reconnecting, "warning");
  });
  connection.onreconnected(async () => {
    try {
      await join();
      setConnection(text.Connected, "done");
    } catch (error) {
      await refusedToRejoin(error);
    }
  });

  // The hub refuses a join once the webinar has ended. If the Ended event itself was missed while the
  // connection was down, close the room as if it had arrived instead of leaving a room that only fails.
  async function refusedToRejoin(error) {
    try {
      const response = await fetch(`/webinars/${webinarId}/details.json`, { headers: { Accept: "application/json" } });
      if (response.ok && (await response.json()).listing.status === "Ended") {
        endRoom();
        return;
      }
    } catch {
      // offline again: the refusal below is all there is to say
    }
    showError(error);
    await connection.stop();
  }
  connection.onclose(() => {
    if (state.ended) return;
    setConnection(text.Disconnected, "warning");
    const again = button(text.Reconnect, async () => {
      again.remove();
      await start();
    }, "button button--small");
    $("connection").after(" ", again);
  });

  async function start() {
    setConnection(text.Connecting);
    try {
      await connection.start();
    } catch (error) {
      setConnection(text.Disconnected, "warning");
      showError(error);
      return;
    }
    try {
      await join();
      setConnection(text.Connected, "done");
    } catch (error) {
      await refusedToRejoin(error);
    }
  }

  // ---- what people do ----
  $("chat-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = $("chat-text");
    const message = input.value.trim();
    if (!message) return;
    try {
      await call("SendChat", message);
      // Cleared only if it still holds what was sent: what was typed meanwhile stays.
      if (input.value.trim() === message) input.value = "";
      countCharacters(input);
    } catch {
      // the text stays in the box, the reason is shown
    }
  });

  $("question-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const input = $("question-text");
    const question = input.value.trim();
    try {
      await call("Ask", question, $("question-anonymous").checked);
      if (input.value.trim() === question) input.value = "";
      countCharacters(input);
    } catch {
      // shown by call()
    }
  });

  on("poll-form", "submit", async (event) => {
    event.preventDefault();
    const options = $("poll-options").value.split("\n").map((o) => o.trim()).filter((o) => o.length > 0);
    try {
      await call("StartPoll", $("poll-question").value.trim(), options);
      $("poll-question").value = "";
      $("poll-options").value = "";
    } catch {
      // shown by call()
    }
  });

  on("hand", "click", () => once($("hand"), async () => {
    if (state.handRaised) {
      await call("LowerHand", state.userId);
      state.handRaised = false;
    } else {
      await call("RaiseHand");
      state.handRaised = true;
    }
    updateHandButton();
  }));

  // A click counts from the slide last asked for, not the one last shown: two quick clicks move two slides even
  // while the first change is still on its way back from the hub.
  let askedSlide = null;
  function moveSlide(step) {
    const to = (askedSlide ?? state.slide) + step;
    if (to < 1 || to > data.slides.length) return;
    askedSlide = to;
    call("SetSlide", to).catch(() => {}).finally(() => {
      if (askedSlide === to) askedSlide = null;
    });
  }
  on("slide-previous", "click", () => moveSlide(-1));
  on("slide-next", "click", () => moveSlide(1));

  on("show-attendees", "click", async () => {
    const people = await call("GetAttendees").catch(() => []);
    const list = $("attendee-list");
    list.replaceChildren();
    for (const person of people) {
      const item = element("li", "", person.name + (person.isFacilitator ? ` (${text.Hosting})` : "") + " ");
      if (!person.isFacilitator) item.append(button(text.Mute, () => muteDialog(person.userId, person.name)));
      list.append(item);
    }
  });

  on("end-webinar", "click", () => {
    if (window.confirm(text.EndConfirm)) call("End").catch(() => {});
  });

  state.userId = document.getElementById("room").dataset.user;
  start();
})();

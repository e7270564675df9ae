// The student's submission page: essay autosave (every few seconds and on blur), the word count said on request or at the
// limits, links, uploads and removals without a reload. Save draft, Submit and Withdraw are forms (enhanced-forms.js).
// Listeners sit on the document, so parts the page takes fresh from the server keep working.
(function () {
  "use strict";
  const root = document.getElementById("submission");
  if (!root) return;
  const base = "/app/assignments/" + root.dataset.assignment + "/submission";
  const min = Number(root.dataset.minWords) || 0, max = Number(root.dataset.maxWords) || 0;
  let dirty = false;
  let saving = null;

  function essay() { return document.getElementById("essay"); }
  // Confirmations and problems go to the page's one polite region, and the focus with them.
  function say(text) { window.ltiEnhanced.announce(text, true); }
  function tell(text) { window.ltiEnhanced.announce(text, false); }
  function sayProblem(text) { window.ltiEnhanced.problem(text); }
  // The autosave's line is quiet: a save every few seconds is no news.
  function quietly(text) { const line = document.getElementById("save-state"); if (line) line.textContent = text; }
  function words(text) { const found = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu); return found ? found.length : 0; }
  function time(at) { return new Date(at).toLocaleTimeString(document.documentElement.lang); }

  async function send(method, path, body) {
    const response = await window.ltiFetch(base + path, {
      method: method, headers: { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(await response.text());
    return response.status === 204 ? null : response.json();
  }

  async function saveEssay() {
    const field = essay();
    if (!field || !field.name || !dirty) return saving;
    dirty = false;
    saving = send("PUT", "/essay", { markdown: field.value })
      .then(function (body) { quietly(window.toolText("DraftAutosavedAt", time(body.savedAt))); })
      .catch(function (error) { dirty = true; quietly(error.message); });
    return saving;
  }

  function countText(n) {
    let text = window.toolText(n === 1 ? "Word" : "Words", n);
    if (min && n < min) text += window.toolText("AtLeast", min);
    if (max && n > max) text += window.toolText("AtMost", max);
    return text;
  }

  // The count is said when asked for, and once when the essay reaches the minimum or passes the maximum.
  let lastCount = null;
  function update() {
    const n = words(essay().value);
    document.getElementById("word-count").textContent = countText(n);
    if (lastCount !== null) {
      if (min && lastCount < min && n >= min) tell(window.toolText("WordsReachedMinimum", n, min));
      if (max && lastCount <= max && n > max) tell(window.toolText("WordsOverMaximum", n, max));
    }
    lastCount = n;
  }

  function bind() {
    const count = document.getElementById("count-words");
    if (count) count.hidden = false;
    if (essay()) lastCount = words(essay().value);
  }
  bind();
  document.addEventListener("lti:refreshed", bind);

  document.addEventListener("input", function (event) {
    if (event.target.id !== "essay") return;
    dirty = true;
    update();
  });
  document.addEventListener("focusout", function (event) { if (event.target.id === "essay") saveEssay(); });
  setInterval(saveEssay, 3000);
  window.addEventListener("pagehide", saveEssay);
  // The forms post the essay themselves; an autosave still under way finishes first.
  document.addEventListener("submit", function (event) { if (event.target.id === "work-form") dirty = false; }, true);

  document.addEventListener("click", function (event) {
    const target = event.target.closest("button");
    if (!target) return;
    if (target.id === "count-words") {
      tell(countText(words(essay().value)));
    } else if (target.id === "link-save") {
      send("PUT", "/link", {
        url: document.getElementById("link-url").value, title: document.getElementById("link-title").value,
        description: document.getElementById("link-description").value,
      }).then(function () { say(window.toolText("LinkSaved")); }).catch(function (error) { sayProblem(error.message); });
    } else if (target.id === "link-remove") {
      if (!window.confirm(window.toolText("ConfirmRemoveLink"))) return;
      send("DELETE", "/link").then(function () {
        ["link-url", "link-title", "link-description"].forEach(function (id) { document.getElementById(id).value = ""; });
        target.hidden = true;
        say(window.toolText("LinkRemoved"));
      }).catch(function (error) { sayProblem(error.message); });
    } else if (target.dataset.removeFile) {
      if (!window.confirm(window.toolText("ConfirmRemoveFile", target.dataset.name))) return;
      const holder = target.closest("[id^='files-']");
      send("DELETE", "/files/" + target.dataset.removeFile)
        .then(function () { return window.ltiEnhanced.refresh([holder.id]); })
        .then(function () { say(window.toolText("FileRemoved", target.dataset.name)); })
        .catch(function (error) { sayProblem(error.message); });
    }
  });

  // The length the browser reads from a video or audio file, or null when it cannot tell (the server measures it again).
  function mediaSeconds(file) {
    if (!/^(video|audio)\//.test(file.type)) return Promise.resolve(null);
    return new Promise(function (resolve) {
      const probe = document.createElement(file.type.startsWith("audio") ? "audio" : "video");
      const url = URL.createObjectURL(file);
      probe.preload = "metadata";
      probe.onloadedmetadata = function () { URL.revokeObjectURL(url); resolve(isFinite(probe.duration) ? probe.duration : null); };
      probe.onerror = function () { URL.revokeObjectURL(url); resolve(null); };
      probe.src = url;
    });
  }

  const maxSeconds = Number(root.dataset.maxSeconds) || 0;
  document.addEventListener("change", async function (event) {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || !input.dataset.upload) return;
    const file = input.files[0];
    if (!file) return;
    const kind = input.dataset.upload;
    const progress = document.querySelector('[data-progress="' + kind + '"]');
    const seconds = maxSeconds > 0 ? await mediaSeconds(file) : null;
    if (seconds !== null && seconds > maxSeconds + 3) {
      const length = function (s) { const w = Math.round(s); return Math.floor(w / 60) + ":" + String(w % 60).padStart(2, "0"); };
      sayProblem(window.toolText("TooLong", file.name, length(seconds), length(maxSeconds)));
      input.value = "";
      return;
    }
    try {
      await window.ltiUploader.uploadFile(file, { assignment: root.dataset.assignment }, kind, function (fraction) {
        progress.textContent = window.toolText("Uploaded", Math.round(fraction * 100));
      });
      input.value = "";
      progress.textContent = "";
      await window.ltiEnhanced.refresh(["files-" + kind]);
      say(window.toolText("FileUploaded", file.name).trim());
    } catch (error) {
      progress.textContent = "";
      sayProblem(error.message);
    }
  });
})();

// The student's submission page: live word count, essay autosave (every few seconds and on blur), links, uploads, and one submit for every part.
(function () {
  "use strict";
  const root = document.getElementById("submission");
  if (!root) return;
  const base = "/app/assignments/" + root.dataset.assignment + "/submission";
  const status = document.getElementById("status");
  const essay = document.getElementById("essay");
  let dirty = false;
  let saving = null;

  function say(text) { status.textContent = text; }
  function words(text) { const found = text.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu); return found ? found.length : 0; }

  async function send(method, path, body) {
    const response = await window.ltiFetch(base + path, {
      method: method, headers: { "Content-Type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(await response.text());
    return response.status === 204 ? null : response.json();
  }

  async function saveEssay() {
    if (!essay || !dirty) return saving;
    dirty = false;
    saving = send("PUT", "/essay", { markdown: essay.value })
      .then(function (body) { say(window.toolText("DraftSavedAt", new Date(body.savedAt).toLocaleTimeString(document.documentElement.lang))); })
      .catch(function (error) { dirty = true; say(error.message); });
    return saving;
  }

  if (essay) {
    const count = document.getElementById("word-count");
    const min = root.dataset.minWords, max = root.dataset.maxWords;
    function update() {
      const n = words(essay.value);
      let text = window.toolText(n === 1 ? "Word" : "Words", n);
      if (min && n < Number(min)) text += window.toolText("AtLeast", min);
      if (max && n > Number(max)) text += window.toolText("AtMost", max);
      count.textContent = text;
    }
    essay.addEventListener("input", function () { dirty = true; update(); });
    essay.addEventListener("blur", saveEssay);
    setInterval(saveEssay, 3000);
    window.addEventListener("pagehide", saveEssay);
  }

  const linkSave = document.getElementById("link-save");
  if (linkSave) {
    linkSave.addEventListener("click", function () {
      send("PUT", "/link", {
        url: document.getElementById("link-url").value, title: document.getElementById("link-title").value,
        description: document.getElementById("link-description").value,
      }).then(function () { say(window.toolText("LinkSaved")); }).catch(function (error) { say(error.message); });
    });
  }

  const linkRemove = document.getElementById("link-remove");
  if (linkRemove) {
    linkRemove.addEventListener("click", function () {
      if (!window.confirm(window.toolText("ConfirmRemoveLink"))) return;
      send("DELETE", "/link").then(function () { say(window.toolText("LinkRemoved")); window.location.reload(); }).catch(function (error) { say(error.message); });
    });
  }

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
  document.querySelectorAll("input[data-upload]").forEach(function (input) {
    input.addEventListener("change", async function () {
      const file = input.files[0];
      if (!file) return;
      const progress = document.querySelector('[data-progress="' + input.dataset.upload + '"]');
      const seconds = maxSeconds > 0 ? await mediaSeconds(file) : null;
      if (seconds !== null && seconds > maxSeconds + 3) {
        const length = function (s) { const w = Math.round(s); return Math.floor(w / 60) + ":" + String(w % 60).padStart(2, "0"); };
        progress.textContent = window.toolText("TooLong", file.name, length(seconds), length(maxSeconds));
        input.value = "";
        return;
      }
      try {
        await window.ltiUploader.uploadFile(file, { assignment: root.dataset.assignment }, input.dataset.upload, function (fraction) {
          progress.textContent = window.toolText("Uploaded", Math.round(fraction * 100));
        });
        progress.textContent = window.toolText("FileUploaded", file.name).trim();
        window.location.reload();
      } catch (error) {
        progress.textContent = error.message;
      }
    });
  });

  document.querySelectorAll("[data-remove-file]").forEach(function (button) {
    button.addEventListener("click", function () {
      if (!window.confirm(window.toolText("ConfirmRemoveFile", button.dataset.name))) return;
      send("DELETE", "/files/" + button.dataset.removeFile)
        .then(function () { say(window.toolText("FileRemoved", button.dataset.name)); window.location.reload(); })
        .catch(function (error) { say(error.message); });
    });
  });

  document.querySelectorAll("[data-submit]").forEach(function (button) {
    button.addEventListener("click", async function () {
      await saveEssay();
      try {
        const body = await send("POST", "/submit");
        say(window.toolText(body.late ? "SubmittedLate" : "Submitted", body.attempt));
        setTimeout(function () { window.location.reload(); }, 800);
      } catch (error) {
        say(error.message);
      }
    });
  });

  const withdraw = document.getElementById("withdraw");
  if (withdraw) {
    withdraw.addEventListener("click", function () {
      send("POST", "/withdraw").then(function () { window.location.reload(); }).catch(function (error) { say(error.message); });
    });
  }
})();

// Players of submitted video and audio: caption upload, and time-coded comments (teachers add with a click on the
// timeline or the C key at the current time; students read them after release and jump to each moment).
(function () {
  "use strict";

  function clock(seconds) {
    const s = Math.max(0, Math.floor(seconds));
    const m = Math.floor(s / 60);
    return (m >= 60 ? Math.floor(m / 60) + ":" + String(m % 60).padStart(2, "0") : m) + ":" + String(s % 60).padStart(2, "0");
  }

  document.querySelectorAll("figure.media").forEach(function (figure) {
    const player = figure.querySelector("video, audio");
    const base = "/app/assignments/" + figure.dataset.assignment;
    const file = figure.dataset.mediaFile;

    const upload = figure.querySelector("[data-caption-upload]");
    if (upload) {
      upload.addEventListener("change", async function () {
        const chosen = upload.files[0];
        if (!chosen) return;
        const status = figure.querySelector("[data-caption-status]");
        const language = figure.querySelector("[data-caption-language]").value;
        status.textContent = window.toolText("UploadingCaptions");
        const path = figure.dataset.captionPath || base + "/files/" + file + "/captions";
        const response = await window.ltiFetch(path + "?language=" + encodeURIComponent(language),
          { method: "POST", body: chosen });
        if (!response.ok) { status.textContent = await response.text(); return; }
        status.textContent = window.toolText("CaptionsAdded");
        setTimeout(function () { window.location.reload(); }, 600);
      });
    }

    const section = figure.querySelector(".media-comments");
    if (!section) return;
    const list = section.querySelector("[data-comment-list]");
    const status = section.querySelector("[data-comment-status]");
    const timeline = section.querySelector("[data-timeline]");
    const form = section.querySelector("[data-comment-form]");
    let at = 0;

    function duration() {
      return isFinite(player.duration) && player.duration > 0 ? player.duration : Number(figure.dataset.duration) || 0;
    }

    function jump(seconds) { player.currentTime = seconds; player.focus(); }

    function render(body) {
      list.replaceChildren();
      if (timeline) timeline.replaceChildren();
      if (!body.released) { status.textContent = window.toolText("CommentsAfterRelease"); return; }
      if (body.comments.length === 0) status.textContent = window.toolText(form ? "NoCommentsYet" : "NoCommentsOnRecording");
      body.comments.forEach(function (c) {
        const item = document.createElement("li");
        const time = document.createElement("button");
        time.type = "button";
        time.className = "secondary";
        time.textContent = clock(c.seconds);
        time.setAttribute("aria-label", "Play from " + clock(c.seconds));
        time.addEventListener("click", function () { jump(c.seconds); });
        const text = document.createElement("span");
        text.textContent = " " + c.text + (c.criterion ? " (" + c.criterion + ")" : "") + " — " + c.author;
        item.append(time, text);
        if (c.mine) {
          const remove = document.createElement("button");
          remove.type = "button";
          remove.className = "secondary";
          remove.textContent = window.toolText("Delete");
          remove.setAttribute("aria-label", window.toolText("DeleteCommentAt", clock(c.seconds)));
          remove.addEventListener("click", async function () {
            await window.ltiFetch(base + "/files/" + file + "/comments/" + c.id, { method: "DELETE" });
            load();
          });
          item.append(" ", remove);
        }
        list.append(item);
        if (timeline && duration() > 0) {
          const mark = document.createElement("span");
          mark.className = "mark";
          mark.style.left = Math.min(100, c.seconds / duration() * 100) + "%";
          mark.title = clock(c.seconds) + " " + c.text;
          timeline.append(mark);
        }
      });
    }

    async function load() {
      const response = await window.ltiFetch(base + "/files/" + file + "/comments");
      if (!response.ok) { status.textContent = await response.text(); return; }
      render(await response.json());
    }

    function commentAt(seconds) {
      at = seconds;
      form.querySelector("[data-comment-time]").textContent = clock(seconds);
      player.pause();
      form.querySelector("[data-comment-text]").focus();
    }

    if (form) {
      timeline.addEventListener("click", function (event) {
        const box = timeline.getBoundingClientRect();
        const seconds = (event.clientX - box.left) / box.width * duration();
        player.currentTime = seconds;
        commentAt(seconds);
      });
      figure.addEventListener("keydown", function (event) {
        if ((event.key === "c" || event.key === "C") && !event.ctrlKey && !event.metaKey && !event.altKey
          && !(event.target instanceof HTMLTextAreaElement) && !(event.target instanceof HTMLInputElement)
          && !(event.target instanceof HTMLSelectElement)) {
          event.preventDefault();
          commentAt(player.currentTime);
        }
      });
      form.addEventListener("submit", async function (event) {
        event.preventDefault();
        const text = form.querySelector("[data-comment-text]");
        const criterion = form.querySelector("[data-comment-criterion]");
        const response = await window.ltiFetch(base + "/files/" + file + "/comments", {
          method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ seconds: at, text: text.value, criterionId: (criterion && criterion.value) || null }),
        });
        if (!response.ok) { status.textContent = await response.text(); return; }
        text.value = "";
        status.textContent = window.toolText("CommentSavedAt", clock(at));
        load();
        player.focus();
      });
      player.addEventListener("loadedmetadata", load);
    }
    load();
  });
})();

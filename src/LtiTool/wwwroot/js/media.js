// Players of submitted video and audio: caption upload, the transcript beside the player (a line seeks there, a search
// narrows the lines, the line being played is marked), and time-coded comments (teachers add with a click on the
// timeline, the "Comment at the current time" button or the C key; students read them after release and jump to each moment).
(function () {
  "use strict";

  function clock(seconds) {
    const s = Math.max(0, Math.floor(seconds));
    const m = Math.floor(s / 60);
    return (m >= 60 ? Math.floor(m / 60) + ":" + String(m % 60).padStart(2, "0") : m) + ":" + String(s % 60).padStart(2, "0");
  }

  // After the page took a player fresh from the server (enhanced-forms.js), its new elements are bound again.
  function bindAll() { document.querySelectorAll("figure.media").forEach(bind); }
  document.addEventListener("lti:refreshed", bindAll);
  bindAll();

  function bind(figure) {
    const player = figure.querySelector("video, audio");
    if (!player || player.dataset.bound) return;
    player.dataset.bound = "true";
    const base = "/app/assignments/" + figure.dataset.assignment;
    const file = figure.dataset.mediaFile;
    bindCaptionUpload(figure, base, file);
    bindTranscript(figure, player);
    bindComments(figure, player, base, file);
  }

  function bindCaptionUpload(figure, base, file) {
    const upload = figure.querySelector("[data-caption-upload]");
    if (!upload) return;
    upload.addEventListener("change", async function () {
      const chosen = upload.files[0];
      if (!chosen) return;
      const status = figure.querySelector("[data-caption-status]");
      const language = figure.querySelector("[data-caption-language]").value;
      status.textContent = window.toolText("UploadingCaptions");
      const path = figure.dataset.captionPath || base + "/files/" + file + "/captions";
      const response = await window.ltiFetch(path + "?language=" + encodeURIComponent(language), { method: "POST", body: chosen });
      if (!response.ok) { status.textContent = await response.text(); return; }
      if (!window.ltiEnhanced || !figure.id) { status.textContent = window.toolText("CaptionsAdded"); setTimeout(function () { window.location.reload(); }, 600); return; }
      // The new track and its transcript come from the server; the confirmation is said where the page says them.
      await window.ltiEnhanced.refresh([figure.id]);
      const title = figure.querySelector(".transcript-title");
      if (document.getElementById("notice-region")) window.ltiEnhanced.announce(window.toolText("CaptionsAdded"), true);
      else {
        figure.querySelector("[data-caption-status]").textContent = window.toolText("CaptionsAdded");
        if (title) { title.tabIndex = -1; title.focus(); }
      }
    });
  }

  function bindTranscript(figure, player) {
    const panel = figure.querySelector("[data-transcript]");
    const items = panel ? [...panel.querySelectorAll("li[data-start]")] : [];
    if (items.length === 0) return;
    const list = panel.querySelector("ol");
    panel.addEventListener("click", function (event) {
      const cue = event.target.closest("button[data-seek]");
      if (!cue) return;
      player.currentTime = Number(cue.dataset.seek);
      mark();
    });

    // The line being played is marked (aria-current), not announced: a screen reader hears the player, not the list.
    let current = null;
    function mark() {
      const t = player.currentTime;
      const playing = items.find(function (li) { return t >= Number(li.dataset.start) && t < Number(li.dataset.end); }) || null;
      if (playing === current) return;
      if (current) current.querySelector("button").removeAttribute("aria-current");
      current = playing;
      if (!current) return;
      current.querySelector("button").setAttribute("aria-current", "true");
      // Scroll the list only, and only while nobody is working in it.
      if (!list.contains(document.activeElement)) {
        const top = current.offsetTop - list.offsetTop;
        if (top < list.scrollTop || top > list.scrollTop + list.clientHeight - current.offsetHeight) list.scrollTop = Math.max(0, top - list.clientHeight / 3);
      }
    }
    player.addEventListener("timeupdate", mark);
    player.addEventListener("seeked", mark);

    const search = panel.querySelector("[data-transcript-search]");
    const field = search.querySelector("input");
    const matches = search.querySelector("[data-transcript-matches]");
    search.hidden = false;
    field.addEventListener("input", function () {
      const wanted = field.value.trim().toLocaleLowerCase();
      let shown = 0;
      items.forEach(function (li) {
        const text = li.querySelector(".cue-text");
        const plain = text.textContent;
        const at = wanted ? plain.toLocaleLowerCase().indexOf(wanted) : -1;
        li.hidden = wanted !== "" && at < 0;
        if (!li.hidden) shown++;
        if (at >= 0) {
          const found = document.createElement("mark");
          found.textContent = plain.slice(at, at + wanted.length);
          text.replaceChildren(plain.slice(0, at), found, plain.slice(at + wanted.length));
        } else {
          text.textContent = plain;
        }
      });
      matches.textContent = !wanted ? "" : shown === 0 ? window.toolText("NoCueMatches") : window.toolText("CuesMatch", shown, items.length);
    });
  }

  function bindComments(figure, player, base, file) {
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

    // The comment's button seeks and keeps the focus, so the next comment is one Tab away.
    function jump(seconds) { player.currentTime = seconds; }

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
        time.dataset.seek = c.seconds;
        time.textContent = clock(c.seconds);
        time.setAttribute("aria-label", window.toolText("PlayFrom", clock(c.seconds), c.text));
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
      form.querySelector("[data-comment-now]").addEventListener("click", function () { commentAt(player.currentTime); });
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
  }
})();

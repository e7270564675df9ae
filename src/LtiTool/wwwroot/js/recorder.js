// Records video or audio with MediaRecorder and uploads each 2-second chunk while recording, so a closed tab loses little.
// With a length limit (data-max-seconds) the recording stops by itself there, since the server refuses a longer one.
// A recorder is for the submission page's assignment, or (data-plan) for a reflection on the student's pathway plan,
// whose form then carries the saved file's id ([data-recording-file]).
(function () {
  "use strict";
  const root = document.getElementById("submission");
  if (!window.MediaRecorder) return;
  const maxSeconds = root ? Number(root.dataset.maxSeconds) || 0 : 0;

  function targetOf(section) {
    return section.dataset.plan ? { plan: section.dataset.plan } : { assignment: root.dataset.assignment };
  }

  // A plan's recorder also takes a whole file; the submission page uploads files in submission.js.
  function attachFile(section, progress, saved) {
    const input = section.querySelector("input[data-attach]");
    if (!input) return;
    input.addEventListener("change", async function () {
      const file = input.files[0];
      if (!file) return;
      try {
        const id = await window.ltiUploader.uploadFile(file, targetOf(section), file.type.startsWith("video") ? "video" : "audio", function (fraction) {
          progress.textContent = window.toolText("Uploaded", Math.round(fraction * 100));
        });
        saved(id, window.toolText("FileUploaded", file.name));
      } catch (error) {
        progress.textContent = error.message;
        input.value = "";
      }
    });
  }

  function clock(seconds) {
    const whole = Math.max(0, Math.round(seconds));
    return Math.floor(whole / 60) + ":" + String(whole % 60).padStart(2, "0");
  }

  document.querySelectorAll(".recorder").forEach(function (section) {
    if (!section.dataset.plan && !root) return;
    const kindChoice = section.querySelector("[data-recording-kind]");
    let kind = section.dataset.kind;
    if (kindChoice) kindChoice.addEventListener("change", function () { kind = section.dataset.kind = kindChoice.value; });
    const start = section.querySelector("[data-record]");
    const stop = section.querySelector("[data-stop]");
    const preview = section.querySelector(".preview");
    const progress = section.querySelector("[data-progress]");
    let recorder = null;
    let upload = null;
    let streamHandle = null;
    let ticker = null;
    let stoppedAtLimit = false;

    function finish() {
      clearInterval(ticker);
      if (recorder && recorder.state !== "inactive") recorder.stop();
      start.disabled = false;
      start.textContent = window.toolText("RecordAgain");
      stop.disabled = true;
    }

    const newWindow = section.querySelector("[data-new-window]");
    const framed = window.self !== window.top;
    let feature = kind === "video" ? "camera" : "microphone";
    const policy = document.permissionsPolicy || document.featurePolicy;
    // An LMS frame without allow="camera; microphone" makes getUserMedia fail; a top-level window asks the student itself.
    if (framed && policy && !policy.allowsFeature(feature)) newWindow.hidden = false;

    function saved(fileId, prefix) {
      const holder = section.querySelector("[data-recording-file]");
      if (holder && fileId) holder.value = fileId;
      progress.textContent = prefix + (section.dataset.savedText || window.toolText("WatchItBack"));
      section.dataset.saved = "true";
    }
    attachFile(section, progress, saved);

    start.addEventListener("click", async function () {
      feature = kind === "video" ? "camera" : "microphone";
      try {
        streamHandle = await navigator.mediaDevices.getUserMedia(kind === "video" ? { video: true, audio: true } : { audio: true });
      } catch (error) {
        progress.textContent = window.toolText("NotAllowed", window.toolText(feature === "camera" ? "Camera" : "Microphone"), error.message);
        if (framed && (error.name === "NotAllowedError" || error.name === "SecurityError")) newWindow.hidden = false;
        return;
      }
      if (kind === "video") { preview.hidden = false; preview.srcObject = streamHandle; preview.play(); }
      const type = ["video/webm;codecs=vp9,opus", "video/webm", "audio/webm;codecs=opus", "audio/webm", "video/mp4"]
        .filter(function (t) { return t.startsWith(kind) || kind === "audio" && t.startsWith("audio"); })
        .find(function (t) { return MediaRecorder.isTypeSupported(t); });
      recorder = new MediaRecorder(streamHandle, type ? { mimeType: type } : undefined);
      upload = window.ltiUploader.stream(targetOf(section), kind, "recording." + (recorder.mimeType.indexOf("mp4") >= 0 ? "mp4" : "webm"));
      const recorded = [];
      recorder.ondataavailable = function (event) {
        if (event.data.size === 0) return;
        recorded.push(event.data);
        upload.append(event.data).catch(function (error) { progress.textContent = error.message; });
      };
      recorder.onstop = async function () {
        streamHandle.getTracks().forEach(function (track) { track.stop(); });
        preview.srcObject = null;
        preview.src = URL.createObjectURL(new Blob(recorded, { type: recorder.mimeType }));
        preview.controls = true;
        preview.hidden = false;
        progress.textContent = window.toolText("FinishingUpload");
        try {
          const fileId = await upload.finish();
          saved(fileId, stoppedAtLimit ? window.toolText("StoppedAtLimit", clock(maxSeconds)) : section.dataset.savedText ? "" : window.toolText("RecordingSaved"));
        } catch (error) {
          progress.textContent = error.message;
        }
      };
      recorder.start(2000);
      start.disabled = true;
      stop.disabled = false;
      stoppedAtLimit = false;
      progress.textContent = window.toolText("Recording");
      if (maxSeconds > 0) {
        const began = Date.now();
        progress.textContent = window.toolText("RecordingLeft", clock(maxSeconds));
        ticker = setInterval(function () {
          const left = maxSeconds - (Date.now() - began) / 1000;
          if (left <= 0) { stoppedAtLimit = true; finish(); return; }
          // Announce every 15 seconds only, so a screen reader is not flooded by the live region.
          const text = window.toolText("RecordingLeft", clock(left));
          if ((Math.round(left) % 15 === 0 || left < 10) && progress.textContent !== text) progress.textContent = text;
        }, 250);
      }
    });

    stop.addEventListener("click", finish);
  });
})();

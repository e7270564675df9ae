// Records video or audio with MediaRecorder and uploads each 2-second chunk while recording, so a closed tab loses little.
(function () {
  "use strict";
  const root = document.getElementById("submission");
  if (!root || !window.MediaRecorder) return;
  const assignment = root.dataset.assignment;

  document.querySelectorAll("section.recorder").forEach(function (section) {
    const kind = section.dataset.kind;
    const start = section.querySelector("[data-record]");
    const stop = section.querySelector("[data-stop]");
    const preview = section.querySelector(".preview");
    const progress = section.querySelector("[data-progress]");
    let recorder = null;
    let upload = null;
    let streamHandle = null;

    start.addEventListener("click", async function () {
      try {
        streamHandle = await navigator.mediaDevices.getUserMedia(kind === "video" ? { video: true, audio: true } : { audio: true });
      } catch (error) {
        progress.textContent = "The browser did not allow the camera or microphone: " + error.message;
        return;
      }
      if (kind === "video") { preview.srcObject = streamHandle; preview.play(); }
      const type = ["video/webm;codecs=vp9,opus", "video/webm", "audio/webm;codecs=opus", "audio/webm", "video/mp4"]
        .filter(function (t) { return t.startsWith(kind) || kind === "audio" && t.startsWith("audio"); })
        .find(function (t) { return MediaRecorder.isTypeSupported(t); });
      recorder = new MediaRecorder(streamHandle, type ? { mimeType: type } : undefined);
      upload = window.ltiUploader.stream(assignment, kind, "recording." + (recorder.mimeType.indexOf("mp4") >= 0 ? "mp4" : "webm"));
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
        progress.textContent = "Finishing the upload…";
        try {
          await upload.finish();
          progress.textContent = "Recording saved. Watch it back, then submit, or record again to replace it.";
          section.dataset.saved = "true";
        } catch (error) {
          progress.textContent = error.message;
        }
      };
      recorder.start(2000);
      start.disabled = true;
      stop.disabled = false;
      progress.textContent = "Recording…";
    });

    stop.addEventListener("click", function () {
      if (recorder && recorder.state !== "inactive") recorder.stop();
      start.disabled = false;
      start.textContent = "Record again";
      stop.disabled = true;
    });
  });
})();

// The conference reel as a presentation: one slide at a time, full screen where the browser allows it (inside an LMS
// frame it may not), moved by keyboard, with the slide's place announced politely and the focus kept on the slide.
(function () {
  "use strict";

  // A slide the page was sent back to after a change keeps the focus, so a keyboard user goes on where they were.
  if (location.hash.indexOf("#slide-") === 0) {
    const target = document.getElementById(location.hash.slice(1));
    if (target) target.focus();
  }
  const problem = document.querySelector("[data-reel-problem]");
  if (problem) problem.focus();

  document.querySelectorAll("[data-reel]").forEach(function (reel) {
    const slides = Array.prototype.slice.call(reel.querySelectorAll("[data-reel-slide]"));
    const present = reel.querySelector("[data-reel-present]");
    const bar = reel.querySelector("[data-reel-bar]");
    const status = reel.querySelector("[data-reel-status]");
    const position = reel.querySelector("[data-reel-position]");
    if (!present || slides.length === 0) return;
    present.hidden = false;
    reel.querySelector("[data-reel-keys]").hidden = false;
    let current = -1;

    function presenting() { return reel.classList.contains("presenting"); }

    function show(index) {
      const next = Math.max(0, Math.min(slides.length - 1, index));
      if (next === current) return;
      current = next;
      slides.forEach(function (slide, i) {
        const shown = i === current;
        slide.classList.toggle("current", shown);
        if (!shown) slide.querySelectorAll("audio, video").forEach(function (media) { media.pause(); });
      });
      const place = window.toolText("SlideOf", current + 1, slides.length);
      position.textContent = place;
      status.textContent = place;
      slides[current].focus();
    }

    function enter() {
      reel.classList.add("presenting");
      bar.hidden = false;
      current = -1;
      const fullscreen = document.fullscreenEnabled && reel.requestFullscreen
        ? reel.requestFullscreen().catch(function () { reel.classList.add("fallback"); })
        : Promise.resolve(reel.classList.add("fallback"));
      show(0);
      return fullscreen;
    }

    function leave() {
      if (!presenting()) return;
      reel.classList.remove("presenting", "fallback");
      bar.hidden = true;
      slides.forEach(function (slide) {
        slide.classList.remove("current");
        slide.querySelectorAll("audio, video").forEach(function (media) { media.pause(); });
      });
      current = -1;
      if (document.fullscreenElement === reel) document.exitFullscreen().catch(function () { /* already left */ });
      status.textContent = window.toolText("Left");
      present.focus();
    }

    present.addEventListener("click", enter);
    reel.querySelector("[data-reel-previous]").addEventListener("click", function () { show(current - 1); });
    reel.querySelector("[data-reel-next]").addEventListener("click", function () { show(current + 1); });
    reel.querySelector("[data-reel-leave]").addEventListener("click", leave);
    // The browser's own way out of full screen (its Escape, its button) leaves the presentation too.
    document.addEventListener("fullscreenchange", function () {
      if (!document.fullscreenElement && presenting() && !reel.classList.contains("fallback")) leave();
    });

    reel.addEventListener("keydown", function (event) {
      if (!presenting() || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target;
      // A player or a button keeps its own keys; the page keys still work (Page Up/Down, Home, End, Escape).
      const ownsArrows = target instanceof HTMLMediaElement || target instanceof HTMLInputElement;
      const moves = {
        ArrowRight: ownsArrows ? null : 1, ArrowDown: ownsArrows ? null : 1, PageDown: 1,
        ArrowLeft: ownsArrows ? null : -1, ArrowUp: ownsArrows ? null : -1, PageUp: -1,
      };
      if (event.key === "Escape") {
        event.preventDefault();
        leave();
      } else if (event.key === "Home") {
        event.preventDefault();
        show(0);
      } else if (event.key === "End") {
        event.preventDefault();
        show(slides.length - 1);
      } else if (moves[event.key]) {
        event.preventDefault();
        show(current + moves[event.key]);
      }
    });
  });
})();

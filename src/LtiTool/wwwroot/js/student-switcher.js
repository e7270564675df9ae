// The student switcher: Alt+Shift+N and Alt+Shift+P open the next and previous student once the marks are saved; after the
// switch the focus is on the student's heading and the status region says whom the teacher is marking now.
(function () {
  "use strict";
  const heading = document.getElementById("student-title");
  if (heading && location.hash === "#student-title") {
    heading.focus();
    const status = document.getElementById("notice-region");
    // Filled after load: a status region announces what changes in it, not what the page arrived with.
    if (status && heading.dataset.nowMarking && !status.textContent.trim()) {
      setTimeout(function () {
        const line = document.createElement("p");
        line.className = "visually-hidden";
        line.textContent = heading.dataset.nowMarking;
        status.replaceChildren(line);
      }, 250);
    }
  }

  // Alt+Shift with a letter types nothing and is not a screen reader's browse-mode key, so it works inside comment fields too.
  document.addEventListener("keydown", function (event) {
    if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return;
    const link = document.querySelector('a[data-shortcut="' + event.code + '"]');
    if (!link) return;
    event.preventDefault();
    Promise.resolve(window.ltiMarking && window.ltiMarking.flush()).then(function () { link.click(); });
  });
})();

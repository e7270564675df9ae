// The points page: a row with nothing handed in has its Release off until the teacher types points for it.
(function () {
  "use strict";
  document.addEventListener("input", function (event) {
    const input = event.target;
    if (!input.name || !input.name.startsWith("points-")) return;
    const id = input.name.slice("points-".length);
    const button = document.getElementById("release-" + id), reason = document.getElementById("reason-" + id);
    if (!button || !button.hasAttribute("data-nothing")) return;
    const empty = input.value.trim() === "";
    button.disabled = empty;
    if (reason) reason.hidden = !empty;
  });
})();

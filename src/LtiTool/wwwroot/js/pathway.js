// The plan page's print button: the browser's print dialog also saves as PDF (pathway.css hides the forms).
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
})();

// LTI Dynamic Registration 1.0 section 3.6.1: tell the LMS the registration is done, so it closes its dialog.
(function () {
  "use strict";
  const CLOSE_AFTER_MS = 4000;
  function close() {
    const target = window.opener || window.parent;
    if (target && target !== window) target.postMessage({ subject: "org.imsglobal.lti.close" }, "*");
  }
  const button = document.querySelector("[data-lti-close]");
  if (button) button.addEventListener("click", close);
  setTimeout(close, CLOSE_AFTER_MS);
})();

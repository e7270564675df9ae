// Carries the tool's session token with the page instead of relying on third-party cookies.
(function () {
  "use strict";
  const RENEW_EVERY_MS = 4 * 60 * 1000;
  const meta = document.querySelector('meta[name="lti-session"]');
  if (!meta) return;
  let lastActivity = Date.now();
  let lastRenewal = Date.now();

  function token() { return meta.getAttribute("content"); }
  function remember(value) { if (value) meta.setAttribute("content", value); }

  // Our own forms post the token as a field; it is a secret a forged cross-site form cannot know.
  document.addEventListener("submit", function (event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    // A search form carries the token as the read it is; the page's token may have been renewed since it was drawn.
    if (form.method.toLowerCase() === "get") {
      const read = form.querySelector('input[name="session"]');
      if (read) read.value = token();
      return;
    }
    if (form.method.toLowerCase() !== "post") return;
    let field = form.querySelector('input[name="session_token"]');
    if (!field) {
      field = document.createElement("input");
      field.type = "hidden";
      field.name = "session_token";
      form.appendChild(field);
    }
    field.value = token();
  }, true);

  // Links inside the tool carry the token as a query parameter (only reads accept it).
  document.addEventListener("click", function (event) {
    const link = event.target.closest && event.target.closest("a[data-session-link]");
    if (!link) return;
    const url = new URL(link.href, window.location.href);
    url.searchParams.set("session", token());
    link.href = url.toString();
  }, true);

  window.ltiFetch = function (url, options) {
    const init = Object.assign({}, options);
    init.headers = new Headers(init.headers || {});
    init.headers.set("Authorization", "Bearer " + token());
    return fetch(url, init).then(function (response) {
      remember(response.headers.get("X-Session-Token"));
      return response;
    });
  };

  ["keydown", "pointerdown", "input"].forEach(function (name) {
    document.addEventListener(name, function () { lastActivity = Date.now(); }, { passive: true });
  });

  setInterval(function () {
    if (lastActivity <= lastRenewal) return;
    lastRenewal = Date.now();
    window.ltiFetch("/app/session/renew", { method: "POST" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (body) { if (body) remember(body.token); })
      .catch(function () { /* offline: the next activity tries again */ });
  }, RENEW_EVERY_MS);
})();

// 1EdTech LTI Client Side postMessages: lti.put_data at login, lti.get_data at launch.
// Keeps the login's browser secret in the platform's own frame where third-party cookies are blocked.
(function () {
  "use strict";
  const TIMEOUT_MS = 2000;

  function storageFrame(target) {
    if (target && target !== "_parent") {
      try {
        const named = window.parent.frames[target];
        if (named) return named;
      } catch (e) { /* a cross-origin frame lookup failed: use the parent */ }
    }
    return window.parent;
  }

  function ask(data, subject, fields) {
    return new Promise(function (resolve) {
      if (window.parent === window) { resolve(null); return; }
      const messageId = (crypto.randomUUID && crypto.randomUUID()) || String(Math.random()).slice(2);
      const timer = setTimeout(function () { finish(null); }, TIMEOUT_MS);
      function finish(value) {
        clearTimeout(timer);
        window.removeEventListener("message", onMessage);
        resolve(value);
      }
      function onMessage(event) {
        if (event.origin !== data.platformOrigin) return;
        const reply = event.data || {};
        if (reply.subject !== subject + ".response" || reply.message_id !== messageId) return;
        finish(reply.error ? null : reply);
      }
      window.addEventListener("message", onMessage);
      storageFrame(data.target).postMessage(Object.assign({ subject: subject, message_id: messageId }, fields), data.platformOrigin);
    });
  }

  function read(id) {
    const element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  const put = read("lti-storage-put");
  if (put) {
    // Continue to the platform whether or not storage answered: the state cookie may still work.
    ask(put, "lti.put_data", { key: put.key, value: put.value }).then(function () {
      window.location.replace(put.continueUrl);
    });
  }

  const get = read("lti-storage-get");
  if (get) {
    ask(get, "lti.get_data", { key: get.key }).then(function (reply) {
      const form = document.getElementById("lti-storage-form");
      if (reply && typeof reply.value === "string") {
        form.elements["platform_storage_secret"].value = reply.value;
      }
      form.submit();
    });
  }
})();

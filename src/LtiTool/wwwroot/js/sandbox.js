// The sandbox platform's side of 1EdTech LTI Client Side postMessages: capabilities, put_data, get_data.
(function () {
  "use strict";
  const frame = document.getElementById("tool-frame");
  if (!frame) return;
  const toolOrigin = frame.getAttribute("data-tool-origin");
  const store = new Map();

  window.addEventListener("message", function (event) {
    if (event.origin !== toolOrigin) return;
    const message = event.data || {};
    const reply = { subject: message.subject + ".response", message_id: message.message_id };
    switch (message.subject) {
      case "lti.capabilities":
        reply.supported_messages = [{ subject: "lti.put_data" }, { subject: "lti.get_data" }];
        break;
      case "lti.put_data":
        store.set(event.origin + "|" + message.key, message.value);
        reply.key = message.key;
        reply.value = message.value;
        break;
      case "lti.get_data":
        reply.key = message.key;
        reply.value = store.get(event.origin + "|" + message.key);
        if (reply.value === undefined) reply.error = { code: "bad_request", message: "no value for that key" };
        break;
      default:
        return;
    }
    event.source.postMessage(reply, event.origin);
  });
})();

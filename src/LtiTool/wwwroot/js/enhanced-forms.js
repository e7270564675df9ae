// Forms marked data-enhanced are sent without leaving the page. The server answers with the page it would show after a
// reload; the parts marked data-refresh (or those the button names in its data-refresh) are taken from it, so the
// confirmation lands in the status region and is announced, and the focus stays on the button or moves to the message.
// Scripts that change things without a form take parts of the page the same way (window.ltiEnhanced.refresh); after each
// replacement an "lti:refreshed" event lets them bind the new elements.
(function () {
  "use strict";
  if (!window.fetch || !window.DOMParser) return;

  function replaceFrom(doc, ids) {
    const targets = ids.length ? ids.map(function (id) { return document.getElementById(id); }) : [...document.querySelectorAll("[data-refresh]")];
    targets.forEach(function (old) {
      const fresh = old && doc.getElementById(old.id);
      if (fresh) old.replaceChildren(...[...fresh.childNodes].map(function (n) { return document.importNode(n, true); }));
    });
    document.dispatchEvent(new CustomEvent("lti:refreshed"));
  }

  // The page as the server shows it now (without the session in the address: the header carries the fresh one).
  async function refresh(ids) {
    const url = new URL(window.location.href);
    url.searchParams.delete("session");
    url.searchParams.delete("done");
    const response = await window.ltiFetch(url.toString(), { headers: { Accept: "text/html" } });
    if (!response.ok) throw new Error(await response.text());
    replaceFrom(new DOMParser().parseFromString(await response.text(), "text/html"), ids);
  }

  // Says a confirmation in the page's status region; with focus, the focus moves to it (after an action, not while typing).
  function announce(text, focus) {
    const region = document.getElementById("notice-region");
    // The same markup as a notice the server writes.
    const line = document.createElement("p"); line.className = "notice"; line.dataset.testid = "notice"; line.textContent = text;
    region.replaceChildren(line);
    if (focus) region.focus();
    const problem = document.getElementById("problem-region");
    if (problem) problem.replaceChildren();
  }

  function sayProblem(text) {
    const region = document.getElementById("problem-region");
    const box = document.createElement("div"); box.className = "problem";
    const line = document.createElement("p"); line.className = "sentence"; line.textContent = text;
    box.append(line); region.replaceChildren(box); region.focus();
  }

  window.ltiEnhanced = { refresh: refresh, announce: announce, problem: sayProblem };

  document.addEventListener("submit", async function (event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement) || !form.hasAttribute("data-enhanced") || !window.ltiFetch) return;
    event.preventDefault();
    const submitter = event.submitter;
    const action = submitter && submitter.hasAttribute("formaction") ? submitter.formAction : form.action;
    const body = new FormData(form, submitter);
    const ids = ((submitter && submitter.dataset.refresh) || form.dataset.refresh || "").split(" ").filter(Boolean);
    if (submitter) submitter.disabled = true;
    try {
      // What is released is what the teacher sees: the last autosave goes first.
      if (window.ltiMarking) await window.ltiMarking.flush();
      const response = await window.ltiFetch(action, { method: "POST", body: body });
      const text = await response.text();
      if (!(response.headers.get("Content-Type") || "").includes("text/html")) { sayProblem(text); return; }
      const doc = new DOMParser().parseFromString(text, "text/html");
      replaceFrom(doc, ids);
      if (window.ltiMarking) window.ltiMarking.adopt(doc);
      const again = submitter && submitter.id ? document.getElementById(submitter.id) : null;
      const problem = document.getElementById("problem-region");
      if (problem && problem.textContent.trim()) problem.focus();
      else if (again && !again.disabled) again.focus();
      else document.getElementById("notice-region").focus();
    } catch (error) {
      sayProblem("The server did not answer; nothing was lost. Try again when the connection returns.");
    } finally {
      if (submitter && document.contains(submitter)) submitter.disabled = false;
    }
  });
})();

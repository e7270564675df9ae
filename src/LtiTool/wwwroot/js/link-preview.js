// The link entry's "Fill in title and description from the page": fills empty fields, asks before replacing typed ones.
(function () {
  "use strict";
  const root = document.getElementById("submission");
  const box = root && root.querySelector(".link-preview");
  if (!box) return;
  const address = document.getElementById("link-url");
  const title = document.getElementById("link-title");
  const description = document.getElementById("link-description");
  const button = document.getElementById("link-preview");
  const status = document.getElementById("link-preview-status");
  const offer = document.getElementById("link-preview-offer");
  const path = "/app/assignments/" + root.dataset.assignment + "/submission/link-preview";
  let replacements = [];
  box.hidden = false;

  function say(text) { status.textContent = text; }
  function quoted(text) { return "“" + (text.length > 80 ? text.slice(0, 80) + "…" : text) + "”"; }

  async function fetchPreview() {
    const response = await window.ltiFetch(path, {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ url: address.value.trim() }),
    });
    if (response.ok) return response.json();
    const sentence = response.status === 401 ? "" : (await response.text()).trim();
    throw new Error(sentence || "The page could not be previewed; type the title and description yourself.");
  }

  function fill(preview) {
    const found = [[title, preview.title], [description, preview.description]].filter(function (pair) { return pair[1]; });
    const empty = found.filter(function (pair) { return pair[0].value.trim() === ""; });
    empty.forEach(function (pair) { pair[0].value = pair[1]; });
    replacements = found.filter(function (pair) { return pair[0].value.trim() !== "" && pair[0].value.trim() !== pair[1]; });
    const filled = empty.length > 0 ? "Filled in from the page" + (preview.title ? ": " + quoted(preview.title) : "") + ". " : "";
    if (replacements.length > 0) {
      offer.hidden = false;
      say(filled + "The page's " + replacements.map(function (pair) { return pair[0] === title ? "title is " + quoted(pair[1]) : "description differs"; })
        .join(" and its ") + ". Replace what you typed, or keep it?");
      document.getElementById("link-preview-replace").focus();
    } else {
      say(filled ? filled + "Edit the fields if you like, then choose Save link." : "Your title and description already match the page.");
    }
  }

  button.addEventListener("click", async function () {
    offer.hidden = true;
    if (address.value.trim() === "") {
      say("Enter the web address first.");
      address.focus();
      return;
    }
    button.disabled = true;
    say("Reading the page…");
    try {
      fill(await fetchPreview());
    } catch (error) {
      say(error instanceof TypeError ? "The tool could not be reached; try again." : error.message);
    } finally {
      button.disabled = false;
    }
  });

  document.getElementById("link-preview-replace").addEventListener("click", function () {
    replacements.forEach(function (pair) { pair[0].value = pair[1]; });
    offer.hidden = true;
    say("Replaced with the page's words. Edit them if you like, then choose Save link.");
    title.focus();
  });

  document.getElementById("link-preview-keep").addEventListener("click", function () {
    offer.hidden = true;
    say("Kept what you typed.");
    button.focus();
  });
})();

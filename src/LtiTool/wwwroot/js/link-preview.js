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
    throw new Error(sentence || window.toolText("PreviewFailed"));
  }

  function fill(preview) {
    const found = [[title, preview.title], [description, preview.description]].filter(function (pair) { return pair[1]; });
    const empty = found.filter(function (pair) { return pair[0].value.trim() === ""; });
    empty.forEach(function (pair) { pair[0].value = pair[1]; });
    replacements = found.filter(function (pair) { return pair[0].value.trim() !== "" && pair[0].value.trim() !== pair[1]; });
    const filled = empty.length > 0 ? (preview.title ? window.toolText("FilledFromPageTitled", quoted(preview.title)) : window.toolText("FilledFromPage")) : "";
    if (replacements.length > 0) {
      offer.hidden = false;
      say(filled + window.toolText("PageDiffers", replacements.map(function (pair) { return pair[0] === title ? window.toolText("PageTitleIs", quoted(pair[1])) : window.toolText("DescriptionDiffers"); })
        .join(window.toolText("AndIts"))));
      document.getElementById("link-preview-replace").focus();
    } else {
      say(filled ? filled + window.toolText("EditThenSave") : window.toolText("AlreadyMatch"));
    }
  }

  button.addEventListener("click", async function () {
    offer.hidden = true;
    if (address.value.trim() === "") {
      say(window.toolText("EnterAddressFirst"));
      address.focus();
      return;
    }
    button.disabled = true;
    say(window.toolText("ReadingPage"));
    try {
      fill(await fetchPreview());
    } catch (error) {
      say(error instanceof TypeError ? window.toolText("Unreachable") : error.message);
    } finally {
      button.disabled = false;
    }
  });

  document.getElementById("link-preview-replace").addEventListener("click", function () {
    replacements.forEach(function (pair) { pair[0].value = pair[1]; });
    offer.hidden = true;
    say(window.toolText("Replaced"));
    title.focus();
  });

  document.getElementById("link-preview-keep").addEventListener("click", function () {
    offer.hidden = true;
    say(window.toolText("KeptYours"));
    button.focus();
  });
})();

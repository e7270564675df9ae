// Rubric marking: reads the radio groups into marks, autosaves (on change, every few seconds while typing, before leaving),
// shows the running total the server computed, and on a conflict shows both versions side by side.
(function () {
  "use strict";
  document.querySelectorAll("[data-print]").forEach(function (b) { b.addEventListener("click", function () { window.print(); }); });
  const form = document.getElementById("marking");
  if (!form) return;
  // Marks are saved by script as they change; Enter in a field must not send the form as a page request.
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  const state = document.getElementById("save-state");
  const total = document.querySelector("[data-testid=total]");
  const conflict = document.getElementById("conflict");
  let version = form.dataset.version || null;
  let dirty = false, saving = null, paused = false, lastText = document.getElementById("overall");

  function say(text) { state.textContent = text; }
  function fmt(n) { return n === null || n === undefined ? "–" : String(Number(n)); }
  function field(name) { return form.querySelector('[name="' + name + '"]'); }

  function read() {
    const items = [];
    form.querySelectorAll("fieldset.criterion").forEach(function (set) {
      const id = set.dataset.criterion, type = set.dataset.type;
      const chosen = set.querySelector('input[type=radio]:checked');
      const points = field("p-" + id), mark = field("m-" + id), comment = field("k-" + id).value;
      const item = { criterion: id };
      if (comment.trim()) item.comment = comment;
      if (type === "levels" && chosen) {
        item.level = chosen.value;
        if (chosen.dataset.min && points && points.value !== "") item.points = points.value;
      } else if (type === "markbands" && chosen) {
        item.band = chosen.value; item.mark = mark.value === "" ? chosen.dataset.max : mark.value;
      } else if (type === "singlePoint" && chosen) {
        item.outcome = chosen.value;
      } else if (type === "freeForm" && points.value !== "") {
        item.points = points.value;
      } else if (!item.comment) return; // a comment typed before the level is chosen is saved on its own
      items.push(item);
    });
    return { items: items, overallComment: document.getElementById("overall").value };
  }

  function apply(marks) {
    form.querySelectorAll("input[type=radio]").forEach(function (r) { r.checked = false; });
    form.querySelectorAll("input[type=number], textarea").forEach(function (t) { t.value = ""; });
    (marks.items || []).forEach(function (item) {
      const key = item.level || item.band || item.outcome;
      const radio = key && form.querySelector('input[name="c-' + item.criterion + '"][value="' + key + '"]');
      if (radio) radio.checked = true;
      const points = field("p-" + item.criterion), mark = field("m-" + item.criterion);
      if (points && item.points !== undefined) points.value = item.points;
      if (mark && item.mark !== undefined) mark.value = item.mark;
      if (item.comment) field("k-" + item.criterion).value = item.comment;
    });
    document.getElementById("overall").value = marks.overallComment || "";
  }

  function showScore(s) {
    if (!s) return;
    total.textContent = window.toolText("Total", fmt(s.total), fmt(s.maximum), fmt(s.lmsPoints), fmt(s.scoreMaximum))
      + (s.ibGrade ? window.toolText("Grade", s.ibGrade) : "") + (s.complete ? "" : window.toolText("StillToMark", s.unscored.length));
  }

  async function save() {
    if (paused) return;
    if (saving) { dirty = true; return saving; }
    dirty = false;
    const body = { student: form.dataset.student, kind: form.dataset.kind, baseVersion: version, marks: read() };
    saving = window.ltiFetch("/app/assessments/draft", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    }).then(async function (response) {
      const answer = response.status === 401 ? { problem: await response.text() }
        : await response.json().catch(function () { return { problem: window.toolText("NoAnswer") }; });
      if (response.ok) {
        version = answer.version; showScore(answer.score); say(window.toolText("SavedAt", new Date(answer.savedAt).toLocaleTimeString(document.documentElement.lang)));
        releasable(answer.status !== "Released");
      }
      else if (response.status === 409) showConflict(answer);
      else { say(answer.problem); }
    }).catch(function () { dirty = true; say(window.toolText("Offline")); })
      .finally(function () { saving = null; if (dirty) save(); });
    return saving;
  }

  function describe(marks) {
    const list = document.createElement("dl");
    form.querySelectorAll("fieldset.criterion").forEach(function (set) {
      const item = (marks.items || []).find(function (i) { return i.criterion === set.dataset.criterion; });
      const dt = document.createElement("dt"); dt.textContent = set.querySelector("legend").firstChild.textContent.trim();
      const dd = document.createElement("dd");
      let text = window.toolText("NotMarked");
      if (item) {
        const key = item.level || item.band || item.outcome;
        const radio = key && set.querySelector('input[value="' + key + '"]');
        text = radio ? radio.parentElement.querySelector(".level-title").textContent : item.points !== undefined ? String(item.points) : window.toolText("NotMarked");
        if (item.mark !== undefined) text += window.toolText("Mark", item.mark); else if (item.level && item.points !== undefined) text += " (" + item.points + ")";
        if (item.comment) text += " — " + item.comment;
      }
      dd.textContent = text; list.append(dt, dd);
    });
    if (marks.overallComment) { const dt = document.createElement("dt"); dt.textContent = "Overall comment"; const dd = document.createElement("dd"); dd.textContent = marks.overallComment; list.append(dt, dd); }
    return list;
  }

  // Saved marks are something to release: the Release button comes on and its reason goes.
  function releasable(yes) {
    const button = document.getElementById("release-one"), reason = document.getElementById("release-reason");
    if (button && yes) { button.disabled = false; if (reason) reason.hidden = true; }
  }

  function scored(item) { return Boolean(item.level || item.band || item.outcome) || item.points !== undefined; }

  function merge(theirs, yours) {
    const items = (theirs.items || []).slice();
    (yours.items || []).forEach(function (mine) {
      const at = items.findIndex(function (i) { return i.criterion === mine.criterion; });
      // My comment alone keeps their choice for the criterion and puts my comment on it.
      if (at >= 0) items[at] = scored(mine) || !scored(items[at]) ? mine : Object.assign({}, items[at], { comment: mine.comment });
      else items.push(mine);
    });
    const a = theirs.overallComment || "", b = yours.overallComment || "";
    return { items: items, overallComment: a && b && a !== b ? a + "\n\n" + b : a || b };
  }

  function showConflict(answer) {
    paused = true;
    conflict.replaceChildren();
    const title = document.createElement("p"); title.setAttribute("role", "alert"); title.textContent = answer.problem;
    const sides = document.createElement("div"); sides.className = "conflict-sides";
    [[window.toolText("TheirVersion") + (answer.theirs.savedBy ? " (" + answer.theirs.savedBy + ")" : ""), answer.theirs], [window.toolText("YourVersion"), answer.yours]].forEach(function (pair) {
      const side = document.createElement("section"); const h = document.createElement("h3");
      h.textContent = pair[0] + (pair[1].score ? window.toolText("VersionTotal", fmt(pair[1].score.total)) : "");
      side.append(h, describe(pair[1].marks)); sides.append(side);
    });
    const actions = document.createElement("p");
    [[window.toolText("KeepTheirs"), function () { apply(answer.theirs.marks); }], [window.toolText("TakeMine"), function () { apply(answer.yours.marks); }],
     [window.toolText("Merge"), function () { apply(merge(answer.theirs.marks, answer.yours.marks)); }]]
      .forEach(function (pair) {
        const button = document.createElement("button"); button.type = "button"; button.textContent = pair[0];
        button.addEventListener("click", function () {
          pair[1](); version = answer.theirs.version; paused = false; conflict.hidden = true; save();
        });
        actions.append(button, " ");
      });
    conflict.append(title, sides, actions);
    conflict.hidden = false;
    say(window.toolText("ResolveConflict"));
    actions.querySelector("button").focus();
  }

  form.addEventListener("change", function (event) {
    const t = event.target;
    if (t.type === "radio" && t.dataset.min !== undefined && t.dataset.max !== undefined) {
      const set = t.closest("fieldset"), input = set.querySelector('input[type=number]');
      if (input) { input.min = t.dataset.min; input.max = t.dataset.max; const v = Number(input.value);
        if (input.value === "" || v < Number(t.dataset.min) || v > Number(t.dataset.max)) input.value = t.dataset.max; }
    }
    save();
  });
  form.addEventListener("input", function (event) { if (event.target.tagName === "TEXTAREA") { dirty = true; } });
  form.addEventListener("focusin", function (event) { if (event.target.tagName === "TEXTAREA") lastText = event.target; });
  setInterval(function () { if (dirty && !saving) save(); }, 3000);
  window.addEventListener("pagehide", function () { if (dirty) save(); });

  const bank = document.getElementById("bank");
  const insert = document.getElementById("bank-insert");
  if (insert) insert.addEventListener("click", function () {
    if (!bank.value) { say(window.toolText("BankEmpty")); return; }
    lastText.value = lastText.value ? lastText.value + " " + bank.value : bank.value; dirty = true; save(); lastText.focus();
  });
  const keep = document.getElementById("bank-save");
  if (keep) keep.addEventListener("click", async function () {
    const response = await window.ltiFetch("/app/assessments/comments", {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: lastText.value }),
    });
    if (response.status === 401) { say(await response.text()); return; }
    const answer = await response.json();
    if (!response.ok) { say(answer.problem); return; }
    if (![...bank.options].some(function (o) { return o.value === answer.text; })) bank.add(new Option(answer.text, answer.text));
    say(window.toolText("SavedToBank"));
  });

  // The page's other scripts (the student switcher, forms sent without a reload) wait for the last autosave and take
  // over the marks' new version after a release.
  window.ltiMarking = {
    flush: function () { return dirty ? save() : saving; },
    adopt: function (doc) {
      const fresh = doc.getElementById("marking");
      if (fresh && fresh.dataset.student === form.dataset.student && fresh.dataset.kind === form.dataset.kind) version = fresh.dataset.version || null;
    },
  };
})();

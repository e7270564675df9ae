// The rubric editor's script. enhanced-forms.js sends the add/remove/move buttons without a reload; this moves focus to
// where the server says (the moved item, or the one after a removed one) and keeps the scoring preview current as the
// teacher types. The preview adds up what the engine would (top level × weight per criterion); every rule stays on the server.
(function () {
  "use strict";
  const form = document.getElementById("rubric-form");
  if (!form) return;
  const fields = document.getElementById("rubric-fields");
  const text = window.toolText || function (key) { return key; };

  document.querySelectorAll("[data-no-script-only]").forEach(function (button) { button.hidden = true; });

  function focusTarget() {
    const mark = fields.querySelector("[data-focus-target]");
    const region = mark && document.getElementById(mark.getAttribute("data-focus-target"));
    const target = region && (region.querySelector(".error-summary") || region);
    if (target) target.focus();
  }

  function number(input) {
    const value = input ? parseFloat(input.value) : NaN;
    return isNaN(value) ? null : value;
  }

  function shown(value) { return String(Math.round(value * 1e6) / 1e6); }

  function scoreOf(criterion) {
    const read = function (name) {
      return number([...criterion.querySelectorAll('[data-preview-input="' + name + '"]')].find(function (el) { return !el.closest("li.row"); }));
    };
    const weight = read("weight");
    const rows = [...criterion.querySelectorAll("li.row")].map(function (row) {
      const points = number(row.querySelector('[data-preview-input="points"]')) || 0;
      const from = number(row.querySelector('[data-preview-input="from"]'));
      return { top: points, low: from === null ? points : from };
    });
    switch (criterion.dataset.shape) {
      case "PointsEntered": return { top: (read("maximum") || 0) * (weight === null ? 1 : weight), low: 0 };
      case "SinglePoint": return { top: read("exceeds") || 0, low: read("concerns") || 0 };
      case "Markbands": return { top: rows.length ? Math.max.apply(null, rows.map(function (r) { return r.top; })) : 0, low: 0 };
      default:
        if (!rows.length) return { top: 0, low: 0 };
        const w = weight === null ? 1 : weight;
        return {
          top: Math.max.apply(null, rows.map(function (r) { return r.top; })) * w,
          low: Math.min.apply(null, rows.map(function (r) { return r.low; })) * w,
        };
    }
  }

  let lastSaid = null;
  function preview() {
    const panel = document.getElementById("scoring-preview");
    if (!panel) return null;
    let top = 0, low = 0;
    fields.querySelectorAll("li.criterion").forEach(function (criterion, i) {
      const score = scoreOf(criterion);
      top += score.top; low += score.low;
      const title = criterion.querySelector('[name="c' + i + '-title"]');
      const line = panel.querySelector('[data-preview-criterion="' + i + '"]');
      if (line) line.textContent = text("Preview.Criterion", title && title.value.trim() ? title.value.trim() : text("Preview.Unnamed", i + 1), shown(score.top));
    });
    panel.querySelector('[data-preview="maximum"]').textContent = text("Preview.Maximum", shown(top));
    panel.querySelector('[data-preview="sample"]').textContent = text("Preview.Sample", shown(top), shown(top), shown(low));
    const grade = panel.querySelector('[data-preview="grade"]');
    if (grade) {
      let reached = null;
      fields.querySelectorAll('[data-preview-input="grade"]').forEach(function (input, i) {
        const minimum = number(input);
        if (minimum !== null && minimum <= top) reached = i + 1;
      });
      grade.textContent = reached === null ? "" : text("Preview.TopGrade", reached);
    }
    return shown(top);
  }

  form.addEventListener("input", function (event) {
    if (event.target.matches("[data-preview-input], [name$='-title']")) preview();
  });
  // Announced once a field is left, never per key press.
  form.addEventListener("change", function () {
    const top = preview();
    if (top === null || top === lastSaid) return;
    lastSaid = top;
    const said = document.querySelector('[data-preview="said"]');
    if (said) said.textContent = text("Preview.Said", top);
  });

  // enhanced-forms.js replaces the fields and then focuses the pressed button; the server's choice comes after it.
  new MutationObserver(function () { lastSaid = preview(); focusTarget(); }).observe(fields, { childList: true });
  lastSaid = preview();
  if (fields.querySelector("[data-focus-target]")) focusTarget();
})();

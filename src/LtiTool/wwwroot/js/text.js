// The page's words for its scripts, in the person's language: window.toolText("Saved", n) fills {0} with n.
(function () {
  "use strict";
  const strings = {};
  document.querySelectorAll("script[data-tool-text]").forEach(function (island) { Object.assign(strings, JSON.parse(island.textContent)); });
  window.toolText = function (key) {
    const values = Array.prototype.slice.call(arguments, 1);
    const text = Object.prototype.hasOwnProperty.call(strings, key) ? strings[key] : key;
    return text.replace(/\{(\d+)\}/g, function (whole, index) { return index < values.length ? String(values[index]) : whole; });
  };
})();

// Every table cell carries its column's name in data-label; on a narrow screen the rows stack and site.css shows the
// name before each cell. The roles keep the table a table for screen readers once its display is no longer table.
(function () {
  "use strict";
  document.querySelectorAll("table").forEach(function (table) {
    const headers = Array.prototype.map.call(table.querySelectorAll("thead th"), function (th) { return th.textContent.trim(); });
    if (headers.length === 0) return;
    table.setAttribute("role", "table");
    table.querySelectorAll("tr").forEach(function (row) {
      row.setAttribute("role", "row");
      let column = 0;
      Array.prototype.forEach.call(row.cells, function (cell) {
        const header = cell.tagName === "TH";
        cell.setAttribute("role", header ? (cell.getAttribute("scope") === "row" ? "rowheader" : "columnheader") : "cell");
        if (headers[column] && !cell.hasAttribute("data-label") && !row.parentElement.matches("thead")) {
          cell.setAttribute("data-label", headers[column]);
        }
        column += cell.colSpan;
      });
    });
  });
})();

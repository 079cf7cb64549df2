/* ptk site: filter and sort the partnerships table. Plain JavaScript, no network;
   without it the page shows every partnership. */
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.querySelector("table.partnerships");
  if (!form || !table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var selects = form.querySelectorAll("select[data-filter]");
  var sorter = form.querySelector("select[data-sort]");
  var count = form.querySelector("[data-count]");
  var empty = document.querySelector("[data-empty]");

  function matches(row) {
    for (var i = 0; i < selects.length; i++) {
      var kind = selects[i].getAttribute("data-filter");
      var wanted = selects[i].value;
      if (!wanted) { continue; }
      var value = row.getAttribute("data-" + kind) || "";
      if (kind === "partner" ? value.indexOf(" " + wanted + " ") < 0 : value !== wanted) {
        return false;
      }
    }
    return true;
  }

  var keys = {
    title: function (row) { return [row.getAttribute("data-title")]; },
    review: function (row) { return [row.getAttribute("data-review"), row.getAttribute("data-title")]; },
    findings: function (row) { return [-Number(row.getAttribute("data-findings")), row.getAttribute("data-title")]; },
    status: function (row) { return [Number(row.getAttribute("data-status-rank")), row.getAttribute("data-title")]; },
    level: function (row) { return [-Number(row.getAttribute("data-level-rank")), row.getAttribute("data-title")]; }
  };

  function compare(a, b) {
    for (var i = 0; i < a.length; i++) {
      if (a[i] < b[i]) { return -1; }
      if (a[i] > b[i]) { return 1; }
    }
    return 0;
  }

  function update() {
    var key = keys[sorter.value] || keys.title;
    var ordered = rows.slice().sort(function (a, b) { return compare(key(a), key(b)); });
    var shown = 0;
    ordered.forEach(function (row) {
      var visible = matches(row);
      row.hidden = !visible;
      if (visible) { shown += 1; }
      body.appendChild(row);
    });
    count.textContent = count.getAttribute("data-template")
      .replace("{shown}", String(shown)).replace("{total}", String(rows.length));
    if (empty) { empty.hidden = shown > 0; }
  }

  form.addEventListener("change", update);
  form.addEventListener("reset", function () { window.setTimeout(update, 0); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  update();
}());

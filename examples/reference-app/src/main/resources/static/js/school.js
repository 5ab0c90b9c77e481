// kdclgd reference app, school screens: light JavaScript only (the pages work without it).
// - <button data-add-row="TABLE-ID"> appends a copy of the table's last body row, empty, with the row
//   index in its field names and ids raised by one (timeline[3].start -> timeline[4].start).
document.addEventListener('click', function (e) {
  var b = e.target.closest && e.target.closest('[data-add-row]');
  if (!b) { return; }
  e.preventDefault();
  var table = document.getElementById(b.getAttribute('data-add-row'));
  var rows = table && table.tBodies[0] ? table.tBodies[0].rows : null;
  if (!rows || rows.length === 0) { return; }
  var last = rows[rows.length - 1];
  var copy = last.cloneNode(true);
  var bump = function (s) {
    return s.replace(/\[(\d+)\]/, function (m, n) { return '[' + (parseInt(n, 10) + 1) + ']'; })
            .replace(/-(\d+)(-|$)/, function (m, n, tail) { return '-' + (parseInt(n, 10) + 1) + tail; });
  };
  if (copy.id) { copy.id = bump(copy.id); }
  Array.prototype.forEach.call(copy.querySelectorAll('input, select, textarea'), function (f) {
    if (f.name) { f.name = bump(f.name); }
    if (f.id) { f.id = bump(f.id); }
    if (f.type === 'checkbox' || f.type === 'radio') { f.checked = false; } else { f.value = ''; }
  });
  last.parentNode.appendChild(copy);
});

// Import page: while an import is being read, poll its JSON status and show the phase; reload when it is done.
// Without JavaScript the page refreshes itself (<noscript><meta http-equiv="refresh">) and has a refresh link.
(function () {
  var box = document.getElementById('import-progress');
  if (!box) { return; }
  var url = box.getAttribute('data-status-url');
  var phase = document.getElementById('import-phase');
  var elapsed = document.getElementById('import-elapsed');
  var failures = 0;
  function poll() {
    fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { if (!r.ok) { throw new Error('HTTP ' + r.status); } return r.json(); })
      .then(function (s) {
        failures = 0;
        phase.textContent = s.label;
        elapsed.textContent = s.elapsedSeconds + ' giây / s';
        if (s.done) { window.location.reload(); } else { window.setTimeout(poll, 1000); }
      })
      .catch(function () {
        failures++;
        if (failures < 5) { window.setTimeout(poll, 2000); } else { phase.textContent = 'Mất kết nối; bấm Làm mới / connection lost; press refresh'; }
      });
  }
  window.setTimeout(poll, 500);
}());

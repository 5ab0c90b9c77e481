// kdclgd reference app: light JavaScript only (the pages work without it).
// - <form data-confirm="text"> asks before submitting.
// - <button data-insert="MC.1.1.01" data-target="id"> inserts a citation "(MC.1.1.01)" at the caret of a textarea.
document.addEventListener('submit', function (e) {
  var msg = e.target.getAttribute && e.target.getAttribute('data-confirm');
  if (msg && !window.confirm(msg)) { e.preventDefault(); }
});
document.addEventListener('click', function (e) {
  var b = e.target.closest && e.target.closest('[data-insert]');
  if (!b) { return; }
  e.preventDefault();
  var t = document.getElementById(b.getAttribute('data-target'));
  if (!t) { return; }
  var text = '(' + b.getAttribute('data-insert') + ')';
  var start = t.selectionStart || t.value.length, end = t.selectionEnd || t.value.length;
  t.value = t.value.slice(0, start) + text + t.value.slice(end);
  t.focus();
  t.selectionStart = t.selectionEnd = start + text.length;
});

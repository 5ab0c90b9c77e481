// kdclgd reference app: light JavaScript only (the pages work without it).
// - <form data-confirm="text"> asks before submitting.
// - <button data-insert="MC.1.1.01" data-target="id"> inserts a citation "(MC.1.1.01)" at the caret of a textarea;
//   without data-target, into the textarea of the same form that last had the focus (else the one marked
//   data-cite-default, else the form's first textarea).
document.addEventListener('submit', function (e) {
  var msg = e.target.getAttribute && e.target.getAttribute('data-confirm');
  if (msg && !window.confirm(msg)) { e.preventDefault(); }
});
var kdclgdLastTextarea = null;
document.addEventListener('focusin', function (e) {
  if (e.target && e.target.tagName === 'TEXTAREA') { kdclgdLastTextarea = e.target; }
});
document.addEventListener('click', function (e) {
  var b = e.target.closest && e.target.closest('[data-insert]');
  if (!b) { return; }
  e.preventDefault();
  var t = null;
  if (b.getAttribute('data-target')) {
    t = document.getElementById(b.getAttribute('data-target'));
  } else {
    var form = b.closest('form') || document;
    if (kdclgdLastTextarea && form.contains(kdclgdLastTextarea)) { t = kdclgdLastTextarea; }
    if (!t) { t = form.querySelector('textarea[data-cite-default]') || form.querySelector('textarea'); }
  }
  if (!t || t.readOnly || t.disabled) { return; }
  var text = '(' + b.getAttribute('data-insert') + ')';
  var focused = t === kdclgdLastTextarea && typeof t.selectionStart === 'number';
  var start = focused ? t.selectionStart : t.value.length;
  var end = focused ? t.selectionEnd : start;
  t.value = t.value.slice(0, start) + text + t.value.slice(end);
  t.focus();
  t.selectionStart = t.selectionEnd = start + text.length;
});

// kdclgd reference app, reviewer screen: <button data-mark-all="met" data-scope="fieldset-id"> marks every item of one criterion.
document.addEventListener('click', function (e) {
  var b = e.target.closest && e.target.closest('[data-mark-all]');
  if (!b) { return; }
  e.preventDefault();
  var scope = document.getElementById(b.getAttribute('data-scope'));
  if (!scope) { return; }
  var value = b.getAttribute('data-mark-all');
  scope.querySelectorAll('input[type=radio][value="' + value + '"]').forEach(function (r) { r.checked = true; });
});

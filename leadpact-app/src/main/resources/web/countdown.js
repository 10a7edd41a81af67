// Ticks down every <span data-countdown="SECONDS"> the server rendered, while its clock's time runs
// (data-ticking) and never past data-ticks-until (ms): business time stands still outside working hours.
(function () {
  var started = Date.now();
  function amount(seconds) {
    var minutes = Math.floor(Math.abs(seconds) / 60);
    return (minutes >= 60 ? Math.floor(minutes / 60) + 'h ' : '') + String(minutes % 60).padStart(2, '0') + 'm';
  }
  function render(el) {
    var left = Number(el.getAttribute('data-countdown'));
    if (el.getAttribute('data-ticking') === 'true') {
      var until = el.hasAttribute('data-ticks-until') ? Number(el.getAttribute('data-ticks-until')) : Infinity;
      left -= Math.max(0, Math.min(Date.now(), until) - started) / 1000;
    }
    var kind = el.getAttribute('data-kind') ? ' ' + el.getAttribute('data-kind') : '';
    var label = el.getAttribute('data-label');
    el.textContent = left <= 0 ? 'overdue ' + amount(left) + kind + ' (' + label + ')'
      : amount(left) + kind + ' left to ' + label;
    el.classList.toggle('overdue', left <= 0);
  }
  function tick() {
    document.querySelectorAll('span[data-countdown][data-ticking]').forEach(render);
  }
  document.addEventListener('DOMContentLoaded', function () { setInterval(tick, 1000); });
})();

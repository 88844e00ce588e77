/*
 * Kiosk behaviour in the browser, loaded as a static script (no frontend build):
 * - no context menu, pinch-zoom or ctrl-wheel zoom surprises on the touch screen;
 * - tells the server, at most once a second, that someone is using the kiosk, so the idle
 *   reset only starts when nobody touches it;
 * - keeps the browser's own history at one entry: the kiosk's Back button works from the
 *   server's record of the visit, and nothing of a visit is left for the next patient to find.
 */
(function () {
  if (window.__kioskInstalled) {
    return;
  }
  window.__kioskInstalled = true;

  document.addEventListener('contextmenu', function (e) { e.preventDefault(); });
  document.addEventListener('gesturestart', function (e) { e.preventDefault(); });
  document.addEventListener('touchmove', function (e) {
    if (e.touches && e.touches.length > 1) { e.preventDefault(); }
  }, { passive: false });
  document.addEventListener('wheel', function (e) {
    if (e.ctrlKey) { e.preventDefault(); }
  }, { passive: false });
  document.addEventListener('selectstart', function (e) { e.preventDefault(); });

  var replaceState = history.replaceState.bind(history);
  history.pushState = function (state, title, url) { replaceState(state, title, url); };

  var last = 0;
  function report() {
    var now = Date.now();
    if (now - last < 1000) { return; }
    last = now;
    var root = document.getElementById('kiosk');
    if (root) { root.dispatchEvent(new CustomEvent('kiosk-activity')); }
  }
  ['pointerdown', 'keydown', 'wheel', 'touchstart', 'scroll'].forEach(function (type) {
    document.addEventListener(type, report, { passive: true, capture: true });
  });
})();

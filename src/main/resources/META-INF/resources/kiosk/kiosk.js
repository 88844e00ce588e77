/*
 * Kiosk behaviour in the browser, loaded as a static script (no frontend build):
 * - no context menu, pinch-zoom or ctrl-wheel zoom surprises on the touch screen;
 * - tells the server, at most once a second, that someone is using the kiosk (a touch, pointer,
 *   key or wheel; never a scroll the page makes by itself), so the idle reset only starts when
 *   nobody touches it;
 * - shows "More below" with Previous part / Next part while the screen scrolls (issue 14);
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
    var root = document.getElementById('kiosk') || document.getElementById('staff-area');
    if (root) { root.dispatchEvent(new CustomEvent('kiosk-activity')); }
  }
  // only a person's own input counts: not 'scroll', which the read-aloud highlight's
  // scrollIntoView also causes (listening is counted by the server, sentence by sentence)
  ['pointerdown', 'keydown', 'wheel', 'touchstart'].forEach(function (type) {
    document.addEventListener(type, report, { passive: true, capture: true });
  });

  // Staff area: holding the clinic's name for 3 seconds opens the staff sign-in. There is no
  // link and no hint; a tap or a short press does nothing, and moving the finger cancels it.
  var HOLD_MILLIS = 3000;
  var hold = null;
  var holdStart = null;
  function cancelHold() {
    if (hold) { clearTimeout(hold); hold = null; }
  }
  document.addEventListener('pointerdown', function (e) {
    cancelHold();
    if (!e.target || !e.target.closest || !e.target.closest('#clinic-name')) { return; }
    holdStart = { x: e.clientX, y: e.clientY };
    hold = setTimeout(function () {
      hold = null;
      var root = document.getElementById('kiosk');
      if (root) { root.dispatchEvent(new CustomEvent('kiosk-staff')); }
    }, HOLD_MILLIS);
  }, true);
  document.addEventListener('pointermove', function (e) {
    if (hold && holdStart && Math.abs(e.clientX - holdStart.x) + Math.abs(e.clientY - holdStart.y) > 30) {
      cancelHold();
    }
  }, true);
  ['pointerup', 'pointercancel'].forEach(function (type) {
    document.addEventListener(type, cancelHold, true);
  });

  // "More below": shown while the screen can scroll; Previous part is not drawn at the top, Next
  // part and "More below" not at the end. A part is the next heading, or most of a screen when the
  // next heading is further away than that, so no line is skipped.
  var EDGE = 8;
  function setShown(id, shown) {
    var el = document.getElementById(id);
    if (el) { el.classList.toggle('unavailable', !shown); }
  }
  function updateHint() {
    var content = document.getElementById('content');
    var hint = document.getElementById('scroll-hint');
    if (!content || !hint) { return; }
    var scrollable = content.scrollHeight - content.clientHeight > EDGE;
    hint.hidden = !scrollable;
    if (!scrollable) { return; }
    var atTop = content.scrollTop <= EDGE;
    var atEnd = content.scrollTop + content.clientHeight >= content.scrollHeight - EDGE;
    setShown('previous-part', !atTop);
    setShown('next-part', !atEnd);
    setShown('more-below', !atEnd);
  }
  window.kioskScrollHint = updateHint;
  var pending = false;
  function schedule() {
    if (pending) { return; }
    pending = true;
    requestAnimationFrame(function () { pending = false; updateHint(); });
  }
  function behaviour() {
    return window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
  }
  function headingTops(content) {
    var base = content.getBoundingClientRect().top - content.scrollTop;
    return Array.prototype.map.call(content.querySelectorAll('h1, h2'), function (h) {
      return Math.round(h.getBoundingClientRect().top - base) - 16;
    });
  }
  function movePart(forward) {
    var content = document.getElementById('content');
    if (!content) { return; }
    var now = content.scrollTop;
    var page = Math.round(content.clientHeight * 0.8);
    var tops = headingTops(content);
    var target;
    if (forward) {
      var next = tops.filter(function (t) { return t > now + EDGE; })[0];
      target = next !== undefined && next - now <= page ? next : now + page;
    } else {
      var before = tops.filter(function (t) { return t < now - EDGE; });
      var previous = before.length ? before[before.length - 1] : 0;
      target = now - previous <= page ? previous : now - page;
    }
    content.scrollTo({ top: Math.max(0, target), behavior: behaviour() });
  }
  document.addEventListener('click', function (e) {
    var button = e.target && e.target.closest ? e.target.closest('#next-part, #previous-part') : null;
    if (button) { movePart(button.id === 'next-part'); }
  }, true);
  // Staff report: a link to a part of the same page (the status line to Kiosk health). The page is
  // one address to the router and the document's base is the app's root, so the browser's own
  // "#part" would leave the page: scroll there and move the focus to it instead.
  document.addEventListener('click', function (e) {
    var link = e.target && e.target.closest ? e.target.closest('a[data-jump]') : null;
    var target = link ? document.getElementById(link.getAttribute('data-jump')) : null;
    if (!target) { return; }
    e.preventDefault();
    e.stopPropagation();
    // only the content area scrolls: scrollIntoView would also shift the frame out of sight
    var box = target.closest('.kiosk-content');
    if (box) {
      var top = target.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop - 16;
      box.scrollTo({ top: Math.max(0, top), behavior: behaviour() });
    }
    target.focus({ preventScroll: true });
  }, true);
  document.addEventListener('scroll', schedule, true);
  window.addEventListener('resize', schedule);
  new MutationObserver(schedule).observe(document.documentElement,
    { childList: true, subtree: true, attributes: true, attributeFilter: ['class'] });
})();

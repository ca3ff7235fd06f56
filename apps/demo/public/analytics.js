/* global window, document */
// The demo's "third-party" analytics: a real script that the app inserts only
// after analytics consent. It records page views in memory (nothing leaves
// the page) so tests and the Privacy page can see that it ran.
(function () {
  'use strict';
  if (window.demoAnalytics) return;
  var pageViews = [];
  function record() {
    pageViews.push({ path: window.location.pathname, time: new Date().toISOString() });
    window.dispatchEvent(new CustomEvent('demo-analytics'));
  }
  window.demoAnalytics = { pageViews: pageViews, record: record };
  document.documentElement.dataset.analytics = 'loaded';
  // The app dispatches this on every client-side navigation.
  window.addEventListener('demo:navigate', record);
  window.addEventListener('popstate', record);
  record();
})();

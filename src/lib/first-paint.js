// Inlined in <head> at build time (src/tools/prerender.ts): it runs before the first paint and
// before the app's script, allowed by its hash in the Content-Security-Policy. The page arrives
// with the English home screen already drawn; this picks the language as src/app/known.ts does
// (the link, else the stored choice, else the device's languages, else English), sets the
// page's lang and dir, and says what must wait for the app (html[data-wait], see app.css):
//   app    always: the app has not taken the page over yet (src/main.tsx removes the attribute);
//   words  the language is not English: no English word shows; the quick exit's ✕, the
//          pictures and the phone numbers stay, and work;
//   screen the link is not the home screen: its main area waits for the screen it names;
//   intro  the first-visit note was dismissed before: it does not flash.
// The languages come from attributes the build writes on <html>, so this text (and its hash)
// changes only when this logic does. A plain script: no modules, nothing newer than ES5.
(function (d) {
  var root = d.documentElement;
  var known = (root.getAttribute('data-languages') || '').split(' ');
  var rtl = (root.getAttribute('data-rtl') || '').split(' ');
  var has = function (code) {
    return !!code && known.indexOf(code) >= 0;
  };
  var prefs = {};
  try {
    prefs = JSON.parse(localStorage.getItem('prefs')) || {};
  } catch (e) {
    /* no storage: nothing stored */
  }
  var hash = location.hash.slice(0, 200);
  try {
    hash = decodeURIComponent(hash);
  } catch (e) {
    /* a broken escape: read it as it is */
  }
  var parts = hash.replace(/^#?\/?/, '').split('?')[0].split('/');
  for (var i = parts.length - 1; i >= 0; i--) if (!parts[i]) parts.splice(i, 1);
  var lang = parts[0];
  if (!has(lang)) {
    lang = prefs.lang;
    if (!has(lang)) {
      lang = 'en';
      var tags = navigator.languages || [];
      for (var j = 0; j < tags.length; j++) {
        var code = String(tags[j]).toLowerCase().split('-')[0];
        if (has(code)) {
          lang = code;
          break;
        }
      }
    }
  }
  var wait = ['app'];
  if (lang !== 'en') wait.push('words');
  if (parts.length > 1) wait.push('screen');
  if (prefs.intro) wait.push('intro');
  root.lang = lang;
  root.dir = rtl.indexOf(lang) >= 0 ? 'rtl' : 'ltr';
  root.setAttribute('data-wait', wait.join(' '));
  // The words of another language wait for its screen text: fetched from here, beside the app's
  // script, rather than after it (the app's own fetch of it, src/lib/i18n.ts, takes this one).
  if (lang !== 'en') {
    var link = d.createElement('link');
    link.rel = 'preload';
    link.as = 'fetch';
    link.crossOrigin = 'anonymous';
    link.href = 'locales/' + lang + '/ui.json';
    d.head.appendChild(link);
  }
})(document);

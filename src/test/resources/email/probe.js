// Runs in the frame page once the email (in the iframe, at the width under test) has loaded, and
// writes what a reader would see into the probe element as JSON: the page's width and height, the
// smallest type and the weakest text contrast, text that runs outside the screen or is clipped,
// where the headline figures, takeaways and this week's rows start, and the text shown.
function probe(frame) {
  var d = frame.contentDocument, w = frame.contentWindow, width = w.innerWidth;
  function rgb(s) {
    var m = s.match(/[\d.]+/g).map(Number);
    return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1};
  }
  function luminance(c) {
    function ch(v) { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); }
    return 0.2126 * ch(c.r) + 0.7152 * ch(c.g) + 0.0722 * ch(c.b);
  }
  var canvasProbe = d.createElement('div');
  canvasProbe.style.backgroundColor = 'Canvas';
  d.body.appendChild(canvasProbe);
  var canvas = w.getComputedStyle(canvasProbe).backgroundColor;
  d.body.removeChild(canvasProbe);
  function background(e) {
    for (; e && e.nodeType === 1; e = e.parentElement) {
      var c = rgb(w.getComputedStyle(e).backgroundColor);
      if (c.a > 0) { return w.getComputedStyle(e).backgroundColor; }
    }
    return canvas;
  }
  function snippet(t) { t = t.replace(/\s+/g, ' ').trim(); return t.length > 60 ? t.substring(0, 60) + '...' : t; }
  var out = {width: width, scrollWidth: d.documentElement.scrollWidth,
    height: Math.ceil(d.documentElement.getBoundingClientRect().height),
    dark: w.matchMedia('(prefers-color-scheme: dark)').matches,
    pageBackground: background(d.body), bodyFontSize: parseFloat(w.getComputedStyle(d.body).fontSize),
    minFont: null, minContrast: null, outside: [], clipped: [], fonts: {}};
  var all = d.body.getElementsByTagName('*');
  for (var i = 0; i < all.length; i++) {
    var e = all[i], cs = w.getComputedStyle(e), text = '';
    for (var n = e.firstChild; n; n = n.nextSibling) {
      if (n.nodeType === 3 && n.nodeValue.trim()) {
        text += n.nodeValue;
        var r = d.createRange();
        r.selectNodeContents(n);
        var rects = r.getClientRects();
        for (var k = 0; k < rects.length; k++) {
          if (rects[k].right > width + 0.5 || rects[k].left < -0.5) { out.outside.push(snippet(n.nodeValue)); break; }
        }
      }
    }
    if (cs.overflowX !== 'visible' && e.scrollWidth > e.clientWidth + 1) { out.clipped.push(snippet(e.textContent)); }
    if (!text.trim() || cs.display === 'none' || cs.visibility === 'hidden') { continue; }
    var size = parseFloat(cs.fontSize);
    out.fonts[cs.fontFamily] = true;
    if (!out.minFont || size < out.minFont.size) { out.minFont = {size: size, text: snippet(text)}; }
    var fg = rgb(cs.color), bg = background(e);
    var l1 = luminance(fg), l2 = luminance(rgb(bg));
    var ratio = (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    if (!out.minContrast || ratio < out.minContrast.ratio) {
      out.minContrast = {ratio: ratio, text: snippet(text), color: cs.color, background: bg};
    }
  }
  function top(cls) {
    var e = d.getElementsByClassName(cls)[0];
    return e ? e.getBoundingClientRect().top : -1;
  }
  out.kpiValueTop = top('kpi-value');
  out.takeawayTop = top('takeaway');
  out.weekTop = top('week-head');
  out.kpiBottom = (function () {
    var v = d.getElementsByClassName('kpi');
    return v.length ? v[v.length - 1].getBoundingClientRect().bottom : -1;
  })();
  function fontOf(cls) {
    var e = d.getElementsByClassName(cls)[0];
    return e ? parseFloat(w.getComputedStyle(e).fontSize) : -1;
  }
  out.takeawayFont = fontOf('takeaway');
  out.rowFont = fontOf('week-row');
  out.fonts = Object.keys(out.fonts);
  out.text = d.body.innerText;
  document.getElementById('probe').textContent = JSON.stringify(out);
}

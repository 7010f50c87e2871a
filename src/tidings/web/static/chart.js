/* tidings charts: a stacked bar chart drawn into SVG from a data-chart attribute.
 *
 * The server writes the numbers as JSON into the attribute (escaped by the template), so no
 * inline script is needed and the Content-Security-Policy can forbid it. Shape:
 *   {"buckets": ["2025-01-06", ...], "unit": "week", "label": "quotes",
 *    "series": [{"name": "france24.com", "values": [0, 2, ...]}, ...]}
 * Every element is created with createElementNS and textContent: page-derived names never go
 * through innerHTML. Colours are SVG attributes (CSS classes), never inline style.
 */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var PALETTE = 8; // number of .s0 ... .s7 colour classes in style.css

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (key) {
      node.setAttribute(key, String(attrs[key]));
    });
    if (parent) parent.appendChild(node);
    return node;
  }

  function niceMax(value) {
    if (value <= 5) return Math.max(1, value);
    var pow = Math.pow(10, Math.floor(Math.log10(value)));
    var steps = [1, 2, 2.5, 5, 10];
    for (var i = 0; i < steps.length; i++) {
      if (steps[i] * pow >= value) return steps[i] * pow;
    }
    return 10 * pow;
  }

  function draw(host) {
    var data;
    try {
      data = JSON.parse(host.getAttribute("data-chart"));
    } catch (err) {
      host.textContent = "Chart data could not be read.";
      return;
    }
    var buckets = data.buckets || [];
    var series = data.series || [];
    if (!buckets.length || !series.length) {
      host.textContent = "Nothing to chart yet.";
      return;
    }
    var totals = buckets.map(function (_, i) {
      return series.reduce(function (sum, s) { return sum + (s.values[i] || 0); }, 0);
    });
    var top = niceMax(Math.max.apply(null, totals));
    var width = Math.max(host.clientWidth || 640, 320);
    var height = 220;
    var m = { left: 40, right: 8, top: 10, bottom: 34 };
    var plotW = width - m.left - m.right;
    var plotH = height - m.top - m.bottom;
    var step = plotW / buckets.length;
    var barW = Math.min(48, Math.max(1, step * 0.8));

    var svg = el("svg", {
      class: "chart-svg", width: width, height: height,
      viewBox: "0 0 " + width + " " + height, role: "img",
    });
    var title = el("title", {}, svg);
    title.textContent = (data.label || "count") + " per " + (data.unit || "week") + " by outlet";

    var axis = el("g", { class: "axis" }, svg);
    var ticks = top <= 5 ? top : 4;
    for (var t = 0; t <= ticks; t++) {
      var v = Math.round((top * t) / ticks);
      var y = m.top + plotH - (v / top) * plotH;
      el("line", { x1: m.left, x2: width - m.right, y1: y, y2: y, class: "grid" }, axis);
      var label = el("text", { x: m.left - 6, y: y + 4, "text-anchor": "end" }, axis);
      label.textContent = String(v);
    }
    var every = Math.max(1, Math.ceil(buckets.length / Math.max(1, Math.floor(plotW / 70))));
    for (var b = 0; b < buckets.length; b += every) {
      var x = m.left + b * step + step / 2;
      var tl = el("text", { x: x, y: height - m.bottom + 16, "text-anchor": "middle" }, axis);
      tl.textContent = buckets[b];
    }

    var bars = el("g", { class: "bars" }, svg);
    buckets.forEach(function (bucket, i) {
      var base = m.top + plotH;
      series.forEach(function (s, k) {
        var n = s.values[i] || 0;
        if (!n) return;
        var h = (n / top) * plotH;
        base -= h;
        var rect = el("rect", {
          x: m.left + i * step + (step - barW) / 2, y: base, width: barW, height: h,
          class: "bar s" + (k % PALETTE), "data-bucket": bucket, "data-series": s.name,
          "data-value": n,
        }, bars);
        var tip = el("title", {}, rect);
        tip.textContent = s.name + ", " + (data.unit || "week") + " of " + bucket + ": " + n;
      });
    });
    host.textContent = "";
    host.appendChild(svg);

    var legend = document.createElement("ul");
    legend.className = "legend";
    series.forEach(function (s, k) {
      var item = document.createElement("li");
      var swatch = document.createElement("span");
      swatch.className = "swatch s" + (k % PALETTE);
      item.appendChild(swatch);
      item.appendChild(document.createTextNode(
        s.name + " (" + s.values.reduce(function (a, c) { return a + c; }, 0) + ")"));
      legend.appendChild(item);
    });
    host.appendChild(legend);
  }

  function drawAll() {
    var hosts = document.querySelectorAll("[data-chart]");
    for (var i = 0; i < hosts.length; i++) draw(hosts[i]);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", drawAll);
  } else {
    drawAll();
  }
})();

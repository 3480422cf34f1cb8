/* Progressive enhancement for public pages; every feature works without this file. */
(function () {
  "use strict";
  var doc = document;

  /* Quizzes: check answers in the page instead of posting the form. */
  doc.querySelectorAll("form.quiz").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var right = 0, answered = 0;
      form.querySelectorAll("[data-question]").forEach(function (q) {
        var chosen = q.querySelector("input:checked");
        var feedback = q.querySelector(".feedback");
        var explanation = q.querySelector(".explanation");
        q.classList.remove("right", "wrong");
        if (!chosen) { feedback.textContent = form.dataset.unanswered || "?"; return; }
        answered += 1;
        var ok = chosen.hasAttribute("data-correct");
        if (ok) { right += 1; }
        q.classList.add(ok ? "right" : "wrong");
        feedback.textContent = ok ? form.dataset.right : form.dataset.wrong;
        if (explanation) { explanation.hidden = false; }
      });
      var score = form.querySelector(".score");
      if (score) {
        score.textContent = (form.dataset.score || "{right}/{total}")
          .replace("{right}", right).replace("{total}", answered);
      }
    });
  });

  /* Worksheets and lists: a print button, hidden until this script can make it work. */
  doc.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  /* Maps: Leaflet is loaded only when a map is shown (its 150 KB stay off first views). */
  var leaflet = null;
  function loadLeaflet(base) {
    if (leaflet) { return leaflet; }
    leaflet = new Promise(function (resolve, reject) {
      var css = doc.createElement("link");
      css.rel = "stylesheet";
      css.href = base + "leaflet.css";
      doc.head.appendChild(css);
      var script = doc.createElement("script");
      script.src = base + "leaflet.js";
      script.onload = function () { resolve(window.L); };
      script.onerror = reject;
      doc.head.appendChild(script);
    });
    return leaflet;
  }
  function drawMap(el, L) {
    fetch(el.dataset.map).then(function (r) { return r.json(); }).then(function (data) {
      el.hidden = false;
      // Leaflet's own zoom buttons are titled in English; the page gives their titles
      // in the visitor's language.
      var map = L.map(el, { scrollWheelZoom: false, zoomControl: false });
      L.control.zoom({
        zoomInTitle: el.dataset.zoomIn || "Zoom in",
        zoomOutTitle: el.dataset.zoomOut || "Zoom out"
      }).addTo(map);
      L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png", {
        maxZoom: 17,
        attribution: "&copy; <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap</a>"
      }).addTo(map);
      var points = data.features.map(function (f) {
        return [f.geometry.coordinates[1], f.geometry.coordinates[0]];
      });
      // The view first: a circle cannot be placed on a map that has none yet.
      if (points.length) { map.fitBounds(L.latLngBounds(points).pad(0.3), { maxZoom: 12 }); }
      else { map.setView([22.4, 103.8], 8); }
      L.geoJSON(data, {
        pointToLayer: function (feature, latlng) {
          var coarse = feature.properties.precision === "commune";
          return coarse
            ? L.circle(latlng, { radius: 3000, color: "#b25c00" })
            : L.circleMarker(latlng, { radius: 8, color: "#1f4d2b" });
        },
        onEachFeature: function (feature, marker) {
          var p = feature.properties, link = doc.createElement("a");
          link.href = p.url;
          link.textContent = p.title;
          var box = doc.createElement("div");
          box.appendChild(link);
          box.appendChild(doc.createElement("br"));
          box.appendChild(doc.createTextNode(p.kind_label + " · " + p.place));
          marker.bindPopup(box);
        }
      }).addTo(map);
    });
  }
  var assets = doc.body.dataset.leaflet;
  doc.querySelectorAll("[data-map]").forEach(function (el) {
    var show = function () { loadLeaflet(assets).then(function (L) { drawMap(el, L); }); };
    if (el.hasAttribute("data-map-autoload")) { show(); return; }
    var button = doc.createElement("button");
    button.type = "button";
    button.textContent = doc.body.dataset.showMap || "Map";
    button.addEventListener("click", function () { button.remove(); show(); });
    el.parentNode.insertBefore(button, el);
  });

  /* == reading levels == */

  /* Offline: a service worker keeps the shell, visited pages and saved tours. */
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js").catch(function () {});
    doc.querySelectorAll("[data-save-tour]").forEach(function (button) {
      var box = button.parentNode, status = box.querySelector("[role=status]");
      box.hidden = false;
      button.addEventListener("click", function () {
        var urls = button.dataset.saveTour.trim().split(/\s+/);
        status.textContent = box.dataset.saving || "…";
        navigator.serviceWorker.ready.then(function (reg) {
          var channel = new MessageChannel();
          channel.port1.onmessage = function (event) {
            status.textContent = (box.dataset.saved || "{n}").replace("{n}", event.data.saved);
          };
          reg.active.postMessage({ type: "save-tour", urls: urls }, [channel.port2]);
        });
      });
    });
  }
})();

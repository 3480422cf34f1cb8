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
  /* Reading levels: every version of a text is in the page (the others hidden); the
     switch shows one without a reload and remembers it for later pages, where it is
     applied unless the address names a level (a lesson kit's ?level=child). */
  (function () {
    var switches = doc.querySelectorAll("[data-level-switch]");
    if (!switches.length) { return; }
    var KEY = "reading-level", KNOWN = ["child", "general", "expert"];
    var store = null;
    try { store = window.localStorage; } catch (e) { /* storage blocked: no memory */ }
    function show(level) {
      doc.querySelectorAll("[data-levels]").forEach(function (group) {
        var versions = Array.prototype.filter.call(group.children, function (el) {
          return el.hasAttribute("data-level");
        });
        var has = versions.some(function (el) { return el.dataset.level === level; });
        versions.forEach(function (el) {
          el.hidden = el.dataset.level !== (has ? level : "general");
        });
      });
      switches.forEach(function (nav) {
        var links = nav.querySelectorAll("a[data-level-choice]");
        var offered = Array.prototype.some.call(links, function (a) {
          return a.dataset.levelChoice === level;
        });
        links.forEach(function (a) {
          if (a.dataset.levelChoice === (offered ? level : "general")) {
            a.setAttribute("aria-current", "true");
          } else {
            a.removeAttribute("aria-current");
          }
        });
      });
    }
    switches.forEach(function (nav) {
      nav.addEventListener("click", function (event) {
        var link = event.target.closest("a[data-level-choice]");
        if (!link) { return; }
        event.preventDefault();
        var level = link.dataset.levelChoice;
        try { if (store) { store.setItem(KEY, level); } } catch (e) { /* full or blocked */ }
        show(level);
        // A reload or a copied address keeps the level chosen.
        history.replaceState(history.state, "", link.href);
      });
    });
    var named = new URLSearchParams(window.location.search).get("level");
    var remembered = store ? store.getItem(KEY) : null;
    if (KNOWN.indexOf(named) < 0 && KNOWN.indexOf(remembered) >= 0) { show(remembered); }
  })();

  /* Offline: a service worker (templates/museum/sw.js) keeps the shell, the last pages
     opened, and the tours, exhibits and lesson kits the visitor saves ("packs"). */
  var lang = doc.documentElement.lang || "en";
  var PACK_INDEX = "offline-packs";  // the worker's index of saved packs (sw.js INDEX)

  function fill(text, values) {
    return String(text).replace(/\{(\w+)\}/g, function (all, key) {
      return key in values ? values[key] : all;
    });
  }
  function formatSize(bytes) {
    var units = [[1e9, "gigabyte"], [1e6, "megabyte"], [1e3, "kilobyte"]], i, unit = units[2];
    for (i = 0; i < units.length; i += 1) { if (bytes >= units[i][0]) { unit = units[i]; break; } }
    var value = Math.max(bytes / unit[0], unit[0] === 1e3 ? 1 : 0);
    var digits = unit[0] === 1e3 ? 0 : 1;
    try {
      return new Intl.NumberFormat(lang, {
        style: "unit", unit: unit[1], unitDisplay: "short", maximumFractionDigits: digits
      }).format(value);
    } catch (e) {
      return value.toFixed(digits) + " " + { gigabyte: "GB", megabyte: "MB", kilobyte: "KB" }[unit[1]];
    }
  }
  function formatDate(iso) {
    try {
      return new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" })
        .format(new Date(iso));
    } catch (e) { return String(iso).slice(0, 10); }
  }

  /* The save button of a tour, an exhibit or a lesson kit: its size first, then Save or
     Cancel. */
  function setUpSave(box) {
    var start = box.querySelector("[data-pack-start]"), status = box.querySelector("[data-pack-status]");
    var confirmBox = box.querySelector("[data-pack-confirm]"), link = box.querySelector("[data-pack-link]");
    var pack = null;
    box.hidden = false;
    start.addEventListener("click", function () {
      start.disabled = true;
      link.hidden = true;
      fetch(box.dataset.offlinePack, { credentials: "omit" }).then(function (r) {
        if (!r.ok) { throw new Error(r.status); }
        return r.json();
      }).then(function (manifest) {
        pack = manifest;
        status.textContent = fill(box.dataset.warning, { size: formatSize(manifest.bytes) });
        start.hidden = true;
        confirmBox.hidden = false;
        box.querySelector("[data-pack-save]").focus();
      }).catch(function () {
        status.textContent = box.dataset.failed;
        start.disabled = false;
      });
    });
    box.querySelector("[data-pack-cancel]").addEventListener("click", function () {
      confirmBox.hidden = true;
      start.hidden = false;
      start.disabled = false;
      status.textContent = box.dataset.cancelled;
      start.focus();
    });
    box.querySelector("[data-pack-save]").addEventListener("click", function () {
      confirmBox.hidden = true;
      start.hidden = false;
      status.textContent = box.dataset.saving;
      navigator.serviceWorker.ready.then(function (reg) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function (event) {
          var result = event.data || {};
          start.disabled = false;
          if (result.error) { status.textContent = box.dataset.failed; return; }
          status.textContent = result.missing
            ? fill(box.dataset.partly, { missing: result.missing })
            : fill(box.dataset.saved, { n: result.saved, size: formatSize(result.bytes) });
          link.hidden = false;
        };
        reg.active.postMessage({ type: "save-pack", pack: pack }, [channel.port2]);
      });
    });
  }

  /* "Saved on this phone": the packs in the worker's index, each with a Delete button. */
  function readPacks() {
    return caches.open(PACK_INDEX).then(function (index) {
      return index.keys().then(function (keys) {
        return Promise.all(keys.map(function (key) {
          return index.match(key).then(function (r) { return r.json(); }).then(function (entry) {
            entry.key = key.url;
            return entry;
          }).catch(function () { return null; });
        }));
      });
    }).then(function (entries) {
      return entries.filter(Boolean).sort(function (a, b) { return a.date < b.date ? 1 : -1; });
    });
  }
  function deletePack(entry) {
    return caches.delete(entry.cache).then(function () {
      return caches.open(PACK_INDEX);
    }).then(function (index) { return index.delete(entry.key); }).then(function () {
      return caches.keys();
    }).then(function (names) {
      // "Delete" means gone from the phone: the copies kept as recently opened pages too.
      return Promise.all(names.filter(function (n) { return n.indexOf("pages-") === 0; })
        .map(function (n) {
          return caches.open(n).then(function (c) {
            return Promise.all((entry.pages || []).map(function (u) {
              return c.delete(u, { ignoreVary: true });
            }));
          });
        }));
    });
  }
  function showPacks(box) {
    var list = box.querySelector("[data-pack-list]"), empty = box.querySelector("[data-pack-empty]");
    var total = box.querySelector("[data-pack-total]"), storage = box.querySelector("[data-pack-storage]");
    var status = box.querySelector("[data-pack-status]");
    return readPacks().then(function (entries) {
      list.textContent = "";
      entries.forEach(function (entry, i) {
        var item = doc.createElement("li"), link = doc.createElement("a");
        var meta = doc.createElement("span"), button = doc.createElement("button");
        item.className = "card saved-pack";
        link.href = entry.url;
        link.textContent = entry.title;
        link.id = "saved-pack-" + i;
        link.lang = entry.language;
        meta.className = "saved-pack-meta muted";
        meta.textContent = entry.kind_label + " · " + formatSize(entry.bytes) + " · " +
          fill(box.dataset.savedOn, { date: formatDate(entry.date) });
        button.type = "button";
        button.textContent = box.dataset.delete;
        button.setAttribute("aria-describedby", link.id);
        button.addEventListener("click", function () {
          button.disabled = true;
          deletePack(entry).then(function () { return showPacks(box); }).then(function () {
            status.textContent = fill(box.dataset.deleted, { title: entry.title });
            status.focus();
          });
        });
        item.appendChild(link);
        item.appendChild(meta);
        item.appendChild(button);
        list.appendChild(item);
      });
      list.hidden = !entries.length;
      empty.hidden = !!entries.length;
      total.hidden = !entries.length;
      total.textContent = fill(box.dataset.total, {
        size: formatSize(entries.reduce(function (a, e) { return a + (e.bytes || 0); }, 0))
      });
      if (navigator.storage && navigator.storage.estimate) {
        return navigator.storage.estimate().then(function (estimate) {
          if (!estimate.quota) { return; }
          storage.textContent = fill(box.dataset.storage, {
            used: formatSize(estimate.usage || 0), quota: formatSize(estimate.quota)
          });
          storage.hidden = false;
        });
      }
    });
  }

  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js").catch(function () {});
    doc.querySelectorAll("[data-offline-pack]").forEach(setUpSave);
    var saved = doc.querySelector("[data-saved-packs]");
    if (saved && window.caches) {
      saved.querySelector("[data-no-offline]").hidden = true;
      saved.querySelector("[data-pack-status]").tabIndex = -1;
      showPacks(saved);
    }
  }
})();

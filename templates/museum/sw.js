{% load static %}/* Dược liệu số service worker: the site shell, the last pages the visitor opened, and
   the packs (tours, exhibits, lesson kits) the visitor saved, with their images and audio.
   Nothing marked private or no-store (restricted knowledge, anything for a signed-in
   visitor) is ever kept, nor anything under /knowledge-media/. */
"use strict";
var VERSION = "{{ version }}";
var SHELL = "shell-" + VERSION, PAGES = "pages-" + VERSION;
// Saved packs: one cache each ("pack-<language>-<page id>"), described by one entry each
// in INDEX (site.js reads it for "Saved on this phone"). They outlive new versions of
// this worker: only their visitor deletes them.
var PACK = "pack-", INDEX = "offline-packs";
// Visited pages kept besides the packs; the oldest goes first.
var PAGE_LIMIT = {{ page_limit }};
var LANGUAGES = [{% for code in languages %}"{{ code }}"{% if not forloop.last %}, {% endif %}{% endfor %}];
var SHELL_URLS = [
  "{% static 'museum/css/site.css' %}",
  "{% static 'museum/js/site.js' %}"
].concat(LANGUAGES.map(function (l) { return "/" + l + "/offline/"; }))
  .concat(LANGUAGES.map(function (l) { return "/" + l + "/offline/saved/"; }));
var NEVER = /^\/(admin|django-admin|api|knowledge-media|sw\.js)(\/|$)|\/(accounts|quiz|search)\//;
// Files a pack may hold besides pages: public images and Wagtail documents (audio guides).
var MEDIA = "{% get_media_prefix %}";
function packFile(path) {
  return path.indexOf("/documents/") === 0 || path.indexOf(MEDIA + "images/") === 0 ||
    path.indexOf(MEDIA + "original_images/") === 0;
}
var STATIC = "{% get_static_prefix %}";

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(SHELL).then(function (c) { return c.addAll(SHELL_URLS); }));
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  // Only this worker's own versioned caches are replaced ("tours-" held saved tours
  // before packs); the packs and their index stay.
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) {
      return /^(shell|pages|tours)-/.test(k) && !k.endsWith("-" + VERSION);
    }).map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

function keepable(response) {
  var control = response.headers.get("Cache-Control") || "";
  return response.ok && response.type === "basic" && !/private|no-store/.test(control);
}

function offlinePage(url) {
  var lang = url.pathname.split("/")[1];
  if (LANGUAGES.indexOf(lang) < 0) { lang = LANGUAGES[0]; }
  return caches.match("/" + lang + "/offline/", { ignoreVary: true });
}

// One change to the pages cache at a time: trimming counts what is there.
var trimming = Promise.resolve();
function remember(request, response) {
  trimming = trimming.then(function () {
    return caches.open(PAGES).then(function (cache) {
      return cache.put(request, response).then(function () { return cache.keys(); })
        .then(function (keys) {
          // Keys come in the order they were put: the oldest first.
          var extra = keys.slice(0, Math.max(0, keys.length - PAGE_LIMIT));
          return Promise.all(extra.map(function (k) { return cache.delete(k); }));
        });
    });
  }).catch(function () {});
  return trimming;
}

// An audio element asks for byte ranges; a saved file answers them from its copy.
function ranged(request, response) {
  var range = /^bytes=(\d*)-(\d*)$/.exec((request.headers.get("Range") || "").trim());
  if (!range || (range[1] === "" && range[2] === "")) { return response; }
  return response.blob().then(function (blob) {
    var size = blob.size, start, end;
    if (range[1] === "") {
      start = Math.max(0, size - Number(range[2]));
      end = size - 1;
    } else {
      start = Number(range[1]);
      end = range[2] === "" ? size - 1 : Math.min(Number(range[2]), size - 1);
    }
    if (start >= size || start > end) {
      return new Response("", { status: 416, headers: { "Content-Range": "bytes */" + size } });
    }
    var headers = new Headers(response.headers);
    headers.set("Content-Range", "bytes " + start + "-" + end + "/" + size);
    headers.set("Content-Length", String(end - start + 1));
    return new Response(blob.slice(start, end + 1), {
      status: 206, statusText: "Partial Content", headers: headers
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request, url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== location.origin || NEVER.test(url.pathname)) {
    return;
  }
  if (url.pathname.indexOf(STATIC) === 0) {
    event.respondWith(caches.match(request).then(function (hit) {
      return hit || fetch(request).then(function (response) {
        if (keepable(response)) {
          var copy = response.clone();
          caches.open(SHELL).then(function (c) { c.put(request, copy); });
        }
        return response;
      });
    }));
    return;
  }
  if (packFile(url.pathname)) {
    // Images and audio: from a saved pack when one holds them, else from the network
    // (and not kept: the bound is on pages, the visitor chooses what else to keep).
    event.respondWith(caches.match(request.url, { ignoreVary: true }).then(function (hit) {
      return hit ? ranged(request, hit) : fetch(request);
    }));
    return;
  }
  if (request.mode !== "navigate") { return; }
  // Pages: the network first (content changes), a saved copy when offline.
  event.respondWith(fetch(request).then(function (response) {
    if (keepable(response)) { event.waitUntil(remember(request, response.clone())); }
    return response;
  }).catch(function () {
    return caches.match(request, { ignoreVary: true }).then(function (hit) {
      // A link with a query (?level=child) still opens the saved page.
      return hit || caches.match(request, { ignoreVary: true, ignoreSearch: true });
    }).then(function (hit) { return hit || offlinePage(url); });
  }));
});

function packFiles(pack) {
  // Only this site's own addresses, and never what the worker never keeps.
  return (Array.isArray(pack.files) ? pack.files : []).filter(function (f) {
    return f && typeof f.url === "string" && /^\/[^\/\\]/.test(f.url) && !NEVER.test(f.url);
  });
}

function savePack(pack) {
  var name = PACK + String(pack.language).replace(/[^a-z-]/g, "") + "-" + Number(pack.id);
  var files = packFiles(pack);
  return caches.delete(name).then(function () { return caches.open(name); }).then(function (cache) {
    return Promise.all(files.map(function (f) {
      // Without the visitor's cookies: a pack holds what everyone may see, never more.
      return fetch(f.url, { credentials: "omit" }).then(function (response) {
        if (!keepable(response)) { return null; }
        return response.clone().blob().then(function (blob) {
          return cache.put(f.url, response).then(function () { return blob.size; });
        });
      }).catch(function () { return null; });
    }));
  }).then(function (sizes) {
    if (!files.length || sizes[0] === null) {  // the page itself could not be kept
      return caches.delete(name).then(function () { return { error: true }; });
    }
    var saved = files.filter(function (f, i) { return sizes[i] !== null; });
    var entry = {
      cache: name,
      id: Number(pack.id),
      language: String(pack.language),
      title: String(pack.title),
      url: files[0].url,
      kind: String(pack.kind),
      kind_label: String(pack.kind_label),
      bytes: sizes.reduce(function (a, b) { return a + (b || 0); }, 0),
      files: saved.length,
      missing: files.length - saved.length,
      pages: saved.filter(function (f) { return f.type === "page"; }).map(function (f) { return f.url; }),
      date: new Date().toISOString()
    };
    return caches.open(INDEX).then(function (index) {
      return index.put("/offline-packs/" + name, new Response(JSON.stringify(entry), {
        headers: { "Content-Type": "application/json" }
      }));
    }).then(function () {
      return { saved: entry.files, missing: entry.missing, bytes: entry.bytes };
    });
  });
}

self.addEventListener("message", function (event) {
  var data = event.data || {}, port = event.ports && event.ports[0];
  if (data.type !== "save-pack" || !data.pack || !port) { return; }
  event.waitUntil(savePack(data.pack).catch(function () { return { error: true }; })
    .then(function (result) { port.postMessage(result); }));
});

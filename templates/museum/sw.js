{% load static %}/* Dược liệu số service worker: the site shell, pages the visitor opened, saved tours.
   Nothing marked private or no-store (restricted knowledge, anything for a signed-in
   visitor) is ever kept. */
"use strict";
var VERSION = "{{ version }}";
var SHELL = "shell-" + VERSION, PAGES = "pages-" + VERSION, TOURS = "tours-" + VERSION;
var LANGUAGES = [{% for code in languages %}"{{ code }}"{% if not forloop.last %}, {% endif %}{% endfor %}];
var SHELL_URLS = [
  "{% static 'museum/css/site.css' %}",
  "{% static 'museum/js/site.js' %}"
].concat(LANGUAGES.map(function (l) { return "/" + l + "/offline/"; }));
var NEVER = /^\/(admin|django-admin|api|knowledge-media|documents|sw\.js)(\/|$)|\/(accounts|quiz|search)\//;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(SHELL).then(function (c) { return c.addAll(SHELL_URLS); }));
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return !k.endsWith("-" + VERSION); })
      .map(function (k) { return caches.delete(k); }));
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

self.addEventListener("fetch", function (event) {
  var request = event.request, url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== location.origin || NEVER.test(url.pathname)) {
    return;
  }
  if (url.pathname.indexOf("{% get_static_prefix %}") === 0) {
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
  if (request.mode !== "navigate") { return; }
  // Pages: the network first (content changes), the saved copy when offline.
  event.respondWith(fetch(request).then(function (response) {
    if (keepable(response)) {
      var copy = response.clone();
      caches.open(PAGES).then(function (c) { c.put(request, copy); });
    }
    return response;
  }).catch(function () {
    return caches.match(request, { ignoreVary: true }).then(function (hit) {
      return hit || offlinePage(url);
    });
  }));
});

self.addEventListener("message", function (event) {
  if (!event.data || event.data.type !== "save-tour") { return; }
  var port = event.ports[0];
  event.waitUntil(caches.open(TOURS).then(function (cache) {
    return Promise.all(event.data.urls.map(function (u) {
      return fetch(u, { credentials: "same-origin" }).then(function (response) {
        if (!keepable(response)) { return 0; }
        return cache.put(u, response).then(function () { return 1; });
      }).catch(function () { return 0; });
    }));
  }).then(function (done) {
    port.postMessage({ saved: done.reduce(function (a, b) { return a + b; }, 0) });
  }));
});

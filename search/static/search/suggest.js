// Progressive suggestion box: the search form works without it.
(function () {
  var input = document.getElementById("q");
  var list = document.getElementById("suggestions");
  if (!input || !list || !window.fetch) return;
  var timer = null, last = "";
  function clear() { list.hidden = true; list.textContent = ""; }
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var q = input.value.trim();
      if (q.length < 2 || q === last) { if (q.length < 2) clear(); return; }
      last = q;
      fetch(input.dataset.suggestUrl + "?q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
        .then(function (data) {
          list.textContent = "";
          data.suggestions.forEach(function (s) {
            var li = document.createElement("li"), a = document.createElement("a");
            li.setAttribute("role", "option");
            a.href = s.url; a.textContent = s.title + " · " + s.kind;
            li.appendChild(a); list.appendChild(li);
          });
          list.hidden = data.suggestions.length === 0;
        })
        .catch(clear);
    }, 150);
  });
  input.addEventListener("keydown", function (e) { if (e.key === "Escape") clear(); });
})();

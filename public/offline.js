// Registers the service worker (public/sw.js, written to dist/sw.js by scripts/post-build.mjs)
// and offers a new version when one has been installed:
// "A new version is available" with a Reload button (the static #update-notice in index.html).
// The new version takes over only when the user chooses Reload: the waiting worker is told
// to skip waiting, and the page reloads once it controls the page. Other open tabs reload
// at the same moment, so no page ever runs the files of two builds at once.
// Nothing happens where service workers are unavailable (e.g. the single file on file://).
(function () {
  if (!("serviceWorker" in navigator) || location.protocol === "file:") return;
  var sw = navigator.serviceWorker;
  // True once a worker controls this page. A later change of controller means a new
  // version took over (chosen in this tab or another), and this page must reload to match.
  // The first one (the very first install claiming the page) changes nothing.
  var controlled = !!sw.controller;
  var accepted = false;
  var reloading = false;

  sw.addEventListener("controllerchange", function () {
    if (reloading) return;
    if (!controlled && !accepted) {
      controlled = true;
      return;
    }
    reloading = true;
    location.reload();
  });

  function offer(worker) {
    var notice = document.getElementById("update-notice");
    var reload = document.getElementById("update-reload");
    var later = document.getElementById("update-later");
    if (!notice || !reload) return;
    reload.onclick = function () {
      accepted = true;
      reload.disabled = true;
      worker.postMessage({ type: "SKIP_WAITING" });
    };
    if (later) {
      later.onclick = function () {
        notice.hidden = true;
      };
    }
    notice.hidden = false;
  }

  function watch(registration) {
    if (registration.waiting && sw.controller) offer(registration.waiting);
    registration.addEventListener("updatefound", function () {
      var worker = registration.installing;
      if (!worker) return;
      worker.addEventListener("statechange", function () {
        if (worker.state === "installed" && sw.controller) offer(worker);
      });
    });
  }

  // Browsers look for a new sw.js on navigations; a tab left open (the app never navigates
  // for real) also looks when it comes back into view, at most once an hour.
  var lastCheck = Date.now();
  function checkWhenVisible(registration) {
    document.addEventListener("visibilitychange", function () {
      if (document.visibilityState !== "visible" || Date.now() - lastCheck < 3600 * 1000) return;
      lastCheck = Date.now();
      registration.update().catch(function () {});
    });
  }

  window.addEventListener("load", function () {
    // Relative to <base href>, so it works under a sub-path; the scope is that directory.
    sw.register("sw.js").then(
      function (registration) {
        if (!registration) return; // a browser (or test harness) that stubs workers out
        watch(registration);
        checkWhenVisible(registration);
      },
      function (error) {
        console.warn("Offline use is not available: " + (error && error.message ? error.message : error));
      },
    );
  });
})();

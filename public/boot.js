// Shows a readable message instead of a blank or frozen page when the app cannot start (the
// WebAssembly fails to download or compile, or start-up throws) or stops: release builds
// turn a Rust panic into a WebAssembly trap (a RuntimeError), whenever it happens.
(function () {
  function isTrap(err) {
    return typeof WebAssembly !== "undefined" && err instanceof WebAssembly.RuntimeError;
  }
  function showFatal(detail, evenAfterStart) {
    if (!evenAfterStart && document.documentElement.dataset.appStarted === "1") return;
    var box = document.getElementById("fatal");
    var text = document.getElementById("fatal-detail");
    var note = document.getElementById("boot-note");
    if (text && detail) text.textContent = detail;
    if (note) note.hidden = true;
    if (box) box.hidden = false;
  }
  function stopped(err) {
    showFatal("The app stopped unexpectedly (" + (err.message || "a WebAssembly trap") + ").", true);
  }
  window.addEventListener("error", function (e) {
    if (isTrap(e && e.error)) return stopped(e.error);
    var msg = e && e.message ? e.message : "";
    if (/wasm|WebAssembly|import|fetch|module/i.test(msg) || e.target !== window) {
      showFatal("The app's code could not be loaded (" + (msg || "a file failed to download") + ").");
    }
  }, true);
  window.addEventListener("unhandledrejection", function (e) {
    var r = e && e.reason;
    if (isTrap(r)) return stopped(r);
    showFatal("The app's code could not be loaded (" + (r && r.message ? r.message : String(r)) + ").");
  });
  window.addEventListener("load", function () {
    setTimeout(function () {
      if (document.documentElement.dataset.appStarted !== "1") {
        showFatal("The app did not start. Your browser may not support WebAssembly, or a file is missing.");
      }
    }, 15000);
  });
})();

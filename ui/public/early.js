// The start-up reads, sent while the app's modules still load: this plain
// script runs as soon as the page is parsed, the modules some 40 ms later.
// `takeEarly` (src/lib/earlyReads.ts) hands each answer to the first
// caller with the same command and arguments; any other read goes through
// IPC as usual. The first screen's reads: the status, and the clients list
// an agency's first screen shows (a business install never takes it).
(function () {
  var internals = window.__TAURI_INTERNALS__;
  if (!internals || typeof internals.invoke !== "function") return;
  var reads = [
    ["app_status", {}],
    ["list_clients", { query: { search: "", includeArchived: false } }],
  ];
  window.__regiaEarly = reads.map(function (read) {
    var answer = internals.invoke(read[0], read[1]);
    // Taken or not, a failed read is not an unhandled rejection.
    answer.catch(function () {});
    return { cmd: read[0], args: read[1], answer: answer };
  });
})();

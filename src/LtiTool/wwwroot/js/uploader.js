// A small tus 1.0.0 client: 5 MB chunks, retries with back-off, and resume after a reload (the upload URL is kept in localStorage where the browser allows it).
(function () {
  "use strict";
  const CHUNK = 5 * 1024 * 1024;
  const DELAYS = [1000, 3000, 5000, 10000, 20000];

  function b64(text) { return btoa(unescape(encodeURIComponent(text))); }
  function tusHeaders(extra) { return Object.assign({ "Tus-Resumable": "1.0.0" }, extra || {}); }
  // What the upload is for: { assignment: id } or { plan: id }, sent as tus Upload-Metadata pairs.
  function describe(target) { return Object.keys(target).map(function (k) { return k + " " + b64(target[k]); }).join(","); }
  function named(target) { return Object.keys(target).map(function (k) { return k + "=" + target[k]; }).join(":"); }
  function key(file, target, kind) { return "tus:" + named(target) + ":" + kind + ":" + file.name + ":" + file.size + ":" + file.lastModified; }
  function sleep(ms) { return new Promise(function (resolve) { setTimeout(resolve, ms); }); }

  // In an LMS iframe whose third-party storage the browser blocks, touching localStorage throws; uploads must still work,
  // they just cannot resume after a reload.
  const memory = new Map();
  const saved = {
    get: function (k) { try { return window.localStorage.getItem(k); } catch (e) { return memory.has(k) ? memory.get(k) : null; } },
    set: function (k, v) { try { window.localStorage.setItem(k, v); } catch (e) { memory.set(k, v); } },
    remove: function (k) { try { window.localStorage.removeItem(k); } catch (e) { memory.delete(k); } },
  };

  async function create(metadata, length) {
    const headers = tusHeaders({ "Upload-Metadata": metadata });
    if (length === null) headers["Upload-Defer-Length"] = "1"; else headers["Upload-Length"] = String(length);
    const response = await window.ltiFetch("/app/uploads", { method: "POST", headers: headers });
    if (response.status !== 201) throw new Error(await response.text());
    return response.headers.get("Location");
  }

  async function offsetOf(url) {
    const response = await window.ltiFetch(url, { method: "HEAD", headers: tusHeaders() });
    return response.ok ? Number(response.headers.get("Upload-Offset")) : null;
  }

  // Sends one chunk, retrying network failures; a 4xx answer is final and carries a sentence.
  async function patch(url, offset, blob, finalLength) {
    for (let attempt = 0; ; attempt++) {
      try {
        const headers = tusHeaders({ "Content-Type": "application/offset+octet-stream", "Upload-Offset": String(offset) });
        if (finalLength !== undefined) headers["Upload-Length"] = String(finalLength);
        const response = await window.ltiFetch(url, { method: "PATCH", headers: headers, body: blob });
        if (response.status === 204) return response;
        if (response.status === 409) { offset = await offsetOf(url); continue; }
        if (response.status < 500) { const error = new Error(await response.text()); error.final = true; throw error; }
      } catch (error) {
        if (error.final || attempt >= DELAYS.length) throw error;
      }
      await sleep(DELAYS[Math.min(attempt, DELAYS.length - 1)]);
      const current = await offsetOf(url).catch(function () { return null; });
      if (current !== null && current !== offset) return { resumedAt: current };
    }
  }

  // Uploads a whole file; onProgress(fraction). Resolves with the submission file id.
  async function uploadFile(file, target, kind, onProgress) {
    const storageKey = key(file, target, kind);
    let url = saved.get(storageKey);
    let offset = url ? await offsetOf(url).catch(function () { return null; }) : null;
    if (offset === null) {
      url = await create(describe(target) + ",filename " + b64(file.name) + ",kind " + b64(kind), file.size);
      saved.set(storageKey, url);
      offset = 0;
    }
    while (offset < file.size) {
      const end = Math.min(offset + CHUNK, file.size);
      const result = await patch(url, offset, file.slice(offset, end));
      if (result.resumedAt !== undefined) { offset = result.resumedAt; continue; }
      offset = Number(result.headers.get("Upload-Offset"));
      onProgress(offset / file.size);
      if (offset === file.size) { saved.remove(storageKey); return result.headers.get("Upload-File-Id"); }
    }
    saved.remove(storageKey);
    return null;
  }

  // A growing upload for a recording: append(blob) as chunks arrive, finish() when recording stops.
  function stream(target, kind, name) {
    let url = null;
    let offset = 0;
    let queue = Promise.resolve();
    const storageKey = "tus-recording:" + named(target) + ":" + kind;
    async function ensure() {
      if (!url) {
        url = await create(describe(target) + ",filename " + b64(name) + ",kind " + b64(kind), null);
        saved.set(storageKey, url);
      }
    }
    return {
      append: function (blob) {
        queue = queue.then(async function () {
          await ensure();
          const result = await patch(url, offset, blob);
          offset = result.resumedAt !== undefined ? result.resumedAt : Number(result.headers.get("Upload-Offset"));
        });
        return queue;
      },
      finish: function () {
        queue = queue.then(async function () {
          await ensure();
          const result = await patch(url, offset, new Blob([]), offset);
          saved.remove(storageKey);
          return result.headers.get("Upload-File-Id");
        });
        return queue;
      },
      cancel: function () {
        if (url) window.ltiFetch(url, { method: "DELETE", headers: tusHeaders() });
        saved.remove(storageKey);
      },
    };
  }

  window.ltiUploader = { uploadFile: uploadFile, stream: stream };
})();

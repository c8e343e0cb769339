// Voice notes: record in the browser, keep the recording in IndexedDB until the server has
// confirmed every piece, upload in pieces that resume after a lost connection or a new sign-in.
(() => {
  const root = document.getElementById("recorder");
  if (!root) return;
  const $ = (id) => document.getElementById(id);
  const status = $("voice-status");
  // The words come from the page, translated there.
  const words = (key) => (document.querySelector(`[data-say="${key}"]`) || {}).textContent || "";
  const say = (key, extra = "") => { status.textContent = `${words(key)}${extra}`; };
  const LIMIT_MS = Number(root.dataset.limit) * 1000;
  const CHUNK = Number(root.dataset.chunk);
  const USER = root.dataset.user;
  const NOTES = root.dataset.base.replace(/record\/$/, "notes/");
  const csrf = () => root.querySelector("[name=csrfmiddlewaretoken]").value;
  const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  // IndexedDB: one record per recording, {id, user, entry, mime, parts: [Blob], duration, done}.
  const open = () => new Promise((resolve, reject) => {
    const request = indexedDB.open("afterglow-voice", 1);
    request.onupgradeneeded = () => request.result.createObjectStore("recordings", { keyPath: "id" });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const store = async (mode, act) => {
    const db = await open();
    return new Promise((resolve, reject) => {
      const tx = db.transaction("recordings", mode);
      const request = act(tx.objectStore("recordings"));
      tx.oncomplete = () => { db.close(); resolve(request.result); };
      tx.onerror = () => { db.close(); reject(tx.error); };
    });
  };
  const keep = (rec) => store("readwrite", (s) => s.put(rec));
  const drop = (id) => store("readwrite", (s) => s.delete(id));
  const kept = () => store("readonly", (s) => s.getAll());

  const newId = () => {
    if (crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    const h = [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
    return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
  };

  // Signed out: the page's sentence, with its link to sign in again.
  const signedOut = () => {
    const sentence = document.querySelector('[data-say="signed_out"]');
    if (sentence) status.replaceChildren(...sentence.cloneNode(true).childNodes);
  };
  const redirected = (res) => res.type === "opaqueredirect" || res.status === 0 || res.status === 403;
  const send = (url, init) => fetch(url, { credentials: "same-origin", redirect: "manual", ...init });

  async function upload(rec) {
    const blob = new Blob(rec.parts, { type: rec.mime });
    const base = `${NOTES}${rec.id}/`;
    const count = Math.ceil(blob.size / CHUNK);
    let next = null;
    let pause = 1000;
    for (;;) {
      let res;
      try {
        if (next === null) {
          res = await send(`${base}upload/`, { headers: { Accept: "application/json" } });
        } else if (next < count) {
          res = await send(`${base}chunks/${next}`, {
            method: "POST",
            body: blob.slice(next * CHUNK, (next + 1) * CHUNK),
            headers: { "X-CSRFToken": csrf(), "Content-Type": "application/octet-stream" },
          });
        } else {
          const form = new FormData();
          form.append("duration_ms", String(Math.round(rec.duration)));
          if (rec.entry) form.append("entry", rec.entry);
          res = await send(`${base}finish/`, { method: "POST", body: form, headers: { "X-CSRFToken": csrf() } });
        }
      } catch (error) {
        say("dropped");
        await wait(pause);
        pause = Math.min(pause * 2, 15000);
        continue;
      }
      if (redirected(res)) { signedOut(); return null; }
      let body = {};
      try { body = await res.json(); } catch (error) { body = {}; }
      pause = 1000;
      if (next === null) {
        if (body.complete) { await drop(rec.id); return `${base}`; }
        next = body.next;
        continue;
      }
      if (next >= count && res.ok) { await drop(rec.id); return body.url; }
      if (res.ok) { next = body.next; say("saving", ` ${Math.min(100, Math.round((100 * next) / Math.max(count, 1)))}%`); continue; }
      if (res.status === 409 && typeof body.next === "number" && body.next !== next) { next = body.next; continue; }
      if (res.status === 507) { say("full"); await wait(30000); continue; }
      if (res.status === 415) { await drop(rec.id); say("not_audio"); return null; }
      say("failed");
      return null;
    }
  }

  async function resume() {
    const mine = (await kept()).filter((rec) => rec.user === USER && rec.parts.length);
    for (const rec of mine) {
      say("earlier");
      const url = await upload(rec);
      if (url === null) return;
      if (rec === mine[mine.length - 1]) window.location.assign(url);
    }
  }

  if (!window.MediaRecorder || !navigator.mediaDevices) {
    $("voice-start").hidden = true;
    $("voice-unsupported").hidden = false;
    resume();
    return;
  }

  let recorder = null;
  let rec = null;
  let elapsed = 0;
  let since = null;
  let ticking = null;
  const now = () => elapsed + (since === null ? 0 : performance.now() - since);
  const show = () => {
    const s = Math.floor(now() / 1000);
    $("voice-timer").textContent = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
    if (now() >= LIMIT_MS && recorder && recorder.state === "recording") {
      say("limit");
      stop();
    }
  };
  const buttons = (state) => {
    $("voice-start").hidden = state !== "idle";
    $("voice-pause").hidden = state !== "recording";
    $("voice-resume").hidden = state !== "paused";
    $("voice-stop").hidden = state === "idle";
  };
  const mime = ["audio/webm;codecs=opus", "audio/ogg;codecs=opus", "audio/webm", "audio/ogg"].find(
    (type) => MediaRecorder.isTypeSupported(type),
  );

  async function start() {
    let stream;
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true });
    } catch (error) {
      $("voice-start").hidden = true;
      $("voice-denied").hidden = false;
      return;
    }
    recorder = new MediaRecorder(stream, mime ? { mimeType: mime } : {});
    rec = { id: newId(), user: USER, entry: root.dataset.entry, mime: recorder.mimeType || mime || "audio/webm", parts: [], duration: 0 };
    recorder.addEventListener("dataavailable", (event) => {
      if (event.data && event.data.size) {
        rec.parts.push(event.data);
        rec.duration = now();
        keep(rec);
      }
    });
    recorder.addEventListener("stop", async () => {
      stream.getTracks().forEach((track) => track.stop());
      rec.duration = Math.min(now(), LIMIT_MS);
      await keep(rec);
      say("saving");
      const url = await upload(rec);
      if (url) window.location.assign(url);
    });
    recorder.start(1000);
    elapsed = 0;
    since = performance.now();
    ticking = setInterval(show, 250);
    buttons("recording");
    say("recording");
  }
  function stop() {
    if (since !== null) { elapsed += performance.now() - since; since = null; }
    clearInterval(ticking);
    buttons("idle");
    $("voice-start").hidden = true;
    if (recorder && recorder.state !== "inactive") recorder.stop();
  }
  $("voice-start").addEventListener("click", start);
  $("voice-stop").addEventListener("click", stop);
  $("voice-pause").addEventListener("click", () => {
    recorder.pause();
    elapsed += performance.now() - since;
    since = null;
    buttons("paused");
    say("paused");
  });
  $("voice-resume").addEventListener("click", () => {
    recorder.resume();
    since = performance.now();
    buttons("recording");
    say("recording");
  });
  resume();
})();

// The installable app on every page: the service worker, the pages kept for offline use,
// the offline queue and sign-out. See docs/offline.md. No inline script: the CSP allows none.
(() => {
  const body = document.body;
  const served = body.dataset.served;
  const user = body.dataset.offlineUser || "";
  const QUEUE = `afterglow-queue:${user}`;
  const KEEP_EVERY = 10 * 60 * 1000;
  const RETRY = 30 * 1000;
  const LANGUAGE = document.documentElement.lang || "en";

  const post = async (message) => {
    if (!("serviceWorker" in navigator)) return;
    const registration = await navigator.serviceWorker.ready;
    if (registration.active) registration.active.postMessage(message);
  };

  // 1. The service worker, and what it keeps: a patient's own pages, or nothing at all.
  if ("serviceWorker" in navigator && served === "network") {
    navigator.serviceWorker.register(body.dataset.sw, { scope: "/" }).catch(() => {});
    // The worker's own words and its offline page come in the language this page is in.
    post({ type: "language", language: LANGUAGE }).catch(() => {});
    if (user) {
      // Today links the check-ins that are open or next: kept too, whenever Today is seen.
      const also = [...document.querySelectorAll("a[data-offline-keep]")].map((a) => a.getAttribute("href"));
      const last = Number(sessionStorage.getItem("afterglow-kept") || 0);
      if ((also.length || Date.now() - last > KEEP_EVERY) && navigator.onLine) {
        sessionStorage.setItem("afterglow-kept", String(Date.now()));
        const urls = (body.dataset.offlinePages || "").split(" ").filter(Boolean).concat(also);
        post({ type: "keep", user, urls });
      }
    } else {
      post({ type: "forget" });
    }
  }

  // 2. A copy served offline says so, and hides what has expired (docs/offline.md).
  if (served === "copy") {
    const banner = document.querySelector("[data-copy-banner]");
    const saved = new Date(body.dataset.renderedAt);
    if (banner) {
      banner.querySelector("[data-copy-saved]").textContent = saved.toLocaleString(LANGUAGE, {
        weekday: "short", hour: "numeric", minute: "2-digit",
      });
      banner.hidden = false;
    }
    document.querySelectorAll("[data-valid-until]").forEach((el) => {
      if (Date.now() >= new Date(el.dataset.validUntil).getTime()) el.hidden = true;
    });
    document.querySelectorAll("[data-when-ended]").forEach((el) => {
      const until = new Date(el.dataset.whenEnded).getTime();
      el.hidden = Date.now() < until;
    });
  }

  // 3. Sign-out leaves nothing of the person on this device (the server also sends
  // Clear-Site-Data; this covers browsers that ignore it).
  document.querySelectorAll("form[data-sign-out]").forEach((form) => {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      try {
        // Push stops here too: the next person on this device gets nothing of this one's.
        const registration = "serviceWorker" in navigator ? await navigator.serviceWorker.getRegistration("/") : null;
        const subscription = registration && registration.pushManager ? await registration.pushManager.getSubscription() : null;
        if (subscription) {
          await fetch(form.dataset.pushOff, {
            method: "POST", credentials: "same-origin", headers: { "X-CSRFToken": token() },
            body: new URLSearchParams({ endpoint: subscription.endpoint }),
          });
          await subscription.unsubscribe();
        }
      } catch (error) { /* signing out matters more */ }
      try {
        if (window.caches) for (const name of await caches.keys()) await caches.delete(name);
      } catch (error) { /* nothing kept */ }
      Object.keys(localStorage).filter((k) => k.startsWith("afterglow-")).forEach((k) => localStorage.removeItem(k));
      sessionStorage.clear();
      form.submit();
    });
  });

  // 4. The offline queue: what is written offline waits here and is sent once, later.
  const banner = document.querySelector("[data-queue-banner]");
  const read = () => { try { return JSON.parse(localStorage.getItem(QUEUE)) || []; } catch { return []; } };
  const write = (items) => (items.length ? localStorage.setItem(QUEUE, JSON.stringify(items)) : localStorage.removeItem(QUEUE));
  const say = (key) => {
    if (!banner) return;
    banner.textContent = key ? banner.dataset[key] : "";
    banner.hidden = !key;
  };
  const showWaiting = () => { const n = read().length; say(n === 0 ? "" : n === 1 ? "one" : "many"); };
  const token = () => { try { return JSON.parse(body.getAttribute("hx-headers"))["X-CSRFToken"]; } catch { return ""; } };

  const SENDING = "afterglow-sending";  // sessionStorage: the save posted from this tab just now
  const draftOf = (form) => (form.dataset.draftSlot ? `afterglow-draft:${form.dataset.draftUser}:${form.dataset.draftSlot}` : "");
  const queue = (item) => {
    const items = read();
    if (!items.some((other) => other.id === item.id)) items.push(item);
    write(items);
  };

  document.querySelectorAll("form[data-offline-queue]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      if (!user) return;
      const id = crypto.randomUUID();
      const fields = [...new FormData(form).entries()]
        .filter(([name, value]) => name !== "csrfmiddlewaretoken" && name !== "_offline_id" && typeof value === "string");
      if (navigator.onLine && served === "network") {
        // Posted as usual, carrying the id. If the network drops it, the service worker
        // brings the patient to Today#queued-<id>, and this copy is queued there (below).
        let field = form.querySelector("input[name=_offline_id]");
        if (!field) {
          field = Object.assign(document.createElement("input"), { type: "hidden", name: "_offline_id" });
          form.append(field);
        }
        field.value = id;
        sessionStorage.setItem(SENDING, JSON.stringify({ id, action: form.action, fields, at: Date.now(), draft: draftOf(form) }));
        return;
      }
      event.preventDefault();
      queue({ id, action: form.action, fields, at: Date.now() });
      const urgent = fields.some(([name]) => name === "red_flags");
      setTimeout(() => {
        if (draftOf(form)) localStorage.removeItem(draftOf(form));
        window.location.href = urgent ? form.dataset.offlineUrgent : form.dataset.offlineNext;
      }, 0);
    });
  });

  // A save the network dropped on the way (the service worker's redirect names its id):
  // queued like one written offline, under the id the server may already have seen.
  const adopt = () => {
    let sending = null;
    try { sending = JSON.parse(sessionStorage.getItem(SENDING)); } catch { sending = null; }
    sessionStorage.removeItem(SENDING);
    const match = /^#queued-([0-9a-f-]{36})$/.exec(window.location.hash);
    if (!match) return;
    history.replaceState(history.state, "", window.location.pathname + window.location.search);
    if (!user || !sending || sending.id !== match[1]) return;
    queue({ id: sending.id, action: sending.action, fields: sending.fields, at: sending.at });
    if (sending.draft) localStorage.removeItem(sending.draft);
  };

  let flushing = false;
  const flush = async () => {
    if (!user || flushing || !navigator.onLine) return;
    flushing = true;
    try {
      for (const item of read()) {
        let response;
        try {
          response = await fetch(item.action, {
            method: "POST",
            credentials: "same-origin",
            headers: { "X-CSRFToken": token(), "Idempotency-Key": item.id },
            body: new URLSearchParams(item.fields),
          });
        } catch (error) { // still offline after all, or online with no way through: later
          if (navigator.onLine) setTimeout(flush, RETRY);
          break;
        }
        if (response.status === 409) { setTimeout(flush, 5000); break; }
        if (response.status === 403 || new URL(response.url).pathname.startsWith("/accounts/login")) { say("signin"); return; }
        write(read().filter((other) => other.id !== item.id));
        if (response.status === 200 && !response.redirected) {
          // The server answered with a page (help to reach, or a problem to fix): show it.
          const page = new DOMParser().parseFromString(await response.text(), "text/html");
          const main = page.querySelector("main");
          if (main) document.querySelector("main").replaceWith(main);
        }
        say("sent");
      }
    } finally {
      flushing = false;
    }
    if (read().length) showWaiting();
  };

  adopt();
  showWaiting();
  window.addEventListener("online", flush);
  flush();
})();

// The account page's install button, where the browser offers one.
window.addEventListener("beforeinstallprompt", (event) => {
  const holder = document.querySelector("[data-install-button]");
  if (!holder) return;
  event.preventDefault();
  holder.hidden = false;
  holder.querySelector("button").addEventListener("click", () => {
    holder.hidden = true;
    event.prompt();
  }, { once: true });
});

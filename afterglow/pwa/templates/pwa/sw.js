// Afterglow's service worker. What it keeps, and for whom (docs/offline.md):
// - the shell: the offline page (fetched without cookies: nobody's) and the static files;
// - for a signed-in patient only, when their own page asks: the pages the server marks
//   with "X-Afterglow-Offline: keep" (Today, the crisis resources, the journal editor),
//   in a cache named after them. Any other person's page makes it forget all of these.
// Pages are always fetched from the network first; a kept copy is served only offline,
// marked as a copy so the page says so and hides what has expired.
// Languages: the offline page is kept once per language (each nobody's), and the worker's own
// words come in every language; it uses the language its pages were last read in, which each
// page tells it (pwa.js), else the browser's.
// A journal entry or check-in whose post the network drops (before it left, or on the way)
// is not lost: the page then goes where an offline save goes, and pwa.js queues what was
// written under the id the post carried, so the server keeps one however often it arrives.
const SHELL = "afterglow-shell-2";
const PAGES = "afterglow-pages-";
const OFFLINE_URL = "{{ offline_url }}";
const LANGUAGES = {{ languages|safe }};
const DEFAULT_LANGUAGE = "{{ default_language }}";
const WORDS = {{ words|safe }};
const LANGUAGE_KEY = "/sw-language";  // in the shell cache: a language code, nothing of a person
const SHELL_URLS = {{ shell|safe }};
const STATIC_PREFIX = "{{ static_prefix }}";
const KEEP_HEADER = "X-Afterglow-Offline";
const ICON = "{{ icon }}";
const QUEUE_FIELD = "_offline_id";  // added by pwa.js to the forms it can queue
const NEXT_URL = "{{ next_url }}";
const URGENT_URL = "{{ urgent_url }}";
const CLIENT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const offlineUrl = (code) => `${OFFLINE_URL}?lang=${code}`;

const supported = (code) => {
  const base = String(code || "").toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.includes(base) ? base : "";
};

async function keptLanguage() {
  try {
    const kept = await caches.match(LANGUAGE_KEY, { cacheName: SHELL });
    return supported(kept ? await kept.text() : "");
  } catch (error) {
    return "";  // no cache yet
  }
}

async function language() {
  return (await keptLanguage()) || supported(self.navigator.language) || DEFAULT_LANGUAGE;
}

async function rememberLanguage(code) {
  const wanted = supported(code);
  if (!wanted || wanted === (await keptLanguage())) return;
  const cache = await caches.open(SHELL);
  await cache.put(LANGUAGE_KEY, new Response(wanted, { headers: { "Content-Type": "text/plain" } }));
}

const words = async () => WORDS[await language()] || WORDS[DEFAULT_LANGUAGE];

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL);
    for (const code of LANGUAGES) {
      await cache.put(offlineUrl(code), await fetch(offlineUrl(code), { credentials: "omit" }));
    }
    await cache.addAll(SHELL_URLS);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    const names = await caches.keys();
    await Promise.all(names.filter((n) => n.startsWith("afterglow-shell-") && n !== SHELL)
      .map((n) => caches.delete(n)));
    await self.clients.claim();
  })());
});

async function pagesCache() {
  const names = await caches.keys();
  return names.find((n) => n.startsWith(PAGES));
}

async function forget(except) {
  const names = await caches.keys();
  await Promise.all(names.filter((n) => n.startsWith(PAGES) && n !== except)
    .map((n) => caches.delete(n)));
}

async function keep(user, urls) {
  const name = PAGES + user;
  await forget(name);
  const cache = await caches.open(name);
  for (const url of urls) {
    try {
      const response = await fetch(url, { credentials: "same-origin", cache: "no-store", redirect: "error" });
      if (response.ok && response.headers.get(KEEP_HEADER) === "keep") await cache.put(url, response);
    } catch (error) {
      // Offline, or signed out meanwhile (a redirect): the copy kept before stays.
    }
  }
}

self.addEventListener("message", (event) => {
  const data = event.data || {};
  if (data.type === "keep" && /^[0-9a-f]{24}$/.test(data.user || "")) {
    event.waitUntil(keep(data.user, (data.urls || []).filter((u) => u.startsWith("/"))));
  } else if (data.type === "forget") {
    event.waitUntil(forget());
  }
  if (typeof data.language === "string") event.waitUntil(rememberLanguage(data.language));
});

async function asCopy(response) {
  // The page reads data-served="copy" and says it is a copy saved earlier.
  const text = (await response.text()).replace('data-served="network"', 'data-served="copy"');
  return new Response(text, { status: 200, headers: response.headers });
}

async function navigate(request) {
  const path = new URL(request.url).pathname;
  try {
    const response = await fetch(request);
    const name = await pagesCache();
    if (name && response.ok && response.headers.get(KEEP_HEADER) === "keep") {
      await (await caches.open(name)).put(path, response.clone());
    }
    return response;
  } catch (error) {
    const name = await pagesCache();
    const hit = name ? await (await caches.open(name)).match(path) : undefined;
    if (hit) return asCopy(hit);
    const fallback = (await caches.match(offlineUrl(await language())))
      || (await caches.match(offlineUrl(DEFAULT_LANGUAGE)));
    return fallback ? asCopy(fallback) : Response.error();
  }
}

async function post(request) {
  const copy = request.mode === "navigate" ? request.clone() : null;
  try {
    return await fetch(request);
  } catch (error) {
    if (!copy) throw error;  // the page's own fetch sees the failure and keeps what it sent
    let fields;
    try { fields = await copy.formData(); } catch (unreadable) { throw error; }
    const id = fields.get(QUEUE_FIELD);
    if (typeof id !== "string" || !CLIENT_ID.test(id)) throw error;
    // As for a save made offline: Today, or the crisis page at once after a red-flag answer.
    const next = fields.has("red_flags") ? URGENT_URL : NEXT_URL;
    return Response.redirect(`${next}#queued-${id}`, 303);
  }
}

// Push: the server sends only "something is waiting" and a link to one of our pages.
self.addEventListener("push", (event) => {
  let data = {};
  try { data = event.data ? event.data.json() : {}; } catch (error) { data = {}; }
  event.waitUntil((async () => self.registration.showNotification(data.title || "Afterglow", {
    body: data.body || (await words()).notice,
    icon: ICON,
    data: { url: data.url || "/" },
  }))());
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  const url = new URL((event.notification.data || {}).url || "/", self.location.origin);
  event.waitUntil(self.clients.openWindow(url.pathname));  // only ever a page of ours
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method !== "GET") {
    // Sent by the worker, like every request of its pages: one network path, one offline.
    event.respondWith(post(request));
  } else if (request.mode === "navigate") {
    event.respondWith(navigate(request));
  } else if (url.pathname.startsWith(STATIC_PREFIX)) {
    event.respondWith(caches.match(request).then((hit) => hit || fetch(request)));
  }
});

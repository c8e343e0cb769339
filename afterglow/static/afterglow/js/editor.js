// The journal editor never loses a word. Every change is kept in this browser at once and
// sent to the server as a draft a moment later; the browser copy is removed as soon as the
// server has it (and on sign-out, by Clear-Site-Data). If the network or the session is gone,
// the copy waits here and is restored the next time the editor opens.
(() => {
  const keyFor = (user, slot) => `afterglow-draft:${user}:${slot}`;

  const form = document.getElementById("entry-form");
  if (!form) return;
  const KEY = keyFor(form.dataset.draftUser, form.dataset.draftSlot);
  const status = document.getElementById("draft-status");
  const TEXT = ["title", "body", "own_words", "tags", "mood", "energy"];

  const snapshot = () => {
    const data = { emotions: [] };
    TEXT.forEach((name) => { data[name] = form.elements[name] ? form.elements[name].value : ""; });
    form.querySelectorAll("input[name=emotions]:checked").forEach((box) => data.emotions.push(box.value));
    return data;
  };
  const restore = (data) => {
    TEXT.forEach((name) => { if (form.elements[name] && data[name] !== undefined) form.elements[name].value = data[name]; });
    form.querySelectorAll("input[name=emotions]").forEach((box) => { box.checked = (data.emotions || []).includes(box.value); });
  };
  const read = () => { try { return JSON.parse(localStorage.getItem(KEY)); } catch { return null; } };
  const keep = () => localStorage.setItem(KEY, JSON.stringify(snapshot()));
  // The words come from the page, translated there (data-*); {name} marks a value put in.
  const words = (el, key, values = {}) => Object.entries(values).reduce(
    (text, [name, value]) => text.replaceAll(`{${name}}`, value), (el && el.dataset[key]) || "");
  const say = (key, values) => {
    const text = words(status, key, values);
    if (text) status.textContent = text;
  };

  let timer = null;
  const push = async () => {
    const sent = JSON.stringify(snapshot());
    const body = new FormData(form);
    body.set("slot", form.dataset.draftSlot);
    try {
      const response = await fetch(form.dataset.draftUrl, {
        method: "POST", body, credentials: "same-origin", redirect: "manual",
      });
      if (!response.ok) throw new Error(String(response.status));
      if (localStorage.getItem(KEY) === sent) localStorage.removeItem(KEY);
      // The server names the time in the profile's time zone; this device's clock may differ.
      const saved = await response.json();
      say("saved", { time: saved.at_label });
    } catch {
      say("kept");
    }
  };
  const changed = () => {
    keep();
    say("saving");
    clearTimeout(timer);
    timer = setTimeout(push, 1200);
  };

  const local = read();
  if (local) {
    const now = snapshot();
    if (local.body !== now.body || local.title !== now.title) {
      restore(local);
      const notice = document.getElementById("draft-restored");
      if (notice) notice.hidden = false;
      const older = document.getElementById("draft-kept");
      if (older) older.hidden = true;
    }
    push();
  }
  // Near the length one entry holds, say how much room is left (counted as the server counts:
  // characters, not UTF-16 units); past it, that it will need splitting. Nothing is cut.
  // Numbers are written as the server writes them in its own message (20,000).
  const body = form.elements.body;
  const room = document.getElementById("body-length");
  const max = body ? Number(body.dataset.maxLength || 0) : 0;
  const measure = () => {
    if (!max || !room) return;
    const length = [...body.value].length;
    const number = (n) => n.toLocaleString("en-US");
    room.hidden = length < max * 0.9;
    room.textContent = length > max
      ? words(room, length - max === 1 ? "overOne" : "overMany", { over: number(length - max), max: number(max) })
      : words(room, max - length === 1 ? "leftOne" : "leftMany", { left: number(max - length) });
  };
  if (body) { body.addEventListener("input", measure); measure(); }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", keep);
  window.addEventListener("online", push);
})();

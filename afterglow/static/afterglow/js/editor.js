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
  const say = (text) => { if (status) status.textContent = text; };

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
      say(`Draft saved at ${saved.at_label}.`);
    } catch {
      say("Kept safe on this device. It will be saved to your account when you're signed in and online.");
    }
  };
  const changed = () => {
    keep();
    say("Saving…");
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
  const body = form.elements.body;
  const room = document.getElementById("body-length");
  const max = body ? Number(body.dataset.maxLength || 0) : 0;
  const measure = () => {
    if (!max || !room) return;
    const length = [...body.value].length;
    room.hidden = length < max * 0.9;
    room.textContent = length > max
      ? `${(length - max).toLocaleString()} characters more than one entry holds (${max.toLocaleString()}). Split it into two entries; nothing is lost.`
      : `${(max - length).toLocaleString()} characters left in this entry.`;
  };
  if (body) { body.addEventListener("input", measure); measure(); }
  form.addEventListener("input", changed);
  form.addEventListener("change", changed);
  form.addEventListener("submit", keep);
  window.addEventListener("online", push);
})();

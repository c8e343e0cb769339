// Turning push notifications on and off for this device, on the reminders page.
(() => {
  const box = document.querySelector("[data-push]");
  if (!box) return;
  const status = box.querySelector("[data-push-status]");
  const on = box.querySelector("[data-push-turn-on]");
  const off = box.querySelector("[data-push-turn-off]");
  if (!("serviceWorker" in navigator) || !("PushManager" in window) || !box.dataset.pushKey) {
    box.querySelector("[data-push-unavailable]").hidden = false;
    return;
  }
  const token = () => { try { return JSON.parse(document.body.getAttribute("hx-headers"))["X-CSRFToken"]; } catch { return ""; } };
  const send = (url, fields) => fetch(url, {
    method: "POST", credentials: "same-origin", headers: { "X-CSRFToken": token() }, body: new URLSearchParams(fields),
  });
  const key = () => {
    const text = box.dataset.pushKey.replace(/-/g, "+").replace(/_/g, "/");
    const raw = atob(text + "=".repeat((4 - (text.length % 4)) % 4));
    return Uint8Array.from(raw, (c) => c.charCodeAt(0));
  };
  const show = (subscribed) => {
    on.hidden = subscribed;
    off.hidden = !subscribed;
    status.textContent = subscribed ? box.dataset.onText : box.dataset.offText;
  };
  const hex = async (text) => [...new Uint8Array(await crypto.subtle.digest("SHA-256", new TextEncoder().encode(text)))]
    .map((b) => b.toString(16).padStart(2, "0")).join("");
  // The list of devices names this one, which only this browser can tell (the page carries
  // a hash of each device's push address, never the address).
  const mark = async (subscription) => {
    const mine = subscription && crypto.subtle ? await hex(subscription.endpoint) : "";
    box.querySelectorAll("[data-endpoint-hash]").forEach((item) => {
      item.querySelector("[data-this-device]").hidden = item.dataset.endpointHash !== mine;
    });
  };
  // After a change, the list as the server now has it, from this same page.
  const refresh = async (subscription) => {
    try {
      const response = await fetch(box.dataset.pushPage, { credentials: "same-origin" });
      const fresh = new DOMParser().parseFromString(await response.text(), "text/html").querySelector("[data-push-devices]");
      if (response.ok && fresh) box.querySelector("[data-push-devices]").replaceWith(document.adoptNode(fresh));
    } catch (error) { /* the list catches up on the next visit */ }
    await mark(subscription);
  };
  navigator.serviceWorker.ready.then(async (registration) => {
    const current = await registration.pushManager.getSubscription();
    show(Boolean(current));
    await mark(current);
    on.addEventListener("click", async () => {
      if ((await Notification.requestPermission()) !== "granted") { status.textContent = box.dataset.deniedText; return; }
      try {
        // A browser whose push service cannot be reached may never answer: say so after a while.
        const wait = Number(box.dataset.pushWait || 20000);
        const late = new Promise((resolve, reject) => { setTimeout(() => reject(new Error("timeout")), wait); });
        const subscription = await Promise.race([
          registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key() }), late,
        ]);
        const json = subscription.toJSON();
        const response = await send(box.dataset.pushOn, { endpoint: json.endpoint, p256dh: json.keys.p256dh, auth: json.keys.auth });
        if (!response.ok) { await subscription.unsubscribe(); throw new Error(String(response.status)); }
        show(true);
        await refresh(subscription);
      } catch (error) {
        status.textContent = box.dataset.failedText;
      }
    });
    off.addEventListener("click", async () => {
      const subscription = await registration.pushManager.getSubscription();
      if (subscription) {
        await send(box.dataset.pushOff, { endpoint: subscription.endpoint });
        await subscription.unsubscribe();
      }
      show(false);
      await refresh(null);
    });
  });
})();

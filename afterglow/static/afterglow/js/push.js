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
  navigator.serviceWorker.ready.then(async (registration) => {
    show(Boolean(await registration.pushManager.getSubscription()));
    on.addEventListener("click", async () => {
      if ((await Notification.requestPermission()) !== "granted") { status.textContent = box.dataset.deniedText; return; }
      try {
        const subscription = await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key() });
        const json = subscription.toJSON();
        const response = await send(box.dataset.pushOn, { endpoint: json.endpoint, p256dh: json.keys.p256dh, auth: json.keys.auth });
        if (!response.ok) { await subscription.unsubscribe(); throw new Error(String(response.status)); }
        show(true);
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
    });
  });
})();

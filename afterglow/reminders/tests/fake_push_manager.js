// For test_journey_push.py: stands in for the browser's push service in the page. It
// records what `subscribe` was asked (window.__pushAsked) and gives a subscription whose
// address and keys are a device of the local push-service stub (DEVICE, filled in by the
// test), kept across reloads in localStorage. `hang` makes `subscribe` never answer.
(() => {
  const device = DEVICE;
  const KEPT = "test-push-subscription";
  window.__pushAsked = [];
  const b64 = (key) => btoa(String.fromCharCode(...new Uint8Array(key)))
    .replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  const made = () => ({
    endpoint: device.endpoint,
    toJSON: () => ({ endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } }),
    unsubscribe: async () => { localStorage.removeItem(KEPT); window.__pushAsked.push("unsubscribe"); return true; },
  });
  PushManager.prototype.getSubscription = async function () { return localStorage.getItem(KEPT) ? made() : null; };
  PushManager.prototype.subscribe = async function (options) {
    window.__pushAsked.push({ userVisibleOnly: options.userVisibleOnly, key: b64(options.applicationServerKey) });
    if (device.hang) return new Promise(() => {});
    localStorage.setItem(KEPT, "1");
    return made();
  };
})();

// Keeps a form's choices in this browser until the server has them, so an expired session
// or a lost connection never costs the answers. Cleared by the page that confirms them, and
// at sign-out by Clear-Site-Data.
(() => {
  const form = document.querySelector("form[data-keep-key]");
  if (!form) return;
  const KEY = `afterglow-keep:${form.dataset.keepKey}`;
  let saved = null;
  try { saved = JSON.parse(localStorage.getItem(KEY)); } catch { saved = null; }
  if (saved) {
    Object.entries(saved).forEach(([name, value]) => {
      const box = form.querySelector(`input[name="${CSS.escape(name)}"][value="${CSS.escape(value)}"]`);
      if (box && !form.querySelector(`input[name="${CSS.escape(name)}"]:checked`)) box.checked = true;
    });
  }
  form.addEventListener("change", () => {
    const data = {};
    form.querySelectorAll("input[type=radio]:checked").forEach((box) => { data[box.name] = box.value; });
    localStorage.setItem(KEY, JSON.stringify(data));
  });
})();

// Small behaviours shared by every page. No inline scripts: the CSP allows none.
document.addEventListener("DOMContentLoaded", () => {
  // Ask before a form that changes something irreversible is sent.
  document.querySelectorAll("form[data-confirm]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
});

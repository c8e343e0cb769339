// Small behaviours shared by every page. No inline scripts: the CSP allows none.
document.addEventListener("DOMContentLoaded", () => {
  // A page that confirms answers were saved drops the browser's copy of them.
  document.querySelectorAll("[data-clear-keep]").forEach((el) => {
    localStorage.removeItem(`afterglow-keep:${el.dataset.clearKeep}`);
  });
  // A page that confirms an entry is saved drops the browser's copy of its draft.
  document.querySelectorAll("[data-clear-draft-slot]").forEach((el) => {
    localStorage.removeItem(`afterglow-draft:${el.dataset.draftUser}:${el.dataset.clearDraftSlot}`);
  });
  // The Record button only where the browser can record (MediaRecorder).
  if (window.MediaRecorder && navigator.mediaDevices) {
    document.querySelectorAll("[data-voice-button]").forEach((el) => { el.hidden = false; });
  }
  document.querySelectorAll("[data-print]").forEach((button) => {
    button.addEventListener("click", () => window.print());
  });
  // Ask before a form that changes something irreversible is sent.
  document.querySelectorAll("form[data-confirm]").forEach((form) => {
    form.addEventListener("submit", (event) => {
      if (!window.confirm(form.dataset.confirm)) event.preventDefault();
    });
  });
});

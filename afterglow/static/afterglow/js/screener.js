// The screener's skip logic: questions 3-5 show only after a "yes" to question 2, the
// "past 3 months?" follow-up only after a "yes" to question 6. Hidden questions are disabled,
// so an answer given before changing one's mind is not sent. Without this script every
// question shows, each follow-up saying when it applies.
(() => {
  const form = document.querySelector("form[data-screener]");
  if (!form) return;
  const update = () => {
    form.querySelectorAll("[data-asked-if]").forEach((group) => {
      const name = CSS.escape(group.dataset.askedIf);
      const yes = form.querySelector(`input[name="${name}"][value="yes"]`);
      const asked = Boolean(yes && yes.checked);
      group.hidden = !asked;
      group.querySelectorAll("input").forEach((input) => { input.disabled = !asked; });
    });
  };
  form.addEventListener("change", update);
  update();
})();

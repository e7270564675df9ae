// A quiz's "Check this answer" buttons: feedback appears under the question at once instead of reloading the quiz.
// Without script the same buttons post the form and the page comes back with the feedback in the same place.
(function () {
  "use strict";
  document.querySelectorAll("form[data-quiz] button[data-check]").forEach(function (button) {
    button.addEventListener("click", function (event) {
      if (!window.ltiFetch) return;
      event.preventDefault();
      const form = button.form;
      const question = button.value;
      const body = new URLSearchParams();
      body.append("question", question);
      const name = "answer-" + question;
      form.querySelectorAll("input:checked").forEach(function (input) {
        if (input.name === name) body.append(name, input.value);
      });
      const region = form.querySelector('[data-feedback="' + CSS.escape(question) + '"]');
      window.ltiFetch(button.formAction, {
        method: "POST",
        headers: { "Accept": "application/json", "Content-Type": "application/x-www-form-urlencoded" },
        body: body.toString()
      }).then(function (response) {
        return response.json().then(function (answer) { show(region, response.ok, answer); });
      }).catch(function () {
        show(region, false, { problem: window.toolText("CheckFailed") });
      });
    });
  });

  // The feedback in the page's language, from what the check found and the options' own labels.
  function sentence(region, answer) {
    if (answer.right) return window.toolText("Right");
    const fieldset = region.closest("fieldset");
    const right = (answer.rightOptions || []).map(function (id) {
      const input = fieldset.querySelector('input[value="' + CSS.escape(id) + '"]');
      const label = input && fieldset.querySelector('label[for="' + CSS.escape(input.id) + '"]');
      return window.toolText("Quoted", label ? label.textContent : id);
    });
    const list = right.length <= 1 ? right.join("") : window.toolText("List", right.slice(0, -1).join(", "), right[right.length - 1]);
    return window.toolText(right.length > 1 ? "NotQuiteMany" : "NotQuiteOne", list);
  }

  function show(region, ok, answer) {
    region.textContent = "";
    const line = document.createElement("p");
    const strong = document.createElement("strong");
    if (ok) {
      line.className = answer.right ? "right" : "wrong";
      line.dataset.right = answer.right ? "true" : "false";
      strong.textContent = (answer.right ? "✓ " : "✗ ") + sentence(region, answer);
      line.append(strong, " " + answer.explanation);
    } else {
      line.className = "field-error";
      strong.textContent = answer.problem;
      line.append(strong);
    }
    region.append(line);
  }
})();

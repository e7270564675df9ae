// Submits forms marked data-auto-submit as soon as the page loads (OIDC form_post, deep linking responses).
document.querySelectorAll("form[data-auto-submit]").forEach(function (form) { form.submit(); });

// Comentários, enhanced: load more comments in place and open the reply form under a comment.
// Everything here also works without JavaScript, through plain links and page loads.
(function () {
  "use strict";
  var section = document.getElementById("comentarios");
  if (!section) return;

  function loadMore(link) {
    link.setAttribute("aria-busy", "true");
    fetch(link.href, { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.text();
      })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, "text/html").getElementById("comentarios");
        var list = section.querySelector(".comment-list");
        var items = next.querySelectorAll(".comment-list > li");
        var first = null;
        items.forEach(function (item) {
          var adopted = document.importNode(item, true);
          list.appendChild(adopted);
          first = first || adopted;
        });
        var pager = section.querySelector(".pagination");
        var newPager = next.querySelector(".pagination");
        if (pager && newPager) pager.replaceWith(document.importNode(newPager, true));
        else if (pager) pager.remove();
        // Keyboard and screen-reader users continue from the first new comment.
        if (first) {
          var article = first.querySelector("article");
          article.setAttribute("tabindex", "-1");
          article.focus();
        }
      })
      .catch(function () {
        window.location.href = link.href; // fall back to the plain page
      });
  }

  // Where the form lives when it answers the post itself; a reply borrows it and gives it back.
  var form = document.getElementById("comment-form");
  var home = form && document.createComment("comment-form");
  if (form) form.parentNode.insertBefore(home, form);

  function cancelButton() {
    var button = form.querySelector(".comment-form__cancel");
    if (button) return button;
    button = document.createElement("button");
    button.type = "button";
    button.className = "link-button comment-form__cancel";
    button.textContent = section.dataset.cancelLabel;
    button.addEventListener("click", closeReply);
    form.querySelector(".comment-form__title").insertAdjacentElement("afterend", button);
    return button;
  }

  function openReply(link) {
    var article = link.closest("article");
    if (!form || !article || !form.querySelector("input[name=reply_to]")) return false;
    var id = article.id.replace(/^c/, "");
    form.querySelector("input[name=reply_to]").value = id;
    var author = article.querySelector(".comment__author").textContent.trim();
    var title = form.querySelector(".comment-form__title");
    title.textContent = section.dataset.replyLabel + " " + author;
    article.parentNode.insertBefore(form, article.nextSibling);
    cancelButton().hidden = false;
    form.querySelector("textarea").focus();
    return true;
  }

  function closeReply() {
    var replyTo = form.querySelector("input[name=reply_to]");
    var article = document.getElementById("c" + replyTo.value);
    replyTo.value = "0";
    form.querySelector(".comment-form__title").textContent = section.dataset.commentLabel;
    cancelButton().hidden = true;
    home.parentNode.insertBefore(form, home.nextSibling);
    // Back to the comment the reader was answering, so the keyboard does not lose its place.
    var replyLink = article && article.querySelector("a[href^='?reply-to=']");
    if (replyLink) replyLink.focus();
  }

  section.addEventListener("click", function (event) {
    var link = event.target.closest("a");
    if (!link) return;
    if (link.matches(".pagination a[rel=next]")) {
      event.preventDefault();
      loadMore(link);
    } else if (link.matches("a[href^='?reply-to=']") && openReply(link)) {
      event.preventDefault();
    }
  });
})();

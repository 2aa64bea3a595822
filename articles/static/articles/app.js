// Selecting a claim or quote without a page load: the card and its highlights get
// "selected", the URL follows (?selected=claim-12#claim-12) so reload and back agree.
// Without this file the same links load the page with the item selected.
(function () {
  "use strict";

  function marksOf(id) {
    return Array.prototype.filter.call(document.querySelectorAll("mark[data-items]"), function (mark) {
      return mark.getAttribute("data-items").split(" ").indexOf(id) !== -1;
    });
  }

  function select(id) {
    var card = document.getElementById(id);
    if (!card || !card.classList.contains("item-card")) {
      return null;
    }
    document.querySelectorAll(".item-card.selected, mark.selected").forEach(function (el) {
      el.classList.remove("selected");
    });
    card.classList.add("selected");
    marksOf(id).forEach(function (mark) {
      mark.classList.add("selected");
    });
    // A card comes without its forms unless selected on the server: fetch it whole.
    if (!card.classList.contains("dismissed") && !card.querySelector(".item-forms") && window.htmx) {
      window.htmx.ajax("GET", card.getAttribute("data-card-url"), { target: card, swap: "outerHTML" });
    }
    var group = card.closest("details");
    if (group) {
      group.open = true;
    }
    var url = new URL(window.location.href);
    url.searchParams.set("selected", id);
    url.hash = id;
    window.history.replaceState(null, "", url.toString());
    return card;
  }

  document.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element) || event.defaultPrevented || event.button !== 0) {
      return;
    }
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
      return; // let the browser open the link in a new tab
    }
    var link = target.closest("a[data-select]");
    if (link) {
      var id = link.getAttribute("data-select");
      var card = select(id);
      if (card) {
        event.preventDefault();
        if (link.closest("mark")) {
          card.scrollIntoView({ block: "nearest" });
          card.querySelector(".card-select").focus({ preventScroll: true });
        } else {
          var first = marksOf(id)[0];
          if (first) {
            first.scrollIntoView({ block: "nearest" });
          }
        }
      }
      return;
    }
    // A click anywhere else on a card selects it, but never steals a click from its forms or links.
    if (target.closest("a, button, input, select, textarea, label, summary, form")) {
      return;
    }
    var clicked = target.closest(".item-card");
    if (clicked && !clicked.classList.contains("selected")) {
      select(clicked.id);
    }
  });

  // A session that ran out answers an htmx post with the login page: go there instead of
  // swapping it into a card.
  document.addEventListener("htmx:beforeSwap", function (event) {
    var xhr = event.detail.xhr;
    var login = document.body.getAttribute("data-login-url");
    if (xhr && xhr.responseURL && login && new URL(xhr.responseURL).pathname === login) {
      event.detail.shouldSwap = false;
      window.location.assign(xhr.responseURL);
    }
  });

  // htmx does not swap error responses: say so in the card rather than fail silently.
  document.addEventListener("htmx:responseError", function (event) {
    var form = event.detail.elt;
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    var message = document.createElement("p");
    message.className = "errorlist";
    message.setAttribute("role", "alert");
    message.textContent =
      status === 404
        ? "This item no longer exists. Reload the page."
        : "Could not save (error " + status + "). Reload the page and try again.";
    if (form && form.prepend) {
      form.prepend(message);
    }
  });
})();

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

  // A fetched card comes marked as selected by the server; the editor may have moved on meanwhile.
  document.addEventListener("htmx:afterSettle", function () {
    var current = new URL(window.location.href).searchParams.get("selected");
    document.querySelectorAll(".item-card.selected").forEach(function (card) {
      if (card.id !== current) {
        card.classList.remove("selected");
      }
    });
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
        : status === 403
          ? deniedMessage(event.detail.xhr.responseText)
          : "Could not save (error " + status + "). Reload the page and try again.";
    if (form && form.prepend) {
      form.prepend(message);
    }
  });

  // The reason a 403 page gives ("Only an editor approves verdicts."), read as inert HTML.
  function deniedMessage(html) {
    var page = new DOMParser().parseFromString(html || "", "text/html");
    var reason = page.querySelector(".denied-message");
    return reason ? reason.textContent.trim() : "You may not do this.";
  }

  // Keyboard-first triage: j/k move between cards (review) or rows (queues), Enter/o open,
  // r/s/n/a/t/d go to a form of the selected card, ? shows the list. Keys wait while typing.
  var FIELDS = "input, textarea, select, [contenteditable]";
  var pending = null; // a shortcut pressed while the selected card was still loading its forms

  function say(text) {
    var status = document.getElementById("shortcut-status");
    if (!status) {
      status = document.createElement("p");
      status.id = "shortcut-status";
      status.className = "shortcut-status";
      status.setAttribute("role", "status");
      document.body.appendChild(status);
    }
    status.textContent = text;
    window.clearTimeout(say.timer);
    say.timer = window.setTimeout(function () {
      status.textContent = "";
    }, 3000);
  }

  function visibleCards() {
    return Array.prototype.filter.call(document.querySelectorAll(".items-pane .item-card"), function (card) {
      var group = card.closest("details");
      return !group || group.open;
    });
  }

  function focusCard(card) {
    card.scrollIntoView({ block: "nearest" });
    var first = marksOf(card.id)[0];
    if (first) {
      first.scrollIntoView({ block: "nearest" });
    }
    card.querySelector(".card-select").focus({ preventScroll: true });
  }

  function moveCard(step) {
    var cards = visibleCards();
    if (!cards.length) {
      return;
    }
    var index = cards.indexOf(document.querySelector(".items-pane .item-card.selected"));
    var next = cards[index === -1 ? 0 : Math.min(cards.length - 1, Math.max(0, index + step))];
    var card = select(next.id);
    if (card) {
      focusCard(card);
      pending = card.querySelector(".item-forms") ? null : { id: card.id, key: "" };
    }
  }

  function openForm(card, key) {
    var form = card.querySelector('form[data-shortcut="' + key + '"]');
    if (!form) {
      say("That step is not open for this item.");
      return;
    }
    var field = form.querySelector("select, textarea, input:not([type=hidden]), button");
    form.scrollIntoView({ block: "nearest" });
    field.focus();
  }

  function cardShortcut(key) {
    var card = document.querySelector(".items-pane .item-card.selected");
    if (!card) {
      say("Select a claim or quote first (j / k).");
      return;
    }
    if (!card.classList.contains("dismissed") && !card.querySelector(".item-forms")) {
      pending = { id: card.id, key: key }; // its forms are on their way
      return;
    }
    openForm(card, key);
  }

  document.addEventListener("htmx:afterSettle", function () {
    var card = pending && document.getElementById(pending.id);
    if (card && card.querySelector(".item-forms")) {
      var key = pending.key;
      pending = null;
      if (key) {
        openForm(card, key);
      } else if (document.activeElement === document.body) {
        card.querySelector(".card-select").focus({ preventScroll: true });
      }
    }
  });

  function moveRow(step) {
    var rows = Array.prototype.slice.call(document.querySelectorAll("table[data-rows] tbody tr"));
    if (!rows.length) {
      return;
    }
    var index = rows.indexOf(document.querySelector("table[data-rows] tr.current"));
    var next = rows[index === -1 ? 0 : Math.min(rows.length - 1, Math.max(0, index + step))];
    rows.forEach(function (row) {
      row.classList.toggle("current", row === next);
    });
    next.querySelector("a").focus();
  }

  function toggleHelp(open) {
    var help = document.getElementById("shortcuts");
    if (help) {
      help.open = open === undefined ? !help.open : open;
      if (help.open) {
        help.querySelector("summary").focus();
      }
    }
  }

  document.addEventListener("keydown", function (event) {
    var target = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) {
      return;
    }
    if (target instanceof Element && target.closest(FIELDS)) {
      if (event.key === "Escape") {
        target.blur(); // leave the field: the shortcuts work again
      }
      return;
    }
    var help = document.getElementById("shortcuts");
    if (!help) {
      return; // a page without shortcuts
    }
    var onReview = help.getAttribute("data-shortcuts") === "review";
    var key = event.key;
    var onControl = target instanceof Element && target.closest("a, button, summary");
    if (key === "?") {
      toggleHelp();
    } else if (key === "Escape" && help.open) {
      toggleHelp(false);
    } else if (key === "j" || key === "k") {
      (onReview ? moveCard : moveRow)(key === "j" ? 1 : -1);
    } else if (key === "o" || (key === "Enter" && !onControl)) {
      if (onReview) {
        var card = document.querySelector(".items-pane .item-card.selected");
        if (card) {
          focusCard(card);
        } else {
          moveCard(1);
        }
      } else {
        var row = document.querySelector("table[data-rows] tr.current a");
        if (row) {
          row.click();
        }
      }
    } else if (onReview && key.length === 1 && "rsnatd".indexOf(key) !== -1) {
      cardShortcut(key);
    } else {
      return;
    }
    event.preventDefault();
  });
})();

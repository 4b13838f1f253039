// The chat page: gets a short-lived token from the bot's own page endpoint (the Direct Line
// secret stays on the server), renders the bundled Web Chat against the bot's Direct Line, and
// keeps the conversation across a reload of the tab. This small file runs before Web Chat has
// arrived (the page lists it first): it starts the conversation while the phone is still
// downloading Web Chat, so on a slow line the bot's welcome is waiting when Web Chat is ready.
(function () {
  'use strict';

  var STORAGE_KEY = 'gesprekbot.chat';
  var INVITE_FORMAT = /^[A-Za-z0-9-]{4,40}$/;
  // Relative to the page, so the chat also works when the bot is served under a sub-path.
  var DIRECT_LINE = new URL('v3/directline', window.location.href).href;
  var TOKEN_ENDPOINT = new URL('api/chat/token', window.location.href).href;
  var ConnectionStatus = { Online: 2, ExpiredToken: 3, FailedToConnect: 4, Ended: 5 };

  var statusElement = document.getElementById('status');

  // The bot speaks Flemish Dutch and English: English for an English browser, nl-BE for Dutch,
  // for any other language and when the browser says nothing. The bot still switches when the
  // client asks for the other language in the chat.
  var LOCALE = (function () {
    var language = (window.navigator.language || '').toLowerCase();
    return language === 'en' || language.indexOf('en-') === 0 ? window.navigator.language : 'nl-BE';
  })();
  var ENGLISH = LOCALE !== 'nl-BE';

  var TEXTS = ENGLISH
    ? {
      // Nothing is kept before the client says yes in the chat, so the banner must not say otherwise.
      privacy: 'Before anything is kept, GesprekBot asks whether you agree. You only tell what you want to tell, and you may stop at any time.',
      disconnected: 'The connection with GesprekBot was lost. Reload the page to go on.',
      notLoaded: 'The chat could not be loaded. Please try again later.',
      connecting: 'One moment, we are connecting…',
      unreachable: 'GesprekBot cannot be reached now. Please try again in a few minutes.'
    }
    : {
      privacy: 'Voor er iets bewaard wordt, vraagt GesprekBot of je dat goed vindt. Je vertelt alleen wat je zelf wilt, en je mag altijd stoppen.',
      disconnected: 'De verbinding met GesprekBot is verbroken. Laad de pagina opnieuw om verder te gaan.',
      notLoaded: 'De chat kon niet geladen worden. Probeer het later opnieuw.',
      connecting: 'Even geduld, we maken verbinding…',
      unreachable: 'GesprekBot is nu niet bereikbaar. Probeer het over een paar minuten opnieuw.'
    };

  function showPrivacy() {
    var privacy = document.querySelector('.privacy');
    if (privacy) {
      privacy.textContent = TEXTS.privacy;
    }
  }

  function showStatus(text) {
    // textContent, never innerHTML: nothing from the URL or the server becomes markup.
    statusElement.textContent = text;
  }

  function load() {
    try {
      var saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
      return saved && typeof saved.conversationId === 'string' && typeof saved.token === 'string' ? saved : null;
    } catch (e) {
      return null;
    }
  }

  function save(session) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
    } catch (e) {
      // Private mode may refuse storage: the chat still works, it just will not survive a reload.
    }
  }

  function forget() {
    try {
      window.sessionStorage.removeItem(STORAGE_KEY);
    } catch (e) {
      // nothing to forget
    }
  }

  function postJson(url, body, bearer) {
    var headers = { 'Content-Type': 'application/json' };
    if (bearer) {
      headers.Authorization = 'Bearer ' + bearer;
    }

    return window.fetch(url, { method: 'POST', headers: headers, body: JSON.stringify(body || {}), credentials: 'same-origin' })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('HTTP ' + response.status);
        }

        return response.json();
      });
  }

  function inviteCode() {
    var code = new URLSearchParams(window.location.search).get('invite');
    return code && INVITE_FORMAT.test(code) ? code : null;
  }

  // A saved conversation comes back with a refreshed token (tokens live 30 minutes; an expired
  // one cannot be refreshed, and then a new conversation starts).
  function resume(saved) {
    return postJson(DIRECT_LINE + '/tokens/refresh', null, saved.token)
      .then(function (refreshed) {
        return { conversationId: refreshed.conversationId, token: refreshed.token, userId: saved.userId };
      })
      .catch(function () {
        forget();
        return null;
      });
  }

  // The start request carries the locale: the bot's welcome comes from the start of the
  // conversation, before any message does, or an English browser is welcomed in Dutch.
  function fresh() {
    return postJson(TOKEN_ENDPOINT, { invite: inviteCode() }).then(function (issued) {
      return postJson(DIRECT_LINE + '/conversations', { user: { id: issued.userId }, locale: LOCALE }, issued.token)
        .then(function (started) {
          return { conversationId: started.conversationId, token: started.token, userId: issued.userId };
        });
    });
  }

  function nonce() {
    var meta = document.querySelector('meta[name="csp-nonce"]');
    return meta ? meta.getAttribute('content') : undefined;
  }

  function render(session) {
    // The conversation is already started (or resumed): with its id DirectLineJS reconnects with
    // GET /conversations/{id}, which also starts its token refresh; without a watermark the bot
    // replays the whole (bounded) log, so Web Chat shows the welcome or the history.
    var directLine = window.WebChat.createDirectLine({
      domain: DIRECT_LINE,
      token: session.token,
      conversationId: session.conversationId,
      webSocket: true
    });

    directLine.connectionStatus$.subscribe(function (status) {
      if (status === ConnectionStatus.Online) {
        showStatus('');
        save({ conversationId: directLine.conversationId || session.conversationId, token: directLine.token, userId: session.userId });
      } else if (status === ConnectionStatus.ExpiredToken || status === ConnectionStatus.FailedToConnect || status === ConnectionStatus.Ended) {
        forget();
        showStatus(TEXTS.disconnected);
      }
    });

    // DirectLineJS refreshes its token every 15 minutes; keep the newest one for a reload.
    window.addEventListener('pagehide', function () {
      if (directLine.conversationId && directLine.token) {
        save({ conversationId: directLine.conversationId, token: directLine.token, userId: session.userId });
      }
    });

    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        userID: session.userId,
        locale: LOCALE,
        nonce: nonce(),
        // The bot speaks to the client with "je"; Web Chat's Dutch uses "u" here.
        overrideLocalizedStrings: ENGLISH ? {} : { TEXT_INPUT_PLACEHOLDER: 'Typ je bericht' },
        sendTypingIndicator: false,
        styleOptions: {
          hideUploadButton: true,
          suggestedActionLayout: 'flow',
          bubbleBorderRadius: 8,
          bubbleFromUserBorderRadius: 8,
          primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'
        }
      },
      document.getElementById('webchat')
    );
  }

  // Resolves once Web Chat has run (or failed to load): the window's load event comes after
  // every script of the page.
  function webChatLoaded() {
    return new Promise(function (resolve) {
      if (window.WebChat || document.readyState === 'complete') {
        resolve();
      } else {
        window.addEventListener('load', function () { resolve(); });
      }
    });
  }

  function start() {
    showPrivacy();
    showStatus(TEXTS.connecting);
    var saved = load();
    var session = (saved ? resume(saved) : Promise.resolve(null))
      .then(function (resumed) {
        return resumed || fresh();
      })
      .then(function (ready) {
        save({ conversationId: ready.conversationId, token: ready.token, userId: ready.userId });
        return ready;
      });

    Promise.all([session, webChatLoaded()])
      .then(function (results) {
        if (!window.WebChat) {
          showStatus(TEXTS.notLoaded);
          return;
        }

        render(results[0]);
      })
      .catch(function () {
        showStatus(TEXTS.unreachable);
      });
  }

  start();
})();

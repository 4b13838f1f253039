// Pasted by an organisation into its own site, where the chat should appear:
//   <script src="https://chat.example.org/embed.js" data-invite="INTAKE-0042" async></script>
// It puts the bot's chat page in an iframe right after this tag. The site's origin must be in
// ChatPage:FrameAncestors, or the browser refuses to show the frame. This file keeps its name
// (sites link it directly), so it is revalidated on every visit; the page it frames is too.
(function () {
  'use strict';

  var script = document.currentScript;
  if (!script || !script.parentNode) {
    return;
  }

  var INVITE_FORMAT = /^[A-Za-z0-9-]{4,40}$/;
  var HEIGHT_FORMAT = /^[0-9]{3,4}px$/;
  var language = (window.navigator.language || '').toLowerCase();
  var title = language === 'en' || language.indexOf('en-') === 0 ? 'Chat with GesprekBot' : 'Chat met GesprekBot';

  var page = new URL('./', script.src);
  var invite = script.getAttribute('data-invite');
  if (invite && INVITE_FORMAT.test(invite)) {
    page.searchParams.set('invite', invite);
  }

  var height = script.getAttribute('data-height');
  var frame = document.createElement('iframe');
  frame.src = page.href;
  frame.title = title;
  // The invite code is in the frame's address: the chat page sends no referrer onwards either.
  frame.referrerPolicy = 'no-referrer';
  frame.style.width = '100%';
  frame.style.maxWidth = '480px';
  frame.style.height = height && HEIGHT_FORMAT.test(height) ? height : '640px';
  frame.style.border = '1px solid #ccc';
  frame.style.borderRadius = '8px';
  script.parentNode.insertBefore(frame, script.nextSibling);
})();

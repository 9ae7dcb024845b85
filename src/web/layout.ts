import type { Caller } from '../domain/api-key.ts';
import { html, type HtmlValue, type SafeHtml } from './html.ts';

/** What every page needs to know about the request it answers. */
export interface PageContext {
  readonly caller: Caller;
  readonly requestId: string;
  /** Path and query of this request, so sign-in can return here. */
  readonly path: string;
}

function whoBlock(context: PageContext): SafeHtml {
  const { caller } = context;
  if (caller.kind === 'key') {
    return html`<p class="who">Signed in with the key “${caller.name}” (${caller.scopes.join(', ')})</p>
      <form class="inline" method="post" action="/sign-out"><button type="submit" class="link">Sign out</button></form>`;
  }
  const next = encodeURIComponent(context.path);
  return html`${caller.kind === 'invalid' ? html`<p class="who warning">Your key is unknown or revoked.</p>` : ''}
    <a href="/sign-in?next=${next}">Sign in</a>`;
}

/** The one layout of the reading room: header with navigation and search, main content, footer. */
export function layout(context: PageContext, page: { title: string; body: HtmlValue; query?: string }): SafeHtml {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} · Parallax reading room</title>
<link rel="stylesheet" href="/assets/reading-room.css">
<link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
</head>
<body>
<header class="site">
  <a class="brand" href="/">Parallax <span>reading room</span></a>
  <nav aria-label="Main"><a href="/meetings">Meetings</a> <a href="/search">Search</a> <a href="/docs">API</a></nav>
  <form class="site-search" role="search" method="get" action="/search">
    <label for="site-q">Search readouts</label>
    <input id="site-q" type="search" name="q" value="${page.query ?? ''}" maxlength="200">
    <button type="submit">Search</button>
  </form>
  <div class="account">${whoBlock(context)}</div>
</header>
<main id="main">
${page.body}
</main>
<footer class="site">Parallax compares governments’ readouts of the same meeting. Request ${context.requestId}.</footer>
</body>
</html>
`;
}

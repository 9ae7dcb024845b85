import { html, type SafeHtml } from '../html.ts';
import { layout, type PageContext } from '../layout.ts';

/** The sign-in form: an API key, kept afterwards in an HttpOnly cookie for the reading room. */
export function signInPage(context: PageContext, data: { next: string; error?: string | undefined }): SafeHtml {
  return layout(context, {
    title: 'Sign in',
    body: html`<h1>Sign in</h1>
<p>Paste an API key (<code>npm run keys -- create</code> makes one). Reading needs no key unless the service is set up so; adding readouts needs a key with the write scope.</p>
${data.error ? html`<p class="field-error" id="key-error" role="alert">API key: ${data.error}</p>` : ''}
<form method="post" action="/sign-in" class="sign-in">
  <input type="hidden" name="next" value="${data.next}">
  <div class="field${data.error ? ' has-error' : ''}">
    <label for="key">API key</label>
    <input id="key" name="key" type="password" autocomplete="off" required${data.error ? html` aria-describedby="key-error" aria-invalid="true"` : ''}>
  </div>
  <button type="submit" class="primary">Sign in</button>
</form>
<p class="muted">The key is kept in a cookie only this site can read, sent back only on requests from its own pages.</p>`,
  });
}

/** A confirmation form for signing out (sign-out is a POST, so a link elsewhere cannot do it). */
export function signOutPage(context: PageContext): SafeHtml {
  return layout(context, {
    title: 'Sign out',
    body: html`<h1>Sign out</h1>
<form method="post" action="/sign-out"><button type="submit">Sign out</button></form>`,
  });
}

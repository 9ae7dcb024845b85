import type { FieldIssue } from '../../domain/errors.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout, type PageContext } from '../layout.ts';

/** An error as a page: the status, what went wrong in words, each bad field, and the request id; never a stack. */
export function errorPage(context: PageContext, error: { status: number; title: string; detail: string; fields: readonly FieldIssue[] }): SafeHtml {
  const signIn = error.status === 401 || error.status === 403;
  return layout(context, {
    title: error.title,
    body: html`<section class="error" aria-labelledby="error-title">
  <h1 id="error-title">${error.status} · ${error.title}</h1>
  <p>${error.detail}</p>
  ${error.fields.length > 0 ? html`<ul class="field-errors">${error.fields.map((field) => html`<li><code>${field.pointer.replace(/^#\//u, '')}</code> (${field.in}): ${field.detail}</li>`)}</ul>` : ''}
  ${signIn ? html`<p><a href="/sign-in?next=${encodeURIComponent(context.path)}">Sign in with another key</a></p>` : ''}
  <p class="muted">Request id: <code>${context.requestId}</code> (quote it when reporting a problem).</p>
  <p><a href="/meetings">Back to the meetings</a></p>
</section>`,
  });
}

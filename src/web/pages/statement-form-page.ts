import type { Analysis } from '../../domain/analysis/types.ts';
import type { Meeting } from '../../domain/meeting.ts';
import type { Party } from '../../domain/party.ts';
import { html, type SafeHtml } from '../html.ts';
import { layout, type PageContext } from '../layout.ts';
import { analysisView } from './fragments/analysis-view.ts';

/** The fields of the paste form, as typed (strings, possibly invalid). */
export const statementFormFields = ['party', 'issuer', 'title', 'language', 'sourceUrl', 'publishedAt', 'text'] as const;
export type StatementFormField = (typeof statementFormFields)[number];
export type StatementFormValues = Readonly<Record<StatementFormField, string>>;

const labels: Readonly<Record<StatementFormField, string>> = {
  party: 'Party', issuer: 'Issuer', title: 'Title', language: 'Language', sourceUrl: 'Source URL', publishedAt: 'Published on', text: 'Text',
};

export interface StatementFormData {
  readonly meeting: Meeting;
  readonly parties: readonly Party[];
  readonly values: StatementFormValues;
  /** Messages per field, from the last preview or save. */
  readonly errors: ReadonlyMap<StatementFormField, string>;
  /** A message about the form as a whole (not signed in, refused key). */
  readonly notice?: string | undefined;
  readonly mayWrite: boolean;
  /** The analysis of the pasted text, once previewed without errors. */
  readonly preview?: Analysis | undefined;
}

export const emptyStatementForm: StatementFormValues = {
  party: '', issuer: '', title: '', language: 'en', sourceUrl: '', publishedAt: '', text: '',
};

function field(data: StatementFormData, name: StatementFormField, control: (describedBy: SafeHtml) => SafeHtml, hint?: string): SafeHtml {
  const error = data.errors.get(name);
  const ids = [hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
  const describedBy = ids ? html` aria-describedby="${ids}"${error ? html` aria-invalid="true"` : ''}` : html``;
  return html`<div class="field${error ? ' has-error' : ''}">
  <label for="${name}">${labels[name]}</label>
  ${control(describedBy)}
  ${hint ? html`<p class="hint" id="${name}-hint">${hint}</p>` : ''}
  ${error ? html`<p class="field-error" id="${name}-error">${labels[name]}: ${error}</p>` : ''}
</div>`;
}

function hiddenFields(values: StatementFormValues): SafeHtml {
  return html`${statementFormFields.map((name) => html`<input type="hidden" name="${name}" value="${values[name]}">`)}`;
}

/** The paste form for a new readout of a meeting; after a preview, the analysis and a Save button carrying the fields. */
export function statementFormPage(context: PageContext, data: StatementFormData): SafeHtml {
  const { meeting, values } = data;
  const action = `/meetings/${meeting.id}/statements`;
  const partyCodes = new Set(data.parties.map((party) => party.code));
  const errorCount = data.errors.size;
  return layout(context, {
    title: `Add a readout to ${meeting.title}`,
    body: html`<h1>Add a readout</h1>
<p>To <a href="/meetings/${meeting.id}">${meeting.title}</a> (${meeting.date.toISOString().slice(0, 10)}). Paste the text, preview its analysis, then save.</p>
${data.notice ? html`<p class="notice" role="alert">${data.notice}</p>` : ''}
${!data.mayWrite ? html`<p class="notice">Saving needs an API key with the write scope: <a href="/sign-in?next=${encodeURIComponent(`/meetings/${meeting.id}/statements/new`)}">sign in</a>.</p>` : ''}
${errorCount > 0 ? html`<div class="error-summary" role="alert"><h2>${errorCount === 1 ? 'One field needs' : `${errorCount} fields need`} attention</h2><ul>${[...data.errors].map(([name, message]) => html`<li><a href="#${name}">${labels[name]}: ${message}</a></li>`)}</ul></div>` : ''}
${data.preview ? html`${analysisView(values.text, values.language, data.preview)}
<form method="post" action="${action}/save" class="save">
  ${hiddenFields(values)}
  <button type="submit" class="primary">Save this readout</button>
</form>
<h2>Change and preview again</h2>` : ''}
<form method="post" action="${action}/preview" class="statement-form" novalidate>
  ${field(data, 'party', (describedBy) => html`<select id="party" name="party"${describedBy}>
    <option value="">choose a party</option>
    ${data.parties.map((party) => html`<option value="${party.code}"${values.party === party.code ? html` selected` : ''}>${party.name} (${party.code})</option>`)}
    ${values.party && !partyCodes.has(values.party) ? html`<option value="${values.party}" selected>${values.party}</option>` : ''}
  </select>`)}
  ${field(data, 'issuer', (describedBy) => html`<input id="issuer" name="issuer" value="${values.issuer}" maxlength="300"${describedBy}>`, 'The office that published it, e.g. Ministry of Commerce.')}
  ${field(data, 'title', (describedBy) => html`<input id="title" name="title" value="${values.title}" maxlength="500"${describedBy}>`)}
  ${field(data, 'language', (describedBy) => html`<input id="language" name="language" value="${values.language}" size="8"${describedBy}>`, 'BCP 47 tag of the text: en, zh-CN, ko, ja.')}
  ${field(data, 'sourceUrl', (describedBy) => html`<input id="sourceUrl" name="sourceUrl" type="url" value="${values.sourceUrl}"${describedBy}>`, 'Stored for reference; never fetched.')}
  ${field(data, 'publishedAt', (describedBy) => html`<input id="publishedAt" name="publishedAt" type="date" value="${values.publishedAt}"${describedBy}>`)}
  ${field(data, 'text', (describedBy) => html`<textarea id="text" name="text" rows="14"${describedBy}>${values.text}</textarea>`)}
  <div class="buttons">
    <button type="submit">Preview the analysis</button>
    ${data.mayWrite ? html`<button type="submit" formaction="${action}/save">Save without preview</button>` : ''}
  </div>
</form>`,
  });
}

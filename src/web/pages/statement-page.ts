import { diffWords } from 'diff';
import type { StoredAnalysis } from '../../domain/analysis/stored-analysis.ts';
import { primaryLanguage } from '../../domain/text/scripts.ts';
import type { Meeting } from '../../domain/meeting.ts';
import type { Statement, StatementRevision } from '../../domain/statement.ts';
import { html, langAttr, type SafeHtml } from '../html.ts';
import { layout, type PageContext } from '../layout.ts';
import { analysisView } from './fragments/analysis-view.ts';
import { sourceLink } from './fragments/source-link.ts';

export interface StatementPageData {
  readonly statement: Statement;
  readonly meeting: Meeting;
  readonly analysis: StoredAnalysis | null;
  readonly revisions: readonly StatementRevision[];
  /** The two revisions to compare, when the page was asked for a diff. */
  readonly diff?: { readonly from: StatementRevision; readonly to: StatementRevision } | undefined;
}

const cjk = new Set(['zh', 'ja', 'ko']);

/**
 * Word-level changes from `before` to `after` as <del>/<ins>. Chinese, Japanese and
 * Korean are split into words by Intl.Segmenter (the default splitter would treat a
 * whole clause as one word); other languages keep diff's own, environment-independent rules.
 */
export function renderWordDiff(before: string, after: string, language: string): SafeHtml {
  const lang = primaryLanguage(language);
  const options = cjk.has(lang) ? { intlSegmenter: new Intl.Segmenter(lang, { granularity: 'word' }) } : {};
  const changes = diffWords(before, after, options);
  return html`${changes.map((change) => (change.added ? html`<ins>${change.value}</ins>` : change.removed ? html`<del>${change.value}</del>` : change.value))}`;
}

function diffSection(data: StatementPageData): SafeHtml {
  const { revisions, diff, statement } = data;
  if (revisions.length < 2) return html`<p class="muted">This readout has one version; nothing to compare.</p>`;
  const latest = revisions.at(-1)?.revision ?? statement.revision;
  const from = diff?.from.revision ?? Math.max(1, latest - 1);
  const to = diff?.to.revision ?? latest;
  const options = (selected: number) => revisions.map((revision) => html`<option value="${revision.revision}"${revision.revision === selected ? html` selected` : ''}>${revision.revision} (${revision.action}, ${revision.recordedAt.toISOString().slice(0, 10)})</option>`);
  return html`<form class="filters" method="get" action="/statements/${statement.id}#diff" aria-label="Compare two versions">
    <label>From version <select name="from">${options(from)}</select></label>
    <label>to version <select name="to">${options(to)}</select></label>
    <button type="submit">Compare</button>
  </form>
  ${diff ? html`<section id="diff" class="diff" aria-labelledby="diff-title">
    <h3 id="diff-title">Changes from version ${diff.from.revision} to version ${diff.to.revision}</h3>
    ${diff.from.title !== diff.to.title ? html`<p>Title: ${renderWordDiff(diff.from.title ?? '', diff.to.title ?? '', diff.to.language)}</p>` : ''}
    ${diff.from.issuer !== diff.to.issuer ? html`<p>Issuer: <del>${diff.from.issuer}</del> <ins>${diff.to.issuer}</ins></p>` : ''}
    ${diff.from.text === diff.to.text ? html`<p class="muted">The text is the same in both versions.</p>`
      : html`<div class="text"${langAttr(diff.to.language)}>${renderWordDiff(diff.from.text, diff.to.text, diff.to.language)}</div>`}
  </section>` : ''}`;
}

/** A readout: its text and facts, its analysis, its versions and the changes between two of them. */
export function statementPage(context: PageContext, data: StatementPageData): SafeHtml {
  const { statement, meeting, analysis, revisions } = data;
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return layout(context, {
    title: statement.title ?? `${statement.party} readout ${statement.id}`,
    body: html`<article class="statement">
<header>
  <h1${langAttr(statement.language)}>${statement.title ?? `${statement.party} readout`}</h1>
  <p class="facts"><a href="/parties/${statement.party}">${statement.party}</a> · ${statement.issuer} · readout of <a href="/meetings/${meeting.id}">${meeting.title}</a> (${day(meeting.date)})${statement.publishedAt ? html` · published ${day(statement.publishedAt)}` : ''} · language ${statement.language} · version ${statement.revision}${sourceLink(statement.sourceUrl)}</p>
</header>
${analysis ? analysisView(statement.text, statement.language, analysis) : html`<section><h2>Text</h2><p class="notice">The analysis is being made; reload in a moment.</p><div class="text"${langAttr(statement.language)}>${statement.text}</div></section>`}
${statement.originalText ? html`<section aria-labelledby="original-title"><h2 id="original-title">Original text</h2><div class="text"${langAttr(statement.originalLanguage)}>${statement.originalText}</div></section>` : ''}
<section aria-labelledby="history-title">
  <h2 id="history-title">Versions</h2>
  <table class="revisions">
    <thead><tr><th scope="col">Version</th><th scope="col">Change</th><th scope="col">Recorded</th><th scope="col">By key</th><th scope="col">Text</th></tr></thead>
    <tbody>
    ${revisions.map((revision) => html`<tr><td class="num">${revision.revision}</td><td>${revision.action}</td><td><time datetime="${revision.recordedAt.toISOString()}">${revision.recordedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC</time></td><td>${revision.apiKeyId ?? html`<span class="muted">command line or seed</span>`}</td><td class="num">${revision.text.length} characters</td></tr>`)}
    </tbody>
  </table>
  ${diffSection(data)}
</section>
</article>`,
  });
}

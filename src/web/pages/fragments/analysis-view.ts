import type { Analysis, Claim } from '../../../domain/analysis/types.ts';
import { markSpans, type Marked } from '../../highlight.ts';
import { html, langAttr, type SafeHtml } from '../../html.ts';

/** A claim as the analysis views show it; stored claims add their method and status. */
type ShownClaim = Claim & { readonly method?: string; readonly status?: string };

function modalityWords(claim: Claim): string {
  const words = [
    claim.modality.negated && 'negated', claim.modality.future && 'future',
    claim.modality.hypothetical && 'hypothetical', claim.modality.historical && 'historical',
  ].filter((word): word is string => typeof word === 'string');
  return words.join(', ') || '–';
}

/**
 * The analysis of a text: the text with every claim's evidence marked, then the claims
 * (topic, act, actor, modality, confidence, evidence) and the atmosphere of the talks.
 */
export function analysisView(text: string, language: string, analysis: Pick<Analysis, 'sentences' | 'atmosphere' | 'taxonomyVersion' | 'codebook'> & { claims: readonly ShownClaim[] }): SafeHtml {
  const marks: Marked[] = analysis.claims.map((claim) => ({
    span: claim.evidence, className: claim.modality.negated ? 'ev ev-negated' : `ev ev-act-${claim.act}`,
    label: `${claim.topic}: ${claim.act} by ${claim.actor.kind}`,
  }));
  return html`<section class="analysis" aria-labelledby="analysis-title">
  <h2 id="analysis-title">Analysis</h2>
  <p class="muted">${analysis.sentences.length} sentences, ${analysis.claims.length} claims · taxonomy version ${analysis.taxonomyVersion} · codebook ${analysis.codebook}</p>
  <div class="text marked"${langAttr(language)}>${markSpans(text, marks)}</div>
  ${analysis.claims.length === 0 ? html`<p class="empty">No topic of the taxonomy is mentioned.</p>` : html`<table class="claims">
    <caption>Claims: each mention of a topic, what the sentence does with it, and who acts</caption>
    <thead><tr><th scope="col">#</th><th scope="col">Topic</th><th scope="col">Act</th><th scope="col">Actor</th><th scope="col">Modality</th><th scope="col">Confidence</th><th scope="col">Sentence, evidence marked</th></tr></thead>
    <tbody>
    ${analysis.claims.map((claim) => html`<tr${claim.status && claim.status !== 'active' ? html` class="inactive"` : ''}>
      <td class="num">${claim.sentenceIndex + 1}</td>
      <td>${claim.topic}${claim.method === 'human' ? html` <span class="tag">analyst</span>` : ''}</td>
      <td>${claim.act.act}</td>
      <td>${claim.actor.kind}${claim.actor.partyCodes.length > 0 ? html` (${claim.actor.partyCodes.join(', ')})` : ''}</td>
      <td>${modalityWords(claim)}</td>
      <td class="num">${claim.confidence.toFixed(2)}</td>
      <td${langAttr(language)}><q>${markSpans(text, [{ span: claim.evidence, className: 'ev', label: claim.topicRule.term }], sentenceStartOrEvidence(analysis, claim), sentenceEndOrEvidence(analysis, claim))}</q></td>
    </tr>`)}
    </tbody>
  </table>`}
  ${analysis.atmosphere.length > 0 ? html`<p>Atmosphere: ${[...new Set(analysis.atmosphere.map((term) => term.descriptor))].join(', ')}</p>` : ''}
</section>`;
}

function sentenceStartOrEvidence(analysis: Pick<Analysis, 'sentences'>, claim: Claim): number {
  return analysis.sentences[claim.sentenceIndex]?.span.start ?? claim.evidence.start;
}

function sentenceEndOrEvidence(analysis: Pick<Analysis, 'sentences'>, claim: Claim): number {
  return analysis.sentences[claim.sentenceIndex]?.span.end ?? claim.evidence.end;
}

// A small taxonomy and the seed meeting's contexts, so the analysis tests do not depend
// on the default taxonomy (which is tuned separately against the development set).
import { createAnalyser } from '../../../src/domain/analysis/create-analyser.ts';
import type { AnalysisContext, Claim, PartyProfile, Taxonomy } from '../../../src/domain/analysis/types.ts';

export const testTaxonomy: Taxonomy = {
  version: 7,
  topics: [
    { id: 'technology', label: 'Technology', terms: { en: ['technology', 'artificial intelligence'], zh: ['科技'], ko: ['기술'], ja: ['技術'] } },
    {
      id: 'semiconductors', label: 'Semiconductors', parent: 'technology',
      terms: { en: ['semiconductor', 'chip', 'chipmaker', 'integrated circuit'], zh: ['半导体', '芯片'], ko: ['반도체'], ja: ['半導体'] },
      excludes: ['potato chip', 'chip in'],
    },
    { id: 'supply-chains', label: 'Supply chains', terms: { en: ['supply chain', 'industrial chain'], zh: ['供应链', '产业链'], ko: ['공급망'], ja: ['サプライチェーン'] } },
    {
      id: 'critical-minerals', label: 'Critical minerals and raw materials',
      terms: { en: ['raw material', 'critical mineral', 'rare earth'], zh: ['原材料', '关键矿产', '稀土'], ko: ['원자재', '핵심 광물', '희토류'], ja: ['重要鉱物', 'レアアース'] },
    },
    {
      id: 'trade', label: 'Trade', terms: { en: ['trade', 'economy'], zh: ['经贸', '贸易'], ko: ['무역', '통상'], ja: ['貿易'] },
      excludes: ['trade minister', 'minister for trade', '通商资源部'],
    },
    { id: 'export-controls', label: 'Export controls', parent: 'trade', terms: { en: ['export control'], zh: ['出口管制'], ko: ['수출 통제'], ja: ['輸出管理'] } },
    { id: 'investment', label: 'Investment', parent: 'trade', terms: { en: ['investment', 'investor'], zh: ['投资'], ko: ['투자'], ja: ['投資'] } },
    { id: 'taiwan', label: 'Taiwan', terms: { en: ['Taiwan'], zh: ['台湾'], ko: ['대만'], ja: ['台湾'] } },
    {
      id: 'korean-peninsula', label: 'Korean Peninsula',
      terms: { en: ['Korean Peninsula', 'denuclearisation'], zh: ['朝鲜半岛', '半岛'], ko: ['한반도', '북한'], ja: ['北朝鮮', '朝鮮半島'] },
    },
    { id: 'climate', label: 'Climate', terms: { en: ['climate', 'climate change'], zh: ['气候'], ko: ['기후'], ja: ['気候'] } },
  ],
};

export const china: PartyProfile = { code: 'CHN', name: 'China', aliases: ['PRC', 'Beijing', 'Chinese'], people: ['Wang Wentao'] };
export const korea: PartyProfile = {
  code: 'KOR', name: 'South Korea', aliases: ['Korea', 'ROK', 'Seoul', 'Republic of Korea', 'Korean'], people: ['Ahn Duk-geun'],
};
export const japan: PartyProfile = { code: 'JPN', name: 'Japan', aliases: ['Tokyo', 'Japanese'], people: ['Yoko Kamikawa'] };

/** China's English readout of the China–South Korea trade ministers' meeting. */
export const chinaReadout: AnalysisContext = { language: 'en', self: china, others: [korea] };
/** South Korea's English readout of the same meeting. */
export const koreaReadout: AnalysisContext = { language: 'en', self: korea, others: [china] };
export const chinaReadoutZh: AnalysisContext = { language: 'zh-CN', self: china, others: [korea] };
export const koreaReadoutKo: AnalysisContext = { language: 'ko', self: korea, others: [china] };
export const japanReadoutJa: AnalysisContext = { language: 'ja', self: japan, others: [china, korea] };

export const analyse = createAnalyser(testTaxonomy);

/** A claim as a reader checks it: topic, act, actor kind, modality flags and the evidence text. */
export interface ClaimView {
  readonly topic: string;
  readonly act: string;
  readonly actor: string;
  readonly partyCodes: readonly string[];
  readonly negated: boolean;
  readonly future: boolean;
  readonly hypothetical: boolean;
  readonly historical: boolean;
  readonly evidence: string;
  readonly cue: string | undefined;
  readonly pattern: string;
  readonly confidence: number;
}

function viewOf(text: string, claim: Claim): ClaimView {
  return {
    topic: claim.topic, act: claim.act.act, actor: claim.actor.kind, partyCodes: claim.actor.partyCodes, ...claim.modality,
    evidence: text.slice(claim.evidence.start, claim.evidence.end),
    cue: claim.act.span && text.slice(claim.act.span.start, claim.act.span.end), pattern: claim.act.rule.pattern,
    confidence: claim.confidence,
  };
}

/** Every claim of a text, in order, as a reader sees it. */
export function claimsOf(text: string, context: AnalysisContext = chinaReadout): ClaimView[] {
  return analyse(text, context).claims.map((claim) => viewOf(text, claim));
}

/** The first claim of one sentence (the STYLE.md table helper); undefined when it has none. */
export function analyseSentence(sentence: string, context: AnalysisContext = chinaReadout): ClaimView | undefined {
  return claimsOf(sentence, context)[0];
}

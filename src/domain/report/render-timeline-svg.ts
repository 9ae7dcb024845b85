import { escapeHtml } from './escape.ts';
import type { TopicTimelineChart } from './divergence-report.ts';

const h = escapeHtml;

/** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
const partyColours = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#F0E442', '#000000'] as const;

/** Fill colour of the `index`-th party (cycles after eight). */
export function partyColour(index: number): string {
  return partyColours[index % partyColours.length] ?? '#000000';
}

const labelWidth = 190;
const cellWidth = 22;
const rowHeight = 18;
const top = 56;
const axisHeight = 74;

/** Shortens a label to `max` code points, so a long topic name cannot push the chart aside. */
function clip(text: string, max: number): string {
  const points = [...text];
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : text;
}

/**
 * The topic timeline as one self-contained SVG (no scripts, fonts or links): a row per
 * topic, a column per meeting in date order, and in each cell one bar per party, filled
 * in the party's colour when its readout mentions the topic. Hovering a bar (or a screen
 * reader) gives the meeting, date, topic and party. Every text is escaped.
 */
export function renderTimelineSvg(chart: TopicTimelineChart): string {
  const width = labelWidth + Math.max(1, chart.meetings.length) * cellWidth + 20;
  const height = top + Math.max(1, chart.topics.length) * rowHeight + axisHeight;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="timeline-title" font-family="system-ui, sans-serif" font-size="11">`);
  const names = chart.parties.map((p) => p.name).join(', ');
  parts.push(`<title id="timeline-title">${h(`Topics mentioned by ${names}, per meeting`)}</title>`);
  parts.push(`<rect width="${width}" height="${height}" fill="#ffffff"/>`);
  chart.parties.forEach((party, index) => {
    const x = 10 + index * 150;
    parts.push(`<rect x="${x}" y="10" width="12" height="12" fill="${partyColour(index)}"/><text x="${x + 16}" y="20">${h(clip(`${party.name} (${party.code})`, 22))}</text>`);
  });
  const note = chart.topicsLeftOut > 0 ? ` (${chart.topicsLeftOut} less mentioned topics left out)` : '';
  parts.push(`<text x="10" y="42" fill="#555">${h(`A filled bar: the party's readout mentions the topic${note}.`)}</text>`);
  if (chart.meetings.length === 0 || chart.topics.length === 0) {
    parts.push(`<text x="10" y="${top + 12}">No meetings with readouts of all these parties in the period.</text></svg>`);
    return parts.join('');
  }

  const column = new Map(chart.meetings.map((m, index) => [m.id, index]));
  const row = new Map(chart.topics.map((t, index) => [t.topic, index]));
  const mentioned = new Map(chart.mentions.map((m) => [`${m.meetingId}\u0000${m.topic}`, new Set(m.parties)]));
  const barWidth = (cellWidth - 4) / Math.max(1, chart.parties.length);

  chart.topics.forEach((topic, r) => {
    const y = top + r * rowHeight;
    if (r % 2 === 0) parts.push(`<rect x="0" y="${y}" width="${width}" height="${rowHeight}" fill="#f5f5f5"/>`);
    parts.push(`<text x="${labelWidth - 6}" y="${y + 13}" text-anchor="end"><title>${h(topic.label)}</title>${h(clip(topic.label, 30))}</text>`);
  });
  for (const meeting of chart.meetings) {
    const x = labelWidth + (column.get(meeting.id) ?? 0) * cellWidth;
    const axisY = top + chart.topics.length * rowHeight + 6;
    parts.push(`<text transform="translate(${x + cellWidth / 2 + 3} ${axisY}) rotate(60)" font-size="9"><title>${h(`${meeting.date} ${meeting.title}`)}</title>${h(meeting.date)}</text>`);
    for (const topic of chart.topics) {
      const parties = mentioned.get(`${meeting.id}\u0000${topic.topic}`);
      if (!parties) continue;
      const y = top + (row.get(topic.topic) ?? 0) * rowHeight + 3;
      chart.parties.forEach((party, index) => {
        if (!parties.has(party.code)) return;
        const label = `${party.name} mentioned ${topic.label} at ${meeting.title} (${meeting.date})`;
        parts.push(`<rect x="${(x + 2 + index * barWidth).toFixed(2)}" y="${y}" width="${(barWidth - 1).toFixed(2)}" height="${rowHeight - 6}" fill="${partyColour(index)}"><title>${h(label)}</title></rect>`);
      });
    }
  }
  parts.push('</svg>');
  return parts.join('\n');
}

import type { ImportBundle } from '../../domain/import-bundle.ts';

/**
 * The demo meeting loaded into an empty database: China's and South Korea's trade
 * ministers on the sidelines of the APEC trade ministers' meeting in Detroit, May 2023.
 * The readouts are written in our own words after press reports of the two ministries'
 * statements. They are the model case of Parallax: China's readout claims a joint
 * agreement on semiconductor supply-chain cooperation; Korea's never mentions chips
 * and records only a request about raw materials and parts.
 */
export const demoBundle: ImportBundle = {
  parties: [
    { code: 'CHN', name: 'China', aliases: ['PRC', "People's Republic of China", 'Beijing', 'Chinese'], kind: 'state' },
    { code: 'KOR', name: 'South Korea', aliases: ['Korea', 'Republic of Korea', 'ROK', 'Seoul', 'Korean', 'South Korean'], kind: 'state' },
  ],
  meetings: [
    {
      ref: 'demo-2023-05-25-chn-kor-apec-trade',
      title: 'China–South Korea trade ministers meeting at APEC',
      date: new Date('2023-05-25T00:00:00Z'),
      endDate: null,
      location: 'Detroit, United States',
      forum: 'APEC Ministers Responsible for Trade',
      kind: 'bilateral-meeting',
      participants: [
        { party: 'CHN', person: 'Wang Wentao', role: 'Minister of Commerce' },
        { party: 'KOR', person: 'Ahn Duk-geun', role: 'Minister for Trade' },
      ],
      tags: ['trade', 'semiconductors', 'supply chains', 'demo'],
      statements: [
        {
          party: 'CHN',
          issuer: 'Ministry of Commerce',
          title: 'Wang Wentao meets ROK trade minister Ahn Duk-geun in Detroit',
          language: 'en',
          publishedAt: new Date('2023-05-26T00:00:00Z'),
          text: [
            'On the sidelines of the APEC trade ministers meeting in Detroit, Minister of Commerce Wang Wentao met Korean Minister for Trade Ahn Duk-geun.',
            'The two ministers exchanged views on keeping industrial supply chains stable and on strengthening cooperation in bilateral, regional and multilateral fields.',
            'The two sides agreed to strengthen dialogue and cooperation on semiconductor industry supply chains.',
            'Wang said China is willing to work with Korea to keep regional industrial and supply chains secure and stable.',
          ].join(' '),
        },
        {
          party: 'KOR',
          issuer: 'Ministry of Trade, Industry and Energy',
          title: 'Trade minister Ahn holds talks with Chinese commerce minister at APEC',
          language: 'en',
          publishedAt: new Date('2023-05-26T00:00:00Z'),
          text: [
            'Minister for Trade Ahn Duk-geun held talks with Chinese Commerce Minister Wang Wentao in Detroit on the margins of the APEC trade ministers meeting.',
            'Minister Ahn asked China to support efforts to stabilise the supply and demand of key raw materials and parts.',
          ].join(' '),
        },
      ],
    },
  ],
};

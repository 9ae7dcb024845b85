import type { Taxonomy } from './types.ts';

/**
 * The built-in taxonomy, stored as version 1 on first use: 58 topics that trade, security
 * and diplomacy readouts touch, with terms in English, Chinese, Korean and Japanese.
 *
 * - English terms are matched on lemmas word by word, longest term first, so they are
 *   given in base form ("chip", "rare earth"); a bare word is only a term when it is
 *   rarely anything else in diplomatic prose ("cooperation", "security", "parts" and
 *   "travel" are not). `excludes` veto an English match they cover ("potato chip").
 * - CJK terms are matched as substrings, leftmost-longest, across all three languages
 *   at once; CJK `excludes` are stop phrases that claim their place without a topic
 *   (ministry names such as 산업통상자원부, which contains 통상 "trade").
 * - `parent` means "a readout that names the parent may be covering the child": the
 *   comparison shows such rows as partly shared. So children sit under a parent only
 *   where that holds (tariffs under trade); supply chains, critical minerals and export
 *   controls sit under economic security rather than trade, because "economic and trade
 *   cooperation" does not cover them and must not hide one side's silence on them.
 */
export const defaultTaxonomy: Taxonomy = {
  version: 1,
  topics: [
    {
      id: 'trade',
      label: 'Trade and economy',
      description: 'Trade, commerce and economic relations in general.',
      terms: {
        // "trade relations" and the like are longer than "relations" (diplomatic-relations) and win.
        en: ['trade', 'economic', 'economy', 'commerce', 'economic cooperation', 'economic and trade', 'economic and trade relations', 'trade relations', 'trade relationship', 'trade ties', 'economic relations', 'economic relationship', 'economic ties', 'bilateral trade'],
        zh: ['经贸', '贸易', '经济', '商贸'],
        ko: ['통상', '무역', '경제', '교역'],
        ja: ['貿易', '経済', '通商'],
      },
      // Job titles and ministry names are not the topic ("Minister for Trade Ahn").
      excludes: [
        'minister for trade', 'trade minister', 'minister of trade', 'ministry of trade', 'trade ministry',
        'minister of commerce', 'commerce minister', 'ministry of commerce', 'commerce ministry',
        'ministers responsible for trade', 'department of commerce', 'secretary of commerce', 'commerce secretary',
        'trade representative', 'trade, industry and energy', 'economy, trade and industry', 'commerce and industry',
        'business and trade', 'foreign affairs and trade', 'minister of state for trade', 'minister of economy',
        'ministry of economy', 'economy minister', 'economic affairs', 'minister for foreign trade', 'economic leader',
        '산업통상자원부', '통상교섭본부', '통상장관', '경제부총리', '产业通商资源部', '通商资源部', '经济产业', '经贸部长', '経済産業',
      ],
    },
    {
      id: 'tariffs',
      label: 'Tariffs and trade remedies',
      parent: 'trade',
      description: 'Tariffs, duties, anti-dumping and countervailing measures, safeguards.',
      terms: {
        en: ['tariff', 'duty', 'import duty', 'customs duty', 'anti-dumping', 'countervailing', 'anti-subsidy', 'trade remedy', 'safeguard measure', 'levy', 'section 301'],
        zh: ['关税', '反倾销', '反补贴'],
        ko: ['관세', '반덤핑'],
        ja: ['関税', '反ダンピング'],
      },
      // "duty" is a tariff only in trade prose: not "on duty" or "our duty to".
      excludes: ['on duty', 'duty of care', 'duty to', 'historic duty', 'sacred duty', 'duty station'],
    },
    {
      id: 'investment',
      label: 'Investment',
      parent: 'trade',
      description: 'Foreign direct investment, investors and investment screening.',
      terms: {
        en: ['investment', 'invest', 'investor', 'investment screening', 'foreign direct investment', 'fdi'],
        zh: ['投资'],
        ko: ['투자'],
        ja: ['投資'],
      },
      excludes: ['minister for trade and investment', 'trade and investment minister'],
    },
    {
      id: 'market-access',
      label: 'Market access and fair competition',
      parent: 'trade',
      description: 'Access for foreign firms, the business environment, subsidies and overcapacity.',
      terms: {
        en: ['market access', 'level playing field', 'non-tariff barrier', 'business environment', 'investment environment', 'foreign company', 'foreign firm', 'foreign enterprise', 'market opening', 'fair competition', 'overcapacity', 'subsidy'],
        // 投资环境 / 투자 환경 / 投資環境 outrank the shorter investment terms they start with.
        zh: ['市场准入', '营商环境', '投资环境', '公平竞争', '产能过剩'],
        ko: ['시장 접근', '시장 개방', '기업 환경', '투자 환경', '경영 환경'],
        ja: ['市場アクセス', 'ビジネス環境', '投資環境', '過剰生産'],
      },
    },
    {
      id: 'free-trade-agreements',
      label: 'Free trade agreements',
      parent: 'trade',
      description: 'Bilateral and regional trade agreements and their negotiation (FTA, RCEP, CPTPP).',
      terms: {
        en: ['free trade agreement', 'free trade area', 'fta', 'trade agreement', 'trade pact', 'economic partnership agreement', 'comprehensive economic partnership', 'rcep', 'cptpp', 'tpp', 'cepa', 'ecta'],
        zh: ['自贸协定', '自由贸易协定', '自贸区', '区域全面经济伙伴关系协定', 'RCEP', 'CPTPP'],
        ko: ['자유무역협정', 'FTA', '경제동반자협정', 'RCEP', 'CPTPP'],
        ja: ['自由貿易協定', '経済連携協定', 'EPA', 'TPP'],
      },
    },
    {
      id: 'finance',
      label: 'Finance and currency',
      description: 'Financial cooperation, currencies and exchange rates, banks and debt.',
      terms: {
        en: ['finance', 'financial', 'currency', 'exchange rate', 'monetary', 'bank', 'debt', 'macroeconomic', 'currency swap'],
        zh: ['金融', '汇率', '货币', '本币'],
        ko: ['금융', '환율', '통화 스와프', '통화스와프'],
        ja: ['金融', '為替', '通貨'],
      },
      excludes: ['finance minister', 'minister of finance', 'ministry of finance', 'economy and finance'],
    },
    {
      id: 'agriculture',
      label: 'Agriculture, fisheries and food security',
      description: 'Farm and food trade, grain, fisheries and seafood, food security.',
      terms: {
        en: ['agriculture', 'agricultural', 'food', 'food product', 'food security', 'grain', 'farm', 'farmer', 'fishery', 'fisheries', 'seafood', 'aquatic product', 'soybean', 'fertiliser', 'fertilizer'],
        zh: ['农业', '粮食安全', '粮食', '渔业', '农产品', '水产品'],
        ko: ['농업', '식량 안보', '식량안보', '농산물', '수산'],
        ja: ['農業', '食料安全保障', '漁業', '水産物', '農産品'],
      },
    },
    {
      id: 'economic-security',
      label: 'Economic security',
      description: 'Economic security as such: coercion, de-risking, decoupling, securitising economic ties.',
      terms: {
        en: ['economic security', 'economic coercion', 'de-risking', 'derisking', 'decoupling', 'decouple'],
        zh: ['经济安全', '经济胁迫', '脱钩', '断链', '去风险', '泛安全化'],
        ko: ['경제안보', '경제 안보', '경제적 강압', '디리스킹', '디커플링'],
        ja: ['経済安全保障', '経済的威圧', 'デリスキング', 'デカップリング'],
      },
    },
    {
      id: 'supply-chains',
      label: 'Supply chains',
      parent: 'economic-security',
      description: 'Stability and resilience of industrial and supply chains.',
      terms: {
        // why not "supply and demand": that is market language, and the Korean readout of
        // the seed meeting uses it for raw materials (critical-minerals), not supply chains.
        en: ['supply chain', 'industrial chain', 'production chain', 'supply network', 'value chain', 'supply disruption'],
        zh: ['供应链', '产业链', '产供链'],
        ko: ['공급망'],
        ja: ['サプライチェーン', '供給網'],
      },
    },
    {
      id: 'critical-minerals',
      label: 'Critical minerals and raw materials',
      parent: 'economic-security',
      description: 'Critical minerals, rare earths and key raw materials and parts (urea, gallium, lithium …).',
      terms: {
        // "parts" alone would tag car parts and every "part of"; only the set phrases count.
        en: ['critical mineral', 'critical raw material', 'raw material', 'key material', 'materials and parts', 'materials, parts and equipment', 'mineral', 'rare earth', 'lithium', 'graphite', 'gallium', 'germanium', 'cobalt', 'nickel', 'tungsten', 'antimony', 'magnesium', 'urea'],
        zh: ['关键矿产', '矿产', '原材料', '稀土', '镓', '锗', '锂', '石墨', '尿素'],
        // 요소수 (urea solution) was Korea's raw-material shortage of 2021.
        ko: ['원자재', '핵심 광물', '핵심광물', '광물', '소재', '희토류', '요소수'],
        ja: ['重要鉱物', 'レアアース', '希土類', '原材料', '鉱物'],
      },
      // 소재 also means "located" (소재지, 소재한); bare 요소 ("element") is why only 요소수 counts.
      excludes: ['소재지', '소재한', '소재하는'],
    },
    {
      id: 'export-controls',
      label: 'Export controls',
      parent: 'economic-security',
      description: 'Export controls and licensing, entity lists, dual-use items.',
      terms: {
        en: ['export control', 'export restriction', 'export curb', 'export ban', 'export licence', 'export license', 'export licensing', 'entity list', 'dual-use', 'white list', 'whitelist', 'foreign direct product rule'],
        zh: ['出口管制', '出口限制', '实体清单', '两用物项'],
        ko: ['수출 통제', '수출통제', '수출 규제', '수출규제', '화이트리스트'],
        ja: ['輸出管理', '輸出規制', 'ホワイト国'],
      },
    },
    {
      id: 'technology',
      label: 'Technology',
      description: 'Science, technology and innovation, critical and emerging technologies.',
      terms: {
        en: ['technology', 'technological', 'tech', 'high-tech', 'innovation', 'science and technology', 'biotechnology'],
        zh: ['科技', '技术', '高科技', '高技术'],
        // Not bare 양자: it also means "bilateral" (양자 회담).
        ko: ['기술', '첨단', '양자 기술', '양자기술'],
        ja: ['技術', '科学技術', 'イノベーション', '量子'],
      },
    },
    {
      id: 'semiconductors',
      label: 'Semiconductors',
      parent: 'technology',
      description: 'Chips, chipmakers, memory, wafers, foundries and chipmaking tools.',
      terms: {
        en: ['semiconductor', 'chip', 'microchip', 'memory chip', 'chipmaker', 'chipmaking', 'wafer', 'foundry', 'integrated circuit', 'lithography'],
        zh: ['半导体', '芯片', '晶圆', '集成电路', '光刻'],
        ko: ['반도체', '칩'],
        ja: ['半導体'],
      },
      // Snacks, gambling, finance and idioms, not semiconductors. Not "chip in": it would
      // also veto "chips in Korea".
      excludes: ['potato chip', 'chocolate chip', 'poker chip', 'blue chip', 'bargaining chip', 'wood chip', 'chip away', 'chip shop', '포테이토칩', '감자칩', '초코칩'],
    },
    {
      id: 'artificial-intelligence',
      label: 'Artificial intelligence',
      parent: 'technology',
      description: 'AI development, safety and governance.',
      terms: {
        en: ['artificial intelligence', 'ai', 'machine learning', 'frontier model', 'generative ai'],
        zh: ['人工智能'],
        ko: ['인공지능', 'AI'],
        ja: ['人工知能', 'AI'],
      },
    },
    {
      id: 'digital-economy',
      label: 'Digital economy and data',
      parent: 'technology',
      description: 'Digital trade, e-commerce, data flows and data security.',
      terms: {
        en: ['digital', 'digital economy', 'digital trade', 'data flow', 'cross-border data', 'data security', 'e-commerce'],
        zh: ['数字经济', '数字贸易', '数字化', '数据', '电子商务', '跨境电商'],
        ko: ['디지털', '데이터', '전자상거래'],
        ja: ['デジタル', 'データ', '電子商取引'],
      },
    },
    {
      id: 'telecommunications',
      label: 'Telecommunications and 5G',
      parent: 'technology',
      description: '5G and 6G networks, telecom vendors, undersea cables.',
      terms: {
        en: ['5g', '6g', 'telecommunication', 'telecom', 'ict', 'huawei', 'undersea cable', 'submarine cable'],
        zh: ['通信', '电信', '5G', '海底光缆'],
        ko: ['통신', '5G', '해저 케이블'],
        ja: ['通信', '5G', '海底ケーブル'],
      },
    },
    {
      id: 'space',
      label: 'Space',
      parent: 'technology',
      description: 'Civil space cooperation, satellites, lunar exploration.',
      terms: {
        // "space" alone is mostly "space for dialogue"; only space-sector phrases count.
        en: ['outer space', 'civil space', 'space cooperation', 'space exploration', 'space station', 'space agency', 'space technology', 'satellite', 'lunar', 'moon'],
        zh: ['航天', '太空', '外空', '卫星', '探月'],
        // Not bare 위성: it starts Korean given names (위성락).
        ko: ['우주', '인공위성', '정찰위성', '위성 발사'],
        ja: ['宇宙', '衛星'],
      },
      excludes: ['lunar new year'],
    },
    {
      id: 'energy',
      label: 'Energy',
      description: 'Oil, gas, power, nuclear energy, renewables and energy security.',
      terms: {
        en: ['energy', 'energy security', 'oil', 'gas', 'lng', 'coal', 'petroleum', 'electricity', 'power grid', 'nuclear power', 'nuclear energy', 'civil nuclear', 'renewable', 'hydrogen', 'solar', 'wind power'],
        zh: ['能源', '石油', '天然气', '核电', '氢能', '光伏'],
        // 에너지 안보 outranks 에너지, so security is not tagged for it.
        ko: ['에너지', '에너지 안보', '에너지안보', '원전', '원자력', '석유', '가스', '수소'],
        ja: ['エネルギー', 'エネルギー安全保障', '原発', '原子力', '石油', '天然ガス', '水素'],
      },
      excludes: ['trade, industry and energy', 'economic affairs and energy', 'energy minister', 'minister of energy', 'minister for energy', 'ministry of energy', 'department of energy', 'secretary of energy', 'energy secretary'],
    },
    {
      id: 'electric-vehicles',
      label: 'Electric vehicles and batteries',
      parent: 'energy',
      description: 'Electric and new-energy vehicles and their batteries.',
      terms: {
        en: ['electric vehicle', 'electric car', 'ev', 'evs', 'new energy vehicle', 'clean energy vehicle', 'battery'],
        zh: ['电动汽车', '新能源汽车', '电池'],
        ko: ['전기차', '배터리', '이차전지', '2차전지'],
        ja: ['電気自動車', '電池', 'EV'],
      },
    },
    {
      id: 'climate',
      label: 'Climate and environment',
      description: 'Climate change, emissions, green transition and environmental protection.',
      terms: {
        // Not bare "environment" (环境, 환경, 環境): "security environment" and
        // "business environment" are everywhere in readouts.
        en: ['climate', 'climate change', 'emission', 'carbon', 'low-carbon', 'net zero', 'carbon neutrality', 'green transition', 'green development', 'environmental', 'ecological', 'ecology', 'protect the environment', 'protection of the environment', 'pollution', 'biodiversity', 'methane', 'cop28', 'cop29', 'cop30'],
        zh: ['气候', '碳排放', '碳中和', '碳达峰', '低碳', '绿色发展', '绿色转型', '生态环境', '环境保护', '环保', '生物多样性'],
        ko: ['기후', '탄소', '환경 보호', '환경보호', '녹색 전환', '생태'],
        ja: ['気候', '脱炭素', '温室効果ガス', 'カーボンニュートラル', '環境保護', '環境問題', '生物多様性'],
      },
      excludes: ['economic affairs and climate action'],
    },
    {
      id: 'fukushima-water',
      label: 'Fukushima treated water',
      parent: 'climate',
      description: "Release of treated (China: nuclear-contaminated) water from Fukushima Daiichi; seafood bans follow from it.",
      terms: {
        en: ['fukushima', 'treated water', 'alps-treated water', 'contaminated water', 'nuclear-contaminated water', 'wastewater discharge', 'ocean discharge'],
        zh: ['福岛', '核污染水', '核污水', '排海'],
        // 해양 방류 outranks 해양 (maritime).
        ko: ['후쿠시마', '오염수', '처리수', '해양 방류', '해양방류'],
        ja: ['福島', '処理水', '海洋放出'],
      },
    },
    {
      id: 'security',
      label: 'Peace and security',
      description: 'Regional and international peace, stability and security in general.',
      terms: {
        // Not bare "security" or 安全: it is inside energy, food, data and cyber security.
        en: ['peace and stability', 'stability and peace', 'peace and security', 'regional stability', 'regional security', 'international security', 'global security', 'national security', 'security cooperation', 'security situation', 'security architecture'],
        zh: ['和平稳定', '和平与稳定', '和平与安全', '国家安全', '地区安全', '安全合作', '安全形势', '安全局势'],
        ko: ['안보', '평화와 안정', '평화 안정', '평화·안정'],
        ja: ['安全保障', '平和と安定', '平和で安定'],
      },
      excludes: ['national security adviser', 'national security advisor', 'energy security', 'food security', 'cybersecurity', 'security risk', '국가안보실', '안보실장', '国家安全保障局'],
    },
    {
      id: 'defence',
      label: 'Defence and alliances',
      parent: 'security',
      description: 'Defence cooperation, alliances, deterrence, military exercises and arms.',
      terms: {
        en: ['defence', 'defense', 'defence policy', 'defense policy', 'military', 'military exercise', 'joint exercise', 'armed forces', 'troops', 'alliance', 'deterrence', 'extended deterrence', 'aukus', 'arms sale', 'defence industry', 'defense industry'],
        zh: ['防务', '国防', '军事', '军演', '同盟', '军售'],
        ko: ['국방', '군사', '동맹', '연합훈련', '확장억제', '방산'],
        ja: ['防衛', '軍事', '同盟', '抑止', '共同訓練'],
      },
      // Titles and ministries are not the topic ("Defence Minister Marles").
      excludes: ['defence minister', 'defense minister', 'minister of defence', 'minister of defense', 'minister for defence', 'ministry of defence', 'ministry of defense', 'ministry of national defense', 'department of defense', 'secretary of defense', 'defense secretary', 'defence secretary', 'secretary of war', '국방부 장관', '외교·국방', '外交和防务', '国防部长', '防衛大臣', '防衛相'],
    },
    {
      id: 'military-communication',
      label: 'Military-to-military communication',
      parent: 'defence',
      description: 'Channels, hotlines and talks between the armed forces of the parties.',
      terms: {
        en: ['military-to-military', 'mil-to-mil', 'military-to-military relations', 'military relations', 'military communication', 'military channel', 'military hotline', 'two militaries', 'both militaries', 'defence dialogue', 'defense dialogue', 'defense policy coordination', 'theater commander', 'theatre commander', 'maritime military consultative agreement', 'mmca', 'crisis communication'],
        zh: ['两军', '军事沟通', '军事热线', '防务磋商'],
        ko: ['군사 소통', '군사당국', '군 통신선', '핫라인'],
        ja: ['防衛当局間', 'ホットライン', '海空連絡メカニズム'],
      },
    },
    {
      id: 'taiwan',
      label: 'Taiwan',
      parent: 'security',
      description: 'The Taiwan question, cross-strait relations, the Taiwan Strait.',
      terms: {
        en: ['taiwan', 'taiwan strait', 'cross-strait', 'cross-strait relations', 'taipei'],
        zh: ['台湾', '台海', '两岸', '台独'],
        ko: ['대만', '타이완', '양안'],
        ja: ['台湾', '台湾海峡', '両岸'],
      },
    },
    {
      id: 'korean-peninsula',
      label: 'Korean Peninsula',
      parent: 'security',
      description: "North Korea, denuclearisation of the peninsula, the DPRK's provocations, abductions.",
      terms: {
        en: ['korean peninsula', 'north korea', 'north korean', 'dprk', 'pyongyang', 'denuclearization', 'denuclearisation', 'abduction'],
        zh: ['朝鲜半岛', '半岛', '朝鲜', '朝核', '无核化'],
        ko: ['한반도', '북한', '북핵', '비핵화'],
        ja: ['朝鮮半島', '北朝鮮', '非核化', '拉致'],
      },
    },
    {
      id: 'ukraine',
      label: 'Ukraine',
      parent: 'security',
      description: "Russia's war against Ukraine and its settlement.",
      terms: {
        en: ['ukraine', 'ukrainian', 'kyiv', "russia's war", 'war in ukraine'],
        zh: ['乌克兰', '俄乌'],
        ko: ['우크라이나'],
        ja: ['ウクライナ'],
      },
    },
    {
      id: 'russia',
      label: 'Russia',
      parent: 'security',
      description: 'Russia as a subject of the talks, beyond the war in Ukraine.',
      terms: {
        en: ['russia', 'russian', 'moscow', 'kremlin'],
        zh: ['俄罗斯'],
        ko: ['러시아'],
        ja: ['ロシア'],
      },
    },
    {
      id: 'middle-east',
      label: 'Middle East',
      parent: 'security',
      description: 'Israel and Gaza, Iran, the Red Sea and the wider Middle East.',
      terms: {
        en: ['middle east', 'gaza', 'israel', 'israeli', 'palestine', 'palestinian', 'hamas', 'west bank', 'two-state solution', 'iran', 'red sea', 'houthi', 'yemen', 'lebanon', 'hezbollah', 'syria'],
        zh: ['中东', '加沙', '巴以', '巴勒斯坦', '以色列', '伊朗', '红海', '胡塞', '黎巴嫩', '叙利亚'],
        // Not bare 가자 (inside 참가자 "participant") or 이란 (a Korean particle form).
        ko: ['중동', '가자지구', '가자 지구', '이스라엘', '팔레스타인', '하마스', '홍해', '이란 핵'],
        ja: ['中東', 'ガザ', 'イスラエル', 'パレスチナ', 'イラン', '紅海'],
      },
    },
    {
      id: 'south-china-sea',
      label: 'South and East China Seas, maritime disputes',
      parent: 'security',
      description: 'Maritime disputes and conduct at sea: South and East China Seas, navigation, coast guards.',
      terms: {
        en: ['south china sea', 'east china sea', 'maritime', 'maritime dispute', 'freedom of navigation', 'coast guard', 'unclos', 'scarborough', 'second thomas shoal', 'senkaku', 'diaoyu'],
        zh: ['南海', '东海', '海洋', '海上', '钓鱼岛', '黄岩岛', '仁爱礁'],
        ko: ['남중국해', '동중국해', '해양'],
        ja: ['南シナ海', '東シナ海', '海洋', '尖閣'],
      },
      excludes: ['해양수산부'],
    },
    {
      id: 'border-disputes',
      label: 'Land borders and boundary disputes',
      parent: 'security',
      description: 'Disputed land borders and their management, such as the India-China Line of Actual Control.',
      terms: {
        en: ['border', 'boundary', 'boundary question', 'border area', 'line of actual control', 'lac', 'disengagement'],
        zh: ['边界', '边境', '实控线'],
        ko: ['국경'],
        ja: ['国境'],
      },
      // A crossing is not a dispute: "cross-border data", "cross-border travel".
      excludes: ['cross-border', 'across border', 'beyond border'],
    },
    {
      id: 'nuclear-nonproliferation',
      label: 'Non-proliferation and arms control',
      parent: 'security',
      description: 'Nuclear weapons and missiles, non-proliferation, arms control and disarmament.',
      terms: {
        en: ['non-proliferation', 'nonproliferation', 'nuclear weapon', 'nuclear program', 'nuclear programme', 'nuclear test', 'nuclear threat', 'arms control', 'disarmament', 'missile', 'ballistic missile', 'icbm', 'wmd'],
        zh: ['防扩散', '核不扩散', '核武器', '军控', '裁军', '导弹'],
        ko: ['비확산', '핵무기', '핵 위협', '미사일'],
        ja: ['不拡散', '核兵器', '軍縮', 'ミサイル'],
      },
    },
    {
      id: 'cybersecurity',
      label: 'Cybersecurity',
      parent: 'security',
      description: 'Cyber attacks, malicious cyber activity, security of cyberspace.',
      terms: {
        en: ['cybersecurity', 'cyber security', 'cyber', 'cyberspace', 'cyberattack', 'hacking', 'ransomware'],
        zh: ['网络安全', '网络攻击', '黑客'],
        ko: ['사이버'],
        ja: ['サイバー'],
      },
    },
    {
      id: 'terrorism',
      label: 'Counterterrorism',
      parent: 'security',
      description: 'Terrorism, violent extremism and counterterrorism cooperation.',
      terms: {
        en: ['terrorism', 'terrorist', 'terror', 'counterterrorism', 'counter-terrorism', 'extremism'],
        zh: ['恐怖主义', '反恐', '恐怖'],
        ko: ['테러'],
        ja: ['テロ'],
      },
    },
    {
      id: 'sanctions',
      label: 'Sanctions',
      parent: 'security',
      description: 'Sanctions and counter-sanctions as a subject of the talks.',
      terms: {
        en: ['sanction', 'unilateral sanction', 'secondary sanction', 'counter-sanction'],
        zh: ['制裁'],
        ko: ['제재'],
        ja: ['制裁'],
      },
    },
    {
      id: 'indo-pacific',
      label: 'Indo-Pacific and regional order',
      parent: 'security',
      description: 'The Indo-Pacific or Asia-Pacific regional order and situation.',
      terms: {
        // Not bare "region", 地区 or 地域: "regional and international issues" is a formula.
        en: ['indo-pacific', 'asia-pacific', 'regional order', 'regional situation', 'regional architecture', 'pacific island'],
        zh: ['印太', '亚太', '地区局势', '地区形势'],
        ko: ['인도태평양', '인태', '역내 정세', '지역 정세'],
        ja: ['インド太平洋', 'アジア太平洋', '地域情勢'],
      },
    },
    {
      id: 'interference',
      label: 'Interference and internal affairs',
      parent: 'security',
      description: "Foreign interference, and the mirror claim of interference in a party's internal affairs.",
      terms: {
        en: ['interference', 'interfere', 'foreign interference', 'non-interference', 'internal affairs', 'meddle'],
        zh: ['干涉', '干预', '内政'],
        ko: ['내정 간섭', '내정간섭', '간섭'],
        ja: ['内政干渉', '内政', '干渉'],
      },
    },
    {
      id: 'counternarcotics',
      label: 'Counternarcotics and fentanyl',
      description: 'Fentanyl and its precursors, drug trafficking, counternarcotics cooperation.',
      terms: {
        en: ['fentanyl', 'counternarcotics', 'counter-narcotics', 'narcotic', 'drug trafficking', 'precursor chemical', 'synthetic drug'],
        zh: ['芬太尼', '禁毒', '毒品'],
        ko: ['펜타닐', '마약'],
        ja: ['フェンタニル', '麻薬', '薬物'],
      },
    },
    {
      id: 'human-rights',
      label: 'Human rights',
      description: 'Human rights, including Xinjiang, Tibet and Hong Kong, forced labour, religious freedom.',
      terms: {
        en: ['human rights', 'xinjiang', 'uyghur', 'uighur', 'tibet', 'hong kong', 'forced labor', 'forced labour', 'religious freedom'],
        zh: ['人权', '新疆', '西藏', '香港', '涉港', '涉疆', '涉藏'],
        // Not bare 신장: it also means "growth" (교역 신장).
        ko: ['인권', '신장위구르', '위구르', '티베트', '홍콩'],
        ja: ['人権', '新疆', 'ウイグル', 'チベット', '香港'],
      },
    },
    {
      id: 'people-to-people',
      label: 'People-to-people exchanges',
      description: 'Exchanges of people: culture, education, youth, tourism, friendship between peoples.',
      terms: {
        en: ['people-to-people', 'cultural exchange', 'cultural', 'culture', 'youth exchange', 'youth', 'education exchange', 'educational exchange', 'academic exchange', 'student', 'tourism', 'tourist', 'friendship', 'sister city', 'think tank'],
        zh: ['人文交流', '人员往来', '文化交流', '教育交流', '青少年交流', '青年交流', '留学', '旅游', '民间'],
        ko: ['인적 교류', '인적교류', '인문 교류', '인문교류', '문화 교류', '교육 교류', '청년 교류', '청소년 교류', '유학생', '관광'],
        ja: ['人的交流', '人的往来', '文化交流', '青少年交流', '留学', '観光'],
      },
      excludes: ['minister for trade and tourism'],
    },
    {
      id: 'visas-travel',
      label: 'Visas and travel',
      parent: 'people-to-people',
      description: 'Visas, flights and the ease of travel between the parties.',
      terms: {
        // Not bare "travel" ("will travel to Beijing") or "entry" ("entry into force").
        en: ['visa', 'visa-free', 'visa waiver', 'flight', 'direct flight', 'consular', 'travel facilitation', 'travel restriction', 'travel advisory', 'entry and exit'],
        zh: ['签证', '免签', '航班', '直航', '往来便利', '入境'],
        ko: ['비자', '무비자', '사증', '항공편', '직항', '입국'],
        ja: ['ビザ', '査証', '航空便', '直行便'],
      },
    },
    {
      id: 'detained-nationals',
      label: 'Detained nationals and consular cases',
      description: 'Nationals detained, held under exit bans or sentenced in the other country.',
      terms: {
        en: ['detention', 'detain', 'detainee', 'wrongful detention', 'wrongfully detained', 'exit ban', 'consular access'],
        zh: ['拘押', '羁押', '拘留'],
        ko: ['억류', '구금'],
        // Not bare 拘束: 法的拘束力 is "legally binding".
        ja: ['邦人拘束', '邦人の拘束', '拘束されている邦人', '拘束中の邦人', '拘留'],
      },
    },
    {
      id: 'migration',
      label: 'Migration and refugees',
      description: 'Migration, refugees and asylum, irregular migration and smuggling of people.',
      terms: {
        en: ['migration', 'migrant', 'immigration', 'refugee', 'asylum', 'people smuggling', 'human trafficking', 'repatriation'],
        zh: ['移民', '难民', '偷渡'],
        // Not bare 이민: it starts Korean given names.
        ko: ['이민자', '이주민', '난민', '불법 이주'],
        ja: ['移民', '難民'],
      },
    },
    {
      id: 'public-health',
      label: 'Public health',
      description: 'Pandemics, vaccines, health cooperation.',
      terms: {
        en: ['public health', 'global health', 'health', 'pandemic', 'epidemic', 'covid', 'vaccine', 'disease'],
        zh: ['公共卫生', '卫生', '疫情', '疫苗', '传染病'],
        ko: ['보건', '방역', '백신', '감염병'],
        ja: ['保健', '公衆衛生', '感染症', 'ワクチン'],
      },
    },
    {
      id: 'multilateral-forums',
      label: 'Multilateral forums',
      description: 'Multilateralism and international organisations in general.',
      terms: {
        // Not bare "multilateral" or 多边: "bilateral and multilateral fields" (双多边) is a formula.
        en: ['multilateralism', 'multilateral forum', 'multilateral mechanism', 'multilateral trading system', 'multilateral institution', 'international organisation', 'international organization', 'world bank', 'imf', 'international monetary fund', 'oecd', 'sco', 'shanghai cooperation organisation', 'shanghai cooperation organization'],
        zh: ['多边主义', '多边机制', '多边贸易体制', '国际组织', '上合组织', '上海合作组织'],
        ko: ['다자주의', '다자무역체제', '다자 무역 체제', '국제기구'],
        ja: ['多国間主義', '多国間貿易体制', '国際機関'],
      },
    },
    {
      id: 'apec',
      label: 'APEC',
      parent: 'multilateral-forums',
      description: 'Asia-Pacific Economic Cooperation meetings and agenda.',
      terms: {
        en: ['apec', 'asia-pacific economic cooperation'],
        zh: ['亚太经合组织', '亚太经济合作组织', 'APEC'],
        ko: ['APEC', '아시아태평양경제협력체'],
        ja: ['APEC', 'アジア太平洋経済協力'],
      },
    },
    {
      id: 'g20',
      label: 'G20',
      parent: 'multilateral-forums',
      description: 'The Group of Twenty.',
      terms: {
        en: ['g20', 'group of twenty'],
        zh: ['二十国集团', 'G20'],
        ko: ['G20', '주요 20개국'],
        ja: ['G20'],
      },
    },
    {
      id: 'g7',
      label: 'G7',
      parent: 'multilateral-forums',
      description: 'The Group of Seven.',
      terms: {
        en: ['g7', 'group of seven'],
        zh: ['七国集团', 'G7'],
        ko: ['G7', '주요 7개국'],
        ja: ['G7'],
      },
    },
    {
      id: 'wto',
      label: 'WTO',
      parent: 'multilateral-forums',
      description: 'The World Trade Organization, its rules, disputes and reform.',
      terms: {
        en: ['wto', 'world trade organization', 'world trade organisation'],
        zh: ['世贸组织', '世界贸易组织', 'WTO'],
        ko: ['세계무역기구', 'WTO'],
        ja: ['世界貿易機関', 'WTO'],
      },
    },
    {
      id: 'united-nations',
      label: 'United Nations',
      parent: 'multilateral-forums',
      description: 'The UN, its Security Council and General Assembly.',
      terms: {
        en: ['united nations', 'un', 'un charter', 'un security council', 'security council', 'un general assembly'],
        zh: ['联合国', '安理会'],
        ko: ['유엔', '국제연합', '안보리'],
        ja: ['国連', '国際連合', '安保理', '安全保障理事会'],
      },
    },
    {
      id: 'asean',
      label: 'ASEAN',
      parent: 'multilateral-forums',
      description: 'ASEAN and the meetings it leads (East Asia Summit, ASEAN Regional Forum).',
      terms: {
        en: ['asean', 'association of southeast asian nations', 'east asia summit'],
        zh: ['东盟'],
        ko: ['아세안', 'ASEAN'],
        ja: ['ASEAN', '東南アジア諸国連合'],
      },
    },
    {
      id: 'brics',
      label: 'BRICS',
      parent: 'multilateral-forums',
      description: 'The BRICS grouping.',
      terms: {
        en: ['brics'],
        zh: ['金砖', 'BRICS'],
        ko: ['브릭스', 'BRICS'],
        ja: ['BRICS'],
      },
    },
    {
      id: 'quad',
      label: 'Quad',
      parent: 'multilateral-forums',
      description: 'The Quadrilateral Security Dialogue of Australia, India, Japan and the United States.',
      terms: {
        en: ['quad', 'quadrilateral security dialogue'],
        zh: ['四边机制', '美日印澳'],
        ko: ['쿼드'],
        ja: ['クアッド', '日米豪印'],
      },
    },
    {
      id: 'trilateral-cooperation',
      label: 'Trilateral cooperation',
      parent: 'multilateral-forums',
      description: 'Three-way mechanisms among the parties: China-Japan-ROK, Japan-US-ROK and the like.',
      terms: {
        en: ['trilateral', 'trilateral summit', 'china-japan-korea', 'japan-china-korea', 'korea-china-japan', 'korea-japan-china', 'japan-korea-china', 'china-korea-japan', 'china-japan-rok', 'japan-china-rok', 'rok-japan-china', 'rok-china-japan', 'japan-u.s.-rok', 'u.s.-japan-rok', 'u.s.-japan-korea', 'u.s.-rok-japan'],
        zh: ['中日韩', '三方合作'],
        ko: ['한중일', '한일중', '한미일', '3국 협력'],
        ja: ['日中韓', '日韓中', '日米韓', '3か国協力'],
      },
    },
    {
      id: 'infrastructure',
      label: 'Infrastructure and connectivity',
      description: 'Infrastructure, connectivity, the Belt and Road and its alternatives.',
      terms: {
        en: ['infrastructure', 'connectivity', 'belt and road', 'bri', 'maritime silk road', 'global gateway', 'railway', 'high-speed rail', 'port'],
        zh: ['基础设施', '一带一路', '互联互通', '海上丝绸之路', '铁路', '港口'],
        ko: ['인프라', '일대일로', '연계성'],
        ja: ['インフラ', '一帯一路', '連結性'],
      },
    },
    {
      id: 'development-aid',
      label: 'Development cooperation and humanitarian aid',
      description: 'Development assistance, humanitarian aid, the 2030 Agenda.',
      terms: {
        en: ['development cooperation', 'development assistance', 'official development assistance', 'oda', 'humanitarian', 'aid', 'global development initiative', 'sustainable development goal', 'sdg'],
        zh: ['发展合作', '发展援助', '人道主义', '援助', '全球发展倡议'],
        ko: ['개발 협력', '개발협력', '공적개발원조', '인도적', '원조', 'ODA'],
        ja: ['開発協力', '政府開発援助', '人道', '援助', 'ODA'],
      },
      excludes: ['aid in', 'first aid', 'trade and development cooperation'],
    },
    {
      id: 'history-issues',
      label: 'History issues',
      description: 'Wartime and colonial history between the parties: comfort women, forced labour, Yasukuni.',
      terms: {
        en: ['historical issue', 'history issue', 'comfort women', 'wartime labour', 'wartime labor', 'forced labourer', 'forced laborer', 'wartime', 'colonial', 'yasukuni', 'sado'],
        zh: ['历史问题', '历史认识', '慰安妇', '强征劳工', '靖国神社'],
        ko: ['역사 문제', '과거사', '위안부', '강제징용', '징용', '강제노역', '사도광산', '사도 광산'],
        ja: ['歴史問題', '歴史認識', '慰安婦', '旧朝鮮半島出身労働者', '靖国', '佐渡島の金山', '佐渡金山'],
      },
    },
    {
      id: 'diplomatic-relations',
      label: 'Bilateral relations',
      description: 'The state of the relationship itself: diplomatic ties, partnership frameworks, anniversaries, high-level exchanges.',
      terms: {
        // Bare "relations" is nearly always the bilateral relationship; trade, cross-strait
        // and military relations are longer terms of their own topics and win.
        en: ['relations', 'relationship', 'bilateral relations', 'diplomatic relations', 'bilateral ties', 'diplomatic ties', 'high-level exchange', 'strategic partnership', 'comprehensive strategic partnership', 'strategic cooperative partnership', 'normalisation', 'normalization', 'anniversary'],
        zh: ['双边关系', '两国关系', '中美关系', '中韩关系', '中日关系', '中欧关系', '中英关系', '中澳关系', '中德关系', '高层交往', '战略伙伴关系', '战略合作伙伴关系', '战略互惠关系', '建交'],
        ko: ['양국 관계', '양국관계', '한중 관계', '한중관계', '한일 관계', '한일관계', '한미 관계', '한미관계', '고위급 교류', '전략적 협력 동반자', '수교'],
        ja: ['両国関係', '二国間関係', '日中関係', '日韓関係', '日米関係', '戦略的互恵関係', 'ハイレベル交流', '国交正常化'],
      },
      excludes: ['international relations', 'public relations'],
    },
  ],
};

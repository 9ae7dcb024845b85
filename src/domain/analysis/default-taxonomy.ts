import type { Taxonomy } from './types.ts';

/**
 * The built-in taxonomy (stored as version 1 on first start): topics that matter in
 * trade, security and diplomacy readouts, with a hierarchy (semiconductors under
 * technology, under economy and trade) and terms in English (matched on lemmas, so
 * give base forms), Chinese, Korean and Japanese (matched as substrings). `excludes`
 * veto English matches inside a phrase ("potato chip" is not about semiconductors).
 */
export const defaultTaxonomy: Taxonomy = {
  version: 1,
  topics: [
  {
    "id": "trade",
    "label": "Trade and economy",
    "terms": {
      "en": [
        "trade",
        "economic cooperation",
        "economic and trade",
        "economy",
        "commerce",
        "trade relations",
        "bilateral trade"
      ],
      "zh": [
        "经贸",
        "贸易",
        "经济"
      ],
      "ko": [
        "통상",
        "무역",
        "경제"
      ],
      "ja": [
        "貿易",
        "経済",
        "通商"
      ]
    },
    "excludes": [
      "minister for trade",
      "trade minister",
      "minister of trade",
      "ministry of trade",
      "minister of commerce",
      "commerce minister",
      "ministry of commerce",
      "ministers responsible for trade",
      "department of commerce",
      "secretary of commerce",
      "commerce secretary",
      "trade representative",
      "trade, industry and energy"
    ]
  },
  {
    "id": "supply-chains",
    "label": "Supply chains",
    "terms": {
      "en": [
        "supply chain",
        "industrial chain",
        "supply network",
        "value chain",
        "supply chain resilience",
        "supply disruption"
      ],
      "zh": [
        "供应链",
        "产业链"
      ],
      "ko": [
        "공급망"
      ],
      "ja": [
        "サプライチェーン",
        "供給網"
      ]
    }
  },
  {
    "id": "critical-minerals",
    "label": "Critical minerals and raw materials",
    "terms": {
      "en": [
        "critical mineral",
        "raw material",
        "key material",
        "rare earth",
        "lithium",
        "graphite",
        "gallium",
        "germanium",
        "cobalt",
        "nickel",
        "materials and parts",
        "mineral"
      ],
      "zh": [
        "关键矿产",
        "原材料",
        "稀土",
        "镓",
        "锗",
        "石墨"
      ],
      "ko": [
        "원자재",
        "핵심 광물",
        "핵심광물",
        "소재",
        "희토류",
        "요소수"
      ],
      "ja": [
        "重要鉱物",
        "レアアース",
        "原材料"
      ]
    }
  },
  {
    "id": "export-controls",
    "label": "Export controls",
    "parent": "trade",
    "terms": {
      "en": [
        "export control",
        "export restriction",
        "export licence",
        "export license",
        "entity list",
        "dual-use",
        "export ban"
      ],
      "zh": [
        "出口管制",
        "实体清单",
        "两用物项"
      ],
      "ko": [
        "수출 통제",
        "수출통제",
        "수출 규제"
      ],
      "ja": [
        "輸出管理",
        "輸出規制"
      ]
    }
  },
  {
    "id": "tariffs",
    "label": "Tariffs and trade remedies",
    "parent": "trade",
    "terms": {
      "en": [
        "tariff",
        "duty",
        "anti-dumping",
        "countervailing",
        "trade remedy",
        "safeguard measure",
        "levy"
      ],
      "zh": [
        "关税",
        "反倾销",
        "反补贴"
      ],
      "ko": [
        "관세",
        "반덤핑"
      ],
      "ja": [
        "関税",
        "反ダンピング"
      ]
    },
    "excludes": [
      "on duty",
      "duty of care",
      "duty to"
    ]
  },
  {
    "id": "investment",
    "label": "Investment",
    "parent": "trade",
    "terms": {
      "en": [
        "investment",
        "investor",
        "investment screening",
        "foreign direct investment",
        "fdi"
      ],
      "zh": [
        "投资"
      ],
      "ko": [
        "투자"
      ],
      "ja": [
        "投資"
      ]
    }
  },
  {
    "id": "market-access",
    "label": "Market access",
    "parent": "trade",
    "terms": {
      "en": [
        "market access",
        "level playing field",
        "non-tariff barrier",
        "business environment",
        "foreign company",
        "foreign firm"
      ],
      "zh": [
        "市场准入",
        "营商环境"
      ],
      "ko": [
        "시장 접근",
        "기업 환경"
      ],
      "ja": [
        "市場アクセス"
      ]
    }
  },
  {
    "id": "free-trade-agreements",
    "label": "Free trade agreements",
    "parent": "trade",
    "terms": {
      "en": [
        "free trade agreement",
        "fta",
        "rcep",
        "cptpp",
        "trade agreement",
        "trade pact"
      ],
      "zh": [
        "自贸协定",
        "自由贸易协定",
        "区域全面经济伙伴关系协定"
      ],
      "ko": [
        "자유무역협정",
        "FTA"
      ],
      "ja": [
        "自由貿易協定",
        "経済連携協定"
      ]
    }
  },
  {
    "id": "finance",
    "label": "Finance and currency",
    "terms": {
      "en": [
        "finance",
        "financial",
        "currency",
        "exchange rate",
        "monetary",
        "bank",
        "debt"
      ],
      "zh": [
        "金融",
        "汇率",
        "货币"
      ],
      "ko": [
        "금융",
        "환율"
      ],
      "ja": [
        "金融",
        "為替"
      ]
    }
  },
  {
    "id": "agriculture",
    "label": "Agriculture and food security",
    "terms": {
      "en": [
        "agriculture",
        "agricultural",
        "food security",
        "grain",
        "farm",
        "fisheries",
        "fishery",
        "soybean"
      ],
      "zh": [
        "农业",
        "粮食安全",
        "渔业"
      ],
      "ko": [
        "농업",
        "식량 안보",
        "수산"
      ],
      "ja": [
        "農業",
        "食料安全保障",
        "漁業"
      ]
    }
  },
  {
    "id": "technology",
    "label": "Technology",
    "terms": {
      "en": [
        "technology",
        "tech",
        "high-tech",
        "innovation",
        "science and technology"
      ],
      "zh": [
        "科技",
        "技术",
        "高科技"
      ],
      "ko": [
        "기술",
        "첨단"
      ],
      "ja": [
        "技術",
        "科学技術"
      ]
    }
  },
  {
    "id": "semiconductors",
    "label": "Semiconductors",
    "parent": "technology",
    "terms": {
      "en": [
        "semiconductor",
        "chip",
        "chipmaker",
        "microchip",
        "wafer",
        "memory chip",
        "foundry",
        "chipmaking"
      ],
      "zh": [
        "半导体",
        "芯片",
        "晶圆"
      ],
      "ko": [
        "반도체",
        "칩"
      ],
      "ja": [
        "半導体"
      ]
    },
    "excludes": [
      "potato chip",
      "chocolate chip",
      "poker chip",
      "blue chip",
      "bargaining chip",
      "chip in",
      "chip away"
    ]
  },
  {
    "id": "artificial-intelligence",
    "label": "Artificial intelligence",
    "parent": "technology",
    "terms": {
      "en": [
        "artificial intelligence",
        "ai",
        "machine learning",
        "frontier model"
      ],
      "zh": [
        "人工智能"
      ],
      "ko": [
        "인공지능"
      ],
      "ja": [
        "人工知能"
      ]
    }
  },
  {
    "id": "digital-economy",
    "label": "Digital economy and data",
    "parent": "technology",
    "terms": {
      "en": [
        "digital economy",
        "digital trade",
        "data flow",
        "cross-border data",
        "e-commerce",
        "digital"
      ],
      "zh": [
        "数字经济",
        "数据跨境",
        "电子商务"
      ],
      "ko": [
        "디지털 경제",
        "데이터"
      ],
      "ja": [
        "デジタル経済",
        "データ流通"
      ]
    }
  },
  {
    "id": "telecommunications",
    "label": "Telecommunications and 5G",
    "parent": "technology",
    "terms": {
      "en": [
        "5g",
        "6g",
        "telecommunication",
        "telecom",
        "huawei",
        "undersea cable"
      ],
      "zh": [
        "通信",
        "5G"
      ],
      "ko": [
        "통신"
      ],
      "ja": [
        "通信"
      ]
    }
  },
  {
    "id": "space",
    "label": "Space",
    "parent": "technology",
    "terms": {
      "en": [
        "outer space",
        "space cooperation",
        "satellite",
        "space exploration",
        "lunar"
      ],
      "zh": [
        "航天",
        "太空",
        "卫星"
      ],
      "ko": [
        "우주",
        "위성"
      ],
      "ja": [
        "宇宙",
        "衛星"
      ]
    }
  },
  {
    "id": "energy",
    "label": "Energy",
    "terms": {
      "en": [
        "energy",
        "oil",
        "gas",
        "lng",
        "nuclear power",
        "power grid",
        "electricity",
        "energy security",
        "renewable"
      ],
      "zh": [
        "能源",
        "石油",
        "天然气",
        "核电"
      ],
      "ko": [
        "에너지",
        "원전",
        "석유",
        "가스"
      ],
      "ja": [
        "エネルギー",
        "原発",
        "石油"
      ]
    }
  },
  {
    "id": "climate",
    "label": "Climate and environment",
    "terms": {
      "en": [
        "climate",
        "climate change",
        "emission",
        "carbon",
        "net zero",
        "cop28",
        "cop29",
        "green transition",
        "environment",
        "pollution",
        "biodiversity"
      ],
      "zh": [
        "气候",
        "气候变化",
        "碳排放",
        "碳中和",
        "环境"
      ],
      "ko": [
        "기후",
        "탄소",
        "환경"
      ],
      "ja": [
        "気候",
        "脱炭素",
        "環境"
      ]
    }
  },
  {
    "id": "electric-vehicles",
    "label": "Electric vehicles and batteries",
    "parent": "energy",
    "terms": {
      "en": [
        "electric vehicle",
        "ev",
        "battery",
        "batteries",
        "clean energy vehicle"
      ],
      "zh": [
        "电动汽车",
        "新能源汽车",
        "电池"
      ],
      "ko": [
        "전기차",
        "배터리",
        "이차전지"
      ],
      "ja": [
        "電気自動車",
        "電池"
      ]
    }
  },
  {
    "id": "security",
    "label": "Peace and security",
    "terms": {
      "en": [
        "peace and stability",
        "regional stability",
        "stability and peace",
        "national security",
        "regional security",
        "security cooperation",
        "security situation"
      ],
      "zh": [
        "安全",
        "和平稳定"
      ],
      "ko": [
        "안보",
        "평화"
      ],
      "ja": [
        "安全保障",
        "平和"
      ]
    },
    "excludes": [
      "energy security",
      "food security",
      "cybersecurity",
      "security risk"
    ]
  },
  {
    "id": "taiwan",
    "label": "Taiwan",
    "parent": "security",
    "terms": {
      "en": [
        "taiwan",
        "taiwan strait",
        "cross-strait",
        "taipei"
      ],
      "zh": [
        "台湾",
        "台海",
        "两岸"
      ],
      "ko": [
        "대만",
        "양안"
      ],
      "ja": [
        "台湾",
        "台湾海峡"
      ]
    }
  },
  {
    "id": "korean-peninsula",
    "label": "Korean Peninsula and denuclearisation",
    "parent": "security",
    "terms": {
      "en": [
        "korean peninsula",
        "north korea",
        "dprk",
        "denuclearization",
        "denuclearisation",
        "pyongyang"
      ],
      "zh": [
        "朝鲜半岛",
        "半岛",
        "朝鲜",
        "无核化"
      ],
      "ko": [
        "한반도",
        "북한",
        "비핵화"
      ],
      "ja": [
        "朝鮮半島",
        "北朝鮮",
        "非核化"
      ]
    }
  },
  {
    "id": "ukraine",
    "label": "Ukraine",
    "parent": "security",
    "terms": {
      "en": [
        "ukraine",
        "ukrainian",
        "russia's war",
        "kyiv"
      ],
      "zh": [
        "乌克兰"
      ],
      "ko": [
        "우크라이나"
      ],
      "ja": [
        "ウクライナ"
      ]
    }
  },
  {
    "id": "russia",
    "label": "Russia",
    "parent": "security",
    "terms": {
      "en": [
        "russia",
        "russian",
        "moscow"
      ],
      "zh": [
        "俄罗斯"
      ],
      "ko": [
        "러시아"
      ],
      "ja": [
        "ロシア"
      ]
    }
  },
  {
    "id": "middle-east",
    "label": "Middle East",
    "parent": "security",
    "terms": {
      "en": [
        "middle east",
        "gaza",
        "israel",
        "palestine",
        "palestinian",
        "iran",
        "red sea",
        "houthi",
        "lebanon",
        "syria"
      ],
      "zh": [
        "中东",
        "加沙",
        "巴勒斯坦",
        "以色列",
        "伊朗"
      ],
      "ko": [
        "중동",
        "가자",
        "이스라엘",
        "이란"
      ],
      "ja": [
        "中東",
        "ガザ",
        "イスラエル",
        "イラン"
      ]
    }
  },
  {
    "id": "south-china-sea",
    "label": "South China Sea and maritime",
    "parent": "security",
    "terms": {
      "en": [
        "south china sea",
        "east china sea",
        "maritime",
        "freedom of navigation",
        "coast guard",
        "fisheries dispute",
        "scarborough"
      ],
      "zh": [
        "南海",
        "东海",
        "海洋",
        "海上"
      ],
      "ko": [
        "남중국해",
        "해양"
      ],
      "ja": [
        "南シナ海",
        "東シナ海",
        "海洋"
      ]
    }
  },
  {
    "id": "military-communication",
    "label": "Military-to-military communication",
    "parent": "security",
    "terms": {
      "en": [
        "military-to-military",
        "mil-to-mil",
        "military communication",
        "defense dialogue",
        "defence dialogue",
        "military channel",
        "defense policy",
        "defence policy",
        "military"
      ],
      "zh": [
        "两军",
        "军事沟通",
        "防务"
      ],
      "ko": [
        "국방",
        "군사 소통",
        "군사"
      ],
      "ja": [
        "防衛",
        "軍事"
      ]
    }
  },
  {
    "id": "nuclear-nonproliferation",
    "label": "Nuclear non-proliferation and arms control",
    "parent": "security",
    "terms": {
      "en": [
        "non-proliferation",
        "nonproliferation",
        "nuclear weapon",
        "arms control",
        "nuclear test",
        "missile",
        "ballistic missile",
        "wmd"
      ],
      "zh": [
        "防扩散",
        "核武器",
        "军控",
        "导弹"
      ],
      "ko": [
        "비확산",
        "핵무기",
        "미사일"
      ],
      "ja": [
        "不拡散",
        "核兵器",
        "ミサイル"
      ]
    }
  },
  {
    "id": "cybersecurity",
    "label": "Cybersecurity",
    "parent": "security",
    "terms": {
      "en": [
        "cybersecurity",
        "cyber security",
        "cyber",
        "hacking",
        "ransomware",
        "cyberattack"
      ],
      "zh": [
        "网络安全"
      ],
      "ko": [
        "사이버"
      ],
      "ja": [
        "サイバー"
      ]
    }
  },
  {
    "id": "terrorism",
    "label": "Counterterrorism",
    "parent": "security",
    "terms": {
      "en": [
        "terrorism",
        "terrorist",
        "counterterrorism",
        "extremism"
      ],
      "zh": [
        "恐怖主义",
        "反恐"
      ],
      "ko": [
        "테러"
      ],
      "ja": [
        "テロ"
      ]
    }
  },
  {
    "id": "sanctions",
    "label": "Sanctions",
    "parent": "security",
    "terms": {
      "en": [
        "sanction",
        "unilateral sanction",
        "secondary sanction"
      ],
      "zh": [
        "制裁"
      ],
      "ko": [
        "제재"
      ],
      "ja": [
        "制裁"
      ]
    }
  },
  {
    "id": "indo-pacific",
    "label": "Indo-Pacific and regional order",
    "parent": "security",
    "terms": {
      "en": [
        "indo-pacific",
        "asia-pacific",
        "regional order",
        "quad",
        "aukus",
        "region"
      ],
      "zh": [
        "印太",
        "亚太",
        "地区"
      ],
      "ko": [
        "인도태평양",
        "인태",
        "역내"
      ],
      "ja": [
        "インド太平洋",
        "地域"
      ]
    }
  },
  {
    "id": "counternarcotics",
    "label": "Counternarcotics and fentanyl",
    "terms": {
      "en": [
        "fentanyl",
        "counternarcotics",
        "counter-narcotics",
        "narcotic",
        "drug trafficking",
        "precursor chemical",
        "synthetic drug"
      ],
      "zh": [
        "芬太尼",
        "禁毒",
        "毒品"
      ],
      "ko": [
        "펜타닐",
        "마약"
      ],
      "ja": [
        "フェンタニル",
        "麻薬"
      ]
    }
  },
  {
    "id": "human-rights",
    "label": "Human rights",
    "terms": {
      "en": [
        "human rights",
        "xinjiang",
        "tibet",
        "hong kong",
        "forced labor",
        "forced labour",
        "religious freedom",
        "uyghur"
      ],
      "zh": [
        "人权",
        "新疆",
        "西藏",
        "香港"
      ],
      "ko": [
        "인권"
      ],
      "ja": [
        "人権",
        "新疆",
        "香港"
      ]
    }
  },
  {
    "id": "people-to-people",
    "label": "People-to-people exchanges",
    "terms": {
      "en": [
        "people-to-people",
        "cultural exchange",
        "youth exchange",
        "tourism",
        "tourist",
        "education exchange",
        "student",
        "academic exchange",
        "friendship",
        "exchanges between"
      ],
      "zh": [
        "人文交流",
        "人员往来",
        "旅游",
        "青少年交流",
        "民间"
      ],
      "ko": [
        "인적 교류",
        "인문 교류",
        "관광",
        "청년 교류"
      ],
      "ja": [
        "人的交流",
        "観光",
        "青少年交流"
      ]
    }
  },
  {
    "id": "visas-travel",
    "label": "Visas and travel",
    "parent": "people-to-people",
    "terms": {
      "en": [
        "visa",
        "travel",
        "flight",
        "direct flight",
        "entry",
        "visa-free",
        "consular"
      ],
      "zh": [
        "签证",
        "航班",
        "免签",
        "往来便利"
      ],
      "ko": [
        "비자",
        "항공편",
        "입국"
      ],
      "ja": [
        "ビザ",
        "査証",
        "航空便"
      ]
    }
  },
  {
    "id": "public-health",
    "label": "Public health",
    "terms": {
      "en": [
        "public health",
        "pandemic",
        "covid",
        "vaccine",
        "health",
        "disease"
      ],
      "zh": [
        "公共卫生",
        "疫情",
        "疫苗",
        "卫生"
      ],
      "ko": [
        "보건",
        "방역",
        "백신"
      ],
      "ja": [
        "保健",
        "感染症",
        "ワクチン"
      ]
    }
  },
  {
    "id": "multilateral-forums",
    "label": "Multilateral forums",
    "terms": {
      "en": [
        "multilateralism",
        "multilateral forum",
        "multilateral mechanism",
        "multilateral trading system",
        "multilateral institution",
        "international organisation",
        "international organization"
      ],
      "zh": [
        "多边",
        "多边主义"
      ],
      "ko": [
        "다자"
      ],
      "ja": [
        "多国間"
      ]
    }
  },
  {
    "id": "apec",
    "label": "APEC",
    "parent": "multilateral-forums",
    "terms": {
      "en": [
        "apec",
        "asia-pacific economic cooperation"
      ],
      "zh": [
        "亚太经合组织",
        "APEC"
      ],
      "ko": [
        "APEC",
        "아시아태평양경제협력체"
      ],
      "ja": [
        "APEC",
        "アジア太平洋経済協力"
      ]
    }
  },
  {
    "id": "g20",
    "label": "G20",
    "parent": "multilateral-forums",
    "terms": {
      "en": [
        "g20",
        "group of twenty"
      ],
      "zh": [
        "二十国集团"
      ],
      "ko": [
        "G20",
        "주요 20개국"
      ],
      "ja": [
        "G20"
      ]
    }
  },
  {
    "id": "wto",
    "label": "WTO",
    "parent": "multilateral-forums",
    "terms": {
      "en": [
        "wto",
        "world trade organization",
        "world trade organisation"
      ],
      "zh": [
        "世贸组织",
        "世界贸易组织"
      ],
      "ko": [
        "세계무역기구",
        "WTO"
      ],
      "ja": [
        "世界貿易機関",
        "WTO"
      ]
    }
  },
  {
    "id": "united-nations",
    "label": "United Nations",
    "parent": "multilateral-forums",
    "terms": {
      "en": [
        "united nations",
        "un security council",
        "security council",
        "un general assembly"
      ],
      "zh": [
        "联合国",
        "安理会"
      ],
      "ko": [
        "유엔",
        "안보리"
      ],
      "ja": [
        "国連",
        "安保理"
      ]
    }
  },
  {
    "id": "trilateral-cooperation",
    "label": "China-Japan-Korea trilateral cooperation",
    "parent": "multilateral-forums",
    "terms": {
      "en": [
        "trilateral",
        "china-japan-korea",
        "japan-china-korea",
        "korea-china-japan",
        "korea-japan-china",
        "japan-korea-china",
        "china-korea-japan",
        "china-japan-rok",
        "japan-china-rok",
        "rok-japan-china",
        "rok-china-japan",
        "trilateral summit"
      ],
      "zh": [
        "中日韩",
        "三方合作"
      ],
      "ko": [
        "한중일",
        "한일중",
        "3국 협력"
      ],
      "ja": [
        "日中韓",
        "3か国協力"
      ]
    }
  },
  {
    "id": "infrastructure",
    "label": "Infrastructure and Belt and Road",
    "terms": {
      "en": [
        "infrastructure",
        "belt and road",
        "bri",
        "connectivity",
        "railway",
        "port"
      ],
      "zh": [
        "基础设施",
        "一带一路",
        "互联互通"
      ],
      "ko": [
        "인프라",
        "일대일로"
      ],
      "ja": [
        "インフラ",
        "一帯一路"
      ]
    }
  },
  {
    "id": "development-aid",
    "label": "Development cooperation and aid",
    "terms": {
      "en": [
        "development cooperation",
        "development assistance",
        "humanitarian",
        "aid",
        "oda",
        "global development initiative"
      ],
      "zh": [
        "发展合作",
        "人道主义",
        "援助"
      ],
      "ko": [
        "개발 협력",
        "인도적",
        "원조"
      ],
      "ja": [
        "開発協力",
        "人道",
        "援助"
      ]
    },
    "excludes": [
      "aid in",
      "aided"
    ]
  },
  {
    "id": "history-issues",
    "label": "History issues",
    "terms": {
      "en": [
        "historical issue",
        "history issue",
        "comfort women",
        "forced labourers",
        "wartime",
        "colonial"
      ],
      "zh": [
        "历史问题",
        "慰安妇"
      ],
      "ko": [
        "역사 문제",
        "위안부",
        "강제징용"
      ],
      "ja": [
        "歴史問題",
        "慰安婦"
      ]
    }
  },
  {
    "id": "fukushima-water",
    "label": "Fukushima treated water",
    "parent": "climate",
    "terms": {
      "en": [
        "fukushima",
        "treated water",
        "contaminated water",
        "nuclear-contaminated water",
        "wastewater discharge"
      ],
      "zh": [
        "福岛",
        "核污染水",
        "核污水"
      ],
      "ko": [
        "후쿠시마",
        "오염수",
        "처리수"
      ],
      "ja": [
        "福島",
        "処理水"
      ]
    }
  },
  {
    "id": "diplomatic-relations",
    "label": "Bilateral relations and high-level exchanges",
    "terms": {
      "en": [
        "bilateral relations",
        "diplomatic relations",
        "high-level exchange",
        "strategic partnership",
        "strategic cooperative partnership",
        "normalisation",
        "normalization",
        "anniversary"
      ],
      "zh": [
        "双边关系",
        "两国关系",
        "高层交往",
        "战略合作伙伴关系",
        "建交"
      ],
      "ko": [
        "양국 관계",
        "한중 관계",
        "고위급 교류",
        "전략적 협력 동반자",
        "수교"
      ],
      "ja": [
        "両国関係",
        "日中関係",
        "首脳会談",
        "国交正常化"
      ]
    }
  }
],
};

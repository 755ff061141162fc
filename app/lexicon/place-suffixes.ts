/** Place and organisation suffixes, for the name evidence in app/classify/names.ts. */

/**
 * Place and organisation suffixes. Each is checked against the words it commonly ends or starts
 * that are not names (社区, 城市, 乡镇, 市民, 道路), which would otherwise pull wording flags near
 * them into the name category.
 */
export const SUFFIXES = [
  '省',
  '市',
  '县',
  '区',
  '镇',
  '乡',
  '村',
  '路',
  '巷',
  '局',
  '厅',
  '街道',
  '公司',
  '协会',
  '委员会',
  '大学',
  '学院',
  '集团',
  '银行',
  '医院',
  '研究院',
  '研究所',
  '基金会',
  '合作社',
  '商会',
  '驿站',
  '事务所',
  '律师事务所',
  '工会',
  '中心',
  '码头',
  '湾',
  '岛',
  '广场',
  '分行',
  '支行',
  '法院',
  '检察院',
  '派出所',
  '河',
  '湖',
  '江',
  // Named institutions and works: 故宫博物院, 奥体中心体育馆, 长庆油田.
  '博物馆',
  '博物院',
  '纪念馆',
  '图书馆',
  '美术馆',
  '科技馆',
  '体育馆',
  '体育场',
  '大剧院',
  '油田',
  '煤矿',
  // Schools: 附属中学, 实验小学.
  '中学',
  '小学',
  '幼儿园',
  // Old towns and streets are named places: 徽州古城, 西塘古镇 (景区 is left out: its stems are
  // as often kinds as names, 旅游景区, 观光景区).
  '古城',
  '古镇',
  '古村',
  '老街',
  // Ports and free-trade ports: 青岛港, 海南自由贸易港.
  '港',
];

/** Heads of academic bodies, whose names run longer before them (生命科学学院). */
export const COLLEGES: ReadonlySet<string> = new Set(['学院', '大学', '研究院', '研究所']);

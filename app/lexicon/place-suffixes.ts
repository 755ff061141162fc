/**
 * Place and organisation suffixes and the heads of bodies, written once, for the name evidence in
 * app/classify (names.ts, name-patterns.ts, named-things.ts, name-lists.ts, rules-name.ts).
 */

/**
 * What a word of the table serves as, any of:
 * - `suffix`: a place or organisation suffix. Each is checked against the words it commonly ends
 *   or starts that are not names (社区, 城市, 乡镇, 市民, 道路), which would otherwise pull wording
 *   flags near them into the name category;
 * - `stem`: it makes the word right before it a name anywhere in the story (鼓楼 + 区).
 *   Descriptive heads (推广中心, 服务驿站) are not stems: the word before them is ordinary (推广);
 * - `college`: the head of an academic body, whose name runs longer before it (生命科学学院);
 * - `head`: the head of a government body or an institution that closes an organisation named
 *   after its place (市北区文化和旅游局);
 * - `firm`: the head of the long registered name of a firm or cooperative, all of whose words
 *   before it are the name's (绿源蔬菜种植专业合作社);
 * - `body`: what follows the abbreviated name of a body, an event or a region (医保部门, 上合组织,
 *   冬运会, 长三角地区); common nouns are abbreviated too (高铁 / 高速铁路) and have no such head;
 * - `kind`: a word for places that closes a list of them after 等 (北京、上海等地);
 * - `feature`: one character for a hill, a water or a settlement that closes a short place name
 *   (岵山, 漈溪, 墈下村), after which a rare first character is the name's.
 */
type Role = 'suffix' | 'stem' | 'college' | 'head' | 'firm' | 'body' | 'kind' | 'feature';

/** Every word, with its roles (space-separated); order is the order the name evidence tries them. */
const TABLE: Readonly<Record<string, string>> = {
  省: 'suffix stem kind',
  市: 'suffix stem kind',
  县: 'suffix stem kind',
  区: 'suffix stem kind',
  镇: 'suffix stem kind',
  乡: 'suffix stem kind',
  村: 'suffix stem kind feature',
  路: 'suffix',
  巷: 'suffix stem',
  局: 'suffix head body',
  厅: 'suffix head body',
  街道: 'suffix stem',
  公司: 'suffix stem head body',
  协会: 'suffix stem head body',
  委员会: 'suffix stem head',
  大学: 'suffix stem college head',
  学院: 'suffix college head',
  集团: 'suffix stem head body',
  银行: 'suffix stem',
  医院: 'suffix stem head',
  研究院: 'suffix college head',
  研究所: 'suffix college head',
  基金会: 'suffix firm',
  合作社: 'suffix firm',
  商会: 'suffix',
  驿站: 'suffix',
  事务所: 'suffix firm',
  律师事务所: 'suffix',
  工会: 'suffix',
  中心: 'suffix head body',
  码头: 'suffix',
  湾: 'suffix feature',
  岛: 'suffix kind feature',
  // An islet, as 岛 an island (鼓浪屿, 鸬屿).
  屿: 'suffix',
  广场: 'suffix',
  分行: 'suffix',
  支行: 'suffix',
  法院: 'suffix',
  检察院: 'suffix',
  派出所: 'suffix',
  河: 'suffix feature',
  湖: 'suffix feature',
  江: 'suffix feature',
  // Named institutions and works: 故宫博物院, 奥体中心体育馆, 长庆油田.
  博物馆: 'suffix',
  博物院: 'suffix',
  纪念馆: 'suffix',
  图书馆: 'suffix',
  美术馆: 'suffix',
  科技馆: 'suffix',
  体育馆: 'suffix',
  体育场: 'suffix',
  大剧院: 'suffix',
  油田: 'suffix',
  煤矿: 'suffix',
  // Schools: 附属中学, 实验小学.
  中学: 'suffix',
  小学: 'suffix',
  幼儿园: 'suffix',
  // Old towns and streets are named places: 徽州古城, 西塘古镇 (景区 is left out: its stems are
  // as often kinds as names, 旅游景区, 观光景区).
  古城: 'suffix',
  古镇: 'suffix',
  古村: 'suffix',
  老街: 'suffix',
  // Ports and free-trade ports: 青岛港, 海南自由贸易港.
  港: 'suffix kind',
  // Heads of bodies only, no suffix of a place name: 农业农村委, 区政府办公室, 实验学校.
  委: 'head body',
  办公室: 'head',
  学校: 'head',
  // Heads of long registered names of firms and cooperatives (绿源蔬菜种植专业合作社, 某某科技股份有限公司).
  专业合作社: 'firm',
  股份有限公司: 'firm',
  有限责任公司: 'firm',
  有限公司: 'firm',
  俱乐部: 'firm',
  // What follows the abbreviated name of a body, an event or a region (医保部门, 上合组织, 冬运会).
  部门: 'body',
  组织: 'body',
  会: 'body',
  机构: 'body',
  办: 'body',
  院: 'body',
  联盟: 'body',
  峰会: 'body',
  论坛: 'body',
  台: 'body',
  社: 'body',
  地区: 'body kind',
  区域: 'body',
  // Words for places that close a list of them (蛟岭、石坂等五个镇; 北京、上海等地).
  乡镇: 'kind',
  州: 'kind',
  港口: 'kind',
  城市: 'kind',
  地: 'kind',
  // Hills, waters and settlements that close a short place name (岵山, 漈溪, 崆峰, 岢岚寨).
  山: 'feature',
  峰: 'feature',
  岭: 'feature',
  岗: 'feature',
  谷: 'feature',
  溪: 'feature',
  水: 'feature',
  塘: 'feature',
  潭: 'feature',
  泉: 'feature',
  洲: 'feature',
  滩: 'feature',
  寨: 'feature',
  屯: 'feature',
  坪: 'feature',
  坝: 'feature',
  坑: 'feature',
  沟: 'feature',
  洞: 'feature',
  岩: 'feature',
  庄: 'feature',
};

/** The words of the table that serve as `role`, in the table's order. */
function withRole(role: Role): readonly string[] {
  return Object.keys(TABLE).filter((word) => TABLE[word]?.split(' ').includes(role) === true);
}

/** Place and organisation suffixes. */
export const SUFFIXES: readonly string[] = withRole('suffix');

/** Suffixes that make the word right before them a name anywhere in the story (鼓楼 + 区). */
export const STEM_SUFFIXES: readonly string[] = withRole('stem');

/** Heads of academic bodies, whose names run longer before them (生命科学学院). */
export const COLLEGES: ReadonlySet<string> = new Set(withRole('college'));

/** Heads of government bodies and institutions that close an organisation's name (局, 委员会). */
export const ORGANISATION_HEADS: readonly string[] = withRole('head');

/** Heads of the long registered names of firms and cooperatives (专业合作社, 有限公司). */
export const FIRM_HEADS: readonly string[] = withRole('firm');

/** What follows the abbreviated name of a body, an event or a region (部门, 组织, 地区). */
export const BODY_HEADS: readonly string[] = withRole('body');

/** Words for places that close a list of them (等地, 等五个镇). */
export const PLACE_KINDS: readonly string[] = withRole('kind');

/** One character for a hill, a water or a settlement that closes a short place name (山, 溪, 村). */
export const PLACE_FEATURES: ReadonlySet<string> = new Set(withRole('feature'));

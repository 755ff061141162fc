/**
 * Place and organisation suffixes and the heads of bodies, written once, for the name evidence in
 * app/classify (names.ts, name-patterns.ts).
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
 *   after its place (市北区文化和旅游局).
 */
type Role = 'suffix' | 'stem' | 'college' | 'head';

/** Every word, with its roles (space-separated); order is the order the name evidence tries them. */
const TABLE: Readonly<Record<string, string>> = {
  省: 'suffix stem',
  市: 'suffix stem',
  县: 'suffix stem',
  区: 'suffix stem',
  镇: 'suffix stem',
  乡: 'suffix stem',
  村: 'suffix stem',
  路: 'suffix',
  巷: 'suffix stem',
  局: 'suffix head',
  厅: 'suffix head',
  街道: 'suffix stem',
  公司: 'suffix stem head',
  协会: 'suffix stem head',
  委员会: 'suffix stem head',
  大学: 'suffix stem college head',
  学院: 'suffix college head',
  集团: 'suffix stem head',
  银行: 'suffix stem',
  医院: 'suffix stem head',
  研究院: 'suffix college head',
  研究所: 'suffix college head',
  基金会: 'suffix',
  合作社: 'suffix',
  商会: 'suffix',
  驿站: 'suffix',
  事务所: 'suffix',
  律师事务所: 'suffix',
  工会: 'suffix',
  中心: 'suffix head',
  码头: 'suffix',
  湾: 'suffix',
  岛: 'suffix',
  广场: 'suffix',
  分行: 'suffix',
  支行: 'suffix',
  法院: 'suffix',
  检察院: 'suffix',
  派出所: 'suffix',
  河: 'suffix',
  湖: 'suffix',
  江: 'suffix',
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
  港: 'suffix',
  // Heads of bodies only, no suffix of a place name: 农业农村委, 区政府办公室, 实验学校.
  委: 'head',
  办公室: 'head',
  学校: 'head',
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

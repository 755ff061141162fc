/**
 * Characters print and OCR confuse by shape (己/已/巳, 土/士, 未/末): no library lists them, so
 * this small table is data, read by the name rules as look-alike evidence. Each group is a set of
 * characters any two of which are confused.
 */
const GROUPS: readonly string[] = [
  '己已巳',
  '土士',
  '未末',
  '日曰',
  '戊戌戍',
  '刀力刁',
  '人入八',
  '大太犬',
  '王玉主',
  '木本术',
  '天夭',
  '干千于',
  '贝见',
  '今令',
  '候侯',
  '冶治',
  '拔拨',
  '析折',
  '汩汨',
  '壶壸',
  '崇祟',
  '赢嬴',
  '徽微',
  '茶荼',
  '栗粟',
  '杨扬',
  '即既',
  '券卷',
  '旦且',
  '免兔',
  '毫亳',
  // OCR and print slips inside names (a mouth for an enclosure, rare surnames and place characters).
  '口囗',
  '全仝',
  '逢逄',
  '虎猇',
  '蒯剻',
  // Surnames print and OCR confuse with a common character (乜/也, 帅/师, 刁/刀, 苟/荀, 郗/郄).
  '乜也',
  '帅师',
  '苟荀',
  '郗郄',
];

/** OCR reads a letter for a digit (2O27, l8) and a digit for a letter (K03). */
const LETTER_DIGIT: readonly string[] = ['O0', 'l1'];

const GROUP_OF: ReadonlyMap<string, number> = new Map(
  [...GROUPS, ...LETTER_DIGIT].flatMap((group, i) => [...group].map((ch) => [ch, i] as const)),
);

/** True when two different characters are confused by shape. */
export function lookAlike(a: string, b: string): boolean {
  if (a === b) return false;
  const g = GROUP_OF.get(a);
  return g !== undefined && g === GROUP_OF.get(b);
}

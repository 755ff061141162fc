/**
 * Lines a news outlet sets around a story about itself rather than the story: its appeal to
 * readers (Support … journalism, Subscribe to our newsletter, 扫码关注本报公众号) and the wire
 * service that supplied the story on a line of its own (Associated Press under a headline or a
 * byline). Papers and sites disagree on printing them, so read as text they become flags and
 * stretch a story's span over the page's chrome; they are the page's furniture. Told by shape and
 * by the newsroom's one list of wire services, not by any outlet's wording.
 */
import { WIRE_SERVICES } from '../lexicon/newsroom';

/** The longest appeal line (characters): a sentence about the outlet and the appeal itself. */
const APPEAL_MAX = 300;

/**
 * A sentence in the imperative that asks readers for something an outlet lives on: support,
 * a donation, a subscription, a membership, a follow, a download.
 */
const APPEAL_SENTENCE =
  /(?:^|[.!?:]\s+)(?:Please\s+)?(?:Support|Donate|Subscribe|Sign\s+up|Join|Become\s+an?|Follow\s+us|Download|Give)\b/u;

/**
 * What an outlet offers or lives on (journalism, our newsletter, the app): an appeal without one of
 * these (Donate blood at the fire hall) is a sentence of the story.
 */
const OUTLET_WORD =
  /\b(?:journalism|reporting|newsletters?|subscriptions?|subscribers?|members?|membership|newsroom|podcasts?|app)\b/iu;

/**
 * A Chinese appeal on a line of its own: scan, follow, subscribe or download, then the outlet's
 * account, app or code (扫码关注本报微信公众号, 下载新闻客户端, 扫一扫分享到微信). It opens the line;
 * a story's sentence mentions one after its subject (市民可扫码关注…).
 */
const HAN_APPEAL =
  /^(?:欢迎|请|敬请)?(?:扫一扫|扫码|扫描二维码|长按(?:识别)?二维码|关注|订阅|下载)[^。！？]{0,20}(?:公众号|客户端|APP|App|微信|微博|视频号|二维码)[^。！？]{0,12}[。！!]?$/u;

/** Characters of a Chinese appeal line at most. */
const HAN_APPEAL_MAX = 40;

/** True for an outlet's appeal to its readers, in English or Chinese (see the module comment). */
export function isAppeal(line: string, len: number): boolean {
  if (/["“”]/u.test(line)) return false; // a quoted appeal is someone in the story speaking
  if (len <= HAN_APPEAL_MAX && HAN_APPEAL.test(line)) return true;
  return len <= APPEAL_MAX && APPEAL_SENTENCE.test(line) && OUTLET_WORD.test(line);
}

/** The wire services' names as printed (AP, Reuters), for a spelled-out name's initials. */
const WIRES = new Set(WIRE_SERVICES);

/**
 * True for a line that names only a wire service, as its short name or spelled out (Reuters, AP,
 * The Associated Press, Agence France-Presse): the initials of the spelled-out name's words are
 * the short name on the newsroom's list.
 */
export function isWireServiceLine(line: string): boolean {
  const name = line.replace(/^The\s+/u, '').trim();
  if (WIRES.has(name)) return true;
  if (!/^\p{Lu}\p{Ll}+(?:[\s-]+\p{Lu}\p{Ll}+){1,3}$/u.test(name)) return false;
  const initials = name
    .split(/[\s-]+/u)
    .map((w) => w[0])
    .join('');
  return WIRES.has(initials);
}

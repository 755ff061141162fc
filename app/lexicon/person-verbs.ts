/**
 * What a person named in Chinese news text does right after the name, written once for the person
 * rules of app/classify (person-names.ts, name-rows-person.ts).
 */
import { alternation } from './newsroom';

/**
 * Every verb, with what it serves as (space-separated):
 * - `say`: a verb of saying (严桂香说, 王建华表示);
 * - `act`: what a person named after a title does (教授祝世宁出席, 秘书长古特雷斯表示);
 * - `feat`: what an athlete or a laureate does as the subject of a sentence (王某某夺得金牌).
 */
const VERBS: Readonly<Record<string, string>> = {
  说: 'say act',
  表示: 'say act',
  介绍: 'say act',
  告诉: 'say act',
  指出: 'say act',
  认为: 'say act',
  透露: 'say act',
  坦言: 'say',
  回忆: 'say',
  感慨: 'say',
  解释: 'say',
  笑着说: 'say',
  强调: 'act',
  出席: 'act',
  参加: 'act',
  主持: 'act',
  会见: 'act',
  发表: 'act',
  接受: 'act',
  带领: 'act',
  率领: 'act',
  率团: 'act',
  宣布: 'act',
  夺得: 'feat',
  获得: 'feat',
  摘得: 'feat',
  夺冠: 'feat',
  摘金: 'feat',
  赢得: 'feat',
  打破: 'feat',
  刷新: 'feat',
  击败: 'feat',
  战胜: 'feat',
  当选: 'feat',
  荣获: 'feat',
  领衔: 'feat',
};

/** The verbs that serve as `role`, as a regex alternation (longest first). */
export function personVerbs(role: 'say' | 'act' | 'feat'): string {
  return alternation(
    Object.keys(VERBS).filter((verb) => VERBS[verb]?.split(' ').includes(role) === true),
  );
}

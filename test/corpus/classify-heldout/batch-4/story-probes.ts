/**
 * Batch 4 of the held-out story probes (issue 12): labelled and landed by the evaluation writer
 * and NOT run by anyone yet; the coordinator gives them their first run (`npm run bench --
 * classify-heldout --batch=4`). Same template form as ../story-probes.ts. Labels are frozen.
 */
import { cjkSpacing, halfWidth, type PageProbe } from '../../pages/markup';

const TERRACES_STORY = `{w:沵渡梯田修复工程完工|沵渡梯田修复工程完工|沵渡梯田修复完工}

新华社昆明9月16日电（记者{n:普梅香|普梅香|朴梅香}）记者从{n:红河州沵渡县|红河州沵渡县|沵渡县}获悉，历时{u:三年|三年|两年}的梯田修复工程日前完工，{u:2.3万亩|23万亩|2.3万亩}撂荒梯田重新种上了水稻。

修复期间，当地疏通水沟{u:186条|186条|168条}{p:、|、|，}加固田埂4.7万米，{w:恢复|恢复|重建}了十一座传统木刻分水设施。{n:箐脚村|箐脚村|菁脚村}村民{n:卢阿者|卢阿者|芦阿者}说，“水沟通了，田就活了{p:。|。|！}”

{o:沵渡梯田的开垦历史可追溯到一千二百多年前。|沵渡梯田的开垦历史可追溯到一千二百多年前。|}

今年，县里引入{n:滇南稻作文化发展有限公司|滇南稻作文化发展有限公司|滇南稻作公司}，以每亩{u:600元|600元|800元}的价格流转撂荒田，带动{u:一千三百多户|一千三百多户|1300多户}农户增收{p:。|。|，}梯田红米每公斤售价{u:16至20元|16至20元|16至26元}，比普通大米高出{u:一倍多|一倍多|一倍}。

县长{n:李者黑|李者黑|李则黑}表示，{u:2027年|2027年|2028年}前将再修复梯田5000亩，{w:并|并|同时}申报{p:“全球重要农业文化遗产”|“全球重要农业文化遗产”|全球重要农业文化遗产}。
`;

/** A Xinhua rural story: a provincial daily, an OCR'd evening paper, a city paper with its own names and numbers. */
export const TERRACES_PAGES: PageProbe = {
  name: 'heldout4-terraces',
  story: TERRACES_STORY,
  pages: [
    {
      name: 'diannan-daily-p6',
      before: '滇南日报  2026年9月17日  第6版  乡村\n\n',
      after:
        '\n全州秋收进度过三成\n\n本报讯 记者从州农业农村局获悉，截至16日，全州秋粮已收获三成以上。\n\n',
    },
    {
      name: 'gejiu-evening-p2-ocr',
      before: '个旧晚报\n2026年9月17日 第2版\n\n图为修复后的沵渡梯田。新华社发\n\n',
      after: '\n编辑:矣丽\n',
      style: halfWidth,
      wrapAt: 22,
    },
    {
      name: 'honghe-metro-a5',
      before:
        '红河都市报 A5 2026.09.17\n\n蒙自石榴节下月开幕\n\n本报讯 第十届蒙自石榴节将于10月8日开幕。\n\n',
      inside: { afterParagraph: 2, text: '▲村民在箐脚村梯田里收割稻谷。（资料图片）' },
      after: '\n（本版编辑 杞晓）\n',
      style: cjkSpacing,
    },
  ],
};

const SYMPHONY_STORY = `{w:Prairie symphony marks 100th season with a sold-out opener|Prairie symphony marks 100th season with a sold-out opener|Symphony opens 100th season}

By {n:ANNELIESE OKONKWO-HART|ANNELIESE OKONKWO-HART|ANNELIESE OKONKWO}
{n:The Red River Courier-Dispatch|The Red River Courier-Dispatch|The Courier-Dispatch}

WILLOWMERE, N.D. {p:—|—|--} The {n:Willowmere Prairie Symphony Orchestra|Willowmere Prairie Symphony Orchestra|Willowmere Symphony} opened its {u:100th|100th|hundredth} season on {u:Saturday|Saturday|Sunday} before {u:1,140 people|1,140 people|1,410 people}, filling the {n:Haugland Opera House|Haugland Opera House|Hoagland Opera House} for the first time since 2019.

{w:Musicians|Musicians|Players} {w:played|played|performed} a program of Grieg and Dvořák, and conductor {n:Svetlana Ibarra-Lindgren|Svetlana Ibarra-Lindgren|Svetlana Ibarra-Lindgreen} called it "a thank-you to {w:everyone|everyone|all the families} who kept us going{p:.|.|!}"

{o:The orchestra was founded in 1926 by a Norwegian immigrant who taught violin above a hardware store.|The orchestra was founded in 1926 by a Norwegian immigrant who taught violin above a hardware store.|}

Season tickets cost {u:$125|$125|$152}, and students get in free. The season ends {u:May 9|May 9|May 19}{p:,|,|} with Beethoven's Ninth.
`;

/** A local arts story: the paper that wrote it, a web reprint with curly quotes, and an OCR'd weekly that shortens the byline and changes figures. */
export const SYMPHONY_PAGES: PageProbe = {
  name: 'heldout4-symphony',
  story: SYMPHONY_STORY,
  pages: [
    {
      name: 'red-river-courier-dispatch-b1',
      before: 'THE RED RIVER COURIER-DISPATCH | Monday, Oct. 5, 2026 | B1 | ARTS\n\n',
      after: '\nINSIDE: Fall gallery walk, B3\n\n',
    },
    {
      name: 'web-prairie-public-arts',
      before: 'PRAIRIE PUBLIC ARTS\nHome > Music > Classical\n\nPosted Oct. 4, 2026, 9:12 p.m.\n\n',
      after: '\nShare: Facebook | X | Email\n\n© 2026 Prairie Public Arts\n',
      style: (t) => t.replace(/"([^"]*)"/gu, '“$1”'),
    },
    {
      name: 'sheyenne-weekly-p7-ocr',
      before:
        'SHEYENNE WEEKLY  Oct. 7, 2026  Page 7\n\nLibrary book sale raises $3,400\n\nThe Friends of the Library sold about 5,000 books last weekend.\n\n',
      after: '\n[end]\n',
      wrapAt: 56,
    },
  ],
};

/** Batch 4's story probes: one Chinese, one English. */
export const HELDOUT_BATCH_4_PROBES: readonly PageProbe[] = [TERRACES_PAGES, SYMPHONY_PAGES];

import { describe, expect, it } from 'vitest';
import { classifySite, site } from '../../test/fixtures/classify/site-fixture';

const category = (story: string, ...marked: string[]): string =>
  classifySite(site(...marked), story).category;

describe('names known by the words around them', () => {
  it('numbered craft and vessels, but not documents, dates or addresses', () => {
    expect(category('', '搭载[鹊]桥三号中继星的火箭', '搭载[雀]桥三号中继星的火箭')).toBe('name');
    expect(category('', '[按照]1号文件要求', '[根据]1号文件要求')).toBe('wording');
    expect(category('', '他住在[三]号楼', '他住在[五]号楼')).toBe('number');
  });

  it('a craft or ship named before its kind, not its kind or a determiner', () => {
    expect(
      category('', '梦天实验舱与天[和]核心舱完成对接', '梦天实验舱与天[合]核心舱完成对接'),
    ).toBe('name');
    expect(category('', '这艘万吨级[驱逐]舰已服役', '这艘万吨级[护卫]舰已服役')).not.toBe('name');
    expect(category('', '一艘[科考]船和两艘舰艇', '一艘[考察]船和两艘舰艇')).not.toBe('name');
  });

  it('stations in a sentence about a line; the kind of station is no name', () => {
    expect(category('', '在地铁4号线[动]物园站下车', '在地铁4号线[东]物园站下车')).toBe('name');
    expect(category('', '乘客在[地]铁站换乘列车', '乘客在[轻]轨站换乘列车')).toBe('wording');
    // A platform is no station's name, and a station named after its city is the city's name.
    expect(category('', '列车缓缓[驶]离站台', '列车缓缓[开]离站台')).toBe('wording');
    expect(category('', '百[年]广州站迈入高铁时代', '百[岁]广州站迈入高铁时代')).toBe('wording');
  });

  it('clubs named after their city, mountains and rivers before a side or a basin', () => {
    expect(category('', '客场挑战浙江[绿]城队', '客场挑战浙江[路]城队')).toBe('name');
    expect(category('', '北京代表队[获得]第二', '北京代表队[夺得]第二')).toBe('wording');
    expect(category('', '位于太[行]山东麓', '位于太[形]山东麓')).toBe('name');
    expect(category('', '治理全[流]域的污染', '治理全[区]域的污染')).toBe('wording');
    expect(category('', '沿[岷]江而下', '沿[闽]江而下')).toBe('name');
    expect(category('', '游客乘船[跨]江观光', '游客乘船[过]江观光')).toBe('wording');
  });

  it('countries, and a foreign place after its country; ordinary words after a country are not', () => {
    expect(category('', '逆转[韩国]队', '逆转[日本]队')).toBe('name');
    expect(category('', '会议在巴西里约热内[卢]举行', '会议在巴西里约热内[芦]举行')).toBe('name');
    expect(category('', '美国经济[增长]放缓', '美国经济[增速]放缓')).toBe('wording');
    // A title after a country opens no place, though transliterated characters follow it.
    expect(category('', '乌克兰总[统]泽连斯基说', '乌克兰总[理]泽连斯基说')).not.toBe('name');
    expect(category('', '这是[违]法行为', '这是[非]法行为')).toBe('wording');
  });

  it('old towns, but not an age or a count of them', () => {
    expect(category('', '歙县，徽[州]古城迎来', '歙县，徽[洲]古城迎来')).toBe('name');
    expect(category('', '这座[千]年古城', '这座[百]年古城')).not.toBe('name');
  });

  it('the place that names a section of a river or a road, not a part of it', () => {
    expect(category('', '在长江嘉[鱼]段水域', '在长江嘉[渔]段水域')).toBe('name');
    expect(category('', '清理河[道]段落', '清理河[边]段落')).toBe('wording');
  });

  it('a person after a legal role', () => {
    expect(category('', '被告人[覃]国栋等人', '被告人[谭]国栋等人')).toBe('name');
  });

  it('the sides of a match, but not a clause before the verb', () => {
    expect(category('', '由曼城对阵利物[浦]，最终', '由曼城对阵利物[蒲]，最终')).toBe('name');
    expect(category('', '，决赛[中]将对阵', '，决赛[里]将对阵')).toBe('wording');
    expect(category('', '努力战胜[困难]，', '努力战胜[挑战]，')).toBe('wording');
  });

  it('ports, but not a movement into or out of one', () => {
    expect(
      category('', '海南自由贸易[港]建设', '海南自由贸易[区]建设', '海南自由贸易[港]建设'),
    ).toBe('name');
    expect(category('', '货轮[驶]出港口', '货轮[开]出港口')).toBe('wording');
  });

  it('international bodies and world regions', () => {
    expect(category('', '世界[气]象组织发布报告', '世界[汽]象组织发布报告')).toBe('name');
    expect(category('', '与欧[盟]签署协议', '与欧[洲]签署协议')).toBe('name');
    expect(category('', '内蒙古中东部[将]有大风', '内蒙古中东部[会]有大风')).toBe('wording');
  });

  it('the long registered name of a firm or cooperative, not a count of firms', () => {
    expect(category('', '由[鑫]达建筑劳务有限公司承建', '由[金]达建筑劳务有限公司承建')).toBe(
      'name',
    );
    expect(category('', '当地[多]家有限公司', '当地[几]家有限公司')).toBe('wording');
    expect(category('', '村里[近日]成立合作社', '村里[日前]成立合作社')).toBe('wording');
  });

  it('the run between a place and the head of its project, unless a verb leads up to it', () => {
    expect(category('', '黄河小浪底水[利]枢纽', '黄河小浪底水[力]枢纽')).toBe('name');
    expect(category('', '四川加[快]建设水利工程', '四川加[速]建设水利工程')).toBe('wording');
    expect(category('', '广州这一[华]南交通枢纽', '广州这一[中]南交通枢纽')).not.toBe('name');
    expect(category('', '长春市净月[潭]国家森林公园迎来', '长春市净月[谭]国家森林公园迎来')).toBe(
      'name',
    );
    expect(category('', '广州[城市]公园免费开放', '广州[街头]公园免费开放')).not.toBe('name');
    expect(category('', '今年，沿江防[洪]工程全面完工', '今年，沿江防[汛]工程全面完工')).toBe(
      'wording',
    );
  });

  it('a three-character name opening a clause before a feat; a two-character subject is no name', () => {
    expect(category('', '决赛中，潘展[乐]以46秒40夺冠', '决赛中，潘展[东]以46秒40夺冠')).toBe(
      'name',
    );
    expect(category('', '去年，[高校]获得专项资金', '去年，[院校]获得专项资金')).toBe('wording');
  });

  it('sports positions and titles before a name', () => {
    expect(category('', '队长[王]霜首发出场', '队长[汪]霜首发出场')).toBe('name');
  });
});

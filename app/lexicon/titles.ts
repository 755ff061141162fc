/**
 * Titles and roles of people in Chinese news text, written once: those before a name (党委书记李肖娜,
 * 秘书长古特雷斯) and the titles that follow a name (习近平总书记, 孙立新师傅). The person rules build
 * their patterns from these lists.
 */

/**
 * Every title and role, once. A title marked `^` also follows a person's name (孙立新师傅); one
 * marked `_` only follows one (王建国同志). Posts such as 局长 follow no name: the organisation
 * before them (金融局局长) is no person.
 */
const TITLES: readonly string[] =
  '书记 主任 记者 代表 负责人 局长 司长 署长 行长 台长 关长 检察长 庭长 审计长 主编 总编辑 院长 校长 主席 经理 总裁 董事长 教授^ 医生 老师^ 市长 县长 省长 部长 厅长 处长 科长 所长 站长 社长 队长 组长 团长 委员 干部 网格员 社工 村民 居民 专家 总监 理事长 会长 秘书长 研究员 工程师 师傅^ 大姐 大爷 阿姨 大户 农户 骑手 快递员 外卖员 农民 工人 志愿者 党员 市民 游客 店主 摊主 老板 司机 患者 家长 学生 民警 警官 律师 护士 医师 农艺师 技术员 员工 职工 选手 运动员 教练 主持人 创始人 发言人 支书 馆长 园长 船长 作家 导演 演员 院士^ 博士 村医 创业者 指导员 调解员 讲解员 消防员 检察官 法官 传承人 手艺人 姑娘 小伙 小伙子 大学生 大妈 大叔 奶奶 爷爷 女士^ 同学 母亲 父亲 妻子 丈夫 业主 网友 设计师 建筑师 会计师 摄影师 教师 厨师 工艺师 规划师 营养师 药师 工作人员 队员 职员 店员 乘务员 安全员 管理员 服务员 护理员 驾驶员 飞行员 宣讲员 辅导员 会计 出纳 厂长 车间主任 村支书 总统 副总统 总理 副总理 首相 国务卿 外长 外交部长 防长 国防部长 大使 特使 总干事 议长 总督 国王 女王 王储 亲王 领导人 委员长 州长 议员 参议员 众议员 大臣 司令 司令员 政委 将军 上将 中将 少将 指挥官 主教练 主帅 球员 总经理 首席执行官 执行官 总统府发言人 外交部发言人 总书记^ 国家主席 教宗 专员 参赞 领事 总领事 中锋 前锋 后卫 门将 守门员 主攻 副攻 二传 接应 名将 小将 老将 新秀 冠军 亚军 季军 得主 航天员 宇航员 科学家 企业家 艺术家 画家 歌手 诗人 被告人 被告 原告 犯罪嫌疑人 嫌疑人 当事人 被害人 受害人 证人 审判长 辩护人 罪犯 茶农 果农 菜农 花农 蔗农 棉农 药农 渔民 牧民 养殖户 种植户 村干部 老党员 退伍军人 同志_ 先生_ 老人_'.split(
    ' ',
  );

/** The title without its mark. */
const bare = (title: string): string =>
  title.endsWith('^') || title.endsWith('_') ? title.slice(0, -1) : title;

/** Titles and roles after which a person is named: posts, professions, kinships, roles in a story. */
export const PERSON_TITLES: readonly string[] = TITLES.filter((t) => !t.endsWith('_')).map(bare);

/** Titles that follow a person's name rather than precede it (习近平总书记, 孙立新师傅). */
export const TITLES_AFTER_NAME: readonly string[] = TITLES.filter(
  (t) => t.endsWith('^') || t.endsWith('_'),
).map(bare);

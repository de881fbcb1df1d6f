// Words a mainland reader takes for Taiwan usage, in Simplified characters as they would appear in the zh-Hans
// edition after character conversion alone, each with the kind of word and what a mainland desk writes.
// Drawn from OpenCC's Taiwan-phrase table (twp), from this documentary and from a mainland copy-edit of it.
// The Simplified edition may hold one only where content/conversion.yaml keeps it on purpose; `npm run vocab`
// lists every one the content holds without a decision. Add the next one here when a reader finds it.

export type TaiwanWordKind =
  'title' | 'business' | 'tech' | 'everyday' | 'idiom' | 'measure' | 'spelling' | 'register' | 'name' | 'interface';

export interface TaiwanWord {
  /** As the zh-Hans text would show it after character conversion alone. */
  word: string;
  kind: TaiwanWordKind;
  /** What a mainland desk writes, for the proposer (context decides; this is a suggestion). */
  mainland: string;
}

const list = (kind: TaiwanWordKind, pairs: string): TaiwanWord[] =>
  pairs
    .trim()
    .split(/\s+/)
    .map((pair) => {
      const [word, mainland] = pair.split('=');
      return { word, kind, mainland: mainland.replaceAll('/', ' / ') };
    });

export const taiwanVocabulary: readonly TaiwanWord[] = [
  ...list(
    'title',
    `执行长=CEO 共同执行长=联席CEO 共同创办人=联合创始人 创办人=创始人 技术长=首席技术官 营运长=首席运营官 财务长=首席财务官
     策略长=首席战略官 法务长=首席法务官 高阶主管=高管 高层主管=高管 行销长=首席营销官`,
  ),
  ...list(
    'business',
    `内部核准=内部审批 非营利研究室=非营利研究机构 募资=融资 营运=运营 风险控管=风险管控 获任=出任 新创=初创 创投=风投 股票选择权=股票期权 企业策略=企业战略 缩编=缩减/裁员 总辞=集体辞职 回任=回归/重新出任
     延揽=招揽/吸纳 委请=委托 争点=争议焦点 破局=破裂/谈崩 获利实体=营利实体 营利事业=营利企业 资遣=裁员/遣散 董座=董事长`,
  ),
  ...list(
    'tech',
    `人工智慧=人工智能 搜寻=搜索 选单=菜单 连结=链接 载入=加载 登入=登录 网路=网络 软体=软件 硬体=硬件 程式=程序 视讯=视频
     贴文=帖子 简讯=短信 部落格=博客 伺服器=服务器 记忆体=内存 演算法=算法 晶片=芯片 档案=文件 预设=默认 数位=数字 介面=界面
     使用者=用户 云端=云 滑鼠=鼠标 萤幕=屏幕 影片=视频 讯息=消息/信息 自订=自定义 侦测=检测 大型模型=大模型 行动装置=移动设备
     运算资源=计算资源 资安=网络安全 脸书=Facebook 洗版=刷屏 传讯=发消息 贴出=发出/晒出 寄件人=发件人 建置=构建 韧体=固件 网志=博客`,
  ),
  ...list(
    'everyday',
    `报导=报道 职衔=头衔 动态消息=信息流 一般员工=普通员工 身分=身份 牠=它 品质=质量 专案=项目 计程车=出租车 资讯=信息 透过=通过 点阅=点击 回馈=反馈 隔天=第二天
     场边消息=小道消息 美国影集=美剧 影集=剧集 捷运=地铁 公车=公交`,
  ),
  ...list(
    'idiom',
    `一面倒=一边倒 绑手绑脚=束手束脚 乱枪打鸟=病急乱投医 浮上台面=浮出水面 震撼弹=重磅炸弹 踩煞车=踩刹车 打脸=打脸 吃瓜=吃瓜`,
  ).filter((w) => w.word !== w.mainland),
  ...list('spelling', `恶梦=噩梦 眼花撩乱=眼花缭乱 要胁=要挟 作客=做客 愈来愈=越来越 煞车=刹车`),
  ...list(
    'register',
    `依回顾文章的说法=按回顾文章的说法 获宣布=宣布 获任命=被任命 依发生=按发生 依日期=按日期 依真实时间=按真实时间 依序为=依次为
     依时间先后=按时间先后 依拼音=按拼音 抱持=持/秉持 警戒的态度=警惕的态度 标题依=标题根据 标示规则=标注规则`,
  ),
  ...list('measure', `一则=一条 这则=这条 那则=那条 则贴文=条帖子 一间公司=一家公司 这间公司=这家公司 一间实验室=一家实验室`),
  ...list(
    'name',
    `柯林顿=克林顿 欧巴马=奥巴马 川普=特朗普 贾伯斯=乔布斯 库许纳=库什纳 桑默斯=萨默斯 伊隆=埃隆 阿莫代伊=阿莫迪 谢尔=希尔
     达利欧=达里奥 德安杰罗=德安杰洛`,
  ),
  ...list('interface', `切换字体=简繁切换 指向或轻触=悬停或轻点 已标示=已高亮 推定=推测`),
];

/** The words alone, for the checks that only ask whether one is present. */
export const taiwanWords: readonly string[] = taiwanVocabulary.map((w) => w.word);

// Words a mainland reader takes for Taiwan usage, in Simplified characters as they would appear in the zh-Hans
// edition after character conversion alone. Drawn from OpenCC's Taiwan-phrase table (twp) and from this
// documentary. The Simplified edition may hold one only where content/conversion.yaml keeps it on purpose.
export const taiwanWords: readonly string[] = [
  // titles and business
  '执行长', '共同创办人', '创办人', '技术长', '营运长', '财务长', '募资', '高阶主管',
  // computing and the internet
  '人工智慧', '搜寻', '选单', '连结', '载入', '登入', '网路', '软体', '硬体', '程式', '视讯',
  '贴文', '简讯', '部落格', '伺服器', '记忆体', '演算法', '晶片', '档案', '预设', '数位', '介面', '使用者', '云端',
  '滑鼠', '萤幕', '矽谷', '影片', '讯息',
  // everyday words
  '报导', '身分', '牠', '品质', '专案', '计程车', '资讯', '透过', '点阅', '回馈',
  // names in Taiwan transliteration
  '柯林顿', '欧巴马', '川普', '贾伯斯', '库许纳', '桑默斯', '伊隆', '萨蒂亚', '阿莫代伊', '谢尔', '达利欧', '德安杰罗',
];

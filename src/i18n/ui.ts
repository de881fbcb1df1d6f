// Interface wording, written once in Traditional Chinese. The Simplified edition converts it like the content;
// where mainland wording differs (搜尋 → 搜索, 選單 → 菜单), ui-words.ts says so. Nothing here belongs to one
// story: a documentary's own words (距解僱, 風暴前 …) are in its site.yaml (`words`).
// One template style, shared with site.yaml and the strings the search code receives: `{name}`
// placeholders, filled with fill() from ./fill.ts. Where wording depends on a case, the table has one
// string per case.
import { fill } from './fill';
import type { TimeBasisHow } from '../content-schemas';

export const ui = {
  skipToContent: '跳到正文',
  nav: {
    chapters: '章節',
    timeline: '時間軸',
    events: '事件',
    people: '人物',
    glossary: '名詞',
    sources: '資料來源',
    menu: '選單',
    label: '主選單',
  },
  switchScript: '繁簡切換',
  home: {
    hours: '小時',
    start: '從第一章讀起',
    pictures: '一眼看懂',
    chapters: '章節',
    waysIn: '從哪裡讀起',
    timelineLead: '按時間讀：主線與花絮',
    /** The same, for a documentary without asides. */
    timelineLeadMainOnly: '按時間讀：事件的先後',
    eventsLead: '每一天發生了什麼，逐條列出',
    peopleLead: '按人物讀：誰在何時做了什麼',
  },
  chapter: {
    /** The link legend under a chapter's title, split where the sample words are styled as their links. */
    legend: ['文中連結：', '人物', '畫實線，', '名詞', '畫點線，', '事件', '畫虛線；指向或輕觸可先看簡介。'],
    contents: '本章目錄',
    previous: '上一章',
    next: '下一章',
    neighbours: '章節',
    readingTime: '約 {minutes} 分鐘讀完',
  },
  event: {
    main: '主線',
    aside: '花絮',
    /** An event's number on its line (see eventLabel below). */
    label: { main: '主線 #{seq}', aside: '花絮 {seq}' },
    when: '時間',
    people: '相關人物',
    sources: '資料來源',
    belongsTo: '所屬主線',
    asides: '本節花絮',
    previous: '上一個事件',
    next: '下一個事件',
    onTimeline: '在時間軸上的位置',
    /** The strip under an event's title: the headline span ({hours}, site.yaml's headline {label}). */
    locator: '（{hours} 小時：{label}）',
    locatorStart: '這一刻是起點',
    usedBy: '提到這個名詞的事件',
    /** The previous/next links' landmark. */
    neighbours: '事件',
  },
  /** How an event's time is known (its `timeBasis`), said in one line on the event page. */
  timeBasis: {
    label: '時間依據',
    /** {source} names the source, {stated} is its own words, {how} one of the readings below. */
    line: '{source}寫作{stated}（{how}）',
    how: {
      stated: '原文直述',
      converted: '由原文的時區換算',
      approximate: '約略',
      inferred: '由其他時間推算',
      estimated: '推定',
    },
    /** A time the source gives as "about" or "a little after", wherever it is shown. */
    about: '約 {time}',
    /** A time worked out or placed rather than stated, wherever it is shown. */
    placed: '{time}（推定）',
  },
  /** The public corrections log and the notice on each page it changed. */
  corrections: {
    title: '更正紀錄',
    intro: '本站更正過的事實，新的在前：原先寫錯了什麼、正確的是什麼、依據哪些來源。每一則更正也標示在被更正的頁面上。',
    notice: '本頁已更正',
    /** The notice in a source's entry on the sources page. */
    noticeEntry: '本條已更正',
    /** The notice's summary; {count} corrections, the latest on {date}. */
    noticeSummary: '：{count} 處，最近一次在{date}',
    see: '詳見更正說明',
    pages: '更正的頁面',
    wrong: '原先寫的',
    right: '更正為',
    sources: '依據',
    sourcesPage: '資料來源',
    /** On the sources page, before the link to the log. */
    fromSources: '本站更正過的事實、原先的寫法與更正的依據，見',
  },
  claim: { fact: '', reported: '媒體報導', rumour: '傳聞', opinion: '觀點' },
  /** Under an event's title when it is not established fact. */
  claimNote: {
    reported: '本事件來自媒體報導，未經當事人證實；出處見文末資料來源。',
    rumour: '本事件屬於傳聞，尚未證實；出處見文末資料來源。',
    opinion: '本則是評論者的觀點或調侃，並非事實陳述；出處見文末資料來源。',
  },
  person: {
    events: '參與的事件',
    roles: '角色',
    board: '董事會席位',
    fromPublicReporting: '此人身分取自公開報導；{primarySource}並未點名。',
    aliases: '其他譯名',
  },
  board: {
    chair: '主席',
    member: '董事',
    none: '—',
    notInVote: '未參與表決',
    seatAfter: '{after}的席位',
    asList: '以清單閱讀席位',
    stays: '留任',
    leaves: '離開',
    joins: '新任',
    seated: '在任',
    notSeated: '不在任',
  },
  preferences: { zone: '時間顯示為', dark: '深色' },
  toldIn: '在章節裡',
  /** The card a tap opens on a touch screen (src/components/NoteCard.astro). */
  card: {
    open: { person: '前往人物頁面', term: '前往名詞解釋', event: '前往事件頁面', source: '在文末資料來源中查看' },
    close: '關閉',
  },
  reading: { copied: '已複製連結', sectionLink: '本節連結', paragraphLink: '本段連結' },
  charts: {
    timelinePoint: '{events} 個事件依真實時間排開：轉折點已標出，點選任一記號可閱讀',
    stretch: '這段時間的 {events} 個事件',
    asList: '以清單閱讀這 {events} 個事件',
    legend: {
      main: '主線事件',
      aside: '花絮',
      hollow: '空心：媒體報導、傳聞或觀點，實心為確知的事實',
      range: '橫條：只知道日期或時段，點是估計的時間',
    },
    personTimeline: '{name}的路徑：參與的事件與各時期的角色，放在整段時間軸上',
    hours: '{hours} 小時',
    hoursAbout: '約 {hours} 小時',
    /** In the list under the strip, beside the holder's name, as the open terms' 此前起在任 / 起在任 read. */
    heldHours: '在任 {hours} 小時',
    heldHoursAbout: '在任約 {hours} 小時',
    successionPoint: '{office}在 {hours} 小時內易手 {changes} 次',
    successionBack: '，最後回到{back}手上',
    officeShort: '在任者',
    termUntil: '此前起在任，至 {when}',
    termFrom: '{when} 起在任，之後續任',
    /** {before}, {after} and {vote} are the story's words (site.yaml `words.board`), the vote filled in. */
    board: '董事會：{before} {beforeSeats} 席，{vote}；{after}改組為 {afterSeats} 席',
    tally: '{series}：報導中的數字',
    /** A tally against a whole; {whole}, {counted}, {notCounted} and {point} are the story's words (site.yaml `words.tally`). */
    letterPoint: '{series}：約 {total} 名{whole}中，{counts} 人——到{lastDay}，{point}',
    /** Between the counts of letterPoint: "743 人、747 人". */
    letterPointJoin: ' 人、',
    letterAlt: '{total} 個方格代表全體{whole}；{counted}的依序為 {counts} 人，{notCounted} {rest} 人',
    letterAdded: '{day}再增 {added} 人',
    letterRest: '{notCounted}：{rest} 人',
    source: '資料來源：',
    structure: '組織之間的關係：誰掌控誰、誰出資給誰',
    over: '逾 ',
    tallyValue: '{value} 人',
    tallyValueOf: '{value} / {total} 人',
    tallyShare: '（{share}）',
  },
  events: {
    title: '所有事件',
    intro: '{main} 個主線事件與 {asides} 則花絮，依發生的日子排列。',
    page: '第 {n} 頁',
    pages: '事件分頁',
    pageOf: '第 {n} 頁，共 {total} 頁',
    continued: '（續）',
    breadcrumb: '所在位置',
  },
  timeline: { title: '時間軸', intro: '所有事件依發生先後排列，時間以兩個時區並列。', list: '逐條列出' },
  /** A story too large to draw event by event: density bars, turning points, a page per day. */
  density: {
    point: '{events} 個事件依真實時間排開，多到無法逐一畫出：長條是每段時間的事件數，只標出轉折點；點選長條看那一天',
    bin: '{when}：{events} 個事件',
    count: '{count} 件',
    asDays: '依日期閱讀這 {events} 個事件（{days} 天）',
    day: '{date}：{events} 個事件',
    dayTitle: '{date}的事件',
    dayIntro: '這一天的 {events} 個事件，依時間先後。',
    turns: '轉折點',
    legendMain: '長條：每段時間的主線事件數',
    legendAside: '疊在上面的淺色長條：花絮數',
  },
  people: { title: '人物', intro: '這段歷史裡出現的每一個人。', others: '其他人物', everyone: '所有人物' },
  glossary: { title: '名詞解釋', order: { 'zh-hant': '外文詞在前，中文詞依注音排列。', 'zh-hans': '外文詞在前，中文詞依拼音排列。' } },
  sources: {
    title: '資料來源',
    intro: '本紀錄片依據的文章與貼文。標有 ↗ 的連結通往本站以外的原文。',
    primary: '主要依據',
    citedBy: '引用處',
    archived: '存檔副本',
    about: '來源說明',
  },
  notFound: { title: '找不到這一頁', body: '這個網址沒有對應的頁面，可能已移動或拼寫有誤。', back: '回到首頁', chapters: '或從章節讀起' },
  footer: { basedOn: '依據', corrections: '更正紀錄' },
  /** What the search code writes (sent to the browser with each page): result counts, messages, the highlight bar. */
  searchResults: {
    kinds: { chapter: '章節', event: '事件', person: '人物', term: '名詞', source: '來源' },
    all: '全部',
    count: '找到 {count} 筆結果',
    countFirst: '最相關的 {count} 筆結果',
    more: '查看全部結果',
    showMore: '顯示更多結果',
    none: '沒有找到與「{query}」相符的內容。',
    // {script} becomes a link to the same search in the other script.
    tryOther: '試試改用{script}搜尋，',
    browse: '或瀏覽',
    // Said when the index or Pagefind's runtime cannot load (offline, a host that does not serve pagefind/).
    unavailable: '搜尋暫時無法使用：搜尋索引載入失敗。',
    // Said in `npm run dev`, which builds no index.
    needsBuild: '開發模式沒有搜尋索引：搜尋需要先建置網站（npm start）。',
    instead: '可以改讀',
    // The bar on a page reached from a search result.
    highlighted: '已標示搜尋的字詞：{words}',
    clearHighlight: '清除標示',
  },
  /** The search dialog, form and page, rendered with the page. */
  searchForm: {
    open: '搜尋',
    title: '搜尋這部紀錄片',
    label: '搜尋人名、名詞或事件',
    placeholder: '人名、名詞、事件或數字',
    close: '關閉',
    filter: '只看',
    pageTitle: '搜尋',
    pageIntro: '輸入人名（中文或英文）、名詞或數字。繁體、简体都可以。',
    submit: '搜尋',
  },
} as const;

/** An event's number on its line: "主線 #02", "花絮 3". */
export const eventLabel = (event: { kind: 'main' | 'aside'; seq: number }): string =>
  fill(ui.event.label[event.kind], { seq: event.kind === 'main' ? String(event.seq).padStart(2, '0') : event.seq });

/** How long a term lasted, as firmly as its ends are known: 57.5 小時, or 約 58 小時. */
export const hoursHeld = (held: { hours: number; about: boolean }, inList = false): string =>
  fill(inList ? (held.about ? ui.charts.heldHoursAbout : ui.charts.heldHours) : held.about ? ui.charts.hoursAbout : ui.charts.hours, {
    hours: held.hours,
  });

/** A time as firmly as it is known: "約 11月17日（週五）12:30" for an approximate one, "…（推定）" for one worked out or placed. */
export const timeAsKnown = (text: string, how: TimeBasisHow | undefined): string => {
  if (how === 'approximate') return fill(ui.timeBasis.about, { time: text });
  if (how === 'inferred' || how === 'estimated') return fill(ui.timeBasis.placed, { time: text });
  return text;
};

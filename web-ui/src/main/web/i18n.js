// UI text in English and Chinese; message text is never translated. The choice is kept in localStorage.
const TEXT = {
  en: {
    brand: 'Docket', search: 'Search', help: '?', helpLabel: 'Query language help', placeholder: 'Search mail: words, "phrases", from:, order:, customer:…',
    sortRelevance: 'Best match', sortNewest: 'Newest first', sortOldest: 'Oldest first', sortLabel: 'Sort',
    helpTitle: 'Query language', helpHint: 'Click an example to put it in the search box.', close: 'Close',
    navOrders: 'Orders', navCustomers: 'Customers', langToggle: '中文', langLabel: 'Switch to Chinese',
    loading: 'Loading', results: (n, ms) => `${n.toLocaleString('en')} messages (${ms} ms)`,
    none: 'No messages match this search.', noneHint: 'Try fewer words, or remove an operator.',
    previous: '← Previous', next: 'Next →', page: (a, b, n) => `${a}–${b} of ${n}`,
    facetCustomer: 'Customer', facetOrder: 'Order', facetClause: 'Clause', facetFrom: 'From', facetYear: 'Year',
    facetFolder: 'Folder', facetHasAttachment: 'Attachment', refine: 'Refine',
    facetEstimate: 'Estimated from a sample of the matches (more than 50,000); the total and the results are exact',
    from: 'From', to: 'To', cc: 'Cc', date: 'Date', subject: 'Subject', folders: 'Seen in', orders: 'Orders',
    customers: 'Customers', senderTime: 'sender', yourTime: 'your time', utc: 'UTC',
    attachments: 'Attachments', original: 'View original', originals: 'Original (SHA-256)', thread: 'Thread',
    warnings: 'Parse warnings', back: '← Back to results', noSubject: '(no subject)', yes: 'with attachment', no: 'without attachment',
    asText: 'Text', asHtml: 'Formatted (HTML)', htmlNote: 'Formatted view: scripts, forms and remote images removed.',
    clauseStatements: 'Clause statements', inAttachment: 'in attachment',
    error: 'Something went wrong', notFound: 'Not found',
    evidenceTitle: (o) => `Order ${o}`, timeline: 'Timeline', clauseHistory: 'Clause history',
    term: 'Term', value: 'Value', proposed: 'Proposed', confirmed: 'Confirmed', statements: 'Statements',
    notConfirmed: 'not confirmed', viaThread: 'via thread', viaThreadHint: 'in the thread of the order, without naming it',
    parties: 'Parties', customerTime: 'customer', companyTime: 'company', localNow: (time) => `now ${time}`,
    exportBundle: 'Export evidence bundle', exporting: 'Preparing the bundle…', exportReady: 'Bundle ready: download',
    exportFailed: 'Could not export the bundle', noClauses: 'No clause statements for this order.',
    timeZone: 'Time zone', firstContact: 'First contact', lastContact: 'Last contact',
    messages: 'Messages', messageCount: (n) => `${n} messages`, activity: 'Messages per month', searchCustomer: 'Search this customer\'s mail',
    order: 'Order', first: 'First', last: 'Last', noOrders: 'No orders named yet.', allOrders: 'Orders', allCustomers: 'Customers',
    name: 'Name', monthMessages: (m, n) => `${m}: ${n} messages`,
    signIn: 'Sign in', signInTitle: 'Sign in to Docket', userName: 'User name', password: 'Password',
    wrongPassword: 'Wrong user name or password.', signOut: 'Sign out', signedInAs: (u, r) => `${u} (${r})`,
    navUnconfirmed: 'Unconfirmed', whatsapp: 'WhatsApp', chatAgreements: 'Agreed in chat',
    chatAgreementsHint: 'Every price, payment, quantity, delivery or Incoterm stated in WhatsApp, and the later email about the order that states the same term.',
    statusConfirmed: 'confirmed by email', statusUnconfirmed: 'not confirmed by email', status: 'Status', when: 'When', who: 'Who', chat: 'Chat',
    chatLines: (chat, lines) => `${chat} · lines ${lines}`, downloadExport: 'Download the export', asExported: 'As in the export',
    phoneTime: (zone, source) => `exporting phone's clock, read in ${zone}${source === 'given' ? '' : ', assumed'}`,
    unconfirmedTitle: 'Chat agreements not confirmed by email',
    unconfirmedHint: 'Oldest first. Each is confirmed once a later email about its order states the same term with the same value.',
    noneOpen: 'Every term agreed in chat has been confirmed by email.', openCount: (n) => `${n} open`,
    navAudit: 'Audit log', auditTitle: 'Audit log',
    auditHint: 'Every search, view, download, export, sign-in and change of users, newest first. Each entry is hash-chained to the one before it.',
    chainIntact: (n) => `Chain intact: ${n.toLocaleString('en')} entries.`, chainBroken: 'Chain broken:',
    wholeLogChecked: (when) => `Every entry checked at ${when}; newer ones at this view.`, checkWholeChain: 'Check every entry now',
    audit_actor: 'Who', audit_action: 'Action', audit_target: 'Target contains', audit_from: 'From', audit_to: 'Before',
    applyFilters: 'Filter', clearFilters: 'Clear', olderEntries: 'Older entries →', newestEntries: '← Newest entries', auditTarget: 'Target', auditClient: 'Client', auditOutcome: 'Outcome',
    noAuditEntries: 'No entries match these filters.', auditShown: (n, a, b) => `${n} entries, #${a} to #${b}`,
  },
  zh: {
    brand: 'Docket', search: '搜索', help: '？', helpLabel: '查询语法帮助', placeholder: '搜索邮件：关键词、"短语"、from:、order:、customer:…',
    sortRelevance: '最相关', sortNewest: '最新优先', sortOldest: '最早优先', sortLabel: '排序',
    helpTitle: '查询语法', helpHint: '点击示例即可填入搜索框。', close: '关闭',
    navOrders: '订单', navCustomers: '客户', langToggle: 'English', langLabel: '切换为英文',
    loading: '加载中', results: (n, ms) => `共 ${n.toLocaleString('zh-CN')} 封邮件（${ms} 毫秒）`,
    none: '没有符合条件的邮件。', noneHint: '请减少关键词，或去掉某个运算符。',
    previous: '← 上一页', next: '下一页 →', page: (a, b, n) => `第 ${a}–${b} 封，共 ${n} 封`,
    facetCustomer: '客户', facetOrder: '订单', facetClause: '条款', facetFrom: '发件人', facetYear: '年份',
    facetFolder: '文件夹', facetHasAttachment: '附件', refine: '筛选',
    facetEstimate: '匹配超过 50,000 封，按抽样估算；总数和结果是精确的',
    from: '发件人', to: '收件人', cc: '抄送', date: '日期', subject: '主题', folders: '所在文件夹', orders: '订单',
    customers: '客户', senderTime: '发件人当地', yourTime: '本地时间', utc: 'UTC',
    attachments: '附件', original: '查看原始邮件', originals: '原始邮件 (SHA-256)', thread: '会话',
    warnings: '解析警告', back: '← 返回结果', noSubject: '（无主题）', yes: '有附件', no: '无附件',
    asText: '纯文本', asHtml: '格式化 (HTML)', htmlNote: '格式化视图：已移除脚本、表单和远程图片。',
    clauseStatements: '条款陈述', inAttachment: '在附件中',
    error: '出错了', notFound: '未找到',
    evidenceTitle: (o) => `订单 ${o}`, timeline: '时间线', clauseHistory: '条款变更记录',
    term: '条款', value: '内容', proposed: '提出', confirmed: '确认', statements: '陈述次数',
    notConfirmed: '未确认', viaThread: '同一会话', viaThreadHint: '属于该订单的会话，但未提及订单号',
    parties: '相关方', customerTime: '客户当地', companyTime: '公司', localNow: (time) => `当前 ${time}`,
    exportBundle: '导出证据包', exporting: '正在生成证据包…', exportReady: '证据包已生成：下载',
    exportFailed: '无法导出证据包', noClauses: '该订单没有条款陈述。',
    timeZone: '时区', firstContact: '首次联系', lastContact: '最近联系',
    messages: '邮件数', messageCount: (n) => `${n} 封邮件`, activity: '每月邮件数', searchCustomer: '搜索该客户的邮件',
    order: '订单', first: '最早', last: '最近', noOrders: '尚无订单。', allOrders: '订单', allCustomers: '客户',
    name: '名称', monthMessages: (m, n) => `${m}：${n} 封邮件`,
    signIn: '登录', signInTitle: '登录 Docket', userName: '用户名', password: '密码',
    wrongPassword: '用户名或密码错误。', signOut: '退出', signedInAs: (u, r) => `${u}（${r}）`,
    navUnconfirmed: '待确认', whatsapp: 'WhatsApp', chatAgreements: '聊天中约定的条款',
    chatAgreementsHint: '在 WhatsApp 中提出的每项价格、付款方式、数量、交期或贸易术语，以及之后关于该订单、写明相同条款的邮件。',
    statusConfirmed: '已由邮件确认', statusUnconfirmed: '未经邮件确认', status: '状态', when: '时间', who: '发送人', chat: '聊天',
    chatLines: (chat, lines) => `${chat} · 第 ${lines} 行`, downloadExport: '下载导出文件', asExported: '导出文件中的原文',
    phoneTime: (zone, source) => `导出手机的时间，按 ${zone} 解读${source === 'given' ? '' : '，推定'}`,
    unconfirmedTitle: '未经邮件确认的聊天约定',
    unconfirmedHint: '最早的在前。之后若有关于该订单的邮件写明相同条款和内容，即视为已确认。',
    noneOpen: '聊天中约定的条款均已由邮件确认。', openCount: (n) => `${n} 项待确认`,
    navAudit: '审计日志', auditTitle: '审计日志',
    auditHint: '所有搜索、查看、下载、导出、登录及用户变更，最新的在前。每条记录都以哈希链接到前一条。',
    chainIntact: (n) => `哈希链完整：共 ${n.toLocaleString('zh-CN')} 条。`, chainBroken: '哈希链已断：',
    wholeLogChecked: (when) => `全部记录已于 ${when} 校验；之后的记录在本次查看时校验。`, checkWholeChain: '立即校验全部记录',
    audit_actor: '操作人', audit_action: '操作', audit_target: '对象包含', audit_from: '起始', audit_to: '截止（不含）',
    applyFilters: '筛选', clearFilters: '清除', olderEntries: '更早的记录 →', newestEntries: '← 最新记录', auditTarget: '对象', auditClient: '客户端', auditOutcome: '结果',
    noAuditEntries: '没有符合筛选条件的记录。', auditShown: (n, a, b) => `共 ${n} 条，#${a} 至 #${b}`,
  },
};

// Clause types as the extractor names them (indexer ClauseType), in the UI language.
const CLAUSES = {
  en: { payment: 'Payment', incoterm: 'Incoterm', delivery: 'Delivery', price: 'Price', quantity: 'Quantity', quality: 'Quality',
    claim: 'Claim', cancellation: 'Cancellation', packaging: 'Packaging' },
  zh: { payment: '付款方式', incoterm: '贸易术语', delivery: '交期', price: '价格', quantity: '数量', quality: '质量',
    claim: '索赔', cancellation: '取消', packaging: '包装' },
};

export const OPERATORS = [
  ['hans "payment terms"', { en: 'words and exact phrases, anywhere', zh: '关键词和精确短语' }],
  ['from:mueller-gmbh.de', { en: 'sender: address, name or whole domain (also to: cc:)', zh: '发件人：地址、姓名或整个域名（另有 to: cc:）' }],
  ['subject:quotation body:交期', { en: 'only in the subject / the text', zh: '仅在主题 / 正文中' }],
  ['attachment:PI-2024-0588 filename:invoice', { en: 'text inside attachments / attachment names', zh: '附件内容 / 附件文件名' }],
  ['order:HD-2024-0117', { en: 'mail naming an order, in any spelling (HD20240117…)', zh: '提及某订单的邮件，任何写法均可' }],
  ['customer:muller-gmbh clause:payment', { en: 'a customer\'s mail; statements of a clause type', zh: '某客户的邮件；含某类条款的邮件' }],
  ['has:attachment folder:Sent lang:de', { en: 'with attachments, seen in a folder, in a language', zh: '有附件、所在文件夹、语言' }],
  ['after:2024-03-01 before:2024-04-01', { en: 'dates (the sender\'s day)', zh: '日期范围（按发件人当地日期）' }],
  ['date:2024-03..2024-05', { en: 'a month, a year or a range of them', zh: '某月、某年或其范围' }],
  ['(CIF OR FOB) -draft', { en: 'OR, NOT (or a leading -), parentheses; AND is implicit', zh: 'OR、NOT（或前缀 -）、括号；默认 AND' }],
  ['spam*  thread:ID  id:MESSAGE-ID', { en: 'prefix, a whole thread, one message', zh: '前缀、整个会话、单封邮件' }],
  ['source:whatsapp', { en: 'where it came from: email, or a WhatsApp export', zh: '来源：邮件或 WhatsApp 聊天导出' }],
];

let lang = initialLang();

function initialLang() {
  const saved = localStorage.getItem('docket.lang');
  if (saved === 'en' || saved === 'zh') return saved;
  return navigator.language && navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

export function currentLang() {
  return lang;
}

export function setLang(value) {
  lang = value === 'zh' ? 'zh' : 'en';
  localStorage.setItem('docket.lang', lang);
}

/** The UI text for a key; function entries take arguments (counts, names). */
export function t(key, ...args) {
  const v = TEXT[lang][key];
  if (v === undefined) return key;
  return typeof v === 'function' ? v(...args) : v;
}

export function clauseLabel(type) {
  return CLAUSES[lang][type] || type;
}

/** BCP 47 tag for dates and numbers in the UI language. */
export function locale() {
  return lang === 'zh' ? 'zh-CN' : 'en-GB';
}

// UI text in English and Chinese; message text is never translated.
export const TEXT = {
  en: {
    brand: 'Docket', search: 'Search', help: '?', placeholder: 'Search mail: words, "phrases", from:, subject:, order numbers…',
    sortRelevance: 'Best match', sortNewest: 'Newest first', sortOldest: 'Oldest first', helpTitle: 'Query language',
    loading: 'Searching', results: (n, ms) => `${n.toLocaleString()} messages (${ms} ms)`, none: 'No messages match this search.',
    previous: '← Previous', next: 'Next →', page: (a, b, n) => `${a}–${b} of ${n}`,
    facetFrom: 'From', facetYear: 'Year', facetFolder: 'Folder', facetHasAttachment: 'Attachment',
    from: 'From', to: 'To', cc: 'Cc', date: 'Date', utc: 'UTC', subject: 'Subject', folders: 'Seen in',
    attachments: 'Attachments', original: 'View original', originals: 'Originals (SHA-256)', thread: 'Thread',
    warnings: 'Parse warnings', back: '← Back to results', noSubject: '(no subject)', yes: 'yes', no: 'no',
    error: 'Something went wrong', notFound: 'Not found',
  },
  zh: {
    brand: 'Docket', search: '搜索', help: '？', placeholder: '搜索邮件：关键词、"短语"、from:、subject:、订单号…',
    sortRelevance: '最相关', sortNewest: '最新优先', sortOldest: '最早优先', helpTitle: '查询语法',
    loading: '搜索中', results: (n, ms) => `共 ${n.toLocaleString()} 封邮件（${ms} 毫秒）`, none: '没有符合条件的邮件。',
    previous: '← 上一页', next: '下一页 →', page: (a, b, n) => `第 ${a}–${b} 封，共 ${n} 封`,
    facetFrom: '发件人', facetYear: '年份', facetFolder: '文件夹', facetHasAttachment: '附件',
    from: '发件人', to: '收件人', cc: '抄送', date: '日期', utc: 'UTC', subject: '主题', folders: '所在文件夹',
    attachments: '附件', original: '查看原始邮件', originals: '原始邮件 (SHA-256)', thread: '会话',
    warnings: '解析警告', back: '← 返回结果', noSubject: '（无主题）', yes: '有', no: '无',
    error: '出错了', notFound: '未找到',
  },
};

export const OPERATORS = [
  ['hans "payment terms"', { en: 'words and exact phrases, anywhere', zh: '关键词和精确短语' }],
  ['from:mueller-gmbh.de', { en: 'sender: address, name or whole domain (also to: cc: bcc:)', zh: '发件人：地址、姓名或整个域名（另有 to: cc: bcc:）' }],
  ['subject:quotation body:交期', { en: 'only in the subject / the text', zh: '仅在主题 / 正文中' }],
  ['attachment:PI-2024-0588 filename:invoice', { en: 'text inside attachments / attachment names', zh: '附件内容 / 附件文件名' }],
  ['has:attachment folder:Sent lang:de', { en: 'with attachments, seen in a folder, in a language', zh: '有附件、所在文件夹、语言' }],
  ['after:2024-03-01 before:2024-04-01 date:2024-03', { en: 'dates (sender\'s day)', zh: '日期范围' }],
  ['(CIF OR FOB) -draft', { en: 'OR, NOT (or leading -), parentheses; AND is implicit', zh: 'OR、NOT（或前缀 -）、括号；默认 AND' }],
  ['spam*  thread:ID  id:MESSAGE-ID', { en: 'prefix, a whole thread, one message', zh: '前缀、整个会话、单封邮件' }],
];

export function currentLang() {
  const saved = localStorage.getItem('docket.lang');
  if (saved === 'en' || saved === 'zh') return saved;
  return navigator.language && navigator.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

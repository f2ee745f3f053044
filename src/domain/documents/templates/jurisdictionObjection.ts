/**
 * 异议书（对管辖权提出异议用）：最高人民法院《民事诉讼文书样式》(2016) 当事人参考样式的结构 [S]：
 * 异议人、请求事项「将……一案移送……人民法院管辖」、事实和理由、此致、签名、日期。
 * The 2016 notes cite the old 第一百二十七条; the current number is 民事诉讼法第一百三十条 (checked
 * against the 2023 text). Reasons, each checked against the law text:
 * - 解释第三十一条: a jurisdiction clause in a business's standard terms that the consumer was not
 *   reasonably alerted to is void on the consumer's request;
 * - 民事诉讼法第三十五条: an agreed court must have a real connection to the dispute;
 * - 民事诉讼法第二十二条第一款: the defendant's domicile, or the habitual residence where they differ (解释第四条:
 *   lived there for a year or more); 第二十四条: or the place of performance — for money, 解释第十八条第二款 makes
 *   that the receiving party's (the lender's) place, so the objection must also say the court is not there;
 * - 互联网法院规定第二条第三项: an internet court hears only its own city's online loan cases.
 * Whether any of this holds in the case is asked on the page first (jurisdiction.ts): the objection is optional.
 */
import { defineTemplate } from '../template'

export const jurisdictionReasons = ['standard_clause_not_alerted', 'no_real_connection', 'defendant_domicile', 'habitual_residence', 'not_place_of_performance', 'internet_court_scope'] as const
export type JurisdictionReason = (typeof jurisdictionReasons)[number]

export const jurisdictionObjectionTemplate = defineTemplate('jurisdiction_objection', { reasons: 'choices', reasonText: 'text', targetCourt: 'text' }, (s) => [
  { kind: 'title', text: '异议书', subtitle: '（对管辖权提出异议）' },
  { kind: 'party', role: '异议人（被告）' },
  { kind: 'paragraph', indent: false, text: ['被异议人（原告）：', s.text('plaintiff'), '。'] },
  { kind: 'heading', text: '请求事项' },
  { kind: 'paragraph', text: ['将', s.text('court'), s.text('caseNumber'), '原告', s.text('plaintiff'), '与被告', s.text('name'), s.text('caseType'), '一案移送', s.text('targetCourt'), '管辖。'] },
  { kind: 'heading', text: '事实和理由' },
  { kind: 'paragraph', text: [s.text('court'), '受理的', s.text('caseNumber'), '原告', s.text('plaintiff'), '诉异议人', s.text('caseType'), '一案，异议人于', s.date('servedOn'), '收到起诉状副本。异议人认为', s.text('court'), '对本案没有管辖权，理由如下：'] },
  { kind: 'chosen', slot: s.key('reasons'), options: {
    standard_clause_not_alerted: ['原告据以确定管辖的约定，是原告预先拟定、重复使用的格式条款，原告订立合同时未采取合理方式提请异议人注意该管辖约定。根据《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第三十一条的规定，该管辖协议无效。'],
    no_real_connection: ['约定的法院所在地与本案争议没有实际联系，不符合《中华人民共和国民事诉讼法》第三十五条关于协议管辖应当选择与争议有实际联系的地点的人民法院的规定。'],
    defendant_domicile: ['异议人的住所地（户籍所在地）在', s.text('address'), '，不在', s.text('court'), '辖区。依照《中华人民共和国民事诉讼法》第二十二条第一款、第二十四条的规定，本案应由被告住所地人民法院管辖。'],
    habitual_residence: ['异议人离开住所地后，已在', s.text('habitualResidence'), '连续居住一年以上，该地为异议人的经常居住地（《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第四条），不在', s.text('court'), '辖区。依照《中华人民共和国民事诉讼法》第二十二条第一款的规定，被告住所地与经常居住地不一致的，由经常居住地人民法院管辖。'],
    not_place_of_performance: ['原告住所地不在', s.text('court'), '辖区。本案争议标的为给付货币，依照《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》第十八条第二款，接收货币一方所在地为合同履行地，', s.text('court'), '亦不是合同履行地人民法院。'],
    internet_court_scope: ['原告住所地、异议人住所地和经常居住地均不在', s.text('court'), '所在市辖区，本案不属于《最高人民法院关于互联网法院审理案件若干问题的规定》第二条规定的由', s.text('court'), '集中管辖的案件。'],
  } },
  { kind: 'freeText', slot: s.key('reasonText') },
  { kind: 'paragraph', text: ['异议人在提交答辩状期间提出管辖权异议。根据《中华人民共和国民事诉讼法》第一百三十条第一款的规定，请求贵院依法审查，裁定将本案移送', s.text('targetCourt'), '管辖。'] },
  { kind: 'addressee', lead: '此致', slot: s.key('court') },
  { kind: 'signature', role: '异议人（签名）' },
])

/**
 * 答辩之后的文书（issue 21）的说明：交到哪里、交几份、期限；上诉费；生成之前先说清楚的事；质证意见里三性的意思和
 * 常见的、诚实的质证理由。条文原文在 legalTextsAfterAnswer.ts。
 */
import type { ExhibitAspect, ExhibitStance, CommonExhibit } from '@/domain/documents/afterAnswer/exhibits'
import type { FilingPlace, WarningCode } from '@/domain/documents/afterAnswer/filing'
import { daysLeftText, fullDate } from './dates'

export const filingText = {
  title: '交到哪里、交几份',
  place: {
    trial_court: '交给审理本案的法院（立案庭、承办法官或诉讼服务平台）。',
    original_court: '交给作出一审判决的法院（原审法院），由它转交上一级法院；不要直接寄给上一级法院（民事诉讼法第一百七十三条）。',
    enforcement_court: '交给负责执行的法院（执行通知书上的法院，一般是一审法院）。',
  } satisfies Record<FilingPlace, string>,
  copies: (copies: number) => (copies > 1 ? `打印 ${copies} 份：1 份交法院，另外 ${copies - 1} 份是给对方当事人的副本。每份都要签名。` : '打印 1 份，签名后交。'),
  deadline: (date: string, daysLeft: number) => `最晚 ${fullDate(date)} 交 · ${daysLeftText(daysLeft)}`,
  noDeadline: '没有法定的期限，情况出现后尽早交。',
}

export const appealFeeText = {
  title: '上诉费',
  amount: (fee: string, appealed: string) => `约 ${fee} 元：按你不服的金额 ${appealed} 元，用诉讼费用交纳办法第十三条的分段标准计算（第十七条），二审不减半。`,
  unknown: '填上“不服的金额”后，这里算出上诉费。',
  pay: '递交上诉状时预交；上诉期内没交的，法院会通知你 7 日内交，逾期不交按自动撤回上诉处理（诉讼费用交纳办法第二十二条第二款，解释第三百一十八条）。',
  relief: '确实交不起的，可以同时交“申请缓交、减交或者免交诉讼费用”的申请书。',
  list: (fee: string) => `上诉费约 ${fee} 元（按不服的金额计算，二审不减半）`,
}

export const warningTitle = '生成之前请确认'
export const warningText: Record<WarningCode, string> = {
  admission: '你对某些证据选了“认可”。交上去就是承认了这一点，对方不用再证明（证据规定第三条）；以后只有对方同意，或者能证明是受胁迫、重大误解作出的，才能撤回（证据规定第九条）。拿不准的，改成“无法确认”。',
  absence_is_default: '同意在线开庭后，除网络故障、设备损坏、停电、不可抗力外，不参加在线庭审就视为拒不到庭，可以缺席判决（在线诉讼规则第二十五条，民事诉讼法第一百四十七条）。请提前准备好手机或电脑、身份证和安静的房间。',
  paying_loses_objection: '在法院审查异议之前，不要先还钱：已经还了的部分，事后不能以不知道时效已过为由要回来（解释第四百八十一条第二款）。',
  interruption_must_be_true: '你勾选了“这两年里原告没找我要过钱，我也没答应还、没还过”。只有确实如此才能这样写：原告拿出催收短信、电话记录或你的还款记录，异议就不成立，还可能被认为不诚信（民事诉讼法第十三条）。',
  limitation_first_instance_only: '只有一审时已经提出过诉讼时效抗辩，才能以此上诉；一审没提的，二审一般不再支持，除非有新的证据（诉讼时效规定第三条）。',
}

export const exhibitText = {
  title: '原告的证据（照证据目录逐份写）',
  lead: '开庭时法官会逐份问你：这份证据是不是真的、合不合法、和案子有没有关系。照原告交的“证据目录”的名称和顺序添加，逐项选意见。',
  aspects: {
    authenticity: { name: '真实性', meaning: '这份证据是不是真的：是不是原件，有没有被改过，电子数据是不是当时原样保存的。' },
    legality: { name: '合法性', meaning: '证据的来源、取得方式和形式是否合法。' },
    relevance: { name: '关联性', meaning: '它和原告要证明的事实有没有关系，能不能证明原告说的那件事。' },
  } satisfies Record<ExhibitAspect, { name: string; meaning: string }>,
  stances: { accept: '认可', reject: '不认可', unsure: '无法确认' } satisfies Record<ExhibitStance, string>,
  stanceHelp: '“认可”就是承认，以后一般不能反悔；拿不准、看不到原件的，选“无法确认”，请原告出示原件或原始数据。明知是真的，不要说不认可。',
  addCommon: '从常见证据里添加：',
  addOther: '添加其他证据',
  remove: '删除这份证据',
  name: '证据名称（照证据目录写）',
  purpose: '原告说它证明什么（可不填）',
  reason: '理由（可不填）',
  opinion: '对原告证明目的的意见（可不填）',
  opinionPlaceholder: '例如：不能证明原告主张的欠款数额',
  suggestion: '常见的理由，点一下填入：',
  unnamed: '（还没写名称）',
  empty: '还没有添加证据。点上面的按钮添加。',
  common: {
    loan_contract: '借款合同（电子协议）',
    disbursement: '放款凭证（借款发放记录）',
    repayment_ledger: '还款明细（借款及还款记录）',
    collection_records: '催收记录',
    assignment_notice: '债权转让通知',
    id_verification: '身份信息、实名认证记录',
    plaintiff_license: '原告营业执照、金融许可证',
    calculation: '欠款计算表',
  } satisfies Record<CommonExhibit, string>,
}

/** Honest objections people in these cases commonly have, per exhibit and aspect (tap to fill the reason). */
export const exhibitSuggestions: Partial<Record<CommonExhibit, Partial<Record<ExhibitAspect, string>>>> = {
  loan_contract: {
    authenticity: '这是原告单方提供的电子协议打印件，没有签署时的版本记录、电子签名验证和存证信息，无法确认是被告当时确认的版本，请原告提供原始电子数据核对（证据规定第九十三条）。',
  },
  disbursement: {
    relevance: '放款凭证只能证明款项从原告账户转出，实际到账金额应以被告收款账户的记录为准；预先扣除的利息、费用不应计入本金（民法典第六百七十条）。',
  },
  repayment_ledger: {
    authenticity: '该明细由原告单方制作，没有原始交易凭证印证，被告对其中的还款记录和计息方式不予认可，请原告提供完整的还款流水。',
  },
  collection_records: {
    authenticity: '催收记录由原告单方制作，不能证明相关催收已经到达被告。',
  },
  assignment_notice: {
    authenticity: '被告从未收到该债权转让通知，原告没有提供通知已经到达被告的证据。',
    relevance: '通知到达前，债权转让对被告不发生效力（民法典第五百四十六条第一款）。',
  },
  calculation: {
    relevance: '计算表由原告单方制作，只是原告的主张，不是独立的证据；被告对其中利息、罚息、费用的计算标准不予认可。',
  },
}

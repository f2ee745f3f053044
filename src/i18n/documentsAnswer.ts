/**
 * 要素式答辩状每一项下面的一句话：这一项问的是什么、选“无异议”意味着什么。写给没有律师的人：
 * 勾“无异议”就是承认原告的说法（自认，民事诉讼证据规定第三条），写进答辩状后很难撤回（同规定第九条）；
 * 拿不准的选“不确定”，印在表格上是「有异议」加「不能确认，请原告举证证明」（民诉法解释第九十条）。
 */
import type { RepaymentsReflected } from '@/domain/documents/answerPrefill'

const SECURITY = '问抵押、保证等担保的情况。网贷一般没有担保，没有的可以不填。'

/** Keyed by item id (the same id means the same question across forms). */
export const answerItemHelp: Record<string, string> = {
  principal: '问你认不认原告说的本金数额。选“无异议”就是承认这个数，法院可以直接按它判。',
  interest: '问你认不认原告要的利息、复利、罚息。选“无异议”就是承认这些都该付、数额也对。',
  premium: '问你认不认原告要的保险费、违约金等。选“无异议”就是承认这些都该付。',
  acceleration: '问你同不同意原告要求马上还清全部欠款或解除合同。选“无异议”就是同意。',
  securityClaims: SECURITY,
  costs: '问你认不认原告要你付的律师费、保全费等。选“无异议”就是同意付。',
  courtFees: '问诉讼费由谁负担。选“无异议”就是同意原告说的负担方式。',
  otherClaims: '问原告其他的请求（违约金、服务费等）。选“无异议”就是同意付。',
  total: '问你认不认原告要的总数。上面只要有一项你不认，这里也应该选“有异议”。',
  contract: '问合同的名称、编号、签订时间和地点。没见过合同或对不上的，选“有异议”或“不确定”。',
  parties: '问合同是不是你和原告签的。',
  loanAmount: '问借款金额。实际到手的钱比合同写的少，选“有异议”。',
  loanTerm: '问借了多久、什么时候到期。',
  rate: '问合同约定的利率。',
  disbursement: '问钱是哪一天、打了多少给你。',
  repaymentMethod: '问怎么还（每月等额还、到期一次还等）。',
  repayments: '问你还过多少。起诉状没有扣除你的还款，选“有异议”。',
  overdue: '问你有没有逾期、逾期了多少。',
  realSecurity: SECURITY, securityProviders: SECURITY, maxMortgage: SECURITY, registration: SECURITY,
  guaranteeContract: SECURITY, guaranteeMode: SECURITY, otherSecurity: SECURITY,
  exemption: '问你有没有不用还或少还的理由，例如过了诉讼时效。写在这里，法院才会审。',
  cardIssued: '问你办卡的情况（什么时候、怎么办的）。',
  cardTerms: '问信用卡合约里利息、费用等主要约定。',
  disclosure: '问原告当初有没有提醒你、向你解释利息和费用条款。没有或不记得的，选“有异议”或“不确定”，由原告举证。',
  repaid: '问你已经还了多少。',
  overdueAmount: '问你还欠多少没还。选“无异议”就是承认这个数。',
  collection: '问原告有没有通知、催收过你。没有就选“有异议”；收到过的催收会让诉讼时效重新计算。',
  policySigned: '问保证保险合同是怎么签的。',
  policyTerms: '问保证保险合同的主要约定（保险费、赔付后追偿等）。',
  loanTerms: '问你和借款机构的借款合同的主要约定。',
  performance: '问保险公司是不是、什么时候、赔了多少给借款机构。选“无异议”就是承认它已经赔付。',
  recourse: '问原告向你追讨的经过。',
  basis: '写你的理由依据的合同条款和法律条文。',
  otherNotes: '上面没写到、你想让法官知道的，写在这里。',
  evidence: '你要交的证据，一项一行，写明想证明什么。',
}

export const answerText = {
  meaning: '“无异议”＝承认原告的说法（自认），法院可以直接认定（民事诉讼证据规定第三条），以后很难反悔（民事诉讼证据规定第九条）；“有异议”＝不认，写明理由；“不确定”＝不承认也不否认，表格上印成“有异议”加“不能确认，请原告举证证明”，由原告拿证据（民诉法解释第九十条）。在庭上法官问到时也要说清楚，含糊不答可能被当作承认（民事诉讼证据规定第四条）。',
  /** 金额项的“无异议”下面一行，点开是“自认”的解释 */
  agreeIsAdmission: '选“无异议”就是自认',
  unsurePrinted: '印在表格上：有异议☑，事实和理由：答辩人对此项不能确认，请原告举证证明。',
  confirmTitle: '确认选“无异议”？',
  confirmContent: (heading: string) => `选“无异议”，就是承认原告在“${heading}”上的说法。写进答辩状后，法院可以直接按它认定，以后很难反悔。没有逐项核对过的，请点“再想想”，改选“不确定”。`,
  /** WeChat's showModal takes at most 4 characters per button (a longer one makes the modal fail). */
  confirmYes: '无异议',
  confirmNo: '再想想',
  repaymentsQuestion: '起诉状算欠款时，扣除了你的这些还款吗？',
  repaymentsHint: '对照起诉状里写的“已还款”或欠款明细。扣了，就不必选“有异议”。',
  repaymentsReflected: { yes: '扣了，和我的记录对得上', no: '没扣，或扣得不够', unsure: '看不出来' } satisfies Record<RepaymentsReflected, string>,
  limitationPrefilled: '这里预填了诉讼时效抗辩。它要在一审提出，二审再提一般不予支持（诉讼时效规定第三条）。不想提出的，点“清空这一项”。',
  clear: '清空这一项',
  formBasedOn: (caseType: string, baseType: string) =>
    `法院的要素式答辩状里，我们没有找到能核实的“${caseType}”专用表格。这里用最接近的《民事答辩状（${baseType}）》的项目，表头和“案由”一栏写“${caseType}”。法院发了专用表格的，以法院的为准。`,
}

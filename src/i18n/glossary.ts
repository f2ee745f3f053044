/**
 * 法律用语小词典（issue 20）：页面上出现这些词的地方可以点，点开是一句白话解释。
 * 只被分包里的页面引用（经 components/TermText），不进主包。每条的依据写在旁边的注释里，
 * 依据的事实见 shared/context/legal-rules.md；解释只说条文确实说了的，不多承诺。
 */

export type GlossaryEntry = {
  /** 页面文字里要认出的写法，长的在前（“一年期贷款市场报价利率”先于“LPR”）。 */
  forms: readonly string[]
  /** 一句白话。 */
  plain: string
}

export const glossaryTerms = [
  'jurisdiction_level', 'jurisdiction_exclusive', 'jurisdiction_agreed', 'fafa_2017_22', 'irr', 'nominal_rate', 'annual_rate', 'lpr',
  'admission', 'limitation', 'jurisdiction_objection', 'evidence_period', 'answer_period', 'small_claims', 'simple_procedure',
  'payment_order', 'retrial', 'enforcement', 'dishonest_debtor', 'consumption_restriction',
] as const
export type GlossaryTerm = (typeof glossaryTerms)[number]

export const glossary: Record<GlossaryTerm, GlossaryEntry> = {
  // 民事诉讼法第十八条至第二十一条：基层法院管辖第一审民事案件，本法另有规定的除外。
  jurisdiction_level: { forms: ['级别管辖'], plain: '按案件的大小和性质，决定由基层法院还是更高一级的法院审第一审；网贷、信用卡欠款案一般由基层法院审。' },
  // 民事诉讼法第三十四条：不动产纠纷、港口作业纠纷、继承遗产纠纷。
  jurisdiction_exclusive: { forms: ['专属管辖'], plain: '法律规定只能由某个地方的法院审的几类案件（比如房屋土地纠纷归不动产所在地法院），双方不能约定改变；借钱还钱的案件不属于这一类。' },
  // 民事诉讼法第三十五条。
  jurisdiction_agreed: { forms: ['协议管辖'], plain: '合同里书面约定由哪个法院审：只能选被告住所地、合同履行地、签订地、原告住所地等和争议有实际联系的地方，而且不能违反级别管辖和专属管辖。' },
  // 《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第二条 [M：原文未核实]。
  fafa_2017_22: { forms: ['法发〔2017〕22号'], plain: '最高人民法院2017年《关于进一步加强金融审判工作的若干意见》的文号：它说金融借款的利息、复利、罚息、违约金和其他费用加起来超过年利率24%的部分，借款人可以请求调减。' },
  // 中国人民银行公告〔2021〕第3号（贷款年化利率的计算方法）。
  irr: { forms: ['内部收益率法', '内部收益率', 'IRR'], plain: '一种算年化利率的方法：把你拿到的钱和还出去的钱按时间折算，求出相当于每年多少利息；它按复利算，欠得越久算出来越低，所以不用它判断是否超过上限。' },
  // 见 claimResults.nominalFormula：名义年利率 = 12 × 月利率。
  nominal_rate: { forms: ['名义年利率'], plain: '按月利率乘以 12 得到的年利率（不把利滚利算进去），比按复利折算的实际年利率低一点。' },
  annual_rate: { forms: ['年化利率'], plain: '把利息和各种费用折算成“每年相当于本金的百分之几”，这样不同期限、不同收费方式的借款才能互相比较、和上限比较。' },
  // 一年期 LPR 由全国银行间同业拆借中心每月公布（2019年8月20日起）；民间借贷规定第二十五条：上限为合同成立时一年期 LPR 的四倍。
  lpr: { forms: ['一年期贷款市场报价利率', '贷款市场报价利率', 'LPR'], plain: '一年期贷款市场报价利率（LPR）由全国银行间同业拆借中心每月公布；个人之间等民间借贷的利率，不能超过合同成立时这个利率的四倍。' },
  // 民诉法解释第九十二条；撤回：证据规定第九条（对方同意，或受胁迫、重大误解）。
  admission: { forms: ['自认'], plain: '在答辩状里或庭上明确承认对自己不利的事实（比如欠款金额），对方就不用再拿证据证明；以后想反悔，除非对方同意或者能证明是被胁迫、重大误解，否则不行。' },
  // 民法典第一百八十八条、第一百九十三条、第一百九十五条；诉讼时效规定第三条。
  limitation: { forms: ['诉讼时效'], plain: '向法院要求对方还钱的期限，一般是三年；催收到达你、你答应还款都会让它重新算，过了时效要你自己在一审时提出，法院不会主动替你提。' },
  // 民事诉讼法第一百三十条。
  jurisdiction_objection: { forms: ['管辖权异议', '管辖异议'], plain: '认为案件不该由这个法院审时向法院提出的意见，要在答辩期内提；没提又就案件内容答辩了，就视为同意由这个法院审。' },
  // 民事诉讼法第六十八条；民诉法解释第一百条、第一百零二条。
  evidence_period: { forms: ['举证期限'], plain: '法院定的交证据的最后期限；过了再交，法院可能不采纳或者训诫、罚款，来不及就在期满前书面申请延长。' },
  // 民事诉讼法第一百二十八条；简易程序、小额诉讼可以更短（解释第二百六十六条、第二百七十五条）。
  answer_period: { forms: ['答辩期'], plain: '收到起诉状副本后交答辩状的期间，普通程序是 15 日，简易程序和小额诉讼可能更短；不交不影响法院审理，交了法官能提前看到你的理由。' },
  // 民事诉讼法第一百六十五条。
  small_claims: { forms: ['小额诉讼'], plain: '金额在本省上年度就业人员年平均工资一半以下的简单金钱案件用的程序：一审终审，判决送达就生效，不能上诉。' },
  // 民事诉讼法第一百六十条；诉讼费用交纳办法第十六条。
  simple_procedure: { forms: ['简易程序'], plain: '基层法院审理事实清楚、争议不大的简单案件用的程序，一般由一名法官审理、期限更短，案件受理费减半。' },
  // 民事诉讼法第二百二十五条、第二百二十七条；解释第四百三十六条（口头异议无效）。
  payment_order: { forms: ['支付令'], plain: '法院根据对方申请、不开庭就发出的还钱命令：收到后 15 日内不还钱、也不向法院交书面异议，对方就可以申请强制执行。' },
  // 民事诉讼法第二百一十条（向哪个法院；申请再审不停止执行）、第二百一十一条（法定事由）、第二百一十六条（6 个月）。
  retrial: { forms: ['再审'], plain: '判决生效后，有法律规定的理由（比如有新证据、没有传票就缺席判决）时请求法院重新审理；一般要在生效后 6 个月内申请，申请了也不停止执行。' },
  // 民事诉讼法第二百四十七条（申请执行）；执行措施：第二十一章（第二百五十三条起，存款、收入、财产）。
  enforcement: { forms: ['强制执行'], plain: '判决或支付令生效后没有按期还钱，对方可以申请法院查询、冻结、划拨存款，扣留收入，查封、拍卖财产。' },
  // 失信被执行人规定第一条、第二条（2017 年修正）。
  dishonest_debtor: { forms: ['失信被执行人', '失信名单'], plain: '有能力还却拒不履行判决，或者妨碍执行、转移财产、违反限制消费令等的被执行人，会被列入名单公布并受到惩戒；确实没有能力还、也没有这些行为的，不应当被列入。' },
  // 限制高消费规定第一条、第三条、第九条。
  consumption_restriction: { forms: ['限制消费', '限制高消费'], plain: '被执行人没有按执行通知还钱时，法院可以限制他坐飞机、坐高铁、住星级宾馆、买房等高消费；还清了法院应当解除，提供有效担保或对方同意的也可以申请解除。' },
}

export const glossaryText = {
  /** 读屏念的名字：词本身在前（和看到的字一致），再说能做什么 */
  name: (term: string, open: boolean) => `${term}，${open ? '收起解释' : '点按看解释'}`,
}

export type TermPart = { text: string; term?: GlossaryTerm }

const FORMS: readonly (readonly [string, GlossaryTerm])[] = glossaryTerms
  .flatMap((term) => glossary[term].forms.map((form) => [form, term] as const))
  .sort((a, b) => b[0].length - a[0].length)

/**
 * 把一段文字切成普通文字和可以点的法律用语（每个词只在第一次出现时可点，免得一段里满是下划线）。
 * 拼起来就是原文。`terms` 限定只认哪些词。
 * @example splitTerms('答辩期内可以提管辖权异议') // [{ text: '答辩期', term: 'answer_period' }, { text: '内可以提' }, { text: '管辖权异议', term: 'jurisdiction_objection' }]
 */
export function splitTerms(text: string, terms?: readonly GlossaryTerm[]): TermPart[] {
  const parts: TermPart[] = []
  const used = new Set<GlossaryTerm>()
  let plain = ''
  for (let i = 0; i < text.length;) {
    const hit = FORMS.find(([form, term]) => !used.has(term) && (!terms || terms.includes(term)) && text.startsWith(form, i))
    if (!hit) { plain += text[i]; i++; continue }
    if (plain) parts.push({ text: plain })
    plain = ''
    parts.push({ text: hit[0], term: hit[1] })
    used.add(hit[1])
    i += hit[0].length
  }
  if (plain) parts.push({ text: plain })
  return parts
}

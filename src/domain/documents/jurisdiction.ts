/**
 * 管辖权异议有没有用：一句实话。网贷案件里，出借方常常在它自己所在地（合同履行地）或合同约定的法院起诉，
 * 这时只说「我住的地方不在这里」的异议一般不会成立。Rules, each read in the law text (LawRefBook/Laws):
 * - 民事诉讼法第二十二条第一款：被告住所地；住所地与经常居住地不一致的，由经常居住地人民法院管辖；
 *   民诉法解释第四条：经常居住地 = 离开住所地至起诉时已连续居住一年以上的地方（住院就医的地方除外）；
 * - 民事诉讼法第二十四条：合同纠纷由被告住所地或者合同履行地人民法院管辖；民诉法解释第十八条第二款：
 *   没有约定履行地点、争议标的为给付货币的，接收货币一方所在地为合同履行地；
 * - 民事诉讼法第三十五条：可以书面协议选择与争议有实际联系的地点的法院；民诉法解释第三十一条：经营者用格式
 *   条款与消费者订立管辖协议，未采取合理方式提请注意，消费者主张无效的，应予支持；
 * - 互联网法院规定（2018）第二条第三项：北京、广州、杭州互联网法院集中管辖所在市辖区内应由基层法院受理的、
 *   签订和履行都在网上完成的金融借款、小额借款合同纠纷。
 * The objection is never the default first step: the answer is (catalogue.ts).
 */
export type Tri = 'yes' | 'no' | 'unsure'
export type AgreedCourt = 'this_court' | 'other_court' | 'none' | 'unsure'

export type JurisdictionFacts = {
  /** 受理法院在不在你现在实际居住的地方（经常居住地；没有的话是户籍地）. */
  courtAtHome?: Tri
  /** 受理法院在不在原告（出借方）住所地；互联网法院：原告住所地在不在那个市. */
  courtAtLenderSeat?: Tri
  /** 合同里有没有约定由哪个法院管辖. */
  agreedCourt?: AgreedCourt
  /** 借款时有没有特别提醒你注意这条管辖约定. */
  clauseAlerted?: Tri
  /** The user lives elsewhere than the 户籍地 (the party form's 经常居住地 is filled). */
  hasHabitualResidence: boolean
  internetCourt: boolean
}

/** none: the court is where you live; low: it has jurisdiction another way; unclear: answer the questions; real: worth filing. */
export type JurisdictionChance = 'none' | 'low' | 'unclear' | 'real'
export type JurisdictionReasonCode =
  | 'court_at_home' | 'lender_seat' | 'internet_court_lender_city' | 'agreed_court_alerted' | 'clause_not_alerted'
  | 'no_connection_found' | 'ask_home' | 'ask_lender_seat' | 'ask_agreed_court' | 'ask_clause_alerted'
/** The court the objection asks to move the case to. */
export type JurisdictionTarget = 'habitual_residence' | 'domicile' | 'agreed_court'

export type JurisdictionAssessment = {
  chance: JurisdictionChance
  reasons: JurisdictionReasonCode[]
  target: JurisdictionTarget | null
  /** The template reasons (jurisdictionObjection.ts) that fit these facts. */
  suggested: string[]
  basis: string[]
}

const BASIS: Record<JurisdictionReasonCode, string[]> = {
  court_at_home: ['民事诉讼法第二十二条'],
  lender_seat: ['民事诉讼法第二十四条', '民诉法解释第十八条'],
  internet_court_lender_city: ['互联网法院规定第二条', '民诉法解释第十八条'],
  agreed_court_alerted: ['民事诉讼法第三十五条'],
  clause_not_alerted: ['民诉法解释第三十一条'],
  no_connection_found: ['民事诉讼法第二十二条', '民事诉讼法第二十四条', '民诉法解释第四条'],
  ask_home: ['民事诉讼法第二十二条', '民诉法解释第四条'],
  ask_lender_seat: ['民诉法解释第十八条'],
  ask_agreed_court: ['民事诉讼法第三十五条'],
  ask_clause_alerted: ['民诉法解释第三十一条'],
}

function result(chance: JurisdictionChance, reasons: JurisdictionReasonCode[], target: JurisdictionTarget | null = null, suggested: string[] = []): JurisdictionAssessment {
  return { chance, reasons, target, suggested, basis: [...new Set(reasons.flatMap((r) => BASIS[r]))] }
}

/**
 * The chance of a jurisdiction objection in this case, and the court to name.
 * @example
 * assessJurisdiction({ courtAtHome: 'no', courtAtLenderSeat: 'yes', agreedCourt: 'none', hasHabitualResidence: false, internetCourt: false }).chance
 * // 'low' (the lender's seat is the place of performance of a money claim)
 */
export function assessJurisdiction(f: JurisdictionFacts): JurisdictionAssessment {
  if (f.courtAtHome === 'yes') return result('none', ['court_at_home'])
  if (f.courtAtLenderSeat === 'yes') return result('low', [f.internetCourt ? 'internet_court_lender_city' : 'lender_seat'])
  const agreed = f.agreedCourt === 'this_court' || f.agreedCourt === 'other_court'
  if (f.agreedCourt === 'this_court' && f.clauseAlerted === 'yes') return result('low', ['agreed_court_alerted'])
  const missing: JurisdictionReasonCode[] = [
    ...(f.courtAtHome === 'no' ? [] : ['ask_home' as const]),
    ...(f.courtAtLenderSeat === 'no' ? [] : ['ask_lender_seat' as const]),
    ...(f.agreedCourt === undefined || f.agreedCourt === 'unsure' ? ['ask_agreed_court' as const] : []),
    ...(agreed && f.clauseAlerted !== 'yes' && f.clauseAlerted !== 'no' ? ['ask_clause_alerted' as const] : []),
  ]
  if (missing.length > 0) return result('unclear', missing)
  const home: JurisdictionTarget = f.hasHabitualResidence ? 'habitual_residence' : 'domicile'
  const homeReason = f.hasHabitualResidence ? 'habitual_residence' : 'defendant_domicile'
  const placeReason = f.internetCourt ? 'internet_court_scope' : 'not_place_of_performance'
  if (f.agreedCourt === 'other_court' && f.clauseAlerted === 'yes') return result('real', ['no_connection_found'], 'agreed_court', [placeReason])
  if (f.agreedCourt === 'this_court') return result('real', ['clause_not_alerted', 'no_connection_found'], home, ['standard_clause_not_alerted', homeReason, placeReason])
  return result('real', ['no_connection_found'], home, [homeReason, placeReason])
}

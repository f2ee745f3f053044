/**
 * 文书模板的数据形状：模板是数据（段落、表格、占位符），不是拼字符串的代码。一个渲染器
 * (render.ts) 把模板和填写的值变成 RenderedDocument，纯文本 (plainText.ts) 和 Word 文件 (docx/)
 * 都从它生成，所以两者内容一致。
 *
 * Placeholders are typed: a template declares its fields and their kinds, and `defineTemplate`
 * hands it slot makers that only accept a field of the right kind (a date field cannot be printed
 * as an amount). Fields every document shares (parties, court, case number) are declared once here.
 */
import type { AnswerForm } from './answerForms'
import type { Exhibit } from './afterAnswer/exhibits'

export type FieldKind = 'text' | 'date' | 'amount' | 'count' | 'choices' | 'installments' | 'rows' | 'exhibits'
export type Installments = { n: number; dueOn: string; fen: number }[]
/** Rows a service computes (the hearing outline, the collection record): a section title, or an item and its lines. */
export type TableRows = readonly ({ section: string } | { label: string; lines: readonly string[] })[]
export type FieldValue<K extends FieldKind> =
  K extends 'text' ? string : K extends 'date' ? string : K extends 'amount' ? number : K extends 'count' ? number
    : K extends 'choices' ? readonly string[] : K extends 'installments' ? Installments : K extends 'rows' ? TableRows : K extends 'exhibits' ? readonly Exhibit[] : never
export type FieldSpec = Record<string, FieldKind>

/** Fields every document can use; the services fill them from the case and the party details. */
export const commonFields = {
  /** 答辩人/异议人/申请人 */
  name: 'text', gender: 'text', birthDate: 'date', ethnicity: 'text', address: 'text', phone: 'text',
  /** 经常居住地：离开户籍地连续居住一年以上的地方（民诉法解释第四条）；和户籍地一样时不填。 */
  habitualResidence: 'text',
  serviceAddress: 'text', eService: 'text', eServiceContact: 'text',
  /** 原告（出借方）名称 */
  plaintiff: 'text', court: 'text', caseNumber: 'text',
  /** 案由，如「金融借款合同纠纷」 */
  caseType: 'text',
  /** 收到起诉状副本/支付令的日期 */
  servedOn: 'date',
  /** 落款日期；不填时留空，签名时手写 */
  signedOn: 'date',
} as const satisfies FieldSpec
export type CommonFields = typeof commonFields

/** How a slot is printed: text as is; a date as 2026年9月16日; an amount as 10,000.00元（人民币壹万元整）. */
export type SlotRef =
  | { slot: string; show: 'text' | 'date' | 'count' }
  | { slot: string; show: 'amount' | 'figures' | 'capitals' }
export type Inline = string | SlotRef

export type Block =
  | { kind: 'title'; text: string; subtitle?: string }
  | { kind: 'heading'; text: string }
  /** Skipped when a field named in `if` is empty; otherwise empty slots print as a blank to write in by hand. */
  | { kind: 'paragraph'; text: Inline[]; indent?: boolean; if?: string[] }
  /**
   * One paragraph per chosen option, in the template's order, numbered 一、二、… unless `numbered` is false;
   * `whenNone: 'blank'` prints a blank line to write in by hand when nothing is chosen (a part the law requires).
   */
  | { kind: 'chosen'; slot: string; options: Record<string, Inline[]>; numbered?: boolean; whenNone?: 'blank' }
  /** The user's own words, one paragraph per line; nothing when empty. */
  | { kind: 'freeText'; slot: string }
  /** 「此致 / ××人民法院」 or 「致：××公司」 */
  | { kind: 'addressee'; lead: string; slot: string }
  /** The party line: role, name, gender, birth date, ethnicity, address, phone (blanks where not given). */
  | { kind: 'party'; role: string }
  | { kind: 'installments'; slot: string }
  /** A two-column table from a 'rows' field; nothing when the field is empty. */
  | { kind: 'rows'; slot: string }
  | { kind: 'signature'; role: string }
  | { kind: 'elementForm'; form: AnswerForm }
  /** 质证意见: one table section per exhibit of the other side, with 真实性/合法性/关联性 (afterAnswer/exhibitRows.ts). */
  | { kind: 'exhibits'; slot: string }

export type Template<F extends FieldSpec = FieldSpec> = {
  id: string
  fields: F & CommonFields
  blocks: Block[]
}

type KeysOf<F extends FieldSpec, K extends FieldKind> = { [P in keyof F]: F[P] extends K ? P : never }[keyof F] & string

/** Slot makers: each accepts only the fields of its kind. */
export type Slots<F extends FieldSpec> = {
  text: (key: KeysOf<F, 'text'>) => SlotRef
  date: (key: KeysOf<F, 'date'>) => SlotRef
  count: (key: KeysOf<F, 'count'>) => SlotRef
  amount: (key: KeysOf<F, 'amount'>) => SlotRef
  figures: (key: KeysOf<F, 'amount'>) => SlotRef
  capitals: (key: KeysOf<F, 'amount'>) => SlotRef
  key: <K extends keyof F & string>(key: K) => K
}

/**
 * Declares a template: its own fields (the common ones are added) and its blocks, built with typed slots.
 * @example
 * defineTemplate('demo', { untilOn: 'date' }, (s) => [{ kind: 'paragraph', text: ['延长至', s.date('untilOn')] }])
 * // { id: 'demo', fields: { ...commonFields, untilOn: 'date' }, blocks: [{ kind: 'paragraph', text: ['延长至', { slot: 'untilOn', show: 'date' }] }] }
 */
export function defineTemplate<F extends FieldSpec>(id: string, fields: F, build: (s: Slots<F & CommonFields>) => Block[]): Template<F> {
  const slots: Slots<F & CommonFields> = {
    text: (slot) => ({ slot, show: 'text' }),
    date: (slot) => ({ slot, show: 'date' }),
    count: (slot) => ({ slot, show: 'count' }),
    amount: (slot) => ({ slot, show: 'amount' }),
    figures: (slot) => ({ slot, show: 'figures' }),
    capitals: (slot) => ({ slot, show: 'capitals' }),
    key: (key) => key,
  }
  return { id, fields: { ...commonFields, ...fields }, blocks: build(slots) }
}

/** The values a document is rendered from: typed fields, plus the answers of an element form. */
export type DocumentValues = {
  fields: Partial<{ [key: string]: FieldValue<FieldKind> }>
  answers?: AnswerValues
}

/**
 * agree: 无/无异议 (the plaintiff's statement is accepted — an admission, 证据规定第三条); object: 有/有异议;
 * unsure: the user cannot confirm it — printed as 有/有异议 with 「不能确认，请原告举证证明」, because leaving it
 * open can be taken as an admission once the judge has asked (证据规定第四条).
 */
export type Stance = 'agree' | 'object' | 'unsure'
/** One item of an element form: 无/有异议 and its 事实和理由; `text` of a part is keyed `${item}.${part}`. */
export type AnswerValue = { stance?: Stance; text?: string; claimed?: string }
export type AnswerValues = Record<string, AnswerValue>

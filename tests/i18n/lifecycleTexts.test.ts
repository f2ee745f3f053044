/**
 * What the lifecycle texts say, checked against the law they rest on (issue 17): no appeal where there is none,
 * the enforcement, 失信 and credit texts without promises the law does not make.
 */
import { missedDeadlineHelp } from '@/domain/lifecycle/lifecycle'
import { enforcementText, missedHelpText, nextStepText } from '@/i18n/lifecycle'
import { stageVariantName } from '@/i18n/stageNames'
import { deadlineKindName } from '@/i18n/deadlineKinds'

const helpTexts = (facts: Parameters<typeof missedDeadlineHelp>[1]) => missedDeadlineHelp('hearing', facts).map((i) => missedHelpText[i.code]).join('')

describe('lifecycle texts', () => {
  test('a missed small-claims or 二审 hearing never says an appeal is possible (第一百六十五条, 第一百八十二条)', () => {
    for (const facts of [{ procedure: 'small_claims' }, { procedure: 'ordinary', instance: 'second' }] as const) {
      const text = helpTexts(facts)
      expect(text).toMatch(/不能(再)?上诉/)
      expect(text).not.toMatch(/仍可以上诉|可以上诉。|递交上诉状/)
      expect(text).toContain('申请再审')
    }
    expect(helpTexts({ procedure: 'small_claims' })).toContain('原审法院')
    expect(helpTexts({ procedure: 'ordinary', instance: 'second' })).toContain('上一级法院')
  })

  test('waiting for a small-claims or 二审 judgment does not promise an appeal period', () => {
    expect(nextStepText.await_final_judgment({})).not.toContain('上诉期')
    expect(nextStepText.await_second_instance_judgment({})).toContain('不能再上诉')
    expect(nextStepText.await_judgment({})).toContain('上诉期')
    expect(stageVariantName.final).not.toContain('上诉或')
  })

  test('retrial: within 6 months, does not stop enforcement (第二百一十条)', () => {
    expect(missedHelpText.retrial_does_not_stop_enforcement).toContain('不停止')
    expect(missedHelpText.retrial_at_original_court).toContain('6 个月')
  })

  test('enforcement: a late application is still accepted, the debtor must object, paying first loses it (解释第四百八十一条)', () => {
    const text = enforcementText.enforcement_application_two_years
    expect(text).toContain('法院仍会受理')
    expect(text).toContain('提出')
    expect(text).toContain('不能再以过了期限为由要回来')
  })

  test('失信: 2 years only for the listed conduct, not for 有能力而拒不履行, which lasts until performance', () => {
    const text = enforcementText.dishonest_list_conditions
    expect(text).toMatch(/有能力还却拒不还的，会被列入，没有固定期限，还清后法院应当删除/)
    expect(text).toContain('列入 2 年')
    expect(text).not.toContain('一般列入 2 年')
  })

  test('credit: records stay 5 years after the conduct ends; no promise that paying clears them', () => {
    expect(enforcementText.credit_repair).toContain('5 年')
    expect(enforcementText.credit_repair).not.toContain('确认没有遗留的逾期记录')
  })

  test('the jurisdiction objection is named as optional wherever a deadline name shows', () => {
    expect(deadlineKindName.jurisdiction_objection).toContain('可选')
  })
})
